"""What the Settings sections share: the dialogs they keep track of, vault work run with the
session suspended, the wording of a wrong secret, a group of their own in the Settings form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QDialog, QWidget

from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.tracked import OpenDialogs
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.store.errors import (
    InvalidRecoveryKeyError,
    UnlockThrottledError,
    WrongSecretError,
)
from ripartire_desktop.usecases.session import Suspended


def wrong_secret_message(exc: BaseException, wrong: str) -> str:
    """`wrong` (the caller's wording) for a wrong secret; describe_error for anything else."""
    if isinstance(exc, WrongSecretError) and not isinstance(
        exc, InvalidRecoveryKeyError | UnlockThrottledError
    ):
        return wrong
    return describe_error(exc)


def group_before_security(form: QWidget, name: str) -> QWidget:
    """Load `ui/<name>.ui` (a group box) into the Settings `form`, just above its Security
    group, and return it."""
    box = load_form(name, form)
    security = child(form, QWidget, "securityBox")
    holder = security.parentWidget()
    layout = holder.layout() if holder is not None else None
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(layout.indexOf(security), box)
    return box


class Section(QObject):
    """A group box of the Settings view and the dialogs it opened: each is closed (and the
    secrets typed in it cleared) when the vault locks. `SLOTS` name the attributes holding
    the latest dialog of each kind while it is open (None once closed)."""

    SLOTS: tuple[str, ...] = ()

    def __init__(self, *, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = parent
        self._session = session
        self.dialogs = OpenDialogs(on_closed=self._forget)

    def close_dialogs(self) -> None:
        # done() and not reject(): a busy dialog closes too, and clears the secrets typed in it
        self.dialogs.close_all(lambda dialog: dialog.done(QDialog.DialogCode.Rejected))

    def track(self, dialog: QDialog) -> None:
        self.dialogs.track(dialog)

    def _forget(self, dialog: QDialog) -> None:
        for name in self.SLOTS:
            if getattr(self, name) is dialog:
                setattr(self, name, None)

    def run_key_work(
        self,
        work: Callable[[Suspended], object],
        *,
        purpose: str,
        on_done: Callable[[object, bool], None],
        on_failed: Callable[[BaseException, bool], None],
        progress: ProgressDialog | None = None,
        reopen_when_done: bool = True,
    ) -> bool:
        """Suspend the session (its files are about to change), run `work` on a worker thread,
        reopen with the key it left (or the old one if it failed), then call back with whether
        the session reopened (False: the app must lock). `progress` is shown meanwhile.
        `reopen_when_done=False`: a restore, after which the app locks and the restored vault
        is unlocked with its own secret. False, doing nothing, when locked meanwhile."""
        session = self._session
        suspended = session.core.suspend()
        if suspended is None:
            return False

        def done(result: object) -> None:
            reopened = reopen_when_done and session.resume(suspended, f"settings: after {purpose}")
            on_done(result, reopened)

        def failed(exc: BaseException) -> None:
            on_failed(exc, session.resume(suspended, f"settings: after failed {purpose}"))

        if progress is not None:
            self.track(progress)
        session.tasks.run(lambda _progress: work(suspended), on_success=done, on_failure=failed)
        if progress is not None:
            progress.open()
        return True

    def conclude(
        self, progress: ProgressDialog, text: str, *, ok: bool, reopened: bool, locking: str
    ) -> None:
        """Show how work on the key files ended. If the vault could not be reopened, add
        `locking` (it will lock) and ask the application to lock once the dialog is closed."""
        if not reopened:
            text += " " + locking
            progress.finished.connect(lambda _r: self._session.lock_requested.emit())
        if ok:
            progress.succeed(text)
        else:
            progress.fail(text)
