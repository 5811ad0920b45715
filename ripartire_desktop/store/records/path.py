"""The support path: interviews (colloqui) and plan actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ripartire_desktop.domain import Interview, PlanAction
from ripartire_desktop.store.columns import ACTIONS, FIRST_CONTACTS, INTERVIEWS
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable, Shape

# The family code read with each row of a join on families.
_WITH_CODE = {"code": "f.code"}
OPEN_ACTION_STATES = ("planned", "in_progress", "blocked")
_OPEN = f"a.status IN ({', '.join(repr(state) for state in OPEN_ACTION_STATES)})"


@dataclass(frozen=True, slots=True)
class Appointment:
    family_id: int  # 0: an anonymous desk contact
    code: str  # "" for an anonymous desk contact
    at: datetime
    interview_id: int  # 0 for an appointment booked at the desk
    desk_contact_id: int = 0  # the desk contact that booked it, if it came from the desk


class InterviewRepository(FamilyTable[Interview]):
    shape = Shape(INTERVIEWS, Interview)
    family_order = "starts_at DESC, id DESC"  # newest first: the timeline a counsellor reads

    def counts_by_family(self) -> dict[int, int]:
        """How many interviews each family has (a family with none is absent)."""
        rows = self._conn.execute("SELECT family_id, count(*) FROM interviews GROUP BY family_id")
        return dict(rows.fetchall())

    def appointments(
        self, start: datetime, end: datetime, *, limit: int | None = None
    ) -> list[Appointment]:
        """Appointments between `start` and `end`, soonest first: the next ones agreed in
        interviews and those booked at the desk (anonymous ones too, without a code); the
        first `limit` of them when given (`count_appointments` says how many in all)."""
        interviews = INTERVIEWS.select(
            "JOIN families f ON f.id = i.family_id "
            "WHERE i.next_appointment >= ? AND i.next_appointment < ?",
            columns=("id", "family_id", "next_appointment"),
            alias="i",
            extra={**_WITH_CODE, "desk": "0"},
        )
        desk = FIRST_CONTACTS.select(
            "LEFT JOIN families f ON f.id = c.family_id "
            "WHERE c.appointment_at >= ? AND c.appointment_at < ?",
            columns=("id", "family_id", "appointment_at"),
            alias="c",
            extra={"code": "coalesce(f.code, '')", "desk": "1"},
        )
        window = (cv.moment(start), cv.moment(end))
        page = "" if limit is None else f" LIMIT {int(limit)}"
        rows = self._conn.execute(f"{interviews} UNION ALL {desk} ORDER BY 3, 5{page}", window * 2)
        return [
            Appointment(
                family_id=family_id or 0,
                code=code,
                at=cv.to_moment_req(at),
                interview_id=0 if desk else id_,
                desk_contact_id=id_ if desk else 0,
            )
            for id_, family_id, at, code, desk in rows
        ]

    def count_appointments(self, start: datetime, end: datetime) -> int:
        """How many appointments `appointments(start, end)` lists, counted by SQLite on the
        two indexes (interviews_next, first_contacts_appointment), no row read out."""
        window = (cv.moment(start), cv.moment(end))
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM interviews i JOIN families f ON f.id = i.family_id "
            "WHERE i.next_appointment >= ? AND i.next_appointment < ?) + (SELECT count(*) "
            "FROM first_contacts c WHERE c.appointment_at >= ? AND c.appointment_at < ?)",
            window * 2,
        ).fetchone()
        return int(row[0])


class ActionRepository(FamilyTable[PlanAction]):
    shape = Shape(ACTIONS, PlanAction)
    family_order = "due_on IS NULL, due_on, id"

    def overdue(self, on: date, *, limit: int | None = None) -> list[tuple[str, PlanAction]]:
        """Open actions whose due date has passed, with the family code, oldest first (the
        first `limit` when given: `count_overdue` says how many in all)."""
        page = "" if limit is None else f" LIMIT {int(limit)}"
        return self._with_code(
            f"WHERE a.due_on < ? AND {_OPEN} ORDER BY a.due_on, a.id{page}", (cv.day(on),)
        )

    def count_overdue(self, on: date) -> int:
        """How many open actions are overdue on `on` (what `overdue(on)` lists), in SQL."""
        row = self._conn.execute(
            f"SELECT count(*) FROM actions a WHERE a.due_on < ? AND {_OPEN}", (cv.day(on),)
        ).fetchone()
        return int(row[0])

    def due_between(self, start: date, end: date) -> list[tuple[str, PlanAction]]:
        """Open actions due in [start, end), with the family code, by due date."""
        return self._with_code(
            f"WHERE a.due_on >= ? AND a.due_on < ? AND {_OPEN} ORDER BY a.due_on, f.code",
            (cv.day(start), cv.day(end)),
        )

    def _with_code(self, tail: str, params: tuple[object, ...]) -> list[tuple[str, PlanAction]]:
        sql = ACTIONS.select(
            f"JOIN families f ON f.id = a.family_id {tail}",
            columns=self.shape.columns,
            alias="a",
            extra=_WITH_CODE,
        )
        entity = self.shape.entity
        return [(code, entity(action)) for *action, code in self._conn.execute(sql, params)]
