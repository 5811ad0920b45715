"""A string written into the vault is found in no file on disk, in any encoding."""

from __future__ import annotations

from pathlib import Path

from ripartire_desktop.store.backup import write_backup
from tests.core.vaults import new_vault, put
from tests.reliability.canaries import files_containing, new_canary


def test_canary_is_in_no_file_of_the_data_dir_or_backup(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    canaries = [new_canary(str(i)) for i in range(5)]
    for i, canary in enumerate(canaries):
        put(vault, f"canary{i}", canary * 20)
    # Look while the WAL still holds the writes, then again after checkpoint and backup.
    assert (data_dir / "vault.db-wal").exists()
    assert files_containing(data_dir, canaries) == []
    write_backup(vault, tmp_path / "backup.ripbak")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    assert files_containing(tmp_path, canaries) == []
    assert not (data_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_the_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    canary = new_canary("self-test")
    (tmp_path / "a.txt").write_bytes(b"xx" + canary.encode("utf-16-le") + b"yy")
    (tmp_path / "b.txt").write_bytes(canary.encode("latin-1"))
    assert len(files_containing(tmp_path, [canary])) == 2
