"""Guesses through `restore` count against the vault's unlock throttle, and a restore keeps
the throttle's count (issue 13: the throttle is a speed bump; restore was a way around it)."""

from __future__ import annotations

from pathlib import Path

from ripartire_desktop.store.throttle import Throttle
from ripartire_desktop.store.vault import THROTTLE_NAME
from tests.core.vaults import new_vault


def test_wrong_passphrases_through_restore_are_counted(
    data_dir: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    backup = tmp_path / "copia.ripbak"
    assert (
        cli("backup", "--data-dir", data_dir, "--passphrase-file", passphrase_file, backup).code
        == 0
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("non-e-questa-la-frase\n", encoding="utf-8")
    throttle = Throttle(data_dir / THROTTLE_NAME)
    for attempt in (1, 2):
        result = cli(
            "restore", "--force", "--data-dir", data_dir, "--passphrase-file", wrong, backup
        )
        assert result.code == 3
        assert throttle.failures == attempt

    # The right passphrase restores; the count stays with the folder, not with the vault files.
    result = cli(
        "restore", "--force", "--data-dir", data_dir, "--passphrase-file", passphrase_file, backup
    )
    assert result.code == 0, result.err
    assert throttle.failures == 2
    assert cli("list", "--data-dir", data_dir, "--passphrase-file", passphrase_file).code == 0
    assert throttle.failures == 0  # a right passphrase at unlock resets it, as always
