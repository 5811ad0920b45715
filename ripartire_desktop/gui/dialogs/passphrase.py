"""Change the passphrase: the current one, the new one twice, with the first-run strength meter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ripartire_desktop.gui import strength
from ripartire_desktop.gui.dialogs.common import action_row, embed_form, say
from ripartire_desktop.gui.dialogs.secret import SecretsDialog
from ripartire_desktop.gui.forms import child


class ChangePassphraseDialog(SecretsDialog):
    """Emits `submitted(current, new)` once the form is complete; the caller does the slow
    Argon2id work off the GUI thread and answers with `show_error` or `accept`."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = embed_form(self, "dialog_passphrase", self.tr("Change passphrase"), modal=True)
        self.current = child(form, QLineEdit, "currentEdit")
        self.twice = strength.NewPassphrase(
            form,
            "newEdit",
            words=(
                self.tr("Type the new passphrase again to confirm."),
                self.tr("The two new passphrases differ."),
                self.tr("The new passphrases match."),
            ),
        )
        self.new, self.confirm = self.twice.edit, self.twice.confirm
        self.message, self.change_button, self.cancel_button = action_row(
            form, "changeButton", self._submit, self.reject
        )
        self._secrets = (self.current, self.new, self.confirm)  # the current one first
        # Cancel too: not while the new envelope is being written.
        self._while_busy = (*self._secrets, self.change_button, self.cancel_button)
        self.confirm.returnPressed.connect(self._submit)
        self.setMinimumWidth(520)

    def _problem(self) -> tuple[str, QLineEdit] | None:
        new = self.new.text()
        if not self.current.text():
            return self.tr("Type the current passphrase."), self.current
        if len(new) < strength.MIN_CHARS:
            return (
                self.tr("The new passphrase needs at least {0} characters.").format(
                    strength.MIN_CHARS
                ),
                self.new,
            )
        rated = strength.assess(new)
        if not rated.acceptable:
            return (
                self.tr("The new passphrase is too easy to guess: {0}").format(
                    strength.advice(rated)
                ),
                self.new,
            )
        if new != self.confirm.text():
            return self.tr("The two new passphrases differ."), self.confirm
        if new == self.current.text():
            return self.tr("The new passphrase is the same as the current one."), self.new
        return None

    def _submit(self) -> None:
        if not self.change_button.isEnabled():
            return
        problem = self._problem()
        if problem is not None:
            text, field = problem
            say(self.message, text, error=True)
            field.setFocus()
            return
        self.set_busy(True)
        say(self.message, self.tr("Changing the passphrase… this takes a few seconds."))
        self.submitted.emit(self.current.text(), self.new.text())

    def show_error(self, text: str, *, wrong_current: bool = False) -> None:
        """A wrong current passphrase is selected to type again; after any other refusal the
        fields stay as they are."""
        if wrong_current:
            super().show_error(text)
        else:
            self.set_busy(False)
            say(self.message, text, error=True)
