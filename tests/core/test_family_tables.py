"""The shared shape of the family-record repositories (store/records/_table.py): every one
updates, reads back and deletes its rows the same way, and `scalar` answers one-value queries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from ripartire_desktop.domain import (
    Closure,
    ClosureReason,
    Consent,
    ConsentScope,
    NeedArea,
    WorkType,
)
from ripartire_desktop.store.columns import CLOSURES, Table
from ripartire_desktop.store.connection import scalar
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable, Shape
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

# Repository attribute of Records -> (field changed by the update, its new value).
EDITS: dict[str, tuple[str, object]] = {
    "first_contacts": ("notes", "nota cambiata"),
    "aid": ("payee_name", "Altro fornitore"),
    "consents": ("notice_version", "v9"),
    "closures": ("note", "chiusura rivista"),
    "interviews": ("notes", "colloquio riscritto"),
    "actions": ("outcome", "fatto"),
    "members": ("birth_year", 1990),
}


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


@pytest.mark.parametrize("name", sorted(EDITS))
def test_every_family_table_updates_reads_back_and_deletes_a_row(
    records: Records, name: str
) -> None:
    family = populated_family(records, "T1")
    assert family.id is not None
    repository: FamilyTable[Any] = getattr(records, name)
    first, *others = repository.for_family(family.id)
    field, value = EDITS[name]
    edited = replace(first, **{field: value})
    repository.update(edited)
    assert repository.get(first.id) == edited
    assert repository.for_family(family.id) == [edited, *others]
    repository.delete(first.id)
    assert repository.get(first.id) is None
    assert repository.for_family(family.id) == others


def test_a_member_update_never_moves_the_member_out_of_its_family(records: Records) -> None:
    family = populated_family(records, "T1")
    assert family.id is not None
    member, *_ = records.members.for_family(family.id)
    records.members.update(replace(member, family_id=None, birth_year=1970))
    assert records.members.get(member.id or 0) == replace(member, birth_year=1970)


def test_scalar_gives_the_one_value_or_none_without_a_row(records: Records) -> None:
    populated_family(records, "T1")
    populated_family(records, "T2")
    assert scalar(records.conn, "SELECT count(*) FROM families") == 2
    assert scalar(records.conn, "SELECT code FROM families WHERE id = ?", (-1,)) is None


def test_a_shape_stores_each_field_as_its_type_says_both_ways() -> None:
    shape = Shape(CLOSURES, Closure)
    stored = (4, 2, "2026-05-01", "path_completed", "needs_met", None, "ok")
    closure = shape.entity(stored)
    assert closure.closed_on == date(2026, 5, 1) and closure.reason is ClosureReason.PATH_COMPLETED
    assert closure.work_type is None and closure.id == 4
    assert shape.values(closure) == stored[1:]
    assert shape.select("WHERE id = ?") == (
        "SELECT id, family_id, closed_on, reason, outcome, work_type, note FROM closures "
        "WHERE id = ?"
    )
    with pytest.raises(ValueError, match="expected 7, got 3"):
        shape.entity(stored[:3])


def test_a_shape_refuses_an_entity_without_a_field_for_every_column() -> None:
    with pytest.raises(ValueError, match="Consent has no field for the closures columns"):
        Shape(CLOSURES, Consent)


@pytest.mark.parametrize(
    ("hint", "field", "column"),
    [
        (date | None, date(2026, 1, 31), "2026-01-31"),
        (datetime, datetime(2026, 1, 31, 9, 30, 15, 999), "2026-01-31T09:30:15"),
        (bool | None, True, 1),
        (WorkType | None, WorkType.PERMANENT, "permanent"),
        (tuple[NeedArea, ...], (NeedArea.WORK, NeedArea.DEBT), "work debt"),
        (frozenset[ConsentScope], frozenset(ConsentScope), "anonymous_statistics path"),
    ],
)
def test_each_field_type_has_its_stored_form(hint: object, field: object, column: object) -> None:
    stored = cv.stored_for(hint)
    assert stored is not None
    assert stored.write(field) == column
    read = stored.read(column)
    assert read == (field.replace(microsecond=0) if isinstance(field, datetime) else field)
    if not isinstance(field, (tuple, frozenset)):  # lists of choices are never NULL
        assert stored.read(None) is None and stored.write(None) is None


def test_text_and_numbers_are_stored_as_they_are() -> None:
    assert cv.stored_for(str) is None and cv.stored_for(int | None) is None


@dataclass(frozen=True)
class _Odd:
    _row: int


def test_a_column_that_could_hide_the_readers_own_names_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot name a field"):
        Shape(Table("odd", "", ("_row",)), _Odd)
