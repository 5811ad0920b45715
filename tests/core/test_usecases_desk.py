"""The drop-in desk's use cases on a real vault: the code resolved once, inside the write; the
recent list in one query whatever the number of families; what changed, said."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from ripartire_desktop.domain import Channel, FamilyStatus, FirstContact, FirstContactOutcome
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.changes import Kind
from ripartire_desktop.usecases.desk import (
    UnknownFamilyCodeError,
    family_codes_like,
    recent_desk_contacts,
    save_desk_contact,
    turn_into_family,
)
from tests.core.vaults import new_vault

TODAY = date(2026, 11, 27)


@pytest.fixture
def records(data_dir: Path) -> Iterator[Records]:
    vault, _ = new_vault(data_dir)
    yield Records(vault.connection)
    vault.lock()


def contact(hour: int = 10, request: str = "spesa") -> FirstContact:
    return FirstContact(
        occurred_at=datetime(2026, 11, 27, hour, 0),
        channel=Channel.PHONE,
        outcome=FirstContactOutcome.INFORMATION_GIVEN,
        request=request,
    )


def test_a_typed_code_links_the_contact_in_any_case(records: Records) -> None:
    family = records.families.create(on=TODAY, status=FamilyStatus.INTAKE)
    saved, changes = save_desk_contact(records, contact(), family_code=f" {family.code.lower()} ")
    assert saved.id is not None and saved.family_id == family.id
    assert records.first_contacts.get(saved.id) == saved
    assert changes.concerns(Kind.DESK) and changes.concerns_family(family.id)
    assert not changes.concerns_family((family.id or 0) + 1)


def test_an_anonymous_contact_concerns_no_family(records: Records) -> None:
    saved, changes = save_desk_contact(records, contact(), family_code="  ")
    assert saved.family_id is None
    assert changes.concerns(Kind.DESK) and not changes.concerns(Kind.FAMILIES, Kind.CASE)


def test_an_unknown_code_writes_nothing(records: Records) -> None:
    with pytest.raises(UnknownFamilyCodeError):
        save_desk_contact(records, contact(), family_code="RIP-2026-999")
    assert recent_desk_contacts(records, today=TODAY) == []
    assert not records.conn.in_transaction


def test_the_recent_list_is_one_query_whatever_the_families(records: Records) -> None:
    families = [records.families.create(on=TODAY, status=FamilyStatus.INTAKE) for _ in range(4)]
    for hour, family in enumerate(families, start=8):
        save_desk_contact(records, contact(hour), family_code=family.code)
    save_desk_contact(records, contact(14, "anonima"))
    statements: list[str] = []
    records.conn.set_trace_callback(statements.append)
    try:
        entries = recent_desk_contacts(records, today=TODAY)
    finally:
        records.conn.set_trace_callback(None)
    assert [s for s in statements if not s.startswith("--")] == [statements[0]]
    assert [e.code for e in entries] == [None] + [f.code for f in reversed(families)]
    assert entries[0].contact.request == "anonima"


def test_saving_a_linked_contact_is_one_transaction_of_two_statements(records: Records) -> None:
    family = records.families.create(on=TODAY, status=FamilyStatus.INTAKE)
    statements: list[str] = []
    records.conn.set_trace_callback(statements.append)
    try:
        save_desk_contact(records, contact(), family_code=family.code)
    finally:
        records.conn.set_trace_callback(None)
    top = [" ".join(s.split())[:12] for s in statements if not s.startswith("--")]
    assert top[0] == "BEGIN IMMEDI" and top[-1] == "COMMIT"
    assert top[1].startswith("SELECT") and all(s.startswith("INSERT") for s in top[2:-1])


def test_an_anonymous_contact_turns_into_a_family_once(records: Records) -> None:
    saved, _ = save_desk_contact(records, contact())
    assert saved.id is not None
    family, changes = turn_into_family(records, saved.id, on=TODAY)
    assert family is not None and family.status is FamilyStatus.FIRST_CONTACT
    assert family.first_contact_channel is Channel.PHONE
    assert records.first_contacts.get(saved.id).family_id == family.id  # type: ignore[union-attr]
    assert changes.concerns(Kind.FAMILIES, Kind.DESK) and changes.concerns_family(family.id)
    again, nothing = turn_into_family(records, saved.id, on=TODAY)
    assert again is None and not nothing.kinds
    assert records.families.count() == 1


def test_the_completer_gets_codes_only(records: Records) -> None:
    family = records.families.create(on=TODAY, status=FamilyStatus.INTAKE)
    assert family_codes_like(records, family.code[-3:]) == [family.code]
