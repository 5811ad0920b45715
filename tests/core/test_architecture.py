"""The core runs headless: no Qt below the GUI, no network anywhere."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import ripartire_desktop

CORE = ("domain", "store", "privacy", "reports")


def _all_modules() -> list[str]:
    prefix = ripartire_desktop.__name__ + "."
    return [m.name for m in pkgutil.walk_packages(ripartire_desktop.__path__, prefix)]


def test_core_packages_never_import_qt() -> None:
    core = [m for m in _all_modules() if m.split(".")[1] in CORE] + ["ripartire_desktop.cli"]
    script = (
        "import importlib, sys\n"
        f"for name in {core!r}: importlib.import_module(name)\n"
        "from ripartire_desktop.cli import build_parser; build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_every_module_imports_with_sockets_forbidden() -> None:
    # The session-wide fixture makes socket.socket raise; importing must not need it.
    import importlib

    for name in _all_modules():
        if name.split(".")[1] == "gui":
            continue  # Qt modules are imported by the GUI tests, under the same guard
        importlib.import_module(name)
