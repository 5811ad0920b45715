"""Opening the SQLCipher database with the data key and the settings every connection needs."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2
from sqlcipher3.dbapi2 import Connection, DatabaseError

from ripartire_desktop.paths import FILE_MODE
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
    DatabaseMissingError,
    PlaintextDatabaseError,
    TruncatedDatabaseError,
)
from ripartire_desktop.store.keys import raw_key_literal

__all__ = ["Connection", "DatabaseError", "connect", "transaction", "try_connect"]
PAGE_SIZE = 4096  # SQLCipher 4 default; the file is always a whole number of pages
SQLITE_HEADER = b"SQLite format 3\x00"

# Read back by a test: these are the promises of the security model.
CONNECTION_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
)


def check_database_file(path: Path) -> None:
    """Reject, before any key is tried, files that cannot be a vault database."""
    if not path.exists():
        raise DatabaseMissingError(
            f"The vault database {path.name} is missing from {path.parent}: "
            "restore it from a backup (ripartire restore)."
        )
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        raise PlaintextDatabaseError(
            f"{path.name} is an unencrypted SQLite file, not a Ripartire vault: "
            "it was not created by Ripartire or was replaced."
        )
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise TruncatedDatabaseError(
            f"The vault database {path.name} is truncated ({size} bytes, not a whole number "
            "of pages): restore it from a backup."
        )


def database_salt(path: Path) -> str:
    """SQLCipher's per-database salt (the first 16 bytes): tells one vault's file from another's."""
    with path.open("rb") as handle:
        return handle.read(16).hex()


def connect(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open `path` with the raw data key; raise if the key does not decrypt it.

    Without `create` the file must exist: opening never creates files, so a failed open
    leaves the data directory as it was.
    """
    if create and not path.exists():
        # Created here, 0600, so SQLite's WAL and SHM files inherit private permissions too.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    uri = f"{path.as_uri()}?mode={'rwc' if create else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        # Before the key: keep SQLCipher's own diagnostics off stderr, and wipe freed memory.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.set_key(raw_key_literal(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value in CONNECTION_PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}")
        with contextlib.suppress(AttributeError):
            conn.enable_load_extension(False)
    except BaseException:
        conn.close()
        raise
    return conn


def try_connect(path: Path, key: bytes) -> Connection | None:
    """Open with `key`, or None when the key does not decrypt the file."""
    try:
        return connect(path, key)
    except dbapi2.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            return None
        raise DamagedDatabaseError(
            f"The vault database cannot be read ({exc}): run 'ripartire verify' "
            "or restore a backup."
        ) from exc


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def read_pragmas(conn: Connection) -> dict[str, str]:
    """The settings in force, for tests and `verify`."""
    names = [name for name, _ in CONNECTION_PRAGMAS] + ["cipher_memory_security"]
    found = {}
    for name in names:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        found[name] = str(row[0]) if row else ""
    return found
