"""The published tables of the anonymised summary, one small description each, and the one
builder that turns a description and the suppressed counts into what is printed.

Every table prints, row by row: its label, its counts (with the row total when the table has
one), the magnitudes that follow the counts (hours, payments, euros: hidden exactly when the
count is), and a percentage computed from published counts only. Tables whose groups add up
end with a totals row built the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import Literal

from ripartire_desktop.domain import format_cents, label, vocab
from ripartire_desktop.privacy.suppression import (
    NOT_PUBLISHED,
    CountTable,
    Position,
    SuppressedTable,
    ratio,
)
from ripartire_desktop.reports import aggregates as agg
from ripartire_desktop.reports.aggregates import Counts, Summary
from ripartire_desktop.reports.strings import format_decimal, format_int, format_percent, t

Published = Callable[[Position], int | None]  # a cell's count when published, else None
Share = Callable[[Published, int, int], float | None]  # (published, row, total row) -> share


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: hidden, drawn as "n.p."/"<k" text instead of a bar
    hidden_text: str = ""


@dataclass(frozen=True)
class PublishedTable:
    key: str
    title: str
    note: str
    header: list[str]
    rows: list[list[str]]  # first cell is the row label
    total: list[str] | None  # the totals row, if the table has one
    numeric_from: int = 1  # columns from here on are right-aligned numbers
    withheld: bool = False
    bars: list[Bar] = field(default_factory=list)  # what its chart may draw
    chart_title: str = ""
    chart_percent: bool = False


def node(counts: Counts, key: str) -> Counts:
    found = counts[key]
    assert isinstance(found, dict)
    return found


def leaf(counts: Counts, key: str) -> int:
    value = counts[key]
    assert isinstance(value, int)
    return value


@dataclass
class Builder:
    """The suppressed tables of one summary, in one language."""

    summary: Summary
    lang: str
    tables: dict[str, CountTable] = field(default_factory=dict)
    suppressed: dict[str, SuppressedTable] = field(default_factory=dict)

    def fmt(self, st: SuppressedTable, pos: Position) -> str:
        return st.text(pos, format_int(st.table.value(pos), self.lang))

    def follow(self, st: SuppressedTable, pos: Position, text: Callable[[], str]) -> str:
        """A magnitude beside a count (hours, euros): hidden exactly when the count is, and
        then always "n.p." ("<5" beside an amount would read as "less than 5 euros")."""
        return NOT_PUBLISHED if st.hidden(pos) else text()

    def percent(self, share: float | None) -> str:
        return format_percent(share, self.lang)

    def single(self, key: str) -> str:
        """A key figure published on its own (a one-cell table of the release)."""
        return self.fmt(self.suppressed[key], (0, 0))


@dataclass(frozen=True)
class Follow:
    """A magnitude column: counts[node][row key][leaf] for each row, summed on the totals row."""

    node: str
    keys: tuple[str, ...]
    leaf: str
    text: Callable[[int, str], str]  # (value, lang) -> printed

    def values(self, counts: Counts) -> list[int]:
        return [leaf(node(node(counts, self.node), key), self.leaf) for key in self.keys]


@dataclass(frozen=True)
class TableSpec:
    key: str
    labels: Callable[[str], list[str]]
    header: Callable[[str], list[str]]
    share: Share | None = None  # the last column, a percentage
    follows: tuple[Follow, ...] = ()
    bars: Literal["", "counts", "share"] = ""
    chart: str = ""  # the strings key of its chart's title
    total_from: str = ""  # a one-cell table whose text replaces the totals row's count


def build_table(b: Builder, spec: TableSpec) -> PublishedTable:
    st = b.suppressed[spec.key]
    table, lang = st.table, b.lang
    labels = spec.labels(lang)
    n = len(labels)
    width = table.n_cols + (1 if table.row_totals else 0)
    magnitudes = [(f, f.values(b.summary.counts)) for f in spec.follows]

    def cells(i: int) -> list[str]:
        row = [b.fmt(st, (i, j)) for j in range(width)]
        for follow, values in magnitudes:
            value = sum(values) if i == n else values[i]
            row.append(b.follow(st, (i, 0), partial(follow.text, value, lang)))
        if spec.share is not None:
            row.append(b.percent(spec.share(st.published, i, n)))
        return row

    rows = [[name, *cells(i)] for i, name in enumerate(labels)]
    total = None
    if table.col_totals:
        total = [t("total", lang), *cells(n)]
        if spec.total_from:
            total[1] = b.single(spec.total_from)
    return PublishedTable(
        key=spec.key,
        title=t(f"t_{spec.key}", lang),
        note=t(f"t_{spec.key}_note", lang),
        header=spec.header(lang),
        rows=rows,
        total=total,
        withheld=st.withheld,
        bars=_bars(st, spec, labels),
        chart_title=t(spec.chart, lang) if spec.chart else "",
        chart_percent=spec.bars == "share",
    )


def _bars(st: SuppressedTable, spec: TableSpec, labels: list[str]) -> list[Bar]:
    if spec.bars == "counts":
        return [
            Bar(name, None if st.hidden((i, 0)) else st.table.value((i, 0)), st.text((i, 0)))
            for i, name in enumerate(labels)
        ]
    if spec.bars == "share" and spec.share is not None:
        shares = [spec.share(st.published, i, len(labels)) for i in range(len(labels))]
        return [
            Bar(name, None if s is None else s * 100, "n.p.")
            for name, s in zip(labels, shares, strict=True)
        ]
    return []


# --- shares ----------------------------------------------------------------------------------


def _both(a: int | None, b: int | None) -> tuple[int, int] | None:
    return None if a is None or b is None else (a, b)


def of_total(p: Published, i: int, n: int) -> float | None:
    """A row's share of the column total."""
    return ratio(p((i, 0)), p((n, 0)))


def not_known_share(p: Published, i: int, _n: int) -> float | None:
    """Of the families asked, the share not known to the social services (the numero oscuro)."""
    pair = _both(p((i, 0)), p((i, 1)))
    return ratio(p((i, 1)), None if pair is None else sum(pair))


def _with_need(p: Published, i: int, _n: int) -> float | None:
    pair = _both(p((i, 4)), p((i, 0)))  # (all scored, severity 0)
    return ratio(None if pair is None else pair[0] - pair[1], p((i, 4)))


def _columns_share(part: int, whole: int) -> Share:
    return lambda p, i, _n: ratio(p((i, part)), p((i, whole)))


# --- the tables ------------------------------------------------------------------------------


def _vocab(values: type[StrEnum]) -> Callable[[str], list[str]]:
    return lambda lang: [label(v, lang) for v in values]


def _keys(*keys: str) -> Callable[[str], list[str]]:
    return lambda lang: [t(k, lang) for k in keys]


def _around(
    first: str, middle: Callable[[str], list[str]], *last: str
) -> Callable[[str], list[str]]:
    """A header: the strings key `first`, the labels of `middle`, then the keys `last`."""
    return lambda lang: [t(first, lang), *middle(lang), *(t(k, lang) for k in last)]


def _one_way(
    key: str, labels: Callable[[str], list[str]], *header: str, chart: str = ""
) -> TableSpec:
    """Counts of one variable, each with its share of the total, drawn as bars of counts."""
    return TableSpec(key, labels, _keys(*header, "col_share"), of_total, bars="counts", chart=chart)


def _reached_labels(lang: str) -> list[str]:
    return [*_vocab(vocab.Channel)(lang), t("not_recorded", lang)]


def _children_labels(lang: str) -> list[str]:
    return [label(vocab.AgeBand(band), lang) for band in agg.MINOR_BANDS] + [
        t("not_recorded", lang)
    ]


def _outcome_labels(lang: str) -> list[str]:
    labels = []
    for key in agg.OUTCOME_KEYS:
        if key.startswith(vocab.Outcome.WORK_FOUND.value + "."):
            work = vocab.WorkType(key.split(".", 1)[1])
            labels.append(t("work_found", lang, type=label(work, lang)))
        else:
            labels.append(label(vocab.Outcome(key), lang))
    return labels


def _severities(lang: str) -> list[str]:
    return [t("col_severity", lang, n=s) for s in agg.SEVERITIES]


def _adults(lang: str) -> list[str]:
    return [t("col_adults", lang, n=a) for a in agg.ADULTS_BUCKETS]


def _hours(minutes: int, lang: str) -> str:
    return format_decimal(minutes / 60, lang)


_DONE = list(vocab.ActionStatus).index(vocab.ActionStatus.DONE)
_CATEGORIES = tuple(c.value for c in vocab.AidCategory)
INTERVIEW_MINUTES = Follow(
    "interviews", tuple(m.value for m in vocab.InterviewMode), "minutes", _hours
)
AID_PAYMENTS = Follow("aid", _CATEGORIES, "payments", format_int)
AID_CENTS = Follow("aid", _CATEGORIES, "cents", format_cents)
_REACHED_HEADER = ("col_known", "col_not_known", "col_not_asked", "total", "col_share_not_known")
_IMPROVEMENT_HEADER = ("col_improved", "col_not_improved", "total", "col_share_improved")

# Families per category of aid do not add up to the families helped: the aid table's total is
# the separately published count of families who received any aid (kf_aid_families).
TABLES: tuple[TableSpec, ...] = (
    _one_way(
        "first_contacts",
        _vocab(vocab.Channel),
        "col_channel",
        "col_contacts",
        chart="chart_contacts",
    ),
    TableSpec("reached", _reached_labels, _keys("col_channel", *_REACHED_HEADER), not_known_share),
    _one_way("assessments", _vocab(vocab.Decision), "col_decision", "col_families"),
    TableSpec(
        "needs",
        _vocab(vocab.NeedArea),
        _around("col_area", _severities, "total", "col_with_need"),
        _with_need,
        bars="share",
        chart="chart_needs",
    ),
    TableSpec(
        "households", lambda _: list(agg.MINORS_BUCKETS), _around("col_minors", _adults, "total")
    ),
    _one_way("children", _children_labels, "col_age_band", "col_children"),
    TableSpec(
        "interviews",
        _vocab(vocab.InterviewMode),
        _keys("col_mode", "col_interviews", "col_hours"),
        follows=(INTERVIEW_MINUTES,),
    ),
    TableSpec(
        "actions",
        _vocab(vocab.ActionType),
        _around("col_type", _vocab(vocab.ActionStatus), "total", "col_share_done"),
        _columns_share(_DONE, len(vocab.ActionStatus)),
    ),
    TableSpec(
        "aid",
        _vocab(vocab.AidCategory),
        _keys("col_category", "col_families", "col_payments", "col_amount"),
        follows=(AID_PAYMENTS, AID_CENTS),
        total_from="kf_aid_families",
    ),
    _one_way("outcomes", _outcome_labels, "col_result", "col_families"),
    TableSpec(
        "improvement",
        _vocab(vocab.NeedArea),
        _keys("col_area", *_IMPROVEMENT_HEADER),
        _columns_share(0, 2),
        bars="share",
        chart="chart_improvement",
    ),
    _one_way(
        "improved_any", _keys("col_improved", "col_not_improved"), "col_result", "col_families"
    ),
)
