"""Key use cases: create a vault, change the passphrase, rotate the data key, issue a new
recovery key. Unlocking, locking and the remembered key are `VaultSession`'s own.

A change of the key files needs the database to itself: the session is first suspended
(`VaultSession.suspend`, on the thread that owns its connection), the work below runs on any
thread in a private opening of the same files, and `Suspended.resume` reopens the session with
the key the work left. The window runs the middle step on a worker thread; the command line
runs all three in a row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ripartire_desktop.store import keys
from ripartire_desktop.store.errors import while_unlocked
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import sibling_vault
from ripartire_desktop.usecases.session import Suspended, VaultSession


def create_vault(
    session: VaultSession,
    passphrase: str,
    *,
    kdf_seconds: float = keys.DEFAULT_TARGET_SECONDS,
    name: str = "",
    role: Role = Role.COUNSELLOR,
    mark: str = "",
) -> str:
    """A new, empty vault in the session's folder (left locked); returns the recovery key,
    to be shown once and never stored. `mark` is the vault's code mark for its life."""
    return session.vault.create(
        passphrase, kdf_seconds=kdf_seconds, name=name, role=role, mark=mark
    )


@contextlib.contextmanager
def private_opening(vault: Vault, key: bytes, purpose: str) -> Iterator[Vault]:
    """A second opening of an unlocked vault's files on the calling thread. Not a new unlock,
    so not logged as one: the operation logs itself."""
    private = sibling_vault(vault)
    private.open_with([key], method=purpose, audit=False)
    try:
        yield private
    finally:
        private.lock()


def change_passphrase(
    work: Suspended,
    new_passphrase: str,
    *,
    kdf_seconds: float = keys.DEFAULT_TARGET_SECONDS,
    rekey: bool = True,
) -> None:
    """A new passphrase and, by default, a new data key, so old copies of the key file and
    old backups stop opening today's data (audit: passphrase change)."""
    with private_opening(work.session.vault, work.key, "passphrase change") as vault:
        vault.change_passphrase(new_passphrase, kdf_seconds=kdf_seconds, rekey=rekey)
        work.new_key = vault.data_key


def new_recovery_key(work: Suspended, passphrase: str) -> str:
    """Replace the recovery key and re-key; returns the new one, to be shown once."""
    with private_opening(work.session.vault, work.key, "new recovery key") as vault:
        recovery = vault.new_recovery_key(passphrase)
        work.new_key = vault.data_key
    return recovery


def rotate_key(work: Suspended, passphrase: str) -> None:
    """Re-encrypt the database under a new random data key (crash-safe: store/vault_keys)."""
    with private_opening(work.session.vault, work.key, "key rotation") as vault:
        vault.rotate_key(passphrase)
        work.new_key = vault.data_key


def suspend_here(session: VaultSession) -> Suspended:
    """Suspend an unlocked session for key work on this same thread (the command line, which
    locks right after instead of resuming)."""
    return while_unlocked(session.suspend())
