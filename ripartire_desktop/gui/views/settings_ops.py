"""The Settings view's vault operations, as plain functions for a worker thread.

sqlcipher3 refuses to use a connection outside the thread that opened it, and `write_backup`,
`verify_vault`, `change_passphrase` and `rotate_key` all work through a `Vault`'s own
connection. So each job opens a private `Vault` on the worker thread with a key the GUI already
holds, and closes it before returning; the GUI thread's connection is never touched here.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from ripartire_desktop.store import backup as backups
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore
from ripartire_desktop.store.vault import Vault


@contextlib.contextmanager
def private_vault(
    data_dir: Path, candidates: list[bytes], purpose: str, keystore: KeyStore | None = None
) -> Iterator[Vault]:
    """A second opening of the unlocked vault on the calling thread, with the key(s) the GUI
    holds. Not a new unlock, so not logged as one: the operation logs itself."""
    vault = Vault(data_dir, keystore=keystore or MemoryKeyStore())
    vault.open_with(candidates, method=purpose, audit=False)
    try:
        yield vault
    finally:
        vault.lock()


def write_backup(data_dir: Path, key: bytes, target: Path) -> int:
    """Write a backup to `target` (never over an existing file) and read it back."""
    if target.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    with private_vault(data_dir, [key], "settings: backup") as vault:
        size = backups.write_backup(vault, target)
    backups.inspect_backup(target)  # a stick that lost the write shows up now, not on restore day
    return size


def verify(data_dir: Path, key: bytes) -> backups.VerifyReport:
    """Check the files without writing to them: a damaged vault is left exactly as found."""
    return backups.verify_files(Vault(data_dir), [key])


def change_passphrase(
    data_dir: Path, candidates: list[bytes], keystore: KeyStore, new: str, kdf_seconds: float
) -> bytes:
    """Rewrap under `new` and re-key the database; return the new data key. The GUI thread's
    connection must be closed first (see rotate_key)."""
    with private_vault(data_dir, candidates, "settings: passphrase change", keystore) as vault:
        vault.change_passphrase(new, kdf_seconds=kdf_seconds)
        return vault.data_key


def new_recovery_key(
    data_dir: Path, candidates: list[bytes], keystore: KeyStore, passphrase: str
) -> tuple[str, bytes]:
    """Replace the recovery key and re-key; return (new recovery key, new data key)."""
    with private_vault(data_dir, candidates, "settings: new recovery key", keystore) as vault:
        recovery = vault.new_recovery_key(passphrase)
        return recovery, vault.data_key


def rotate_key(data_dir: Path, key: bytes, keystore: KeyStore, passphrase: str) -> bytes:
    """Re-encrypt the database under a new key; return the new key. The GUI thread's
    connection must be closed first: a rekey under an open connection would strand it."""
    with private_vault(data_dir, [key], "settings: key rotation", keystore) as vault:
        vault.rotate_key(passphrase)
        return vault.data_key


def backup_key(backup: backups.BackupFile, secret: str, *, recovery_key: bool) -> bytes:
    if recovery_key:
        return backups.backup_key_from_recovery(backup, secret)
    return backups.backup_key_from_passphrase(backup, secret)


def restore(data_dir: Path, backup: backups.BackupFile, key: bytes) -> backups.RestoreResult:
    """Replace the vault in `data_dir` with `backup`; the current one is moved aside."""
    return backups.restore_backup(data_dir, backup, key, force=True)
