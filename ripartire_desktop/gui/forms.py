"""Loading the Qt Designer forms in `ui/`: the one place that turns a .ui file into widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QLayout, QWidget

from ripartire_desktop.paths import resource

T = TypeVar("T", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget tree of `ui/<name>.ui`, parented to `parent`."""
    path = resource(f"ui/{name}.ui")
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(f"cannot open form {path}")
    loader = QUiLoader()
    # Forms may use these by name (Designer "promoted widgets"): note text must copy safely.
    from ripartire_desktop.gui.clipboard import SensitivePlainTextEdit, SensitiveTextEdit
    from ripartire_desktop.gui.dates import DateInput, DateTimeInput

    loader.registerCustomWidget(SensitivePlainTextEdit)
    loader.registerCustomWidget(SensitiveTextEdit)
    # Every date field is one of these two (typed Italian dates, a calendar, precise messages).
    loader.registerCustomWidget(DateInput)
    loader.registerCustomWidget(DateTimeInput)
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {name}.ui could not be loaded")
    return widget


def child(root: QObject, kind: type[T], name: str) -> T:
    """A named child of a loaded form, with its real type (fails loudly if the form changed)."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"form has no {kind.__name__} named {name!r}")
    return found


def host_layout(holder: QWidget) -> QLayout:
    """The layout a form gives `holder` for widgets built in code (fails loudly if it has none)."""
    layout = holder.layout()
    if layout is None:
        raise LookupError(f"form widget {holder.objectName()!r} has no layout")
    return layout
