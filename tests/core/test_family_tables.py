"""The shared shape of the family-record repositories (store/records/_table.py): every one
updates, reads back and deletes its rows the same way, and `scalar` answers one-value queries."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ripartire_desktop.store.connection import scalar
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records._table import FamilyTable
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
