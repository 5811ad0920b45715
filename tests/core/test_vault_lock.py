"""The vault's process lock on its own: the note, counting within a process, a bounded wait
(with a fake clock: no test waits for real), and notes an attacker edited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ripartire_desktop.store.vault_lock import (
    LOCK_NAME,
    Holder,
    VaultBusyError,
    VaultLock,
    read_holder,
)

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from pathlib import Path
from ripartire_desktop.store.vault_lock import VaultLock
lock = VaultLock(Path(sys.argv[1]), what=sys.argv[2])
lock.acquire(0)
print("held", flush=True)
sys.stdin.readline()
"""


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def other_process(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    folder.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), "the command 'ripartire backup'"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield folder, proc
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)
    proc.stdout.close()


def test_the_note_names_the_holder_and_goes_with_the_release(tmp_path: Path) -> None:
    lock = VaultLock(tmp_path, what="the Ripartire window")
    assert lock.try_acquire()
    holder = read_holder(tmp_path)
    assert holder is not None
    assert (holder.pid, holder.what) == (os.getpid(), "the Ripartire window")
    assert oct((tmp_path / LOCK_NAME).stat().st_mode & 0o777) == "0o600"
    lock.release()
    assert read_holder(tmp_path) is None
    assert (tmp_path / LOCK_NAME).exists()  # never unlinked: see release()


def test_one_process_is_one_holder(tmp_path: Path) -> None:
    window = VaultLock(tmp_path, what="the Ripartire window")
    job = VaultLock(tmp_path, what="a background job")
    assert window.try_acquire() and job.try_acquire()
    job.release()
    assert window.held
    assert read_holder(tmp_path) is not None  # still held: the window's count remains
    window.release()
    assert read_holder(tmp_path) is None


def test_waits_its_bound_then_names_the_other_process(other_process) -> None:  # type: ignore[no-untyped-def]
    folder, proc = other_process
    fake = FakeTime()
    lock = VaultLock(
        folder, what="the command 'ripartire list'", clock=fake.clock, sleep=fake.sleep
    )
    told: list[Holder | None] = []
    with pytest.raises(VaultBusyError) as raised:
        lock.acquire(10, on_wait=told.append)
    assert sum(fake.slept) == pytest.approx(10)
    assert told and told[0] is not None and told[0].pid == proc.pid
    assert raised.value.holder is not None and raised.value.holder.pid == proc.pid
    assert f"the command 'ripartire backup' (process {proc.pid}" in str(raised.value)
    assert not lock.held

    slept = len(fake.slept)
    with pytest.raises(VaultBusyError):
        lock.acquire(0)  # no wait at all
    assert len(fake.slept) == slept


def test_the_lock_is_free_once_the_holder_ends(other_process) -> None:  # type: ignore[no-untyped-def]
    folder, proc = other_process
    assert not VaultLock(folder, what="x").try_acquire()
    assert proc.stdin is not None
    proc.stdin.write("done\n")
    proc.stdin.flush()
    proc.wait(timeout=60)
    lock = VaultLock(folder, what="x")
    assert lock.try_acquire()
    lock.release()


@pytest.mark.parametrize(
    "note",
    [b"", b"\x00" * 10, b"not json", b'{"pid": "1", "what": 2, "since": 3}', b"{" * 5000],
)
def test_a_damaged_note_is_no_holder(tmp_path: Path, note: bytes) -> None:
    (tmp_path / LOCK_NAME).write_bytes(note)
    assert read_holder(tmp_path) is None
    lock = VaultLock(tmp_path, what="x")
    assert lock.try_acquire()  # the note is a hint; the OS lock decides
    lock.release()


def test_a_planted_symlink_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_bytes(b"precious")
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / LOCK_NAME).symlink_to(target)
    with pytest.raises(OSError):
        VaultLock(folder, what="x").try_acquire()
    assert target.read_bytes() == b"precious"


def test_a_note_with_escape_sequences_prints_escaped(tmp_path: Path, other_process, cli) -> None:  # type: ignore[no-untyped-def]
    folder, proc = other_process
    # An attacker rewrites the holder's note: the waiting command prints it escaped.
    note = {"pid": proc.pid, "what": "\x1b]0;pwned\x07", "since": "x"}
    (folder / LOCK_NAME).write_text(json.dumps(note))
    result = cli("list", "--data-dir", folder, "--lock-wait", "0")
    assert result.code == 1
    assert "\x1b" not in result.err
    assert "\\x1b]0;pwned\\x07 (process" in result.err


def test_a_read_only_folder_locks_its_existing_file_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / LOCK_NAME).write_bytes(b"")
    folder.chmod(0o500)
    (folder / LOCK_NAME).chmod(0o400)
    try:
        if os.access(folder / LOCK_NAME, os.W_OK):
            pytest.skip("running as root: permissions do not make the folder read-only")
        lock = VaultLock(folder, what="x")
        assert lock.try_acquire()
        lock.release()
    finally:
        folder.chmod(0o700)
