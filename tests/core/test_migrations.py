"""Schema migrations: numbered, all-or-nothing, and preceded by a backup on existing vaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import connect
from ripartire_desktop.store.keys import TEST_POLICY, new_data_key
from ripartire_desktop.store.migrations import Migration
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE


def test_migrations_are_numbered_from_one_each_once_in_order() -> None:
    found = migrations.available()
    versions = [m.version for m in found]
    assert versions[0] == 1 and versions == sorted(set(versions))
    assert migrations.latest_version() == versions[-1]


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


@pytest.mark.parametrize("version", [m.version for m in migrations.available()][:-1])
def test_a_vault_of_every_earlier_version_opens_migrated_with_its_data(
    version: int, data_dir: Path
) -> None:
    old = build_vault(data_dir, kdf_policy=TEST_POLICY)
    old.create(PASSPHRASE, kdf_seconds=0, schema_version=version)
    key = old.keys_from_passphrase(PASSPHRASE)[0]
    conn = connect(old.db_path, key)
    assert migrations.current_version(conn) == version
    conn.execute("INSERT INTO vault_meta (key, value) VALUES ('kept', 'dal vecchio formato')")
    if version >= 2:
        conn.execute("INSERT INTO issued_codes (code, year, seq) VALUES ('RIP-2025-001', 2025, 1)")
        conn.execute(
            "INSERT INTO families (code, status, created_on, updated_on) "
            "VALUES ('RIP-2025-001', 'intake', '2025-01-02', '2025-01-02')"
        )
    conn.close()
    old.unlock_with_passphrase(PASSPHRASE)
    conn = old.connection
    assert migrations.current_version(conn) == migrations.latest_version()
    assert conn.execute("SELECT value FROM vault_meta WHERE key = 'kept'").fetchone() == (
        "dal vecchio formato",
    )
    if version >= 2:
        assert conn.execute("SELECT code FROM families").fetchall() == [("RIP-2025-001",)]
    backups = list((data_dir / "backups").glob(f"before-migration-v{version}-to-v*.ripbak"))
    assert len(backups) == 1
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
