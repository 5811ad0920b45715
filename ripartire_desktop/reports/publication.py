"""Publishing an anonymised summary through the release ledger of the vault.

`prepare` returns what may be shown or written for a period: a period already published is
re-issued frozen (the same figures, the same hidden cells); otherwise the month-additive counts
of months already covered come from the ledger (so overlapping periods always add up, even
after an erasure), and the hidden cells are chosen against every earlier release
(`reports.release.protect`). `record` adds the release to the ledger once it has left the
machine. `prepare_merged` and `record` do the same on a coordinator's vault for merged reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ripartire_desktop.domain import AidCategory, Settings
from ripartire_desktop.privacy.suppression import Position
from ripartire_desktop.reports import aggregates as agg
from ripartire_desktop.reports import reach
from ripartire_desktop.reports.aggregates import Counts, Month, Period, Summary
from ripartire_desktop.reports.bundle import MAX_COUNT
from ripartire_desktop.reports.outcome_aggregates import OUTCOME_TREES
from ripartire_desktop.reports.release import Hidden, PriorRelease, count_tables, protect
from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.records.releases import ReleaseLedger, StoredRelease

# Counts that add up over months: every leaf under these keys...
_ADDITIVE_TREES = (
    "first_contacts",
    "families_reached",
    "assessments",
    "need_baseline",
    "outcomes",
    "improvement",
    "improved_any",
    "interviews",
)
# ...and these leaves (aid families per category count each family once per period: no).
_ADDITIVE_LEAVES = (
    ("paths", "opened"),
    *(("aid", cat.value, leaf) for cat in AidCategory for leaf in ("payments", "cents")),
)


@dataclass(frozen=True)
class Prepared:
    """A summary ready to publish: its exact counts and the cells to hide."""

    summary: Summary
    hidden: Hidden
    reissued_on: str = ""  # the day it was first published, when this is a frozen re-issue
    new_months: dict[str, str] = field(default_factory=dict)  # months to freeze on publishing

    @property
    def sources(self) -> str:
        return sources_key(self.summary)


def sources_key(summary: Summary) -> str:
    return " ".join(sorted(set(summary.sources)))


def _months(period: Period) -> Iterator[Month]:
    month = period.first
    while month <= period.last:
        yield month
        month = month.next()


def _leaves(node: Counts, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for key, child in node.items():
        if isinstance(child, dict):
            yield from _leaves(child, (*path, key))
        else:
            yield (*path, key)


def _additive_paths(counts: Counts) -> list[tuple[str, ...]]:
    found = list(_ADDITIVE_LEAVES)
    for tree in _ADDITIVE_TREES:
        node = counts[tree]
        assert isinstance(node, dict)
        found += [(tree, *leaf) for leaf in _leaves(node)]
    return found


def _get(counts: Counts, path: tuple[str, ...]) -> int:
    node: int | Counts = counts
    for key in path:
        assert isinstance(node, dict)
        node = node[key]
    assert isinstance(node, int)
    return node


def _set(counts: Counts, path: tuple[str, ...], value: int) -> None:
    node = counts
    for key in path[:-1]:
        child = node[key]
        assert isinstance(child, dict)
        node = child
    node[path[-1]] = value


def _checked_counts(text: str) -> Counts:
    """Counts read back from the ledger, in the shape of `empty_counts` (or ValueError)."""
    found = json.loads(text)
    template = agg.empty_counts()
    if not isinstance(found, dict):
        raise ValueError("the ledger holds counts that are not a table of counts")
    # Releases and months recorded before the budget lines (issue 17) have none of their
    # parts: they published none of those tables.
    found = {**reach.empty_reach(), **found}
    for path in _leaves(template):
        value: object = found
        if path[0] not in found and path[0] in OUTCOME_TREES:
            continue  # recorded before the outcome indicators existed: none published then
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"the ledger's counts lack {'.'.join(path)}")
        _set(template, path, value)
    template.update(reach.checked(found, "counts", MAX_COUNT))
    return template


def _summary_json(summary: Summary) -> str:
    return json.dumps(
        {
            "counts": summary.counts,
            "organisations": list(summary.organisations),
            "capacity": summary.capacity,
            "aid_budget_cents": summary.aid_budget_cents,
            "generated": str(summary.generated),
            "sources": list(summary.sources),
        },
        sort_keys=True,
    )


def _stored_summary(stored: StoredRelease) -> Summary:
    doc = json.loads(stored.counts)
    return Summary(
        period=Period.parse(stored.first_month, stored.last_month),
        organisations=tuple(str(o) for o in doc["organisations"]),
        capacity=int(doc["capacity"]),
        aid_budget_cents=int(doc["aid_budget_cents"]),
        k=stored.k,
        generated=Month.parse(str(doc["generated"])),
        counts=_checked_counts(json.dumps(doc["counts"])),
        sources=tuple(str(s) for s in doc["sources"]),
    )


def _stored_hidden(stored: StoredRelease) -> Hidden:
    hidden: dict[str, set[Position]] = {}
    for (key, r, c), (_, is_hidden) in stored.cells.items():
        if is_hidden:
            hidden.setdefault(key, set()).add((r, c))
    return {key: frozenset(cells) for key, cells in hidden.items()}


def _prior(stored: StoredRelease) -> PriorRelease:
    return PriorRelease(_stored_summary(stored), _stored_hidden(stored), stored.published_at[:10])


def _same_period(stored: list[StoredRelease], period: Period) -> StoredRelease | None:
    first, last = str(period.first), str(period.last)
    return next((s for s in stored if (s.first_month, s.last_month) == (first, last)), None)


def prepare(
    conn: Connection, period: Period, *, settings: Settings, today: date, source: str
) -> Prepared:
    """What this vault may publish for `period` (see the module docs); ReleaseRefused if nothing."""
    ledger = ReleaseLedger(conn)
    stored = ledger.releases(source)
    again = _same_period(stored, period)
    if again is not None:
        return Prepared(_stored_summary(again), _stored_hidden(again), again.published_at[:10])
    summary = agg.compute_summary(conn, period, settings=settings, today=today, source=source)
    frozen = ledger.frozen_months(source)
    counts = json.loads(json.dumps(summary.counts))  # a deep copy
    paths = _additive_paths(counts)
    for path in paths:
        _set(counts, path, 0)
    new_months: dict[str, str] = {}
    for month in _months(period):
        if str(month) in frozen:
            month_counts = _checked_counts(frozen[str(month)])
        else:
            month_counts = agg.compute_summary(
                conn, Period(month, month), settings=settings, today=today, source=source
            ).counts
            new_months[str(month)] = json.dumps(month_counts, sort_keys=True)
        for path in paths:
            _set(counts, path, _get(counts, path) + _get(month_counts, path))
    summary = replace(summary, counts=counts)
    months = {m: _checked_counts(text) for m, text in frozen.items()}
    months.update({m: _checked_counts(text) for m, text in new_months.items()})
    hidden = protect(summary, [_prior(s) for s in stored], months=months)
    return Prepared(summary, hidden, new_months=new_months)


def prepare_merged(conn: Connection, merged: Summary, contributions: Sequence[Summary]) -> Prepared:
    """What a coordinator's vault may publish of merged bundles (`contributions`, exact), against
    its ledger of merged releases of the same vaults."""
    stored = ReleaseLedger(conn).releases(sources_key(merged))
    again = _same_period(stored, merged.period)
    if again is not None:
        return Prepared(_stored_summary(again), _stored_hidden(again), again.published_at[:10])
    priors = [_prior(s) for s in stored]
    return Prepared(merged, protect(merged, priors, contributions=contributions))


def freeze(conn: Connection, prepared: Prepared) -> None:
    """Keep the months this summary counted, so later periods add up to it (bundles too)."""
    if prepared.new_months:
        with transaction(conn) as tx:
            ReleaseLedger(tx).freeze_months(prepared.sources, prepared.new_months)


def record(conn: Connection, prepared: Prepared, *, published_at: str) -> None:
    """Add the release to the ledger (nothing for a frozen re-issue: it is there already)."""
    if prepared.reissued_on:
        return
    summary = prepared.summary
    cells = []
    for key, table in count_tables(summary).items():
        hidden = prepared.hidden.get(key, frozenset())
        for pos in table.positions():
            cells.append(((key, pos[0], pos[1]), table.value(pos), pos in hidden))
    with transaction(conn) as tx:
        ledger = ReleaseLedger(tx)
        ledger.add(
            published_at=published_at,
            sources=prepared.sources,
            first_month=str(summary.period.first),
            last_month=str(summary.period.last),
            k=summary.k,
            counts=_summary_json(summary),
            cells=cells,
        )
        ledger.freeze_months(prepared.sources, prepared.new_months)
