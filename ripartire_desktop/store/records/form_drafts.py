"""Unsaved edits kept over a lock, as JSON in the vault: one per family (the family view's
tabs) and one per view that belongs to no family (the desk's new contact, the settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Generic

from ripartire_desktop.store.columns import FORM_DRAFTS, VIEW_DRAFTS
from ripartire_desktop.store.records._table import E, Repository, Shape


class _KeptDrafts(Repository, Generic[E]):
    """One draft per value of the column `keyed_by`: save replaces, get finds, delete drops."""

    shape: Shape[E]
    keyed_by: ClassVar[str]
    _upsert: ClassVar[str]
    _get_sql: ClassVar[str]
    _delete_sql: ClassVar[str]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        table = cls.shape.table
        cls._upsert = table.upsert((cls.keyed_by,))
        cls._get_sql = cls.shape.select(f"WHERE {cls.keyed_by} = ?")
        cls._delete_sql = f"DELETE FROM {table.name} WHERE {cls.keyed_by} = ?"

    def save(self, draft: E) -> None:
        """Store the draft, replacing the previous one under its key."""
        self._conn.execute(self._upsert, self.shape.values(draft))

    def get(self, key: object) -> E | None:
        found = self._first(self._get_sql, (key,))
        return None if found is None else self.shape.entity(found)

    def delete(self, key: object) -> bool:
        """Remove the draft kept under `key`; False if there was none."""
        return self._conn.execute(self._delete_sql, (key,)).rowcount > 0


@dataclass(frozen=True, slots=True)
class FormDraft:
    family_id: int
    data: str  # JSON of the tabs' fields, as typed
    updated_at: datetime


class FormDraftRepository(_KeptDrafts[FormDraft]):
    """The family's draft, keyed by its family_id."""

    shape = Shape(FORM_DRAFTS, FormDraft)
    keyed_by = "family_id"


@dataclass(frozen=True, slots=True)
class ViewDraft:
    view: str  # "desk" or "settings" (the table's CHECK names them)
    data: str  # JSON of the form's fields, as typed
    updated_at: datetime


class ViewDraftRepository(_KeptDrafts[ViewDraft]):
    """A view's draft, keyed by the view's name."""

    shape = Shape(VIEW_DRAFTS, ViewDraft)
    keyed_by = "view"
