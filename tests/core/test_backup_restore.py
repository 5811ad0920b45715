"""Backups restore anywhere with the right secret, and a bad backup never harms the vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, snapshot
from tests.core.vaults import get, new_vault, put


@pytest.fixture
def backed_up(data_dir: Path, tmp_path: Path, passphrase_file: Path, cli) -> tuple[Path, str]:
    vault, recovery = new_vault(data_dir)
    for i in range(30):
        put(vault, f"row{i}", f"colloquio {i} con la famiglia RIP-2026-{i:03d}")
    vault.lock()
    out = tmp_path / "copia.ripbak"
    result = cli("backup", "--data-dir", data_dir, "--passphrase-file", passphrase_file, out)
    assert result.code == 0, result.err
    return out, recovery


def contents(data_dir: Path) -> dict[str, str]:
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    rows = dict(vault.connection.execute("SELECT key, value FROM vault_meta").fetchall())
    vault.lock()
    return rows


def test_backup_restores_into_an_empty_folder_with_equal_content(
    backed_up: tuple[Path, str], data_dir: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    out, _ = backed_up
    target = tmp_path / "another-machine"
    result = cli("restore", "--data-dir", target, "--passphrase-file", passphrase_file, out)
    assert result.code == 0, result.err
    assert contents(target) == contents(data_dir)


def test_backup_restores_with_the_recovery_key(
    backed_up: tuple[Path, str], data_dir: Path, tmp_path: Path, cli
) -> None:
    out, recovery = backed_up
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n", encoding="utf-8")
    target = tmp_path / "restored"
    result = cli("restore", "--data-dir", target, "--recovery-key-file", key_file, out)
    assert result.code == 0, result.err
    assert contents(target) == contents(data_dir)


def test_backup_file_reveals_nothing(backed_up: tuple[Path, str]) -> None:
    out, _ = backed_up
    raw = out.read_bytes()
    for text in ("colloquio", "RIP-2026", "vault_meta", PASSPHRASE):
        assert text.encode("utf-8") not in raw
        assert text.encode("utf-16-le") not in raw
    assert b"SQLite format 3" not in raw


def test_restore_never_overwrites_without_force(
    backed_up: tuple[Path, str], data_dir: Path, passphrase_file: Path, cli
) -> None:
    out, _ = backed_up
    before = snapshot(data_dir)
    result = cli("restore", "--data-dir", data_dir, "--passphrase-file", passphrase_file, out)
    assert result.code == 1
    assert "--force" in result.err
    assert snapshot(data_dir) == before


def test_restore_with_force_keeps_the_replaced_vault_aside(
    backed_up: tuple[Path, str], data_dir: Path, passphrase_file: Path, cli
) -> None:
    out, _ = backed_up
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    put(vault, "after-backup", "newer work")
    vault.lock()
    result = cli(
        "restore", "--force", "--data-dir", data_dir, "--passphrase-file", passphrase_file, out
    )
    assert result.code == 0, result.err
    assert "after-backup" not in contents(data_dir)
    aside = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1
    assert "kept in" in result.out
    old = build_vault(aside[0])
    old.unlock_with_passphrase(PASSPHRASE)
    assert get(old, "after-backup") == "newer work"


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


BAD_BACKUPS = {
    "bit flip": (_flip_middle, 4, "checksum"),
    "truncated": (lambda p: os.truncate(p, p.stat().st_size - 10), 4, "truncated"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(5000)), 4, "not a Ripartire backup"),
    "empty": (lambda p: p.write_bytes(b""), 4, "not a Ripartire backup"),
    "header damaged": (
        lambda p: p.write_bytes(p.read_bytes()[:12] + b"#" + p.read_bytes()[13:]),
        4,
        "header is unreadable",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_BACKUPS))
def test_damaged_backup_is_refused_before_anything_changes(
    name: str,
    backed_up: tuple[Path, str],
    data_dir: Path,
    passphrase_file: Path,
    cli,
) -> None:
    out, _ = backed_up
    damage, code, message = BAD_BACKUPS[name]
    damage(out)
    before = snapshot(data_dir)
    result = cli(
        "restore", "--force", "--data-dir", data_dir, "--passphrase-file", passphrase_file, out
    )
    assert result.code == code, result.err
    assert message in result.err
    assert snapshot(data_dir) == before


def test_wrong_passphrase_for_a_backup(backed_up: tuple[Path, str], tmp_path: Path, cli) -> None:
    out, _ = backed_up
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("un'altra frase\n", encoding="utf-8")
    result = cli("restore", "--data-dir", tmp_path / "t", "--passphrase-file", wrong, out)
    assert result.code == 3
    assert "Wrong passphrase for this backup" in result.err
    assert not (tmp_path / "t").exists()


def test_backup_refuses_to_overwrite_a_file(
    backed_up: tuple[Path, str], data_dir: Path, passphrase_file: Path, cli
) -> None:
    out, _ = backed_up
    before = out.read_bytes()
    result = cli("backup", "--data-dir", data_dir, "--passphrase-file", passphrase_file, out)
    assert result.code == 1
    assert "already exists" in result.err
    assert out.read_bytes() == before


def test_backup_into_a_folder_gets_a_dated_name(
    data_dir: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    folder = tmp_path / "chiavetta"
    folder.mkdir()
    result = cli("backup", "--data-dir", data_dir, "--passphrase-file", passphrase_file, folder)
    assert result.code == 0, result.err
    (made,) = folder.iterdir()
    assert made.name.startswith("ripartire-backup-") and made.suffix == ".ripbak"
    assert oct(made.stat().st_mode & 0o777) == oct(0o600)
