"""Nothing typed in the family view is lost (issue 15): staged and typed edits survive
reopening the family, Ctrl+L, the idle lock and closing the window; over a lock they are kept
encrypted inside the vault and offered back; an erased family's draft goes with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ripartire_desktop.gui.application import AppController
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.erasure import erase_family
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault
from tests.gui.confirming import save_dialog

TAG = "Gelsomino"
PLANTED = "Quercialibera"  # typed, never saved: must not reach any file in plaintext


@pytest.fixture
def app(data_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = populated_family(records, TAG)
    other = populated_family(records, "Altrove")
    vault.lock()
    controller = AppController(vault=build_vault(data_dir))
    controller.start()
    unlock(controller, qtbot)
    main = controller.main
    main.show_view("families")
    main.open_family(family.id or 0)
    yield controller, family, other
    controller.session.lock()
    controller.tasks.wait()
    main.close()


def form_draft(records: Records, family_id: int):  # type: ignore[no-untyped-def]
    from ripartire_desktop.usecases.form_drafts import form_draft as kept  # new in issue 15

    return kept(records, family_id)


def unlock(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)


def stage_member(controller: AppController, qtbot, year: str = "2018") -> None:  # type: ignore[no-untyped-def]
    tab = controller.main.family_view.household_tab
    tab.add_member_button.click()
    dialog = tab.dialog
    dialog.role.setCurrentIndex(dialog.role.findData("child"))
    qtbot.keyClicks(dialog.birth_year, year)
    save_dialog(dialog)
    assert tab.is_dirty


def type_address(controller: AppController, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    tab = controller.main.family_view.household_tab
    tab.address.clear()
    qtbot.keyClicks(tab.address, text)
    assert tab.is_dirty


def question(controller: AppController) -> QMessageBox:
    box = controller.main.family_view.keeper.question
    assert box is not None and box.isVisible()
    return box


def birth_years(controller: AppController) -> list[int | None]:
    model = controller.main.family_view.household_tab.members_model
    return [m.birth_year for m in model.rows()]


def test_staged_member_is_asked_about_when_the_family_is_reopened(app, qtbot) -> None:
    controller, family, _ = app
    main = controller.main
    stage_member(controller, qtbot)
    main.show_view("families")
    box = question(controller)  # Save / Discard / Cancel; Discard is never the default
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    assert main.current_place()[0] == "family"
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert 2018 in birth_years(controller)  # still there, still unsaved
    main.open_family(family.id)
    question(controller).button(QMessageBox.StandardButton.Save).click()
    stored = controller.session.records.members.for_family(family.id)
    assert 2018 in [m.birth_year for m in stored]
    assert main.current_place() == ("family", family.id)


def test_opening_another_family_asks_and_discard_goes_there(app, qtbot) -> None:
    controller, family, other = app
    main = controller.main
    stage_member(controller, qtbot, "2017")
    main.open_family(other.id)
    assert main.family_view.family.id == family.id  # not yet: asked first
    question(controller).button(QMessageBox.StandardButton.Discard).click()
    assert main.family_view.family.id == other.id
    assert 2017 not in [
        m.birth_year for m in controller.session.records.members.for_family(family.id)
    ]


def lock_unlock_restore(controller: AppController, qtbot, lock) -> None:  # type: ignore[no-untyped-def]
    family_id = controller.main.family_view.family.id
    lock()
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=60_000)
    assert controller.main.family_view.household_tab.address.text() == ""
    unlock(controller, qtbot)
    assert controller.main.current_place() == ("family", family_id)
    box = question(controller)  # "Unsaved changes from DATE: restore them?"
    restore = box.defaultButton()
    assert restore is not None and restore.text().replace("&", "") == "Restore"
    restore.click()
    assert form_draft(controller.session.records, family_id) is None  # in the tab again


def test_an_edit_survives_ctrl_l_and_is_offered_back(app, qtbot) -> None:
    controller, family, _ = app
    stage_member(controller, qtbot, "2015")
    type_address(controller, qtbot, f"Via {PLANTED} 3")
    lock_unlock_restore(
        controller,
        qtbot,
        lambda: qtbot.keyClick(controller.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    )
    tab = controller.main.family_view.household_tab
    assert tab.address.text() == f"Via {PLANTED} 3"
    assert 2015 in birth_years(controller)
    assert tab.is_dirty and tab.save_bar.save_button.isEnabled()
    tab.save_bar.save_button.click()
    identity = controller.session.records.identities.get(family.id)
    assert identity is not None and identity.address == f"Via {PLANTED} 3"


def test_an_edit_survives_the_idle_lock(app, qtbot) -> None:
    controller, _family, _ = app
    type_address(controller, qtbot, "Via degli Ulivi 9")
    lock_unlock_restore(controller, qtbot, lambda: controller.idle.set_minutes(0))
    assert controller.main.family_view.household_tab.address.text() == "Via degli Ulivi 9"


def test_discarding_the_kept_draft_removes_it(app, qtbot) -> None:
    controller, family, _ = app
    type_address(controller, qtbot, "Via Tolta 1")
    controller.lock()
    unlock(controller, qtbot)
    box = question(controller)
    next(b for b in box.buttons() if b.text().replace("&", "") == "Discard").click()
    assert form_draft(controller.session.records, family.id) is None
    assert controller.main.family_view.household_tab.address.text() != "Via Tolta 1"


def test_closing_the_window_asks(app, qtbot) -> None:
    controller, family, _ = app
    main = controller.main
    type_address(controller, qtbot, "Via Chiusa 5")
    main.close()
    assert main.isVisible() and controller.session.is_unlocked  # asked first
    question(controller).button(QMessageBox.StandardButton.Cancel).click()
    assert main.isVisible() and main.family_view.household_tab.is_dirty
    main.close()
    question(controller).button(QMessageBox.StandardButton.Save).click()
    assert not main.isVisible()
    assert not controller.session.is_unlocked
    unlock(controller, qtbot)
    identity = controller.session.records.identities.get(family.id)
    assert identity is not None and identity.address == "Via Chiusa 5"


def test_the_kept_draft_is_encrypted_in_the_vault(app, qtbot) -> None:
    controller, family, _ = app
    type_address(controller, qtbot, f"Piazza {PLANTED}")
    data_dir = controller.session.vault.data_dir
    controller.lock()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert PLANTED.encode() not in path.read_bytes(), path
        assert PLANTED.encode("utf-16-le") not in path.read_bytes(), path
    unlock(controller, qtbot)
    kept = form_draft(controller.session.records, family.id)
    assert kept is not None and PLANTED in str(kept.tabs)


def test_an_erased_familys_draft_goes_with_it(session) -> None:
    from ripartire_desktop.usecases.form_drafts import keep_form_draft

    records = session.records
    family = populated_family(records, TAG)
    keep_form_draft(records, family.id, {"household": {"fields": {"addressEdit": PLANTED}}})
    assert form_draft(records, family.id) is not None
    erase_family(records.conn, family.code)
    assert records.conn.execute("SELECT count(*) FROM form_drafts").fetchone()[0] == 0


def test_staged_action_and_assessment_note_survive_ctrl_l(app, qtbot) -> None:
    controller, family, _ = app
    view = controller.main.family_view
    actions = view.show_tab("actions")
    actions.add_button.click()
    dialog = actions.dialog
    qtbot.keyClicks(dialog.description, "Corso di italiano")
    save_dialog(dialog)
    assert actions.is_dirty  # staged in the table, like the household members
    assessment = view.assessment_tab
    qtbot.keyClicks(assessment.resources, " Rete di vicinato.")
    assert assessment.is_dirty
    controller.lock()
    unlock(controller, qtbot)
    question(controller).defaultButton().click()  # Restore
    descriptions = [a.description for a in view.actions_tab.model.rows()]
    assert "Corso di italiano" in descriptions
    assert " Rete di vicinato." in view.assessment_tab.resources.toPlainText()
    assert view.actions_tab.is_dirty and view.assessment_tab.is_dirty
    view.actions_tab.save_bar.save_button.click()
    stored = controller.session.records.actions.for_family(family.id)
    assert "Corso di italiano" in [a.description for a in stored]


def test_one_saving_model_every_tab_has_its_save_bar(app) -> None:
    controller, _family, _ = app
    view = controller.main.family_view
    for key, tab in view.tab_pages.items():
        assert tab.save_bar is not None, key
        assert not tab.save_bar.save_button.isEnabled(), key  # nothing staged yet
