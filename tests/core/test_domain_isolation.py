"""The domain layer stays pure: importing all of it pulls in no Qt, no database, no network."""

import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "sqlite3", "_sqlite3", "sqlcipher3", "socket", "ssl")

SCRIPT = """
import importlib, pkgutil, sys
import ripartire_desktop.domain as domain
for info in pkgutil.iter_modules(domain.__path__):
    importlib.import_module(f"ripartire_desktop.domain.{info.name}")
print("\\n".join(sorted(sys.modules)))
"""


def test_importing_every_domain_module_loads_no_qt_sql_or_network() -> None:
    # A fresh interpreter: the test process itself may have loaded Qt for other tests.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert "ripartire_desktop.domain.family" in loaded
    bad = {m for m in loaded if m.split(".")[0] in FORBIDDEN}
    assert bad == set()
