"""Wrong passphrases earn a growing wait, and restarting the app does not reset it."""

from __future__ import annotations

import functools
from pathlib import Path
from time import perf_counter
from types import SimpleNamespace

import pytest

from ripartire_desktop.store.errors import UnlockThrottledError, WrongSecretError
from ripartire_desktop.store.throttle import delay_after
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_delay_grows_after_three_free_attempts() -> None:
    assert [delay_after(n) for n in range(8)] == [0, 0, 0, 1, 2, 4, 8, 16]
    assert delay_after(100) == 300


def test_wait_survives_a_restart_and_success_resets_it(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    clock = Clock()
    for _ in range(5):
        clock.now += 60  # each wait earned so far has passed
        app = build_vault(data_dir, clock=clock)  # a new process each time
        with pytest.raises(WrongSecretError):
            app.unlock_with_passphrase("sbagliata")
    restarted = build_vault(data_dir, clock=clock)
    clock.now += 0.5  # five failures: 4 s to wait after the last one
    with pytest.raises(UnlockThrottledError) as raised:
        restarted.unlock_with_passphrase(PASSPHRASE)
    assert raised.value.seconds == pytest.approx(3.5)  # the fake clock makes it exact
    assert "wait" in str(raised.value)
    clock.now += 4
    restarted.unlock_with_passphrase(PASSPHRASE)
    assert restarted.is_unlocked
    assert build_vault(data_dir, clock=clock).throttle.failures == 0


def test_cli_waits_instead_of_failing(
    data_dir: Path, passphrase_file: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ripartire_desktop.commands import vault_cmds

    vault, _ = new_vault(data_dir)
    vault.lock()
    # A fake clock that the CLI's sleep moves forward: however slow the machine, the command
    # finds the whole wait still ahead of it.
    clock = Clock()
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        clock.now += seconds

    monkeypatch.setattr(vault_cmds, "build_vault", functools.partial(build_vault, clock=clock))
    monkeypatch.setattr(vault_cmds, "time", SimpleNamespace(sleep=sleep, perf_counter=perf_counter))
    # Three failures earn a one-second wait; the command waits it out, then unlocks.
    for _ in range(3):
        build_vault(data_dir, clock=clock).throttle.record_failure()
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 0, result.err
    assert "Waiting 1 s" in result.err
    assert waited == [1.0]
