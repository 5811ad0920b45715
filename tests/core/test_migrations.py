"""Schema migrations: numbered, all-or-nothing, and preceded by a backup on existing vaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import connect
from ripartire_desktop.store.keys import new_data_key
from ripartire_desktop.store.migrations import Migration
from ripartire_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault


def test_migrations_are_numbered_without_gaps() -> None:
    found = migrations.available()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert migrations.latest_version() == len(found)


def test_a_failing_migration_leaves_the_schema_as_it_was(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db", new_data_key(), create=True)
    migrations.migrate(conn)
    latest = migrations.latest_version()
    broken = Migration(
        latest + 1, "broken", "CREATE TABLE half (x); INSERT INTO nowhere VALUES (1)"
    )
    with pytest.raises(Exception, match="nowhere"):
        migrations._apply(conn, broken)
    assert migrations.current_version(conn) == latest
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half" not in tables
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest


def test_opening_an_older_vault_backs_it_up_then_migrates(data_dir: Path) -> None:
    if migrations.latest_version() < 2:
        pytest.skip("needs a second migration")
    vault, _ = new_vault(data_dir)
    vault.lock()
    # Roll the schema back to version 1 the hard way: a vault made by the first release.
    data_dir_v1 = data_dir.parent / "v1"
    old = Vault(data_dir_v1)
    old.create(PASSPHRASE, kdf_seconds=0)
    conn = connect(old.db_path, _key_of(old))
    for table in [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN "
            "('vault_meta','schema_version') AND name NOT LIKE 'sqlite_%'"
        )
    ]:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.execute("DELETE FROM schema_version WHERE version > 1")
    conn.close()
    old.unlock_with_passphrase(PASSPHRASE)
    assert migrations.current_version(old.connection) == migrations.latest_version()
    made = list((data_dir_v1 / "backups").glob("before-migration-v1-to-v*.ripbak"))
    assert len(made) == 1


def _key_of(vault: Vault) -> bytes:
    vault.unlock_with_passphrase(PASSPHRASE)
    key = vault.data_key
    vault.lock()
    return key
