"""After the idle lock, no widget, item model or Python object reachable from the window holds
decrypted family data, undo histories included, and the database connection is closed.

tests/gui/test_lock.py walks what is on screen; this walks what is in memory behind it.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from ripartire_desktop.gui.application import AppController
from ripartire_desktop.store.connection import DatabaseError
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault
from tests.reliability.canaries import new_canary

ATOMS = (str, bytes, bytearray, int, float, bool, type(None))


def _strings_reachable(roots: list[object], canary: str) -> list[str]:
    """Paths to every string holding `canary`, reachable through attributes, containers and
    the garbage collector's referents from `roots` (Python objects only)."""
    seen: set[int] = set()
    found: list[str] = []
    stack: list[tuple[object, str]] = [(r, type(r).__name__) for r in roots]
    skipped = (type(sys), type)  # modules and classes: shared code, not session data
    while stack:
        obj, path = stack.pop()
        if id(obj) in seen or isinstance(obj, skipped):
            continue
        seen.add(id(obj))
        if isinstance(obj, str | bytes | bytearray):
            text = obj if isinstance(obj, str) else bytes(obj).decode("utf-8", "replace")
            if canary in text:
                found.append(path)
            continue
        if isinstance(obj, ATOMS):
            continue
        children: list[tuple[object, str]] = []
        if isinstance(obj, dict):
            children = [(v, f"{path}[{k!r}]") for k, v in obj.items()]
            children += [(k, f"{path}.key") for k in obj]
        elif isinstance(obj, list | tuple | set | frozenset):
            children = [(v, f"{path}[{i}]") for i, v in enumerate(obj)]
        else:
            with_dict = getattr(obj, "__dict__", None)
            if isinstance(with_dict, dict):
                children = [(v, f"{path}.{k}") for k, v in with_dict.items()]
            for slot in getattr(type(obj), "__slots__", ()):
                if isinstance(slot, str) and hasattr(obj, slot):
                    children.append((getattr(obj, slot), f"{path}.{slot}"))
            children += [(r, f"{path}->{type(r).__name__}") for r in gc.get_referents(obj)]
        # A wrapper whose C++ object is gone holds nothing (and can no longer be asked).
        if isinstance(obj, QObject) and shiboken6.isValid(obj):
            children += [(c, f"{path}/{c.objectName() or type(c).__name__}")
                         for c in obj.children()]  # fmt: skip
        stack.extend(children)
    return found


def _qt_texts(root: QObject) -> list[str]:
    """Text held by Qt's C++ side: widgets, their undo histories, every model's every role."""
    texts: list[str] = []
    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj, QLineEdit):
            texts.append(obj.text())
            while obj.isUndoAvailable():
                obj.undo()
                texts.append(f"{obj.text()} (undo history of {obj.objectName()})")
        elif isinstance(obj, QPlainTextEdit | QTextEdit):
            texts.append(obj.toPlainText())
            document = obj.document()
            while document.isUndoAvailable():
                document.undo()
                texts.append(f"{document.toPlainText()} (undo history of {obj.objectName()})")
        if isinstance(obj, QAbstractItemModel):
            texts += _model_texts(obj, QModelIndex())
        for name in ("toolTip", "statusTip", "whatsThis", "windowTitle", "accessibleName"):
            getter = getattr(obj, name, None)
            if callable(getter):
                with contextlib.suppress(TypeError):
                    texts.append(str(getter()))
    return texts


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    texts = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):  # fmt: skip
                texts.append(str(index.data(role)))
            if column == 0 and columns > 1 and not parent.isValid():
                texts += _model_texts(model, index)  # tree models: one level down
    return texts


@pytest.mark.slow
def test_after_the_idle_lock_nothing_in_memory_holds_family_data(data_dir: Path, qtbot) -> None:
    canary = new_canary("memory")
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), canary)
    vault.lock()
    controller = AppController(vault=build_vault(data_dir))
    controller.start()
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    main = controller.main
    qtbot.addWidget(main)
    qtbot.addWidget(controller.unlock_window)
    # Visit every view with the family's data on it, as a counsellor's morning would.
    main.views["families"].names.setChecked(True)  # type: ignore[attr-defined]
    for name in list(main.views):
        if name not in ("interview", "family"):
            main.show_view(name)
    search = main.views["search"]
    search.query.setText(canary[:20])  # type: ignore[attr-defined]
    with qtbot.waitSignal(search.search_finished, timeout=20_000):  # type: ignore[attr-defined]
        search.run_search()  # type: ignore[attr-defined]
    main.open_family(family.id or 0)
    family_view = main.views["family"]
    family_view.household_tab.address.setText(f"nuovo {canary}")  # type: ignore[attr-defined]
    main.open_interview_mode(family.id or 0)
    qtbot.keyClicks(main.views["interview"].fields.notes, " appunti")  # type: ignore[attr-defined]
    roots: list[object] = [controller, main, *main.views.values(), controller.session]
    before = _strings_reachable(roots, canary)
    assert before, "the walk must see the family while unlocked"
    connection = controller.session.vault.connection

    # Still in interview mode, where the lock comes after its own (longer) setting.
    controller.idle.set_minutes(0)
    controller.idle.set_interview_minutes(0)
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=60_000)
    controller.tasks.wait()
    QApplication.processEvents()
    gc.collect()

    assert controller.session.vault._conn is None and controller.session.vault._key is None
    with pytest.raises(DatabaseError):  # the connection object itself is closed
        connection.execute("SELECT 1")
    del connection
    leftovers = _strings_reachable(roots, canary)
    assert leftovers == [], f"decrypted text still reachable after lock: {leftovers[:10]}"
    for top in QApplication.topLevelWidgets():
        held = [t[:80] for t in _qt_texts(top) if canary in t]
        assert held == [], (top, held)
    controller.tasks.wait()
