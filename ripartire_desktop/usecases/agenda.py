"""The agenda outside the vault: an .ics calendar file and the day's reminders.

Both carry family codes and neutral words only ("Colloquio RIP-2026-017"): no names, no notes,
no action types. A calendar file ends up in phones and cloud calendars; a reminder shows on
the desktop where anyone passing can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases.session import VaultSession

APPOINTMENT, ACTION = "appointment", "action"
APPOINTMENT_LENGTH = timedelta(hours=1)  # an interview's usual slot; the file says nothing else
# The audit detail of an agenda export (the period follows).
EXPORT_DETAIL = "agenda ics"
DEFAULT_DAYS = 30  # the CLI's period without --to: the next month
_WORDS = {
    "it": {APPOINTMENT: "Colloquio", ACTION: "Azione in scadenza"},
    "en": {APPOINTMENT: "Interview", ACTION: "Action due"},
}


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One appointment (with its time) or one open action due that day: a code, no more."""

    kind: str  # APPOINTMENT or ACTION
    code: str
    day: date
    at: time | None = None  # appointments only
    ref_id: int = 0  # the interview that agreed the appointment, or the action

    def summary(self, language: str = "it") -> str:
        words = _WORDS.get(language, _WORDS["it"])
        return f"{words[self.kind]} {self.code}"


@dataclass(frozen=True, slots=True)
class AgendaExport:
    path: Path
    appointments: int
    actions: int


def items(records: Records, start: date, end: date) -> list[AgendaItem]:
    """Appointments and open actions due in [start, end), by day then time."""
    found = [
        AgendaItem(APPOINTMENT, a.code, a.at.date(), a.at.time(), a.interview_id)
        for a in records.interviews.appointments(
            datetime.combine(start, time()), datetime.combine(end, time())
        )
    ]
    for code, action in records.actions.due_between(start, end):
        assert action.due_on is not None and action.id is not None
        found.append(AgendaItem(ACTION, code, action.due_on, None, action.id))
    return sorted(found, key=lambda i: (i.day, i.at or time.max, i.kind, i.code))


def reminders(records: Records, on: date) -> list[AgendaItem]:
    """The day's appointments and due actions, plus open actions already overdue."""
    overdue = [
        AgendaItem(ACTION, code, action.due_on, None, action.id or 0)
        for code, action in records.actions.overdue(on)
        if action.due_on is not None
    ]
    return overdue + items(records, on, on + timedelta(days=1))


def calendar_bytes(found: list[AgendaItem], *, language: str = "it", stamp: datetime) -> bytes:
    """An iCalendar document: a VEVENT per appointment, a VTODO per due action."""
    from icalendar import Calendar, Event, Todo  # ~0.07 s to import: only when exporting

    calendar = Calendar()
    calendar.add("prodid", "-//Ripartire//Agenda//IT")
    calendar.add("version", "2.0")
    for item in found:
        component: Event | Todo
        if item.kind == APPOINTMENT:
            assert item.at is not None
            component = Event()
            starts = datetime.combine(item.day, item.at)
            component.add("dtstart", starts)
            component.add("dtend", starts + APPOINTMENT_LENGTH)
        else:
            component = Todo()
            component.add("due", item.day)
        component.add("uid", f"{item.kind}-{item.ref_id}-{item.day.isoformat()}@ripartire")
        component.add("dtstamp", stamp)
        component.add("summary", item.summary(language))
        component.add("class", "CONFIDENTIAL")
        calendar.add_component(component)
    return calendar.to_ical()


def export_ics(
    session: VaultSession,
    target: Path,
    start: date,
    end: date,
    *,
    language: str = "it",
    now: datetime | None = None,
) -> AgendaExport:
    """Write the agenda of [start, end) to `target` (never over an existing file:
    FileExistsError), with an audit entry naming the period."""
    if end <= start:
        raise ValueError("the period ends before it starts")
    if target.exists():
        raise FileExistsError(str(target))
    found = items(session.records, start, end)
    atomic_write(target, calendar_bytes(found, language=language, stamp=now or datetime.now()))
    last = end - timedelta(days=1)
    session.audit(
        AuditAction.EXPORT, detail=f"{EXPORT_DETAIL} {start.isoformat()}..{last.isoformat()}"
    )
    appointments = sum(1 for item in found if item.kind == APPOINTMENT)
    return AgendaExport(target, appointments, len(found) - appointments)
