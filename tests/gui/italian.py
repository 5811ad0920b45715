"""The Italian catalogue for tests that read the interface in Italian.

Until a branch's new strings are merged into resources/translations/ripartire_it.ts, they
wait in `<worktree>.it.tsv` next to the worktree (context, source, translation; plurals as
`singular|plural`); when that file exists they are added to a private copy of the .ts and
compiled, so the tests read what the merged catalogue will say."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ripartire_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]


def _pending() -> list[tuple[str, str, str]]:
    tsv = ROOT.parent / f"{ROOT.name}.it.tsv"
    if not tsv.is_file():
        return []
    rows = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            rows.append((parts[0], parts[1], parts[2]))
    return rows


def italian_qm(folder: Path) -> Path:
    """A compiled Italian catalogue with every pending string of this branch."""
    pending = _pending()
    compiled = resource("translations/ripartire_it.qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not pending or not lrelease.exists():
        return Path(compiled)
    tree = ET.parse(resource("translations/ripartire_it.ts"))
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, source, translation in pending:
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        target = ET.SubElement(message, "translation")
        if "%n" in source and "|" in translation:
            message.set("numerus", "yes")
            for form in translation.split("|"):
                ET.SubElement(target, "numerusform").text = form
        else:
            target.text = translation
    ts = folder / "ripartire_it.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "ripartire_it.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    shutil.rmtree(folder / "unused", ignore_errors=True)
    return qm
