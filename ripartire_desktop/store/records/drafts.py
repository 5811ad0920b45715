"""Interview-mode drafts: the note being typed, autosaved in the vault, at most one per family."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ripartire_desktop.domain import Interview, InterviewMode, NeedArea
from ripartire_desktop.store.connection import CONNECTION_PRAGMAS, Connection
from ripartire_desktop.store.records import _convert as cv

_COLUMNS = (
    "family_id, starts_at, duration_minutes, mode, participants, notes, topics, next_steps, "
    "next_appointment, updated_at"
)
_SYNCHRONOUS = dict(CONNECTION_PRAGMAS)["synchronous"]
# One statement, so an autosave is a single small write that commits on its own.
_UPSERT = (
    f"INSERT INTO interview_drafts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (family_id) DO UPDATE SET starts_at = excluded.starts_at, "
    "duration_minutes = excluded.duration_minutes, mode = excluded.mode, "
    "participants = excluded.participants, notes = excluded.notes, topics = excluded.topics, "
    "next_steps = excluded.next_steps, next_appointment = excluded.next_appointment, "
    "updated_at = excluded.updated_at"
)


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


def _draft(row: Any) -> InterviewDraft:
    return InterviewDraft(
        family_id=row[0],
        starts_at=cv.to_moment_req(row[1]),
        duration_minutes=row[2],
        mode=InterviewMode(row[3]),
        participants=row[4],
        notes=row[5],
        topics=cv.from_words(row[6], NeedArea),
        next_steps=row[7],
        next_appointment=cv.to_moment(row[8]),
        updated_at=cv.to_moment(row[9]),
    )


class DraftRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(
        self, draft: InterviewDraft, *, now: datetime | None = None, durable: bool = True
    ) -> datetime:
        """Store the family's draft (replacing the previous one); returns its `updated_at`.

        `durable=False` is for the saves made while typing: the commit reaches the operating
        system before this returns, so it survives a crash or a kill, but does not wait for
        the disk (an fsync costs 1-10 ms on a busy disk, too much between keystrokes). The
        next durable write of this connection makes it power-cut safe too; in WAL mode the
        database is never damaged either way.
        """
        if durable or self._conn.in_transaction:
            return self._upsert(draft, now)
        self._conn.execute("PRAGMA synchronous = NORMAL")
        try:
            return self._upsert(draft, now)
        finally:
            self._conn.execute(f"PRAGMA synchronous = {_SYNCHRONOUS}")

    def _upsert(self, draft: InterviewDraft, now: datetime | None) -> datetime:
        updated_at = (now or datetime.now()).replace(microsecond=0)
        self._conn.execute(
            _UPSERT,
            (
                draft.family_id,
                cv.moment(draft.starts_at),
                draft.duration_minutes,
                InterviewMode(draft.mode).value,
                draft.participants,
                draft.notes,
                cv.words(draft.topics),
                draft.next_steps,
                cv.moment(draft.next_appointment),
                cv.moment(updated_at),
            ),
        )
        return updated_at

    def get(self, family_id: int) -> InterviewDraft | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM interview_drafts WHERE family_id = ?", (family_id,)
        ).fetchone()
        return None if row is None else _draft(row)

    def delete(self, family_id: int) -> bool:
        """Remove the family's draft; False if there was none."""
        cursor = self._conn.execute(
            "DELETE FROM interview_drafts WHERE family_id = ?", (family_id,)
        )
        return cursor.rowcount > 0

    def pending(self) -> list[tuple[int, str, datetime]]:
        """(family id, code, last saved) of every unsaved note, newest first: codes only."""
        return [
            (r[0], r[1], cv.to_moment_req(r[2]))
            for r in self._conn.execute(
                "SELECT d.family_id, f.code, d.updated_at FROM interview_drafts d "
                "JOIN families f ON f.id = d.family_id ORDER BY d.updated_at DESC, f.code"
            )
        ]
