"""Opening the SQLCipher database with the data key and the settings every connection needs."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import struct
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2
from sqlcipher3.dbapi2 import Connection, DatabaseError

from ripartire_desktop.paths import FILE_MODE
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
    DamagedWalError,
    DatabaseMissingError,
    PlaintextDatabaseError,
    ReadOnlyStorageError,
    StorageFullError,
    TruncatedDatabaseError,
)
from ripartire_desktop.store.keys import audit_key, raw_key_literal

__all__ = ["Connection", "DatabaseError", "connect", "scalar", "transaction", "try_connect"]
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
# SQLCipher's `cipher_memory_security` (lock and wipe every SQLite allocation) is left off:
# measured, it made searches, list sorts and the demo 4-20x slower (one mlock/munlock pair
# per allocation), while the same plaintext sits unwiped in Python strings and Qt widgets.
# SQLCipher (4.7+) still keeps its key material in its own locked, wiped heap; core dumps
# are off (hardening.py); full-disk encryption and encrypted swap are the answer to swap.
# The setting is process-wide and can only be switched on, so nothing here ever sets it.
MEMORY_SECURITY = "0"


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
    check_wal(path)


WAL_HEADER = 32
WAL_FRAME_HEADER = 24
WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # the checksum's byte order
# The write-ahead logs found sound, by file, with a digest of their bytes: an unlock reads the
# envelope (and checks the files) two or three times, and the frame checksums in Python took
# 0.8 s on a 50 MB log each time (issue 18). The same bytes need no second check; any other
# bytes (a frame added, a byte damaged) are checked again.
_SOUND_WALS: dict[Path, bytes] = {}


def _wal_checksum(data: bytes, order: str, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def check_wal(path: Path) -> None:
    """Refuse a write-ahead log whose committed changes sit behind a damaged frame.

    SQLite stops reading the log at the first frame that fails its checksum, which is right
    for the torn tail of a crash but would silently drop every commit after a damaged frame
    (and the next checkpoint would make the loss permanent). So: find the first bad frame,
    and if a later frame of the same log still checks out against its predecessor and
    commits, the log is damaged, not torn.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        data = wal.read_bytes()
    except OSError:
        return
    if len(data) <= WAL_HEADER:
        return
    digest = hashlib.blake2b(data, digest_size=32).digest()
    if _SOUND_WALS.get(wal) == digest:
        return
    _check_frames(wal, data)
    _SOUND_WALS[wal] = digest


def _check_frames(wal: Path, data: bytes) -> None:
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    order = WAL_MAGIC.get(magic)
    frame_size = WAL_FRAME_HEADER + page_size
    if (
        order is None
        or page_size != PAGE_SIZE
        or _wal_checksum(data[:24], order, 0, 0)
        != (
            c1,
            c2,
        )
    ):
        if len(data) >= WAL_HEADER + frame_size:
            raise DamagedWalError(
                f"The vault's journal {wal.name} is damaged in its header: the changes it "
                "holds cannot be trusted. Nothing was changed: keep a copy of the folder "
                "and restore the most recent backup (ripartire restore)."
            )
        return
    seed = (c1, c2)
    first_bad: tuple[int, int] | None = None
    frames = range(WAL_HEADER, len(data) - frame_size + 1, frame_size)
    for frame, offset in enumerate(frames, start=1):
        head = data[offset : offset + WAL_FRAME_HEADER]
        page_no, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        body = data[offset + WAL_FRAME_HEADER : offset + frame_size]
        sound = (f_salt1, f_salt2) == (salt1, salt2) and _wal_checksum(
            body, order, *_wal_checksum(head[:8], order, *seed)
        ) == (f_c1, f_c2)
        if not sound and first_bad is None and (f_salt1, f_salt2) == (salt1, salt2):
            first_bad = (frame, page_no)
        elif not sound and first_bad is None:
            return  # frames of an earlier generation of the log: never read, not damage
        elif sound and first_bad is not None and commit:
            raise DamagedWalError(
                f"The vault's journal {wal.name} is damaged at frame {first_bad[0]} "
                f"(page {first_bad[1]}): changes saved after it would be lost. Nothing was "
                "changed: keep a copy of the folder and restore the most recent backup "
                "(ripartire restore)."
            )
        seed = (f_c1, f_c2)


def database_salt(path: Path) -> str:
    """SQLCipher's per-database salt (the first 16 bytes): tells one vault's file from another's."""
    with path.open("rb") as handle:
        return handle.read(16).hex()


AUDIT_MAC_FUNCTION = "ripartire_audit_mac"


def bind_audit_key(conn: Connection, data_key: bytes) -> None:
    """Give the connection the audit chain's MAC (store/records/audit.py), keyed from the
    data key it was opened with; the key stays in this closure, never in a table."""
    key = audit_key(data_key)

    def link(prev_hash: str, payload: str) -> str:
        return hmac.new(key, f"{prev_hash}|{payload}".encode(), hashlib.sha256).hexdigest()

    conn.create_function(AUDIT_MAC_FUNCTION, 2, link, deterministic=True)


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
        # Before the key: keep SQLCipher's own diagnostics off stderr. Memory security stays
        # off (SQLCipher's default): see MEMORY_SECURITY.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key_literal(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value in CONNECTION_PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}")
        with contextlib.suppress(AttributeError):
            conn.enable_load_extension(False)
        bind_audit_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def connect_for_check(path: Path, key: bytes) -> Connection | None:
    """A connection for `verify` that writes nothing and tolerates damaged schema pages
    (the page check names them); None when `key` does not decrypt the first page."""
    try:
        conn = sqlcipher3.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None)
    except dbapi2.DatabaseError as exc:
        raise _read_only(path) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key_literal(key))
        bind_audit_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            conn.close()
            return None
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            conn.close()
            raise _read_only(path) from exc
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
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            # SQLite says "unable to open database file": not damage, so no restore advice.
            raise _read_only(path) from exc
        raise DamagedDatabaseError(
            f"The vault database cannot be read ({exc}): run 'ripartire verify' "
            "or restore a backup."
        ) from exc


def _read_only(path: Path) -> ReadOnlyStorageError:
    return ReadOnlyStorageError(
        f"The vault's folder {path.parent} cannot be written (a read-only disk, or missing "
        "permissions): Ripartire needs to write there. Nothing was changed."
    )


def storage_error(exc: BaseException, path: Path | None = None) -> BaseException:
    """The clear error for SQLite's "disk is full" and "read-only" failures, else `exc`."""
    text = str(exc)
    if isinstance(exc, dbapi2.DatabaseError) and "disk is full" in text:
        return StorageFullError(
            "The disk holding the vault is full: this change was not saved (everything saved "
            "before is intact). Free some space and try again."
        )
    if isinstance(exc, dbapi2.DatabaseError) and "readonly" in text:
        return _read_only(path or Path("."))
    return exc


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing.

    A full disk or a read-only folder becomes a StorageFullError or ReadOnlyStorageError,
    after the rollback, so callers get a sentence rather than SQLite's terse text."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except dbapi2.DatabaseError as exc:
        clear = storage_error(exc, _database_path(conn))
        if clear is exc:
            raise
        if conn.in_transaction:
            with contextlib.suppress(dbapi2.DatabaseError):
                conn.execute("ROLLBACK")
        raise clear from exc


def scalar(conn: Connection, sql: str, params: Sequence[object] | Mapping[str, object] = ()) -> Any:
    """The one value a query such as `SELECT count(*) ...` answers; None when no row comes."""
    found = conn.execute(sql, params).fetchone()
    if found is None:
        return None
    value, *_others = found
    return value


def _database_path(conn: Connection) -> Path | None:
    with contextlib.suppress(dbapi2.DatabaseError):
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main" and file:
                return Path(file)
    return None


def read_pragmas(conn: Connection) -> dict[str, str]:
    """The settings in force, for tests and `verify`."""
    names = [name for name, _ in CONNECTION_PRAGMAS] + ["cipher_memory_security"]
    found = {}
    for name in names:
        value = scalar(conn, f"PRAGMA {name}")
        found[name] = "" if value is None else str(value)
    return found
