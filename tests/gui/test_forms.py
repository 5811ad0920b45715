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
