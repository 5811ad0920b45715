"""Unsaved edits kept over a lock, as JSON in the vault: one per family (the family view's
tabs) and one per view that belongs to no family (the desk's new contact, the settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ripartire_desktop.store.columns import FORM_DRAFTS, VIEW_DRAFTS
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


@dataclass(frozen=True, slots=True)
class ViewDraft:
    view: str  # "desk" or "settings" (the table's CHECK names them)
    data: str  # JSON of the form's fields, as typed
    updated_at: datetime


_VIEW_SHAPE = Shape(VIEW_DRAFTS, ViewDraft)
_VIEW_UPSERT = VIEW_DRAFTS.upsert(("view",))


class ViewDraftRepository(Repository):
    def save(self, draft: ViewDraft) -> None:
        """Store the view's draft, replacing the previous one."""
        self._conn.execute(_VIEW_UPSERT, _VIEW_SHAPE.values(draft))

    def get(self, view: str) -> ViewDraft | None:
        found = self._first(_VIEW_SHAPE.select("WHERE view = ?"), (view,))
        return None if found is None else _VIEW_SHAPE.entity(found)

    def delete(self, view: str) -> bool:
        """Remove the view's draft; False if there was none."""
        cursor = self._conn.execute("DELETE FROM view_drafts WHERE view = ?", (view,))
        return cursor.rowcount > 0
