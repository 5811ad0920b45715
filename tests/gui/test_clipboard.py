"""Copying from notes: both editors mark the copy secret and the guard wipes it later."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from ripartire_desktop.gui.clipboard import (
    SECRET_HINT_FORMAT,
    ClipboardGuard,
    SensitivePlainTextEdit,
    SensitiveTextEdit,
)


@pytest.mark.parametrize("editor_class", [SensitivePlainTextEdit, SensitiveTextEdit])
def test_a_copy_is_marked_secret_and_wiped(
    qtbot, editor_class: type[QPlainTextEdit] | type[QTextEdit]
) -> None:
    guard = ClipboardGuard()
    editor = editor_class(guard=guard)  # type: ignore[call-arg]
    qtbot.addWidget(editor)
    editor.setPlainText("Nome Cognome, via Roma 1")
    editor.selectAll()
    editor.copy()
    clipboard = QApplication.clipboard()
    assert clipboard.mimeData().hasFormat(SECRET_HINT_FORMAT)
    assert clipboard.text() == "Nome Cognome, via Roma 1"
    guard.clear_now()
    assert clipboard.text() == ""


def test_a_copy_the_user_made_elsewhere_is_left_alone(qtbot) -> None:
    guard = ClipboardGuard()
    editor = SensitivePlainTextEdit(guard=guard)
    qtbot.addWidget(editor)
    editor.setPlainText("nota")
    editor.selectAll()
    editor.copy()
    QApplication.clipboard().setText("altro")
    guard.clear_now()
    assert QApplication.clipboard().text() == "altro"
