"""Start-up of the desktop app against a bare PySide6 window (issue 18), each in a process of
its own, alternated, medians: `python -m benchmarks.startup VAULT_DIR`.

The app starts through the real entry point (`ripartire_desktop.cli.main`: hardening, every
command's parser, the display check, the window) on a vault whose data key is remembered, and
the time is taken when the landing view has painted. The only stand-in: the OS credential
store, which a headless machine does not have, is a memory store given the remembered key.
Both processes end with `os._exit` right after their first paint, so neither pays for
tearing down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import median

KEY_FILE = "remembered-key.bench"  # beside the vault, in the benchmark's temporary folder

BARE = """
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False

app = QApplication([])
window = QLabel("Ripartire")
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""

APP = f"""
import json, os, sys
from pathlib import Path
folder = Path(sys.argv[1])
vault_id, key = json.loads((folder / {KEY_FILE!r}).read_text())
from ripartire_desktop import app as entry
from ripartire_desktop.gui import application
from ripartire_desktop.gui.first_paint import after_first_paint
from ripartire_desktop.store.keystore import MemoryKeyStore

store = MemoryKeyStore()
store.save(vault_id, bytes.fromhex(key))
entry.SystemKeyStore = lambda: store  # the OS credential store, as remembered
start = application.AppController.start

def start_and_time(self):
    start(self)
    landing = self.main.pages.currentWidget()
    assert landing is not None and self.session.is_unlocked, "not opened by the remembered key"
    after_first_paint(landing, lambda: os._exit(0))

application.AppController.start = start_and_time
from ripartire_desktop.cli import main
main(["--data-dir", str(folder)])
os._exit(3)  # the window closed without painting
"""


def remember_key(folder: Path, passphrase: str) -> None:
    """Unlock once with the passphrase and keep the data key where the app process finds it."""
    from ripartire_desktop.store.keystore import MemoryKeyStore
    from ripartire_desktop.usecases.compose import build_vault

    store = MemoryKeyStore()
    vault = build_vault(folder, keystore=store)
    vault.unlock_with_passphrase(passphrase)
    vault.remember()
    vault_id = vault.vault_id
    vault.lock()
    key = store.load(vault_id)
    assert key is not None
    (folder / KEY_FILE).write_text(json.dumps([vault_id, key.hex()]))


def close_as_the_app_does(folder: Path) -> None:
    """Open the vault by its remembered key and close it, as the app's exit does: the timed
    process ends with `os._exit`, which leaves its unlock's writes in the write-ahead log, and
    a log growing run after run would make each start check more frames than a real one
    (SQLite folds the log into the database when the last connection closes)."""
    from ripartire_desktop.store.keystore import MemoryKeyStore
    from ripartire_desktop.usecases.compose import build_vault

    vault_id, key = json.loads((folder / KEY_FILE).read_text())
    store = MemoryKeyStore()
    store.save(vault_id, bytes.fromhex(key))
    vault = build_vault(folder, keystore=store)
    assert vault.unlock_with_remembered(), "the remembered key no longer opens the vault"
    vault.lock()


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Byte-compiled modules, as an installed or frozen app has them (the first run writes them).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _once(script: str, *args: str) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the process): on a shared machine the CPU time is
    what the start costs, the wall clock also what the neighbours take."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            tail = errors.read()[-500:]
            raise RuntimeError(f"start-up run ended with {proc.returncode}: {tail!r}")
    return took, usage.ru_utime + usage.ru_stime


def measure(folder: Path, runs: int = 7) -> dict[str, float]:
    """Medians over alternated runs, seconds: bare window and app start to the landing view
    painted, wall clock (`bare_s`, `app_s`) and CPU time (`bare_cpu_s`, `app_cpu_s`)."""
    _once(BARE)  # warm-up: byte-compiled files and the disk cache, for both
    _once(APP, str(folder))
    close_as_the_app_does(folder)
    found: dict[str, list[float]] = {"bare_s": [], "app_s": [], "bare_cpu_s": [], "app_cpu_s": []}
    for _ in range(runs):
        for name, args in (("bare", (BARE,)), ("app", (APP, str(folder)))):
            wall, cpu = _once(*args)
            found[f"{name}_s"].append(wall)
            found[f"{name}_cpu_s"].append(cpu)
        close_as_the_app_does(folder)
    return {name: median(values) for name, values in found.items()}


if __name__ == "__main__":
    figures = measure(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    figures["ratio"] = figures["app_s"] / figures["bare_s"]
    figures["cpu_ratio"] = figures["app_cpu_s"] / figures["bare_cpu_s"]
    print(json.dumps(figures))
