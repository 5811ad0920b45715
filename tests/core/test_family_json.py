"""Family files (JSON): what an export holds, precise refusals of bad files, all-or-nothing
import, codes kept or reassigned, and the round trip through an empty vault."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AdultWork,
    AgeBand,
    AidCategory,
    AidPayment,
    Assessment,
    AssessmentRound,
    Benefit,
    BenefitKind,
    Channel,
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Decision,
    Education,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    Identity,
    Interview,
    InterviewMode,
    IseeType,
    Member,
    MemberRole,
    NeedArea,
    NeedScore,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    RoundKind,
    RoundScore,
    WorkSituation,
    WorkType,
)
from ripartire_desktop.domain.tax_code import check_character
from ripartire_desktop.store.errors import EXIT_DAMAGED, DamagedError
from ripartire_desktop.store.exchange import (
    FamilyFileError,
    ImportedFamily,
    dumps,
    export_families,
    export_family,
    import_families,
    parse_document,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.erasure import erase_family
from tests.core.vaults import new_vault

TODAY = date(2026, 6, 30)
EXPORTED_AT = datetime(2026, 6, 30, 18, 5, 0)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "family-json.md"

TABLES = (
    "families",
    "issued_codes",
    "identities",
    "identity_people",
    "identity_contacts",
    "members",
    "first_contacts",
    "assessments",
    "need_scores",
    "interviews",
    "actions",
    "aid_payments",
    "consents",
    "closures",
    "assessment_rounds",
    "round_scores",
    "round_work",
    "round_benefits",
    "audit_log",
    "search_index",
)


def tax_code(first15: str) -> str:
    return first15 + check_character(first15)


MARIA_CF = tax_code("SMPMRA85M41F205")  # Maria Esempio, fictional
LUCA_CF = tax_code("SMPLCU80A01F205")
WRONG_CHECK_CF = MARIA_CF[:15] + ("B" if MARIA_CF.endswith("A") else "A")


@contextmanager
def fresh_records() -> Iterator[Records]:
    """An empty vault of its own (hypothesis examples cannot share pytest's tmp_path)."""
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = new_vault(Path(tmp) / "vault")
        try:
            yield Records(vault.connection)
        finally:
            vault.lock()


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    vault, _ = new_vault(tmp_path / "vault")
    yield Records(vault.connection)
    vault.lock()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Records]:
    """A second, empty vault: where a file is imported."""
    vault, _ = new_vault(tmp_path / "other")
    yield Records(vault.connection)
    vault.lock()


def row_counts(records: Records) -> dict[str, int]:
    return {t: records.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def populate(records: Records, *, on: date = date(2026, 1, 12), notes: str = "") -> str:
    """A family with something in every part of the record, built through the repositories."""
    with records.transaction():
        family = records.families.create(
            on=on,
            counsellor="Giulia Operatrice",
            municipality="Cernusco sul Naviglio",
            adults=2,
            minors=2,
            channel=Channel.REFERRAL,
            known_to_social_services=False,
        )
        fid = family.id
        assert fid is not None
        records.identities.save(
            fid,
            Identity(
                people=(
                    Person(given_name="Maria", family_name="Esempio", tax_code=MARIA_CF),
                    Person(given_name="Luca", family_name="Esempio"),
                ),
                phones=("+39 000 000 0000", "dopo le 18: +39 000 000 0001"),
                emails=("maria.esempio@example.org",),
                address="Via Esempio 1, 20063 Cernusco sul Naviglio",
                tax_code=LUCA_CF,
                contact_preferences="solo dopo le 18, non lasciare messaggi",
            ),
        )
        records.members.add(
            fid,
            Member(
                role=MemberRole.PARENT,
                age_band=AgeBand.AGE_35_44,
                work_situation=WorkSituation.UNEMPLOYED,
                unemployed_since=date(2025, 9, 1),
                education=Education.FOREIGN_UNRECOGNISED,
            ),
        )
        records.members.add(fid, Member(role=MemberRole.PARENT, birth_year=1980))
        records.members.add(fid, Member(role=MemberRole.CHILD, birth_year=2015))
        records.members.add(fid, Member(role=MemberRole.CHILD, age_band=AgeBand.AGE_3_5))
        records.first_contacts.add(
            FirstContact(
                family_id=fid,
                occurred_at=datetime(2026, 1, 12, 9, 30),
                channel=Channel.REFERRAL,
                outcome=FirstContactOutcome.APPOINTMENT_BOOKED,
                request="bollette arretrate <b>&</b>",
                notes="inviata dalla parrocchia",
            )
        )
        # Anonymous: not part of any family's file.
        records.first_contacts.add(
            FirstContact(
                occurred_at=datetime(2026, 1, 12, 10, 0),
                channel=Channel.PHONE,
                outcome=FirstContactOutcome.INFORMATION_GIVEN,
                request="solo informazioni",
            )
        )
        records.assessments.save(
            Assessment(
                family_id=fid,
                assessed_on=date(2026, 1, 20),
                needs=(
                    NeedScore(area=NeedArea.WORK, baseline=3, exit=1, note="cerca lavoro"),
                    NeedScore(area=NeedArea.ENERGY_BILLS, baseline=2, exit=0),
                    NeedScore(area=NeedArea.CHILDCARE, baseline=1),
                ),
                motivation=4,
                resources="rete parentale forte",
                resident=True,
                has_minor=True,
                job_loss_or_hardship=True,
                decision=Decision.ADMITTED,
                decided_on=date(2026, 1, 25),
            )
        )
        for starts, minutes, mode in (
            (datetime(2026, 2, 3, 10, 0), 60, InterviewMode.DESK),
            (datetime(2026, 2, 3, 10, 0), 15, InterviewMode.PHONE),  # same moment: order kept
            (datetime(2026, 1, 15, 9, 0), 45, InterviewMode.HOME_VISIT),
        ):
            records.interviews.add(
                Interview(
                    family_id=fid,
                    starts_at=starts,
                    duration_minutes=minutes,
                    mode=mode,
                    participants="madre, operatrice",
                    notes=notes or "colloquio di avvio",
                    topics=(NeedArea.ENERGY_BILLS, NeedArea.WORK),
                    next_steps="portare le bollette",
                    next_appointment=starts + timedelta(days=7),
                )
            )
        cv = records.actions.add(
            PlanAction(
                family_id=fid,
                action_type=ActionType.CV,
                description="curriculum in italiano",
                owner="operatrice",
                due_on=date(2026, 2, 20),
                status=ActionStatus.DONE,
                outcome="fatto",
            )
        )
        bills = records.actions.add(
            PlanAction(family_id=fid, action_type=ActionType.ENERGY_BILLS, owner="famiglia")
        )
        records.actions.add(PlanAction(family_id=fid, action_type=ActionType.JOB_SEARCH))
        records.aid.add(
            AidPayment(
                family_id=fid,
                paid_on=date(2026, 2, 10),
                category=AidCategory.ENERGY_BILLS,
                amount_cents=18_450,
                payee_kind=PayeeKind.SUPPLIER,
                payee_name="Energia Esempio S.p.A.",
                receipt_ref="FT-2026-0042",
                action_id=bills.id,
            )
        )
        records.aid.add(
            AidPayment(
                family_id=fid,
                paid_on=date(2026, 2, 1),
                category=AidCategory.TRAINING_COSTS,
                amount_cents=2_500,
                payee_kind=PayeeKind.FAMILY,
                action_id=cv.id,
            )
        )
        records.aid.add(
            AidPayment(
                family_id=fid,
                paid_on=date(2026, 2, 10),
                category=AidCategory.FOOD_VOUCHERS,
                amount_cents=5_000,
                payee_kind=PayeeKind.FAMILY,
            )
        )
        records.consents.add(
            Consent(
                family_id=fid,
                notice_version="2025-06",
                given_on=date(2026, 1, 12),
                method=ConsentMethod.SIGNED_PAPER,
                scopes=frozenset({ConsentScope.PATH}),
                withdrawn_on=date(2026, 1, 20),
            )
        )
        records.consents.add(
            Consent(
                family_id=fid,
                notice_version="2026-01",
                given_on=date(2026, 1, 20),
                method=ConsentMethod.DIGITAL,
                scopes=frozenset({ConsentScope.PATH, ConsentScope.ANONYMOUS_STATISTICS}),
            )
        )
        records.closures.add(
            Closure(
                family_id=fid,
                closed_on=date(2026, 5, 30),
                reason=ClosureReason.PATH_COMPLETED,
                outcome=Outcome.WORK_FOUND,
                work_type=WorkType.FIXED_TERM,
                note="contratto di sei mesi",
            )
        )
        mother = records.members.for_family(fid)[0]
        records.rounds.save(
            AssessmentRound(
                family_id=fid,
                kind=RoundKind.FOLLOW_UP,
                follow_up_months=6,
                assessed_on=date(2026, 12, 1) if on < date(2026, 5, 1) else on,
                income_cents=150_000,
                debt_cents=0,
                isee_cents=900_000,
                isee_type=IseeType.ORDINARIO,
                isee_issued_on=date(2026, 1, 5),
                isee_expires_on=date(2026, 12, 31),
                note="follow-up: lavoro confermato",
                scores=(RoundScore(area=NeedArea.WORK, severity=0),),
                work=(
                    AdultWork(member_id=mother.id, work_situation=WorkSituation.EMPLOYED),
                    AdultWork(work_situation=WorkSituation.HOMEMAKER),
                ),
                benefits=(Benefit(kind=BenefitKind.OTHER, name="Bonus nido", monthly_cents=9_000),),
            )
        )
        for status, day in (
            (FamilyStatus.INTAKE, date(2026, 1, 15)),
            (FamilyStatus.ASSESSMENT, date(2026, 1, 20)),
            (FamilyStatus.ACTIVE_PATH, date(2026, 2, 1)),
            (FamilyStatus.CLOSED, date(2026, 5, 30)),
        ):
            records.families.transition(fid, status, on=day)
    return family.code


def keys_anywhere(value: object) -> set[str]:
    if isinstance(value, dict):
        found = set(value)
        for item in value.values():
            found |= keys_anywhere(item)
        return found
    if isinstance(value, list):
        return set().union(*(keys_anywhere(v) for v in value)) if value else set()
    return set()


def without_exported_at(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


# --- export -------------------------------------------------------------------------------------


def test_export_holds_everything_about_the_family_and_nothing_else(records: Records) -> None:
    code = populate(records)
    populate(records, notes="another family's interview")
    doc = export_family(records, code, now=EXPORTED_AT)

    assert doc["format"] == "ripartire-family"
    assert doc["version"] == 2
    assert doc["exported_at"] == "2026-06-30T18:05:00"
    family = doc["family"]
    assert family["code"] == code == "RIP-2026-001"
    assert family["status"] == "closed"
    assert (family["opened_on"], family["closed_on"]) == ("2026-02-01", "2026-05-30")
    assert family["first_contact_channel"] == "referral"
    assert family["known_to_social_services"] is False
    people = family["identity"]["people"]
    assert people[0] == {"given_name": "Maria", "family_name": "Esempio", "tax_code": MARIA_CF}
    assert family["identity"]["phones"] == ["+39 000 000 0000", "dopo le 18: +39 000 000 0001"]
    assert [m["role"] for m in family["members"]] == ["parent", "parent", "child", "child"]
    # Only the contact linked to this family; the anonymous one stays out.
    assert [c["request"] for c in family["first_contacts"]] == ["bollette arretrate <b>&</b>"]
    assert [n["area"] for n in family["assessment"]["needs"]] == [
        "work",
        "energy_bills",
        "childcare",
    ]
    assert [i["starts_at"] for i in family["interviews"]] == [
        "2026-01-15T09:00:00",
        "2026-02-03T10:00:00",
        "2026-02-03T10:00:00",
    ]
    assert all(i["notes"] == "colloquio di avvio" for i in family["interviews"])
    assert [a["ref"] for a in family["actions"]] == ["A1", "A2", "A3"]
    by_ref = {a["ref"]: a["action_type"] for a in family["actions"]}
    linked = {p["receipt_ref"] or p["category"]: p["action_ref"] for p in family["aid_payments"]}
    assert by_ref[linked["FT-2026-0042"]] == "energy_bills"
    assert by_ref[linked["training_costs"]] == "cv"
    assert linked["food_vouchers"] is None
    assert sum(p["amount_cents"] for p in family["aid_payments"]) == 25_950
    assert family["consents"][1]["scopes"] == ["anonymous_statistics", "path"]
    assert family["closures"][0]["work_type"] == "fixed_term"
    # Database ids never leave the vault: actions are linked by their local ref.
    assert keys_anywhere(doc).isdisjoint({"id", "family_id", "action_id", "assessment_id"})


def test_dumps_is_readable_utf8_with_sorted_keys_and_byte_stable(records: Records) -> None:
    code = populate(records, notes="è già passata: مرحبا 👨‍👩‍👧")
    raw = dumps(export_family(records, code, now=EXPORTED_AT))
    text = raw.decode("utf-8")
    assert "è già passata: مرحبا 👨‍👩‍👧" in text  # not \u-escaped
    assert text.startswith('{\n  "exported_at"')
    assert raw == dumps(export_family(records, code, now=EXPORTED_AT))
    assert json.loads(text)["family"]["code"] == code


def test_export_of_an_unknown_code_is_refused(records: Records) -> None:
    from ripartire_desktop.store.records.families import FamilyNotFoundError

    with pytest.raises(FamilyNotFoundError):
        export_family(records, "RIP-2026-404")


# --- round trip ---------------------------------------------------------------------------------


def test_rich_family_round_trips_through_an_empty_vault(records: Records, other: Records) -> None:
    code = populate(records)
    first = export_family(records, code, now=EXPORTED_AT)

    imported = import_families(other, parse_document(dumps(first)), on=TODAY)

    assert imported == [ImportedFamily(code, code)]
    again = export_family(other, code, now=datetime(2027, 1, 1, 8, 0, 0))
    assert without_exported_at(again) == without_exported_at(first)
    assert dumps(export_family(other, code, now=EXPORTED_AT)) == dumps(first)
    entry = other.audit.entries()[0]
    assert (entry.action, entry.family_code) == (AuditAction.IMPORT.value, code)
    # The imported text is searchable like text typed in the app.
    assert (
        other.conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'parrocchia'"
        ).fetchone()[0]
        == 1
    )


def test_list_document_round_trips_in_order(records: Records, other: Records) -> None:
    first_code = populate(records)
    second_code = populate(records, on=date(2026, 1, 2), notes="seconda famiglia")
    doc = export_families(records, [second_code, first_code], now=EXPORTED_AT)
    assert doc["format"] == "ripartire-families"

    bundles = parse_document(dumps(doc))
    assert [b.path for b in bundles] == ["families[0]", "families[1]"]
    imported = import_families(other, bundles, on=TODAY)

    assert [i.code_assigned for i in imported] == [second_code, first_code]
    again = export_families(other, [second_code, first_code], now=EXPORTED_AT)
    assert again == doc
    imports = [e.family_code for e in other.audit.entries() if e.action == AuditAction.IMPORT]
    assert imports == [first_code, second_code]  # newest first


SPECIAL_TEXT = (
    "<b>&amp;</b><script>alert(1)</script>",
    "مرحبا \u202eevil\u202c שלום",
    "👨‍👩‍👧‍👦 🇮🇹",
    "riga uno\r\nriga due\ttab \x00 nul",
    '"quoted" \\ backslash',
    "x" * 100_000,
    "   ",
)
TEXT = st.one_of(st.text(), st.sampled_from(SPECIAL_TEXT))
NONBLANK = TEXT.filter(lambda s: bool(s.strip()))
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=TODAY)
MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
VALID_TAX_CODES = (MARIA_CF, LUCA_CF, tax_code("RSSMRA80A01F205"))


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def values(vocabulary: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in vocabulary])


def day_text(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def moment_text(m: datetime | None) -> str | None:
    return None if m is None else m.isoformat(timespec="seconds")


@st.composite
def family_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid family document in the canonical order an export writes."""
    created = draw(DAYS)
    status = draw(values(FamilyStatus))
    closed = draw(st.dates(created, TODAY)) if status == "closed" else None
    identity = draw(
        optional(
            st.fixed_dictionaries(
                {
                    "people": st.lists(
                        st.fixed_dictionaries(
                            {
                                "given_name": TEXT,
                                "family_name": NONBLANK,
                                "tax_code": optional(st.sampled_from(VALID_TAX_CODES)),
                            }
                        ),
                        max_size=2,
                    ),
                    "phones": st.lists(NONBLANK, max_size=2),
                    "emails": st.lists(NONBLANK, max_size=2),
                    "address": TEXT,
                    "tax_code": optional(st.sampled_from(VALID_TAX_CODES)),
                    "contact_preferences": TEXT,
                }
            )
        )
    )
    members = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "role": values(MemberRole),
                    "age_band": optional(values(AgeBand)),
                    "birth_year": optional(st.integers(1880, 2999)),
                    "work_situation": optional(values(WorkSituation)),
                    "unemployed_since": optional(DAYS.map(day_text)),
                    "education": optional(values(Education)),
                }
            ),
            max_size=2,
        )
    )
    contacts = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "occurred_at": MOMENTS.map(moment_text),
                    "channel": values(Channel),
                    "outcome": values(FirstContactOutcome),
                    "request": TEXT,
                    "notes": TEXT,
                    "appointment_at": st.none(),  # only with "appointment booked"
                }
            ),
            max_size=2,
        )
    )
    assessment = None
    if draw(st.booleans()):
        assessed = draw(DAYS)
        decision = draw(values(Decision))
        areas = draw(st.lists(values(NeedArea), unique=True, max_size=3))
        severity = optional(st.integers(0, 3))
        assessment = {
            "assessed_on": assessed.isoformat(),
            "needs": [
                {"area": a, "baseline": draw(severity), "exit": draw(severity), "note": draw(TEXT)}
                for a in areas
            ],
            "motivation": draw(optional(st.integers(1, 5))),
            "resources": draw(TEXT),
            "resident": draw(st.booleans()),
            "has_minor": draw(st.booleans()),
            "job_loss_or_hardship": draw(st.booleans()),
            "decision": decision,
            "decided_on": None
            if decision == "pending"
            else draw(st.dates(assessed, date(2030, 1, 1))).isoformat(),
        }
    interviews = []
    for _ in range(draw(st.integers(0, 3))):
        starts = draw(MOMENTS)
        later = draw(optional(st.integers(1, 100_000)))
        interviews.append(
            {
                "starts_at": moment_text(starts),
                "duration_minutes": draw(st.integers(1, 1440)),
                "mode": draw(values(InterviewMode)),
                "participants": draw(TEXT),
                "notes": draw(TEXT),
                "topics": draw(st.lists(values(NeedArea), unique=True, max_size=3)),
                "next_steps": draw(TEXT),
                "next_appointment": None
                if later is None
                else moment_text(starts + timedelta(minutes=later)),
            }
        )
    actions = [
        {
            "ref": f"A{n}",
            "action_type": draw(values(ActionType)),
            "description": draw(TEXT),
            "owner": draw(TEXT),
            "due_on": draw(optional(DAYS.map(day_text))),
            "status": draw(values(ActionStatus)),
            "outcome": draw(TEXT),
        }
        for n in range(1, draw(st.integers(0, 3)) + 1)
    ]
    payments = []
    # Budget lines named by any text; a name is one line whatever its case (so one per name).
    line_names = draw(st.lists(NONBLANK, max_size=2, unique_by=str.casefold))
    lines = [
        {"name": name, "funder": draw(NONBLANK), "year": draw(st.integers(2000, 2100))}
        for name in line_names
    ]
    for _ in range(draw(st.integers(0, 3))):
        payee = draw(values(PayeeKind))
        payments.append(
            {
                "paid_on": draw(DAYS).isoformat(),
                "category": draw(values(AidCategory)),
                "amount_cents": draw(st.integers(1, 99_999_999_999)),
                "payee_kind": payee,
                "payee_name": draw(NONBLANK if payee == "supplier" else TEXT),
                "receipt_ref": draw(TEXT),
                "action_ref": draw(optional(st.sampled_from([a["ref"] for a in actions])))
                if actions
                else None,
                "budget_line": draw(optional(st.sampled_from(lines))) if lines else None,
            }
        )
    consents = []
    for _ in range(draw(st.integers(0, 2))):
        given = draw(DAYS)
        consents.append(
            {
                "notice_version": draw(NONBLANK),
                "given_on": given.isoformat(),
                "method": draw(values(ConsentMethod)),
                "scopes": sorted(draw(st.lists(values(ConsentScope), unique=True, min_size=1))),
                "withdrawn_on": draw(optional(st.dates(given, date(2030, 1, 1)).map(day_text))),
            }
        )
    closures = []
    for _ in range(draw(st.integers(0, 2))):
        outcome = draw(values(Outcome))
        closures.append(
            {
                "closed_on": draw(DAYS).isoformat(),
                "reason": draw(values(ClosureReason)),
                "outcome": outcome,
                "work_type": draw(values(WorkType)) if outcome == "work_found" else None,
                "note": draw(TEXT),
            }
        )
    family = {
        "code": f"RIP-{created.year}-{draw(st.integers(1, 2000)):03d}",
        "status": status,
        "counsellor": draw(TEXT),
        "municipality": draw(TEXT),
        "adults": draw(st.integers(0, 99)),
        "minors": draw(st.integers(0, 99)),
        "first_contact_channel": draw(optional(values(Channel))),
        "known_to_social_services": draw(optional(st.booleans())),
        "created_on": created.isoformat(),
        "updated_on": draw(st.dates(created, TODAY)).isoformat(),
        "opened_on": draw(optional(st.dates(max_value=closed or date(2030, 1, 1)).map(day_text))),
        "closed_on": day_text(closed),
        "identity": identity,
        "members": members,
        "first_contacts": sorted(contacts, key=lambda c: str(c["occurred_at"])),
        "assessment": assessment,
        "interviews": sorted(interviews, key=lambda i: str(i["starts_at"])),
        "actions": actions,
        "aid_payments": sorted(payments, key=lambda p: str(p["paid_on"])),
        "consents": sorted(consents, key=lambda c: str(c["given_on"])),
        "closures": sorted(closures, key=lambda c: str(c["closed_on"])),
        "assessment_rounds": [],
    }
    return {"format": "ripartire-family", "version": 2, "exported_at": None, "family": family}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=family_documents())
def test_any_text_in_any_field_round_trips(doc: dict[str, Any]) -> None:
    with fresh_records() as records:
        imported = import_families(records, parse_document(dumps(doc)), on=TODAY)
        code = doc["family"]["code"]
        assert imported == [ImportedFamily(code, code)]
        again = export_family(records, code)
    assert again["family"] == doc["family"]


# --- refusals -----------------------------------------------------------------------------------


@pytest.fixture
def rich_doc(records: Records) -> dict[str, Any]:
    return export_family(records, populate(records), now=EXPORTED_AT)


Edit = Callable[[dict[str, Any]], object]


def _set(path: str, value: object) -> Edit:
    """An edit that sets `a.b[2].c` in a document to `value`."""
    parts = re.findall(r"[^.\[\]]+", path)

    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        target[int(last) if last.isdigit() else last] = value

    return edit


def _delete(path: str) -> Edit:
    parts = re.findall(r"[^.\[\]]+", path)

    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[parts[-1]]

    return edit


def _duplicate_need(doc: dict[str, Any]) -> None:
    doc["family"]["assessment"]["needs"][2]["area"] = "work"


BAD_EDITS: list[tuple[str, Edit, str]] = [
    ("wrong format", _set("format", "ripartire-bundle"), 'format: must be "ripartire-family"'),
    ("missing format", _delete("format"), "format: is required"),
    (
        "newer version",
        _set("version", 3),
        "version: this file is format version 3, written by a newer Ripartire",
    ),
    ("version as text", _set("version", "1"), 'version: must be a whole number, not "1"'),
    (
        "missing field",
        _delete("family.interviews[1].duration_minutes"),
        "family.interviews[1].duration_minutes: is required",
    ),
    (
        "misspelt field",
        _set("family.interviews[0].duraton_minutes", 30),
        "family.interviews[0].duraton_minutes: is not a field of format version 2",
    ),
    ("wrong type", _set("family.adults", "2"), 'family.adults: must be a whole number, not "2"'),
    ("float count", _set("family.minors", 2.0), "family.minors: must be a whole number, not 2.0"),
    ("list not object", _set("family.identity", []), "family.identity: must be an object"),
    (
        "bad enum",
        _set("family.interviews[2].mode", "zoom"),
        'family.interviews[2].mode: "zoom" is not one of: desk, phone, video, home_visit, '
        "neutral_place",
    ),
    (
        "bad topic",
        _set("family.interviews[0].topics[1]", "money"),
        'family.interviews[0].topics[1]: "money" is not one of: work, income',
    ),
    (
        "severity out of range",
        _set("family.assessment.needs[0].baseline", 4),
        "family.assessment.needs[0].baseline: must be between 0 and 3",
    ),
    (
        "negative amount",
        _set("family.aid_payments[1].amount_cents", -500),
        "family.aid_payments[1].amount_cents: must be between 1 and 99999999999",
    ),
    (
        "amount in euros",
        _set("family.aid_payments[1].amount_cents", 12.5),
        "family.aid_payments[1].amount_cents: must be a whole number, not 12.5",
    ),
    (
        "tax code check character",
        _set("family.identity.people[0].tax_code", WRONG_CHECK_CF),
        "family.identity.people[0].tax_code: the check character does not match",
    ),
    ("duplicate need area", _duplicate_need, 'family.assessment.needs[2].area: "work" is scored'),
    (
        "year typed short",
        _set("family.created_on", "0206-01-12"),
        "family.created_on: must be a date from 1900 on",
    ),
    ("impossible date", _set("family.created_on", "2026-02-30"), "family.created_on: "),
    (
        "date in another shape",
        _set("family.updated_on", "30/05/2026"),
        "family.updated_on: must be a date like 2026-03-01",
    ),
    (
        "moment with a time zone",
        _set("family.first_contacts[0].occurred_at", "2026-01-12T09:30:00+01:00"),
        "family.first_contacts[0].occurred_at: must be a local date and time",
    ),
    (
        "closed without a closing day",
        _set("family.closed_on", None),
        "family.closed_on: is set when, and only when, the status is closed",
    ),
    (
        "appointment before the interview",
        _set("family.interviews[0].next_appointment", "2026-01-01T00:00:00"),
        "family.interviews[0].next_appointment: must be after the interview",
    ),
    (
        "work found without work type",
        _set("family.closures[0].work_type", None),
        "family.closures[0].work_type: is given when, and only when, work was found",
    ),
    (
        "supplier without name",
        _set("family.aid_payments[1].payee_name", " "),
        "family.aid_payments[1].payee_name: is required",
    ),
    (
        "dangling action ref",
        _set("family.aid_payments[0].action_ref", "A9"),
        'family.aid_payments[0].action_ref: no action of this family has the ref "A9"',
    ),
    (
        "duplicate action ref",
        _set("family.actions[2].ref", "A1"),
        'family.actions[2].ref: "A1" is already the ref of another action',
    ),
    (
        "person without a name",
        _set("family.identity.people[1]", {"given_name": " ", "family_name": ""}),
        "family.identity.people[1].given_name: a person needs a given name or a family name",
    ),
    (
        "blank phone",
        _set("family.identity.phones[0]", ""),
        "family.identity.phones[0]: is required",
    ),
    ("no consent scope", _set("family.consents[0].scopes", []), "family.consents[0].scopes: "),
    (
        "lone surrogate",
        _set("family.interviews[0].notes", "ok \ud800"),
        "family.interviews[0].notes: contains an invalid character",
    ),
    ("bad code", _set("family.code", "RIP-26-7"), 'family.code: "RIP-26-7" is not a family code'),
    ("null text", _set("family.counsellor", None), "family.counsellor: must be text, not null"),
]


@pytest.mark.parametrize(
    ("edit", "expected"), [c[1:] for c in BAD_EDITS], ids=[c[0] for c in BAD_EDITS]
)
def test_bad_field_is_named_with_its_path_and_nothing_changes(
    records: Records, rich_doc: dict[str, Any], edit: Edit, expected: str
) -> None:
    doc = copy.deepcopy(rich_doc)
    edit(doc)
    raw = json.dumps(doc).encode("ascii")  # a lone surrogate is written \ud800
    before = row_counts(records)

    with pytest.raises(FamilyFileError) as caught:
        import_families(records, parse_document(raw), on=TODAY)

    assert str(caught.value).startswith(expected), str(caught.value)
    assert row_counts(records) == before


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"{not json", "document: is not valid JSON: Expecting property name"),
        (b"", "document: is not valid JSON: Expecting value at line 1, column 1"),
        (b"\xff\xfe{}", "document: is not UTF-8 text"),
        (b'[{"format": "ripartire-family"}]', "document: is a bare list"),
        (b'"ripartire-family"', "document: must be a JSON object, not text"),
        (b'{"format": "ripartire-families", "version": 1, "families": []}', "families: must"),
        (b'{"format": "ripartire-family", "version": 1}', "family: is required"),
        (b'{"format": "ripartire-family", "version": NaN, "family": {}}', "document: is not"),
        (b"[" * 100_000 + b"]" * 100_000, "document: is nested too deeply"),
        (
            b'{"format": "ripartire-family", "version": 1, "family": {"code": "RIP-2026-001",'
            b' "status": "intake", "status": "closed"}}',
            "family.status: appears twice in the same object",
        ),
        (
            b'{"format": "ripartire-family", "version": 1, "family": {}, "signature": "x"}',
            "signature: is not a field of format version 2",
        ),
        (
            b'{"format": "ripartire-family", "version": 0, "family": {}}',
            "version: 0 is not a version of this format",
        ),
    ],
)
def test_unreadable_documents_are_refused_with_a_clear_message(
    records: Records, raw: bytes, expected: str
) -> None:
    populate(records)
    before = row_counts(records)
    with pytest.raises(FamilyFileError) as caught:
        parse_document(raw)
    assert str(caught.value).startswith(expected), str(caught.value)
    assert row_counts(records) == before


def test_the_error_makes_the_command_exit_as_damaged_input() -> None:
    with pytest.raises(DamagedError) as caught:
        parse_document(b"nope")
    assert caught.value.exit_code == EXIT_DAMAGED == 4


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>" + "\u202e" + "A" * 100_000,
        "\x1b[31m\x1b[2J" + "😈" * 50_000,
    ],
)
def test_hostile_values_are_not_echoed_at_length(rich_doc: dict[str, Any], hostile: str) -> None:
    edits: list[Edit] = [
        _set("family.interviews[0].mode", hostile),
        _set("family.code", hostile),
        _set("family.identity.tax_code", hostile),
        _set("format", hostile),
        lambda doc: doc["family"]["interviews"][0].update({hostile: 1}),  # as a field name
    ]
    for edit in edits:
        doc = copy.deepcopy(rich_doc)
        edit(doc)
        with pytest.raises(FamilyFileError) as caught:
            parse_document(dumps(doc))
        message = str(caught.value)
        assert len(message) < 400
        assert "\u202e" not in message and "\x1b" not in message
        assert "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" not in message


def test_the_bad_family_of_a_list_is_named_and_no_family_is_imported(
    records: Records, other: Records
) -> None:
    codes = [populate(records, on=date(2026, 1, d)) for d in (5, 6, 7, 8)]
    doc = export_families(records, codes)
    doc["families"][2]["interviews"][1]["duration_minutes"] = 0
    before = row_counts(other)

    with pytest.raises(FamilyFileError) as caught:
        import_families(other, parse_document(dumps(doc)), on=TODAY)

    assert str(caught.value) == (
        "families[2].interviews[1].duration_minutes: must be between 1 and 1440"
    )
    assert row_counts(other) == before


def test_a_failure_while_storing_the_third_family_rolls_back_the_first_two(
    records: Records, other: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = [populate(records, on=date(2026, 1, d)) for d in (5, 6, 7)]
    bundles = parse_document(dumps(export_families(records, codes)))
    before = row_counts(other)
    real_add = other.closures.add
    calls = []

    def failing_add(closure: Closure) -> Closure:
        calls.append(closure)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_add(closure)

    monkeypatch.setattr(other.closures, "add", failing_add)
    with pytest.raises(OSError, match="disk full"):
        import_families(other, bundles, on=TODAY)

    assert len(calls) == 3
    assert row_counts(other) == before
    assert other.families.count() == 0


def test_a_family_dated_after_the_day_of_import_is_refused(
    records: Records, other: Records
) -> None:
    doc = export_family(records, populate(records))
    before = row_counts(other)
    with pytest.raises(FamilyFileError) as caught:
        import_families(other, parse_document(dumps(doc)), on=date(2026, 5, 1))
    assert str(caught.value) == "family.updated_on: is after the day of import (2026-05-01)"
    assert row_counts(other) == before


# --- codes --------------------------------------------------------------------------------------


def _minimal(code: str, created_on: str = "2026-03-01") -> dict[str, Any]:
    return {
        "format": "ripartire-family",
        "version": 1,
        "family": {"code": code, "created_on": created_on, "updated_on": created_on},
    }


def test_a_minimal_family_imports_with_the_documented_defaults(records: Records) -> None:
    [imported] = import_families(records, parse_document(dumps(_minimal("RIP-2026-050"))), on=TODAY)
    family = export_family(records, imported.code_assigned)["family"]
    assert family["status"] == "first_contact"
    assert (family["adults"], family["minors"], family["counsellor"]) == (0, 0, "")
    assert family["identity"] is None and family["assessment"] is None
    assert family["members"] == family["interviews"] == family["aid_payments"] == []


def test_code_is_kept_when_free_and_reassigned_when_taken(records: Records) -> None:
    for day in (1, 2):
        records.families.create(on=date(2026, 2, day))  # RIP-2026-001, RIP-2026-002
    erased = records.families.create(on=date(2026, 2, 3)).code  # RIP-2026-003, then erased
    erase_family(records.conn, erased)
    doc = {
        "format": "ripartire-families",
        "version": 1,
        "families": [
            _minimal("RIP-2026-001")["family"],  # taken by a family in this vault
            _minimal("RIP-2026-050")["family"],  # never issued: kept
            _minimal(erased)["family"],  # issued once, to an erased family: never reused
            _minimal("RIP-2019-001", "2019-05-06")["family"],  # free in another year: kept
            _minimal("RIP-2026-050")["family"],  # twice in the same file: the second moves
        ],
    }

    imported = import_families(records, parse_document(dumps(doc)), on=TODAY)

    assert imported == [
        ImportedFamily("RIP-2026-001", "RIP-2026-004"),
        ImportedFamily("RIP-2026-050", "RIP-2026-050"),
        ImportedFamily(erased, "RIP-2026-051"),
        ImportedFamily("RIP-2019-001", "RIP-2019-001"),
        ImportedFamily("RIP-2026-050", "RIP-2026-052"),
    ]
    audited = [str(e.family_code) for e in records.audit.entries() if e.action == "import"]
    assert sorted(audited) == sorted(i.code_assigned for i in imported)


def test_an_import_into_a_vault_that_holds_the_code_gets_a_new_one(
    records: Records,
) -> None:
    code = populate(records)
    doc = export_family(records, code)
    [imported] = import_families(records, parse_document(dumps(doc)), on=TODAY)
    assert (imported.code_in_file, imported.code_assigned) == (code, "RIP-2026-002")
    copy_doc = export_family(records, imported.code_assigned)["family"]
    assert {**copy_doc, "code": code} == doc["family"]


# --- the reference page -------------------------------------------------------------------------


def test_the_example_in_the_documentation_imports(records: Records) -> None:
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, "docs/family-json.md has no JSON example"
    example = blocks[0].encode("utf-8")
    bundles = parse_document(example)
    [imported] = import_families(records, bundles, on=TODAY)
    exported = export_family(records, imported.code_assigned)
    assert without_exported_at(exported) == without_exported_at(json.loads(example))


def test_a_version_1_file_gets_its_assessment_as_the_baseline_and_exit(records: Records) -> None:
    text = DOCS.read_text(encoding="utf-8")
    doc = json.loads(re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)[0])
    doc["version"] = 1
    del doc["family"]["assessment_rounds"]
    [imported] = import_families(records, parse_document(json.dumps(doc).encode()), on=TODAY)
    rounds = export_family(records, imported.code_assigned)["family"]["assessment_rounds"]
    assert [(r["kind"], r["assessed_on"]) for r in rounds] == [
        ("baseline", "2026-01-20"),
        ("exit", "2026-05-29"),
    ]
    assert rounds[1]["scores"] == [
        {"area": "energy_bills", "severity": 0},
        {"area": "work", "severity": 1},
    ]


def test_a_round_naming_a_member_the_family_lacks_is_refused(
    records: Records, rich_doc: dict[str, Any]
) -> None:
    rich_doc["family"]["assessment_rounds"] = [
        {"episode": 1, "kind": "review", "assessed_on": "2026-03-01",
         "work": [{"member": 9, "work_situation": "employed"}]},
    ]  # fmt: skip
    before = row_counts(records)
    with pytest.raises(FamilyFileError, match=r"assessment_rounds\[0\]\.work\[0\]\.member"):
        import_families(records, parse_document(json.dumps(rich_doc).encode()), on=TODAY)
    assert row_counts(records) == before


def test_the_documentation_lists_every_value_of_every_vocabulary_in_the_format() -> None:
    text = DOCS.read_text(encoding="utf-8")
    vocabularies = (
        FamilyStatus, Channel, AgeBand, MemberRole, WorkSituation, Education, NeedArea, Decision,
        InterviewMode, ActionType, ActionStatus, AidCategory, PayeeKind, ConsentScope,
        ConsentMethod, ClosureReason, Outcome, WorkType, FirstContactOutcome, RoundKind, IseeType,
        BenefitKind,
    )  # fmt: skip
    for vocabulary in vocabularies:
        row = next(
            line for line in text.splitlines() if line.startswith(f"| {vocabulary.__name__} |")
        )
        assert [v.strip(" `") for v in row.split("|")[2].split(",")] == [
            m.value for m in vocabulary
        ]
