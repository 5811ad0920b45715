"""Issue 12's attacks measured before (each table suppressed on its own, "<k" printed) and after
(the release ledger and the LP check), the cells each protection costs, and the LP check's time.

Run: PYTHONPATH=. .venv/bin/python -m benchmarks.disclosure [--part attacks|cost|time] [--out F]
A figure for the notes, never a test (STYLE.md 17).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from ripartire_desktop.privacy.disclosure import Model, Release
from ripartire_desktop.reports.aggregates import Period, Summary, compute_summary
from ripartire_desktop.reports.bundle import merge
from ripartire_desktop.reports.release import (
    ADDITIVE,
    _initial,
    count_tables,
    links,
    month_number,
    protect,
)
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.erasure import erase_family
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.core.disclosure_attacks import Outcome, lp_attack, publish

TODAY = date(2026, 11, 20)
K = 5


def demo(root: Path, families: int, seed: int = 7) -> Vault:
    vault = build_vault(root, keystore=MemoryKeyStore())
    vault.create("correct horse battery staple 42", kdf_seconds=0)
    vault.unlock_with_passphrase("correct horse battery staple 42")
    generate_demo(
        vault.connection, families=families, interviews_per_family=6, seed=seed, today=TODAY
    )
    return vault


# --- before: every table on its own, "<k" printed --------------------------------------------


def old_summary(vault: Vault, first: str, last: str) -> Summary:
    settings = Records(vault.connection).settings.load()
    return compute_summary(
        vault.connection, Period.parse(first, last), settings=settings, today=TODAY
    )


def old_release(summary: Summary) -> Release:
    tables = count_tables(summary)
    hidden = {key: frozenset(cells) for key, cells in _initial(tables, K).items()}
    extra = [  # "<k" tells the reader 1..k-1
        (((1.0, (key, pos)),), 1.0, float(K - 1))
        for key, cells in hidden.items()
        for pos in cells
        if tables[key].value(pos) < K
    ]
    return Release(
        first=month_number(summary.period.first),
        last=month_number(summary.period.last),
        tables=tables,
        hidden=hidden,
        additive=ADDITIVE,
        links=[*links(tables), *extra],
    )


def old_attack(summaries: list[Summary]) -> Outcome:
    releases = [old_release(s) for s in summaries]
    model = Model(releases)
    recovered = narrow = 0
    for (n, (key, pos)), (low, high) in model.intervals().items():
        if releases[n].tables[key].value(pos) > 0:
            recovered += low == high
            narrow += high - low < K
    small = 0
    for _ref, expr, exact in model.differences():
        if exact is not None and 0 < exact < K:
            low, high = model.bounds(expr)
            small += high - low < K
    return Outcome(recovered, narrow, small)


def printed_differences(a: Summary, b: Summary) -> int:
    """Cells published in both old-style reports whose values differ (an erased family's trace)."""
    ra, rb = old_release(a), old_release(b)
    found = 0
    for key, table in ra.tables.items():
        for pos in table.positions():
            if not ra.is_hidden((key, pos)) and not rb.is_hidden((key, pos)):
                found += table.value(pos) != rb.tables[key].value(pos)
    return found


def as_dict(o: Outcome) -> dict[str, int]:
    return {
        "hidden_recovered": o.recovered,
        "hidden_narrower_than_k": o.narrow,
        "small_differences_narrower_than_k": o.small_differences,
    }


# --- the attacks -----------------------------------------------------------------------------


def attacks(root: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    periods = [("2026-01", "2026-06"), ("2026-07", "2026-07"), ("2026-01", "2026-07")]
    v = demo(root / "overlap", 40)
    out["overlapping_periods"] = {
        "before": as_dict(old_attack([old_summary(v, *p) for p in periods])),
        "after": as_dict(lp_attack([publish(v, *p, today=TODAY) for p in periods], K)),
    }
    v.lock()
    ytd = [("2026-01", f"2026-{m:02d}") for m in range(1, 11)]
    v = demo(root / "ytd", 40)
    before = old_attack([old_summary(v, *p) for p in ytd])
    started = time.perf_counter()
    printed = []
    seconds = []
    for p in ytd:
        t = time.perf_counter()
        printed.append(publish(v, *p, today=TODAY))
        seconds.append(round(time.perf_counter() - t, 1))
    out["ten_year_to_date"] = {
        "before": as_dict(before),
        "after": as_dict(lp_attack(printed, K)),
        "seconds_per_release": seconds,
        "seconds_total": round(time.perf_counter() - started, 1),
        "hidden_per_release": [sum(len(c) for c in r.hidden.values()) for r in printed],
    }
    v.lock()
    v = demo(root / "erasure", 40)
    old_first = old_summary(v, "2026-01", "2026-06")
    first = publish(v, "2026-01", "2026-06", today=TODAY)
    code = v.connection.execute(
        "SELECT f.code FROM families f JOIN interviews i ON i.family_id = f.id "
        "WHERE i.starts_at >= '2026-01-01' AND i.starts_at < '2026-07-01' "
        "AND f.opened_on IS NOT NULL GROUP BY f.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    erase_family(v.connection, code)
    old_again = old_summary(v, "2026-01", "2026-06")
    again = publish(v, "2026-01", "2026-06", today=TODAY)
    longer = publish(v, "2026-01", "2026-07", today=TODAY)
    out["same_period_after_erasure"] = {
        "before_printed_cells_that_differ": printed_differences(old_first, old_again),
        "after_printed_cells_that_differ": sum(
            first.cells[key][pos] != again.cells[key][pos]
            for key in first.cells
            for pos in first.cells[key]
        ),
        "after_jan_jul_following_it": as_dict(lp_attack([first, longer], K)),
    }
    v.lock()
    out["merged_minus_own"] = merged_minus_own(root)
    v = demo(root / "linked", 40)
    months = [(f"2026-{m:02d}", f"2026-{m:02d}") for m in range(1, 11)]
    before_hit = after_hit = 0
    for p in months:
        before_hit += old_attack([old_summary(v, *p)]).narrow > 0
        s = old_summary(v, *p)
        hidden = protect(s)
        from ripartire_desktop.reports.tables import published_tables
        from tests.core.disclosure_attacks import read_printed

        after_hit += lp_attack([read_printed(published_tables(s, "en", hidden), s)], K).narrow > 0
    out["linked_tables_monthly_reports_with_a_narrow_cell"] = {
        "reports": len(months),
        "before": before_hit,
        "after": after_hit,
    }
    v.lock()
    return out


def merged_minus_own(root: Path) -> dict[str, object]:
    from ripartire_desktop.reports.tables import published_tables
    from tests.core.disclosure_attacks import insider_attack, read_printed

    summaries = []
    for name, seed, families in (("a", 7, 40), ("b", 11, 25)):
        v = demo(root / f"merge-{name}", families, seed)
        summaries.append(replace(old_summary(v, "2026-01", "2026-06"), sources=(name * 16,)))
        v.lock()
    merged = merge(summaries)
    old_hidden = {key: frozenset(c) for key, c in _initial(count_tables(merged), K).items()}
    new_hidden = protect(merged, contributions=summaries)
    result: dict[str, object] = {}
    for label, hidden in (("before", old_hidden), ("after", new_hidden)):
        printed = read_printed(published_tables(merged, "en", hidden), merged)
        total = Outcome(0, 0, 0)
        for own, other in ((summaries[0], summaries[1]), (summaries[1], summaries[0])):
            o = insider_attack(printed, own, other)
            total = Outcome(total.recovered + o.recovered, total.narrow + o.narrow, 0)
        result[label] = as_dict(total)
    return result


# --- cost and time ---------------------------------------------------------------------------


def cells(summary: Summary, hidden: dict[str, frozenset[tuple[int, int]]]) -> dict[str, int]:
    tables = count_tables(summary)
    nonzero = sum(1 for t in tables.values() for p in t.positions() if t.value(p) > 0)
    n_hidden = sum(len(h) for h in hidden.values())
    return {"non_zero_cells": nonzero, "hidden": n_hidden, "published": nonzero - n_hidden}


def cost(root: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for families in (25, 300):
        v = demo(root / f"cost-{families}", families)
        s = old_summary(v, "2026-01", "2026-06")
        old = {key: frozenset(c) for key, c in _initial(count_tables(s), K).items()}
        alone = protect(s)
        first = publish(v, "2026-01", "2026-06", today=TODAY)
        publish(v, "2026-07", "2026-07", today=TODAY)
        seven = publish(v, "2026-01", "2026-07", today=TODAY)
        s7 = old_summary(v, "2026-01", "2026-07")
        old7 = {key: frozenset(c) for key, c in _initial(count_tables(s7), K).items()}
        out[f"{families}_families"] = {
            "jan_jun_before_per_table": cells(s, old),
            "jan_jun_after_all_tables_one_lp": cells(s, alone),
            "jan_jun_published_first": cells(first.truth, first.hidden),
            "jan_jul_before_per_table": cells(s7, old7),
            "jan_jul_after_jan_jun_and_jul_in_ledger": cells(seven.truth, seven.hidden),
        }
        v.lock()
    return out


def lp_time(root: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for families in (25, 300, 10_000):
        v = demo(root / f"time-{families}", families)
        s = old_summary(v, "2026-01", "2026-06")
        t = time.perf_counter()
        protect(s)
        alone = time.perf_counter() - t
        publish(v, "2026-01", "2026-06", today=TODAY)
        publish(v, "2026-07", "2026-07", today=TODAY)
        t = time.perf_counter()
        publish(v, "2026-01", "2026-07", today=TODAY)
        with_ledger = time.perf_counter() - t
        out[f"{families}_families"] = {
            "seconds_release_alone": round(alone, 2),
            "seconds_third_overlapping_release": round(with_ledger, 2),
        }
        v.lock()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=["attacks", "cost", "time"], action="append")
    parser.add_argument("--out")
    args = parser.parse_args()
    parts = args.part or ["attacks", "cost", "time"]
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for part in parts:
            results[part] = {"attacks": attacks, "cost": cost, "time": lp_time}[part](root)
            print(json.dumps({part: results[part]}, indent=1), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
