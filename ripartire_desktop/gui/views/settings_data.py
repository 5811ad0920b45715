"""The Settings view's Backup and restore section: back up now, restore, verify."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from ripartire_desktop.gui.dialogs.audit import AuditLogDialog
from ripartire_desktop.gui.dialogs.common import note, say
from ripartire_desktop.gui.dialogs.confirm import ask_to_confirm, without_default_button
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.restore import RestoreDialog, backup_date
from ripartire_desktop.gui.dialogs.verify import VerifyReportDialog
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.settings_fields import (
    BACKUP_SUFFIX,
    backup_target,
    default_backup_name,
)
from ripartire_desktop.gui.views.settings_work import (
    Section,
    wrong_secret_message,
)
from ripartire_desktop.store.backup import BackupFile, RestoreResult, VerifyReport
from ripartire_desktop.usecases import backups
from ripartire_desktop.usecases.session import Opening


class DataSection(Section):
    """Drives the buttons of the Backup and restore group box of `ui/settings.ui`."""

    SLOTS = ("progress_dialog", "verify_dialog", "restore_dialog", "audit_dialog", "confirm_box")

    def __init__(self, *, form: QWidget, session: Session, parent: QWidget) -> None:
        super().__init__(session=session, parent=parent)
        self.folder_label = child(form, QLabel, "dataFolderLabel")
        self.message = child(form, QLabel, "dataMessage")
        self.backup_button = child(form, QPushButton, "backupButton")
        self.restore_button = child(form, QPushButton, "restoreButton")
        self.verify_button = child(form, QPushButton, "verifyButton")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore)
        self.verify_button.clicked.connect(self.verify)
        self.audit_button = child(form, QPushButton, "auditButton")
        self.audit_button.clicked.connect(self.show_audit_log)
        self.audit_dialog: AuditLogDialog | None = None
        # The latest dialog of each kind while it is open (None once closed).
        self.progress_dialog: ProgressDialog | None = None
        self.verify_dialog: VerifyReportDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.confirm_box: QMessageBox | None = None  # "replace the vault?", before the secret
        self.message_box: QMessageBox | None = None
        self._folder = Path.home()  # where the last backup went, in this session only
        say(self.message, "")

    def refresh(self) -> None:
        self.folder_label.setText(
            self.tr("Vault folder: {0}").format(str(self._session.core.data_dir))
        )

    def clear(self) -> None:
        self.folder_label.clear()
        say(self.message, "")
        self.close_dialogs()
        if self.message_box is not None:
            self.message_box.close()
            self.message_box = None

    def _note(self, title: str, text: str) -> None:
        self.message_box = note(self._view, title, text, warning=True)

    # --- the audit log ---------------------------------------------------------------------

    def show_audit_log(self) -> AuditLogDialog:
        """Read-only; closed (and emptied) when the vault locks, like every dialog here."""
        if self.audit_dialog is not None:
            self.audit_dialog.reload()
            self.audit_dialog.raise_()
            return self.audit_dialog
        dialog = AuditLogDialog(self._session.records, self._view)
        self.track(dialog)
        self.audit_dialog = dialog
        dialog.show()
        return dialog

    # --- back up -------------------------------------------------------------------------

    def back_up(self) -> None:
        folder = self._folder if self._folder.is_dir() else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self._view,
            self.tr("Back up the vault: choose a file or folder, for example on a USB stick"),
            str(folder / default_backup_name(folder)),
            self.tr("Ripartire backups (*{0})").format(BACKUP_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        target = backup_target(Path(chosen))
        title = self.tr("Back up now")
        if target.exists():
            self._note(
                title,
                self.tr("{0} already exists: choose another name. Nothing was written.").format(
                    str(target)
                ),
            )
            return
        if not target.parent.is_dir():
            self._note(
                title,
                self.tr("The folder {0} does not exist (was the USB stick removed?).").format(
                    str(target.parent)
                ),
            )
            return
        self._folder = target.parent
        core = self._session.core
        progress = ProgressDialog(
            title, self.tr("Writing the backup to {0}…").format(str(target)), self._view
        )
        self.track(progress)
        self.progress_dialog = progress
        progress.open()

        def written(size: int) -> None:
            size_text = QLocale().formattedDataSize(size)
            text = self.tr(
                "Backup written to {0} ({1}). It opens with today's passphrase or with the "
                "recovery key. Keep the USB stick somewhere safe, away from this computer."
            ).format(str(target), size_text)
            progress.succeed(text)
            say(self.message, text, ok=True)

        def failed(exc: BaseException) -> None:
            progress.fail(describe_error(exc))

        self._session.tasks.run(
            lambda _progress: backups.back_up(core, target),
            on_success=written,
            on_failure=failed,
        )

    # --- verify --------------------------------------------------------------------------

    def verify(self) -> None:
        core = self._session.core
        dialog = VerifyReportDialog(self._view)
        self.track(dialog)
        self.verify_dialog = dialog
        dialog.open()

        def checked(report: VerifyReport) -> None:
            dialog.show_report(report)
            if report.ok:
                say(self.message, self.tr("Verify vault: the vault is sound."), ok=True)
            else:
                say(
                    self.message,
                    self.tr("Verify vault: the vault is damaged. Restore the latest backup."),
                    error=True,
                )

        self._session.tasks.run(
            lambda _progress: backups.verify(core),
            on_success=checked,
            on_failure=lambda exc: dialog.show_failure(describe_error(exc)),
        )

    # --- restore -------------------------------------------------------------------------

    def restore(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._view,
            self.tr("Choose the backup to restore"),
            str(self._folder if self._folder.is_dir() else Path.home()),
            self.tr("Ripartire backups (*{0});;All files (*)").format(BACKUP_SUFFIX),
        )
        if not chosen:
            return
        try:
            backup = backups.inspect(Path(chosen))  # the header only: quick, no secret needed
        except Exception as exc:
            self._note(self.tr("Restore"), describe_error(exc))
            return
        self.confirm_box = ask_to_confirm(
            self._view,
            title=self.tr("Restore"),
            text=self.tr(
                "Replace the current vault with the backup of {0}? Anything entered after that "
                "day is not in the backup. The current vault is moved aside, not deleted."
            ).format(backup_date(backup.created)),
            action=self.tr("Replace the vault…"),
            then=lambda: self._ask_restore_secret(backup),
        )
        self.track(self.confirm_box)

    def _ask_restore_secret(self, backup: BackupFile) -> None:
        dialog = RestoreDialog(backup, self._view)
        without_default_button(dialog)  # the restore takes a click, never an Enter
        self.track(dialog)
        self.restore_dialog = dialog
        dialog.submitted.connect(
            lambda recovery, secret: self._open_backup(dialog, recovery, secret)
        )
        dialog.open()

    def _open_backup(self, dialog: RestoreDialog, recovery: bool, secret: str) -> None:
        backup = dialog.backup
        wrong = (
            self.tr("That recovery key does not open this backup.")
            if recovery
            else self.tr(
                "Wrong passphrase for this backup: it opens with the passphrase in use on the "
                "day it was made, or with the recovery key."
            )
        )
        core = self._session.core
        self._session.tasks.run(
            lambda _progress: backups.open_backup(core, backup, secret, recovery_key=recovery),
            on_success=lambda opening: self._restore(dialog, backup, opening),
            on_failure=lambda exc: dialog.show_error(wrong_secret_message(exc, wrong)),
        )

    def _restore(self, dialog: RestoreDialog, backup: BackupFile, opening: Opening) -> None:
        dialog.accept()
        progress = ProgressDialog(
            self.tr("Restore"),
            self.tr("Checking the backup and putting it in place… Please do not switch off."),
            self._view,
        )
        self.progress_dialog = progress

        def restored(result: object, _reopened: bool) -> None:
            assert isinstance(result, RestoreResult)
            text = self.tr("The backup of {0} was restored.").format(backup_date(backup.created))
            if result.reerased:
                text += " " + self.tr(
                    "Families erased since the backup was made were erased again: {0}."
                ).format(", ".join(result.reerased))
            if result.replaced_dir is not None:
                text += " " + self.tr(
                    "The vault it replaced is kept in {0}: delete it only when you are sure "
                    "nothing in it is missing from the restored one."
                ).format(str(result.replaced_dir))
            text += "\n\n" + self.tr(
                "Ripartire now locks: unlock the restored vault with the passphrase of the "
                "day of the backup, or with the recovery key."
            )
            progress.succeed(text)
            progress.finished.connect(lambda _result: self._session.restore_completed.emit())

        def failed(exc: BaseException, reopened: bool) -> None:
            text = describe_error(exc) + " " + self.tr("The current vault was left as it was.")
            locking = self.tr("Ripartire will lock: unlock it again.")
            self.conclude(progress, text, ok=False, reopened=reopened, locking=locking)

        core = self._session.core
        # Its files are about to be moved aside: the session is suspended meanwhile.
        self.run_key_work(
            lambda _work: backups.restore(core, backup, opening, force=True),
            progress=progress,
            purpose="restore",
            on_done=restored,
            on_failed=failed,
            reopen_when_done=False,
        )
