"""One process at a time per vault, with real processes (issue 13).

The holders are real: the desktop app running offscreen in a child process and unlocked
through its unlock window, or `ripartire list` sitting at its passphrase prompt on a
pseudo-terminal. Every step waits for a line the other process printed, never for a time.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault_lock import LOCK_NAME, read_holder
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, CliResult, run_subprocess, snapshot
from tests.core.vaults import new_vault
from tests.reliability.figures import record_figure
from tests.reliability.progress import HANG_SECONDS

ROOT = Path(__file__).resolve().parents[2]
WINDOW_CHILD = Path(__file__).with_name("window_holder_child.py")
CODE = "RIP-2026-001"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo-terminals")


@pytest.fixture
def vault_dir(data_dir: Path) -> Iterator[Path]:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    with records.transaction():
        family = records.families.create(on=date(2026, 3, 1), municipality="Cernusco")
    assert family.code == CODE
    vault.lock()
    yield data_dir


def _window(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WINDOW_CHILD), str(data_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"),
    )


def _answer(window: subprocess.Popen[str], command: str | None = None) -> str:
    """Send a command (or none) and return the window's next line."""
    assert window.stdin is not None and window.stdout is not None
    if command is not None:
        window.stdin.write(command + "\n")
        window.stdin.flush()
    line = window.stdout.readline().strip()
    assert line, f"the window ended (exit {window.poll()})"
    return line


@pytest.fixture
def window(vault_dir: Path) -> Iterator[subprocess.Popen[str]]:
    proc = _window(vault_dir)
    try:
        assert _answer(proc) == "unlocked"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=HANG_SECONDS)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()


def _ripartire(data_dir: Path, passphrase_file: Path, *args: str | Path) -> CliResult:
    return run_subprocess(
        *args,
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def test_a_command_waits_its_bound_then_names_the_unlocked_window(
    window: subprocess.Popen[str], vault_dir: Path, passphrase_file: Path
) -> None:
    result = _ripartire(vault_dir, passphrase_file, "list", "--lock-wait", "0")
    assert result.code == 1
    assert f"the Ripartire window (process {window.pid}" in result.err
    assert "Nothing was done" in result.err
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1

    holder = read_holder(vault_dir)
    assert holder is not None and holder.pid == window.pid


def test_a_waiting_command_runs_as_soon_as_the_window_locks(
    window: subprocess.Popen[str], vault_dir: Path, passphrase_file: Path
) -> None:
    waiting = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ripartire_desktop.cli",
            "list",
            "--data-dir",
            str(vault_dir),
            "--passphrase-file",
            str(passphrase_file),
            "--lock-wait",
            "600",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert waiting.stderr is not None
    said = waiting.stderr.readline()
    assert f"in use by the Ripartire window (process {window.pid}" in said
    assert "waiting up to 600 s" in said
    started = time.monotonic()
    assert _answer(window, "lock") == "locked"
    out, err = waiting.communicate(timeout=HANG_SECONDS)
    assert waiting.returncode == 0, err
    assert "1 families" in out
    record_figure(
        "command waiting for a window", released_to_done_ms=int((time.monotonic() - started) * 1000)
    )

    # The window, asked to unlock again while nothing else holds the vault, gets it back.
    assert _answer(window, "unlock") == "unlocked"


def test_kill_9_of_the_window_frees_the_vault(
    window: subprocess.Popen[str], vault_dir: Path, passphrase_file: Path
) -> None:
    window.send_signal(signal.SIGKILL)
    window.wait(timeout=HANG_SECONDS)
    assert (vault_dir / LOCK_NAME).exists()  # the note stays; the OS lock went with the process
    result = _ripartire(vault_dir, passphrase_file, "list", "--lock-wait", "0")
    assert result.code == 0, result.err
    assert "1 families" in result.out


def test_restore_force_under_an_unlocked_window_is_refused_and_its_writes_land(
    window: subprocess.Popen[str], vault_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    # A backup made earlier (while the window was locked), then restored over the open vault:
    # before the lock, the window's next save "succeeded" into replaced-*/ and was lost.
    assert _answer(window, "lock") == "locked"
    backup = tmp_path / "earlier.ripbak"
    made = _ripartire(vault_dir, passphrase_file, "backup", backup)
    assert made.code == 0, made.err
    assert _answer(window, "unlock") == "unlocked"
    before = snapshot(vault_dir)

    refused = _ripartire(
        vault_dir, passphrase_file, "restore", backup, "--force", "--lock-wait", "0"
    )
    assert refused.code == 1
    assert f"the Ripartire window (process {window.pid}" in refused.err
    assert snapshot(vault_dir).keys() == before.keys()
    assert not any(p.name.startswith("replaced-") for p in vault_dir.iterdir())

    assert _answer(window, f"save {CODE}") == "saved"
    assert _answer(window, "quit") == "quit"
    window.wait(timeout=HANG_SECONDS)
    assert _municipality(vault_dir, CODE) == "Gorgonzola"


@pytest.mark.parametrize("command", ["rotate-key", "passwd"])
def test_key_changes_never_run_under_an_unlocked_window(
    command: str,
    window: subprocess.Popen[str],
    vault_dir: Path,
    passphrase_file: Path,
    tmp_path: Path,
) -> None:
    envelope = (vault_dir / "vault-key.json").read_bytes()
    database = (vault_dir / "vault.db").read_bytes()
    new = tmp_path / "new.txt"
    new.write_text("un-altra-frase-lunga-e-nuova\n")
    extra = ["--new-passphrase-file", str(new)] if command == "passwd" else []
    refused = _ripartire(vault_dir, passphrase_file, command, *extra, "--lock-wait", "0")
    assert refused.code == 1
    assert f"the Ripartire window (process {window.pid}" in refused.err
    assert (vault_dir / "vault-key.json").read_bytes() == envelope
    assert (vault_dir / "vault.db").read_bytes() == database

    # The window goes on working: before, it read "file is not a database" after a rotation.
    assert _answer(window, f"save {CODE}") == "saved"


def _municipality(vault_dir: Path, code: str) -> str:
    vault = build_vault(vault_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    try:
        return Records(vault.connection).families.by_code(code).municipality
    finally:
        vault.lock()


# --- two commands ------------------------------------------------------------------------------


def _read_until(fd: int, wanted: bytes) -> bytes:
    seen = b""
    deadline = time.monotonic() + HANG_SECONDS
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {wanted!r} from the command: {seen!r}")
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_two_commands_one_at_its_passphrase_prompt(vault_dir: Path, passphrase_file: Path) -> None:
    """`ripartire list` asking for the passphrase on a terminal holds the vault meanwhile."""
    master, slave = pty.openpty()
    first = subprocess.Popen(
        [sys.executable, "-m", "ripartire_desktop.cli", "list", "--data-dir", str(vault_dir)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    os.close(slave)
    try:
        _read_until(master, b"Passphrase:")
        second = _ripartire(vault_dir, passphrase_file, "list", "--lock-wait", "0")
        assert second.code == 1
        assert f"the command 'ripartire list' (process {first.pid}" in second.err

        os.write(master, PASSPHRASE.encode() + b"\n")
        output = _read_until(master, b"families")
        assert first.wait(timeout=HANG_SECONDS) == 0, output
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        os.close(master)
    again = _ripartire(vault_dir, passphrase_file, "list", "--lock-wait", "0")
    assert again.code == 0, again.err


# --- a second window ---------------------------------------------------------------------------


def test_a_second_window_says_the_vault_is_open_in_the_first(
    window: subprocess.Popen[str], vault_dir: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ripartire_desktop.gui.application import AppController
    from ripartire_desktop.store.keystore import MemoryKeyStore

    controller = AppController(vault=build_vault(vault_dir, keystore=MemoryKeyStore()))
    try:
        controller.start()
        dialog = controller.busy_dialog
        assert dialog is not None and dialog.isVisible()
        assert f"another Ripartire window (process {window.pid}" in dialog.informativeText()
        assert not controller.unlock_window.isVisible()

        # The first window locks: "Try again" leads to this window's unlock screen.
        assert _answer(window, "lock") == "locked"
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(controller.unlock_window.isVisible)
        assert not controller.session.process_lock.held  # not while the passphrase is typed

        # The first unlocks again meanwhile: this one's passphrase is refused, saying why.
        assert _answer(window, "unlock") == "unlocked"
        unlock = controller.unlock_window
        qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        assert f"another Ripartire window (process {window.pid}" in unlock.message.text()
        assert not controller.session.is_unlocked
        assert not controller.session.process_lock.held

        # Once the first has locked, the same passphrase opens it here.
        assert _answer(window, "lock") == "locked"
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.session.is_unlocked, timeout=60_000)
        refused = _answer(window, "unlock")  # in the child's interface language
        assert refused.startswith("busy: ") and f" {os.getpid()}," in refused
    finally:
        controller.session.lock()
        controller.tasks.wait()
        for widget in (controller.unlock_window, controller.busy_dialog):
            if widget is not None:
                widget.close()
