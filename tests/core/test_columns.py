"""The column map in store/columns.py is the schema the migrations build, table by table."""

from __future__ import annotations

import sqlcipher3

from ripartire_desktop.store import columns, migrations


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
