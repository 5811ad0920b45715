"""The dialogs of the family view's tabs: a non-blocking question, and a dialog over one form
that validates, shows errors under their fields, and stores only a valid value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.domain import ValidationError
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.views.family_fields import FieldError, FieldErrors, message_for


def confirm(parent: QWidget, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal question that does not block the event loop; `on_yes` runs on Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FamilyForms", "Please confirm"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(on_yes)
    box.open()
    return box


class FormDialog(QDialog):
    """A dialog over one `ui/<form>.ui`: Save validates, shows errors, and writes only if valid.

    Subclasses implement `value()` (builds the domain object, raising ValidationError or
    FieldError); the tab passes `store(value)` which writes it. The dialog closes on success.
    """

    def __init__(
        self, form_name: str, title: str, store: Callable[[Any], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.errors = FieldErrors()
        self.message = child(self.form, QLabel, "messageLabel")
        self.message.setStyleSheet(palette.ERROR_STYLE)
        self.message.hide()
        self.buttons = child(self.form, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._store = store

    def value(self) -> Any:
        raise NotImplementedError

    def save(self) -> bool:
        self.errors.clear()
        self.message.hide()
        try:
            value = self.value()
            self._store(value)
        except (ValidationError, FieldError) as exc:
            if not self.errors.show_error(exc):
                text = exc.text if isinstance(exc, FieldError) else message_for(exc)
                self._say(text)
            return False
        except Exception as exc:  # a refused change: say it, keep the dialog open
            self._say(str(exc) or type(exc).__name__)
            return False
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is None:
            button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return button
