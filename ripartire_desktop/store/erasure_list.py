"""Erasure that survives a restore: the envelope lists erased codes as keyed hashes.

The hash key lives inside the database (vault_meta), so the list names no one to whoever
reads the envelope, and an edited list can only fail to match: it cannot make a restore
erase a family the user kept.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import connect, scalar, transaction
from ripartire_desktop.store.envelope import AuditHead, Envelope
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.erasure import ErasureReport, erase_family
from ripartire_desktop.store.vault_keys import erased_code_hash

if TYPE_CHECKING:
    from ripartire_desktop.store.backup import BackupFile
    from ripartire_desktop.store.vault import Vault

KEEP_MIGRATION_BACKUPS = 2


@dataclass(frozen=True, slots=True)
class Erased:
    report: ErasureReport
    backups_made: list[str]  # dates of the backups written while the family was in the vault
    local_copies: list[Path]  # files in backups/ that still hold it


def erase(vault: Vault, code: str) -> Erased:
    """Erase one family, add its keyed hash to the envelope, and name the backups that
    still hold it (so the user can replace or destroy them)."""
    conn = vault.connection
    created_on = scalar(conn, "SELECT created_on FROM families WHERE code = ?", (code,))
    since = "" if created_on is None else str(created_on)
    made = [
        str(at)[:10]
        for (at,) in conn.execute(
            "SELECT at FROM audit_log WHERE action = ? AND at >= ? ORDER BY id",
            (AuditAction.BACKUP.value, since),
        )
    ]
    report = erase_family(conn, code)
    digest = erased_code_hash(conn, code)
    if digest is not None and digest not in vault.envelope.erased:
        vault.replace_envelope(replace(vault.envelope, erased=(*vault.envelope.erased, digest)))
    vault.sync_audit_head()
    folder = vault.data_dir / "backups"
    copies = (
        sorted(
            (p for p in folder.glob("*.ripbak") if _date_of(p) >= since[:10]),
            key=lambda p: p.name,
        )
        if folder.is_dir()
        else []
    )
    return Erased(report, made, copies)


def _date_of(path: Path) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat()


def reerase(
    db: Path, key: bytes, backup: BackupFile, erased: set[str]
) -> tuple[Envelope, list[str]]:
    """On a checked backup's database, before it is installed: bring its audit log under the
    keyed chain, erase again every family on the list, record the restore; return the
    envelope to install with it and the codes erased again."""
    conn = connect(db, key)
    codes: list[str] = []
    try:
        version = migrations.current_version(conn)
        if version >= migrations.AUDIT_LOG_VERSION:
            log = AuditLog(conn)
            if not log.is_keyed():
                log.rechain("restored from a backup made before the keyed log")
            for (code,) in conn.execute("SELECT code FROM families ORDER BY code").fetchall():
                if erased_code_hash(conn, str(code)) in erased:
                    erase_family(conn, str(code))
                    codes.append(str(code))
            with transaction(conn):
                detail = f"backup of {backup.created}"
                if codes:
                    detail += f"; {len(codes)} erased families erased again"
                log.record(AuditAction.RESTORE, detail=detail)
            head = AuditHead(*log.head())
        else:
            head = AuditHead()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            db.with_name(db.name + extra).unlink()
    envelope = backup.envelope
    if envelope.version >= 2:
        envelope = replace(envelope, erased=tuple(sorted(erased)), audit=head)
    return envelope, codes


def prune_migration_backups(folder: Path, keep: int = KEEP_MIGRATION_BACKUPS) -> None:
    """Keep the newest `keep` pre-upgrade copies: older ones hold families erased since."""
    copies = sorted(folder.glob("before-migration-*.ripbak"), key=lambda p: p.stat().st_mtime)
    for old in copies[:-keep] if keep else copies:
        with contextlib.suppress(OSError):
            old.unlink()
