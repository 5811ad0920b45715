"""Asks for one secret (the passphrase, or a recovery key) before a sensitive operation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from ripartire_desktop.gui.dialogs.common import action_row, embed_form, refuse, say
from ripartire_desktop.gui.forms import child


class SecretsDialog(QDialog):
    """A dialog where secrets are typed and handed to the caller, which checks them off the GUI
    thread and answers with `show_error` (the dialog stays open) or `accept`. While it waits,
    the widgets of `_while_busy` are disabled (Esc and Cancel close it only while Cancel is
    enabled); the `_secrets` typed never outlive the dialog. Subclasses set the four
    attributes."""

    message: QLabel
    cancel_button: QPushButton
    _secrets: tuple[QLineEdit, ...]
    _while_busy: tuple[QWidget, ...]

    def set_busy(self, busy: bool) -> None:
        for widget in self._while_busy:
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """Say why, and select the first secret to type it again."""
        self.set_busy(False)
        refuse(self.message, text, self._secrets[0])

    def reject(self) -> None:
        if self.cancel_button.isEnabled():
            super().reject()

    def clear(self) -> None:
        for field in self._secrets:
            field.clear()
        say(self.message, "")

    def done(self, result: int) -> None:
        self.clear()  # the secrets never outlive the dialog
        super().done(result)


class SecretDialog(SecretsDialog):
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
        form = embed_form(self, "dialog_secret", title, modal=True)
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
        self._secrets = (self.secret,)
        self._while_busy = (self.ok_button, self.secret)
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
