"""Issue 12's attacks on a real vault with real releases: none recovers a hidden cell, none
narrows one below k, none forms a small difference that no report prints."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from ripartire_desktop.reports.publication import prepare
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from tests.core.disclosure_attacks import differencing, lp_attack, publish
from tests.core.vaults import new_vault

TODAY = date(2026, 11, 20)
K = 5


def _demo(data_dir: Path, families: int = 40):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    generate_demo(vault.connection, families=families, interviews_per_family=6, seed=7, today=TODAY)
    return vault


def test_january_to_july_minus_january_to_june_reveals_no_july_cell(data_dir: Path) -> None:
    vault = _demo(data_dir)
    try:
        first_half = publish(vault, "2026-01", "2026-06", today=TODAY)
        july = publish(vault, "2026-07", "2026-07", today=TODAY)
        seven = publish(vault, "2026-01", "2026-07", today=TODAY)
    finally:
        vault.lock()
    assert differencing(seven, first_half, july) == 0
    outcome = lp_attack([first_half, july, seven], K)
    assert outcome.recovered == outcome.narrow == outcome.small_differences == 0


def _busiest_family(vault, first: str, end: str) -> str:  # type: ignore[no-untyped-def]
    row = vault.connection.execute(
        "SELECT f.code FROM families f JOIN interviews i ON i.family_id = f.id "
        "WHERE i.starts_at >= ? AND i.starts_at < ? AND f.opened_on IS NOT NULL "
        "GROUP BY f.id ORDER BY count(*) DESC LIMIT 1",
        (first, end),
    ).fetchone()
    return str(row[0])


def test_the_same_period_after_an_erasure_is_re_issued_unchanged(data_dir: Path) -> None:
    from ripartire_desktop.store.records.erasure import erase_family

    vault = _demo(data_dir)
    try:
        before = publish(vault, "2026-01", "2026-06", today=TODAY)
        erase_family(vault.connection, _busiest_family(vault, "2026-01-01", "2026-07-01"))
        again = publish(vault, "2026-01", "2026-06", today=TODAY)
        # A longer period after the erasure: its earlier months come from the ledger.
        longer = publish(vault, "2026-01", "2026-07", today=TODAY)
    finally:
        vault.lock()
    assert again.cells == before.cells
    assert differencing(again, before) == 0
    outcome = lp_attack([before, longer], K)
    assert outcome.recovered == outcome.narrow == outcome.small_differences == 0


def test_a_withdrawn_consent_then_the_same_period_reveals_nothing(data_dir: Path) -> None:
    from ripartire_desktop.store.connection import transaction

    vault = _demo(data_dir)
    try:
        before = publish(vault, "2026-01", "2026-06", today=TODAY)
        code = _busiest_family(vault, "2026-01-01", "2026-07-01")
        with transaction(vault.connection) as conn:
            conn.execute(
                "UPDATE consents SET withdrawn_on = ? WHERE family_id = "
                "(SELECT id FROM families WHERE code = ?)",
                (TODAY.isoformat(), code),
            )
        again = publish(vault, "2026-01", "2026-06", today=TODAY)
    finally:
        vault.lock()
    assert again.cells == before.cells


def test_year_to_date_reports_reveal_no_month(data_dir: Path) -> None:
    """Four in a row here (ten are measured by benchmarks/disclosure.py: minutes, not seconds)."""
    vault = _demo(data_dir)
    try:
        series = [publish(vault, "2026-01", f"2026-{m:02d}", today=TODAY) for m in range(1, 5)]
    finally:
        vault.lock()
    assert sum(differencing(b, a) for a, b in itertools.pairwise(series)) == 0
    outcome = lp_attack(series, K)
    assert outcome.recovered == outcome.narrow == outcome.small_differences == 0


def test_linked_tables_of_one_report_pin_nothing(data_dir: Path) -> None:
    """Children against households by number of minors, closures against exit scores..."""
    vault = _demo(data_dir)
    try:
        reports = [
            publish(vault, f"2026-{m:02d}", f"2026-{m + 2:02d}", today=TODAY) for m in (1, 4, 7)
        ]
    finally:
        vault.lock()
    for report in reports:
        outcome = lp_attack([report], K)
        assert outcome.recovered == outcome.narrow == 0


def test_a_release_the_ledger_cannot_protect_is_refused_and_nothing_recorded(
    data_dir: Path,
) -> None:
    """A ledger whose figures contradict each other (here: a zero marked hidden, as an edit of
    the vault could leave it) cannot vouch for a new release: refused with the reason."""
    import pytest

    from ripartire_desktop.reports.release import ReleaseRefused
    from ripartire_desktop.store.connection import transaction

    vault = _demo(data_dir)
    try:
        publish(vault, "2026-01", "2026-06", today=TODAY)
        with transaction(vault.connection) as conn:
            conn.execute(
                "UPDATE release_cells SET hidden = 1 WHERE value = 0 AND table_key = 'outcomes'"
            )
        count = vault.connection.execute("SELECT count(*) FROM releases").fetchone()[0]
        settings = Records(vault.connection).settings.load()
        with pytest.raises(ReleaseRefused, match="no longer agree"):
            from ripartire_desktop.reports.aggregates import Period, source_id

            prepare(
                vault.connection,
                Period.parse("2026-01", "2026-07"),
                settings=settings,
                today=TODAY,
                source=source_id(vault.vault_id),
            )
        after = vault.connection.execute("SELECT count(*) FROM releases").fetchone()[0]
    finally:
        vault.lock()
    assert after == count


def test_merged_minus_own_reveals_nothing_of_the_other_vault(tmp_path: Path) -> None:
    from ripartire_desktop.reports.bundle import merge
    from ripartire_desktop.reports.release import protect
    from ripartire_desktop.reports.tables import published_tables
    from tests.core.disclosure_attacks import insider_attack, read_printed

    summaries = []
    for name, seed, families in (("a", 7, 40), ("b", 11, 25)):
        vault, _ = new_vault(tmp_path / name)
        try:
            generate_demo(
                vault.connection,
                families=families,
                interviews_per_family=6,
                seed=seed,
                today=TODAY,
            )
            settings = Records(vault.connection).settings.load()
            summaries.append(
                prepare(
                    vault.connection,
                    _period("2026-01", "2026-06"),
                    settings=settings,
                    today=TODAY,
                    source=name * 16,
                ).summary
            )
        finally:
            vault.lock()
    merged = merge(summaries)
    hidden = protect(merged, contributions=summaries)  # what `report merge` prints
    printed = read_printed(published_tables(merged, "en", hidden), merged)
    for own, other in ((summaries[0], summaries[1]), (summaries[1], summaries[0])):
        outcome = insider_attack(printed, own, other)
        assert outcome.recovered == outcome.narrow == 0


def _period(first: str, last: str):  # type: ignore[no-untyped-def]
    from ripartire_desktop.reports.aggregates import Period

    return Period.parse(first, last)


# --- the interval rule over random summaries --------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _random_summary(values: list[int], k: int):  # type: ignore[no-untyped-def]
    from ripartire_desktop.reports.aggregates import Month, Summary, empty_counts
    from ripartire_desktop.reports.publication import _additive_paths, _leaves, _set

    counts = empty_counts()
    paths = [*_additive_paths(counts), *(p for p in _leaves(counts) if p[0] == "households")]
    paths += [("children_age", band) for band in counts["children_age"]]  # type: ignore[union-attr]
    for path, value in zip(paths, values, strict=False):
        _set(counts, path, value)
    return Summary(
        period=_period("2026-01", "2026-03"),
        organisations=(),
        capacity=25,
        aid_budget_cents=0,
        k=k,
        generated=Month(2026, 4),
        counts=counts,
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from([0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 9, 14, 30]), min_size=40, max_size=120),
    st.sampled_from([3, 5, 7]),
)
def test_every_hidden_cell_of_a_random_release_keeps_a_range_of_at_least_k(
    values: list[int], k: int
) -> None:
    from ripartire_desktop.reports.release import attacker_intervals, count_tables, protect

    summary = _random_summary(values, k)
    hidden = protect(summary)
    tables = count_tables(summary)
    for table_key, table in tables.items():
        for pos in table.positions():
            value = table.value(pos)
            assert pos in hidden.get(table_key, frozenset()) or value == 0 or value >= k
    for (_, (table_key, pos)), (low, high) in attacker_intervals([(summary, hidden)]).items():
        if tables[table_key].value(pos) > 0:
            assert high - low >= k, (table_key, pos, low, high)


def test_the_cli_refuses_with_one_line_and_writes_nothing(
    data_dir: Path,
    passphrase_file: Path,
    cli,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from ripartire_desktop.store.connection import transaction

    vault = _demo(data_dir)
    try:
        publish(vault, "2026-01", "2026-06", today=TODAY)
        with transaction(vault.connection) as conn:
            conn.execute(
                "UPDATE release_cells SET hidden = 1 WHERE value = 0 AND table_key = 'outcomes'"
            )
    finally:
        vault.lock()
    out = tmp_path / "r.pdf"
    r = cli(
        "report", "summary", "--from", "2026-01", "--to", "2026-07", "-o", out,
        "--data-dir", data_dir, "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert r.code == 1
    assert r.err.count("\n") == 1 and "cannot be published safely" in r.err
    assert not out.exists()
    again = cli(
        "report", "summary", "--from", "2026-01", "--to", "2026-06", "-o", out,
        "--data-dir", data_dir, "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert again.code == 0 and "re-issued" in again.out  # a published period is still there
