"""Issue 15, dates: one date input everywhere that takes typed Italian dates, says precisely
what is wrong, and asks (instead of refusing or keeping silent) about unlikely dates."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget

from ripartire_desktop.domain import Family
from ripartire_desktop.gui.forms import load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.desk import DeskView
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.gui.views.interview import InterviewView
from ripartire_desktop.paths import resource
from tests.core.records_fixtures import populated_family
from tests.gui.confirming import save_dialog
from tests.gui.conftest import RecordingNavigator
from tests.gui.date_answers import answer_dates

SOURCE = Path(__file__).resolve().parents[2] / "ripartire_desktop"
DECEMBER_4 = QDate(2026, 12, 4)
# Names of date fields in the forms: each must be the one date input.
DATE_NAME = re.compile(r"(On|Since|At|when|start|Appointment|from|to)Edit$")


@pytest.fixture
def family(session: Session) -> Family:
    return populated_family(session.records, "Date")


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def retype(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def all_contacts(session: Session) -> list:  # type: ignore[type-arg]
    return session.records.first_contacts.between(datetime(1900, 1, 1), datetime(2999, 1, 1))


# --- one widget everywhere ----------------------------------------------------------------


def test_every_form_uses_the_one_date_input_and_no_qt_date_edit_is_left(qtbot) -> None:
    found = []
    for path in sorted(resource("ui").glob("*.ui")):
        form = load_form(path.stem)
        qtbot.addWidget(form)
        assert form.findChildren(QDateTimeEdit) == [], path.name  # QDateEdit and QTimeEdit too
        for edit in form.findChildren(QWidget):
            if DATE_NAME.search(edit.objectName()):
                kind = type(edit).__name__
                assert kind in ("DateInput", "DateTimeInput"), (path.stem, edit.objectName(), kind)
                found.append(f"{path.stem}.{edit.objectName()}")
    # Three kinds of date field (QDateEdit, QDateTimeEdit, plain line edits) became these; the
    # assessment over time (issue 17) added one.
    assert len(found) == 16, found
    assert "family_round_dialog.assessedOnEdit" in found
    built_in_code = [
        p.name
        for p in SOURCE.rglob("*.py")
        if re.search(r"\bQ(Date|DateTime|Time)Edit\b", p.read_text(encoding="utf-8"))
    ]
    assert built_in_code == []


# --- typing dates ---------------------------------------------------------------------------


def test_typing_04_12_2026_into_every_date_time_field_gives_4_december(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    assert family.id is not None
    desk = shown(qtbot, DeskView(session=session, navigator=navigator))
    interview = shown(qtbot, InterviewView(session=session, navigator=navigator))
    interview.open(family.id)
    interview.fields.has_next.setChecked(True)
    view = shown(qtbot, FamilyView(session=session, navigator=navigator))
    view.open(family.id, kind="interview", ref_id=1)
    dialog = view.interviews_tab.edit_selected()
    fields = [
        desk.when,
        interview.fields.start,
        interview.fields.next_appointment,
        dialog.starts_at,
        dialog.next_appointment,
    ]
    for field in fields:
        retype(qtbot, field, "04/12/2026 10:30")
        assert field.dateTime() == QDateTime(DECEMBER_4, QTime(10, 30)), field.objectName()
        assert field.text() == "04/12/2026 10:30"  # exactly as typed


@pytest.mark.parametrize(
    "typed", ["04/12/2026", "4/12/26", "4-12-2026", "04.12.2026", "2026-12-04", " 4 / 12 / 2026 "]
)
def test_italian_ways_of_writing_a_day_give_the_same_day(qtbot, typed: str) -> None:
    form = load_form("family_closure")
    qtbot.addWidget(form)
    edit = form.findChild(QWidget, "closedOnEdit")
    retype(qtbot, edit, typed)
    assert edit.date() == DECEMBER_4
    assert edit.placeholderText() == "dd/mm/yyyy"


def test_oggi_and_today_mean_today_and_the_calendar_picks_a_day(qtbot) -> None:
    form = load_form("family_payment_dialog")
    shown(qtbot, form)
    edit = form.findChild(QWidget, "paidOnEdit")
    for word in ("oggi", "today", "Oggi"):
        retype(qtbot, edit, word)
        assert edit.date() == QDate.currentDate()
    edit.show_calendar()
    calendar = edit._calendar
    assert calendar is not None and calendar.isVisible()
    calendar.clicked.emit(DECEMBER_4)
    assert edit.text() == "04/12/2026"


def test_every_date_field_of_the_family_forms_reads_04_12_2026(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    for name in ("family_closure", "family_assessment", "family_consent_dialog",
                 "family_payment_dialog", "family_withdraw_dialog", "family_action_dialog",
                 "family_member_dialog", "reports"):  # fmt: skip
        form = load_form(name)
        qtbot.addWidget(form)
        edits = [e for e in form.findChildren(QWidget) if DATE_NAME.search(e.objectName())]
        assert edits, name
        for edit in edits:
            retype(qtbot, edit, "04/12/2026")
            assert edit.date() == DECEMBER_4, (name, edit.objectName())


# --- precise messages -----------------------------------------------------------------------


def test_31_february_is_explained_not_blamed_on_the_format(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    assert family.id is not None
    view = shown(qtbot, FamilyView(session=session, navigator=navigator))
    view.open(family.id)
    tab = view.assessment_tab
    retype(qtbot, tab.assessed_on, "31/02/2026")
    assert not tab.save()
    assert tab.errors.text("assessed_on") == "31/02/2026 is not a date: February 2026 has 28 days"
    assert tab.assessed_on.text() == "31/02/2026"  # kept as typed, not turned into 28/02 or 03/03
    retype(qtbot, tab.assessed_on, "29/02/2028")  # a leap year: fine
    assert tab.assessed_on.date() == QDate(2028, 2, 29)
    desk = shown(qtbot, DeskView(session=session, navigator=navigator))
    desk.when.setFocus()
    desk.when.selectAll()  # typed over the time shown: never a readable date on the way
    qtbot.keyClicks(desk.when, "31/04/2026 10:00")
    before = len(all_contacts(session))
    desk.save_contact()
    assert desk.message.text() == "31/04/2026 is not a date: April 2026 has 30 days"
    assert len(all_contacts(session)) == before


# --- unlikely dates: asked, not refused, not silent --------------------------------------------


def test_a_desk_contact_dated_2030_is_asked_about(
    qtbot, session: Session, navigator: RecordingNavigator
) -> None:
    desk = shown(qtbot, DeskView(session=session, navigator=navigator))
    qtbot.keyClicks(desk.request, "informazioni sul bando")
    retype(qtbot, desk.when, "04/12/2030 10:00")
    before = len(all_contacts(session))
    asked = answer_dates(save=False)
    desk.save_contact()
    assert asked and "more than a year from today" in asked[0] and "Save anyway?" in asked[0]
    assert len(all_contacts(session)) == before  # cancelled: nothing saved
    assert desk.when.text() == "04/12/2030 10:00"  # and the form is as it was
    assert desk.request.text() == "informazioni sul bando"
    asked = answer_dates(save=True)
    desk.save_contact()
    assert asked
    contacts = all_contacts(session)
    assert len(contacts) == before + 1
    assert any(c.occurred_at == datetime(2030, 12, 4, 10, 0) for c in contacts)


def test_unemployed_since_2099_and_before_birth_are_asked_about(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    assert family.id is not None
    view = shown(qtbot, FamilyView(session=session, navigator=navigator))
    view.open(family.id)
    tab = view.household_tab
    tab.add_member_button.click()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.birth_year, "1990")
    qtbot.keyClicks(dialog.unemployed_since, "01/01/2099")
    asked = answer_dates(save=False)
    save_dialog(dialog)
    assert asked and "more than a year" in asked[0]
    assert dialog.isVisible() and tab.members_model.rowCount() == 2  # kept open, not staged
    retype(qtbot, dialog.unemployed_since, "01/03/1985")
    asked = answer_dates(save=True)
    save_dialog(dialog)
    assert asked and "before 1990, the year of birth" in asked[0]
    assert tab.members_model.rowCount() == 3  # saved anyway


def test_an_action_due_in_2020_is_asked_about_when_created(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    assert family.id is not None
    view = shown(qtbot, FamilyView(session=session, navigator=navigator))
    view.open(family.id)
    tab = view.actions_tab
    before = len(session.records.actions.for_family(family.id))
    tab.add_button.click()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.description, "Iscrizione al centro per l'impiego")
    qtbot.keyClicks(dialog.due_on, "15/06/2020")
    asked = answer_dates(save=False)
    save_dialog(dialog)
    assert asked and "already past" in asked[0]
    assert dialog.isVisible()
    assert len(session.records.actions.for_family(family.id)) == before
    asked = answer_dates(save=True)
    save_dialog(dialog)
    assert asked
    tab.save_bar.save_button.click()  # staged by the dialog, written by the tab's Save
    stored = session.records.actions.for_family(family.id)
    assert any(a.due_on == date(2020, 6, 15) for a in stored)


def test_an_interview_in_the_future_is_asked_about(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    assert family.id is not None
    view = shown(qtbot, InterviewView(session=session, navigator=navigator))
    view.open(family.id)
    before = len(session.records.interviews.for_family(family.id))
    qtbot.keyClicks(view.fields.notes, "colloquio")
    later = datetime.now().replace(second=0, microsecond=0) + timedelta(days=7)
    retype(qtbot, view.fields.start, later.strftime("%d/%m/%Y %H:%M"))
    asked = answer_dates(save=False)
    view.save_interview()
    assert asked and "in the future" in asked[0]
    assert len(session.records.interviews.for_family(family.id)) == before
    assert view.fields.notes.toPlainText() == "colloquio"
    asked = answer_dates(save=True)
    view.save_interview()
    assert asked
    stored = session.records.interviews.for_family(family.id)
    assert any(i.starts_at == later for i in stored)
