"""The summary's faster statements give the very rows of the statements they replace
(issue 18): each grouped count computed in one pass (store/statistics_pivot.py) against its
GROUP BY, on a demo vault, over several periods and scopes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.statistics import PIVOTS, QUERIES, PeriodStatistics, report_scope
from tests.core.vaults import new_vault

TODAY = date(2026, 6, 15)
PERIODS = [
    (date(2000, 1, 1), date(2100, 1, 1)),  # everything
    (date(2025, 1, 1), date(2026, 1, 1)),
    (date(2026, 3, 1), date(2026, 4, 1)),
    (date(1990, 1, 1), date(1990, 2, 1)),  # nothing at all
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(Path(tmp_path_factory.mktemp("demo")))
    generate_demo(vault.connection, families=60, interviews_per_family=6, seed=18, today=TODAY)
    yield vault
    vault.lock(sync=False)


@pytest.mark.parametrize("name", sorted(PIVOTS))
@pytest.mark.parametrize("scope", ["all", "odd", "none"])
def test_each_pivot_gives_the_rows_of_its_group_by(demo, name: str, scope: str) -> None:
    conn = demo.connection
    ids = [row[0] for row in conn.execute("SELECT id FROM families ORDER BY id")]
    family_ids = {"all": None, "odd": ids[1::2], "none": []}[scope]
    with report_scope(conn, family_ids, TODAY):
        for start, end in PERIODS:
            stats = PeriodStatistics(conn, start, end)
            group_by = [tuple(r) for r in conn.execute(QUERIES[name], _params(start, end))]
            pivoted = PIVOTS[name].rows(stats._rows(PIVOTS[name].sql)[0])
            assert pivoted is not None, (name, start)  # every group is in the vocabulary
            assert sorted(pivoted, key=repr) == sorted(group_by, key=repr), (name, start)
            assert sorted(stats.rows(name), key=repr) == sorted(group_by, key=repr)
            if scope == "all" and start.year == 2000:
                assert group_by, name  # the demo has rows for each: the comparison means something


def test_a_value_outside_the_vocabulary_falls_back_to_the_group_by(demo) -> None:
    """A group the pivot does not know (here: a decision "maybe", which the schema's CHECK
    forbids, so the check is switched off for the test) is counted by the GROUP BY."""
    conn = demo.connection
    conn.execute("SAVEPOINT odd_value")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        conn.execute(
            "UPDATE assessments SET decision = 'maybe' "
            "WHERE rowid = (SELECT min(rowid) FROM assessments)"
        )
        with report_scope(conn, None, TODAY):
            stats = PeriodStatistics(conn, *PERIODS[0])
            pivot = PIVOTS["assessments"]
            assert pivot.rows(stats._rows(pivot.sql)[0]) is None
            rows = stats.rows("assessments")
            assert ("maybe", 1) in rows
            group_by = conn.execute(QUERIES["assessments"], _params(*PERIODS[0]))
            assert rows == [tuple(r) for r in group_by]
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
        conn.execute("ROLLBACK TO odd_value")
        conn.execute("RELEASE odd_value")


def _params(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}


SCOPES = [
    "anonymous_statistics",
    "service anonymous_statistics",
    "anonymous_statistics service",
    "service anonymous_statistics contact",
    "ANONYMOUS_STATISTICS",
    "anonymous_statistics ",
    " anonymous_statistics",
    "anonymous_statisticsx",
    "xanonymous_statistics",
    "service xanonymous_statistics contact",
    "anonymousXstatistics",
    "",
    "service",
]


@pytest.mark.parametrize("scopes", SCOPES)
def test_the_statistics_scope_test_is_the_padded_like(demo, scopes: str) -> None:
    """The consent test without a string per row answers as the padded LIKE it replaces."""
    from ripartire_desktop.store.statistics import HAS_STATISTICS_SCOPE

    padded, plain = demo.connection.execute(
        "SELECT (' ' || c.scopes || ' ') LIKE '% anonymous_statistics %', "
        f"{HAS_STATISTICS_SCOPE} FROM (SELECT ? AS scopes) c",
        (scopes,),
    ).fetchone()
    assert bool(padded) == bool(plain)
