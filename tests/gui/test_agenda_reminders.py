"""The agenda leaves the vault only as codes: the .ics export from the agenda view, and the
reminders of the day (start-up list, notification or banner at the appointment's time)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from ripartire_desktop.domain import Family, Interview, InterviewMode
from ripartire_desktop.gui.reminders import Reminders
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.agenda import AgendaView
from ripartire_desktop.usecases import audit_log
from tests.core.records_fixtures import populated_family
from tests.gui.conftest import RecordingNavigator
from tests.gui.test_exports_gui import choose_save

TAG = "Promemoria"
NAMES = (f"Nome{TAG}", f"Cognome{TAG}")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def family(session: Session) -> Family:
    return populated_family(session.records, TAG)  # appointment 10/03/2026 10:00, action 01/04


def _open_boxes(parent: QWidget) -> list[QMessageBox]:
    return [b for b in parent.findChildren(QMessageBox) if b.isVisible()]


def test_agenda_exports_the_period_shown_as_ics_with_codes_only(
    qtbot,
    session: Session,
    family: Family,
    navigator: RecordingNavigator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = AgendaView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.show()
    view.show_day(date(2026, 3, 10))
    view.week_button.setChecked(True)
    target = tmp_path / "settimana.ics"
    offered = choose_save(monkeypatch, target)
    qtbot.mouseClick(view.export_button, LEFT)
    assert offered and offered[0].endswith("agenda-20260309.ics")  # the Monday of that week
    calendar = Calendar.from_ical(target.read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [f"Colloquio {family.code}"]
    text = target.read_text(encoding="utf-8")
    assert not any(name in text for name in NAMES)
    assert any(box.text().startswith("1 ") for box in _open_boxes(view))
    entries = audit_log.page(session.records)
    assert any(e.detail == "agenda ics 2026-03-09..2026-03-15" for e in entries)
    # Never over an existing file: refused, the file is left as it was.
    before = target.read_bytes()
    qtbot.mouseClick(view.export_button, LEFT)
    assert target.read_bytes() == before
    assert any("already exists" in box.text() for box in _open_boxes(view))
    assert len([e for e in audit_log.page(session.records) if "agenda ics" in e.detail]) == 1


def _reminders(session: Session, parent: QWidget, at: datetime, *, tray: bool):  # type: ignore[no-untyped-def]
    banners: list[str] = []
    reminders = Reminders(parent, session=session, banner=banners.append, now=lambda: at, tray=tray)
    return reminders, banners


def test_start_up_lists_the_days_appointments_by_code_and_the_banner_tells_at_the_time(
    qtbot, session: Session, family: Family
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    reminders, banners = _reminders(session, parent, datetime(2026, 3, 10, 9, 52), tray=False)
    reminders.start()
    assert reminders.summary is not None and reminders.summary.isVisible()
    summary = reminders.summary.text()
    assert "10:00" in summary and family.code in summary
    assert not any(name in summary for name in NAMES)
    assert banners == [f"Appointment at 10:00: {family.code}"]  # 8 minutes before
    reminders.check()
    assert len(banners) == 1  # once per appointment
    reminders.stop()
    assert reminders.summary is None


def test_the_tray_notification_shows_the_code_never_a_name(
    qtbot, session: Session, family: Family, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _self, title, text, *a: shown.append((title, text))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    moment = [datetime(2026, 3, 10, 8, 0)]
    reminders = Reminders(
        parent, session=session, banner=lambda _t: None, now=lambda: moment[0], tray=True
    )
    reminders.start()
    assert shown == []  # too early
    moment[0] = datetime(2026, 3, 10, 9, 55)
    reminders.check()
    assert shown == [("Ripartire", f"Appointment at 10:00: {family.code}")]
    for title, text in shown:
        assert not any(name in title + text for name in NAMES)
    moment[0] = datetime(2026, 3, 10, 10, 30)  # past: not told again
    reminders.check()
    assert len(shown) == 1
    reminders.stop()


def test_no_start_up_list_for_old_overdue_actions_alone(
    qtbot, session: Session, family: Family
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    reminders, banners = _reminders(session, parent, datetime(2026, 5, 1, 9, 0), tray=False)
    reminders.start()
    assert reminders.summary is None and banners == []
    reminders.stop()


def test_overdue_actions_are_counted_under_the_days_list(
    qtbot, session: Session, family: Family
) -> None:
    assert family.id is not None
    today = datetime(2026, 4, 3, 8, 0)
    session.records.interviews.add(
        Interview(
            family_id=family.id,
            starts_at=today - timedelta(days=1),
            duration_minutes=30,
            mode=InterviewMode.DESK,
            next_appointment=today + timedelta(hours=3),
        )
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    reminders, _banners = _reminders(session, parent, today, tray=False)
    reminders.start()
    assert reminders.summary is not None
    text = reminders.summary.text()
    assert "11:00" in text and "1 action overdue" in text
    reminders.stop()
