"""The unlocked vault as every use case sees it: the only owner of the lock state.

The window and the command line ask a `VaultSession` whether the vault is unlocked, never the
vault itself, and hand it to the use cases; the `Vault` (and the key bytes inside it) stays
behind this object. Unlocking is two steps so a window can run the slow one (Argon2id) on a
worker thread: `check_passphrase` / `check_recovery_key` give an `Opening`, which `unlock`
then opens on the caller's thread. An `Opening` carries the key out of sight (no repr).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.errors import VaultError, while_unlocked
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.store.vault_lock import Holder, VaultLock, read_holder


@dataclass(frozen=True, slots=True)
class Opening:
    """Proof that a secret opens this vault: the data key(s) it unwrapped, kept here."""

    method: str  # how it was proved, as the audit log's unlock entry names it
    candidates: tuple[bytes, ...] = field(repr=False)


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
        return while_unlocked(self._records)

    @property
    def data_dir(self) -> Path:
        return self.vault.data_dir

    @property
    def audit_problem(self) -> str | None:
        """Set at unlock when the audit log does not match the envelope's record of it."""
        return self.vault.audit_problem

    @property
    def vault_id(self) -> str:
        """The open vault's public id (names its releases in the ledger and its bundles)."""
        return self.vault.vault_id

    @property
    def created(self) -> str:
        """When the open vault was created (ISO date and time, from its key envelope)."""
        return self.vault.envelope.created

    def exists(self) -> bool:
        return self.vault.exists()

    def check_files(self, *, check_salt: bool = False) -> None:
        """Report damaged or missing files (no vault, no envelope...) before any secret is
        asked; the database salt is compared once the envelope is authenticated, unless
        `check_salt`."""
        self.vault.load_envelope(check_salt=check_salt)

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

    # --- unlocking -------------------------------------------------------------------------

    def check_passphrase(self, passphrase: str) -> Opening:
        """The slow step (Argon2id), on any thread; a wrong passphrase counts against the
        unlock throttle (UnlockThrottledError while it holds)."""
        return Opening("passphrase", tuple(self.vault.keys_from_passphrase(passphrase)))

    def check_recovery_key(self, text: str) -> Opening:
        return Opening("recovery key", tuple(self.vault.keys_from_recovery_key(text)))

    def current_opening(self, method: str) -> Opening:
        """The open vault's own key, as an `Opening` that reopens it after it is locked."""
        return Opening(method, (self.vault.data_key,))

    def unlock(self, opening: Opening, *, method: str | None = None) -> None:
        """Open with a checked secret on the caller's thread (logged as an unlock)."""
        self.vault.open_with(list(opening.candidates), method=method or opening.method)
        self.opened()

    def unlock_with_passphrase(self, passphrase: str) -> None:
        self.unlock(self.check_passphrase(passphrase))

    def unlock_with_recovery_key(self, text: str) -> None:
        self.unlock(self.check_recovery_key(text))

    def unlock_with_remembered(self) -> bool:
        """Open with the key remembered on this computer; False means "ask for the secret"."""
        if not self.vault.unlock_with_remembered():
            return False
        self.opened()
        return True

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

    # --- remembered on this computer --------------------------------------------------------

    def is_remembered(self) -> bool:
        return self.vault.is_remembered()

    def remember(self) -> bool:
        """Keep the data key in the OS credential store; False when none is usable."""
        return self.vault.remember()

    def forget(self) -> None:
        """Drop the remembered key (works while locked too)."""
        self.vault.forget()

    def keystore_backend(self) -> str | None:
        return self.vault.keystore.backend_id()

    # --- the files changing under an open vault ----------------------------------------------

    def suspend(self) -> Suspended | None:
        """Close this thread's connection (still unlocked for the user) so another opening can
        change the files: a re-key, a rotation, a restore. None when it was locked meanwhile."""
        if self._records is None or not self.vault.is_unlocked:
            return None
        suspended = Suspended(self, self.vault.data_key)
        self.vault.lock()
        return suspended

    # --- for the use cases -------------------------------------------------------------------

    def audit(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        self.vault.record(action, family_code=family_code, detail=detail)

    def worker_connection(self) -> Connection:
        """A connection of its own for a worker thread (closed by the caller)."""
        return self.vault.open_worker_connection()


class Suspended:
    """An unlocked session whose connection is closed while its files change. `resume` reopens
    it with the key the work left (`new_key`), or with the key it had if the work failed."""

    def __init__(self, session: VaultSession, key: bytes) -> None:
        self.session = session
        self._old_key = key
        self.new_key: bytes | None = None

    @property
    def key(self) -> bytes:
        """The key the vault had when it was suspended (the work opens its own copy with it)."""
        return self._old_key

    def resume(self, purpose: str) -> bool:
        """Reopen on the caller's thread. False: the files no longer open with the key held
        here, and the caller must lock and ask for the secret again."""
        session = self.session
        if not session.is_unlocked:
            return True  # locked meanwhile (idle lock): the next unlock reads the new files
        key = self.new_key if self.new_key is not None else self._old_key
        try:
            session.vault.open_with([key], method=purpose)
        except VaultError:
            return False
        session.opened()
        return True
