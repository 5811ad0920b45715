"""Interview mode with the family in the room: it stays until the counsellor leaves it, the
curtain and the lock work over dialogs, and idleness covers the screen instead of asking for
the passphrase in front of the family."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox

from ripartire_desktop.gui.application import AppController
from ripartire_desktop.gui.main_window import Curtain
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault
from tests.gui.test_lock import TAG, _visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app_on_family(data_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    """The whole application unlocked with one family open (as in test_lock)."""
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), TAG)
    vault.lock()
    controller = AppController(vault=build_vault(data_dir))
    controller.start()
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    controller.main.open_family(family.id or 0)
    yield controller, family
    controller.session.lock()
    controller.tasks.wait()
    controller.main.close()


def _into_interview(controller, family, qtbot):  # type: ignore[no-untyped-def]
    main = controller.main
    main.open_interview_mode(family.id)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=60_000)
    assert main.current_place() == ("interview", family.id)
    return main


def test_navigation_shortcuts_search_and_list_do_not_leave_interview_mode(
    app_on_family, qtbot
) -> None:
    controller, family = app_on_family
    main = _into_interview(controller, family, qtbot)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_7, Qt.Key.Key_F):
        qtbot.keyClick(main.interview_view.fields.notes, key, CTRL)
        assert main.current_place() == ("interview", family.id), key
    navigation: QListWidget = main.navigation
    assert not navigation.isVisible()
    navigation.setCurrentRow(1)  # the list, even if reached somehow
    assert main.current_place() == ("interview", family.id)
    assert "Esc" in main.statusBar().currentMessage()
    # No other family's list is on screen: only this family's code and note.
    assert main.pages.currentWidget() is main.interview_view
    # Leaving is explicit: Esc closes the note, back to this family.
    qtbot.keyClick(main.interview_view.fields.notes, Qt.Key.Key_Escape)
    assert main.current_place() == ("family", family.id)
    assert navigation.isVisible()
    qtbot.keyClick(main, Qt.Key.Key_2, CTRL)
    assert main.current_place()[0] == "families"


def _open_dialog(main) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Cambia stato",
        "Confermi?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        main.family_view,
    )
    box.open()  # window-modal, as the app's dialogs are
    return box


def test_f12_covers_the_window_and_an_open_dialog(app_on_family, qtbot) -> None:
    controller, _family = app_on_family
    main = controller.main
    box = _open_dialog(main)
    qtbot.waitExposed(box, timeout=60_000)
    qtbot.keyClick(box, Qt.Key.Key_F12)
    assert main.curtain.isVisible()
    covers = [c for c in box.findChildren(Curtain) if c.isVisible()]
    assert covers and covers[0].geometry() == box.rect()
    assert controller.session.is_unlocked
    qtbot.keyClick(covers[0], Qt.Key.Key_Escape)  # any key lifts every curtain
    assert not main.curtain.isVisible()
    assert not any(c.isVisible() for c in box.findChildren(Curtain))
    assert box.isVisible()  # the dialog is still there, untouched


def test_ctrl_l_locks_from_an_open_dialog_and_closes_it(app_on_family, qtbot) -> None:
    controller, _family = app_on_family
    box = _open_dialog(controller.main)
    qtbot.waitExposed(box, timeout=60_000)
    qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
    assert not controller.session.is_unlocked
    assert not box.isVisible()
    assert controller.unlock_window.isVisible()
    assert not any(TAG in t for t in _visible_texts(controller.main))


def test_idle_in_interview_mode_covers_the_screen_and_locks_only_later(
    app_on_family, qtbot
) -> None:
    controller, family = app_on_family
    main = _into_interview(controller, family, qtbot)
    assert controller.session.records.settings.load().interview_lock_minutes == 30
    controller.idle.set_minutes(0)  # the usual limit has passed
    qtbot.waitUntil(main.curtain.isVisible, timeout=60_000)
    assert controller.session.is_unlocked  # no passphrase asked in front of the family
    assert not controller.unlock_window.isVisible()
    controller.idle.set_interview_minutes(0)  # the longer interview limit passes too
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=60_000)
    assert controller.unlock_window.isVisible()


def test_outside_interview_mode_idleness_still_locks(app_on_family, qtbot) -> None:
    controller, _family = app_on_family
    controller.idle.set_interview_minutes(240)
    controller.idle.set_minutes(0)
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=60_000)
