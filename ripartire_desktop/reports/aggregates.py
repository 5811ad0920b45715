"""The anonymised summary of a period, computed in SQL: exact counts only, no rows, no text.

Every count is keyed by vocabulary values (not labels), so a bundle reads the same in Italian and
English. Nothing here suppresses: the exact counts go into bundles, and suppression is applied
when the tables are rendered (`reports.tables`), also after bundles are merged.

Which families a count covers (docs/reports.md has the same list for coordinators):

- first contacts: desk contacts in the period, anonymous ones included;
- families reached: families first recorded in the period, by channel and by whether they were
  already known to the social services (the "numero oscuro");
- assessments: assessments carried out in the period, by the decision now recorded;
  need prevalence: their baseline severity per need area;
- families on a path: a path open at any time in the period (household composition, children's
  age bands as of the period's last day, and all their plan actions by type and status);
- paths opened in the period, paths active and families waiting at the end of the period;
- closures in the period by outcome; improvement: families closed in the period with a baseline
  need (severity >= 1) and an exit score in an area, improved when the exit score is lower;
- interviews in the period by mode, with their minutes; aid paid in the period by category.

Families whose consent in force today does not cover anonymous statistics (they refused it or
withdrew it) are left out of every count; families who never signed a consent (first contacts)
are counted, anonymous desk contacts always are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeAlias

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AgeBand,
    AidCategory,
    Channel,
    Decision,
    InterviewMode,
    NeedArea,
    Outcome,
    Settings,
    WorkType,
    age_band_for_birth_year,
    is_minor,
)
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store.connection import Connection

Counts: TypeAlias = dict[str, "int | Counts"]

NOT_RECORDED = "not_recorded"
KNOWN_KEYS = ("known", "not_known", "not_asked")
SEVERITIES = ("0", "1", "2", "3")
MINORS_BUCKETS = ("0", "1", "2", "3", "4+")
ADULTS_BUCKETS = ("0-1", "2", "3+")
IMPROVEMENT_KEYS = ("improved", "not_improved")
PATH_KEYS = ("opened", "active_at_end", "waiting_at_end")
MINOR_BANDS = tuple(b.value for b in AgeBand if is_minor(b))
CHILD_AGE_KEYS = (*MINOR_BANDS, NOT_RECORDED)
INTERVIEW_KEYS = ("interviews", "minutes")
AID_KEYS = ("families", "payments", "cents")
OUTCOME_KEYS = tuple(f"{Outcome.WORK_FOUND.value}.{w.value}" for w in WorkType) + tuple(
    o.value for o in Outcome if o != Outcome.WORK_FOUND
)

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


@dataclass(frozen=True, slots=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not (1000 <= self.year <= 9999 and 1 <= self.month <= 12):
            raise ValidationError("month", "must be a month like 2026-03")

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None or not 1 <= int(match.group(2)) <= 12:
            raise ValidationError("month", f"{text!r} is not a month like 2026-03 (YYYY-MM)")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class Period:
    """Whole months, first to last inclusive."""

    first: Month
    last: Month

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError("period", f"ends ({self.last}) before it starts ({self.first})")

    @classmethod
    def parse(cls, first: str, last: str) -> Period:
        return cls(Month.parse(first), Month.parse(last))

    @property
    def start(self) -> date:
        return self.first.first_day

    @property
    def end(self) -> date:
        """The first day after the period (exclusive bound)."""
        return self.last.next().first_day

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.first}..{self.last}"


def empty_counts() -> Counts:
    """The shape of every summary, all zeros: what a bundle must contain, key for key."""

    def zeros(keys: Collection[str]) -> Counts:
        return dict.fromkeys(keys, 0)

    return {
        "first_contacts": zeros([c.value for c in Channel]),
        "families_reached": {
            key: zeros(KNOWN_KEYS) for key in [*(c.value for c in Channel), NOT_RECORDED]
        },
        "assessments": zeros([d.value for d in Decision]),
        "need_baseline": {a.value: zeros(SEVERITIES) for a in NeedArea},
        "paths": zeros(PATH_KEYS),
        "households": {m: zeros(ADULTS_BUCKETS) for m in MINORS_BUCKETS},
        "children_age": zeros(CHILD_AGE_KEYS),
        "improvement": {a.value: zeros(IMPROVEMENT_KEYS) for a in NeedArea},
        "improved_any": zeros(IMPROVEMENT_KEYS),
        "interviews": {m.value: zeros(INTERVIEW_KEYS) for m in InterviewMode},
        "families_interviewed": 0,
        "actions": {t.value: zeros([s.value for s in ActionStatus]) for t in ActionType},
        "aid": {c.value: zeros(AID_KEYS) for c in AidCategory},
        "aid_families": 0,
        "outcomes": zeros(OUTCOME_KEYS),
        "statistics_objections": 0,
    }


@dataclass(frozen=True, slots=True)
class Summary:
    """Exact aggregate counts of one or more vaults for one period."""

    period: Period
    organisations: tuple[str, ...]
    capacity: int
    aid_budget_cents: int
    k: int
    generated: Month
    counts: Counts
    sources: tuple[str, ...] = field(default=())  # pseudonymous ids of the vaults counted

    def count(self, *path: str) -> int:
        node: int | Counts = self.counts
        for key in path:
            if not isinstance(node, dict):
                raise KeyError(path)
            node = node[key]
        if not isinstance(node, int):
            raise KeyError(path)
        return node


def source_id(vault_id: str) -> str:
    """A pseudonymous id for a vault: tells two bundles of the same vault apart from others."""
    return hashlib.sha256(f"ripartire summary source|{vault_id}".encode()).hexdigest()[:16]


# --- SQL ------------------------------------------------------------------------------------
# Constant statements only; every value is bound. "IN (SELECT family_id FROM temp.report_scope)"
# limits a count to the families in scope; a family is "on a path" in the period [:start, :end)
# when f.opened_on < :end AND (f.closed_on IS NULL OR f.closed_on >= :start), unless it withdrew
# before the period began.

_CONTACTS = """
    SELECT channel, count(*) FROM first_contacts
    WHERE occurred_at >= :start AND occurred_at < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
    GROUP BY channel
"""
_CONTACTS_WITH_ANONYMOUS = """
    SELECT channel, count(*) FROM first_contacts
    WHERE occurred_at >= :start AND occurred_at < :end
      AND (family_id IS NULL OR family_id IN (SELECT family_id FROM temp.report_scope))
    GROUP BY channel
"""
# Need scores of families closed in the period with a baseline need and an exit score.
_IMPROVEMENT_BY_AREA = """
    SELECT n.area, sum(n.exit < n.baseline), sum(n.exit >= n.baseline)
    FROM need_scores n JOIN assessments a ON a.id = n.assessment_id
    WHERE n.baseline >= 1 AND n.exit IS NOT NULL
      AND a.family_id IN (SELECT family_id FROM temp.report_scope)
      AND EXISTS (SELECT 1 FROM closures c WHERE c.family_id = a.family_id
                  AND c.closed_on >= :start AND c.closed_on < :end)
    GROUP BY 1
"""
_IMPROVED_FAMILIES = """
    SELECT coalesce(sum(better), 0), count(*) FROM (
        SELECT a.family_id, max(n.exit < n.baseline) AS better
        FROM need_scores n JOIN assessments a ON a.id = n.assessment_id
        WHERE n.baseline >= 1 AND n.exit IS NOT NULL
          AND a.family_id IN (SELECT family_id FROM temp.report_scope)
          AND EXISTS (SELECT 1 FROM closures c WHERE c.family_id = a.family_id
                      AND c.closed_on >= :start AND c.closed_on < :end)
        GROUP BY a.family_id
    )
"""
_INTERVIEWS = """
    SELECT mode, count(*), sum(duration_minutes) FROM interviews
    WHERE starts_at >= :start AND starts_at < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
    GROUP BY 1
"""
_FAMILIES_INTERVIEWED = """
    SELECT count(DISTINCT family_id) FROM interviews
    WHERE starts_at >= :start AND starts_at < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
"""
_AID = """
    SELECT category, count(DISTINCT family_id), count(*), sum(amount_cents) FROM aid_payments
    WHERE paid_on >= :start AND paid_on < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
    GROUP BY 1
"""
_AID_FAMILIES = """
    SELECT count(DISTINCT family_id) FROM aid_payments
    WHERE paid_on >= :start AND paid_on < :end
      AND family_id IN (SELECT family_id FROM temp.report_scope)
"""


@contextmanager
def _scope(conn: Connection, family_ids: Collection[int] | None, today: date) -> Iterator[int]:
    """Fill temp.report_scope with the families to count; yields how many objected."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS report_scope (family_id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.report_scope")
    try:
        if family_ids is None:
            conn.execute("INSERT INTO temp.report_scope SELECT id FROM families")
        else:
            conn.executemany(
                "INSERT OR IGNORE INTO temp.report_scope VALUES (?)", [(i,) for i in family_ids]
            )
        # A family with consents, none of which covers anonymous statistics today, objected.
        objected = conn.execute(
            """
            DELETE FROM temp.report_scope WHERE family_id IN (
                SELECT c.family_id FROM consents c GROUP BY c.family_id
                HAVING max(c.given_on <= :today
                           AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :today)
                           AND (' ' || c.scopes || ' ') LIKE '% anonymous_statistics %') = 0
            )
            """,
            {"today": today.isoformat()},
        ).rowcount
        yield max(0, int(objected))
    finally:
        conn.execute("DELETE FROM temp.report_scope")


def _rows(conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(sql, params).fetchall()]


def compute_summary(
    conn: Connection,
    period: Period,
    *,
    settings: Settings,
    today: date,
    source: str = "",
    family_ids: Collection[int] | None = None,
    include_anonymous_contacts: bool = True,
) -> Summary:
    """The summary of `period` for an open vault connection.

    `family_ids` limits it to those families (None: all); anonymous desk contacts are counted
    unless `include_anonymous_contacts` is False (so that subsets of one vault add up).
    """
    counts = empty_counts()
    params: dict[str, Any] = {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "today": today.isoformat(),
    }
    with _scope(conn, family_ids, today) as objected:
        counts["statistics_objections"] = objected
        _first_contacts(conn, params, counts, include_anonymous_contacts)
        _families_reached(conn, params, counts)
        _assessments(conn, params, counts)
        _paths(conn, params, counts)
        _on_path(conn, params, counts, period)
        _closures(conn, params, counts)
        _interviews(conn, params, counts)
        _aid(conn, params, counts)
    return Summary(
        period=period,
        organisations=(settings.organisation,) if settings.organisation else (),
        capacity=settings.capacity,
        aid_budget_cents=settings.aid_budget_cents,
        k=settings.small_cell_k,
        generated=Month(today.year, today.month),
        counts=counts,
        sources=(source,) if source else (),
    )


def _add(node: Counts, *path: str, value: int) -> None:
    for key in path[:-1]:
        child = node[key]
        assert isinstance(child, dict)
        node = child
    current = node[path[-1]]
    assert isinstance(current, int)
    node[path[-1]] = current + int(value)


def _first_contacts(
    conn: Connection, params: dict[str, Any], counts: Counts, anonymous: bool
) -> None:
    sql = _CONTACTS_WITH_ANONYMOUS if anonymous else _CONTACTS
    for channel, n in _rows(conn, sql, params):
        _add(counts, "first_contacts", channel, value=n)


def _families_reached(conn: Connection, params: dict[str, Any], counts: Counts) -> None:
    sql = """
        SELECT coalesce(first_contact_channel, 'not_recorded'),
               CASE known_to_social_services WHEN 1 THEN 'known' WHEN 0 THEN 'not_known'
                    ELSE 'not_asked' END,
               count(*)
        FROM families
        WHERE created_on >= :start AND created_on < :end
          AND id IN (SELECT family_id FROM temp.report_scope)
        GROUP BY 1, 2
    """
    for channel, known, n in _rows(conn, sql, params):
        _add(counts, "families_reached", channel, known, value=n)


def _assessments(conn: Connection, params: dict[str, Any], counts: Counts) -> None:
    sql = """
        SELECT decision, count(*) FROM assessments
        WHERE assessed_on >= :start AND assessed_on < :end
          AND family_id IN (SELECT family_id FROM temp.report_scope)
        GROUP BY decision
    """
    for decision, n in _rows(conn, sql, params):
        _add(counts, "assessments", decision, value=n)
    sql = """
        SELECT n.area, n.baseline, count(*) FROM need_scores n
        JOIN assessments a ON a.id = n.assessment_id
        WHERE a.assessed_on >= :start AND a.assessed_on < :end
          AND a.family_id IN (SELECT family_id FROM temp.report_scope)
          AND n.baseline IS NOT NULL
        GROUP BY 1, 2
    """
    for area, baseline, n in _rows(conn, sql, params):
        _add(counts, "need_baseline", area, str(baseline), value=n)


def _paths(conn: Connection, params: dict[str, Any], counts: Counts) -> None:
    sql = """
        SELECT
          (SELECT count(*) FROM families f
             WHERE f.id IN (SELECT family_id FROM temp.report_scope)
             AND f.opened_on >= :start AND f.opened_on < :end),
          (SELECT count(*) FROM families f
             WHERE f.id IN (SELECT family_id FROM temp.report_scope)
             AND f.opened_on IS NOT NULL AND f.opened_on < :end
             AND (f.status = 'active_path'
                  OR (f.status = 'closed' AND f.closed_on >= :end)
                  OR (f.status = 'withdrew' AND f.updated_on >= :end))),
          (SELECT count(*) FROM families f JOIN assessments a ON a.family_id = f.id
             WHERE f.id IN (SELECT family_id FROM temp.report_scope)
             AND a.decision IN ('admitted', 'waiting_list') AND a.decided_on < :end
             AND (f.opened_on IS NULL OR f.opened_on >= :end)
             AND f.status IN ('waiting_list', 'active_path', 'closed', 'withdrew', 'referred')
             AND NOT (f.status IN ('withdrew', 'referred') AND f.updated_on < :end))
    """
    opened, active, waiting = _rows(conn, sql, params)[0]
    paths = counts["paths"]
    assert isinstance(paths, dict)
    paths.update(opened=int(opened), active_at_end=int(active), waiting_at_end=int(waiting))


def _on_path(conn: Connection, params: dict[str, Any], counts: Counts, period: Period) -> None:
    """Households, their children and their plan actions: families on a path in the period."""
    sql = """
        SELECT CASE WHEN f.minors >= 4 THEN '4+' ELSE CAST(f.minors AS TEXT) END,
               CASE WHEN f.adults <= 1 THEN '0-1' WHEN f.adults = 2 THEN '2' ELSE '3+' END,
               count(*)
        FROM families f
        WHERE f.id IN (SELECT family_id FROM temp.report_scope)
          AND f.opened_on IS NOT NULL AND f.opened_on < :end
          AND (f.closed_on IS NULL OR f.closed_on >= :start)
          AND NOT (f.status = 'withdrew' AND f.updated_on < :start)
        GROUP BY 1, 2
    """
    for minors, adults, n in _rows(conn, sql, params):
        _add(counts, "households", minors, adults, value=n)
    sql = """
        SELECT m.birth_year, m.age_band, count(*) FROM members m
        JOIN families f ON f.id = m.family_id
        WHERE m.role = 'child' AND f.id IN (SELECT family_id FROM temp.report_scope)
          AND f.opened_on IS NOT NULL AND f.opened_on < :end
          AND (f.closed_on IS NULL OR f.closed_on >= :start)
          AND NOT (f.status = 'withdrew' AND f.updated_on < :start)
        GROUP BY 1, 2
    """
    on = period.last_day
    for birth_year, band, n in _rows(conn, sql, params):
        found: AgeBand | None
        if birth_year is not None and on.year - 130 <= birth_year <= on.year:
            found = age_band_for_birth_year(birth_year, on)
        elif birth_year is None and band is not None:
            found = AgeBand(band)
        else:
            found = None
        if found is None:
            _add(counts, "children_age", NOT_RECORDED, value=n)
        elif is_minor(found):
            _add(counts, "children_age", found.value, value=n)
    sql = """
        SELECT a.action_type, a.status, count(*) FROM actions a
        JOIN families f ON f.id = a.family_id
        WHERE f.id IN (SELECT family_id FROM temp.report_scope)
          AND f.opened_on IS NOT NULL AND f.opened_on < :end
          AND (f.closed_on IS NULL OR f.closed_on >= :start)
          AND NOT (f.status = 'withdrew' AND f.updated_on < :start)
        GROUP BY 1, 2
    """
    for action_type, status, n in _rows(conn, sql, params):
        _add(counts, "actions", action_type, status, value=n)


def _closures(conn: Connection, params: dict[str, Any], counts: Counts) -> None:
    sql = """
        SELECT outcome, work_type, count(*) FROM closures
        WHERE closed_on >= :start AND closed_on < :end
          AND family_id IN (SELECT family_id FROM temp.report_scope)
        GROUP BY 1, 2
    """
    for outcome, work_type, n in _rows(conn, sql, params):
        key = f"{outcome}.{work_type}" if outcome == Outcome.WORK_FOUND.value else outcome
        _add(counts, "outcomes", key, value=n)
    for area, better, same_or_worse in _rows(conn, _IMPROVEMENT_BY_AREA, params):
        _add(counts, "improvement", area, "improved", value=better)
        _add(counts, "improvement", area, "not_improved", value=same_or_worse)
    better, total = _rows(conn, _IMPROVED_FAMILIES, params)[0]
    _add(counts, "improved_any", "improved", value=better)
    _add(counts, "improved_any", "not_improved", value=total - better)


def _interviews(conn: Connection, params: dict[str, Any], counts: Counts) -> None:
    for mode, n, minutes in _rows(conn, _INTERVIEWS, params):
        _add(counts, "interviews", mode, "interviews", value=n)
        _add(counts, "interviews", mode, "minutes", value=minutes)
    counts["families_interviewed"] = int(_rows(conn, _FAMILIES_INTERVIEWED, params)[0][0])


def _aid(conn: Connection, params: dict[str, Any], counts: Counts) -> None:
    for category, families, payments, cents in _rows(conn, _AID, params):
        _add(counts, "aid", category, "families", value=families)
        _add(counts, "aid", category, "payments", value=payments)
        _add(counts, "aid", category, "cents", value=cents)
    counts["aid_families"] = int(_rows(conn, _AID_FAMILIES, params)[0][0])
