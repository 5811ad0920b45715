"""Restore a backup: which one, from when, with which secret, and what happens to the current
vault (moved aside, never deleted)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget

from ripartire_desktop.gui.dialogs.common import ERROR_STYLE, action_row, embed_form, say
from ripartire_desktop.gui.dialogs.secret import SecretsDialog
from ripartire_desktop.gui.forms import child
from ripartire_desktop.store.backup import BackupFile


def backup_date(created: str) -> str:
    """The backup's UTC timestamp in local time, as the locale writes it ("" if unreadable)."""
    try:
        moment = datetime.fromisoformat(created).astimezone()
    except ValueError:
        return created
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    day = locale.toString(stamp.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)}"


class RestoreDialog(SecretsDialog):
    """Emits `submitted(use_recovery_key, secret)`; the caller derives the key off the GUI
    thread and answers with `show_error` (stays open) or `accept`."""

    submitted = Signal(bool, str)

    def __init__(self, backup: BackupFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = backup
        form = embed_form(self, "dialog_restore", self.tr("Restore a backup"), modal=True)
        file_value = child(form, QLabel, "fileValue")
        file_value.setText(backup.path.name)  # chosen a moment ago; the full path on hover
        file_value.setToolTip(str(backup.path))
        child(form, QLabel, "dateValue").setText(backup_date(backup.created))
        warning = child(form, QLabel, "warningLabel")
        warning.setText(
            self.tr(
                "The current vault will be replaced by this backup. It is not deleted: it is "
                "moved aside into a folder named “replaced-…” next to it. Anything entered "
                "after the backup was made is not in the backup. Afterwards Ripartire locks, "
                "and the restored vault opens with the passphrase of the day of the backup or "
                "with the recovery key."
            )
        )
        warning.setStyleSheet(ERROR_STYLE)
        self.passphrase_radio = child(form, QRadioButton, "passphraseRadio")
        self.recovery_radio = child(form, QRadioButton, "recoveryRadio")
        self.secret_label = child(form, QLabel, "secretLabel")
        self.secret = child(form, QLineEdit, "secretEdit")
        self.message, self.restore_button, self.cancel_button = action_row(
            form, "restoreButton", self._submit, self.reject
        )
        self.passphrase_radio.toggled.connect(self._method_changed)
        self._secrets = (self.secret,)
        self._while_busy = (
            self.passphrase_radio,
            self.recovery_radio,
            self.secret,
            self.restore_button,
            self.cancel_button,
        )
        self._method_changed()
        self.setMinimumWidth(560)
        self.secret.setFocus()

    def _method_changed(self) -> None:
        recovery = self.recovery_radio.isChecked()
        self.secret_label.setText(self.tr("Recovery &key") if recovery else self.tr("&Passphrase"))
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password
        )
        self.secret.setPlaceholderText(
            "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if recovery else ""
        )
        self.secret.clear()

    def _submit(self) -> None:
        if not self.restore_button.isEnabled():
            return
        if not self.secret.text():
            say(self.message, self.tr("Type the passphrase or the recovery key first."), error=True)
            self.secret.setFocus()
            return
        self.set_busy(True)
        say(self.message, self.tr("Opening the backup…"))
        self.submitted.emit(self.recovery_radio.isChecked(), self.secret.text())
