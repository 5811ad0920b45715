"""GUI timings (offscreen, real widgets, real vault): process start to unlock window painted,
and unlock with a remembered key to the families list painted.

Run: .venv/bin/python -m benchmarks.gui_timings --vault /tmp/bench10k/vault
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase"
FIRST_PAINT = """
import time, sys
from PySide6.QtCore import QTimer
from ripartire_desktop.gui.application import AppController, make_application
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.store.vault import Vault
app = make_application("it")
from pathlib import Path
vault = Vault(Path(sys.argv[1]), keystore=MemoryKeyStore())
controller = AppController(vault=vault)
controller.start()
def painted():
    controller.unlock_window.grab()
    print("painted", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def start_to_unlock_window(vault: Path, runs: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", FIRST_PAINT, str(vault)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        samples.append(time.perf_counter() - start)
        proc.wait()
        assert line.strip() == "painted"
    return statistics.median(samples)


def unlock_to_list(vault_dir: Path, runs: int = 5) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ripartire_desktop.gui.application import AppController, make_application
    from ripartire_desktop.store.keystore import MemoryKeyStore
    from ripartire_desktop.store.vault import Vault

    app = make_application("it")
    store = MemoryKeyStore()
    vault = Vault(vault_dir, keystore=store)
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.remember()
    vault.lock()
    samples = []
    for _ in range(runs):
        controller = AppController(vault=Vault(vault_dir, keystore=store))
        controller._place = ("families", None)  # land on the list, as a counsellor would
        start = time.perf_counter()
        controller.start()
        view = controller.main.views["families"]
        view.grab()
        app.processEvents()
        samples.append(time.perf_counter() - start)
        assert view.model.rowCount() > 0  # type: ignore[attr-defined]
        controller.lock()
        controller.main.close()
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    args = parser.parse_args()
    print(f"process start to unlock window painted: {start_to_unlock_window(args.vault):.3f} s")
    print(f"remembered-key unlock to families list painted: {unlock_to_list(args.vault):.3f} s")


if __name__ == "__main__":
    main()
