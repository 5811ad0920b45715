"""Asks for one secret (the passphrase, or a recovery key) before a sensitive operation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from ripartire_desktop.gui.dialogs.common import action_row, embed_form, refuse, say
from ripartire_desktop.gui.forms import child


class SecretDialog(QDialog):
    """Emits `submitted(secret)`; the caller checks it off the GUI thread and answers with
    `show_error` (the dialog stays open) or `accept`."""

    submitted = Signal(str)

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        label: str,
        action: str,
        recovery_key: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        form = embed_form(self, "dialog_secret")
        child(form, QLabel, "introLabel").setText(intro)
        child(form, QLabel, "secretLabel").setText(label)
        self.secret = child(form, QLineEdit, "secretEdit")
        if recovery_key:
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.message, self.ok_button, self.cancel_button = action_row(
            form, "okButton", self._submit, self.reject
        )
        self.ok_button.setText(action)
        self.secret.returnPressed.connect(self._submit)
        self.setMinimumWidth(480)

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if not self.secret.text():
            say(self.message, self.tr("Type it first."), error=True)
            return
        self.set_busy(True)
        say(self.message, self.tr("Checking…"))
        self.submitted.emit(self.secret.text())

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        refuse(self.message, text, self.secret)

    def clear(self) -> None:
        self.secret.clear()
        say(self.message, "")

    def done(self, result: int) -> None:
        self.clear()  # the secret never outlives the dialog
        super().done(result)
