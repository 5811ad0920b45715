"""Locking: idle timeout, Ctrl+L and the desktop's screen lock all close the vault and leave
no decrypted data in any widget or model; unlocking returns to where the user was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ripartire_desktop.gui.application import AppController
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

TAG = "Segretissimo"


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.windowTitle())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    found = []
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(model.rowCount(root)):
        for column in range(columns):
            found.append(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)))
    return found


@pytest.fixture
def app_on_family(data_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), TAG)
    vault.lock()
    controller = AppController(vault=build_vault(data_dir))
    controller.start()
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    main = controller.main
    main.views["families"].names.setChecked(True)  # type: ignore[attr-defined]
    main.show_view("families")
    main.open_family(family.id or 0)
    assert any(TAG in text for text in _visible_texts(main))  # the family is on screen
    yield controller, family
    controller.session.lock()
    controller.tasks.wait()
    main.close()


def _assert_locked_and_blank(controller: AppController) -> None:
    assert not controller.session.is_unlocked
    assert not controller.session.vault.is_unlocked
    assert controller.unlock_window.isVisible()
    assert not controller.main.isVisible()
    leftovers = [t for t in _visible_texts(controller.main) if TAG in t]
    assert leftovers == []
    for top in QApplication.topLevelWidgets():
        assert not any(TAG in t for t in _visible_texts(top)), top


def test_idle_lock_clears_every_view_and_returns_to_the_family(app_on_family, qtbot) -> None:
    controller, family = app_on_family
    controller.idle.set_minutes(0)
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=60_000)
    _assert_locked_and_blank(controller)
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert controller.main.current_place() == ("family", family.id)


def test_ctrl_l_locks(app_on_family, qtbot) -> None:
    controller, _ = app_on_family
    qtbot.keyClick(controller.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked_and_blank(controller)


def test_curtain_hides_without_locking(app_on_family, qtbot) -> None:
    controller, _ = app_on_family
    main = controller.main
    qtbot.keyClick(main, Qt.Key.Key_F12)
    assert main.curtain.isVisible()
    assert main.curtain.geometry() == main.rect()
    assert controller.session.is_unlocked
    qtbot.keyClick(main.curtain, Qt.Key.Key_Escape)
    assert not main.curtain.isVisible()


def test_window_title_never_holds_a_name(app_on_family) -> None:
    controller, _ = app_on_family
    for name in controller.main.views:
        if name != "interview":
            controller.main.show_view(name)
        assert TAG not in controller.main.windowTitle()


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus")
def test_desktop_screen_lock_signal_is_heard() -> None:
    child = Path(__file__).with_name("screen_lock_child.py")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    proc = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(child)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "locked True" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("request_name", ["lock_requested", "restore_completed"])
def test_a_view_asks_the_application_to_lock_through_the_session(
    app_on_family, request_name: str, qtbot
) -> None:
    controller, _family = app_on_family
    controller.session.idle_lock_changed.emit(7)  # a Settings save changed the idle lock
    assert controller.idle._limit == 7 * 60.0
    getattr(controller.session, request_name).emit()
    _assert_locked_and_blank(controller)
