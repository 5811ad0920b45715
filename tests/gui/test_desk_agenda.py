"""The drop-in desk and the agenda, driven as a counsellor would: keys, clicks, Enter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    Channel,
    Family,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    Interview,
    InterviewMode,
    PlanAction,
)
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views.agenda import ACTION, APPOINTMENT, HEADING, AgendaView
from ripartire_desktop.gui.views.desk import DeskView, preview
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

ONE_MIN = timedelta(minutes=1)


class RecordingNavigator:
    """Stands in for the main window: records where the view sends the user."""

    def __init__(self) -> None:
        self.opened: list[tuple[int, str, int]] = []
        self.messages: list[str] = []

    def show_view(self, name: str) -> None:
        pass

    def open_family(self, family_id: int, *, kind: str = "", ref_id: int = 0) -> None:
        self.opened.append((family_id, kind, ref_id))

    def open_interview_mode(self, family_id: int) -> None:
        pass

    def status(self, message: str) -> None:
        self.messages.append(message)


@pytest.fixture
def session(data_dir: Path) -> Iterator[Session]:
    vault, _ = new_vault(data_dir)
    session = Session(vault=vault, tasks=BackgroundTasks())
    session.opened()
    yield session
    session.lock()


@pytest.fixture
def navigator() -> RecordingNavigator:
    return RecordingNavigator()


@pytest.fixture
def family(session: Session) -> Family:
    return populated_family(session.records, "Ortensia")


def shown(qtbot, view: QWidget) -> QWidget:
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view, timeout=60_000)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=60_000)
    return view


def desk_view(qtbot, session: Session, navigator: RecordingNavigator) -> DeskView:
    view = DeskView(session=session, navigator=navigator)
    shown(qtbot, view)
    view.refresh()
    return view


def agenda_view(qtbot, session: Session, navigator: RecordingNavigator) -> AgendaView:
    view = AgendaView(session=session, navigator=navigator)
    shown(qtbot, view)
    view.refresh()
    return view


def all_texts(root: QWidget) -> str:
    texts = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.index(row, column).data() or ""))
    return "\n".join(texts)


def unlabelled_inputs(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        parent, inner = widget.parentWidget(), False
        while parent is not None:
            inner = inner or isinstance(parent, QAbstractSpinBox | QComboBox)
            parent = parent.parentWidget()
        if isinstance(widget, QHeaderView):
            continue  # part of its table
        labelled = widget in buddies or bool(widget.accessibleName())
        if isinstance(widget, kinds) and not inner and not labelled:
            missing.append(widget.objectName() or type(widget).__name__)
    return missing


# --- the drop-in desk ------------------------------------------------------------------------


def test_an_anonymous_contact_takes_a_few_key_presses(
    qtbot, session: Session, navigator: RecordingNavigator
) -> None:
    view = desk_view(qtbot, session, navigator)
    assert view.channel.hasFocus()  # where a new contact starts
    qtbot.keyClick(view.channel, Qt.Key.Key_Tab)
    qtbot.keyClick(view.outcome, Qt.Key.Key_Tab)
    assert view.request.hasFocus()
    qtbot.keyClicks(view.request, "Aiuto per le bollette della luce")
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    now = datetime.now()
    (contact,) = session.records.first_contacts.between(now - timedelta(hours=1), now + ONE_MIN)
    assert contact.family_id is None
    assert contact.request == "Aiuto per le bollette della luce"
    assert contact.channel == Channel.PHONE
    assert contact.outcome == FirstContactOutcome.INFORMATION_GIVEN
    assert view.request.text() == ""  # ready for the next one
    assert "anonymous" in view.message.text()
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(5)]
    assert row[1] == "anonymous" and row[4] == "Aiuto per le bollette della luce"


def test_a_contact_is_linked_by_code_and_the_completer_knows_codes_only(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    view = desk_view(qtbot, session, navigator)
    view.request.setFocus()
    qtbot.keyClicks(view.family, "zz-nessuno")
    qtbot.keyClicks(view.request, "richiesta")
    qtbot.keyClick(view.request, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert view.family_error.isVisible()
    assert view.model.rowCount() == 0  # nothing saved
    view.family.setText("")
    view.family.setFocus()
    qtbot.keyClicks(view.family, family.code[-5:].lower())
    assert view.codes.stringList() == [family.code]
    assert "Ortensia" not in " ".join(view.codes.stringList())
    popup = view.family.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=60_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # pick the suggestion
    assert view.family.text() == family.code
    view.outcome.setCurrentIndex(view.outcome.findData("appointment_booked"))
    qtbot.keyClick(view.family, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert family.id is not None
    linked = session.records.first_contacts.for_family(family.id)
    assert [c.request for c in linked][-1] == "richiesta"
    assert linked[-1].outcome == FirstContactOutcome.APPOINTMENT_BOOKED
    assert not view.family_error.isVisible()
    assert family.code in view.message.text()


def test_an_anonymous_contact_turns_into_a_family(
    qtbot, session: Session, navigator: RecordingNavigator
) -> None:
    contact = session.records.first_contacts.add(
        FirstContact(
            occurred_at=datetime.now().replace(microsecond=0),
            channel=Channel.WORD_OF_MOUTH,
            outcome=FirstContactOutcome.APPOINTMENT_BOOKED,
            request="sfratto imminente",
        )
    )
    view = desk_view(qtbot, session, navigator)
    assert not view.turn_button.isEnabled()
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.turn_button.isEnabled()
    qtbot.mouseClick(view.turn_button, Qt.MouseButton.LeftButton)
    assert contact.id is not None
    linked = session.records.first_contacts.get(contact.id)
    assert linked is not None and linked.family_id is not None
    created = session.records.families.get(linked.family_id)
    assert created.status == FamilyStatus.FIRST_CONTACT
    assert created.first_contact_channel == Channel.WORD_OF_MOUTH
    assert navigator.opened == [(linked.family_id, "", 0)]
    view.refresh()
    assert view.model.index(0, 1).data() == created.code
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert not view.turn_button.isEnabled()  # already a family
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the linked family
    assert navigator.opened[-1] == (created.id, "first_contact", contact.id)


def test_preview_keeps_the_first_words() -> None:
    assert preview("  una   richiesta\nbreve ") == "una richiesta breve"
    long = preview("parola " * 40)
    assert long.endswith("…") and len(long) <= 61 and "  " not in long


# --- the agenda --------------------------------------------------------------------------


def test_an_appointment_shows_on_its_day_and_enter_opens_the_family(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    assert family.id is not None
    (interview,) = session.records.interviews.for_family(family.id)
    assert interview.next_appointment == datetime(2026, 3, 10, 10, 0)
    view = agenda_view(qtbot, session, navigator)
    view.show_day(date(2026, 3, 10))
    rows = view.model.rows()
    headings = [r.when for r in rows if r.kind == HEADING and not r.overdue]
    assert len(headings) == 1 and "10" in headings[0] and "2026" in headings[0]
    appointment = next(r for r in rows if r.kind == APPOINTMENT)
    assert (appointment.when, appointment.family) == ("10:00", family.code)
    view.show_day(date(2026, 3, 11))
    assert all(r.kind != APPOINTMENT for r in view.model.rows())
    view.week_button.setChecked(True)  # the week of 9-15 March includes the 10th
    rows = view.model.rows()
    number = next(i for i, r in enumerate(rows) if r.kind == APPOINTMENT)
    assert rows[number - 1].kind == HEADING and "10" in rows[number - 1].when
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(number, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert navigator.opened == [(family.id, "interview", interview.id)]


def test_the_days_come_first_then_overdue_actions_in_red(
    qtbot, session: Session, navigator: RecordingNavigator
) -> None:
    today = date.today()
    fam = session.records.families.create(on=today)
    assert fam.id is not None
    late = session.records.actions.add(
        PlanAction(family_id=fam.id, action_type=ActionType.CV, due_on=today - timedelta(3))
    )
    soon = session.records.actions.add(
        PlanAction(
            family_id=fam.id, action_type=ActionType.MICROCREDIT, due_on=today + timedelta(1)
        )
    )
    session.records.actions.add(  # done: not in the agenda
        PlanAction(
            family_id=fam.id,
            action_type=ActionType.JOB_SEARCH,
            due_on=today + timedelta(1),
            status=ActionStatus.DONE,
        )
    )
    session.records.interviews.add(
        Interview(
            family_id=fam.id,
            starts_at=datetime.combine(today, datetime.min.time()),
            duration_minutes=30,
            mode=InterviewMode.PHONE,
            next_appointment=datetime.combine(today + timedelta(1), datetime.min.time())
            + timedelta(hours=9),
        )
    )
    view = agenda_view(qtbot, session, navigator)
    view.show_day(today + timedelta(1))
    rows = view.model.rows()
    # Issue 15: the period's days (this week's appointments) first, the backlog after them.
    day_rows = rows[:3]
    assert [r.kind for r in day_rows] == [HEADING, APPOINTMENT, ACTION]
    assert day_rows[2].ref_id == soon.id and not day_rows[2].overdue
    assert rows[3].kind == HEADING and rows[3].overdue
    assert (rows[4].kind, rows[4].ref_id, rows[4].overdue) == (ACTION, late.id, True)
    red = view.model.index(4, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color().name() == "#b00020"
    view.table.setCurrentIndex(view.model.index(4, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert navigator.opened == [(fam.id, "action", late.id)]
    # Headings are not selectable: Enter on one goes nowhere.
    assert not view.model.flags(view.model.index(3, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_previous_next_and_today_move_by_the_period_shown(
    qtbot, session: Session, navigator: RecordingNavigator
) -> None:
    view = agenda_view(qtbot, session, navigator)
    view.anchor = date(2026, 3, 11)
    view.week_button.setChecked(True)
    assert view.period() == (date(2026, 3, 9), date(2026, 3, 16))
    qtbot.mouseClick(view.findChild(QWidget, "nextButton"), Qt.MouseButton.LeftButton)
    assert view.period() == (date(2026, 3, 16), date(2026, 3, 23))
    view.day_button.setChecked(True)
    qtbot.mouseClick(view.findChild(QWidget, "previousButton"), Qt.MouseButton.LeftButton)
    assert view.period() == (date(2026, 3, 17), date(2026, 3, 18))
    assert "17" in view.range_label.text()
    qtbot.mouseClick(view.findChild(QWidget, "todayButton"), Qt.MouseButton.LeftButton)
    assert view.anchor == date.today()
    week_days = [r for r in view.model.rows() if r.kind == HEADING and not r.overdue]
    assert len(week_days) == 1  # day mode: one day


# --- both ------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(
    qtbot, qtmodeltester, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    desk = desk_view(qtbot, session, navigator)
    assert desk.model.rowCount() >= 0
    qtmodeltester.check(desk.model, force_py=True)
    agenda = agenda_view(qtbot, session, navigator)
    agenda.show_day(date(2026, 3, 10))
    assert agenda.model.rowCount() > 0
    qtmodeltester.check(agenda.model, force_py=True)
    agenda.clear()
    qtmodeltester.check(agenda.model, force_py=True)


def test_clear_leaves_no_family_data_in_any_widget_or_model(
    qtbot, session: Session, family: Family, navigator: RecordingNavigator
) -> None:
    desk = desk_view(qtbot, session, navigator)
    agenda = agenda_view(qtbot, session, navigator)
    agenda.show_day(date(2026, 3, 10))
    desk.family.setText(family.code)
    desk.save_contact()  # a contact linked today: the recent list shows the code
    qtbot.keyClicks(desk.request, "Ortensia chiede aiuto")
    qtbot.keyClicks(desk.family, family.code[-3:])
    assert family.code in all_texts(agenda) and family.code in all_texts(desk)
    for view in (desk, agenda):
        view.clear()
        text = all_texts(view)
        assert family.code not in text and "Ortensia" not in text and "richiesta" not in text
    assert desk.model.rowCount() == 0 and agenda.model.rowCount() == 0
    assert desk.codes.stringList() == []
    assert not desk.request.isUndoAvailable()


def test_every_input_is_labelled(qtbot, session: Session, navigator: RecordingNavigator) -> None:
    assert unlabelled_inputs(desk_view(qtbot, session, navigator)) == []
    assert unlabelled_inputs(agenda_view(qtbot, session, navigator)) == []


def test_the_desk_form_is_in_reading_order(
    qtbot, session: Session, navigator: RecordingNavigator
) -> None:
    view = desk_view(qtbot, session, navigator)
    names = []
    for _ in range(6):
        focused = view.focusWidget()
        assert focused is not None
        names.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # "When" (defaults to now) is last: Tab inside a date edit walks its day, month, ...
    assert names == [
        "channelCombo",
        "outcomeCombo",
        "requestEdit",
        "notesEdit",
        "familyEdit",
        "whenEdit",
    ]
