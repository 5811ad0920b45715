"""Answering dialogs as a user would: the confirmation of a heavy step (gui/dialogs/confirm.py)
and the Save of a record's dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox


def step_button(box: QMessageBox) -> QAbstractButton:
    return next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )


def confirm(qtbot, box: QMessageBox | None) -> None:  # type: ignore[no-untyped-def]
    """Check that Cancel is what Enter would press, then click the step itself."""
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(step_button(box), Qt.MouseButton.LeftButton)


def save_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
    """Press Save in a record's dialog (gui/views/family_dialogs.FormDialog and its kin)."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
