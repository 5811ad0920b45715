"""Every Designer form loads, and every input in it can be reached by a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ripartire_desktop.gui.forms import load_form
from ripartire_desktop.paths import resource

FORMS = sorted(p.stem for p in resource("ui/unlock.ui").parent.glob("*.ui"))
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


@pytest.mark.parametrize("name", FORMS)
def test_form_loads_and_every_input_is_labelled(name: str, qtbot) -> None:
    form = load_form(name)
    qtbot.addWidget(form)
    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy()}
    for widget in form.findChildren(QWidget):
        if isinstance(widget, INPUTS) and not isinstance(widget.parent(), INPUTS):
            if type(widget).__name__ in ("QSpinBoxLineEdit",) or widget.objectName() in (
                "qt_spinbox_lineedit",
            ):
                continue
            assert widget in buddies or widget.accessibleName(), (
                f"{name}.ui: {widget.objectName()} has no label buddy or accessible name"
            )
        if (
            isinstance(widget, QAbstractButton)
            and widget.objectName()
            and not widget.objectName().startswith("qt_")  # Qt's own parts
        ):
            assert widget.text() or widget.accessibleName(), widget.objectName()


def test_there_are_forms() -> None:
    assert {"unlock", "main_window", "families", "search", "dashboard"} <= set(FORMS)


def test_one_loader_without_designer_plugins_and_the_library_paths_kept(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ripartire_desktop.gui import forms

    paths = QCoreApplication.libraryPaths()
    loader = forms._ui_loader()
    assert loader is forms._ui_loader()  # made once for the process
    # No Designer plugin folder read (PySide6 lists each registered Python widget as '').
    assert not [path for path in loader.pluginPaths() if path]
    assert QCoreApplication.libraryPaths() == paths  # Qt's own plugins still found
    assert "QLineEdit" in loader.availableWidgets()


def test_on_edit_listens_to_each_kind_of_editor(qtbot) -> None:
    from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QSpinBox

    from ripartire_desktop.gui.dates import DateInput, DateTimeInput
    from ripartire_desktop.gui.forms import edit_signal, on_edit

    holder = QWidget()
    qtbot.addWidget(holder)
    line, plain, rich = QLineEdit(holder), QPlainTextEdit(holder), QTextEdit(holder)
    spin, money, combo = QSpinBox(holder), QDoubleSpinBox(holder), QComboBox(holder)
    check, day, moment = QCheckBox(holder), DateInput(holder), DateTimeInput(holder)
    combo.addItems(["a", "b"])
    heard: list[object] = []
    on_edit(lambda *_args: heard.append(True), line, plain, rich, spin, money, combo, check)
    on_edit(lambda *_args: heard.append("date"), day, moment)
    assert edit_signal(moment) == moment.dateTimeChanged
    assert edit_signal(day) == day.dateChanged

    line.setText("set by the program")  # only what a person types counts for a line edit
    assert heard == []
    qtbot.keyClicks(line, "x")
    for change in (
        lambda: plain.setPlainText("p"),
        lambda: rich.setPlainText("r"),
        lambda: spin.setValue(3),
        lambda: money.setValue(2.5),
        lambda: combo.setCurrentIndex(1),
        lambda: check.setChecked(True),
    ):
        change()
    assert heard == [True] * 7
    heard.clear()
    day.setText("04/12/2026")
    moment.setText("04/12/2026 09:30")
    assert heard == ["date", "date"]

    with pytest.raises(TypeError, match="QLabel"):
        on_edit(lambda: None, QLabel(holder))


def test_after_typing_calls_once_per_pause(qtbot) -> None:
    """Wired without waiting on a clock: each edit (re)starts the single-shot timer, and the
    timer's timeout (the pause) calls the slot."""
    from ripartire_desktop.gui.forms import after_typing

    owner = QWidget()
    qtbot.addWidget(owner)
    editor = QLineEdit(owner)
    calls: list[str] = []
    timer = after_typing(editor, 60_000, lambda: calls.append(editor.text()), owner)
    assert timer.parent() is owner and timer.isSingleShot() and timer.interval() == 60_000
    assert not timer.isActive()
    qtbot.keyClicks(editor, "abc")
    assert calls == [] and timer.isActive()  # nothing before the pause
    timer.stop()
    editor.setText("abcd")  # a change made by the program waits for a pause too
    assert timer.isActive() and calls == []
    timer.stop()
    timer.timeout.emit()
    assert calls == ["abcd"]
