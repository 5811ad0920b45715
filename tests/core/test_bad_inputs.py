"""Every bad input gets its own clear message and exit code, and changes no byte of the vault."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.vault import THROTTLE_NAME
from tests.conftest import snapshot
from tests.core.vaults import new_vault, put


def vault_bytes(data_dir: Path) -> dict[str, bytes]:
    # The wrong-attempt counter is the one file a failed unlock is meant to write.
    return {k: v for k, v in snapshot(data_dir).items() if k != THROTTLE_NAME}


@pytest.fixture
def closed_vault(data_dir: Path) -> Path:
    vault, _ = new_vault(data_dir)
    for i in range(50):
        put(vault, f"row{i}", "dati di prova " * 40)
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    return data_dir


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def plaintext_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def foreign_vault(path: Path) -> None:
    other, _ = new_vault(path.parent.parent / "other")
    other.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.lock()
    path.write_bytes(other.db_path.read_bytes())


def damage_envelope_json(data_dir: Path) -> None:
    (data_dir / "vault-key.json").write_text("{not json", encoding="utf-8")


def envelope_field(data_dir: Path, change: Callable[[dict], None]) -> None:
    path = data_dir / "vault-key.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "plaintext sqlite": (lambda d: plaintext_sqlite(d / "vault.db"), "unencrypted SQLite"),
    "truncated": (
        lambda d: os.truncate(d / "vault.db", (d / "vault.db").stat().st_size - 100),
        "truncated",
    ),
    "empty database": (lambda d: os.truncate(d / "vault.db", 0), "truncated"),
    "foreign database": (lambda d: foreign_vault(d / "vault.db"), "does not belong"),
    "random bytes": (
        lambda d: (d / "vault.db").write_bytes(os.urandom(8192)),
        "does not belong",
    ),
    "first page damaged": (lambda d: flip(d / "vault.db", 100), "first page is damaged"),
    "database missing": (lambda d: (d / "vault.db").unlink(), "database vault.db is missing"),
    "envelope missing": (lambda d: (d / "vault-key.json").unlink(), "envelope"),
    "envelope not json": (damage_envelope_json, "not readable JSON"),
    "envelope wrong type": (
        lambda d: envelope_field(d, lambda e: e["kdf"].update(iterations="many")),
        "not a number",
    ),
    "envelope absurd memory": (
        lambda d: envelope_field(d, lambda e: e["kdf"].update(memory_kib=2**40)),
        "out of range",
    ),
    "envelope foreign format": (
        lambda d: envelope_field(d, lambda e: e.update(format="something-else")),
        "not a Ripartire key envelope",
    ),
    "envelope newer": (
        lambda d: envelope_field(d, lambda e: e.update(version=99)),
        "newer version",
    ),
    "envelope wrapped key altered": (
        lambda d: envelope_field(
            d, lambda e: e["keys"]["current"]["passphrase"].update(ciphertext="AAAA")
        ),
        "Wrong passphrase",
    ),
}


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_damaged_vault_is_reported_and_left_untouched(
    name: str, closed_vault: Path, passphrase_file: Path, cli
) -> None:
    damage, message = DAMAGES[name]
    damage(closed_vault)
    before = vault_bytes(closed_vault)
    result = cli("verify", "--data-dir", closed_vault, "--passphrase-file", passphrase_file)
    expected_code = 3 if message == "Wrong passphrase" else 4
    assert result.code == expected_code, result.err
    assert message in result.err
    assert result.err.count("\n") == 1, "one line, no traceback"
    assert vault_bytes(closed_vault) == before


def test_wrong_passphrase(closed_vault: Path, tmp_path: Path, cli) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("non è questa\n", encoding="utf-8")
    before = vault_bytes(closed_vault)
    result = cli("verify", "--data-dir", closed_vault, "--passphrase-file", wrong)
    assert result.code == 3
    assert result.err == "ripartire: Wrong passphrase: the vault stays locked.\n"
    assert vault_bytes(closed_vault) == before


def test_recovery_key_of_another_vault(closed_vault: Path, tmp_path: Path, cli) -> None:
    _, other_recovery = new_vault(tmp_path / "other")
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(other_recovery, encoding="utf-8")
    before = vault_bytes(closed_vault)
    result = cli("verify", "--data-dir", closed_vault, "--recovery-key-file", key_file)
    assert result.code == 3
    assert "belongs to another vault" in result.err
    assert vault_bytes(closed_vault) == before


def test_mistyped_recovery_key(data_dir: Path, tmp_path: Path, cli) -> None:
    vault, recovery = new_vault(data_dir)
    vault.lock()
    key_file = tmp_path / "recovery.txt"
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    key_file.write_text(typo, encoding="utf-8")
    before = vault_bytes(data_dir)
    result = cli("verify", "--data-dir", data_dir, "--recovery-key-file", key_file)
    assert result.code == 3
    assert "mistyped" in result.err
    assert vault_bytes(data_dir) == before


def test_vault_of_a_newer_schema(data_dir: Path, passphrase_file: Path, cli) -> None:
    vault, _ = new_vault(data_dir)
    with transaction(vault.connection) as conn:
        conn.execute("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    before = vault_bytes(data_dir)
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4
    assert "newer version of Ripartire" in result.err
    assert vault_bytes(data_dir) == before


def test_damage_inside_the_database_is_named_by_verify(
    closed_vault: Path, passphrase_file: Path, cli
) -> None:
    db = closed_vault / "vault.db"
    pages = db.stat().st_size // 4096
    assert pages >= 4
    flip(db, 3 * 4096 + 500)  # inside page 4
    result = cli("verify", "--data-dir", closed_vault, "--passphrase-file", passphrase_file)
    assert result.code == 4
    assert "page 4" in result.out
    assert "DAMAGED" in result.out


def test_no_vault_yet(tmp_path: Path, passphrase_file: Path, cli) -> None:
    result = cli("verify", "--data-dir", tmp_path / "none", "--passphrase-file", passphrase_file)
    assert result.code == 1
    assert "no vault" in result.err
    assert not (tmp_path / "none").exists()


def test_missing_passphrase_file_is_a_usage_error(closed_vault: Path, tmp_path: Path, cli) -> None:
    result = cli("verify", "--data-dir", closed_vault, "--passphrase-file", tmp_path / "nope")
    assert result.code == 2
    assert "Cannot read the passphrase file" in result.err
