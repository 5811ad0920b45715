"""The column map in store/columns.py is the schema the migrations build, table by table."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest
import sqlcipher3

from ripartire_desktop.store import columns, migrations
from ripartire_desktop.store.records.family_list import LIST_COLUMNS, FamilyRow


def _schema_columns() -> dict[str, tuple[str, ...]]:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(conn)
        names = [
            str(name)
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'search%'"
            )
        ]
        return {
            name: tuple(str(r[1]) for r in conn.execute(f"PRAGMA table_info({name})"))
            for name in names
        }
    finally:
        conn.close()


def test_every_table_is_mapped_with_its_columns_in_order() -> None:
    schema = _schema_columns()
    assert set(columns.BY_NAME) == set(schema)
    for name, table in columns.BY_NAME.items():
        assert table.columns == schema[name], name


def test_parents_come_before_the_tables_that_point_to_them() -> None:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(conn)
        order = [table.name for table in columns.ALL]
        for table in columns.ALL:
            for ref in conn.execute(f"PRAGMA foreign_key_list({table.name})"):
                assert order.index(str(ref[2])) < order.index(table.name), (table.name, ref[2])
    finally:
        conn.close()


def test_statements_name_the_columns_once() -> None:
    consents = columns.CONSENTS
    assert consents.insert() == (
        "INSERT INTO consents (family_id, notice_version, given_on, method, scopes, "
        "withdrawn_on) VALUES (?, ?, ?, ?, ?, ?)"
    )
    assert consents.update().endswith("withdrawn_on = ? WHERE id = ?")
    assert consents.select("WHERE id = ?").startswith("SELECT id, family_id, notice_version")
    row = consents.row((1, 2, "v1", "2026-01-02", "paper", "notice", None))
    assert row["given_on"] == "2026-01-02" and row["withdrawn_on"] is None


def test_joins_choose_qualified_columns_and_name_computed_ones() -> None:
    actions = columns.ACTIONS
    sql = actions.select(
        "JOIN families f ON f.id = a.family_id", columns=("id", "due_on"), alias="a",
        extra={"code": "f.code"},
    )  # fmt: skip
    assert sql == (
        "SELECT a.id, a.due_on, f.code AS code FROM actions a JOIN families f ON f.id = a.family_id"
    )


def test_partial_writes_and_upserts_name_only_their_columns() -> None:
    assert columns.FIRST_CONTACTS.update(columns=("family_id",)) == (
        "UPDATE first_contacts SET family_id = ? WHERE id = ?"
    )
    assert columns.OWN_IDENTITY.insert(verb="INSERT OR IGNORE", columns=("id", "name")) == (
        "INSERT OR IGNORE INTO own_identity (id, name) VALUES (?, ?)"
    )
    assert columns.SETTINGS.upsert(("key",)) == (
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    drafts = columns.INTERVIEW_DRAFTS.upsert(("family_id",))
    assert "family_id = excluded" not in drafts and "updated_at = excluded.updated_at" in drafts


def test_a_row_is_read_by_name_and_a_short_row_is_refused() -> None:
    closures = columns.CLOSURES
    row = closures.row((3, 1, "2026-05-01", "path_completed", "needs_met", None, "ok"))
    assert row["closed_on"] == "2026-05-01" and row["work_type"] is None and row["id"] == 3
    with pytest.raises(ValueError):
        closures.row((3, 1, "2026-05-01"))


def test_the_family_list_reads_plain_columns_named_as_its_row_fields() -> None:
    assert (*LIST_COLUMNS, "name") == tuple(f.name for f in fields(FamilyRow))
    for sql in LIST_COLUMNS.values():
        for column in re.findall(r"\bf\.(\w+)", sql):
            assert column in columns.FAMILIES.columns, column
