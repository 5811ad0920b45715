"""Nothing typed at the desk or in Settings is lost (issue 15): what was typed and not saved
when the vault locked (Ctrl+L, the idle lock, closing the window) is kept encrypted in the
vault and offered back when the view shows again: Restore (the default, and Esc) or Discard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ripartire_desktop.domain import FirstContactOutcome
from ripartire_desktop.gui.application import AppController
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.form_drafts import view_draft
from tests.core.vaults import new_vault
from tests.gui.test_form_drafts import unlock

PLANTED = "Biancospino"  # typed, never saved: must not reach any file in plaintext


@pytest.fixture
def controller(data_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    vault.lock()
    app = AppController(vault=build_vault(data_dir))
    app.start()
    unlock(app, qtbot)
    yield app
    app.session.lock()
    app.tasks.wait()
    app.main.close()


def ctrl_l(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(controller.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not controller.session.is_unlocked


def offered(keeper) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = keeper.question
    assert box is not None and box.isVisible()
    restore = box.defaultButton()
    assert restore is box.escapeButton()  # Esc keeps what was typed
    assert restore is not None and restore.text().replace("&", "") == "Restore"
    return box


def answer(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def all_contacts(controller: AppController) -> list:  # type: ignore[type-arg]
    contacts = controller.session.records.first_contacts
    return contacts.where("WHERE 1 ORDER BY id", ())


def type_desk_contact(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller.main.show_view("desk")
    desk = controller.main.views["desk"]
    desk.outcome.setCurrentIndex(
        desk.outcome.findData(FirstContactOutcome.APPOINTMENT_BOOKED.value)
    )
    desk.appointment.clear()
    qtbot.keyClicks(desk.appointment, "04/12/2026 10:30")
    qtbot.keyClicks(desk.request, f"Bollette arretrate, {PLANTED}")
    qtbot.keyClicks(desk.notes, "Tornera con la madre")


def test_a_desk_contact_typed_before_ctrl_l_comes_back_and_saves(controller, qtbot) -> None:
    type_desk_contact(controller, qtbot)
    ctrl_l(controller, qtbot)
    desk = controller.main.views["desk"]
    assert desk.request.text() == ""  # nothing decrypted stays on screen while locked
    unlock(controller, qtbot)
    answer(offered(desk.keeper), "Restore")
    assert desk.request.text() == f"Bollette arretrate, {PLANTED}"
    assert desk.notes.toPlainText() == "Tornera con la madre"
    assert desk.appointment.text() == "04/12/2026 10:30"
    assert "before the lock" in desk.message.text()
    assert view_draft(controller.session.records, "desk") is None  # in the form again
    desk.save_button.click()
    rows = all_contacts(controller)
    assert [c.request for c in rows] == [f"Bollette arretrate, {PLANTED}"]
    assert rows[0].appointment_at is not None and rows[0].appointment_at.day == 4


def test_the_idle_lock_keeps_the_desk_and_discard_drops_it(controller, qtbot) -> None:
    type_desk_contact(controller, qtbot)
    controller.idle.set_minutes(0)
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=60_000)
    unlock(controller, qtbot)
    desk = controller.main.views["desk"]
    answer(offered(desk.keeper), "Discard")
    assert view_draft(controller.session.records, "desk") is None
    assert desk.request.text() == ""


def test_an_empty_desk_form_keeps_nothing(controller, qtbot) -> None:
    controller.main.show_view("desk")
    ctrl_l(controller, qtbot)
    unlock(controller, qtbot)
    assert controller.main.views["desk"].keeper.question is None
    assert view_draft(controller.session.records, "desk") is None


def test_a_correction_in_progress_comes_back_as_a_correction(controller, qtbot) -> None:
    type_desk_contact(controller, qtbot)
    desk = controller.main.views["desk"]
    desk.save_button.click()
    desk.table.setCurrentIndex(desk.model.index(0, 0))
    desk.correct_button.click()
    assert desk.editing is not None
    ctrl_l(controller, qtbot)  # loaded, not changed: nothing to keep
    unlock(controller, qtbot)
    assert desk.keeper.question is None
    desk.table.setCurrentIndex(desk.model.index(0, 0))
    desk.correct_button.click()
    contact_id = desk.editing
    qtbot.keyClicks(desk.request, " (corretto)")
    ctrl_l(controller, qtbot)
    unlock(controller, qtbot)
    answer(offered(desk.keeper), "Restore")
    assert desk.editing == contact_id and desk.cancel_edit_button.isVisibleTo(desk)
    desk.save_button.click()
    stored = controller.session.records.first_contacts.get(contact_id)
    assert stored is not None and stored.request.endswith(" (corretto)")
    assert len(all_contacts(controller)) == 1


def test_settings_typed_before_closing_the_window_come_back(controller, qtbot) -> None:
    main = controller.main
    main.show_view("settings")
    settings = main.views["settings"]
    settings.edits["organisation"].clear()
    qtbot.keyClicks(settings.edits["organisation"], f"Cooperativa {PLANTED}")
    settings.edits["capacity"].setValue(30)
    main.close()
    assert not controller.session.is_unlocked
    unlock(controller, qtbot)
    main.show_view("settings")
    answer(offered(settings.keeper), "Restore")
    assert settings.edits["organisation"].text() == f"Cooperativa {PLANTED}"
    assert settings.edits["capacity"].value() == 30
    assert settings.is_dirty() and settings.save_button.isEnabled()
    settings.save_button.click()
    stored = controller.session.records.settings.load()
    assert stored.organisation == f"Cooperativa {PLANTED}" and stored.capacity == 30


def test_kept_forms_are_encrypted_in_the_vault(controller, qtbot) -> None:
    type_desk_contact(controller, qtbot)
    data_dir = controller.session.vault.data_dir
    ctrl_l(controller, qtbot)
    for path in (p for p in data_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert PLANTED.encode() not in data and PLANTED.encode("utf-16-le") not in data, path
    unlock(controller, qtbot)
    kept = view_draft(controller.session.records, "desk")
    assert kept is not None and PLANTED in kept[0]["request"]


def test_an_erased_familys_code_in_a_kept_desk_form_goes_with_it(session) -> None:
    from ripartire_desktop.store.records.erasure import erase_family
    from ripartire_desktop.usecases.form_drafts import keep_view_draft
    from tests.core.records_fixtures import populated_family

    records = session.records
    family = populated_family(records, "Cancellata")
    keep_view_draft(records, "desk", {"request": PLANTED, "family": family.code.lower()})
    keep_view_draft(records, "settings", {"organisation": "Cooperativa"})
    erase_family(records.conn, family.code)
    assert view_draft(records, "desk") is None
    assert view_draft(records, "settings") is not None  # names no one: stays
