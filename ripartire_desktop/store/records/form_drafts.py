"""The family view's unsaved edits kept over a lock: one JSON text per family, in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ripartire_desktop.store.columns import FORM_DRAFTS
from ripartire_desktop.store.records._table import Repository, Shape


@dataclass(frozen=True, slots=True)
class FormDraft:
    family_id: int
    data: str  # JSON of the tabs' fields, as typed
    updated_at: datetime


_SHAPE = Shape(FORM_DRAFTS, FormDraft)
_UPSERT = FORM_DRAFTS.upsert(("family_id",))


class FormDraftRepository(Repository):
    def save(self, draft: FormDraft) -> None:
        """Store the family's draft, replacing the previous one."""
        self._conn.execute(_UPSERT, _SHAPE.values(draft))

    def get(self, family_id: int) -> FormDraft | None:
        found = self._first(_SHAPE.select("WHERE family_id = ?"), (family_id,))
        return None if found is None else _SHAPE.entity(found)

    def delete(self, family_id: int) -> bool:
        """Remove the family's draft; False if there was none."""
        cursor = self._conn.execute("DELETE FROM form_drafts WHERE family_id = ?", (family_id,))
        return cursor.rowcount > 0
