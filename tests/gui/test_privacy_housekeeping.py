"""Issue 15, privacy housekeeping and words: erasure and the full retention review in the
window, heavy steps that never sit on a default button, the dashboard's order, plurals, whole
chart ticks, Qt's own Italian, a usable search box."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
)

from ripartire_desktop.domain import (
    ActionType,
    Channel,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    PlanAction,
)
from ripartire_desktop.gui.dialogs.retention import EraseFamilyDialog, RetentionDialog
from ripartire_desktop.gui.lang import show
from ripartire_desktop.gui.views.dashboard import DashboardView
from ripartire_desktop.gui.views.families import FamiliesView
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.store.records.families import FamilyNotFoundError
from ripartire_desktop.usecases import families as uc
from tests.gui.confirming import confirm
from tests.gui.conftest import translated

LEFT = Qt.MouseButton.LeftButton
LONG_AGO = date(2020, 1, 10)


def withdrawn_family(session) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    family, _ = uc.new_family(session.records, on=LONG_AGO)
    assert family.id is not None
    uc.change_status(session.records, family.id, FamilyStatus.WITHDREW, on=LONG_AGO)
    return family.id, family.code


def old_desk_note(session) -> int:  # type: ignore[no-untyped-def]
    contact = session.records.first_contacts.add(
        FirstContact(
            occurred_at=datetime(2020, 2, 3, 10, 0),
            channel=Channel.PHONE,
            outcome=FirstContactOutcome.INFORMATION_GIVEN,
            request="affitto arretrato",
            notes="richiamare",
        )
    )
    assert contact.id is not None
    return contact.id


# --- the retention review and erasure -------------------------------------------------------


def test_retention_review_lists_a_withdrawn_family_and_an_old_desk_note(
    english, session, qtbot
) -> None:
    _fid, code = withdrawn_family(session)
    contact_id = old_desk_note(session)
    dialog = RetentionDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()

    family_line = dialog.families.item(0).text()
    assert code in family_line and show(FamilyStatus.WITHDREW) in family_line
    assert "10/01/2020" in family_line
    assert "03/02/2020" in dialog.desk.item(0).text()
    assert "audit log" in dialog.intro.text()

    qtbot.mouseClick(dialog.clear_button, LEFT)
    box = dialog.confirm_box
    assert box is not None and "1 desk contact?" in box.text()
    confirm(qtbot, box)

    kept = session.records.first_contacts.get(contact_id)
    assert kept is not None and kept.request == "" and kept.notes == ""
    assert "None" in dialog.desk.item(0).text() and not dialog.clear_button.isEnabled()
    assert "Text cleared from 1 desk contact." in dialog.message.text()


def test_erasing_needs_the_typed_code_and_never_a_default_button(session, qtbot) -> None:
    family_id, code = withdrawn_family(session)
    review = RetentionDialog(session)
    qtbot.addWidget(review)
    review.show()
    qtbot.mouseClick(review.erase_button, LEFT)
    dialog = review.erase_dialog
    assert isinstance(dialog, EraseFamilyDialog)
    assert not dialog.erase_button.isDefault() and not dialog.erase_button.autoDefault()
    assert dialog.cancel_button.isDefault()
    assert not dialog.erase_button.isEnabled()

    qtbot.keyClicks(dialog.code_edit, code[:-1])
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert session.records.families.get(family_id).code == code  # Enter erased nothing
    assert not dialog.erase_button.isEnabled()

    qtbot.keyClicks(dialog.code_edit, code[-1])
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert session.records.families.get(family_id).code == code  # still a click, not Enter
    qtbot.mouseClick(dialog.erase_button, LEFT)

    with pytest.raises(FamilyNotFoundError):
        session.records.families.get(family_id)
    assert f"{code} was erased." in dialog.message.text()
    assert review.families.item(0).text() == "None"


def test_the_families_list_erases_the_selected_family(session, navigator, qtbot) -> None:
    family_id, code = withdrawn_family(session)
    view = FamiliesView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.mouseClick(view.erase_button, LEFT)
    dialog = view.erase_dialog
    assert dialog is not None and dialog.code == code
    qtbot.keyClicks(dialog.code_edit, code.lower())  # the case does not matter
    qtbot.mouseClick(dialog.erase_button, LEFT)
    with pytest.raises(FamilyNotFoundError):
        session.records.families.get(family_id)
    assert ("status", (f"Family {code} erased.",), {}) in navigator.calls


# --- the dashboard ----------------------------------------------------------------------------


def test_dashboard_puts_the_week_first_and_sums_up_overdue_actions(
    english, session, navigator, qtbot
) -> None:
    records = session.records
    family, _ = uc.new_family(records, on=date.today())
    assert family.id is not None
    for days in range(1, 50):
        records.actions.add(
            PlanAction(
                family_id=family.id,
                action_type=ActionType.OTHER,
                description=f"azione {days}",
                due_on=date.today() - timedelta(days=days),
            )
        )
    withdrawn_family(session)
    old_desk_note(session)
    view = DashboardView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()

    grid = view.findChild(QGridLayout, "grid")
    boxes = {grid.itemAt(i).widget().objectName(): grid.getItemPosition(i)[:2]
             for i in range(grid.count())}  # fmt: skip
    assert boxes["weekBox"] < boxes["overdueBox"] and boxes["todayBox"] < boxes["overdueBox"]
    assert boxes["weekBox"][0] == 0  # this week's appointments on the first row
    assert "overdue" not in view.lists  # no list of 49 red rows
    assert view.values["overdue"].text() == "49"
    assert "49 overdue actions" in view.overdue_button.text()
    # Reached and pressed with the keyboard: Tab stops on it, Space opens the agenda.
    assert view.overdue_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.overdue_button.setFocus()
    qtbot.keyClick(view.overdue_button, Qt.Key.Key_Tab)
    assert view.focusWidget() is not view.overdue_button  # and Tab leaves it
    view.overdue_button.setFocus()
    qtbot.keyClick(view.overdue_button, Qt.Key.Key_Space)
    assert navigator.calls[-1] == ("show_view", ("agenda",), {})

    assert view.values["retention"].text() == "2"
    assert "1 old desk contact with text" in view.retention_note.text()
    view.retention_button.setFocus()
    qtbot.keyClick(view.retention_button, Qt.Key.Key_Space)
    dialog = view.retention_dialog
    assert dialog is not None and dialog.isVisible() and dialog.desk.count() == 1
    view.clear()
    assert view.retention_dialog is None


# --- heavy steps in Settings ------------------------------------------------------------------


def test_rotating_the_key_asks_first_and_the_rotate_button_is_not_default(
    session, navigator, qtbot
) -> None:
    view = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.mouseClick(view.security.rotate_button, LEFT)
    box = view.security.confirm_box
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter cancels
    assert view.security.rotate_dialog is None
    qtbot.mouseClick(view.security.rotate_button, LEFT)
    confirm(qtbot, view.security.confirm_box)
    dialog = view.security.rotate_dialog
    assert dialog is not None
    assert not dialog.ok_button.isDefault() and not dialog.ok_button.autoDefault()
    qtbot.keyClicks(dialog.secret, "una passphrase")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.ok_button.isEnabled() and not dialog.message.text()  # nothing submitted


# --- words ------------------------------------------------------------------------------------


def test_qt_standard_buttons_and_file_dialog_are_italian(italian, qtbot) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annulla"
    dialog = QFileDialog(None, "x", str(Path.home()))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Cerca in:"
    assert labels["fileTypeLabel"] == "File di &tipo:"
    assert labels["fileNameLabel"] == "&Nome del file:"


def test_qt_catalogue_is_found_where_the_frozen_app_keeps_it(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: "/nonexistent")
    with translated(qapp, "it") as installed:
        assert any("qtbase_it" in Path(t.filePath()).name for t in installed)


def test_minutes_agree_with_the_number_in_italian(italian, session, navigator, qtbot) -> None:
    view = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.refresh()
    spin: QSpinBox = view.edits["idle_lock_minutes"]
    spin.setValue(1)
    assert spin.text() == "1 minuto"
    spin.setValue(2)
    assert spin.text() == "2 minuti"
    view.edits["retention_months"].setValue(1)
    assert view.edits["retention_months"].text() == "1 mese"


def test_english_plurals_read_right(english, session, navigator, qtbot) -> None:
    uc.new_family(session.records, on=date.today())
    view = FamiliesView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.refresh()
    assert view.count.text() == "1 family"
    settings = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(settings)
    settings.edits["idle_lock_minutes"].setValue(1)
    assert settings.edits["idle_lock_minutes"].text() == "1 minute"
    settings.edits["idle_lock_minutes"].setValue(5)
    assert settings.edits["idle_lock_minutes"].text() == "5 minutes"


def test_the_search_box_is_usable_at_1280_pixels(session, navigator, qtbot) -> None:
    view = FamiliesView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    assert view.search.width() >= view.fontMetrics().horizontalAdvance("RIP-2026-0000 Rossi")
