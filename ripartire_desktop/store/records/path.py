"""The support path: interviews (colloqui) and plan actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    Interview,
    InterviewDraft,
    InterviewMode,
    NeedArea,
    PlanAction,
)
from ripartire_desktop.store.columns import ACTIONS, INTERVIEWS, Record
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable

Kind = TypeVar("Kind", Interview, InterviewDraft)
# The family code read with each row of a join on families.
_WITH_CODE = {"code": "f.code"}
OPEN_ACTION_STATES = ("planned", "in_progress", "blocked")
_OPEN = f"a.status IN ({', '.join(repr(state) for state in OPEN_ACTION_STATES)})"


@dataclass(frozen=True, slots=True)
class Appointment:
    family_id: int
    code: str
    at: datetime
    interview_id: int


def read_interview(kind: type[Kind], row: Record, **more: Any) -> Kind:
    """An interview or its draft (`kind`) from either table's row; `more` holds what only
    that kind has (the interview's id, the draft's time of saving)."""
    return kind(
        family_id=row.family_id,
        starts_at=cv.to_moment_req(row.starts_at),
        duration_minutes=row.duration_minutes,
        mode=InterviewMode(row.mode),
        participants=row.participants,
        notes=row.notes,
        topics=cv.from_words(row.topics, NeedArea),
        next_steps=row.next_steps,
        next_appointment=cv.to_moment(row.next_appointment),
        **more,
    )


def interview_values(i: Interview | InterviewDraft) -> tuple[object, ...]:
    """The columns an interview and its draft share, in the order of the tables."""
    return (
        i.family_id,
        cv.moment(i.starts_at),
        i.duration_minutes,
        InterviewMode(i.mode).value,  # a draft holds what was typed: checked here
        i.participants,
        i.notes,
        cv.words(i.topics),
        i.next_steps,
        cv.moment(i.next_appointment),
    )


class InterviewRepository(FamilyTable[Interview]):
    table = INTERVIEWS
    family_order = "starts_at DESC, id DESC"  # newest first: the timeline a counsellor reads

    @staticmethod
    def entity(row: Record) -> Interview:
        return read_interview(Interview, row, id=row.id)

    @staticmethod
    def values(i: Interview) -> tuple[object, ...]:
        return interview_values(i)

    def appointments(self, start: datetime, end: datetime) -> list[Appointment]:
        """Next appointments agreed in interviews between `start` and `end`, soonest first."""
        chosen = ("id", "family_id", "next_appointment")
        read = INTERVIEWS.reader(chosen, _WITH_CODE)
        rows = self._conn.execute(
            INTERVIEWS.select(
                "JOIN families f ON f.id = i.family_id "
                "WHERE i.next_appointment >= ? AND i.next_appointment < ? "
                "ORDER BY i.next_appointment",
                columns=chosen,
                alias="i",
                extra=_WITH_CODE,
            ),
            (cv.moment(start), cv.moment(end)),
        )
        return [
            Appointment(
                family_id=row.family_id,
                code=row.code,
                at=cv.to_moment_req(row.next_appointment),
                interview_id=row.id,
            )
            for row in map(read, rows)
        ]


class ActionRepository(FamilyTable[PlanAction]):
    table = ACTIONS
    family_order = "due_on IS NULL, due_on, id"

    @staticmethod
    def entity(row: Record) -> PlanAction:
        return PlanAction(
            id=row.id,
            family_id=row.family_id,
            action_type=ActionType(row.action_type),
            description=row.description,
            owner=row.owner,
            due_on=cv.to_day(row.due_on),
            status=ActionStatus(row.status),
            outcome=row.outcome,
        )

    @staticmethod
    def values(a: PlanAction) -> tuple[object, ...]:
        return (
            a.family_id,
            a.action_type.value,
            a.description,
            a.owner,
            cv.day(a.due_on),
            a.status.value,
            a.outcome,
        )

    def overdue(self, on: date) -> list[tuple[str, PlanAction]]:
        """Open actions whose due date has passed, with the family code, oldest first."""
        return self._with_code(f"WHERE a.due_on < ? AND {_OPEN} ORDER BY a.due_on", (cv.day(on),))

    def due_between(self, start: date, end: date) -> list[tuple[str, PlanAction]]:
        """Open actions due in [start, end), with the family code, by due date."""
        return self._with_code(
            f"WHERE a.due_on >= ? AND a.due_on < ? AND {_OPEN} ORDER BY a.due_on, f.code",
            (cv.day(start), cv.day(end)),
        )

    def _with_code(self, tail: str, params: tuple[object, ...]) -> list[tuple[str, PlanAction]]:
        read = ACTIONS.reader(extra=_WITH_CODE)
        sql = ACTIONS.select(
            f"JOIN families f ON f.id = a.family_id {tail}", alias="a", extra=_WITH_CODE
        )
        return [(row.code, self.entity(row)) for row in map(read, self._conn.execute(sql, params))]
