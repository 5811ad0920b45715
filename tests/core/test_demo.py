"""The demo generator: fictional, valid, reproducible data that the rest of the app can read."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ripartire_desktop.domain import (
    ActionStatus,
    Decision,
    FamilyStatus,
    Settings,
    is_minor,
    parse_family_code,
    validate_tax_code,
)
from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.demo import TABLES, DemoStats, fake_tax_code, generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.settings import SettingsRepository
from tests.core.vaults import new_vault

TODAY = date(2026, 3, 15)
S = FamilyStatus

# The decision an assessment carries for a family in each status (None: not assessed).
DECISIONS: dict[FamilyStatus, set[Decision | None]] = {
    S.FIRST_CONTACT: {None},
    S.INTAKE: {None},
    S.ASSESSMENT: {Decision.PENDING},
    S.WAITING_LIST: {Decision.WAITING_LIST},
    S.ACTIVE_PATH: {Decision.ADMITTED},
    S.CLOSED: {Decision.ADMITTED},
    S.REFERRED: {Decision.REFERRED},
    S.NOT_ELIGIBLE: {Decision.NOT_ELIGIBLE},
    S.WITHDREW: {None, Decision.WITHDREW, Decision.ADMITTED},
}


def demo_vault(root: Path, families: int, interviews: int, seed: int = 7) -> Connection:
    vault, _ = new_vault(root)
    generate_demo(
        vault.connection,
        families=families,
        interviews_per_family=interviews,
        seed=seed,
        today=TODAY,
    )
    return vault.connection


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> Connection:
    """One 60-family demo vault, read (never changed) by several tests."""
    return demo_vault(tmp_path_factory.mktemp("demo") / "vault", 60, 8)


def dump(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = [*(table.name for table in TABLES), "settings"]
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_same_seed_and_day_give_the_same_vault(tmp_path: Path) -> None:
    first = dump(demo_vault(tmp_path / "a", 25, 4, seed=11))
    second = dump(demo_vault(tmp_path / "b", 25, 4, seed=11))
    other = dump(demo_vault(tmp_path / "c", 25, 4, seed=12))

    assert first == second
    assert first["families"] and first["interviews"]
    notes = [row[6] for row in first["interviews"]]
    assert notes != [row[6] for row in other["interviews"]]


def test_every_family_reads_back_through_the_repositories(sixty: Connection) -> None:
    records = Records(sixty)
    ids = [row[0] for row in sixty.execute("SELECT id FROM families ORDER BY id")]
    assert len(ids) == 60
    for family_id in ids:
        family = records.families.get(family_id)
        identity = records.identities.get(family_id)
        members = records.members.for_family(family_id)
        assessment = records.assessments.for_family(family_id)
        interviews = records.interviews.for_family(family_id)
        actions = records.actions.for_family(family_id)
        payments = records.aid.for_family(family_id)
        consents = records.consents.for_family(family_id)
        closures = records.closures.for_family(family_id)

        assert identity is not None and identity.people
        minors = [m for m in members if is_minor(m.band_on(TODAY))]  # type: ignore[arg-type]
        assert (family.minors, family.adults) == (len(minors), len(members) - len(minors))
        decision = None if assessment is None else assessment.decision
        assert decision in DECISIONS[family.status], family
        if family.status in (S.ACTIVE_PATH, S.CLOSED, S.WAITING_LIST) and assessment:
            assert assessment.eligibility.eligible
        if family.status == S.NOT_ELIGIBLE:
            assert assessment is not None and not assessment.eligibility.eligible
        has_exit = assessment is not None and any(n.exit is not None for n in assessment.needs)
        assert has_exit == (family.status == S.CLOSED)
        if family.status in (S.ACTIVE_PATH, S.CLOSED):
            assert family.opened_on is not None
        elif family.status != S.WITHDREW:  # a family may withdraw before or during its path
            assert family.opened_on is None
        assert [c.closed_on for c in closures] == (
            [family.closed_on] if family.status == S.CLOSED else []
        )
        assert all(i.starts_at.date() <= TODAY for i in interviews)
        assert all(i.starts_at.date() >= family.created_on for i in interviews)
        action_ids = {a.id for a in actions}
        assert all(p.action_id is None or p.action_id in action_ids for p in payments)
        assert all(c.given_on <= TODAY for c in consents)
        assert (consents == []) == (family.status == S.FIRST_CONTACT)
    anonymous = records.first_contacts.between(datetime(2000, 1, 1), datetime(2100, 1, 1))
    assert any(c.family_id is None for c in anonymous)


def test_identities_are_obviously_fictional(sixty: Connection) -> None:
    phones = [
        r[0] for r in sixty.execute("SELECT value FROM identity_contacts WHERE kind = 'phone'")
    ]
    emails = [
        r[0] for r in sixty.execute("SELECT value FROM identity_contacts WHERE kind = 'email'")
    ]
    codes = [
        r[0]
        for r in sixty.execute("SELECT tax_code FROM identity_people WHERE tax_code IS NOT NULL")
    ]

    assert phones and all(p.startswith(("+39 000 ", "02 0000 ")) for p in phones)
    assert emails and all(e.endswith("@example.org") for e in emails)
    assert codes and all(c[11:15] == "X000" for c in codes)  # a birthplace that does not exist


def test_fake_tax_codes_pass_the_domain_check() -> None:
    man = fake_tax_code("Fittizi", "Marco", date(1980, 1, 5), female=False)
    woman = fake_tax_code("Demolli", "Francesca", date(1991, 12, 28), female=True)

    assert validate_tax_code(man) == man and man.startswith("FTTMRC80A05X000")
    assert validate_tax_code(woman) == woman and woman.startswith("DMLFNC91T68X000")


def test_search_finds_accented_words_typed_with_or_without_accents(sixty: Connection) -> None:
    search = Records(sixty).search
    for typed in ("perche", "perché", "attivita", "attività", "difficolta"):
        hits = search.search(typed)
        assert any(h.kind == "interview" for h in hits), typed
    assert search.search("bollette luce")


def test_statuses_follow_capacity_and_the_waiting_list_is_ordered(tmp_path: Path) -> None:
    conn = demo_vault(tmp_path / "v", 300, 2)
    records = Records(conn)
    counts = Counter(FamilyStatus(r[0]) for r in conn.execute("SELECT status FROM families"))

    assert set(counts) == set(FamilyStatus)
    assert counts[S.ACTIVE_PATH] == records.settings.load().capacity == 25
    waiting = records.families.waiting_list()
    assert len(waiting) == counts[S.WAITING_LIST]
    assert [(e.admitted_on, parse_family_code(e.code)) for e in waiting] == sorted(
        (e.admitted_on, parse_family_code(e.code)) for e in waiting
    )
    known = Counter(r[0] for r in conn.execute("SELECT known_to_social_services FROM families"))
    assert known[0] > known[1] > 0  # the "numero oscuro": most never went to the services
    midnight = datetime.combine(TODAY, datetime.min.time())
    assert records.interviews.appointments(midnight, midnight + timedelta(days=40))
    overdue = records.actions.overdue(TODAY)
    assert overdue and all(a.status != ActionStatus.DONE for _, a in overdue)
    assert records.aid.total_cents() > 0


def test_running_twice_adds_families_under_new_codes(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "v")
    conn = vault.connection
    first = generate_demo(conn, families=30, interviews_per_family=2, seed=1, today=TODAY)
    second = generate_demo(conn, families=30, interviews_per_family=2, seed=1, today=TODAY)

    codes = [r[0] for r in conn.execute("SELECT code FROM families")]
    assert first.families == second.families == 30
    assert len(codes) == len(set(codes)) == 60
    assert conn.execute("SELECT count(*) FROM issued_codes").fetchone()[0] == 60
    active = Records(conn).families.count(S.ACTIVE_PATH)
    assert active <= Records(conn).settings.load().capacity
    entries = [e for e in Records(conn).audit.entries() if e.action == AuditAction.DEMO]
    assert [e.detail for e in entries] == ["30 families", "30 families"]
    assert Records(conn).audit.verify().ok


def test_progress_is_reported_and_stats_match_the_vault(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "v")
    calls: list[tuple[int, int]] = []
    stats = generate_demo(
        vault.connection,
        families=40,
        interviews_per_family=3,
        seed=3,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )

    assert calls[0] == (0, 40) and calls[-1] == (40, 40)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    # The duration is reported, never judged here (speed targets live in make bench).
    assert isinstance(stats, DemoStats) and isinstance(stats.seconds, float)

    def count(table: str) -> int:
        return int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    assert (
        (stats.families, stats.interviews) == (count("families"), count("interviews")) == (40, 120)
    )
    assert (stats.actions, stats.payments) == (count("actions"), count("aid_payments"))
    assert stats.first_contacts == count("first_contacts")


def test_settings_are_filled_in_only_when_never_changed(tmp_path: Path) -> None:
    fresh, _ = new_vault(tmp_path / "fresh")
    generate_demo(fresh.connection, families=3, interviews_per_family=1, seed=1, today=TODAY)
    assert "fittizi" in SettingsRepository(fresh.connection).load().organisation

    used, _ = new_vault(tmp_path / "used")
    mine = Settings(organisation="Cooperativa Reale", counsellor_name="Anna", capacity=10)
    with transaction(used.connection):
        SettingsRepository(used.connection).save(mine)
    generate_demo(used.connection, families=3, interviews_per_family=1, seed=1, today=TODAY)
    assert SettingsRepository(used.connection).load() == mine
