"""The outcome indicators' exact counts: change against the baseline of the path per domain of
art. 5 and in amounts, households improved, work at exit and at follow-up.

Sizes of change are kept as distributions (families per change in severity, per change in
tens of euros), not as medians: counts add up when bundles of several counsellors are merged,
medians would not. The median printed is read from the merged distribution.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ripartire_desktop.domain import AssessmentDomain
from ripartire_desktop.store.statistics import Rows
from ripartire_desktop.store.statistics_outcomes import HOUSEHOLDS

if TYPE_CHECKING:
    from ripartire_desktop.reports.aggregates import Counts

DOMAINS = tuple(d.value for d in AssessmentDomain)
CHANGE_KEYS = ("improved", "unchanged", "worsened")
SEVERITY_CHANGES = tuple(str(n) for n in range(-3, 4))
MONEY_ROWS = ("income", "debt")
# Changes in tens of euros; larger changes count in the last step either side.
MONEY_STEP_CENTS = 1000
MONEY_LIMIT = 300  # +-3,000 euros a month
MONEY_CHANGES = tuple(str(n) for n in range(-MONEY_LIMIT, MONEY_LIMIT + 1))
MOMENTS = ("exit", "follow_up_6", "follow_up_12")
WORK_KEYS = ("found", "kept", "not_in_work", "not_recorded")
IMPROVED_KEYS = ("improved", "not_improved")
# income goes up when things improve, debt goes down
_BETTER_WHEN_HIGHER = {"income": True, "debt": False}


def empty_outcome_counts() -> Counts:
    """The outcome trees of a summary, all zeros."""

    def zeros(keys: tuple[str, ...]) -> Counts:
        return dict.fromkeys(keys, 0)

    return {
        "change_domains": {d: zeros(CHANGE_KEYS) for d in DOMAINS},
        "change_domains_size": {d: zeros(SEVERITY_CHANGES) for d in DOMAINS},
        "change_households": zeros(IMPROVED_KEYS),
        "change_money": {m: zeros(CHANGE_KEYS) for m in MONEY_ROWS},
        "change_money_size": {m: zeros(MONEY_CHANGES) for m in MONEY_ROWS},
        "work_outcomes": {m: zeros(WORK_KEYS) for m in MOMENTS},
    }


# Releases recorded in a ledger before these indicators existed lack these trees.
OUTCOME_TREES = frozenset(empty_outcome_counts())


def _node(counts: Counts, *path: str) -> Counts:
    node = counts
    for key in path:
        child = node[key]
        assert isinstance(child, dict)
        node = child
    return node


def _bump(node: Counts, key: str, n: int) -> None:
    value = node[key]
    assert isinstance(value, int)
    node[key] = value + int(n)


def _direction(change: int, *, higher_is_better: bool) -> str:
    if change == 0:
        return "unchanged"
    return "improved" if (change > 0) == higher_is_better else "worsened"


def fill_outcomes(counts: Counts, rows: Mapping[str, Rows]) -> None:
    """Add the outcome queries' rows (store.statistics_outcomes) to `counts`."""
    for domain, *families in rows["domain_change"]:
        if domain == HOUSEHOLDS:
            better, total = families[:2]
            _bump(_node(counts, "change_households"), "improved", better)
            _bump(_node(counts, "change_households"), "not_improved", total - better)
            continue
        for change, n in zip(SEVERITY_CHANGES, families, strict=True):
            _bump(_node(counts, "change_domains_size", domain), change, n)
            kind = _direction(int(change), higher_is_better=False)  # severity: lower is better
            _bump(_node(counts, "change_domains", domain), kind, n)
    for measure, step, n in rows["money_change"]:
        clipped = max(-MONEY_LIMIT, min(MONEY_LIMIT, int(step)))
        _bump(_node(counts, "change_money_size", measure), str(clipped), n)
        kind = _direction(clipped, higher_is_better=_BETTER_WHEN_HIGHER[measure])
        _bump(_node(counts, "change_money", measure), kind, n)
    for moment, state, n in rows["work_outcomes"]:
        _bump(_node(counts, "work_outcomes", moment), state, n)


def median_of(distribution: Counts) -> float | None:
    """The median of a distribution {value: families} (values as text); None when empty.
    With an even number of families, the mean of the two middle values."""
    values = sorted((int(k), v) for k, v in distribution.items() if isinstance(v, int) and v > 0)
    total = sum(v for _, v in values)
    if total == 0:
        return None

    def at(position: int) -> int:
        seen = 0
        for value, n in values:
            seen += n
            if position < seen:
                return value
        raise AssertionError(position)

    middle = (total - 1) // 2
    return (at(middle) + at(total // 2)) / 2
