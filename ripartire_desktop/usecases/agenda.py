"""The agenda outside the vault: an .ics calendar file and the day's reminders.

Both carry family codes and neutral words only ("Colloquio RIP-2026-017"): no names, no notes,
no action types, no benefit names (a follow-up after closure and a renewal, of a benefit or
an ISEE, are "Follow-up" and "Scadenza da rinnovare" with the code). A calendar file ends up
in phones and cloud calendars; a reminder shows on the desktop where anyone passing can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases import outcomes
from ripartire_desktop.usecases.session import VaultSession

APPOINTMENT, ACTION = "appointment", "action"
FOLLOW_UP, RENEWAL = "follow_up", "renewal"
# Follow-ups after closure not recorded within this many days of their day leave the reminders.
FOLLOW_UP_GRACE_DAYS = 30
APPOINTMENT_LENGTH = timedelta(hours=1)  # an interview's usual slot; the file says nothing else
# The audit detail of an agenda export (the period follows).
EXPORT_DETAIL = "agenda ics"
DEFAULT_DAYS = 30  # the CLI's period without --to: the next month
_WORDS = {
    "it": {
        APPOINTMENT: "Colloquio",
        ACTION: "Azione in scadenza",
        FOLLOW_UP: "Follow-up",
        RENEWAL: "Scadenza da rinnovare",
    },
    "en": {
        APPOINTMENT: "Interview",
        ACTION: "Action due",
        FOLLOW_UP: "Follow-up",
        RENEWAL: "Renewal due",
    },
}


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One appointment (with its time), open action, follow-up after closure or renewal
    (of a benefit or an ISEE) due that day: a code, no more."""

    kind: str  # APPOINTMENT, ACTION, FOLLOW_UP or RENEWAL
    code: str
    day: date
    at: time | None = None  # appointments only
    ref_id: int = 0  # the interview that agreed the appointment, the action, or the family
    part: str = ""  # what tells two items of a family on one day apart in a calendar

    def summary(self, language: str = "it") -> str:
        words = _WORDS.get(language, _WORDS["it"])
        return f"{words[self.kind]} {self.code}"


@dataclass(frozen=True, slots=True)
class AgendaExport:
    path: Path
    appointments: int
    actions: int
    due_dates: int = 0  # follow-ups after closure and renewals (benefits, ISEE)


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
    found += _outcome_items(records, start, end)
    return sorted(found, key=lambda i: (i.day, i.at or time.max, i.kind, i.code))


def _outcome_items(records: Records, start: date, end: date) -> list[AgendaItem]:
    """Follow-ups after closure not yet recorded, and renewals of benefits and ISEE."""
    found = [
        AgendaItem(FOLLOW_UP, due.code, due.due_on, None, due.family_id, f"{due.months}m")
        for due in outcomes.follow_ups_between(records, start, end)
    ]
    # The calendar's uid tells a family's renewals of one day apart by their order only: a
    # benefit's name in a uid would say what the family receives.
    seen: dict[tuple[int, date], int] = {}
    for fact in outcomes.dated_facts(records, start, end):
        n = seen[(fact.family_id, fact.on)] = seen.get((fact.family_id, fact.on), 0) + 1
        found.append(AgendaItem(RENEWAL, fact.code, fact.on, None, fact.family_id, f"r{n}"))
    return found


def reminders(records: Records, on: date) -> list[AgendaItem]:
    """The day's appointments and due items, plus open actions already overdue and
    follow-ups overdue by less than FOLLOW_UP_GRACE_DAYS."""
    overdue = [
        AgendaItem(ACTION, code, action.due_on, None, action.id or 0)
        for code, action in records.actions.overdue(on)
        if action.due_on is not None
    ]
    overdue += [
        AgendaItem(FOLLOW_UP, due.code, due.due_on, None, due.family_id, f"{due.months}m")
        for due in outcomes.follow_ups_between(
            records, on - timedelta(days=FOLLOW_UP_GRACE_DAYS), on
        )
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
        part = f"-{item.part}" if item.part else ""
        component.add("uid", f"{item.kind}-{item.ref_id}{part}-{item.day.isoformat()}@ripartire")
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
    actions = sum(1 for item in found if item.kind == ACTION)
    return AgendaExport(target, appointments, actions, len(found) - appointments - actions)
