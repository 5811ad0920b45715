"""Interview-mode drafts: the note being typed, autosaved in the vault, at most one per family."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ripartire_desktop.domain import InterviewDraft
from ripartire_desktop.store.columns import INTERVIEW_DRAFTS
from ripartire_desktop.store.connection import CONNECTION_PRAGMAS
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import Repository, Shape

_SYNCHRONOUS = dict(CONNECTION_PRAGMAS)["synchronous"]
# One statement, so an autosave is a single small write that commits on its own.
_UPSERT = INTERVIEW_DRAFTS.upsert(("family_id",))
_SHAPE = Shape(INTERVIEW_DRAFTS, InterviewDraft)


class DraftRepository(Repository):
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
        self._conn.execute(_UPSERT, _SHAPE.values(replace(draft, updated_at=updated_at)))
        return updated_at

    def get(self, family_id: int) -> InterviewDraft | None:
        found = self._first(_SHAPE.select("WHERE family_id = ?"), (family_id,))
        return None if found is None else _SHAPE.entity(found)

    def delete(self, family_id: int) -> bool:
        """Remove the family's draft; False if there was none."""
        cursor = self._conn.execute(
            "DELETE FROM interview_drafts WHERE family_id = ?", (family_id,)
        )
        return cursor.rowcount > 0

    def pending(self) -> list[tuple[int, str, datetime]]:
        """(family id, code, last saved) of every unsaved note, newest first: codes only."""
        return [
            (family_id, code, cv.to_moment_req(updated_at))
            for family_id, code, updated_at in self._conn.execute(
                "SELECT d.family_id, f.code, d.updated_at FROM interview_drafts d "
                "JOIN families f ON f.id = d.family_id ORDER BY d.updated_at DESC, f.code"
            )
        ]
