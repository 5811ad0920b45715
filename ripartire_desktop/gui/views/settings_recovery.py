"""Settings, Security: issue a new recovery key (the old one stops opening the vault).

Asks for the passphrase (checked off the GUI thread), closes the GUI thread's connection,
replaces the recovery key and re-keys the database in a private vault on a worker thread
(usecases.keys.new_recovery_key), reopens with the new data key, then shows the new key once,
with a button to save its printable sheet.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QPushButton, QWidget

from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.recovery_sheet import RecoverySheetPrinter
from ripartire_desktop.gui.dialogs.secret import SecretDialog
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.session import Session
from ripartire_desktop.usecases import keys

if TYPE_CHECKING:  # it builds this row, and this row asks it for the passphrase
    from ripartire_desktop.gui.views.settings_security import SecuritySection


class NewRecoveryKey(QObject):
    """The "New recovery key…" row of the Security grid and what it starts."""

    def __init__(
        self,
        *,
        form: QWidget,
        session: Session,
        view: QWidget,
        printer: RecoverySheetPrinter,
        section: SecuritySection,
    ) -> None:
        super().__init__(view)
        self._session = session
        self._view = view
        self._printer = printer
        self._section = section  # keeps track of the dialogs, closed when the vault locks
        self.dialog: SecretDialog | None = None
        self.shown: QMessageBox | None = None  # the box showing the new key, while open
        self.button = QPushButton(self.tr("New recovery key…"), form)
        self.button.setObjectName("newRecoveryKeyButton")
        explain = QLabel(
            self.tr(
                "Issues a new recovery key and re-encrypts the vault: the old key and its sheet "
                "stop opening it, and old copies of the key file open only what they held. "
                "Use it if a recovery sheet was lost or seen by someone else."
            ),
            form,
        )
        explain.setWordWrap(True)
        grid = child(form, QGridLayout, "securityGrid")
        row = grid.rowCount()
        grid.addWidget(self.button, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(explain, row, 1)
        self.button.clicked.connect(self.start)

    def start(self) -> SecretDialog:
        dialog = self._section.ask_passphrase(
            title=self.tr("New recovery key"),
            intro=self.tr(
                "A new recovery key replaces the current one, which stops working at once "
                "(and so does its printed sheet). The vault is re-encrypted under a new data "
                "key; this takes a moment. Type the passphrase to go on."
            ),
            action=self.tr("&Replace the recovery key"),
            then=self._replace,
        )
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        return dialog

    def _replace(self, dialog: SecretDialog, passphrase: str) -> None:
        dialog.accept()
        if not self._session.is_unlocked:
            return
        progress = ProgressDialog(
            self.tr("New recovery key"),
            self.tr("Replacing the recovery key and re-encrypting the vault…"),
            self._view,
        )

        def done(recovery: object, reopened: bool) -> None:
            progress.force_close()
            if not reopened:
                self._session.lock_requested.emit()
            self._show(str(recovery))

        def failed(exc: BaseException, reopened: bool) -> None:
            locking = self.tr("Ripartire will lock: unlock it with the passphrase.")
            self._section.conclude(
                progress, describe_error(exc), ok=False, reopened=reopened, locking=locking
            )

        # The re-key needs the database to itself: the session is suspended meanwhile.
        self._section.run_key_work(
            lambda work: keys.new_recovery_key(work, passphrase),
            progress=progress,
            purpose="new recovery key",
            on_done=done,
            on_failed=failed,
        )

    def _show(self, recovery: str) -> None:
        box = QMessageBox(self._view)
        box.setWindowTitle(self.tr("New recovery key"))
        box.setIcon(QMessageBox.Icon.Information)
        groups = recovery.split("-")
        box.setText(
            self.tr(
                "This is the new recovery key, shown only this once. Write it down or save "
                "its sheet, and keep it away from this computer. The old key no longer opens "
                "the vault."
            )
        )
        box.setInformativeText(" ".join(groups[:5]) + "\n" + " ".join(groups[5:]))
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPointSizeF(font.pointSizeF() * 1.4)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(False)  # five groups, then four: as on the sheet
        save = box.addButton(
            self.tr("Save the recovery &sheet…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(self.tr("I have written it down"), QMessageBox.ButtonRole.AcceptRole)
        save.clicked.disconnect()  # keep the box open while the sheet is saved
        save.clicked.connect(lambda: self._save_sheet(recovery))
        box.finished.connect(lambda _r: setattr(self, "shown", None))
        self.shown = box
        box.open()

    def _save_sheet(self, recovery: str) -> None:
        path = self._printer.ask_path()
        if not self._session.is_unlocked:
            return
        if path is None:
            self._show(recovery)  # cancelled: the key must not vanish unseen
            return
        organisation = self._session.records.settings.load().organisation
        self._printer.write(path, recovery, organisation=organisation, created=date.today())
