"""Assessments over time on real vaults: the baseline and exit follow the assessment tab, a
reopened path starts a new baseline and keeps the old, reviews and follow-ups carry amounts,
ISEE, work and benefits, the agenda shows follow-ups and renewals with codes only, and a vault
of the previous schema is migrated with its assessment as the baseline of its path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from ripartire_desktop.domain import (
    AdultWork,
    Assessment,
    AssessmentRound,
    Benefit,
    BenefitKind,
    Closure,
    ClosureReason,
    Decision,
    FamilyStatus,
    IseeType,
    NeedArea,
    NeedScore,
    Outcome,
    RoundKind,
    RoundScore,
    ValidationError,
    WorkSituation,
    isee_expiry,
)
from ripartire_desktop.domain.outcomes import (
    AssessmentDomain,
    domain_scores,
    episode_for,
    follow_ups_due,
)
from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import connect
from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import agenda
from ripartire_desktop.usecases import families as uc
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.outcomes import follow_ups_between, save_rounds
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault

DAY = date(2026, 1, 15)


@pytest.fixture
def records(data_dir: Path) -> Iterator[Records]:
    vault, _ = new_vault(data_dir)
    yield Records(vault.connection)
    vault.lock()


def _assessment(family_id: int, on: date, *, exit_work: int | None = None) -> Assessment:
    return Assessment(
        family_id=family_id,
        assessed_on=on,
        needs=(
            NeedScore(area=NeedArea.WORK, baseline=3, exit=exit_work),
            NeedScore(area=NeedArea.DEBT, baseline=2),
            NeedScore(area=NeedArea.INCOME, baseline=3),
        ),
        decision=Decision.ADMITTED,
        decided_on=on,
    )


def _open_family(records: Records) -> int:
    family, _ = uc.new_family(records, on=DAY)
    assert family.id is not None
    uc.save_assessment(records, _assessment(family.id, DAY), on=DAY)
    assert records.families.get(family.id).status == FamilyStatus.ACTIVE_PATH
    return family.id


def _close(records: Records, family_id: int, on: date) -> None:
    closure = Closure(
        family_id=family_id, closed_on=on, reason=ClosureReason.PATH_COMPLETED,
        outcome=Outcome.NEEDS_MET,
    )  # fmt: skip
    uc.close_family(records, closure, today=on)


def test_isee_expiry_and_domains_follow_the_rules() -> None:
    assert isee_expiry(IseeType.CORRENTE, date(2026, 8, 31)) == date(2027, 2, 28)
    assert isee_expiry(IseeType.ORDINARIO, date(2026, 3, 2)) == date(2026, 12, 31)
    assert isee_expiry(IseeType.MINORENNI, date(2026, 11, 2)) == date(2026, 12, 31)
    scores = (
        RoundScore(area=NeedArea.INCOME, severity=1),
        RoundScore(area=NeedArea.DEBT, severity=3),
        RoundScore(area=NeedArea.HEALTH, severity=0),
    )
    assert domain_scores(scores) == {
        AssessmentDomain.ECONOMIC: 3,
        AssessmentDomain.PERSONAL_SOCIAL: 0,
    }
    closures = [date(2026, 6, 30)]
    assert episode_for(RoundKind.EXIT, date(2026, 6, 30), closures) == 1
    assert episode_for(RoundKind.FOLLOW_UP, date(2026, 12, 30), closures) == 1
    assert episode_for(RoundKind.BASELINE, date(2026, 9, 1), closures) == 2
    with pytest.raises(ValidationError, match="name"):
        Benefit(kind=BenefitKind.OTHER, name=" ")
    with pytest.raises(ValidationError, match="isee_type"):
        AssessmentRound(family_id=1, kind=RoundKind.REVIEW, assessed_on=DAY, isee_cents=100)
    with pytest.raises(ValidationError, match="follow_up_months"):
        AssessmentRound(family_id=1, kind=RoundKind.FOLLOW_UP, assessed_on=DAY)


def test_the_assessment_tab_gives_the_baseline_and_exit_of_the_path(records: Records) -> None:
    fid = _open_family(records)
    (baseline,) = records.rounds.for_family(fid)
    assert (baseline.kind, baseline.episode, baseline.assessed_on) == (RoundKind.BASELINE, 1, DAY)
    assert baseline.score(NeedArea.WORK) == 3 and baseline.score(NeedArea.DEBT) == 2
    uc.save_assessment(records, _assessment(fid, DAY, exit_work=1), on=date(2026, 5, 4))
    kinds = [(r.kind, r.assessed_on) for r in records.rounds.for_family(fid)]
    assert kinds == [(RoundKind.BASELINE, DAY), (RoundKind.EXIT, date(2026, 5, 4))]
    assert records.rounds.for_family(fid)[1].scores == (RoundScore(area=NeedArea.WORK, severity=1),)


def test_reviews_keep_amounts_isee_work_and_benefits(records: Records) -> None:
    fid = _open_family(records)
    parent = records.members.add(fid, _adult())
    (baseline,) = records.rounds.for_family(fid)
    review = AssessmentRound(
        family_id=fid,
        kind=RoundKind.REVIEW,
        assessed_on=date(2026, 4, 1),
        scores=(RoundScore(area=NeedArea.WORK, severity=2),),
        income_cents=95_000,
        debt_cents=300_000,
        arrears_cents=45_050,
        isee_cents=612_345,
        isee_type=IseeType.CORRENTE,
        isee_issued_on=date(2026, 3, 20),
        isee_expires_on=isee_expiry(IseeType.CORRENTE, date(2026, 3, 20)),
        work=(AdultWork(member_id=parent.id, work_situation=WorkSituation.PRECARIOUS),),
        benefits=(
            Benefit(kind=BenefitKind.ASSEGNO_UNICO, monthly_cents=28_500),
            Benefit(
                kind=BenefitKind.OTHER, name="Bonus affitto comunale", renewal_on=date(2026, 6, 1)
            ),
        ),
        note="verifica a metà percorso",
    )
    # The baseline's amounts are edited on the outcomes tab; its scores stay the tab's own.
    with_income = AssessmentRound(**{**_fields(baseline), "income_cents": 50_000, "scores": ()})
    save_rounds(records, fid, [with_income, review], [])
    stored = records.rounds.for_family(fid)
    assert [r.kind for r in stored] == [RoundKind.BASELINE, RoundKind.REVIEW]
    assert stored[0].income_cents == 50_000 and stored[0].score(NeedArea.WORK) == 3
    assert stored[1].id is not None
    assert stored[1] == AssessmentRound(**{**_fields(review), "id": stored[1].id})
    # A second baseline for the same path is refused, nothing written.
    second = AssessmentRound(family_id=fid, kind=RoundKind.BASELINE, assessed_on=date(2026, 4, 2))
    with pytest.raises(ValidationError, match="already has a baseline"):
        save_rounds(records, fid, [second], [stored[1].id])
    assert records.rounds.for_family(fid) == stored


def _adult():  # type: ignore[no-untyped-def]
    from ripartire_desktop.domain import Member, MemberRole

    return Member(role=MemberRole.PARENT, birth_year=1984)


def _fields(found: AssessmentRound) -> dict[str, object]:
    return {name: getattr(found, name) for name in AssessmentRound.__dataclass_fields__}


def test_a_reopened_path_starts_a_new_baseline_and_keeps_the_old(records: Records) -> None:
    fid = _open_family(records)
    uc.save_assessment(records, _assessment(fid, DAY, exit_work=1), on=date(2026, 6, 30))
    _close(records, fid, date(2026, 6, 30))
    uc.change_status(records, fid, FamilyStatus.INTAKE, on=date(2026, 9, 1))
    again = Assessment(
        family_id=fid,
        assessed_on=date(2026, 9, 2),
        needs=(NeedScore(area=NeedArea.HOUSING, baseline=2),),
    )
    uc.save_assessment(records, again, on=date(2026, 9, 2))
    stored = [(r.episode, r.kind, r.assessed_on) for r in records.rounds.for_family(fid)]
    assert stored == [
        (1, RoundKind.BASELINE, DAY),
        (1, RoundKind.EXIT, date(2026, 6, 30)),
        (2, RoundKind.BASELINE, date(2026, 9, 2)),
    ]
    assert records.rounds.for_family(fid)[0].score(NeedArea.WORK) == 3


def test_follow_ups_and_renewals_reach_the_agenda_with_codes_only(
    records: Records, tmp_path: Path
) -> None:
    fid = _open_family(records)
    code = records.families.get(fid).code
    _close(records, fid, date(2026, 6, 30))
    due = follow_ups_between(records, date(2026, 1, 1), date(2028, 1, 1))
    assert [(d.months, d.due_on) for d in due] == [(6, date(2026, 12, 30)), (12, date(2027, 6, 30))]
    follow_up = AssessmentRound(
        family_id=fid,
        kind=RoundKind.FOLLOW_UP,
        follow_up_months=6,
        assessed_on=date(2027, 1, 8),
        work=(AdultWork(work_situation=WorkSituation.EMPLOYED),),
        benefits=(Benefit(kind=BenefitKind.ASSEGNO_INCLUSIONE, renewal_on=date(2027, 2, 10)),),
        isee_cents=800_000,
        isee_type=IseeType.ORDINARIO,
        isee_expires_on=date(2027, 12, 31),
    )
    save_rounds(records, fid, [follow_up], [])
    assert records.rounds.for_family(fid)[-1].episode == 1
    due = follow_ups_between(records, date(2026, 1, 1), date(2028, 1, 1))
    assert [d.months for d in due] == [12]
    found = agenda.items(records, date(2027, 1, 1), date(2028, 1, 1))
    assert [(i.kind, i.day) for i in found] == [
        (agenda.RENEWAL, date(2027, 2, 10)),
        (agenda.FOLLOW_UP, date(2027, 6, 30)),
        (agenda.RENEWAL, date(2027, 12, 31)),
    ]
    assert {i.summary("it") for i in found} == {
        f"Follow-up {code}",
        f"Scadenza da rinnovare {code}",
    }
    text = agenda.calendar_bytes(found, stamp=date(2027, 1, 1)).decode()  # type: ignore[arg-type]
    calendar = Calendar.from_ical(text)
    uids = {str(c["uid"]) for c in calendar.walk("VTODO")}
    assert len(uids) == 3
    assert "inclusione" not in text.lower() and "isee" not in text.lower()
    reminders = agenda.reminders(records, date(2027, 7, 10))
    assert [(i.kind, i.day) for i in reminders] == [(agenda.FOLLOW_UP, date(2027, 6, 30))]


def test_a_vault_of_schema_8_gets_its_assessment_as_the_baseline(data_dir: Path) -> None:
    old = build_vault(data_dir, kdf_policy=TEST_POLICY)
    old.create(PASSPHRASE, kdf_seconds=0, schema_version=8)
    key = old.keys_from_passphrase(PASSPHRASE)[0]
    conn = connect(old.db_path, key)
    conn.executescript(
        """
        INSERT INTO issued_codes (code, year, seq) VALUES ('RIP-2025-001', 2025, 1),
            ('RIP-2025-002', 2025, 2);
        INSERT INTO families (id, code, status, created_on, updated_on, opened_on, closed_on)
        VALUES (1, 'RIP-2025-001', 'closed', '2025-01-02', '2025-09-30', '2025-01-10',
                '2025-09-30'),
               (2, 'RIP-2025-002', 'active_path', '2025-02-02', '2025-05-02', '2025-02-10',
                NULL);
        INSERT INTO closures (family_id, closed_on, reason, outcome)
        VALUES (1, '2025-09-30', 'path_completed', 'needs_met');
        INSERT INTO assessments (id, family_id, assessed_on, resident, has_minor,
            job_loss_or_hardship, decision, decided_on)
        VALUES (1, 1, '2025-01-05', 1, 1, 1, 'admitted', '2025-01-05'),
               (2, 2, '2025-02-05', 1, 1, 1, 'admitted', '2025-02-05');
        INSERT INTO need_scores (assessment_id, area, baseline, exit)
        VALUES (1, 'work', 3, 1), (1, 'debt', 2, NULL), (2, 'housing', 2, NULL);
        """
    )
    conn.close()
    old.unlock_with_passphrase(PASSPHRASE)
    records = Records(old.connection)
    assert migrations.current_version(records.conn) == migrations.latest_version()
    closed = records.rounds.for_family(1)
    assert [(r.episode, r.kind, r.assessed_on) for r in closed] == [
        (1, RoundKind.BASELINE, date(2025, 1, 5)),
        (1, RoundKind.EXIT, date(2025, 9, 30)),
    ]
    assert closed[0].scores == (
        RoundScore(area=NeedArea.DEBT, severity=2),
        RoundScore(area=NeedArea.WORK, severity=3),
    )
    assert closed[1].scores == (RoundScore(area=NeedArea.WORK, severity=1),)
    (open_path,) = records.rounds.for_family(2)
    assert open_path.kind == RoundKind.BASELINE and open_path.score(NeedArea.HOUSING) == 2
    old.lock()


def test_a_staged_round_survives_a_lock_as_a_form_draft(records: Records) -> None:
    from ripartire_desktop.usecases.form_drafts import (
        form_draft,
        keep_form_draft,
        plain,
        record_from,
    )

    fid = _open_family(records)
    staged = AssessmentRound(
        family_id=fid,
        kind=RoundKind.FOLLOW_UP,
        follow_up_months=12,
        assessed_on=date(2027, 1, 20),
        income_cents=120_000,
        isee_cents=500_000,
        isee_type=IseeType.MINORENNI,
        isee_expires_on=date(2027, 12, 31),
        scores=(RoundScore(area=NeedArea.HOUSING, severity=1),),
        work=(AdultWork(work_situation=WorkSituation.STUDENT),),
        benefits=(Benefit(kind=BenefitKind.OTHER, name="Bonus nido", renewal_on=date(2027, 3, 1)),),
        note="scritto prima del blocco",
    )
    keep_form_draft(records, fid, {"outcomes": {"extra": {"rows": plain([staged])}}})
    kept = form_draft(records, fid)
    assert kept is not None
    (row,) = kept.tabs["outcomes"]["extra"]["rows"]
    assert record_from(AssessmentRound, row) == staged


def test_the_agenda_command_counts_follow_ups_and_renewals(
    data_dir: Path, passphrase_file: Path, tmp_path: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    fid = _open_family(records)
    code = records.families.get(fid).code
    _close(records, fid, date(2026, 6, 30))
    vault.lock()
    target = tmp_path / "agenda.ics"
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("agenda", "--ics", target, "--from", "2026-12-01", "--to", "2027-07-31", *args)
    assert result.code == 0, result.err
    assert "0 due action(s) and 2 follow-up(s) or renewal(s)" in result.out
    calendar = Calendar.from_ical(target.read_bytes())
    assert sorted(str(t["SUMMARY"]) for t in calendar.walk("VTODO")) == [f"Follow-up {code}"] * 2


def _every_follow_up_between(records: Records, start: date, end: date) -> list[tuple]:
    """The reference: every closed family's follow-ups, with no closure read ahead of time."""
    recorded = records.rounds.recorded_follow_ups()
    found = []
    for family_id, (_code, closures) in records.rounds.closed_paths().items():
        for due in follow_ups_due(family_id, closures, recorded.get(family_id, set())):
            if due.episode == len(closures) and start <= due.due_on < end:
                found.append((due.family_id, due.months, due.due_on))
    return sorted(found, key=lambda d: (d[2], d[0], d[1]))


def test_follow_ups_in_a_window_read_only_recent_closures_and_miss_none(
    records: Records,
) -> None:
    """The agenda's window reads only paths closed recently enough to have a follow-up in
    it; month ends (a closure on 31 August is due on 28 February) must not fall out."""
    closings = (
        date(2026, 8, 31), date(2026, 8, 30), date(2026, 12, 31), date(2027, 2, 28),
        date(2027, 3, 31), date(2027, 6, 30),
    )  # fmt: skip
    for day in closings:
        _close(records, _open_family(records), day)
    reopened = _open_family(records)
    _close(records, reopened, date(2026, 9, 30))
    uc.change_status(records, reopened, FamilyStatus.INTAKE, on=date(2026, 10, 1))
    uc.save_assessment(records, _assessment(reopened, date(2026, 10, 2)), on=date(2026, 10, 2))
    _close(records, reopened, date(2027, 1, 31))
    firsts = [date(year, month, 1) for year in (2027, 2028) for month in range(1, 13)]
    starts = [  # each month's first day and its last days, where the clamping happens
        first + timedelta(days=k)
        for first in firsts
        for k in (0, 25, 26, 27, 28, 29, 30)
        if (first + timedelta(days=k)).month == first.month
    ]
    checked = 0
    for start in starts:
        for days in (1, 2, 7, 31):
            end = start + timedelta(days=days)
            got = [
                (d.family_id, d.months, d.due_on) for d in follow_ups_between(records, start, end)
            ]
            assert got == _every_follow_up_between(records, start, end), (start, end)
            checked += bool(got)
    assert checked > 40  # the windows do meet follow-ups
