"""Hatch build hook: compile the Qt translations (.ts -> .qm) into every wheel.

The .qm files are build output, never committed; without this hook `pip install .` from a clean
clone would give a half-English app. lrelease comes from PySide6, which pyproject.toml lists in
`[build-system] requires`, so the build needs nothing else installed on the machine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources", "translations")
WHEEL_TRANSLATIONS = "ripartire_desktop/_data/resources/translations"

# lrelease ships inside the PySide6 package; its own wrapper finds the binary on every platform.
_LRELEASE = (
    "import sys\n"
    "from PySide6.scripts.pyside_tool import lrelease\n"
    "sys.argv = ['pyside6-lrelease', *sys.argv[1:]]\n"
    "lrelease()\n"
)


class TranslationsHook(BuildHookInterface[BuilderConfig]):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # An editable install reads resources/ in the source tree, where `make` builds the .qm.
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / TRANSLATIONS).glob("*.ts"))
        if not sources:
            raise RuntimeError(f"no translation sources (*.ts) in {TRANSLATIONS}")
        # Compiled outside the source tree, so a read-only or pristine checkout builds too.
        self._out = tempfile.TemporaryDirectory(prefix="ripartire-qm-")
        for ts in sources:
            qm = Path(self._out.name) / f"{ts.stem}.qm"
            proc = subprocess.run(
                [sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(
                    f"lrelease could not compile {ts.name}: {proc.stderr.strip() or proc.stdout}"
                )
            build_data["force_include"][str(qm)] = f"{WHEEL_TRANSLATIONS}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
