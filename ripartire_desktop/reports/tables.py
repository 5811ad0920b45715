"""The anonymised summary's tables as they will be published: suppressed, labelled, formatted.

One function, `published_tables`, turns a `Summary` (exact counts) into what the PDF prints and
`--preview` shows: the same strings in both, so the preview is exactly what leaves the machine.
Suppression follows `privacy.suppression`; columns of amounts and hours follow the pattern of
the counts beside them, and percentages are printed only from published counts. Totals of
different tables that often hold the same number (e.g. closures and families with an exit
score) are linked: when one is hidden, an equal one elsewhere is hidden too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

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
    WorkType,
    format_cents,
    label,
)
from ripartire_desktop.privacy.suppression import (
    NOT_PUBLISHED,
    CountTable,
    Mark,
    Position,
    SuppressedTable,
    ratio,
)
from ripartire_desktop.reports import aggregates as agg
from ripartire_desktop.reports.aggregates import Counts, Summary
from ripartire_desktop.reports.strings import (
    format_decimal,
    format_int,
    format_percent,
    t,
)


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


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str


@dataclass(frozen=True)
class PublishedSummary:
    key_figures: list[KeyFigure]
    tables: list[PublishedTable]
    k: int


# --- helpers ----------------------------------------------------------------------------------


def _node(counts: Counts, key: str) -> Counts:
    node = counts[key]
    assert isinstance(node, dict)
    return node


def _leaf(node: Counts, key: str) -> int:
    value = node[key]
    assert isinstance(value, int)
    return value


def _matrix(node: Counts, rows: Sequence[str], cols: Sequence[str]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(_leaf(_node(node, r), c) for c in cols) for r in rows)


def _vector(node: Counts, rows: Sequence[str]) -> tuple[tuple[int, ...], ...]:
    return tuple((_leaf(node, r),) for r in rows)


def _vocab(values: Sequence[StrEnum], lang: str) -> list[str]:
    return [label(v, lang) for v in values]


@dataclass
class _Builder:
    """The suppressed tables of one summary, with linked totals resolved."""

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


def _suppress_all(b: _Builder, hidden: Mapping[str, frozenset[Position]] | None) -> None:
    """Mark the cells `hidden` names (by default: this release protected on its own)."""
    from ripartire_desktop.reports.release import count_tables as all_tables
    from ripartire_desktop.reports.release import protect

    b.tables = all_tables(b.summary)
    if hidden is None:
        hidden = protect(b.summary)
    for key, table in b.tables.items():
        cells = hidden.get(key, frozenset())
        marks = {
            p: (Mark.COMPLEMENTARY if p in cells and table.value(p) > 0 else Mark.PUBLISHED)
            for p in table.positions()
        }
        b.suppressed[key] = SuppressedTable(table, b.summary.k, marks)


# --- the tables -------------------------------------------------------------------------------


def count_tables(summary: Summary) -> dict[str, CountTable]:
    c = summary.counts
    channels = [ch.value for ch in Channel]
    return {
        "first_contacts": CountTable.column(
            r[0] for r in _vector(_node(c, "first_contacts"), channels)
        ),
        "reached": CountTable(
            _matrix(_node(c, "families_reached"), [*channels, agg.NOT_RECORDED], agg.KNOWN_KEYS)
        ),
        "assessments": CountTable.column(
            r[0] for r in _vector(_node(c, "assessments"), [d.value for d in Decision])
        ),
        "needs": CountTable(
            _matrix(_node(c, "need_baseline"), [a.value for a in NeedArea], agg.SEVERITIES),
            row_totals=True,
            col_totals=False,  # per-area groups overlap: a family has several needs
        ),
        "households": CountTable(
            _matrix(_node(c, "households"), agg.MINORS_BUCKETS, agg.ADULTS_BUCKETS)
        ),
        "children": CountTable.column(
            r[0] for r in _vector(_node(c, "children_age"), agg.CHILD_AGE_KEYS)
        ),
        "improvement": CountTable(
            _matrix(_node(c, "improvement"), [a.value for a in NeedArea], agg.IMPROVEMENT_KEYS),
            row_totals=True,
            col_totals=False,
        ),
        "improved_any": CountTable.column(
            r[0] for r in _vector(_node(c, "improved_any"), agg.IMPROVEMENT_KEYS)
        ),
        "interviews": CountTable.column(
            _leaf(_node(_node(c, "interviews"), m.value), "interviews") for m in InterviewMode
        ),
        "actions": CountTable(
            _matrix(
                _node(c, "actions"), [a.value for a in ActionType], [s.value for s in ActionStatus]
            )
        ),
        # Families per category do not add up to the families helped (one family, several
        # categories), but the euros beside them do: the column is suppressed as if it had a
        # total, so that no single category's amount can be recovered from the total paid.
        "aid": CountTable.column(
            _leaf(_node(_node(c, "aid"), cat.value), "families") for cat in AidCategory
        ),
        "outcomes": CountTable.column(
            r[0] for r in _vector(_node(c, "outcomes"), agg.OUTCOME_KEYS)
        ),
    }


def _one_way(
    b: _Builder,
    key: str,
    labels: list[str],
    *,
    count_header: str,
    row_header: str,
    with_share: bool = True,
) -> PublishedTable:
    st = b.suppressed[key]
    n = len(labels)
    total_pos = (n, 0)
    rows = []
    bars = []
    for i, name in enumerate(labels):
        cells = [name, b.fmt(st, (i, 0))]
        if with_share:
            cells.append(b.percent(ratio(st.published((i, 0)), st.published(total_pos))))
        rows.append(cells)
        bars.append(
            Bar(name, None if st.hidden((i, 0)) else st.table.value((i, 0)), st.text((i, 0)))
        )
    total = [t("total", b.lang), b.fmt(st, total_pos)] + (
        [b.percent(ratio(st.published(total_pos), st.published(total_pos)))] if with_share else []
    )
    header = [row_header, count_header] + ([t("col_share", b.lang)] if with_share else [])
    return PublishedTable(
        key=key,
        title=t(f"t_{key}", b.lang),
        note=t(f"t_{key}_note", b.lang),
        header=header,
        rows=rows,
        total=total,
        withheld=st.withheld,
        bars=bars,
    )


def _reached(b: _Builder) -> PublishedTable:
    st = b.suppressed["reached"]
    lang = b.lang
    labels = [*_vocab(list(Channel), lang), t("not_recorded", lang)]
    n, cols = len(labels), len(agg.KNOWN_KEYS)
    rows = []
    for i, name in enumerate(labels):
        known, not_known = st.published((i, 0)), st.published((i, 1))
        share = ratio(not_known, None if known is None or not_known is None else known + not_known)
        rows.append([name, *(b.fmt(st, (i, j)) for j in range(cols + 1)), b.percent(share)])
    known, not_known = st.published((n, 0)), st.published((n, 1))
    share = ratio(not_known, None if known is None or not_known is None else known + not_known)
    total = [t("total", lang), *(b.fmt(st, (n, j)) for j in range(cols + 1)), b.percent(share)]
    return PublishedTable(
        key="reached",
        title=t("t_reached", lang),
        note=t("t_reached_note", lang),
        header=[
            t("col_channel", lang),
            t("col_known", lang),
            t("col_not_known", lang),
            t("col_not_asked", lang),
            t("total", lang),
            t("col_share_not_known", lang),
        ],
        rows=rows,
        total=total,
        withheld=st.withheld,
    )


def _needs(b: _Builder) -> PublishedTable:
    st = b.suppressed["needs"]
    lang = b.lang
    rows, bars = [], []
    for i, area in enumerate(NeedArea):
        total, none = st.published((i, 4)), st.published((i, 0))
        with_need = None if total is None or none is None else total - none
        share = ratio(with_need, total)
        rows.append([label(area, lang), *(b.fmt(st, (i, j)) for j in range(5)), b.percent(share)])
        bars.append(Bar(label(area, lang), None if share is None else share * 100, "n.p."))
    return PublishedTable(
        key="needs",
        title=t("t_needs", lang),
        note=t("t_needs_note", lang),
        header=[
            t("col_area", lang),
            *(t("col_severity", lang, n=s) for s in agg.SEVERITIES),
            t("total", lang),
            t("col_with_need", lang),
        ],
        rows=rows,
        total=None,
        withheld=st.withheld,
        bars=bars,
        chart_title=t("chart_needs", lang),
        chart_percent=True,
    )


def _households(b: _Builder) -> PublishedTable:
    st = b.suppressed["households"]
    lang = b.lang
    n, cols = len(agg.MINORS_BUCKETS), len(agg.ADULTS_BUCKETS)
    rows = [
        [bucket, *(b.fmt(st, (i, j)) for j in range(cols + 1))]
        for i, bucket in enumerate(agg.MINORS_BUCKETS)
    ]
    total = [t("total", lang), *(b.fmt(st, (n, j)) for j in range(cols + 1))]
    return PublishedTable(
        key="households",
        title=t("t_households", lang),
        note=t("t_households_note", lang),
        header=[
            t("col_minors", lang),
            *(t("col_adults", lang, n=a) for a in agg.ADULTS_BUCKETS),
            t("total", lang),
        ],
        rows=rows,
        total=total,
        withheld=st.withheld,
    )


def _improvement(b: _Builder) -> PublishedTable:
    st = b.suppressed["improvement"]
    lang = b.lang
    rows, bars = [], []
    for i, area in enumerate(NeedArea):
        share = ratio(st.published((i, 0)), st.published((i, 2)))
        rows.append([label(area, lang), *(b.fmt(st, (i, j)) for j in range(3)), b.percent(share)])
        bars.append(Bar(label(area, lang), None if share is None else share * 100, "n.p."))
    return PublishedTable(
        key="improvement",
        title=t("t_improvement", lang),
        note=t("t_improvement_note", lang),
        header=[
            t("col_area", lang),
            t("col_improved", lang),
            t("col_not_improved", lang),
            t("total", lang),
            t("col_share_improved", lang),
        ],
        rows=rows,
        total=None,
        withheld=st.withheld,
        bars=bars,
        chart_title=t("chart_improvement", lang),
        chart_percent=True,
    )


def _interviews(b: _Builder) -> PublishedTable:
    st = b.suppressed["interviews"]
    lang = b.lang
    node = _node(b.summary.counts, "interviews")
    minutes = [_leaf(_node(node, m.value), "minutes") for m in InterviewMode]
    n = len(minutes)

    def hours(value: int) -> Callable[[], str]:
        return lambda: format_decimal(value / 60, lang)

    rows = [
        [label(mode, lang), b.fmt(st, (i, 0)), b.follow(st, (i, 0), hours(minutes[i]))]
        for i, mode in enumerate(InterviewMode)
    ]
    total = [t("total", lang), b.fmt(st, (n, 0)), b.follow(st, (n, 0), hours(sum(minutes)))]
    return PublishedTable(
        key="interviews",
        title=t("t_interviews", lang),
        note=t("t_interviews_note", lang),
        header=[t("col_mode", lang), t("col_interviews", lang), t("col_hours", lang)],
        rows=rows,
        total=total,
        withheld=st.withheld,
    )


def _actions(b: _Builder) -> PublishedTable:
    st = b.suppressed["actions"]
    lang = b.lang
    statuses = list(ActionStatus)
    n, cols = len(ActionType), len(statuses)
    done = statuses.index(ActionStatus.DONE)
    rows = []
    for i, kind in enumerate(ActionType):
        share = ratio(st.published((i, done)), st.published((i, cols)))
        rows.append(
            [label(kind, lang), *(b.fmt(st, (i, j)) for j in range(cols + 1)), b.percent(share)]
        )
    share = ratio(st.published((n, done)), st.published((n, cols)))
    total = [t("total", lang), *(b.fmt(st, (n, j)) for j in range(cols + 1)), b.percent(share)]
    return PublishedTable(
        key="actions",
        title=t("t_actions", lang),
        note=t("t_actions_note", lang),
        header=[
            t("col_type", lang),
            *_vocab(statuses, lang),
            t("total", lang),
            t("col_share_done", lang),
        ],
        rows=rows,
        total=total,
        withheld=st.withheld,
    )


def _aid(b: _Builder) -> PublishedTable:
    st = b.suppressed["aid"]
    lang = b.lang
    node = _node(b.summary.counts, "aid")
    payments = [_leaf(_node(node, c.value), "payments") for c in AidCategory]
    cents = [_leaf(_node(node, c.value), "cents") for c in AidCategory]
    n = len(cents)

    def money(value: int) -> Callable[[], str]:
        return lambda: format_cents(value, lang)

    def number(value: int) -> Callable[[], str]:
        return lambda: format_int(value, lang)

    rows = [
        [
            label(cat, lang),
            st.text((i, 0), format_int(st.table.value((i, 0)), lang)),
            b.follow(st, (i, 0), number(payments[i])),
            b.follow(st, (i, 0), money(cents[i])),
        ]
        for i, cat in enumerate(AidCategory)
    ]
    families_text = _single(b, "kf_aid_families")
    total = [
        t("total", lang),
        families_text,
        b.follow(st, (n, 0), number(sum(payments))),
        b.follow(st, (n, 0), money(sum(cents))),
    ]
    return PublishedTable(
        key="aid",
        title=t("t_aid", lang),
        note=t("t_aid_note", lang),
        header=[
            t("col_category", lang),
            t("col_families", lang),
            t("col_payments", lang),
            t("col_amount", lang),
        ],
        rows=rows,
        total=total,
        withheld=st.withheld,
    )


def _outcome_labels(lang: str) -> list[str]:
    labels = []
    for key in agg.OUTCOME_KEYS:
        if key.startswith(Outcome.WORK_FOUND.value + "."):
            work = WorkType(key.split(".", 1)[1])
            labels.append(t("work_found", lang, type=label(work, lang)))
        else:
            labels.append(label(Outcome(key), lang))
    return labels


def _single(b: _Builder, key: str) -> str:
    """A key figure published on its own (a one-cell table of the release)."""
    return b.fmt(b.suppressed[key], (0, 0))


# --- key figures ------------------------------------------------------------------------------


def _key_figures(b: _Builder) -> list[KeyFigure]:
    s, lang = b.summary, b.lang
    sup = b.suppressed

    def total_of(key: str, pos: Position) -> str:
        return b.fmt(sup[key], pos)

    reached = sup["reached"]
    rows = len(Channel) + 1
    known, not_known = reached.published((rows, 0)), reached.published((rows, 1))
    oscuro = ratio(not_known, None if known is None or not_known is None else known + not_known)
    active_text = _single(b, "kf_active")
    active_share = ratio(sup["kf_active"].published((0, 0)), s.capacity)
    interviews = sup["interviews"]
    n_modes = len(InterviewMode)
    minutes = sum(
        _leaf(_node(_node(s.counts, "interviews"), m.value), "minutes") for m in InterviewMode
    )
    aid = sup["aid"]
    n_cat = len(AidCategory)
    spent = sum(_leaf(_node(_node(s.counts, "aid"), c.value), "cents") for c in AidCategory)
    spent_text = b.follow(aid, (n_cat, 0), lambda: format_cents(spent, lang))
    spent_share = ratio(None if aid.hidden((n_cat, 0)) else spent, s.aid_budget_cents)
    improved = sup["improved_any"]
    improved_share = ratio(improved.published((0, 0)), improved.published((2, 0)))
    figures = [
        KeyFigure(t("kf_first_contacts", lang), total_of("first_contacts", (len(Channel), 0))),
        KeyFigure(t("kf_families_reached", lang), total_of("reached", (rows, len(agg.KNOWN_KEYS)))),
        KeyFigure(
            t("kf_numero_oscuro", lang),
            b.percent(oscuro) or ("—" if known == not_known == 0 else NOT_PUBLISHED),
        ),
        KeyFigure(t("kf_assessments", lang), total_of("assessments", (len(Decision), 0))),
        KeyFigure(
            t("kf_on_path", lang),
            total_of("households", (len(agg.MINORS_BUCKETS), len(agg.ADULTS_BUCKETS))),
        ),
        KeyFigure(t("kf_opened", lang), _single(b, "kf_opened")),
        KeyFigure(
            t("kf_active", lang, capacity=format_int(s.capacity, lang)),
            active_text + (f" ({b.percent(active_share)})" if active_share is not None else ""),
        ),
        KeyFigure(t("kf_waiting", lang), _single(b, "kf_waiting")),
        KeyFigure(t("kf_interviews", lang), total_of("interviews", (n_modes, 0))),
        KeyFigure(
            t("kf_hours", lang),
            b.follow(interviews, (n_modes, 0), lambda: format_decimal(minutes / 60, lang)),
        ),
        KeyFigure(t("kf_families_interviewed", lang), _single(b, "kf_families_interviewed")),
        KeyFigure(
            t("kf_aid", lang),
            spent_text + (f" ({b.percent(spent_share)})" if spent_share is not None else ""),
        ),
        KeyFigure(t("kf_budget", lang), format_cents(s.aid_budget_cents, lang)),
        KeyFigure(t("kf_aid_families", lang), _single(b, "kf_aid_families")),
        KeyFigure(t("kf_closures", lang), total_of("outcomes", (len(agg.OUTCOME_KEYS), 0))),
        KeyFigure(
            t("kf_improved", lang),
            b.fmt(improved, (0, 0))
            + (f" ({b.percent(improved_share)})" if improved_share is not None else ""),
        ),
    ]
    objections = _leaf(s.counts, "statistics_objections")
    if objections:
        figures.append(KeyFigure(t("kf_objections", lang), _single(b, "kf_objections")))
    return figures


def published_tables(
    summary: Summary, lang: str = "it", hidden: Mapping[str, frozenset[Position]] | None = None
) -> PublishedSummary:
    """Everything the anonymised report prints: the cells `hidden` names are "n.p.".

    Without `hidden`, the release is protected on its own (`reports.release.protect` with an
    empty ledger); the commands that publish pass the cells chosen against the ledger.
    """
    b = _Builder(summary, lang)
    _suppress_all(b, hidden)
    first_contacts = _one_way(
        b,
        "first_contacts",
        _vocab(list(Channel), lang),
        count_header=t("col_contacts", lang),
        row_header=t("col_channel", lang),
    )
    first_contacts = replace(first_contacts, chart_title=t("chart_contacts", lang))
    children_labels = [label(AgeBand(band), lang) for band in agg.MINOR_BANDS] + [
        t("not_recorded", lang)
    ]
    tables = [
        first_contacts,
        _reached(b),
        _one_way(
            b,
            "assessments",
            _vocab(list(Decision), lang),
            count_header=t("col_families", lang),
            row_header=t("col_decision", lang),
        ),
        _needs(b),
        _households(b),
        _one_way(
            b,
            "children",
            children_labels,
            count_header=t("col_children", lang),
            row_header=t("col_age_band", lang),
        ),
        _interviews(b),
        _actions(b),
        _aid(b),
        _one_way(
            b,
            "outcomes",
            _outcome_labels(lang),
            count_header=t("col_families", lang),
            row_header=t("col_result", lang),
        ),
        _improvement(b),
        _one_way(
            b,
            "improved_any",
            [t("col_improved", lang), t("col_not_improved", lang)],
            count_header=t("col_families", lang),
            row_header=t("col_result", lang),
        ),
    ]
    return PublishedSummary(key_figures=_key_figures(b), tables=tables, k=summary.k)


def preview_text(
    summary: Summary, lang: str = "it", hidden: Mapping[str, frozenset[Position]] | None = None
) -> str:
    """The published tables as plain text: exactly what the PDF will contain, for --preview."""
    published = published_tables(summary, lang, hidden)
    lines: list[str] = []
    width = max(len(f.label) for f in published.key_figures)
    lines.append(t("key_figures", lang).upper())
    for figure in published.key_figures:
        lines.append(f"  {figure.label:<{width}}  {figure.value}")
    for table in published.tables:
        lines.append("")
        lines.append(table.title.upper())
        if table.withheld:
            lines.append("  " + t("withheld", lang))
            continue
        body = [table.header, *table.rows] + ([table.total] if table.total else [])
        widths = [max(len(row[c]) for row in body) for c in range(len(table.header))]
        for row in body:
            cells = [
                cell.ljust(widths[c]) if c < table.numeric_from else cell.rjust(widths[c])
                for c, cell in enumerate(row)
            ]
            lines.append("  " + "  ".join(cells).rstrip())
    lines.append("")
    k = summary.k
    lines.append(t("summary_rules", lang, k=k, k1=k - 1))
    return "\n".join(lines) + "\n"
