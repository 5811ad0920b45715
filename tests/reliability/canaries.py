"""Canary strings and a scanner that looks for them in every encoding a leak could take."""

from __future__ import annotations

import contextlib
import secrets
import shutil
import string
import subprocess
import zlib
from pathlib import Path

from ripartire_desktop.domain.tax_code import check_character


def new_canary(label: str) -> str:
    return f"CANARY-{label}-{secrets.token_hex(6)}-Zoë"


def new_tax_code_canary() -> str:
    """A random, valid codice fiscale: a canary the tax-code field accepts."""
    letters = "".join(secrets.choice(string.ascii_uppercase) for _ in range(6))
    digits = f"{secrets.randbelow(100):02d}"
    month = secrets.choice("ABCDEHLMPRST")
    day = f"{secrets.randbelow(28) + 1:02d}"
    town = secrets.choice(string.ascii_uppercase) + f"{secrets.randbelow(1000):03d}"
    first15 = letters + digits + month + day + town
    return first15 + check_character(first15)


def readable_forms(path: Path, data: bytes) -> bytes:
    """`data`, plus what a reader of the file would see: a PDF's text (pdftotext, which
    follows embedded fonts' Unicode maps) and its inflated streams."""
    if not data.startswith(b"%PDF"):
        return data
    extra = [data]
    start = 0
    while (start := data.find(b"stream", start)) != -1:
        begin = start + 6 + (2 if data[start + 6 : start + 8] == b"\r\n" else 1)
        end = data.find(b"endstream", begin)
        with contextlib.suppress(zlib.error):
            extra.append(zlib.decompressobj().decompress(data[begin:end]))
        start = end + len(b"endstream") if end != -1 else start + 6
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=False,
            timeout=60,
        ).stdout
        extra.append(out)
        extra.append(b"".join(out.split()))  # words split across lines or cells
    return b"\n".join(extra)


def encodings_of(text: str) -> list[bytes]:
    forms = [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    with contextlib.suppress(UnicodeEncodeError):
        forms.append(text.encode("latin-1"))
    # The ASCII core alone, in case a tool dropped or mangled the accented tail.
    core = text.rsplit("-", 1)[0]
    forms += [core.encode("ascii"), core.encode("utf-16-le")]
    return forms


def files_containing(root: Path, canaries: list[str]) -> list[tuple[Path, str]]:
    """(file, canary) for every file under `root` holding any canary in any encoding."""
    hits = []
    patterns = [(c, form) for c in canaries for form in encodings_of(c)]
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            data = readable_forms(path, path.read_bytes())
        except OSError:
            continue
        for canary, form in patterns:
            if form in data:
                hits.append((path, canary))
                break
    return hits
