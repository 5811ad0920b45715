"""The core runs headless: no Qt below the GUI, no network anywhere; the window and the command
line reach the vault only through the application layer."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import ripartire_desktop

CORE = ("domain", "store", "privacy", "reports", "usecases")
PACKAGE = Path(ripartire_desktop.__file__).parent


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


# What only the layers below the use cases may do: run SQL, handle the data key, open a vault's
# files with a key, or build a Vault (the composition root, usecases/compose.py, does that).
_BELOW_USE_CASES = re.compile(
    r"\.execute(many|script)?\(|\bsqlcipher3\b|\bdata_key\b|\bopen_with\(|\bkeys_from_\w+\("
    r"|\bVault\(|\bRecords\(\w*\.connection\)"
)


def test_window_and_command_line_reach_the_vault_only_through_use_cases() -> None:
    front = [*PACKAGE.glob("gui/**/*.py"), *PACKAGE.glob("commands/*.py")]
    # (selftest.py is left out: it is the diagnostic that checks the layers below in the installed
    # build, SQLCipher included.)
    front += [PACKAGE / "app.py", PACKAGE / "cli.py"]
    offending = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in front
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _BELOW_USE_CASES.search(line) and "keep_data_key" not in line
    ]
    assert offending == []


def test_no_module_of_the_package_passes_four_hundred_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
