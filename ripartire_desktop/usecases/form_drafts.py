"""Unsaved edits kept over a lock (see store/records/form_drafts.py): the family view's tabs,
one draft per family, and the forms that belong to no family (the desk, the settings), one
draft per view.

The GUI hands the fields of its tabs as plain data (text, numbers, flags, lists, and domain
records such as household members); they are kept as JSON inside the vault until the family
is opened again and the counsellor restores or discards them. Like an interview draft, a form
draft is nobody else's business: no change notice, no audit entry (it names no one outside
the vault, and the audit log keeps codes and acts, not typing)."""

from __future__ import annotations

import dataclasses
import json
import types
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.form_drafts import FormDraft, ViewDraft

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class KeptForm:
    family_id: int
    tabs: dict[str, Any]  # tab name -> that tab's fields
    updated_at: datetime


def _kept(fields: dict[str, Any], now: datetime | None) -> tuple[str, datetime]:
    """The fields as the JSON a draft keeps, and the moment (to the second) it is kept."""
    at = (now or datetime.now()).replace(microsecond=0)
    return json.dumps(plain(fields), ensure_ascii=False, sort_keys=True), at


def keep_form_draft(
    records: Records, family_id: int, tabs: dict[str, Any], *, now: datetime | None = None
) -> datetime:
    """Store the unsaved fields of the family's tabs, replacing any earlier draft."""
    data, at = _kept(tabs, now)
    records.form_drafts.save(FormDraft(family_id=family_id, data=data, updated_at=at))
    return at


def form_draft(records: Records, family_id: int) -> KeptForm | None:
    found = records.form_drafts.get(family_id)
    if found is None:
        return None
    return KeptForm(found.family_id, json.loads(found.data), found.updated_at)


def discard_form_draft(records: Records, family_id: int) -> bool:
    """Drop the family's draft (restored or discarded); False if there was none."""
    return records.form_drafts.delete(family_id)


def keep_view_draft(
    records: Records, view: str, fields: dict[str, Any], *, now: datetime | None = None
) -> datetime:
    """Store the unsaved fields of a view's form ("desk", "settings"), replacing any earlier."""
    data, at = _kept(fields, now)
    records.view_drafts.save(ViewDraft(view=view, data=data, updated_at=at))
    return at


def view_draft(records: Records, view: str) -> tuple[dict[str, Any], datetime] | None:
    """The view's kept fields and when they were kept, or None."""
    found = records.view_drafts.get(view)
    if found is None:
        return None
    fields = json.loads(found.data)
    return (fields if isinstance(fields, dict) else {}), found.updated_at


def discard_view_draft(records: Records, view: str) -> bool:
    return records.view_drafts.delete(view)


def plain(value: Any) -> Any:
    """`value` as JSON data: records as dicts of their fields, enums as their value, days and
    moments in ISO form."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def record_from(kind: type[T], data: dict[str, Any]) -> T:
    """The record `kind` back from `plain(record)`."""
    hints = get_type_hints(kind)
    fields = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    return kind(**{name: _typed(hints[name], v) for name, v in data.items() if name in fields})


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if get_origin(hint) in (Union, types.UnionType):
        (hint,) = (arg for arg in get_args(hint) if arg is not type(None))
    origin = get_origin(hint)
    if origin in (tuple, list, frozenset):
        item = get_args(hint)[0]
        return origin(_typed(item, v) for v in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return record_from(hint, value)
    read = _READERS.get(hint)
    if read is None and isinstance(hint, type) and issubclass(hint, Enum):
        read = hint
    return value if read is None else read(value)


_READERS: dict[Any, Any] = {datetime: datetime.fromisoformat, date: date.fromisoformat}
