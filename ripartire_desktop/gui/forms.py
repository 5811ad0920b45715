"""Loading the Qt Designer forms in `ui/`: the one place that turns a .ui file into widgets."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ripartire_desktop.paths import resource

T = TypeVar("T", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget tree of `ui/<name>.ui`, parented to `parent`."""
    path = resource(f"ui/{name}.ui")
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise OSError(f"cannot open form {path}") from exc
    loader = _ui_loader()
    # Forms may use these by name (Designer "promoted widgets"): note text must copy safely,
    # and every date field is one of the two date inputs (typed Italian dates, a calendar,
    # precise messages). Registered when a form first uses them: the date module and the
    # registration cost the landing view's start for nothing.
    for widget_class in _custom_widgets(text):
        if widget_class not in _REGISTERED:
            loader.registerCustomWidget(widget_class)
            _REGISTERED.add(widget_class)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(f"cannot open form {path}")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {name}.ui could not be loaded")
    leave_tables_with_tab(widget)
    return widget


_LOADER: list[QUiLoader] = []  # one for the process, made on the first form
_REGISTERED: set[type[QWidget]] = set()


def _ui_loader() -> QUiLoader:
    """The process's one form loader, made without Qt Designer's plugins. A new QUiLoader
    reads every `designer` plugin folder of Qt's library paths (PySide6 brings three plugins,
    one of them Qt WebEngine's) to offer their widgets to forms: 10-13 ms of the start, for
    widgets no form uses; the app's own widgets are registered by class instead."""
    if not _LOADER:
        app = QCoreApplication.instance()
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])  # the constructor reads the plugins from these
        try:
            _LOADER.append(QUiLoader(app))
        finally:
            QCoreApplication.setLibraryPaths(paths)
    return _LOADER[0]


def _custom_widgets(form: bytes) -> list[type[QWidget]]:
    """The app's own widget classes that the form's XML names."""
    found: list[type[QWidget]] = []
    if b"<class>Sensitive" in form:
        from ripartire_desktop.gui.clipboard import SensitivePlainTextEdit, SensitiveTextEdit

        found += [SensitivePlainTextEdit, SensitiveTextEdit]
    if b"<class>DateInput</class>" in form or b"<class>DateTimeInput</class>" in form:
        from ripartire_desktop.gui.dates import DateInput, DateTimeInput

        found += [DateInput, DateTimeInput]
    return found


def leave_tables_with_tab(root: QWidget) -> None:
    """Tab leaves every table and list of `root` instead of walking its cells one by one
    (the arrow keys move inside them)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def tab_shortcuts(tabs: QTabWidget) -> None:
    """Ctrl+Tab / Ctrl+PgDown go to the next tab of `tabs`, Ctrl+Shift+Tab / Ctrl+PgUp to the
    previous one, wrapping around, wherever the focus is in the window while `tabs` shows
    (after opening a family from the desk the focus may still be outside the tabs)."""

    def step(by: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())

    for keys, by in (
        ("Ctrl+Tab", 1),
        ("Ctrl+PgDown", 1),
        ("Ctrl+Shift+Tab", -1),
        ("Ctrl+PgUp", -1),
    ):
        shortcut = QShortcut(QKeySequence(keys), tabs)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda by=by: step(by))


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


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order (the order the eye reads them)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def edit_signal(editor: QWidget) -> SignalInstance:
    """The signal by which `editor` tells that its value changed: a date input's (ours or
    Qt's), a line edit's user edits (not `setText`), a text box's text, a spin box's value, a
    combo box's choice, a check box's tick. Fails loudly for a widget it does not know."""
    for name in ("dateTimeChanged", "dateChanged"):
        signal = getattr(editor, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    if isinstance(editor, QLineEdit):
        return editor.textEdited
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.textChanged
    if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
        return editor.valueChanged
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QAbstractButton):
        return editor.toggled
    raise TypeError(f"no edit signal known for a {type(editor).__name__}")


def on_edit(slot: Callable[..., Any] | SignalInstance, *editors: QWidget) -> None:
    """Call `slot` (or emit a signal) whenever any of `editors` is edited (`edit_signal`)."""
    for editor in editors:
        edit_signal(editor).connect(slot)


def after_typing(
    editor: QLineEdit, delay_ms: int, slot: Callable[[], Any], owner: QObject
) -> QTimer:
    """Call `slot` once the text of `editor` has stayed unchanged for `delay_ms` (each change
    starts the wait again): a query per pause, not per keystroke. The timer is `owner`'s;
    stop it to cancel a pending call."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(slot)
    editor.textChanged.connect(timer.start)
    return timer
