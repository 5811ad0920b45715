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
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.store.vault_lock import Holder, VaultLock
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.session import Opening, Suspended, VaultSession

WINDOW_HOLDER = "the Ripartire window"


class Session(QObject):
    """The Qt face of a `VaultSession`: the same lock state, told as signals to the views."""

    unlocked = Signal()
    locked = Signal()
    # The vault is about to lock and is still open: views keep unsaved edits in it now.
    about_to_lock = Signal()
    # Something was saved; the `Changes` says what, so each view refreshes only what concerns it.
    records_changed = Signal(object)
    # The key files changed and the vault could not be reopened: the application locks.
    lock_requested = Signal()
    # A backup replaced the vault on disk: the application locks, then unlocks the new one.
    restore_completed = Signal()
    # Minutes of inactivity before the vault locks, after a save that changed them.
    idle_lock_changed = Signal(int)

    def __init__(self, *, vault: Vault, tasks: BackgroundTasks, demo_passphrase: str = "") -> None:
        super().__init__()
        self.core = VaultSession(vault, holder=WINDOW_HOLDER)
        self.vault = vault
        self.tasks = tasks
        self.demo_passphrase = demo_passphrase
        self.clipboard = ClipboardGuard(self)

    @property
    def process_lock(self) -> VaultLock:
        return self.core.process_lock

    @property
    def is_unlocked(self) -> bool:
        return self.core.is_unlocked

    @property
    def records(self) -> Records:
        return self.core.records

    def claim(self) -> Holder | None:
        return self.core.claim()

    def unclaim(self) -> None:
        self.core.unclaim()

    @property
    def audit_problem(self) -> str | None:
        return self.core.audit_problem

    def opened(self) -> None:
        """Called once the vault has been unlocked by any means."""
        self.core.opened()
        self.unlocked.emit()

    def unlock(self, opening: Opening) -> None:
        """Open with a secret checked on a worker thread (`core.check_passphrase`...)."""
        self.core.unlock(opening)
        self.unlocked.emit()

    def unlock_with_remembered(self) -> bool:
        if not self.core.unlock_with_remembered():
            return False
        self.unlocked.emit()
        return True

    def resume(self, suspended: Suspended, purpose: str) -> bool:
        """Reopen after the files changed (see `VaultSession.suspend`); False: lock now."""
        if not suspended.resume(purpose):
            return False
        if self.core.is_unlocked:
            self.unlocked.emit()
        return True

    def lock(self) -> None:
        if self.core.is_unlocked:
            self.about_to_lock.emit()
            self.clipboard.clear_now()
        if self.core.lock():
            self.locked.emit()

    def saved(self, changes: Changes | None = None) -> None:
        self.records_changed.emit(changes if changes is not None else Changes.everything())

    def audit(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        self.core.audit(action, family_code=family_code, detail=detail)

    def in_background(
        self,
        work: Callable[[Connection, Callable[[int, int], None]], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run `work(connection, progress)` on a worker thread with its own connection."""
        core = self.core

        def job(progress: Callable[[int, int], None]) -> Any:
            conn = core.worker_connection()
            try:
                return work(conn, progress)
            finally:
                conn.close()

        self.tasks.run(job, on_success=on_success, on_failure=on_failure, on_progress=on_progress)
