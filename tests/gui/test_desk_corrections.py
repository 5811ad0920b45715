"""The desk of issue 15: walk-ins "in person", an appointment that reaches the agenda, contacts
corrected and deleted with an audit entry, an empty contact refused, messages that clear."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ripartire_desktop.domain import Channel, Family, FirstContact, FirstContactOutcome
from ripartire_desktop.gui.session import Session
from tests.core.records_fixtures import populated_family
from tests.gui.test_desk_agenda import agenda_view, desk_view

NOW = datetime.now().replace(microsecond=0)


@pytest.fixture
def family(session: Session) -> Family:
    return populated_family(session.records, "Ortensia")


def test_a_walk_in_is_logged_in_person(qtbot, session: Session, navigator: Any) -> None:
    view = desk_view(qtbot, session, navigator)
    index = view.channel.findData(Channel.IN_PERSON.value)
    assert index >= 0 and view.channel.itemText(index) in ("In person", "Di persona")
    view.channel.setCurrentIndex(index)
    qtbot.keyClicks(view.request, "Chiede del progetto")
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (contact,) = session.records.first_contacts.between(
        NOW - timedelta(hours=1), NOW + timedelta(hours=1)
    )
    assert contact.channel == Channel.IN_PERSON


def test_an_appointment_booked_at_the_desk_reaches_the_agenda(
    qtbot, session: Session, navigator: Any
) -> None:
    view = desk_view(qtbot, session, navigator)
    assert not view.appointment.isEnabled()  # only for "appointment booked"
    view.outcome.setCurrentIndex(view.outcome.findData("appointment_booked"))
    assert view.appointment.isEnabled()
    when = (NOW + timedelta(days=2)).replace(hour=10, minute=30, second=0)
    view.appointment.setDateTime(QDateTime(when.date(), when.time()))
    qtbot.keyClicks(view.request, "Bollette")
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (contact,) = session.records.first_contacts.between(
        NOW - timedelta(hours=1), NOW + timedelta(hours=1)
    )
    assert contact.appointment_at == when
    agenda = agenda_view(qtbot, session, navigator)
    agenda.show_day(when.date())
    texts = [
        [agenda.model.index(r, c).data() for c in range(3)] for r in range(agenda.model.rowCount())
    ]
    assert ["10:30", "anonymous", "Desk appointment"] in texts


def test_an_empty_contact_is_refused_with_a_field_message_and_the_old_message_goes(
    qtbot, session: Session, navigator: Any
) -> None:
    view = desk_view(qtbot, session, navigator)
    qtbot.keyClicks(view.request, "Prima richiesta")
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "saved" in view.message.text()
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 1  # nothing more saved
    assert view.request_error.isVisible() and "asked" in view.request_error.text()
    assert view.message.text() == ""  # no "saved" next to the error
    assert view.request.hasFocus()
    qtbot.keyClicks(view.request, "Seconda")
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not view.request_error.isVisible() and "saved" in view.message.text()
    # and an unknown code after a save: the error alone
    view.family.setText("RIP-1999-999")
    qtbot.keyClicks(view.request, "Terza")
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.family_error.isVisible() and view.message.text() == ""


def _stored(session: Session, request: str) -> FirstContact:
    return session.records.first_contacts.add(
        FirstContact(
            occurred_at=NOW - timedelta(minutes=5),
            channel=Channel.PHONE,
            outcome=FirstContactOutcome.OTHER,
            request=request,
        )
    )


def test_a_contact_is_corrected_with_an_audit_entry_that_names_no_one(
    qtbot, session: Session, family: Family, navigator: Any
) -> None:
    contact = _stored(session, "Richiesta sbagliata di Ortensia")
    view = desk_view(qtbot, session, navigator)
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.correct_button.isEnabled()
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    assert view.request.text() == "Richiesta sbagliata di Ortensia"
    view.request.setText("Richiesta corretta")
    view.channel.setCurrentIndex(view.channel.findData(Channel.IN_PERSON.value))
    view.family.setText(family.code)
    qtbot.keyClick(view.request, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert contact.id is not None
    fixed = session.records.first_contacts.get(contact.id)
    assert fixed is not None
    assert fixed.request == "Richiesta corretta" and fixed.channel == Channel.IN_PERSON
    assert fixed.family_id == family.id and fixed.occurred_at == contact.occurred_at
    assert view.model.rowCount() == 1  # corrected, not added
    entry = session.records.audit.entries(limit=1)[0]
    assert entry.action == "desk_correct" and "Ortensia" not in entry.detail
    assert "corretta" not in entry.detail


def test_a_contact_is_deleted_after_a_question_with_no_as_default(
    qtbot, session: Session, navigator: Any
) -> None:
    contact = _stored(session, "Da togliere")
    view = desk_view(qtbot, session, navigator)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = view._delete_box
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert contact.id is not None and session.records.first_contacts.get(contact.id) is None
    assert view.model.rowCount() == 0
    entry = session.records.audit.entries(limit=1)[0]
    assert entry.action == "desk_delete" and "togliere" not in entry.detail
