"""Small pieces the dialogs share: embedding a form, message colours, a non-blocking note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from ripartire_desktop.gui.forms import load_form
from ripartire_desktop.gui.palette import ERROR_STYLE, OK_STYLE

__all__ = ["ERROR_STYLE", "OK_STYLE", "embed_form", "note", "say"]


def embed_form(dialog: QDialog, name: str) -> QWidget:
    """Load `ui/<name>.ui` as the whole content of `dialog`."""
    form = load_form(name, dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(form)
    return form


def say(label: QLabel, text: str, *, error: bool = False, ok: bool = False) -> None:
    """Show `text` in a message label (hidden when empty, so it takes no room)."""
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
    label.setVisible(bool(text))


def note(parent: QWidget, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block the caller (tests read `.text()`)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
