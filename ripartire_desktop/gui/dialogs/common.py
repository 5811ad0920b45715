"""Small pieces the dialogs share: embedding a form, its message line and buttons, message
colours, a non-blocking note, read-only table rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.palette import ERROR_STYLE, OK_STYLE

__all__ = [
    "ERROR_STYLE",
    "OK_STYLE",
    "ROW_HEIGHT",
    "action_row",
    "embed_form",
    "note",
    "ok_button",
    "read_only_rows",
    "refuse",
    "say",
]

ROW_HEIGHT = 24  # pixels, the rows of the short read-only tables


def embed_form(dialog: QDialog, name: str, title: str, *, modal: bool = False) -> QWidget:
    """Load `ui/<name>.ui` as the whole content of `dialog`, whose window says `title`;
    `modal`: window-modal (it blocks its parent window only)."""
    dialog.setWindowTitle(title)
    if modal:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
    form = load_form(name, dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(form)
    return form


def say(label: QLabel, text: str, *, error: bool = False, ok: bool = False) -> None:
    """Show `text` in a message label (hidden when empty, so it takes no room)."""
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
    label.setVisible(bool(text))


def refuse(label: QLabel, text: str, field: QLineEdit) -> None:
    """Say in `label` why what was typed in `field` was refused, and put the cursor back there
    with the text selected, so typing again replaces it."""
    say(label, text, error=True)
    field.selectAll()
    field.setFocus()


def action_row(
    form: QWidget, action: str, on_action: Callable[[], object], on_cancel: Callable[[], object]
) -> tuple[QLabel, QPushButton, QPushButton]:
    """The foot of a dialog form: its message line `messageLabel` (empty, so hidden), the
    button named `action`, which calls `on_action`, and `cancelButton`, which calls
    `on_cancel`. Returns the three."""
    message = child(form, QLabel, "messageLabel")
    button = child(form, QPushButton, action)
    cancel = child(form, QPushButton, "cancelButton")
    button.clicked.connect(on_action)
    cancel.clicked.connect(on_cancel)
    say(message, "")
    return message, button, cancel


def ok_button(buttons: QDialogButtonBox, text: str) -> QPushButton:
    """The OK button of `buttons`, saying `text` (what it does)."""
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert isinstance(button, QPushButton)
    button.setText(text)
    return button


def read_only_rows(table: QTableView) -> None:
    """Nothing edited in place, no row numbers, rows ROW_HEIGHT high (no per-row measuring)."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)


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
