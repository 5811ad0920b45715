"""The reach and money indicators of the anonymised summary (issue 17): households reached, with
minors and children; aid per budget line, funder and year with what each line grants; their
protection (counts through the release check, euros by the threshold, dominance and complement
rules); bundles, merging at the coordinator, the ledger, the preview and the PDF."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.domain import AidCategory, AidPayment, BudgetLine, PayeeKind
from ripartire_desktop.reports import bundle, publication, reach
from ripartire_desktop.reports.aggregates import (
    Month,
    Period,
    Summary,
    compute_summary,
    empty_counts,
    source_id,
)
from ripartire_desktop.reports.bundle import BundleError
from ripartire_desktop.reports.summary_pdf import summary_pdf
from ripartire_desktop.reports.tables import PublishedTable, preview_text, published_tables
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import budget as budget_cases
from ripartire_desktop.usecases.summaries import prepare_merge
from tests.core.team_fixtures import build_team, open_at, seal_from
from tests.core.vaults import new_vault

TODAY = date(2026, 7, 10)
HALF = Period.parse("2026-01", "2026-06")
POPPLER = shutil.which("pdftotext") is not None
K = 5


def by_key(tables: list[PublishedTable]) -> dict[str, PublishedTable]:
    return {t.key: t for t in tables}


def demo_summary(tmp_path: Path, families: int) -> Summary:
    vault, _ = new_vault(tmp_path / f"demo{families}")
    try:
        generate_demo(
            vault.connection, families=families, interviews_per_family=2, seed=11, today=TODAY
        )
        records = Records(vault.connection)
        return compute_summary(
            vault.connection, HALF, settings=records.settings.load(), today=TODAY, source="a" * 16
        )
    finally:
        vault.lock()


def small_counts(table: PublishedTable, column: int) -> list[str]:
    """Printed counts of a column that are 1..k-1 (never allowed)."""
    found = []
    for row in table.rows:
        text = row[column].replace(".", "").replace(",", "")
        if text.isdigit() and 0 < int(text) < K:
            found.append(row[0])
    return found


def test_a_300_family_demo_shows_the_indicators_with_figures(tmp_path: Path) -> None:
    summary = demo_summary(tmp_path, 300)
    tables = by_key(published_tables(summary, "en").tables)
    reached = tables["reach"]
    assert [row[0] for row in reached.rows] == [
        "Households reached (on a path)",
        "of which with children under 18",
        "Children under 18 reached",
    ]
    assert all(row[1] != "n.p." for row in reached.rows), reached.rows
    assert int(reached.rows[1][1]) == summary.count("with_minors") > 0
    lines = tables["aid_lines"]
    names = [row[0] for row in lines.rows]
    assert names == ["Comune di Cernusco sul Naviglio 2026", "Fondazione Cariplo 2026"]
    assert all("€" in row[3] for row in lines.rows)  # euros published, not all n.p.
    assert lines.rows[1][4] == "€40,000.00" and lines.rows[1][5].endswith("%")
    assert [row[0] for row in tables["aid_funders"].rows] == [
        "Comune di Cernusco sul Naviglio",
        "Fondazione Cariplo",
    ]
    assert tables["aid_years"].rows[0][0] == "2026"
    assert "one household received more than half" in lines.note
    for key in ("aid_lines", "aid_funders", "aid_years"):
        assert small_counts(tables[key], 1) == []
    # The households of the lines do not add up: the total is the households helped.
    assert lines.total is not None and lines.total[1] == tables["aid"].total[1]  # type: ignore[index]


def test_a_25_family_demo_shows_what_can_be_shown(tmp_path: Path) -> None:
    summary = demo_summary(tmp_path, 25)
    published = published_tables(summary, "it")
    tables = by_key(published.tables)
    for key in ("reach", "aid_lines", "aid_funders", "aid_years"):
        assert small_counts(tables[key], 1) == [], key
    for row in tables["aid_lines"].rows:
        if row[1] == "n.p.":
            assert row[2] == row[3] == "n.p."  # payments and euros follow the households
    assert "NUCLEI E MINORI RAGGIUNTI" in preview_text(summary, "it")


def money_summary(lines: dict[str, tuple[int, int, int, int]], helped: int) -> Summary:
    counts = empty_counts()
    aid = counts["aid"]["energy_bills"]  # type: ignore[index]
    total_cents = sum(v[2] for v in lines.values())
    aid.update(families=helped, payments=sum(v[1] for v in lines.values()), cents=total_cents)  # type: ignore[union-attr]
    counts["aid_families"] = helped
    groups = {
        reach.line_key(2026, funder, f"{funder} 2026"): dict(
            zip(reach.MONEY_KEYS, values, strict=True)
        )
        for funder, values in lines.items()
    }
    counts["aid_lines"] = groups
    counts["aid_funders"] = {
        funder: dict(zip(reach.MONEY_KEYS, v, strict=True)) for funder, v in lines.items()
    }
    counts["aid_years"] = {
        "2026": {
            "families": helped,
            "payments": sum(v[1] for v in lines.values()),
            "cents": total_cents,
            "top_cents": max(v[3] for v in lines.values()),
        }
    }
    counts["budget_granted"] = {key: 1_000_000 for key in groups}
    return Summary(
        period=HALF,
        organisations=("Ente",),
        capacity=25,
        aid_budget_cents=0,
        k=K,
        generated=Month(2026, 7),
        counts=counts,
    )


def test_euros_one_household_dominates_are_hidden_and_one_more_with_them() -> None:
    summary = money_summary(
        {
            # households, payments, cents, most one household received
            "Alfa": (8, 12, 100_000, 60_000),  # one household: 60% of the line
            "Beta": (9, 15, 90_000, 20_000),
            "Gamma": (12, 20, 150_000, 30_000),
        },
        helped=25,
    )
    rows = {row[0]: row for row in by_key(published_tables(summary, "en").tables)["aid_lines"].rows}
    assert rows["Alfa 2026"][1] == "8" and rows["Alfa 2026"][3] == "n.p."
    # Alone, Alfa's euros would be the total minus the others: the smallest other goes too.
    assert rows["Beta 2026"][3] == "n.p." and rows["Gamma 2026"][3] == "€1,500.00"
    assert rows["Gamma 2026"][5] == "15%"
    assert rows["Beta 2026"][5] == ""  # no share of a hidden amount
    funders = by_key(published_tables(summary, "en").tables)["aid_funders"]
    assert {row[0]: row[3] for row in funders.rows}["Alfa"] == "n.p."


def test_a_small_line_hides_its_count_payments_and_euros() -> None:
    summary = money_summary(
        {"Alfa": (2, 3, 40_000, 30_000), "Beta": (20, 30, 200_000, 20_000)}, helped=21
    )
    tables = by_key(published_tables(summary, "it").tables)
    rows = {row[0]: row for row in tables["aid_lines"].rows}
    assert rows["Alfa 2026"][1:4] == ["n.p.", "n.p.", "n.p."]
    assert rows["Beta 2026"][3] == "n.p."  # else Alfa's euros = total - Beta's
    years = tables["aid_years"]
    assert years.rows[0][3] == "n.p."  # 2026 holds Alfa's line


# --- bundles and the coordinator ---------------------------------------------------------------


def test_bundles_carry_the_lines_and_refuse_bad_ones(tmp_path: Path) -> None:
    summary = demo_summary(tmp_path, 40)
    again = bundle.parse(bundle.dumps(summary))
    assert again.counts == summary.counts and again.counts["aid_lines"]
    doc = bundle.to_document(summary)
    bad_line = {**doc["counts"]["aid_lines"], "not json": dict.fromkeys(reach.MONEY_KEYS, 1)}
    bad_leaf = {**doc["counts"]["aid_years"], "2026": {"families": 1}}
    for node, value, problem in (
        ("aid_lines", bad_line, "not a budget line"),
        ("aid_years", bad_leaf, "must have exactly"),
        ("aid_funders", [], "must be an object"),
        ("budget_granted", {reach.line_key(2026, "F", "L"): -5}, "whole number"),
    ):
        broken = {**doc, "counts": {**doc["counts"], node: value}}
        with pytest.raises(BundleError, match=problem):
            bundle.parse_document(broken)


def pay_from_lines(vault_records: Records, lines: list[BudgetLine], each: int) -> None:
    """Every family on a path gets one payment of `each` cents from each line."""
    stored = [budget_cases.save_budget_line(vault_records, line)[0] for line in lines]
    family_ids = [r[0] for r in vault_records.conn.execute("SELECT id FROM families ORDER BY id")]
    with vault_records.transaction():
        for fid in family_ids:
            for line in stored:
                vault_records.aid.add(
                    AidPayment(
                        family_id=fid,
                        paid_on=date(2026, 3, 2),
                        category=AidCategory.FOOD_VOUCHERS,
                        amount_cents=each,
                        payee_kind=PayeeKind.FAMILY,
                        budget_line_id=line.id,
                    )
                )


def test_the_coordinator_merges_the_same_line_of_two_vaults(tmp_path: Path) -> None:
    team = build_team(tmp_path)
    try:
        cariplo = BudgetLine(
            name="Fondazione Cariplo 2026", funder="Fondazione Cariplo", year=2026,
            amount_cents=2_000_000,
        )  # fmt: skip
        pay_from_lines(Records(team.anna.connection), [cariplo], 10_000)
        own = BudgetLine(name="Comune 2026", funder="Comune", year=2026, amount_cents=500_000)
        pay_from_lines(Records(team.bruno.connection), [cariplo, own], 5_000)
        opened = [open_at(team.coord, seal_from(v)) for v in (team.anna, team.bruno)]
        prepared = prepare_merge(Records(team.coord.connection), opened)
        merged = prepared.summary
        key = reach.line_key(2026, "Fondazione Cariplo", "Fondazione Cariplo 2026")
        lines = merged.counts["aid_lines"]
        parts = [o.summary.counts["aid_lines"][key] for o in opened]  # type: ignore[index]
        anna, bruno = parts
        assert anna["cents"] == anna["families"] * 10_000 > 0  # type: ignore[index]
        assert bruno["cents"] == bruno["families"] * 5_000 > 0  # type: ignore[index]
        for leaf in ("families", "payments", "cents"):
            assert lines[key][leaf] == anna[leaf] + bruno[leaf]  # type: ignore[index]
        assert lines[key]["top_cents"] == 10_000  # type: ignore[index]
        assert lines[key]["families"] == merged.count("aid_families")  # type: ignore[index]
        assert merged.counts["budget_granted"][key] == 2_000_000  # type: ignore[index]
        shown = by_key(published_tables(merged, "en", prepared.hidden).tables)
        rows = {row[0]: row for row in shown["aid_lines"].rows}
        # The fixture's own payments were recorded before any line: "No budget line".
        assert set(rows) == {"Fondazione Cariplo 2026", "Comune 2026", "No budget line"}
        assert rows["Fondazione Cariplo 2026"][4] == "€20,000.00"  # one project, stated once
    finally:
        team.lock()


def test_a_period_published_again_is_reissued_with_its_lines(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "v")
    try:
        generate_demo(vault.connection, families=60, interviews_per_family=1, seed=5, today=TODAY)
        records = Records(vault.connection)
        source = source_id(vault.vault_id)
        settings = records.settings.load()
        first = publication.prepare(
            vault.connection, HALF, settings=settings, today=TODAY, source=source
        )
        publication.record(vault.connection, first, published_at="2026-07-10")
        printed = preview_text(first.summary, "en", first.hidden)
        # A line renamed afterwards does not change what was published for the period.
        line = budget_cases.budget_lines(records)[0]
        budget_cases.save_budget_line(records, replace(line, name="Rinominata"))
        again = publication.prepare(
            vault.connection, HALF, settings=settings, today=TODAY, source=source
        )
        assert again.reissued_on == "2026-07-10"
        assert preview_text(again.summary, "en", again.hidden) == printed
        assert "Rinominata" not in printed and "AID BY BUDGET LINE" in printed
    finally:
        vault.lock()


# --- the PDF -------------------------------------------------------------------------------------


@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
def test_the_pdf_prints_the_tables_and_their_protection(tmp_path: Path) -> None:
    summary = demo_summary(tmp_path, 300)
    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(summary_pdf(summary, lang="it"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for words in (
        "Nuclei e minori raggiunti",
        "di cui con figli minorenni",
        "Contributi per linea di budget",
        "Fondazione Cariplo 2026",
        "Contributi per finanziatore",
        "Contributi per anno di budget",
        "più della metà della somma",
    ):
        assert words in flat, words


# --- the money rules on random lines --------------------------------------------------------------


@st.composite
def random_lines(draw: st.DrawFn) -> dict[str, tuple[int, int, int, int]]:
    found = {}
    for name in draw(st.lists(st.sampled_from("ABCDEF"), min_size=1, max_size=5, unique=True)):
        households = draw(st.integers(0, 30))
        payments = households * draw(st.integers(1, 3))
        cents = payments * draw(st.integers(1, 50_000)) if households else 0
        top = draw(st.integers(min(cents, 1), cents)) if households else 0
        found[name] = (households, payments, cents, top)
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_lines())
def test_no_small_count_and_no_lone_hidden_amount(lines: dict[str, tuple[int, ...]]) -> None:
    helped = max(v[0] for v in lines.values())
    summary = money_summary(lines, helped=helped)  # type: ignore[arg-type]
    tables = by_key(published_tables(summary, "en").tables)
    for key in ("aid_lines", "aid_funders", "aid_years"):
        table = tables[key]
        assert small_counts(table, 1) == []
        hidden_amounts = 0
        for row in table.rows:
            if row[1] == "n.p.":
                assert row[2] == row[3] == "n.p."  # payments and euros follow the households
            if row[3] == "n.p.":
                hidden_amounts += 1
                assert row[5] == ""  # no share of a hidden amount
        if table.total is not None and table.total[3] != "n.p.":
            assert hidden_amounts != 1, table.rows  # never a subtraction away
    for row in tables["aid_lines"].rows:
        values = lines[row[0].split(" ")[0]]
        if values[3] * 2 > values[2] > 0:
            assert row[3] == "n.p."  # one household had more than half


def test_a_phone_number_typed_into_a_line_never_reaches_the_report() -> None:
    summary = money_summary(
        {"Chiamare 333 1234567": (9, 9, 90_000, 10_000), "Beta": (9, 9, 90_000, 10_000)},
        helped=18,
    )
    text = preview_text(summary, "it")
    assert "1234567" not in text and "[TELEFONO]" in text
