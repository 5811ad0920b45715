"""A full disk and a read-only folder: every write fails with one clear sentence, and nothing
saved before is lost.

The real cases run on a size-limited tmpfs (root may mount one: CI runs as root); SQLite's
`max_page_count` gives the same "disk is full" anywhere.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.store.errors import ReadOnlyStorageError, StorageFullError
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, snapshot
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault


def _mount(folder: Path, size: str) -> None:
    folder.mkdir(mode=0o700)
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {proc.stderr.strip()}")


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem of its own."""
    folder = tmp_path / "small-disk"
    _mount(folder, "2m")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A nearly full USB stick: 64 KB, too small for any backup or PDF."""
    folder = tmp_path / "stick"
    _mount(folder, "64k")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _saved_family(data_dir: Path, tag: str) -> str:
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), tag)
    vault.lock()
    return family.code


def _still_there(data_dir: Path, code: str, tag: str) -> None:
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    conn = vault.connection
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    records = Records(conn)
    family = records.families.by_code(code)
    identity = records.identities.get(family.id or 0)
    assert identity is not None and identity.people[0].given_name == f"Nome{tag}"
    assert records.interviews.for_family(family.id or 0)[0].notes.startswith(f"colloquio {tag}")
    vault.lock()


def _one_line(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err


def test_a_full_disk_refuses_the_write_and_keeps_what_was_saved(
    small_disk: Path, passphrase_file: Path, cli
) -> None:
    data_dir = small_disk / "vault"
    code = _saved_family(data_dir, "Pervinca")
    result = cli(
        "demo", "--data-dir", data_dir, "--passphrase-file", passphrase_file, "--families", "400"
    )
    assert result.code == 1
    _one_line(result.err)
    assert "disk holding the vault is full" in result.err
    _still_there(data_dir, code, "Pervinca")
    # With the disk still full the vault still opens and answers.
    listed = cli("list", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert listed.code == 0, listed.err
    assert code in listed.out


def test_a_backup_or_export_to_a_full_stick_leaves_no_partial_file(
    data_dir: Path, stick: Path, passphrase_file: Path, cli
) -> None:
    code = _saved_family(data_dir, "Calendula")
    before = snapshot(data_dir)
    commands = [
        ("backup", stick / "copia.ripbak"),
        ("report", "case", code, "-o", stick / "caso.pdf"),
        ("export-family", code, "--for-the-family", "-o", stick / "famiglia.json"),
    ]
    for command in commands:
        *args, target = command
        result = cli(*args, target, "--data-dir", data_dir, "--passphrase-file", passphrase_file)
        if result.code == 0:  # a small file may fit: then it must be whole
            assert target.stat().st_size > 0
            target.unlink()
            continue
        assert result.code == 1, result.err
        _one_line(result.err)
        assert "No space left on device" in result.err
        assert list(stick.iterdir()) == [], "a partial file was left on the stick"
    assert "No space left" in result.err or list(stick.iterdir()) == []
    after = snapshot(data_dir)
    assert set(after) == set(before)  # the vault gained an audit entry, nothing else
    _still_there(data_dir, code, "Calendula")


def test_a_read_only_data_dir_is_named_as_such_and_nothing_changes(
    small_disk: Path, passphrase_file: Path, cli
) -> None:
    data_dir = small_disk / "vault"
    code = _saved_family(data_dir, "Verbena")
    before = snapshot(data_dir)
    _remount(small_disk, "ro")
    try:
        for args in (["list"], ["verify"], ["search", "Verbena"]):
            result = cli(*args, "--data-dir", data_dir, "--passphrase-file", passphrase_file)
            assert result.code == 1, result.err
            _one_line(result.err)
            assert "cannot be written (a read-only disk" in result.err
            assert "restore" not in result.err.lower(), "a read-only disk is not damage"
        with pytest.raises(ReadOnlyStorageError):
            build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)
    finally:
        _remount(small_disk, "rw")
    assert snapshot(data_dir) == before
    _still_there(data_dir, code, "Verbena")


def test_the_store_reports_a_full_database_and_rolls_back(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    kept = populated_family(records, "Malva")
    pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
    vault.connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    saved = 0
    with pytest.raises(StorageFullError, match="disk holding the vault is full"):
        for i in range(50):
            populated_family(records, f"Troppo{i}" + "pieno" * 2000)
            saved += 1
    assert not vault.connection.in_transaction
    count = vault.connection.execute("SELECT count(*) FROM families").fetchone()[0]
    assert count == 1 + saved, "the failed transaction must leave nothing behind"
    vault.connection.execute(f"PRAGMA max_page_count = {pages + 1000}")
    records.families.create(on=date(2026, 3, 2))  # room again: writing works again
    vault.lock()
    _still_there(data_dir, kept.code, "Malva")
