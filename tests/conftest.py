"""Shared fixtures: private temp data dirs, a socket ban for the whole suite, CLI runners."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import segno  # noqa: F401 (see below)
from hypothesis import HealthCheck, settings

from ripartire_desktop.store.vault import Vault

# segno (the Settings QR code, imported when first drawn) imports ssl, whose import breaks once
# the socket ban below has replaced socket.socket: load it first. The ban is on using sockets.

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis's default 200 ms per example is a wall-clock limit: on a busy machine it fails
# property tests that are correct. No deadline, and no "too slow" health check, anywhere.
settings.register_profile("ripartire", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ripartire")

PASSPHRASE = "prova-di-vault-123"  # fictional test secret


class NetworkForbiddenError(RuntimeError):
    pass


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """A test that timed out waiting (pytest-qt's waitUntil/waitSignal, or any TimeoutError)
    gets every thread's stack at that moment in its report: where the GUI thread and the
    workers were tells a lost signal from a slow machine from a deadlock."""
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is None:
        return
    error = call.excinfo.value
    if not any("Timeout" in type(e).__name__ for e in (error, error.__cause__)):
        return
    import threading
    import traceback

    names = {thread.ident: thread.name for thread in threading.enumerate()}
    stacks = [
        f"--- thread {names.get(ident, ident)}\n" + "".join(traceback.format_stack(frame))
        for ident, frame in sys._current_frames().items()
    ]
    report.sections.append(("threads when the wait timed out", "\n".join(stacks)))


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """The app never opens a socket: any attempt during the suite fails the test that made it."""
    original = socket.socket

    def forbidden(*args: object, **kwargs: object) -> socket.socket:
        raise NetworkForbiddenError("the app must not open sockets")

    socket.socket = forbidden  # type: ignore[assignment,misc]
    try:
        yield
    finally:
        socket.socket = original  # type: ignore[misc]


@pytest.fixture(autouse=True)
def fresh_vault_templates() -> None:
    """Each test's first `new_vault` is template 0 again (tests/core/vaults.py)."""
    from tests.core import vaults

    vaults.start_test()


@pytest.fixture(autouse=True)
def private_umask() -> Iterator[None]:
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    """A new vault, unlocked for the test and locked after it."""
    from tests.core.vaults import new_vault  # here: tests.core.vaults imports this module

    opened, _ = new_vault(data_dir)
    try:
        yield opened
    finally:
        opened.lock()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run `ripartire ARGS...` in-process; returns exit code and output.

    Without the process hardening of `main`: it would set RLIMIT_CORE 0/0 on the test runner
    for good, and every later child would inherit it (test_core_dump.py's control child among
    them). The hardening itself is tested in real `ripartire` processes."""
    from ripartire_desktop import cli as cli_module
    from ripartire_desktop.hardening import current_hardening

    main = cli_module.main
    monkeypatch.setattr(cli_module, "harden_process", current_hardening)

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_subprocess(*args: str | Path, env: dict[str, str] | None = None) -> CliResult:
    """Run `ripartire` as a separate process, as a user or a script would."""
    proc = subprocess.run(
        [sys.executable, "-m", "ripartire_desktop.cli", *[str(a) for a in args]],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes under `folder`, to prove an operation changed nothing.

    Except `vault.lock`: the note of who holds the vault's process lock, which every command
    takes and which is not part of the vault (no backup or restore carries it)."""
    from ripartire_desktop.store.vault_lock import LOCK_NAME

    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK_NAME
    }
