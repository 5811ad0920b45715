"""The summary's faster statements give the very rows of the statements they replace
(issue 18): the interviews by mode, one pass instead of GROUP BY, on a demo vault, over
several periods and scopes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.statistics import QUERIES, PeriodStatistics, report_scope
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


@pytest.mark.parametrize(("start", "end"), PERIODS)
@pytest.mark.parametrize("scope", ["all", "odd", "none"])
def test_interviews_by_mode_match_the_group_by(demo, start: date, end: date, scope: str) -> None:
    conn = demo.connection
    ids = [row[0] for row in conn.execute("SELECT id FROM families ORDER BY id")]
    family_ids = {"all": None, "odd": ids[1::2], "none": []}[scope]
    with report_scope(conn, family_ids, TODAY):
        stats = PeriodStatistics(conn, start, end)
        group_by = [tuple(r) for r in conn.execute(QUERIES["interviews"], _params(start, end))]
        assert stats.rows("interviews") == group_by
    if scope == "all" and start.year == 2000:
        assert len(group_by) >= 3  # the demo uses several modes: the comparison means something


def test_interviews_by_mode_leave_out_a_mode_with_no_interview(demo) -> None:
    conn = demo.connection
    with report_scope(conn, None, TODAY):
        stats = PeriodStatistics(conn, date(2000, 1, 1), date(2100, 1, 1))
        before = {mode: n for mode, n, _ in stats.rows("interviews")}
        video = before.get("video", 0)
        conn.execute("SAVEPOINT no_video")
        conn.execute("UPDATE interviews SET mode = 'desk' WHERE mode = 'video'")
        after = {mode: n for mode, n, _ in stats.rows("interviews")}
        conn.execute("ROLLBACK TO no_video")
        conn.execute("RELEASE no_video")
    assert "video" not in after
    assert after["desk"] == before["desk"] + video


def _params(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}
