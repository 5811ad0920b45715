"""Canary strings and a scanner that looks for them in every encoding a leak could take."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path


def new_canary(label: str) -> str:
    return f"CANARY-{label}-{secrets.token_hex(6)}-Zoë"


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
            data = path.read_bytes()
        except OSError:
            continue
        for canary, form in patterns:
            if form in data:
                hits.append((path, canary))
                break
    return hits
