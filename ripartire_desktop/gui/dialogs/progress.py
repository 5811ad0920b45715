"""A busy dialog for long work (backup, key rotation, restore) that then shows the outcome."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QWidget

from ripartire_desktop.gui.dialogs.common import embed_form, say
from ripartire_desktop.gui.forms import child


class ProgressDialog(QDialog):
    """Window-modal while the work runs (it cannot be cancelled half-way: each operation is
    all or nothing), then a result the user closes. `finished` fires when it is closed."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = embed_form(self, "dialog_progress", title, modal=True)
        self.message = child(form, QLabel, "messageLabel")
        self.bar = child(form, QProgressBar, "progressBar")
        self.result_label = child(form, QLabel, "resultLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        self.message.setText(message)
        say(self.result_label, "")
        self.busy = True
        self._close_button().setEnabled(False)
        self.setMinimumWidth(460)

    def _close_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Close)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def succeed(self, text: str) -> None:
        self._finish(text, error=False)

    def fail(self, text: str) -> None:
        self._finish(text, error=True)

    def _finish(self, text: str, *, error: bool) -> None:
        self.busy = False
        self.bar.hide()
        self.message.hide()  # the result says it all, without repeating the path
        say(self.result_label, text, error=error, ok=not error)
        close = self._close_button()
        close.setEnabled(True)
        close.setFocus()
        self.adjustSize()  # the result is usually longer than the busy message

    def force_close(self) -> None:
        """Hide even while busy (on lock): the work still finishes and reports elsewhere."""
        self.busy = False
        self.reject()

    def reject(self) -> None:
        if not self.busy:  # Esc while busy would hide work that is still running
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
