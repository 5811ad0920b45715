"""Confirmation for heavy or irreversible steps (restore, key rotation, clearing text): Cancel
is the default and Escape button, the step itself never sits on a default button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget


def ask_to_confirm(
    parent: QWidget, *, title: str, text: str, action: str, then: Callable[[], None]
) -> QMessageBox:
    """A window-modal question that calls `then()` only if `action` is clicked; Enter and
    Escape both cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    go.setAutoDefault(False)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.buttonClicked.connect(lambda button: then() if button is go else None)
    box.open()
    return box


def without_default_button(dialog: QDialog) -> None:
    """No button of `dialog` answers Enter: the heavy step takes a deliberate click."""
    for button in dialog.findChildren(QPushButton):
        button.setDefault(False)
        button.setAutoDefault(False)
