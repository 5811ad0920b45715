"""The expected schema of each version, to refuse a database carrying anything else.

A restored backup (or a vault edited with the key) could carry an extra trigger that quietly
undoes an erasure, a view, or a changed index. The expected schema is what the migrations
themselves create on an empty in-memory database, so there is no second copy to keep in step.
"""

from __future__ import annotations

import functools

import sqlcipher3

from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import Connection

SchemaRow = tuple[str, str, str, str]


def _rows(conn: Connection) -> frozenset[SchemaRow]:
    return frozenset(
        (str(kind), str(name), str(table), str(sql or ""))
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
        )
    )


@functools.cache
def expected_schema(version: int) -> frozenset[SchemaRow]:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(conn, upto=version)
        return _rows(conn)
    finally:
        conn.close()


def schema_differences(conn: Connection) -> list[str]:
    """Each table, index, trigger or view that is extra, missing or changed; empty when the
    schema is exactly the one this version's migrations create."""
    version = migrations.current_version(conn)
    if version > migrations.latest_version():
        return []  # a newer vault: refused elsewhere with its own message
    found = {(kind, name): sql for kind, name, _table, sql in _rows(conn)}
    expected = {(kind, name): sql for kind, name, _table, sql in expected_schema(version)}
    problems = []
    for kind, name in sorted(found.keys() - expected.keys()):
        problems.append(f"extra {kind} '{name}'")
    for kind, name in sorted(expected.keys() - found.keys()):
        problems.append(f"missing {kind} '{name}'")
    for kind, name in sorted(found.keys() & expected.keys()):
        if found[(kind, name)] != expected[(kind, name)]:
            problems.append(f"changed {kind} '{name}'")
    return problems
