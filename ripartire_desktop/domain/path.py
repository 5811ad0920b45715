"""The support path: interviews with the family and the actions agreed with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from . import _checks as c
from .errors import ValidationError
from .vocab import ActionStatus, ActionType, InterviewMode, NeedArea

MAX_INTERVIEW_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True, kw_only=True)
class Interview:
    """A colloquio. Times are local wall-clock times without a time zone."""

    family_id: int
    starts_at: datetime
    duration_minutes: int
    mode: InterviewMode
    id: int | None = None
    participants: str = ""  # free text, e.g. "madre, operatrice, mediatrice"
    notes: str = ""
    topics: tuple[NeedArea, ...] = ()  # distinct, in the order chosen
    next_steps: str = ""
    next_appointment: datetime | None = None

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.moment("starts_at", self.starts_at)
        c.integer("duration_minutes", self.duration_minutes, low=1, high=MAX_INTERVIEW_MINUTES)
        c.member_field(self, "mode", InterviewMode)
        c.text("participants", self.participants)
        c.text("notes", self.notes)
        c.set_field(self, "topics", c.members("topics", NeedArea, self.topics))
        c.text("next_steps", self.next_steps)
        c.optional_moment("next_appointment", self.next_appointment)
        if self.next_appointment is not None and self.next_appointment <= self.starts_at:
            raise ValidationError("next_appointment", "must be after the interview")


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanAction:
    """An action of the path ("type" is `action_type`, so the builtin is not shadowed)."""

    family_id: int
    action_type: ActionType
    id: int | None = None
    description: str = ""
    owner: str = ""  # who does it: the family, the counsellor, a partner
    due_on: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    outcome: str = ""

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.member_field(self, "action_type", ActionType)
        c.text("description", self.description)
        c.text("owner", self.owner)
        c.optional_day("due_on", self.due_on)
        c.member_field(self, "status", ActionStatus)
        c.text("outcome", self.outcome)
