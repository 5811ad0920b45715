"""The end of a path: why it ended and what it achieved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import _checks as c
from .errors import ValidationError
from .vocab import ClosureReason, Outcome, WorkType


@dataclass(frozen=True, slots=True, kw_only=True)
class Closure:
    family_id: int
    closed_on: date
    reason: ClosureReason
    outcome: Outcome
    id: int | None = None
    work_type: WorkType | None = None  # given exactly when the outcome is work_found
    note: str = ""

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.day("closed_on", self.closed_on)
        c.member_field(self, "reason", ClosureReason)
        c.member_field(self, "outcome", Outcome)
        c.optional_member_field(self, "work_type", WorkType)
        if (self.outcome == Outcome.WORK_FOUND) != (self.work_type is not None):
            raise ValidationError("work_type", "is given when, and only when, work was found")
        c.text("note", self.note)
