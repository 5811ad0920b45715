"""Backup, restore and verify.

A backup is one file: a small header (format, date, the key envelope) followed by a fresh
`sqlcipher_export` of the database, still encrypted under the data key, and an HMAC over
everything. Alone it reveals nothing; with the passphrase or the recovery key of the day it
was made it restores anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ripartire_desktop import paths
from ripartire_desktop.store import keys, migrations
from ripartire_desktop.store.connection import (
    database_salt,
    try_connect,
)
from ripartire_desktop.store.envelope import Envelope
from ripartire_desktop.store.erasure_list import reerase
from ripartire_desktop.store.errors import (
    BackupError,
    DamagedError,
    EnvelopeAlteredError,
    VaultExistsError,
    WrongSecretError,
)
from ripartire_desktop.store.fileio import atomic_write, atomic_writer, fsync_dir
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.schema import schema_differences
from ripartire_desktop.store.vault import DB_NAME, ENVELOPE_NAME, Vault, work_name
from ripartire_desktop.store.verify import (
    VerifyReport,
    check_database,
    verify_files,
    verify_vault,
)

__all__ = [
    "BackupFile",
    "RestoreResult",
    "VerifyReport",
    "backup_key_from_passphrase",
    "backup_key_from_recovery",
    "check_backup",
    "inspect_backup",
    "restore_backup",
    "verify_files",
    "verify_vault",
    "write_backup",
]

MAGIC = b"RIPBAK\x00\x01"
FORMAT = "ripartire-backup"
VERSION = 1
MAC_BYTES = 32
MAX_HEADER_BYTES = 256 * 1024
CHUNK = 1024 * 1024

# Gives a caller (the crash tests, a progress bar) a hook between the steps of a restore.
StepHook = Callable[[str], None]


def _mac_key(data_key: bytes) -> bytes:
    return keys.derive_subkey(data_key, b"ripartire backup mac v1")


def _copy(src: BinaryIO, dst: BinaryIO, length: int, mac: hmac.HMAC) -> None:
    remaining = length
    while remaining:
        chunk = src.read(min(CHUNK, remaining))
        if not chunk:
            raise BackupError("The backup is truncated: it ends before its database does.")
        mac.update(chunk)
        dst.write(chunk)
        remaining -= len(chunk)


def write_backup(vault: Vault, out: Path) -> int:
    """Write a backup of the unlocked `vault` to `out`; return its size in bytes."""
    vault.record(AuditAction.BACKUP)  # before the export, so the backup carries it too
    conn = vault.connection
    key = vault.data_key
    staging = vault.data_dir / f"{work_name('.backup-')}.db"
    try:
        conn.execute(
            "ATTACH DATABASE ? AS backup_copy KEY ?", (str(staging), keys.raw_key_literal(key))
        )
        try:
            conn.execute("SELECT sqlcipher_export('backup_copy')")
            version = migrations.current_version(conn)
            conn.execute(f"PRAGMA backup_copy.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE backup_copy")
        # The backup's own envelope: this database's salt, the audit head and erased codes
        # of the moment, sealed under the data key like the vault's.
        envelope = replace(vault.envelope, database_salt=database_salt(staging), pending=None)
        if envelope.version >= 2:
            envelope = envelope.sealed(key)
        size = staging.stat().st_size
        header = {
            "format": FORMAT,
            "version": VERSION,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "vault_id": envelope.vault_id,
            "schema_version": version,
            "database_bytes": size,
            "envelope": envelope.to_dict(),
        }
        header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
        prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
        mac = hmac.new(_mac_key(key), prefix, hashlib.sha256)
        with atomic_writer(out) as handle, staging.open("rb") as db:
            handle.write(prefix)
            _copy(db, handle, size, mac)
            handle.write(mac.digest())
        return len(prefix) + size + MAC_BYTES
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    created: str
    schema_version: int
    envelope: Envelope
    db_offset: int
    db_size: int

    def header_prefix(self) -> bytes:
        with self.path.open("rb") as handle:
            return handle.read(self.db_offset)


def inspect_backup(path: Path) -> BackupFile:
    """Read and check a backup's structure; no secret needed, nothing written."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic != MAGIC:
                raise BackupError(f"{path.name} is not a Ripartire backup.")
            (header_len,) = struct.unpack(">I", handle.read(4).ljust(4, b"\0"))
            if header_len > MAX_HEADER_BYTES:
                raise BackupError(f"The backup {path.name} is damaged: its header is unreadable.")
            header_raw = handle.read(header_len)
    except OSError as exc:
        raise BackupError(f"Cannot read the backup {path}: {exc.strerror}.") from exc
    try:
        header: Any = json.loads(header_raw.decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("format")
        if int(header["version"]) > VERSION:
            raise BackupError(
                f"The backup {path.name} was made by a newer version of Ripartire: update the app."
            )
        db_size = int(header["database_bytes"])
        schema_version = int(header["schema_version"])
        envelope = Envelope.from_dict(header["envelope"])
        created = str(header["created"])
        keys.CostMeter.check(keys.METER, envelope.kdf)
    except BackupError:
        raise
    except keys.KdfBoundsError as exc:
        raise BackupError(
            f"The backup {path.name} asks for key derivation settings no Ripartire writes "
            f"({exc}): it was altered or is not a real backup. Nothing was derived or changed."
        ) from exc
    except EnvelopeAlteredError as exc:
        reason = f" ({exc.__cause__})" if isinstance(exc.__cause__, keys.KdfBoundsError) else ""
        raise BackupError(
            f"The backup {path.name} asks for key derivation settings no Ripartire writes"
            f"{reason}: it was altered or is not a real backup. Nothing was derived or changed."
        ) from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, DamagedError) as exc:
        raise BackupError(f"The backup {path.name} is damaged: its header is unreadable.") from exc
    offset = len(MAGIC) + 4 + header_len
    if size != offset + db_size + MAC_BYTES:
        raise BackupError(
            f"The backup {path.name} is damaged: it is {size} bytes, "
            f"{offset + db_size + MAC_BYTES} expected (truncated or extended)."
        )
    return BackupFile(path, created, schema_version, envelope, offset, db_size)


def backup_key_from_passphrase(backup: BackupFile, passphrase: str) -> bytes:
    kek = keys.derive_passphrase_key(passphrase, backup.envelope.kdf)
    found = backup.envelope.unwrap_with_passphrase_key(kek)
    if not found:
        raise WrongSecretError(
            "Wrong passphrase for this backup (it opens with the passphrase in use on the "
            "day it was made, or with the recovery key)."
        )
    _check_envelope(backup, found[0])
    return found[0]


def _check_envelope(backup: BackupFile, key: bytes) -> None:
    try:
        backup.envelope.check(key, backup.path.name)
    except EnvelopeAlteredError as exc:
        raise BackupError(
            f"The backup {backup.path.name} was altered: its key envelope no longer matches "
            "its authentication code. Nothing was changed: use another backup."
        ) from exc


def backup_key_from_recovery(backup: BackupFile, recovery_text: str) -> bytes:
    found = backup.envelope.unwrap_with_recovery(keys.parse_recovery_key(recovery_text))
    if not found:
        raise WrongSecretError("That recovery key does not belong to this backup.")
    _check_envelope(backup, found[0])
    return found[0]


def _extract(backup: BackupFile, key: bytes, dest_dir: Path) -> Path:
    """Check the MAC while copying the database out of the backup into `dest_dir`."""
    target = dest_dir / DB_NAME
    mac = hmac.new(_mac_key(key), backup.header_prefix(), hashlib.sha256)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.FILE_MODE)
    with backup.path.open("rb") as src, os.fdopen(fd, "wb") as dst:
        src.seek(backup.db_offset)
        _copy(src, dst, backup.db_size, mac)
        stored = src.read(MAC_BYTES)
        dst.flush()
        os.fsync(dst.fileno())
    if not hmac.compare_digest(stored, mac.digest()):
        raise BackupError(
            f"The backup {backup.path.name} is damaged: its content does not match its "
            "checksum. Use another backup."
        )
    return target


def check_backup(backup: BackupFile, key: bytes, work_dir: Path) -> Path:
    """Extract and fully check the backup's database; return the checked file in `work_dir`."""
    db = _extract(backup, key, work_dir)
    if database_salt(db) != backup.envelope.database_salt:
        raise BackupError(f"The backup {backup.path.name} is damaged: envelope and data differ.")
    conn = try_connect(db, key)
    if conn is None:
        raise BackupError(f"The backup {backup.path.name} is damaged: its data cannot be opened.")
    try:
        problems = check_database(conn)
        version = migrations.current_version(conn)
    finally:
        conn.close()
    if problems:
        raise BackupError(
            f"The backup {backup.path.name} is damaged: " + "; ".join(problems[:5]) + "."
        )
    if version > migrations.latest_version():
        raise BackupError(
            f"The backup {backup.path.name} comes from a newer version of Ripartire "
            f"(schema {version}): update the app to restore it."
        )
    conn = try_connect(db, key)
    if conn is None:
        raise BackupError(f"The backup {backup.path.name} is damaged: its data cannot be opened.")
    try:
        differences = schema_differences(conn)
    finally:
        conn.close()
    if differences:
        raise BackupError(
            f"The backup {backup.path.name} was altered: its database's structure differs from "
            f"the one Ripartire creates ({'; '.join(differences[:4])}). Nothing was changed: "
            "use another backup."
        )
    for extra in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        with contextlib.suppress(OSError):
            (work_dir / extra).unlink()
    return db


@dataclass
class RestoreResult:
    replaced_dir: Path | None
    schema_version: int
    reerased: list[str] = field(default_factory=list)


def restore_backup(
    current: Vault,
    backup: BackupFile,
    key: bytes,
    *,
    force: bool = False,
    step: StepHook | None = None,
) -> RestoreResult:
    """Restore `backup` into the (locked) vault `current`, whose folder may hold no vault yet,
    checking everything before the current vault is touched.

    With `force`, an existing vault is moved aside into `replaced-<time>/` and stays there:
    it may hold work newer than the backup, so only the user may delete it.
    """
    hook = step or (lambda _name: None)
    data_dir = current.data_dir
    had_vault = current.exists()  # checked before the work folder exists (see exists())
    if had_vault and not force:
        raise VaultExistsError(
            f"A vault already exists in {data_dir}: restoring would replace it. Nothing was "
            "changed. Run restore again with --force to replace it (the current vault is "
            "kept aside, not deleted)."
        )
    erased = set(backup.envelope.erased) | set(_erased_codes_of(current) if had_vault else ())
    paths.ensure_private_dir(data_dir)
    work_dir = paths.ensure_private_dir(data_dir / work_name(".restore-"))
    try:
        checked_db = check_backup(backup, key, work_dir)
        # Families erased since the backup was made go again before the vault opens.
        envelope, reerased = reerase(checked_db, key, backup, erased)
        hook("checked")
        envelope_path = work_dir / ENVELOPE_NAME
        if envelope.version >= 2:
            envelope.save(envelope_path, key)
        else:
            atomic_write(envelope_path, envelope.to_bytes())
        replaced_dir = _move_aside(current) if had_vault else None
        hook("moved-aside")
        try:
            os.replace(checked_db, current.db_path)
            os.replace(envelope_path, current.envelope_path)
            fsync_dir(data_dir)
            hook("installed")
            proof = try_connect(current.db_path, key)
            if proof is None:
                raise BackupError("The restored vault does not open: the previous one was kept.")
            proof.close()
        except BaseException:
            if replaced_dir is not None:
                _move_back(replaced_dir, data_dir)
            raise
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return RestoreResult(replaced_dir, backup.schema_version, reerased)


def _erased_codes_of(vault: Vault) -> tuple[str, ...]:
    """The erased-codes list of the vault about to be replaced. Read without its key: the
    entries are keyed hashes, so an edited list can only fail to match, never erase a
    family the user kept."""
    try:
        return vault.load_envelope(check_salt=False).erased
    except Exception:  # a damaged vault being replaced by its backup: nothing to carry
        return ()


def _move_aside(vault: Vault) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = paths.ensure_private_dir(vault.data_dir / f"replaced-{stamp}-{secrets.token_hex(3)}")
    for file in vault.vault_files():
        os.replace(file, aside / file.name)
    fsync_dir(aside)
    fsync_dir(vault.data_dir)
    return aside


def _move_back(aside: Path, data_dir: Path) -> None:
    for name in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        with contextlib.suppress(OSError):
            (data_dir / name).unlink()
    for file in aside.iterdir():
        os.replace(file, data_dir / file.name)
    fsync_dir(data_dir)
    with contextlib.suppress(OSError):
        aside.rmdir()
