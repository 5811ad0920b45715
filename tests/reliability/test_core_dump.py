"""No crash dump: a process that unlocked a vault and crashes leaves no core file (issue 13).

The control child, without the command's hardening, proves this machine does write core
files (core_pattern and limits allow it); the hardened child, started as `ripartire list`,
reports RLIMIT_CORE 0/0 and PR_GET_DUMPABLE 0 and leaves nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.vaults import new_vault
from tests.reliability.figures import record_figure

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("core_dump_child.py")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux core files")


def _crash(mode: str, crash: str, data_dir: Path, passphrase_file: Path, cwd: Path):  # type: ignore[no-untyped-def]
    cwd.mkdir()
    proc = subprocess.run(
        [sys.executable, str(CHILD), mode, str(data_dir), str(passphrase_file), crash],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
        check=False,
    )
    return proc


def _core_pattern() -> str:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


@pytest.mark.parametrize("crash", ["abort", "segv"])
def test_a_crash_after_unlocking_leaves_no_core_file(
    crash: str, data_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    vault, _ = new_vault(data_dir)
    key = vault.data_key
    vault.lock()
    pattern = _core_pattern()
    if pattern.startswith("|"):
        pytest.skip(f"cores go to a program here ({pattern}), not to a file")

    _crash("control", crash, data_dir, passphrase_file, tmp_path / "control")
    control_files = [p.name for p in (tmp_path / "control").iterdir()]
    if not control_files:
        pytest.skip("this machine writes no core files even when allowed: nothing to prove")

    hardened = _crash("hardened", crash, data_dir, passphrase_file, tmp_path / "hardened")
    expected = -signal.SIGABRT if crash == "abort" else -signal.SIGSEGV
    assert hardened.returncode == expected, hardened.stderr
    lines = hardened.stdout.splitlines()
    assert "core-limit 0 0" in lines
    assert "dumpable 0" in lines
    assert list((tmp_path / "hardened").iterdir()) == []
    core = b"".join(p.read_bytes() for p in (tmp_path / "control").iterdir())
    record_figure(
        f"core dump after unlock ({crash})",
        unhardened_core_bytes=len(core),
        data_key_in_unhardened_core=int(key in core),
        hardened_core_files=0,
    )
