"""The unlocked vault as the GUI sees it: records to read and write, and the lock.

Views never keep decrypted data beyond what they show; on `locked` they clear themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ripartire_desktop.gui.clipboard import ClipboardGuard
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.errors import VaultLockedError
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.store.vault_lock import Holder, VaultLock, read_holder
from ripartire_desktop.usecases.changes import Changes

WINDOW_HOLDER = "the Ripartire window"


class Session(QObject):
    unlocked = Signal()
    locked = Signal()
    # Something was saved; the `Changes` says what, so each view refreshes only what concerns it.
    records_changed = Signal(object)

    def __init__(self, *, vault: Vault, tasks: BackgroundTasks, demo_passphrase: str = "") -> None:
        super().__init__()
        self.vault = vault
        self.tasks = tasks
        self.demo_passphrase = demo_passphrase
        self.clipboard = ClipboardGuard(self)
        self._records: Records | None = None
        # One process at a time: the window holds the vault's OS lock while unlocked.
        self.process_lock = VaultLock(vault.data_dir, what=WINDOW_HOLDER)

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
        self.unlocked.emit()

    def lock(self) -> None:
        if self._records is None and not self.vault.is_unlocked:
            self.process_lock.release()
            return
        self._records = None
        self.clipboard.clear_now()
        try:
            self.vault.lock()
        finally:
            self.process_lock.release()
        self.locked.emit()

    def saved(self, changes: Changes | None = None) -> None:
        self.records_changed.emit(changes if changes is not None else Changes.everything())

    def audit(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        self.vault.record(action, family_code=family_code, detail=detail)

    def in_background(
        self,
        work: Callable[[Connection, Callable[[int, int], None]], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run `work(connection, progress)` on a worker thread with its own connection."""
        vault = self.vault

        def job(progress: Callable[[int, int], None]) -> Any:
            conn = vault.open_worker_connection()
            try:
                return work(conn, progress)
            finally:
                conn.close()

        self.tasks.run(job, on_success=on_success, on_failure=on_failure, on_progress=on_progress)
