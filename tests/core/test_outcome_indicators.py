"""The outcome indicators of the anonymised summary, from real vaults: change by domain against
the baseline (open paths included), medians read from merged distributions and printed only
for rows of at least 2k families, income and debts, work at exit and follow-up; a 300-family
demo shows figures in every indicator table, a 25-family one shows what can be shown; the PDF
and the preview print the same tables with the protection under each."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.domain import (
    AdultWork,
    Assessment,
    AssessmentRound,
    Decision,
    FamilyStatus,
    NeedArea,
    NeedScore,
    RoundKind,
    RoundScore,
    WorkSituation,
)
from ripartire_desktop.privacy.suppression import NOT_PUBLISHED
from ripartire_desktop.reports import outcome_aggregates as oa
from ripartire_desktop.reports.aggregates import Period, Summary, compute_summary
from ripartire_desktop.reports.summary_pdf import summary_pdf
from ripartire_desktop.reports.tables import preview_text, published_tables
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import families as uc
from ripartire_desktop.usecases.outcomes import save_rounds
from tests.core.vaults import new_vault

TODAY = date(2026, 11, 27)
DAY = date(2026, 2, 2)
PERIOD = Period.parse("2026-01", "2026-10")
OUTCOME_TABLES = ("change_domains", "change_households", "change_money", "work_outcomes")


@pytest.fixture
def records(data_dir: Path) -> Iterator[Records]:
    vault, _ = new_vault(data_dir)
    yield Records(vault.connection)
    vault.lock()


def _family_with_review(records: Records, *, work_after: int, income_change: int) -> int:
    """A family on a path (never closed) with a baseline and a review in the period."""
    family, _ = uc.new_family(records, on=DAY)
    assert family.id is not None
    assessment = Assessment(
        family_id=family.id,
        assessed_on=DAY,
        needs=(
            NeedScore(area=NeedArea.WORK, baseline=3),
            NeedScore(area=NeedArea.DEBT, baseline=2),
            NeedScore(area=NeedArea.HEALTH, baseline=0),
        ),
        decision=Decision.ADMITTED,
        decided_on=DAY,
    )
    uc.save_assessment(records, assessment, on=DAY)
    (baseline,) = records.rounds.for_family(family.id)
    with_amounts = AssessmentRound(
        family_id=family.id,
        kind=RoundKind.BASELINE,
        assessed_on=DAY,
        id=baseline.id,
        income_cents=80_000,
        debt_cents=200_000,
    )
    review = AssessmentRound(
        family_id=family.id,
        kind=RoundKind.REVIEW,
        assessed_on=date(2026, 5, 4),
        scores=(
            RoundScore(area=NeedArea.WORK, severity=work_after),
            RoundScore(area=NeedArea.DEBT, severity=1),
        ),
        income_cents=80_000 + income_change,
        debt_cents=150_000,
    )
    save_rounds(records, family.id, [with_amounts, review], [])
    assert records.families.get(family.id).status == FamilyStatus.ACTIVE_PATH
    return family.id


def _summary(records: Records, k: int = 5) -> Summary:
    settings = records.settings.load()
    summary = compute_summary(records.conn, PERIOD, settings=settings, today=TODAY)
    return replace(summary, k=k)


def test_open_paths_count_against_their_baseline_with_medians(records: Records) -> None:
    for n in range(12):
        _family_with_review(records, work_after=1 if n < 9 else 3, income_change=n * 5_000)
    s = _summary(records)
    assert s.counts["change_domains"]["work"] == {"improved": 9, "unchanged": 3, "worsened": 0}
    assert s.counts["change_domains"]["economic"] == {"improved": 12, "unchanged": 0, "worsened": 0}
    # Health was scored 0 at baseline and not at the review: no need, no comparison.
    assert s.counts["change_domains"]["personal_social"]["unchanged"] == 0
    assert s.counts["change_households"] == {"improved": 12, "not_improved": 0}
    assert s.counts["change_money"]["income"] == {"improved": 11, "unchanged": 1, "worsened": 0}
    assert s.counts["change_money"]["debt"]["improved"] == 12
    assert oa.median_of(s.counts["change_domains_size"]["work"]) == -2
    assert oa.median_of(s.counts["change_money_size"]["income"]) == 27.5  # 275 euros
    tables = {t.key: t for t in published_tables(s, "en").tables}
    domains = tables["change_domains"]
    assert domains.header[-1] == "Median"
    work_row = domains.rows[2]
    assert work_row[0] == "Work situation and employability"
    assert work_row[1:5] == ["9", "n.p.", "0", "12"] or work_row[1] == "n.p."
    assert work_row[-1] == "-2.0"  # 12 families >= 2k: the median is printed
    money = tables["change_money"].rows
    assert money[0][-1] == "+€280.00"  # the median of 27.5 tens of euros, to 10 euros
    assert money[1][-1] == "-€500.00"
    assert "at least 10 families" in domains.note and "n.p." in domains.note


def test_medians_of_fewer_than_2k_families_are_not_printed(records: Records) -> None:
    for n in range(7):
        _family_with_review(records, work_after=1, income_change=n * 5_000)
    tables = {t.key: t for t in published_tables(_summary(records), "en").tables}
    domains = tables["change_domains"]
    assert domains.rows[2][4] == "7"  # the row is published...
    assert domains.rows[2][-1] == NOT_PUBLISHED  # ...its median is not: 7 < 10
    assert domains.rows[0][-1] == "—"  # no family with that need: no median at all
    small = {t.key: t for t in published_tables(_summary(records, k=3), "en").tables}
    assert small["change_domains"].rows[2][-1] == "-2.0"  # 7 >= 2 * 3


def test_work_outcomes_at_exit_and_follow_up(records: Records) -> None:
    ids = [_family_with_review(records, work_after=1, income_change=0) for _ in range(6)]
    for n, fid in enumerate(ids):
        (baseline, _review) = records.rounds.for_family(fid)
        before = AssessmentRound(
            **{
                **{f: getattr(baseline, f) for f in AssessmentRound.__dataclass_fields__},
                "work": (AdultWork(work_situation=WorkSituation.UNEMPLOYED),),
            }
        )
        after = WorkSituation.EMPLOYED if n < 4 else WorkSituation.UNEMPLOYED
        exit_round = AssessmentRound(
            family_id=fid,
            kind=RoundKind.EXIT,
            assessed_on=date(2026, 7, 1),
            work=(AdultWork(work_situation=after),),
        )
        follow_up = AssessmentRound(
            family_id=fid,
            kind=RoundKind.FOLLOW_UP,
            follow_up_months=6,
            assessed_on=date(2026, 10, 1),
        )
        save_rounds(records, fid, [before, exit_round, follow_up], [])
    s = _summary(records)
    assert s.counts["work_outcomes"]["exit"] == {
        "found": 4,
        "kept": 0,
        "not_in_work": 2,
        "not_recorded": 0,
    }
    assert s.counts["work_outcomes"]["follow_up_6"]["not_recorded"] == 6
    # The exit is now the latest round of each path: the change compares it with the baseline.
    assert sum(s.counts["change_households"].values()) == 6


def _pdf_text(path: Path) -> str:
    command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    out = subprocess.run(command, check=True, capture_output=True)
    return " ".join(out.stdout.decode().split())


@pytest.mark.parametrize(("families", "all_hidden_allowed"), [(300, False), (25, True)])
def test_demo_vaults_show_the_indicators(
    data_dir: Path, tmp_path: Path, families: int, all_hidden_allowed: bool
) -> None:
    vault, _ = new_vault(data_dir)
    try:
        generate_demo(
            vault.connection, families=families, interviews_per_family=3, seed=5, today=TODAY
        )
        s = _summary(Records(vault.connection))
    finally:
        vault.lock()
    published = {t.key: t for t in published_tables(s, "it").tables}
    for key in OUTCOME_TABLES:
        table = published[key]
        assert "Protezione" in table.note
        numbers = [c for row in table.rows for c in row[1:] if c not in ("", "0", "n.p.", "—")]
        if not all_hidden_allowed:
            assert numbers, (key, table.rows)
    preview = preview_text(s, "it")
    path = tmp_path / "summary.pdf"
    path.write_bytes(summary_pdf(s, lang="it"))
    text = _pdf_text(path)
    for key in OUTCOME_TABLES:
        title = published[key].title
        assert title.upper() in preview and title in text
    for domain in ("Funzionamento personale e sociale", "Reti familiari, di prossimità e sociali"):
        assert domain in preview and domain in text
    if families == 25:
        # What can be shown is shown: on 25 families most counts are under the threshold, so
        # the change table hides them ("n.p.") and prints no count between 1 and k - 1.
        cells = [c for row in published["change_domains"].rows for c in row[1:]]
        assert "n.p." in cells
        assert not any(c.isdigit() and 0 < int(c) < s.k for c in cells)
