"""The pieces the dialogs share (gui/dialogs/common.py), on the real forms that use them."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from ripartire_desktop.gui.dialogs.common import (
    ERROR_STYLE,
    ROW_HEIGHT,
    action_row,
    embed_form,
    ok_button,
    read_only_rows,
    refuse,
)
from ripartire_desktop.gui.forms import child

LEFT = Qt.MouseButton.LeftButton


def test_the_action_row_finds_the_foot_of_a_form_and_wires_its_two_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = embed_form(dialog, "dialog_secret", "Verify")
    child(form, QLabel, "messageLabel").setText("left over")
    pressed: list[str] = []
    message, action, cancel = action_row(
        form, "okButton", lambda: pressed.append("ok"), lambda: pressed.append("cancel")
    )
    assert message is child(form, QLabel, "messageLabel")
    assert action is child(form, QPushButton, "okButton")
    assert cancel is child(form, QPushButton, "cancelButton")
    assert message.text() == "" and message.isHidden()  # an empty message takes no room
    dialog.show()
    qtbot.mouseClick(action, LEFT)
    qtbot.mouseClick(cancel, LEFT)
    assert pressed == ["ok", "cancel"]


def test_a_refusal_is_said_in_red_and_the_refused_text_is_selected_to_type_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = embed_form(dialog, "dialog_secret", "Verify")
    message = child(form, QLabel, "messageLabel")
    field = child(form, QLineEdit, "secretEdit")
    other = child(form, QPushButton, "cancelButton")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setText("sbagliata")
    other.setFocus()
    refuse(message, "Wrong passphrase.", field)
    assert (message.text(), message.styleSheet(), message.isVisible()) == (
        "Wrong passphrase.",
        ERROR_STYLE,
        True,
    )
    assert field.selectedText() == "sbagliata"
    qtbot.waitUntil(field.hasFocus)


def test_the_ok_button_says_what_it_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    button = ok_button(buttons, "Add to the team")
    assert button is buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Add to the team"


def test_read_only_rows_are_fixed_unnumbered_and_not_editable(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStringListModel(["uno", "due"], table))
    read_only_rows(table)
    rows = table.verticalHeader()
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert rows.isHidden()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert rows.defaultSectionSize() == ROW_HEIGHT == 24


def test_a_secrets_dialog_waits_then_refuses_and_never_keeps_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ripartire_desktop.gui.dialogs.passphrase import ChangePassphraseDialog
    from ripartire_desktop.gui.dialogs.secret import SecretDialog

    ask = SecretDialog(title="Verify", intro="Type it", label="&Passphrase", action="&Go")
    qtbot.addWidget(ask)
    ask.show()
    ask.secret.setText("non questa")
    ask.set_busy(True)
    assert not ask.secret.isEnabled() and not ask.ok_button.isEnabled()
    assert ask.cancel_button.isEnabled()  # asking for one secret can always be given up
    ask.show_error("Wrong passphrase.")
    assert ask.secret.isEnabled() and ask.ok_button.isEnabled()
    assert ask.secret.selectedText() == "non questa" and ask.message.text() == "Wrong passphrase."
    ask.reject()
    assert not ask.isVisible() and ask.secret.text() == "" and ask.message.isHidden()

    change = ChangePassphraseDialog()
    qtbot.addWidget(change)
    change.show()
    for field, text in ((change.current, "vecchia"), (change.new, "nuova"), (change.confirm, "x")):
        field.setText(text)
    change.set_busy(True)
    assert not any(
        widget.isEnabled()
        for widget in (change.current, change.new, change.confirm, change.change_button)
    )
    change.reject()  # Esc while the new envelope is written
    assert change.isVisible() and change.current.text() == "vecchia"
    change.show_error("Too slow.")
    assert change.cancel_button.isEnabled() and change.current.selectedText() == ""
    change.show_error("Wrong.", wrong_current=True)
    assert change.current.selectedText() == "vecchia"
    change.done(QDialog.DialogCode.Rejected)
    assert [f.text() for f in (change.current, change.new, change.confirm)] == ["", "", ""]


def test_an_embedded_form_fills_the_dialog_under_its_title_modal_when_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    plain, modal = QDialog(), QDialog()
    for dialog in (plain, modal):
        qtbot.addWidget(dialog)
    form = embed_form(plain, "dialog_secret", "Audit log")
    assert form.parent() is plain and plain.layout().indexOf(form) == 0
    assert plain.windowTitle() == "Audit log"
    assert plain.windowModality() == Qt.WindowModality.NonModal
    embed_form(modal, "dialog_secret", "Verify vault", modal=True)
    assert modal.windowTitle() == "Verify vault"
    assert modal.windowModality() == Qt.WindowModality.WindowModal
