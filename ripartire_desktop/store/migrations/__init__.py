"""Numbered schema migrations: `NNNN_name.sql` files applied in order, each in one transaction."""

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
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


def latest_version() -> int:
    return len(available())


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
    target = len(migrations) if upto is None else upto
    start = current_version(conn)
    if start > len(migrations):
        raise NewerSchemaError(
            f"This vault was written by a newer version of Ripartire (schema {start}; this "
            f"version knows up to {len(migrations)}): update Ripartire to open it."
        )
    if start >= target:
        return start, start
    if before is not None and start > 0:
        before(start, target)
    for migration in migrations[start:target]:
        _apply(conn, migration)
    return start, target


# A migration that rebuilds a table others refer to starts with this line: foreign keys are off
# while it runs (SQLite ignores the pragma inside a transaction), and checked before it commits.
FOREIGN_KEYS_OFF = "-- needs: foreign_keys off"


def _apply(conn: Connection, migration: Migration) -> None:
    applied_at = datetime.now(UTC).isoformat(timespec="seconds")
    keys_off = migration.sql.startswith(FOREIGN_KEYS_OFF)
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
    )
    if keys_off:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.executescript(script)
        if keys_off and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise RuntimeError(f"migration {migration.version} left a broken reference")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if keys_off:
            conn.execute("PRAGMA foreign_keys = ON")
