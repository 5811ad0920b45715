"""kill -9 at random moments of writes and key rotations: the vault always opens, passes both
integrity checks, and holds every write acknowledged before the kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ripartire_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault

CHILD = Path(__file__).with_name("crash_child.py")
RUNS = int(os.environ.get("RIPARTIRE_CRASH_RUNS", "30"))


def _kill_during(mode: str, data_dir: Path, start: int, delay: float) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(data_dir), PASSPHRASE, str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == "ready\n", child.stderr.read() if child.stderr else ""
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the child must still be working when killed"
    return [line for line in out.splitlines() if line.startswith("w")]


def _check(data_dir: Path, acknowledged: set[str]) -> None:
    vault = Vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    conn = vault.connection
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    present = {r[0] for r in conn.execute("SELECT key FROM vault_meta WHERE key LIKE 'w%'")}
    missing = acknowledged - present
    assert not missing, f"acknowledged writes lost: {sorted(missing)[:5]}"
    assert vault.envelope.pending is None  # an interrupted rotation was completed on open
    vault.lock()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["writes", "rotate"])
def test_kill_at_random_moments(mode: str, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    rng = random.Random(f"{mode}-2026")
    acknowledged: set[str] = set()
    for run in range(RUNS):
        delay = rng.uniform(0.0, 0.25)
        lines = _kill_during(mode, data_dir, start=run * 100_000, delay=delay)
        acknowledged.update(lines)
        _check(data_dir, acknowledged)
    assert len(acknowledged) > RUNS, "the children must have committed work before the kills"
