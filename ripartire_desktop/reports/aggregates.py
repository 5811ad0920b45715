"""The anonymised summary of a period: exact counts only, no rows, no text. The grouped counts
come from the statistics queries (`store.statistics`); this module gives them their shape.

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
- interviews in the period by mode, with their minutes; aid paid in the period by category;
- households on a path with minors, and aid paid in the period per budget line, funder and
  budget year (reports/reach.py).
- change against the baseline of the path and work at exit and follow-up: see
  `reports.outcome_aggregates` and `store.statistics_outcomes`.

Families whose consent in force today does not cover anonymous statistics (they refused it or
withdrew it) are left out of every count; families who never signed a consent (first contacts)
are counted, anonymous desk contacts always are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeAlias

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
from ripartire_desktop.reports.outcome_aggregates import empty_outcome_counts, fill_outcomes
from ripartire_desktop.reports.reach import empty_reach, fill_reach
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records.budget import BudgetRepository
from ripartire_desktop.store.statistics import PeriodStatistics, Rows, report_scope
from ripartire_desktop.store.statistics_outcomes import outcome_rows

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
        **empty_reach(),  # households with minors; aid per budget line, funder, year
        **empty_outcome_counts(),
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
    with report_scope(conn, family_ids, today) as objected:
        counts["statistics_objections"] = objected
        stats = PeriodStatistics(conn, period.start, period.end)
        _fill(stats, counts, period, include_anonymous_contacts)
        fill_reach(conn, counts, period.start, period.end)
        fill_outcomes(counts, outcome_rows(conn, period.start.isoformat(), period.end.isoformat()))
    return Summary(
        period=period,
        organisations=(settings.organisation,) if settings.organisation else (),
        capacity=settings.capacity,
        aid_budget_cents=BudgetRepository(conn).total_for_years(
            period.first.year, period.last.year
        ),
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


def _add_rows(counts: Counts, key: str, rows: Rows) -> None:
    """Rows of (path..., count) added under `key`: the last value is the count."""
    for *path, n in rows:
        _add(counts, key, *(str(p) for p in path), value=n)


def _fill(stats: PeriodStatistics, counts: Counts, period: Period, anonymous: bool) -> None:
    contacts = "first_contacts" if anonymous else "first_contacts_of_families"
    _add_rows(counts, "first_contacts", stats.rows(contacts))
    for key, query in (
        ("families_reached", "families_reached"),
        ("assessments", "assessments"),
        ("need_baseline", "need_baselines"),
        ("households", "households"),
        ("actions", "actions"),
    ):
        _add_rows(counts, key, stats.rows(query))
    paths = counts["paths"]
    assert isinstance(paths, dict)
    paths.update(zip(PATH_KEYS, stats.one("paths"), strict=True))
    _children(counts, stats.rows("children"), period.last_day)
    for outcome, work_type, n in stats.rows("outcomes"):
        key = f"{outcome}.{work_type}" if outcome == Outcome.WORK_FOUND.value else outcome
        _add(counts, "outcomes", key, value=n)
    for area, better, same_or_worse in stats.rows("improvement_by_area"):
        _add(counts, "improvement", area, "improved", value=better)
        _add(counts, "improvement", area, "not_improved", value=same_or_worse)
    better, total = stats.one("improved_families")
    _add(counts, "improved_any", "improved", value=better)
    _add(counts, "improved_any", "not_improved", value=total - better)
    for mode, n, minutes in stats.rows("interviews"):
        _add(counts, "interviews", mode, "interviews", value=n)
        _add(counts, "interviews", mode, "minutes", value=minutes)
    counts["families_interviewed"] = stats.one("families_interviewed")[0]
    for category, *values in stats.rows("aid"):
        for leaf, value in zip(AID_KEYS, values, strict=True):
            _add(counts, "aid", category, leaf, value=value)
    counts["aid_families"] = stats.one("aid_families")[0]


def _children(counts: Counts, rows: Rows, on: date) -> None:
    """Children of the families on a path by age band as of `on` (the period's last day)."""
    for birth_year, band, n in rows:
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
