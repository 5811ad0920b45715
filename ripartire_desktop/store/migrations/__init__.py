"""Numbered schema migrations: `NNNN_name.sql` files applied in order, each in one transaction.

Numbers only go up; a number may be skipped (parallel work reserves its numbers ahead), and a
vault records the number of the last migration it has."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from ripartire_desktop.store.columns import SCHEMA_VERSION
from ripartire_desktop.store.connection import Connection, scalar
from ripartire_desktop.store.errors import NewerSchemaError

AUDIT_LOG_VERSION = 2  # the first schema version with an audit log
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(
                Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8"))
            )
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if not versions or versions[0] != 1 or len(set(versions)) != len(versions):
        raise RuntimeError(f"migrations must be numbered from 1, each once, found {versions}")
    return found


def latest_version() -> int:
    return available()[-1].version


def current_version(conn: Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    return int(scalar(conn, "SELECT max(version) FROM schema_version") or 0)


def migrate(
    conn: Connection,
    *,
    before: Callable[[int, int], None] | None = None,
    upto: int | None = None,
) -> tuple[int, int]:
    """Bring the schema to the latest version (or `upto`); return (from, to).

    `before(from, to)` runs first when an existing vault is about to change: the vault uses
    it to write a backup, so a failed migration never costs data.
    """
    migrations = available()
    latest = migrations[-1].version
    target = latest if upto is None else upto
    start = current_version(conn)
    if start > latest:
        raise NewerSchemaError(
            f"This vault was written by a newer version of Ripartire (schema {start}; this "
            f"version knows up to {latest}): update Ripartire to open it."
        )
    due = [m for m in migrations if start < m.version <= target]
    if not due:
        return start, start
    target = due[-1].version
    if before is not None and start > 0:
        before(start, target)
    for migration in due:
        _apply(conn, migration)
    return start, target


def _apply(conn: Connection, migration: Migration) -> None:
    applied_at = datetime.now(UTC).isoformat(timespec="seconds")
    # The whole migration, its bookkeeping included, is one script inside one transaction:
    # executescript would otherwise commit statement by statement.
    script = (
        "BEGIN IMMEDIATE;\n"
        "CREATE TABLE IF NOT EXISTS schema_version (\n"
        "  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);\n"
        f"{migration.sql}\n;\n"
        f"INSERT INTO schema_version ({', '.join(SCHEMA_VERSION.fields)}) "
        f"VALUES ({migration.version}, '{migration.name}', '{applied_at}');\n"
        f"PRAGMA user_version = {migration.version};\n"
        "COMMIT;\n"
    )
    try:
        conn.executescript(script)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
