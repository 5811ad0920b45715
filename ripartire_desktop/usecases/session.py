"""The unlocked vault as every use case sees it: the only owner of the lock state.

The window and the command line ask a `VaultSession` whether the vault is unlocked, never the
vault itself, and hand it to the use cases; the `Vault` (and the key bytes inside it) stays
behind this object.
"""

from __future__ import annotations

from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.errors import VaultLockedError
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.store.vault_lock import Holder, VaultLock, read_holder


class VaultSession:
    def __init__(self, vault: Vault, *, holder: str) -> None:
        self.vault = vault
        self._records: Records | None = None
        # One process at a time: whoever unlocks holds the vault's OS lock until it locks.
        self.process_lock = VaultLock(vault.data_dir, what=holder)

    @property
    def is_unlocked(self) -> bool:
        return self._records is not None

    @property
    def records(self) -> Records:
        if self._records is None:
            raise VaultLockedError("The vault is locked.")
        return self._records

    def claim(self) -> Holder | None:
        """Take the vault's lock before unlocking. None: taken (or already ours); otherwise
        the other holder, as its note names it (the vault must then stay locked here)."""
        try:
            if self.process_lock.try_acquire():
                return None
        except OSError:
            # The folder vanished or cannot be opened: the unlock itself then fails with the
            # vault's own message (no vault, read-only...), which says more than the lock could.
            return None
        return read_holder(self.vault.data_dir) or Holder(0, "another Ripartire process", "")

    def unclaim(self) -> None:
        """Give the lock back after an unlock that did not happen (wrong passphrase...)."""
        if not self.vault.is_unlocked:
            self.process_lock.release()

    def opened(self) -> None:
        """Called once the vault has been unlocked by any means."""
        self._records = Records(self.vault.connection)

    def lock(self) -> bool:
        """Lock and give the process lock back; False when it was not unlocked."""
        if self._records is None and not self.vault.is_unlocked:
            self.process_lock.release()
            return False
        self._records = None
        try:
            self.vault.lock()
        finally:
            self.process_lock.release()
        return True

    def audit(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        self.vault.record(action, family_code=family_code, detail=detail)

    def worker_connection(self) -> Connection:
        """A connection of its own for a worker thread (closed by the caller)."""
        return self.vault.open_worker_connection()
