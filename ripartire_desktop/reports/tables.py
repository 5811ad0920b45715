"""The anonymised summary's tables as they will be published: suppressed, labelled, formatted.

One function, `published_tables`, turns a `Summary` (exact counts) into what the PDF prints and
`--preview` shows: the same strings in both, so the preview is exactly what leaves the machine.
Suppression follows `privacy.suppression`; columns of amounts and hours follow the pattern of
the counts beside them, and percentages are printed only from published counts. Totals of
different tables that often hold the same number (e.g. closures and families with an exit
score) are linked: when one is hidden, an equal one elsewhere is hidden too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AidCategory,
    Channel,
    Decision,
    InterviewMode,
    NeedArea,
)
from ripartire_desktop.privacy.suppression import CountTable, Mark, Position, SuppressedTable
from ripartire_desktop.reports import aggregates as agg
from ripartire_desktop.reports import reach_tables
from ripartire_desktop.reports.aggregates import Counts, Summary
from ripartire_desktop.reports.key_figures import KeyFigure, key_figures
from ripartire_desktop.reports.outcome_tables import outcome_count_tables, outcome_tables
from ripartire_desktop.reports.strings import t
from ripartire_desktop.reports.table_specs import (
    TABLES,
    Bar,
    Builder,
    PublishedTable,
    build_table,
    leaf,
    node,
)

__all__ = [
    "Bar",
    "KeyFigure",
    "PublishedSummary",
    "PublishedTable",
    "count_tables",
    "preview_text",
    "published_tables",
]


@dataclass(frozen=True)
class PublishedSummary:
    key_figures: list[KeyFigure]
    tables: list[PublishedTable]
    k: int


@dataclass(frozen=True)
class CountSpec:
    """Where a table's exact counts are in a summary: counts[node][row][col], or, for a column
    of counts, counts[node][row] (or counts[node][row][leaf])."""

    node: str
    rows: tuple[str, ...]
    cols: tuple[str, ...] = ()
    leaf: str = ""
    overlapping: bool = False  # groups overlap (a family has several needs): no column totals

    def table(self, counts: Counts) -> CountTable:
        top = node(counts, self.node)
        if self.cols:
            cells = tuple(tuple(leaf(node(top, r), c) for c in self.cols) for r in self.rows)
            return CountTable(cells, row_totals=True, col_totals=not self.overlapping)
        if self.leaf:
            return CountTable.column(leaf(node(top, r), self.leaf) for r in self.rows)
        return CountTable.column(leaf(top, r) for r in self.rows)


def _values(vocabulary: Sequence[object]) -> tuple[str, ...]:
    return tuple(str(getattr(v, "value", v)) for v in vocabulary)


_CHANNELS = _values(list(Channel))
_AREAS = _values(list(NeedArea))
COUNTS: dict[str, CountSpec] = {
    "first_contacts": CountSpec("first_contacts", _CHANNELS),
    "reached": CountSpec("families_reached", (*_CHANNELS, agg.NOT_RECORDED), agg.KNOWN_KEYS),
    "assessments": CountSpec("assessments", _values(list(Decision))),
    "needs": CountSpec("need_baseline", _AREAS, agg.SEVERITIES, overlapping=True),
    "households": CountSpec("households", agg.MINORS_BUCKETS, agg.ADULTS_BUCKETS),
    "children": CountSpec("children_age", agg.CHILD_AGE_KEYS),
    "improvement": CountSpec("improvement", _AREAS, agg.IMPROVEMENT_KEYS, overlapping=True),
    "improved_any": CountSpec("improved_any", agg.IMPROVEMENT_KEYS),
    "interviews": CountSpec("interviews", _values(list(InterviewMode)), leaf="interviews"),
    "actions": CountSpec("actions", _values(list(ActionType)), _values(list(ActionStatus))),
    # Families per category do not add up to the families helped (one family, several
    # categories), but the euros beside them do: the column is suppressed as if it had a
    # total, so that no single category's amount can be recovered from the total paid.
    "aid": CountSpec("aid", _values(list(AidCategory)), leaf="families"),
    "outcomes": CountSpec("outcomes", agg.OUTCOME_KEYS),
}


def count_tables(summary: Summary) -> dict[str, CountTable]:
    found = {key: spec.table(summary.counts) for key, spec in COUNTS.items()}
    found.update(outcome_count_tables(summary.counts))
    return found


def _suppress_all(b: Builder, hidden: Mapping[str, frozenset[Position]] | None) -> None:
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


def published_tables(
    summary: Summary, lang: str = "it", hidden: Mapping[str, frozenset[Position]] | None = None
) -> PublishedSummary:
    """Everything the anonymised report prints: the cells `hidden` names are "n.p.".

    Without `hidden`, the release is protected on its own (`reports.release.protect` with an
    empty ledger); the commands that publish pass the cells chosen against the ledger.
    """
    b = Builder(summary, lang)
    _suppress_all(b, hidden)
    tables = [build_table(b, spec) for spec in TABLES] + outcome_tables(b)
    tables += reach_tables.published(b)
    return PublishedSummary(key_figures=key_figures(b), tables=tables, k=summary.k)


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
