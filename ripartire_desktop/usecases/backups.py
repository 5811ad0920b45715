"""Backup use cases: back up, verify, open a backup and restore it.

Each runs on any thread: the window calls them on a worker thread, the command line in a row.
A backup and a check of the open vault work through a private opening of its files (a
SQLCipher connection stays in its thread); a restore needs the vault closed first
(`VaultSession.suspend` in the window; the command line never opened it).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ripartire_desktop.store import backup as store_backup
from ripartire_desktop.store.backup import BackupFile, RestoreResult, VerifyReport
from ripartire_desktop.store.errors import UnlockThrottledError, VaultError, WrongSecretError
from ripartire_desktop.usecases.compose import sibling_vault
from ripartire_desktop.usecases.keys import private_opening
from ripartire_desktop.usecases.session import Opening, VaultSession

# The name of the opening for a backup file's own key (never an unlock of this vault).
BACKUP_METHOD = "backup"


def back_up(session: VaultSession, target: Path) -> int:
    """Write a backup of the unlocked vault to `target` (never over an existing file), with
    its audit entry, and read it back: a stick that lost the write shows up now, not on
    restore day. Returns the size written."""
    if target.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    with private_opening(session.vault, session.vault.data_key, "backup") as vault:
        size = store_backup.write_backup(vault, target)
    store_backup.inspect_backup(target)
    return size


def verify(session: VaultSession, opening: Opening | None = None) -> VerifyReport:
    """Check the vault's files, writing nothing: a damaged vault is left exactly as found.

    Without `opening` the unlocked session's key is used (the window). With one (the command
    line, the vault still locked), a sound vault is then opened once, so the audit log records
    the check as an unlock ("verify"), and locked again."""
    if opening is None:
        return store_backup.verify_files(sibling_vault(session.vault), [session.vault.data_key])
    report = store_backup.verify_files(session.vault, list(opening.candidates))
    if report.ok:
        session.unlock(opening, method="verify")
        session.lock()
    return report


def inspect(path: Path) -> BackupFile:
    """The backup's header: quick, no secret needed."""
    return store_backup.inspect_backup(path)


def open_backup(
    session: VaultSession, backup: BackupFile, secret: str, *, recovery_key: bool
) -> Opening:
    """The backup's own key, from the passphrase of its day or the recovery key. Guesses made
    through a restore over a vault count against that vault's unlock throttle (a restore into
    an empty folder has no throttle to count against; SECURITY.md says what it is and is not)."""
    throttle = session.vault.throttle if session.exists() else None
    wait = throttle.wait_time() if throttle is not None else 0.0
    if wait > 0:
        raise UnlockThrottledError(wait)
    try:
        if recovery_key:
            key = store_backup.backup_key_from_recovery(backup, secret)
        else:
            key = store_backup.backup_key_from_passphrase(backup, secret)
    except WrongSecretError:
        if throttle is not None:
            throttle.record_failure()
        raise
    return Opening(BACKUP_METHOD, (key,))


def restore(
    session: VaultSession, backup: BackupFile, opening: Opening, *, force: bool
) -> RestoreResult:
    """Replace the vault in the session's folder with `backup` (checked first; the current
    vault is moved aside, never deleted). The session's connection must be closed."""
    if session.vault.is_unlocked:
        raise VaultError("The vault must be closed before a restore replaces its files.")
    if opening.method != BACKUP_METHOD:
        raise VaultError("A restore needs the backup's own key (usecases.backups.open_backup).")
    return store_backup.restore_backup(session.vault, backup, opening.candidates[0], force=force)
