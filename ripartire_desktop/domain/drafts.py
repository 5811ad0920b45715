"""Interview-mode drafts: the note being typed, kept as typed until it becomes an interview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .path import Interview
from .vocab import InterviewMode, NeedArea


@dataclass(frozen=True, slots=True, kw_only=True)
class InterviewDraft:
    """An unsaved interview note, exactly as typed: nothing is validated until `to_interview`."""

    family_id: int
    starts_at: datetime
    duration_minutes: int = 60
    mode: InterviewMode = InterviewMode.DESK
    participants: str = ""
    notes: str = ""
    topics: tuple[NeedArea, ...] = ()
    next_steps: str = ""
    next_appointment: datetime | None = None
    updated_at: datetime | None = None  # set by the repository when it is stored

    def to_interview(self) -> Interview:
        """The interview this draft becomes; a ValidationError names the field to fix."""
        return Interview(
            family_id=self.family_id,
            starts_at=self.starts_at,
            duration_minutes=self.duration_minutes,
            mode=self.mode,
            participants=self.participants,
            notes=self.notes,
            topics=self.topics,
            next_steps=self.next_steps,
            next_appointment=self.next_appointment,
        )
