"""The anonymised summary's counts, checked against families whose story is known by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AidCategory,
    AidPayment,
    Assessment,
    BudgetLine,
    Channel,
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Decision,
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
    Settings,
    ValidationError,
    WorkType,
    format_family_code,
)
from ripartire_desktop.reports.aggregates import (
    Month,
    Period,
    Summary,
    compute_summary,
    empty_counts,
    source_id,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from tests.core.vaults import new_vault

PERIOD = Period(Month(2026, 1), Month(2026, 6))
TODAY = date(2026, 7, 10)
SETTINGS = Settings(organisation="Ente di prova", capacity=25)


def add_family(records: Records, family: Family) -> int:
    stored = records.families.add(family)
    assert stored.id is not None
    return stored.id


def consent(fid: int, on: date, *scopes: ConsentScope) -> Consent:
    return Consent(
        family_id=fid,
        notice_version="2026-01",
        given_on=on,
        method=ConsentMethod.SIGNED_PAPER,
        scopes=frozenset(scopes or (ConsentScope.PATH, ConsentScope.ANONYMOUS_STATISTICS)),
    )


def three_families(records: Records) -> None:
    """A: on a path from February; B: path closed in May (work found); C: objected to stats."""
    with records.transaction():
        a = add_family(
            records,
            Family(
                code=format_family_code(2026, 1),
                created_on=date(2026, 2, 10),
                updated_on=date(2026, 2, 20),
                status=FamilyStatus.ACTIVE_PATH,
                adults=1,
                minors=2,
                first_contact_channel=Channel.PHONE,
                known_to_social_services=False,
                opened_on=date(2026, 2, 20),
            ),
        )
        records.identities.save(
            a, Identity(people=(Person(given_name="Canarino", family_name="Giallo"),))
        )
        records.members.add(a, Member(role=MemberRole.PARENT, birth_year=1988))
        records.members.add(a, Member(role=MemberRole.CHILD, birth_year=2020))
        records.members.add(a, Member(role=MemberRole.CHILD, birth_year=2012))
        records.first_contacts.add(
            FirstContact(
                occurred_at=datetime(2026, 2, 10, 9, 0),
                channel=Channel.PHONE,
                outcome=FirstContactOutcome.APPOINTMENT_BOOKED,
                family_id=a,
            )
        )
        records.assessments.save(
            Assessment(
                family_id=a,
                assessed_on=date(2026, 2, 15),
                needs=(
                    NeedScore(area=NeedArea.WORK, baseline=3),
                    NeedScore(area=NeedArea.DEBT, baseline=0),
                ),
                resident=True,
                has_minor=True,
                job_loss_or_hardship=True,
                decision=Decision.ADMITTED,
                decided_on=date(2026, 2, 18),
            )
        )
        for start, minutes, mode in [
            (datetime(2026, 2, 20, 10, 0), 60, InterviewMode.DESK),
            (datetime(2026, 6, 30, 23, 0), 30, InterviewMode.PHONE),  # last day: counted
            (datetime(2026, 7, 1, 0, 0), 45, InterviewMode.PHONE),  # next month: not
        ]:
            records.interviews.add(
                Interview(family_id=a, starts_at=start, duration_minutes=minutes, mode=mode)
            )
        records.actions.add(
            PlanAction(family_id=a, action_type=ActionType.CV, status=ActionStatus.DONE)
        )
        records.actions.add(PlanAction(family_id=a, action_type=ActionType.JOB_SEARCH))
        records.aid.add(
            AidPayment(
                family_id=a,
                paid_on=date(2026, 3, 1),
                category=AidCategory.ENERGY_BILLS,
                amount_cents=12_345,
                payee_kind=PayeeKind.SUPPLIER,
                payee_name="Fornitore",
            )
        )
        records.consents.add(consent(a, date(2026, 2, 15)))

        b = add_family(
            records,
            Family(
                code=format_family_code(2025, 1),
                created_on=date(2025, 12, 20),
                updated_on=date(2026, 5, 31),
                status=FamilyStatus.CLOSED,
                adults=2,
                minors=1,
                first_contact_channel=Channel.REFERRAL,
                known_to_social_services=True,
                opened_on=date(2026, 1, 5),
                closed_on=date(2026, 5, 31),
            ),
        )
        records.members.add(b, Member(role=MemberRole.CHILD, birth_year=2008))
        records.assessments.save(
            Assessment(
                family_id=b,
                assessed_on=date(2025, 12, 22),
                needs=(
                    NeedScore(area=NeedArea.WORK, baseline=2, exit=0),
                    NeedScore(area=NeedArea.INCOME, baseline=1, exit=1),
                ),
                decision=Decision.ADMITTED,
                decided_on=date(2025, 12, 30),
            )
        )
        records.closures.add(
            Closure(
                family_id=b,
                closed_on=date(2026, 5, 31),
                reason=ClosureReason.PATH_COMPLETED,
                outcome=Outcome.WORK_FOUND,
                work_type=WorkType.PERMANENT,
            )
        )
        records.consents.add(consent(b, date(2025, 12, 22)))

        c = add_family(
            records,
            Family(
                code=format_family_code(2026, 2),
                created_on=date(2026, 3, 1),
                updated_on=date(2026, 3, 1),
                status=FamilyStatus.ACTIVE_PATH,
                adults=1,
                minors=1,
                first_contact_channel=Channel.SOCIAL_NETWORK,
                opened_on=date(2026, 3, 1),
            ),
        )
        records.first_contacts.add(
            FirstContact(
                occurred_at=datetime(2026, 3, 1, 9, 0),
                channel=Channel.SOCIAL_NETWORK,
                outcome=FirstContactOutcome.APPOINTMENT_BOOKED,
                family_id=c,
            )
        )
        records.interviews.add(
            Interview(
                family_id=c,
                starts_at=datetime(2026, 3, 2, 9, 0),
                duration_minutes=30,
                mode=InterviewMode.DESK,
            )
        )
        records.consents.add(consent(c, date(2026, 3, 1), ConsentScope.PATH))  # no statistics
        records.first_contacts.add(
            FirstContact(
                occurred_at=datetime(2026, 4, 1, 11, 0),
                channel=Channel.EMAIL,
                outcome=FirstContactOutcome.INFORMATION_GIVEN,
            )
        )


def test_counts_follow_the_rules_for_each_family(vault: Vault) -> None:
    records = Records(vault.connection)
    three_families(records)
    # The period's budget is its years' budget lines (issue 17); 2025's is not counted.
    for year, cents in ((2026, 500_000), (2025, 70_000)):
        records.budget.add(BudgetLine(name=f"L {year}", funder="F", year=year, amount_cents=cents))
    s = compute_summary(vault.connection, PERIOD, settings=SETTINGS, today=TODAY)
    expected = empty_counts()

    def put(value: int, *path: str) -> None:
        node = expected
        for key in path[:-1]:
            node = node[key]  # type: ignore[assignment]
        node[path[-1]] = value

    put(1, "first_contacts", "phone")  # A; C objected; B's was in 2025
    put(1, "first_contacts", "email")  # the anonymous contact
    put(1, "families_reached", "phone", "not_known")  # A (B was recorded in 2025)
    put(1, "assessments", "admitted")  # A (B was assessed in 2025)
    put(1, "need_baseline", "work", "3")
    put(1, "need_baseline", "debt", "0")
    put(2, "paths", "opened")  # A and B
    put(1, "paths", "active_at_end")  # A; B closed in May
    put(1, "households", "2", "0-1")  # A: 2 minors, 1 adult
    put(1, "households", "1", "2")  # B: 1 minor, 2 adults
    put(1, "children_age", "3_5")  # born 2020, as of 2026-06-30
    put(1, "children_age", "11_13")  # born 2012
    put(1, "children_age", "14_17")  # born 2008
    put(1, "improvement", "work", "improved")  # B: 2 -> 0
    put(1, "improvement", "income", "not_improved")  # B: 1 -> 1
    put(1, "improved_any", "improved")
    put(1, "interviews", "desk", "interviews")
    put(60, "interviews", "desk", "minutes")
    put(1, "interviews", "phone", "interviews")  # 30 June 23:00 in, 1 July out
    put(30, "interviews", "phone", "minutes")
    put(1, "families_interviewed")
    put(1, "actions", "cv", "done")
    put(1, "actions", "job_search", "planned")
    put(1, "aid", "energy_bills", "families")
    put(1, "aid", "energy_bills", "payments")
    put(12_345, "aid", "energy_bills", "cents")
    put(1, "aid_families")
    put(1, "outcomes", "work_found.permanent")
    put(1, "statistics_objections")  # C
    put(2, "with_minors")  # the two families on a path both have minors
    # The payment was recorded before any budget line: paid from no line ("").
    unassigned = {"families": 1, "payments": 1, "cents": 12_345, "top_cents": 12_345}
    for node in ("aid_lines", "aid_funders", "aid_years"):
        expected[node] = {"": unassigned}
    expected["budget_granted"] = {'[2026,"F","L 2026"]': 500_000}
    assert s.counts == expected
    assert s.organisations == ("Ente di prova",)
    assert (s.capacity, s.aid_budget_cents, s.k) == (25, 500_000, 5)
    assert s.generated == Month(2026, 7)


def test_a_subset_and_its_complement_add_up_to_the_whole(vault: Vault) -> None:
    records = Records(vault.connection)
    three_families(records)
    ids = [r[0] for r in vault.connection.execute("SELECT id FROM families ORDER BY id")]
    whole = compute_summary(vault.connection, PERIOD, settings=SETTINGS, today=TODAY)
    first = compute_summary(
        vault.connection, PERIOD, settings=SETTINGS, today=TODAY, family_ids=ids[:1]
    )
    rest = compute_summary(
        vault.connection,
        PERIOD,
        settings=SETTINGS,
        today=TODAY,
        family_ids=ids[1:],
        include_anonymous_contacts=False,
    )
    from ripartire_desktop.reports.bundle import merge

    assert merge([first, rest]).counts == whole.counts


def test_an_empty_vault_gives_all_zeros(vault: Vault) -> None:
    s = compute_summary(vault.connection, PERIOD, settings=Settings(), today=TODAY)
    assert s.counts == empty_counts()
    assert s.organisations == ()


def test_nothing_lingers_in_the_scope_table(vault: Vault) -> None:
    three_families(Records(vault.connection))
    compute_summary(vault.connection, PERIOD, settings=SETTINGS, today=TODAY)
    assert vault.connection.execute("SELECT count(*) FROM temp.report_scope").fetchone()[0] == 0


@pytest.mark.parametrize(("first", "last"), [("2026-13", "2026-12"), ("2026-1", "2026-02")])
def test_months_must_be_written_yyyy_mm(first: str, last: str) -> None:
    with pytest.raises(ValidationError):
        Period.parse(first, last)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError):
        Period.parse("2026-06", "2026-01")


def test_period_bounds() -> None:
    p = Period.parse("2025-11", "2026-02")
    assert (p.start, p.end, p.last_day) == (date(2025, 11, 1), date(2026, 3, 1), date(2026, 2, 28))
    assert str(p) == "2025-11..2026-02"


def test_source_ids_are_stable_and_opaque() -> None:
    assert source_id("abc") == source_id("abc") != source_id("abd")
    assert len(source_id("abc")) == 16 and "abc" not in source_id("abc")


# --- a varied population, for merge and performance tests ------------------------------------


def varied_family(records: Records, n: int) -> int:
    """Family number `n` of a deterministic, varied population (every vocabulary exercised)."""
    created = date(2025, 10, 1) + timedelta(days=(n * 37) % 270)
    on_path = n % 4 != 3
    closed = on_path and n % 4 == 0
    opened = created + timedelta(days=10) if on_path else None
    closed_on = created + timedelta(days=120) if closed else None
    status = (
        FamilyStatus.CLOSED
        if closed
        else FamilyStatus.ACTIVE_PATH
        if on_path
        else [FamilyStatus.WAITING_LIST, FamilyStatus.REFERRED, FamilyStatus.INTAKE][n % 3]
    )
    fid = add_family(
        records,
        Family(
            code=format_family_code(created.year, 1),
            created_on=created,
            updated_on=closed_on or opened or created,
            status=status,
            adults=1 + n % 3,
            minors=n % 5,
            first_contact_channel=list(Channel)[n % len(Channel)],
            known_to_social_services=[True, False, None][n % 3],
            opened_on=opened,
            closed_on=closed_on,
        ),
    )
    records.identities.save(
        fid,
        Identity(
            people=(Person(given_name=f"Nome{n}x", family_name=f"Cognome{n}y"),),
            phones=(f"+39 333 {1000000 + n}",),
            emails=(f"famiglia{n}@example.org",),
            address=f"Via delle Prove {n + 1}, Cernusco sul Naviglio",
        ),
    )
    for i in range(n % 4):
        records.members.add(fid, Member(role=MemberRole.CHILD, birth_year=2008 + (n + i) % 18))
    records.first_contacts.add(
        FirstContact(
            occurred_at=datetime.combine(created, datetime.min.time()),
            channel=list(Channel)[n % len(Channel)],
            outcome=list(FirstContactOutcome)[n % len(FirstContactOutcome)],
            family_id=fid,
            notes=f"nota riservata {n}",
        )
    )
    areas = list(NeedArea)[: 1 + n % len(NeedArea)]
    decided = created + timedelta(days=5)
    records.assessments.save(
        Assessment(
            family_id=fid,
            assessed_on=created + timedelta(days=3),
            needs=tuple(
                NeedScore(
                    area=area,
                    baseline=(n + i) % 4,
                    exit=(n + 2 * i) % 4 if closed else None,
                    note=f"nota area {n}",
                )
                for i, area in enumerate(areas)
            ),
            decision=[Decision.ADMITTED, Decision.WAITING_LIST, Decision.REFERRED][n % 3]
            if on_path or n % 3
            else Decision.PENDING,
            decided_on=None if not (on_path or n % 3) else decided,
        )
    )
    for i in range(1 + n % 4):
        records.interviews.add(
            Interview(
                family_id=fid,
                starts_at=datetime.combine(created + timedelta(days=7 * i), datetime.min.time())
                + timedelta(hours=9 + i),
                duration_minutes=30 + 15 * (n % 5),
                mode=list(InterviewMode)[(n + i) % len(InterviewMode)],
                notes=f"colloquio riservato {n}",
            )
        )
    records.actions.add(
        PlanAction(
            family_id=fid,
            action_type=list(ActionType)[n % len(ActionType)],
            status=list(ActionStatus)[n % len(ActionStatus)],
        )
    )
    records.aid.add(
        AidPayment(
            family_id=fid,
            paid_on=created + timedelta(days=20),
            category=list(AidCategory)[n % len(AidCategory)],
            amount_cents=1_000 * (n + 1),
            payee_kind=PayeeKind.FAMILY,
        )
    )
    stats = n % 7 != 6
    scopes = (
        (ConsentScope.PATH, ConsentScope.ANONYMOUS_STATISTICS) if stats else (ConsentScope.PATH,)
    )
    records.consents.add(consent(fid, created, *scopes))
    if closed and closed_on is not None:
        outcome = list(Outcome)[n % len(Outcome)]
        records.closures.add(
            Closure(
                family_id=fid,
                closed_on=closed_on,
                reason=list(ClosureReason)[n % len(ClosureReason)],
                outcome=outcome,
                work_type=list(WorkType)[n % len(WorkType)]
                if outcome == Outcome.WORK_FOUND
                else None,
            )
        )
    return fid


def varied_population(records: Records, numbers: range | list[int]) -> None:
    with records.transaction():
        for n in numbers:
            varied_family(records, n)


def summary_of(vault: Vault, settings: Settings = SETTINGS) -> Summary:
    return compute_summary(
        vault.connection, PERIOD, settings=settings, today=TODAY, source=source_id(vault.vault_id)
    )


def test_a_varied_population_fills_every_table(vault: Vault) -> None:
    varied_population(Records(vault.connection), range(60))
    s = summary_of(vault)
    tables = "first_contacts families_reached assessments need_baseline households interviews"
    for key in [*tables.split(), "actions", "aid", "outcomes", "improvement"]:
        assert _total(s.counts[key]) > 0, key


def _total(node: object) -> int:
    if isinstance(node, int):
        return node
    assert isinstance(node, dict)
    return sum(_total(v) for v in node.values())


def test_the_summary_of_a_demo_vault_fills_every_table_and_prints(data_dir: Path) -> None:
    """A demo vault's whole history: every table counted and the PDF written. How fast it is
    on 1,000 and 10,000 families is a target of `make bench` (benchmarks/run.py), never of a
    test: a loaded machine must not fail the suite (STYLE.md 17)."""
    from ripartire_desktop.reports.summary_pdf import summary_pdf
    from ripartire_desktop.store.demo import generate_demo

    vault, _ = new_vault(data_dir)
    try:
        generate_demo(vault.connection, families=400, interviews_per_family=6, seed=7, today=TODAY)
        settings = Records(vault.connection).settings.load()
        s = compute_summary(
            vault.connection, Period.parse("2025-01", "2026-06"), settings=settings, today=TODAY
        )
        pdf = summary_pdf(s)
    finally:
        vault.lock()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    empty = [key for key, node in s.counts.items() if _total(node) == 0]
    assert empty == [], empty
    assert _total(s.counts["families_reached"]) <= 400
