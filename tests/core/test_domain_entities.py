"""Every entity builds from good values and refuses bad ones with the field named."""

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AgeBand,
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
    EligibilityReason,
    Family,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    Identity,
    Interview,
    InterviewMode,
    Member,
    MemberRole,
    NeedArea,
    NeedScore,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    TransitionError,
    ValidationError,
    WorkSituation,
    WorkType,
)

D = date(2026, 3, 2)
T = datetime(2026, 3, 2, 9, 30)


def family(**kw: object) -> Family:
    values: dict[str, object] = {"code": "RIP-2026-007", "created_on": D, "updated_on": D}
    values.update(kw)
    return Family(**values)  # type: ignore[arg-type]


def refused(field: str, factory: object, **kw: object) -> None:
    with pytest.raises(ValidationError) as info:
        factory(**kw)  # type: ignore[operator]
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")


# --- Family --------------------------------------------------------------------------------------


def test_family_with_all_fields() -> None:
    f = family(
        id=3,
        status=FamilyStatus.ACTIVE_PATH,
        counsellor="Chiara",
        municipality="Cernusco sul Naviglio",
        adults=2,
        minors=3,
        first_contact_channel=Channel.WORD_OF_MOUTH,
        known_to_social_services=False,
        opened_on=D,
    )
    assert f.minors == 3 and f.known_to_social_services is False
    assert f.closed_on is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.status = FamilyStatus.CLOSED  # type: ignore[misc]
    assert hash(f) == hash(dataclasses.replace(f))


def test_family_accepts_stored_strings_for_vocabularies() -> None:
    f = family(status="waiting_list", first_contact_channel="referral")
    assert f.status is FamilyStatus.WAITING_LIST
    assert f.first_contact_channel is Channel.REFERRAL


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("code", {"code": ""}),
        ("code", {"code": "   "}),
        ("code", {"code": "RIP-26-7"}),
        ("status", {"status": "open"}),
        ("adults", {"adults": -1}),
        ("minors", {"minors": True}),
        ("minors", {"minors": 2.0}),
        ("known_to_social_services", {"known_to_social_services": "no"}),
        ("created_on", {"created_on": T}),
        ("updated_on", {"updated_on": D - timedelta(days=1)}),
        ("closed_on", {"status": FamilyStatus.CLOSED}),
        ("closed_on", {"closed_on": D}),
        ("closed_on", {"status": "closed", "opened_on": D, "closed_on": D - timedelta(1)}),
        ("id", {"id": 0}),
    ],
)
def test_family_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    refused(field, family, **kw)


def test_family_transition_stamps_dates() -> None:
    f = family(status=FamilyStatus.ASSESSMENT)
    later = D + timedelta(days=10)
    active = f.transition_to(FamilyStatus.ACTIVE_PATH, on=later)
    assert (active.status, active.opened_on, active.updated_on) == (
        FamilyStatus.ACTIVE_PATH,
        later,
        later,
    )
    closed = active.transition_to(FamilyStatus.CLOSED, on=later + timedelta(days=90))
    assert closed.closed_on == later + timedelta(days=90)
    reopened = closed.transition_to(FamilyStatus.INTAKE, on=date(2027, 1, 5))
    assert reopened.opened_on is None and reopened.closed_on is None
    assert f.status == FamilyStatus.ASSESSMENT  # the original is untouched


def test_family_transition_refused() -> None:
    with pytest.raises(TransitionError):
        family().transition_to(FamilyStatus.CLOSED, on=D)


# --- Identity, Person, Member --------------------------------------------------------------------


def test_identity_keeps_contacts_as_typed() -> None:
    identity = Identity(
        family_id=3,
        people=[Person(given_name="Anna"), Person(family_name="Rossi")],
        phones=["+39 02 1234 567", "solo dopo le 18"],
        emails=("anna@example.org",),
        address="Via Roma 1, Cernusco sul Naviglio",
        contact_preferences="Non lasciare messaggi in segreteria",
    )
    assert identity.phones == ("+39 02 1234 567", "solo dopo le 18")
    assert isinstance(identity.people, tuple) and len(identity.people) == 2
    assert Identity().all_tax_codes() == frozenset()


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("phones", {"phones": ("",)}),
        ("phones", {"phones": "0212345"}),  # a lone string is not a list of phones
        ("emails", {"emails": (" ",)}),
        ("people", {"people": ("Anna",)}),
        ("family_id", {"family_id": -2}),
        ("address", {"address": None}),
    ],
)
def test_identity_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    refused(field, Identity, **kw)


def test_person_needs_a_name() -> None:
    refused("given_name", Person)
    refused("given_name", Person, given_name=" ", family_name="\t")


def test_member_band_from_birth_year() -> None:
    m = Member(role=MemberRole.CHILD, birth_year=2016, education="primary")
    assert m.band_on(D) == AgeBand.AGE_6_10
    assert Member(role="parent", age_band="35_44").band_on(D) == AgeBand.AGE_35_44
    assert Member(role=MemberRole.OTHER_ADULT).band_on(D) is None


def test_member_with_work_details() -> None:
    m = Member(
        role=MemberRole.PARENT,
        family_id=1,
        work_situation=WorkSituation.UNEMPLOYED,
        unemployed_since=date(2025, 9, 1),
    )
    assert m.unemployed_since == date(2025, 9, 1)


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("role", {"role": "mother"}),
        ("age_band", {"role": "child", "age_band": "0-2"}),
        ("birth_year", {"role": "child", "birth_year": 3000}),
        ("unemployed_since", {"role": "parent", "unemployed_since": "2025-01-01"}),
        ("work_situation", {"role": "parent", "work_situation": "busy"}),
    ],
)
def test_member_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    refused(field, Member, **kw)


# --- First contact -------------------------------------------------------------------------------


def test_anonymous_first_contact() -> None:
    fc = FirstContact(
        occurred_at=T, channel=Channel.PHONE, outcome=FirstContactOutcome.APPOINTMENT_BOOKED
    )
    assert fc.family_id is None and fc.request == ""


def test_first_contact_refuses_aware_or_missing_time() -> None:
    common = {"channel": "phone", "outcome": "other"}
    refused("occurred_at", FirstContact, occurred_at=T.replace(tzinfo=UTC), **common)
    refused("occurred_at", FirstContact, occurred_at=D, **common)
    refused("outcome", FirstContact, occurred_at=T, channel="phone", outcome="maybe")


# --- Assessment ----------------------------------------------------------------------------------


def test_assessment_with_scores_and_decision() -> None:
    a = Assessment(
        family_id=1,
        assessed_on=D,
        needs=[
            NeedScore(area=NeedArea.WORK, baseline=3, exit=1),
            NeedScore(area="housing", baseline=2),
        ],
        motivation=4,
        resident=True,
        has_minor=True,
        job_loss_or_hardship=True,
        decision=Decision.ADMITTED,
        decided_on=D + timedelta(days=1),
    )
    work = a.score(NeedArea.WORK)
    assert work is not None and work.improved is True
    housing = a.score(NeedArea.HOUSING)
    assert housing is not None and housing.improved is None
    assert a.score(NeedArea.DEBT) is None
    assert a.eligibility.eligible is True


def test_pending_assessment_is_advisory_on_eligibility() -> None:
    a = Assessment(family_id=1, assessed_on=D, resident=True)
    assert a.decision == Decision.PENDING
    assert a.eligibility.unmet == (EligibilityReason.NO_MINOR, EligibilityReason.NO_HARDSHIP)


@pytest.mark.parametrize("value", [-1, 4, True, 1.5, "2"])
def test_severity_outside_0_to_3_is_refused(value: object) -> None:
    refused("baseline", NeedScore, area="work", baseline=value)
    refused("exit", NeedScore, area="work", exit=value)


@pytest.mark.parametrize("value", [0, 6, False])
def test_motivation_outside_1_to_5_is_refused(value: object) -> None:
    refused("motivation", Assessment, family_id=1, assessed_on=D, motivation=value)


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("family_id", {"family_id": None}),
        ("needs", {"needs": (NeedScore(area="work"), NeedScore(area="work", baseline=1))}),
        ("needs", {"needs": ("work",)}),
        ("decided_on", {"decision": Decision.ADMITTED}),
        ("decided_on", {"decided_on": D}),
        ("decided_on", {"decision": "referred", "decided_on": D - timedelta(days=1)}),
        ("resident", {"resident": 1}),
    ],
)
def test_assessment_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    values: dict[str, object] = {"family_id": 1, "assessed_on": D}
    values.update(kw)
    refused(field, Assessment, **values)


# --- Interview and actions -----------------------------------------------------------------------


def test_interview_with_topics_and_next_appointment() -> None:
    i = Interview(
        family_id=1,
        starts_at=T,
        duration_minutes=50,
        mode=InterviewMode.HOME_VISIT,
        participants="madre, operatrice",
        topics=["work", NeedArea.DEBT],
        next_appointment=T + timedelta(days=7),
    )
    assert i.topics == (NeedArea.WORK, NeedArea.DEBT)


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("duration_minutes", {"duration_minutes": 0}),
        ("duration_minutes", {"duration_minutes": 24 * 60 + 1}),
        ("mode", {"mode": "zoom"}),
        ("topics", {"topics": ("work", "work")}),
        ("topics", {"topics": "work"}),
        ("next_appointment", {"next_appointment": T}),
        ("next_appointment", {"next_appointment": (T + timedelta(1)).astimezone()}),
    ],
)
def test_interview_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    values: dict[str, object] = {
        "family_id": 1,
        "starts_at": T,
        "duration_minutes": 60,
        "mode": "desk",
    }
    values.update(kw)
    refused(field, Interview, **values)


def test_plan_action() -> None:
    a = PlanAction(family_id=1, action_type="traineeship", owner="Famiglia", due_on=D)
    assert a.action_type is ActionType.TRAINEESHIP and a.status is ActionStatus.PLANNED
    refused("action_type", PlanAction, family_id=1, action_type="walk")
    refused("status", PlanAction, family_id=1, action_type="cv", status="late")
    refused("family_id", PlanAction, family_id=None, action_type="cv")


# --- Aid, consent, closure -----------------------------------------------------------------------


def test_aid_payment() -> None:
    p = AidPayment(
        family_id=1,
        paid_on=D,
        category=AidCategory.ENERGY_BILLS,
        amount_cents=12_050,
        payee_kind=PayeeKind.SUPPLIER,
        payee_name="Fornitore Energia S.p.A.",
        receipt_ref="FT 2026/118",
        action_id=9,
    )
    assert p.amount_cents == 12_050


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("amount_cents", {"amount_cents": 0}),
        ("amount_cents", {"amount_cents": -100}),
        ("amount_cents", {"amount_cents": 10.5}),
        ("payee_name", {"payee_kind": "supplier"}),
        ("payee_name", {"payee_kind": "supplier", "payee_name": "  "}),
        ("category", {"category": "fun"}),
        ("action_id", {"action_id": 0}),
    ],
)
def test_aid_payment_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    values: dict[str, object] = {
        "family_id": 1,
        "paid_on": D,
        "category": "food_vouchers",
        "amount_cents": 5000,
        "payee_kind": "family",
    }
    values.update(kw)
    refused(field, AidPayment, **values)


def test_consent_scopes_and_withdrawal() -> None:
    c = Consent(
        family_id=1,
        notice_version="2026-01",
        given_on=D,
        method=ConsentMethod.SIGNED_PAPER,
        scopes=["path", ConsentScope.ANONYMOUS_STATISTICS],
        withdrawn_on=date(2026, 6, 1),
    )
    assert c.scopes == frozenset(ConsentScope)
    assert c.covers(ConsentScope.PATH, date(2026, 5, 31))
    assert not c.is_active(date(2026, 6, 1))
    assert not c.is_active(D - timedelta(days=1))


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("scopes", {"scopes": ()}),
        ("scopes", {"scopes": ("marketing",)}),
        ("notice_version", {"notice_version": ""}),
        ("withdrawn_on", {"withdrawn_on": D - timedelta(days=1)}),
        ("method", {"method": "telepathy"}),
    ],
)
def test_consent_refuses_bad_values(field: str, kw: dict[str, object]) -> None:
    values: dict[str, object] = {
        "family_id": 1,
        "notice_version": "v1",
        "given_on": D,
        "method": "digital",
        "scopes": ("path",),
    }
    values.update(kw)
    refused(field, Consent, **values)


def test_closure_work_type_goes_with_work_found() -> None:
    c = Closure(
        family_id=1,
        closed_on=D,
        reason=ClosureReason.PATH_COMPLETED,
        outcome=Outcome.WORK_FOUND,
        work_type=WorkType.FIXED_TERM,
    )
    assert c.work_type is WorkType.FIXED_TERM
    common = {"family_id": 1, "closed_on": D, "reason": "path_completed"}
    refused("work_type", Closure, outcome="work_found", **common)
    refused("work_type", Closure, outcome="needs_met", work_type="permanent", **common)
    refused("outcome", Closure, outcome="happy", **common)


def test_a_member_field_takes_a_member_or_its_stored_text_and_names_itself_when_bad() -> None:
    """_checks.member_field / optional_member_field: what every entity's vocabulary fields use."""
    from ripartire_desktop.domain import _checks as c

    @dataclasses.dataclass(frozen=True)
    class Probe:
        channel: object
        outcome: object = None

        def __post_init__(self) -> None:
            c.member_field(self, "channel", Channel)
            c.optional_member_field(self, "outcome", FirstContactOutcome)

    stored = Probe(Channel.PHONE.value, FirstContactOutcome.INFORMATION_GIVEN.value)
    assert (
        stored.channel is Channel.PHONE and stored.outcome is FirstContactOutcome.INFORMATION_GIVEN
    )
    assert Probe(Channel.PHONE).outcome is None
    with pytest.raises(ValidationError, match=r"^channel: 'fax' is not one of: "):
        Probe("fax")
    with pytest.raises(ValidationError, match=r"^outcome: 'later' is not one of: "):
        Probe(Channel.PHONE, "later")
    with pytest.raises(ValidationError, match=r"^channel: None is not one of: "):
        Probe(None)
