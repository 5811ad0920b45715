"""The Italian translation is complete and keeps every placeholder of the English source."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ripartire_desktop.paths import resource

TS = resource("translations/ripartire_it.ts")
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%\d|&(?!amp;)")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_every_message_is_translated() -> None:
    unfinished = [
        f"{context}: {source}"
        for context, source, message in _messages()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(translation.itertext()).strip())
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_placeholders_and_mnemonics_match() -> None:
    wrong = []
    for context, source, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        expected = sorted(p for p in PLACEHOLDER.findall(source) if p != "&")
        for form in forms:
            got = sorted(p for p in PLACEHOLDER.findall(form) if p != "&")
            if got != expected and not (expected == ["%n"] and got == []):
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if "&" in source.replace("&&", "") and "&" not in form.replace("&&", ""):
                wrong.append(f"{context}: mnemonic lost in {form!r}")
    assert not wrong, wrong[:10]


def test_sources_are_all_in_the_ts_file(tmp_path: Path) -> None:
    """A string added to the code but not to the .ts would show up in English."""
    lupdate = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    sources = [str(p) for p in (root / "ripartire_desktop" / "gui").rglob("*.py")]
    sources += [str(p) for p in (root / "ui").glob("*.ui")]
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    before = {(c, s) for c, s, _ in _messages()}
    after_root = ET.parse(copy).getroot()
    after = {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in after_root.iter("context")
        for m in ctx.iter("message")
    }
    assert after - before == set(), (
        f"run 'make lupdate' and translate: {sorted(after - before)[:5]}"
    )
