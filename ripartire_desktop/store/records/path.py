"""The support path: interviews (colloqui) and plan actions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    Interview,
    InterviewMode,
    NeedArea,
    PlanAction,
)
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv

_INTERVIEW = (
    "id, family_id, starts_at, duration_minutes, mode, participants, notes, topics, "
    "next_steps, next_appointment"
)
_ACTION = "id, family_id, action_type, description, owner, due_on, status, outcome"


def _interview(row: Any) -> Interview:
    return Interview(
        id=row[0],
        family_id=row[1],
        starts_at=cv.to_moment_req(row[2]),
        duration_minutes=row[3],
        mode=InterviewMode(row[4]),
        participants=row[5],
        notes=row[6],
        topics=cv.from_words(row[7], NeedArea),
        next_steps=row[8],
        next_appointment=cv.to_moment(row[9]),
    )


def _action(row: Any) -> PlanAction:
    return PlanAction(
        id=row[0],
        family_id=row[1],
        action_type=ActionType(row[2]),
        description=row[3],
        owner=row[4],
        due_on=cv.to_day(row[5]),
        status=ActionStatus(row[6]),
        outcome=row[7],
    )


@dataclass(frozen=True, slots=True)
class Appointment:
    family_id: int
    code: str
    at: datetime
    interview_id: int


class InterviewRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, interview: Interview) -> Interview:
        cursor = self._conn.execute(
            "INSERT INTO interviews (family_id, starts_at, duration_minutes, mode, participants, "
            "notes, topics, next_steps, next_appointment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._values(interview),
        )
        return replace(interview, id=cursor.lastrowid)

    def update(self, interview: Interview) -> None:
        self._conn.execute(
            "UPDATE interviews SET family_id = ?, starts_at = ?, duration_minutes = ?, mode = ?, "
            "participants = ?, notes = ?, topics = ?, next_steps = ?, next_appointment = ? "
            "WHERE id = ?",
            (*self._values(interview), interview.id),
        )

    def delete(self, interview_id: int) -> None:
        self._conn.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))

    def get(self, interview_id: int) -> Interview | None:
        row = self._conn.execute(
            f"SELECT {_INTERVIEW} FROM interviews WHERE id = ?", (interview_id,)
        ).fetchone()
        return None if row is None else _interview(row)

    def for_family(self, family_id: int) -> list[Interview]:
        """Newest first: the timeline a counsellor reads."""
        return [
            _interview(r)
            for r in self._conn.execute(
                f"SELECT {_INTERVIEW} FROM interviews WHERE family_id = ? "
                "ORDER BY starts_at DESC, id DESC",
                (family_id,),
            )
        ]

    def counts_by_family(self) -> dict[int, int]:
        """How many interviews each family has (a family with none is absent)."""
        rows = self._conn.execute("SELECT family_id, count(*) FROM interviews GROUP BY family_id")
        return dict(rows.fetchall())

    def appointments(self, start: datetime, end: datetime) -> list[Appointment]:
        """Next appointments agreed in interviews between `start` and `end`, soonest first."""
        return [
            Appointment(family_id=r[0], code=r[1], at=cv.to_moment_req(r[2]), interview_id=r[3])
            for r in self._conn.execute(
                "SELECT i.family_id, f.code, i.next_appointment, i.id FROM interviews i "
                "JOIN families f ON f.id = i.family_id "
                "WHERE i.next_appointment >= ? AND i.next_appointment < ? "
                "ORDER BY i.next_appointment",
                (cv.moment(start), cv.moment(end)),
            )
        ]

    @staticmethod
    def _values(i: Interview) -> tuple[object, ...]:
        return (
            i.family_id,
            cv.moment(i.starts_at),
            i.duration_minutes,
            i.mode.value,
            i.participants,
            i.notes,
            cv.words(i.topics),
            i.next_steps,
            cv.moment(i.next_appointment),
        )


class ActionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, action: PlanAction) -> PlanAction:
        cursor = self._conn.execute(
            "INSERT INTO actions (family_id, action_type, description, owner, due_on, status, "
            "outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
            self._values(action),
        )
        return replace(action, id=cursor.lastrowid)

    def update(self, action: PlanAction) -> None:
        self._conn.execute(
            "UPDATE actions SET family_id = ?, action_type = ?, description = ?, owner = ?, "
            "due_on = ?, status = ?, outcome = ? WHERE id = ?",
            (*self._values(action), action.id),
        )

    def delete(self, action_id: int) -> None:
        self._conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    def get(self, action_id: int) -> PlanAction | None:
        row = self._conn.execute(
            f"SELECT {_ACTION} FROM actions WHERE id = ?", (action_id,)
        ).fetchone()
        return None if row is None else _action(row)

    def for_family(self, family_id: int) -> list[PlanAction]:
        return [
            _action(r)
            for r in self._conn.execute(
                f"SELECT {_ACTION} FROM actions WHERE family_id = ? "
                "ORDER BY due_on IS NULL, due_on, id",
                (family_id,),
            )
        ]

    def overdue(self, on: date) -> list[tuple[str, PlanAction]]:
        """Open actions whose due date has passed, with the family code, oldest first."""
        return [
            (r[0], _action(r[1:]))
            for r in self._conn.execute(
                f"SELECT f.code, {', '.join('a.' + c for c in _ACTION.split(', '))} "
                "FROM actions a JOIN families f ON f.id = a.family_id "
                "WHERE a.due_on < ? AND a.status IN ('planned', 'in_progress', 'blocked') "
                "ORDER BY a.due_on",
                (cv.day(on),),
            )
        ]

    def due_between(self, start: date, end: date) -> list[tuple[str, PlanAction]]:
        """Open actions due in [start, end), with the family code, by due date."""
        return [
            (r[0], _action(r[1:]))
            for r in self._conn.execute(
                f"SELECT f.code, {', '.join('a.' + c for c in _ACTION.split(', '))} "
                "FROM actions a JOIN families f ON f.id = a.family_id "
                "WHERE a.due_on >= ? AND a.due_on < ? "
                "AND a.status IN ('planned', 'in_progress', 'blocked') "
                "ORDER BY a.due_on, f.code",
                (cv.day(start), cv.day(end)),
            )
        ]

    @staticmethod
    def _values(a: PlanAction) -> tuple[object, ...]:
        return (
            a.family_id,
            a.action_type.value,
            a.description,
            a.owner,
            cv.day(a.due_on),
            a.status.value,
            a.outcome,
        )
