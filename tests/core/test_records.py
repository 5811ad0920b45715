"""Case records round-trip exactly, codes are never reused, rules hold in the store."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.domain import (
    VOCABULARIES,
    AidPayment,
    Assessment,
    Closure,
    FamilyStatus,
    FirstContact,
    Identity,
    Interview,
    NeedArea,
    NeedScore,
    Person,
    PlanAction,
    Settings,
    TransitionError,
    ValidationError,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.erasure import add_months, due_for_retention, erase_family
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

ANY_TEXT = st.text(max_size=300) | st.sampled_from(
    ["", "<b>&amp;</b>", "a" * 100_000, "🙂👪🏽", "مرحبا", "Zoë\u0301", "line\nbreak\ttab", "\x00"]
)


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


def test_every_entity_round_trips(records: Records) -> None:
    family = populated_family(records, "T1")
    fid = family.id
    assert fid is not None
    assert records.families.get(fid) == family
    assert records.families.by_code(family.code.lower()) == family
    identity = records.identities.get(fid)
    assert identity is not None and identity.people[0].family_name == "CognomeT1"
    assert [m.birth_year for m in records.members.for_family(fid)] == [1985, 2016]
    assessment = records.assessments.for_family(fid)
    assert assessment is not None and assessment.score  # type: ignore[truthy-function]
    assert [n.area.value for n in assessment.needs] == ["work", "energy_bills"]
    (interview,) = records.interviews.for_family(fid)
    assert interview.topics[1].value == "debt"
    (payment,) = records.aid.for_family(fid)
    assert payment.amount_cents == 12_345
    (action,) = records.actions.for_family(fid)
    assert payment.action_id == action.id
    (consent,) = records.consents.for_family(fid)
    assert len(consent.scopes) == 2
    (closure,) = records.closures.for_family(fid)
    assert closure.work_type is not None
    (contact,) = records.first_contacts.for_family(fid)
    assert contact.request == "richiesta T1"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ANY_TEXT)
def test_any_text_round_trips_exactly_in_every_field(records: Records, text: str) -> None:
    with records.transaction():
        family = records.families.create(on=date(2026, 1, 5), counsellor=text, municipality=text)
        fid = family.id
        assert fid is not None
        listed = (text,) if text.strip() else ()  # list entries must not be blank
        identity = Identity(
            people=(Person(given_name=text + "x"),),
            phones=listed,
            emails=listed,
            address=text,
            contact_preferences=text,
        )
        records.identities.save(fid, identity)
        contact = records.first_contacts.add(
            FirstContact(
                occurred_at=datetime(2026, 1, 5, 9),
                channel="phone",  # type: ignore[arg-type]
                outcome="other",  # type: ignore[arg-type]
                request=text,
                notes=text,
            )
        )
        assessment = records.assessments.save(
            Assessment(
                family_id=fid,
                assessed_on=date(2026, 1, 6),
                resources=text,
                needs=(NeedScore(area=NeedArea.WORK, baseline=2, note=text),),
            )
        )
        interview = records.interviews.add(
            Interview(
                family_id=fid,
                starts_at=datetime(2026, 1, 7, 10),
                duration_minutes=30,
                mode="phone",  # type: ignore[arg-type]
                participants=text,
                notes=text,
                next_steps=text,
            )
        )
        action = records.actions.add(
            PlanAction(
                family_id=fid,
                action_type="other",
                description=text,
                owner=text,
                outcome=text,  # type: ignore[arg-type]
            )
        )
        payment = records.aid.add(
            AidPayment(
                family_id=fid,
                paid_on=date(2026, 1, 8),
                category="other",  # type: ignore[arg-type]
                amount_cents=1,
                payee_kind="family",  # type: ignore[arg-type]
                payee_name=text,
                receipt_ref=text,
            )
        )
        closure = records.closures.add(
            Closure(
                family_id=fid,
                closed_on=date(2026, 2, 1),
                reason="other",  # type: ignore[arg-type]
                outcome="other",  # type: ignore[arg-type]
                note=text,
            )
        )
    assert records.families.get(fid) == family
    assert records.identities.get(fid) == replace(identity, family_id=fid)
    assert records.first_contacts.get(contact.id or 0) == contact
    assert records.assessments.for_family(fid) == assessment
    assert records.interviews.get(interview.id or 0) == interview
    assert records.actions.get(action.id or 0) == action
    assert records.aid.for_family(fid) == [payment]
    assert records.closures.for_family(fid) == [closure]
    records.search.search(text)  # answered, never raises


def test_codes_count_up_per_year_and_are_never_reused(records: Records) -> None:
    first = records.families.create(on=date(2026, 1, 1))
    second = records.families.create(on=date(2026, 5, 1))
    other_year = records.families.create(on=date(2027, 1, 1))
    assert (first.code, second.code, other_year.code) == (
        "RIP-2026-001",
        "RIP-2026-002",
        "RIP-2027-001",
    )
    erase_family(records.conn, second.code)
    assert records.families.create(on=date(2026, 6, 1)).code == "RIP-2026-003"
    assert not records.families.code_is_free("RIP-2026-002")


def test_a_forbidden_status_change_is_refused_and_changes_nothing(records: Records) -> None:
    family = records.families.create(on=date(2026, 1, 1))
    assert family.id is not None
    with pytest.raises(TransitionError):
        records.families.transition(family.id, FamilyStatus.CLOSED, on=date(2026, 2, 1))
    assert records.families.get(family.id) == family


def test_admission_beyond_capacity_goes_to_the_waiting_list_in_order(records: Records) -> None:
    ids = []
    for day in (3, 1, 2, 4):
        f = records.families.create(on=date(2026, 1, day), status=FamilyStatus.ASSESSMENT)
        assert f.id is not None
        records.assessments.save(
            Assessment(
                family_id=f.id,
                assessed_on=date(2026, 1, day),
                decision="admitted",  # type: ignore[arg-type]
                decided_on=date(2026, 2, day),
            )
        )
        ids.append(f.id)
    placed = [records.families.admit(i, on=date(2026, 2, 10), capacity=2).status for i in ids]
    assert placed == ["active_path", "active_path", "waiting_list", "waiting_list"]
    waiting = records.families.waiting_list()
    # Decided on 2 Feb (day 2) before 4 Feb (day 4).
    assert [w.family_id for w in waiting] == [ids[2], ids[3]]
    assert records.families.promote_next(on=date(2026, 3, 1), capacity=2) is None
    records.families.transition(ids[0], FamilyStatus.CLOSED, on=date(2026, 3, 1))
    promoted = records.families.promote_next(on=date(2026, 3, 1), capacity=2)
    assert promoted is not None and promoted.id == ids[2]


def test_settings_defaults_and_round_trip(records: Records) -> None:
    assert records.settings.load() == Settings()
    assert records.settings.load().municipality == "Cernusco sul Naviglio"
    custom = Settings(organisation="Associazione «Prova» & C.", capacity=30, small_cell_k=3)
    records.settings.save(custom)
    assert records.settings.load() == custom
    with pytest.raises(ValidationError):
        Settings(small_cell_k=2)


def test_retention_lists_old_closed_families_without_deleting(records: Records) -> None:
    old = populated_family(records, "OLD", on=date(2023, 1, 10))
    assert old.id is not None
    records.families.transition(old.id, FamilyStatus.INTAKE, on=date(2023, 1, 11))
    records.families.transition(old.id, FamilyStatus.WITHDREW, on=date(2023, 2, 1))
    records.families.transition(old.id, FamilyStatus.INTAKE, on=date(2023, 2, 2))
    fresh = records.families.create(on=date(2026, 1, 1))
    assert fresh.id is not None
    for status in ("intake", "withdrew"):
        records.families.transition(fresh.id, FamilyStatus(status), on=date(2026, 1, 2))
    # Close the old one through the withdrew -> intake -> ... path: use raw states for brevity.
    records.conn.execute(
        "UPDATE families SET status = 'closed', closed_on = '2023-06-30' WHERE id = ?", (old.id,)
    )
    due = due_for_retention(records.conn, on=date(2026, 1, 1), months=24)
    assert due == [(old.id, old.code, "closed", date(2023, 6, 30))]
    assert records.families.get(old.id).status == FamilyStatus.CLOSED


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -24) == date(2024, 1, 15)


def test_schema_checks_accept_exactly_the_domain_vocabularies(records: Records) -> None:
    # Every CHECK list in the schema must match its StrEnum, or a valid value could not be saved.
    schema = " ".join(r[0] for r in records.conn.execute("SELECT sql FROM sqlite_master") if r[0])
    for vocabulary in VOCABULARIES:
        if vocabulary.__name__ in {"EligibilityReason", "ConsentScope", "AssessmentDomain"}:
            continue  # computed, or stored as a word list checked by the domain on read
        for member in vocabulary:
            assert f"'{member.value}'" in schema, f"{vocabulary.__name__}.{member.name}"


def test_the_database_refuses_out_of_range_values(records: Records) -> None:
    family = records.families.create(on=date(2026, 1, 1))
    with pytest.raises(Exception, match="CHECK"):
        records.conn.execute(
            "INSERT INTO aid_payments (family_id, paid_on, category, amount_cents, payee_kind) "
            "VALUES (?, '2026-01-01', 'other', -5, 'family')",
            (family.id,),
        )
    with pytest.raises(Exception, match="CHECK"):
        records.conn.execute("UPDATE families SET status = 'bogus' WHERE id = ?", (family.id,))
    assert sqlite3 is not None


def test_list_summary_columns_follow_every_edit(records: Records) -> None:
    from ripartire_desktop.domain import ActionStatus, ActionType, InterviewMode
    from ripartire_desktop.store.records.families import FamilyQuery

    family = records.families.create(on=date(2026, 1, 1))
    fid = family.id or 0
    first = records.interviews.add(
        Interview(
            family_id=fid,
            starts_at=datetime(2026, 2, 1, 10),
            duration_minutes=30,
            mode=InterviewMode.PHONE,
            next_appointment=datetime(2099, 3, 1, 9),
        )
    )
    later = records.interviews.add(
        Interview(
            family_id=fid,
            starts_at=datetime(2026, 4, 1, 10),
            duration_minutes=30,
            mode="desk",  # type: ignore[arg-type]
        )
    )
    action = records.actions.add(PlanAction(family_id=fid, action_type=ActionType.CV))

    def row():  # type: ignore[no-untyped-def]
        return records.families.list(FamilyQuery(), now=datetime(2026, 6, 1)).rows[0]

    assert row().last_interview == datetime(2026, 4, 1, 10)
    assert row().next_appointment == datetime(2099, 3, 1, 9)
    assert row().open_actions == 1
    records.interviews.delete(later.id or 0)
    assert row().last_interview == datetime(2026, 2, 1, 10)
    records.interviews.update(replace(first, next_appointment=None))
    assert row().next_appointment is None
    records.actions.update(replace(action, status=ActionStatus.DONE))
    assert row().open_actions == 0
    records.actions.delete(action.id or 0)
    assert row().open_actions == 0
