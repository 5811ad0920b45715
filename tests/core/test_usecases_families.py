"""A family's use cases and the interview note's, on a real vault: each writes all or
nothing, and says which records of which family changed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from ripartire_desktop.domain import (
    ActionType,
    AidCategory,
    AidPayment,
    Assessment,
    Channel,
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Decision,
    FamilyStatus,
    Identity,
    InterviewDraft,
    Member,
    MemberRole,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    TransitionError,
    ValidationError,
    WorkType,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import families as uc
from ripartire_desktop.usecases import interviews
from ripartire_desktop.usecases.changes import Kind
from ripartire_desktop.usecases.privacy import retention_review
from tests.core.vaults import new_vault

TODAY = date(2026, 11, 27)


@pytest.fixture
def records(data_dir: Path) -> Iterator[Records]:
    vault, _ = new_vault(data_dir)
    yield Records(vault.connection)
    vault.lock()


def new_family_id(records: Records) -> int:
    family, changes = uc.new_family(records, on=TODAY)
    assert family.id is not None and family.status is FamilyStatus.INTAKE
    assert changes.concerns(Kind.FAMILIES) and changes.concerns_family(family.id)
    return family.id


def test_admission_respects_capacity(records: Records) -> None:
    settings = records.settings.load()
    records.settings.save(replace(settings, capacity=1))
    first, second = new_family_id(records), new_family_id(records)
    for family_id in (first, second):
        uc.change_status(records, family_id, FamilyStatus.ASSESSMENT, on=TODAY)
    admitted = uc.change_status(records, first, FamilyStatus.ACTIVE_PATH, on=TODAY)
    assert admitted.family.status is FamilyStatus.ACTIVE_PATH and admitted.capacity == 1
    waiting = uc.change_status(records, second, FamilyStatus.ACTIVE_PATH, on=TODAY)
    assert waiting.family.status is FamilyStatus.WAITING_LIST
    assert waiting.changes.concerns_family(second) and not waiting.changes.concerns_family(first)


def test_a_refused_transition_writes_nothing(records: Records) -> None:
    family_id = new_family_id(records)
    with pytest.raises(TransitionError):
        uc.change_status(records, family_id, FamilyStatus.CLOSED, on=TODAY)
    assert records.families.get(family_id).status is FamilyStatus.INTAKE
    assert not records.conn.in_transaction


def test_the_household_is_written_together(records: Records) -> None:
    family_id = new_family_id(records)
    household = uc.Household(
        adults=2,
        minors=1,
        counsellor="Operatrice",
        municipality="Cernusco",
        first_contact_channel=Channel.PHONE,
        known_to_social_services=False,
    )
    identity = Identity(people=(Person(given_name="Ada", family_name="Rossi"),))
    child = Member(role=MemberRole.CHILD, birth_year=2016)
    family, changes = uc.save_household(
        records, family_id, household, identity, members=[child], today=TODAY
    )
    assert (family.adults, family.minors, family.known_to_social_services) == (2, 1, False)
    assert records.identities.get(family_id) == replace(identity, family_id=family_id)
    [stored] = records.members.for_family(family_id)
    assert changes.concerns_family(family_id)
    uc.save_household(
        records,
        family_id,
        household,
        identity,
        members=[],
        removed_member_ids=[stored.id or 0],
        today=TODAY,
    )
    assert records.members.for_family(family_id) == []


def test_an_empty_identity_is_not_stored(records: Records) -> None:
    family_id = new_family_id(records)
    household = uc.Household(
        adults=1,
        minors=0,
        counsellor="",
        municipality="",
        first_contact_channel=None,
        known_to_social_services=None,
    )
    uc.save_household(records, family_id, household, Identity(), members=[], today=TODAY)
    assert records.identities.get(family_id) is None


def test_rows_of_a_family_are_added_edited_and_removed(records: Records) -> None:
    family_id = new_family_id(records)
    action, changes = uc.save_action(
        records, PlanAction(family_id=family_id, action_type=ActionType.OTHER, owner="A")
    )
    assert action.id is not None and changes.concerns(Kind.AGENDA, Kind.CASE)
    uc.save_action(records, replace(action, owner="B"))
    assert [a.owner for a in records.actions.for_family(family_id)] == ["B"]
    payment, _ = uc.save_aid_payment(
        records,
        AidPayment(
            family_id=family_id,
            paid_on=TODAY,
            category=AidCategory.ENERGY_BILLS,
            amount_cents=1250,
            payee_kind=PayeeKind.FAMILY,
        ),
    )
    assert payment.id is not None and records.aid.total_cents() == 1250
    assert uc.remove_aid_payment(records, family_id, payment.id).concerns_family(family_id)
    assert uc.remove_action(records, family_id, action.id).concerns(Kind.AGENDA)
    assert records.actions.for_family(family_id) == [] and records.aid.total_cents() == 0


def test_a_consent_is_given_then_withdrawn(records: Records) -> None:
    family_id = new_family_id(records)
    given, changes = uc.save_consent(
        records,
        Consent(
            family_id=family_id,
            notice_version="2026-01",
            given_on=TODAY,
            method=ConsentMethod.SIGNED_PAPER,
            scopes=frozenset({ConsentScope.PATH}),
        ),
    )
    assert given.id is not None and changes.concerns_family(family_id)
    uc.save_consent(records, replace(given, withdrawn_on=TODAY))
    [stored] = records.consents.for_family(family_id)
    assert stored.withdrawn_on == TODAY


def test_an_assessment_is_saved(records: Records) -> None:
    family_id = new_family_id(records)
    changes = uc.save_assessment(records, Assessment(family_id=family_id, assessed_on=TODAY))
    assert records.assessments.for_family(family_id) is not None
    assert changes.concerns(Kind.CASE) and changes.concerns_family(family_id)


def test_admitting_a_family_made_at_the_desk_walks_it_from_first_contact(records: Records) -> None:
    """A family turned from a desk contact starts at "first contact": deciding "admitted"
    takes it through intake and assessment to the active path in the same save."""
    family = records.families.create(on=TODAY, status=FamilyStatus.FIRST_CONTACT)
    assert family.id is not None
    assessment = Assessment(
        family_id=family.id, assessed_on=TODAY, decision=Decision.ADMITTED, decided_on=TODAY
    )
    changes = uc.save_assessment(records, assessment, on=TODAY)
    assert records.families.get(family.id).status is FamilyStatus.ACTIVE_PATH
    assert changes.concerns(Kind.FAMILIES)
    waiting = records.families.create(on=TODAY, status=FamilyStatus.FIRST_CONTACT)
    assert waiting.id is not None
    uc.save_assessment(
        records, replace(assessment, family_id=waiting.id, decision=Decision.WAITING_LIST)
    )
    assert records.families.get(waiting.id).status is FamilyStatus.WAITING_LIST


def test_closing_records_the_closure_and_the_status_or_neither(records: Records) -> None:
    family_id = new_family_id(records)
    for status in (FamilyStatus.ASSESSMENT, FamilyStatus.ACTIVE_PATH):
        uc.change_status(records, family_id, status, on=TODAY)
    closure = Closure(
        family_id=family_id,
        closed_on=TODAY,
        reason=ClosureReason.PATH_COMPLETED,
        outcome=Outcome.WORK_FOUND,
        work_type=WorkType.PERMANENT,
    )
    with pytest.raises(ValidationError) as future:
        uc.close_family(records, replace(closure, closed_on=date(2026, 12, 1)), today=TODAY)
    assert future.value.field == "closed_on"
    with pytest.raises(ValidationError) as early:  # before the path started
        uc.close_family(records, replace(closure, closed_on=date(2026, 1, 1)), today=TODAY)
    assert early.value.field == "closed_on"
    assert records.closures.for_family(family_id) == []
    family, changes = uc.close_family(records, closure, today=TODAY)
    assert family.status is FamilyStatus.CLOSED and len(records.closures.for_family(family_id)) == 1
    assert changes.concerns(Kind.FAMILIES) and changes.concerns_family(family_id)


def test_an_interview_note_replaces_its_draft(records: Records) -> None:
    family_id = new_family_id(records)
    draft = InterviewDraft(family_id=family_id, starts_at=datetime(2026, 11, 27, 9, 0))
    assert interviews.keep_interview_draft(records, draft, durable=False) is not None
    assert interviews.interview_draft(records, family_id) is not None
    with pytest.raises(ValidationError):
        interviews.save_interview_note(records, replace(draft, duration_minutes=0))
    assert interviews.interview_draft(records, family_id) is not None
    saved, changes = interviews.save_interview_note(records, replace(draft, notes="visto"))
    assert saved.id is not None and saved.notes == "visto"
    assert interviews.interview_draft(records, family_id) is None
    assert changes.concerns(Kind.AGENDA) and changes.concerns_family(family_id)
    edited = interviews.update_interview(records, replace(saved, notes="rivisto"))
    assert edited.concerns_family(family_id)
    assert [i.notes for i in records.interviews.for_family(family_id)] == ["rivisto"]
    interviews.keep_interview_draft(records, draft)
    assert interviews.discard_interview_draft(records, family_id)
    assert not interviews.discard_interview_draft(records, family_id)


def test_retention_review_names_families_by_id_and_code(records: Records) -> None:
    old, _ = uc.new_family(records, on=date(2019, 1, 7))
    assert old.id is not None
    uc.change_status(records, old.id, FamilyStatus.ASSESSMENT, on=date(2019, 1, 14))
    uc.change_status(records, old.id, FamilyStatus.ACTIVE_PATH, on=date(2019, 2, 1))
    uc.change_status(records, old.id, FamilyStatus.CLOSED, on=date(2019, 3, 1))
    recent = new_family_id(records)
    [due] = retention_review(records, today=TODAY).due
    assert (due.family_id, due.code, due.since) == (old.id, old.code, date(2019, 3, 1))
    assert due.status == FamilyStatus.CLOSED
    assert recent != due.family_id


def test_staged_rows_are_saved_all_or_nothing(records: Records) -> None:
    family_id = new_family_id(records)
    kept, _ = uc.save_action(
        records,
        PlanAction(family_id=family_id, action_type=ActionType.OTHER, description="resta"),
    )
    assert kept.id is not None
    broken = PlanAction(family_id=family_id + 999, action_type=ActionType.OTHER, description="x")
    new = PlanAction(family_id=family_id, action_type=ActionType.OTHER, description="nuova")
    with pytest.raises(Exception):  # noqa: B017  # the foreign key refuses the second
        uc.save_actions(records, family_id, [new, broken], [kept.id])
    assert [a.description for a in records.actions.for_family(family_id)] == ["resta"]
    changes = uc.save_actions(records, family_id, [new], [kept.id])
    assert changes.concerns(Kind.AGENDA)
    assert [a.description for a in records.actions.for_family(family_id)] == ["nuova"]
