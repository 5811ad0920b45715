"""The anonymised summary PDF for partners and funders: key figures, tables, charts.

Everything printed comes from `reports.tables.published_tables`, the same strings `--preview`
shows. No name, code, free text or day reaches this document: optional stories are redacted
(`privacy.redaction`) before they are laid out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ripartire_desktop.privacy.redaction import redact
from ripartire_desktop.privacy.suppression import Position
from ripartire_desktop.reports.aggregates import Summary
from ripartire_desktop.reports.charts import bar_chart
from ripartire_desktop.reports.pdfbase import (
    CONTENT_WIDTH,
    Metadata,
    PageFurniture,
    Styles,
    column_widths,
    escape,
    gap,
    grid,
    para,
    render,
    styles,
    write_pdf,
)
from ripartire_desktop.reports.strings import format_int, format_month, period_label, t
from ripartire_desktop.reports.tables import PublishedTable, published_tables


@dataclass(frozen=True)
class Story:
    """A short case story and the identifiers of the family it is about (for redaction)."""

    text: str
    identifiers: tuple[str, ...] = ()

    def redacted(self) -> str:
        return redact(self.text, self.identifiers)


def _widths(table: PublishedTable) -> list[float]:
    rows = [table.header, *table.rows] + ([table.total] if table.total else [])
    # Few columns: a narrower table keeps the numbers near their labels.
    if len(table.header) > 4:
        return column_widths(rows, CONTENT_WIDTH)
    return column_widths(rows, CONTENT_WIDTH * 0.8, label_max=0.6)


def _table(table: PublishedTable, st: Styles, lang: str) -> list[Flowable]:
    head: list[Flowable] = [Paragraph(escape(table.title), st.h1), para(table.note, st.muted)]
    if table.withheld:
        return [KeepTogether([*head, para(t("withheld", lang), st.body)])]
    rows: list[Sequence[object]] = [table.header, *table.rows]
    if table.total:
        rows.append(table.total)
    body = grid(
        rows, _widths(table), st, right_from=table.numeric_from, bold_last=bool(table.total)
    )
    body.hAlign = "LEFT"
    items: list[Flowable] = [KeepTogether([*head, gap(2), body])]
    if table.chart_title and table.bars:
        chart = bar_chart(
            table.chart_title,
            table.bars,
            width=CONTENT_WIDTH,
            percent=table.chart_percent,
            lang=lang,
        )
        items += [gap(8), chart]
    return items


def summary_pdf(
    summary: Summary,
    *,
    lang: str = "it",
    stories: Sequence[Story] = (),
    hidden: Mapping[str, frozenset[Position]] | None = None,
    reissued_on: str = "",
) -> bytes:
    """The PDF; `hidden` as chosen against the ledger (`reports.publication`), `reissued_on`
    the day a frozen re-issue was first published."""
    st = styles()
    published = published_tables(summary, lang, hidden)
    period = period_label(summary, lang)
    organisations = "; ".join(summary.organisations)
    k = summary.k
    intro: list[Flowable] = [
        Paragraph(escape(t("summary_title", lang)), st.title),
        Paragraph(f"<b>{escape(t('summary_period', lang, period=period))}</b>", st.body),
    ]
    if organisations:
        intro.append(para(t("summary_organisations", lang, names=organisations), st.body))
    generated = format_month(summary.generated.year, summary.generated.month, lang)
    intro.append(para(t("summary_generated", lang, month=generated), st.body))
    if len(summary.sources) > 1:
        intro.append(
            para(t("summary_sources", lang, n=format_int(len(summary.sources), lang)), st.body)
        )
    intro += [gap(2), para(t("summary_rules", lang, k=k, k1=k - 1), st.muted)]
    if reissued_on:
        intro.append(para(t("summary_reissued", lang, day=reissued_on), st.muted))
    figures = [[t("col_figure", lang), t("col_value", lang)]] + [
        [f.label, f.value] for f in published.key_figures
    ]
    story: list[Flowable] = [
        *intro,
        KeepTogether(
            [
                Paragraph(escape(t("key_figures", lang)), st.h1),
                grid(figures, [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3], st, right_from=1),
            ]
        ),
    ]
    first = published.tables[0]
    if not first.withheld and first.bars:
        story += [
            gap(10),
            bar_chart(first.chart_title, first.bars, width=CONTENT_WIDTH, percent=False, lang=lang),
        ]
    for table in published.tables:
        story += _table(table if table.key != first.key else _without_chart(table), st, lang)
    if stories:
        story.append(Paragraph(escape(t("stories_title", lang)), st.h1))
        story += [para(s.redacted(), st.body) for s in stories]
    return render(
        story,
        metadata=Metadata(
            title=t("summary_subject", lang, period=str(summary.period)),
            author=organisations,
            subject=t("summary_title", lang),
        ),
        furniture=PageFurniture(
            lang=lang,
            header_left=t("anonymous_mark", lang),
            header_right=period,
            footer_left=organisations,
            footer_right=t("summary_generated", lang, month=generated),
        ),
    )


def _without_chart(table: PublishedTable) -> PublishedTable:
    from dataclasses import replace

    return replace(table, chart_title="")


def preview_stories(stories: Iterable[Story], lang: str = "it") -> str:
    texts = [s.redacted() for s in stories]
    if not texts:
        return ""
    return t("stories_title", lang).upper() + "\n" + "\n\n".join(texts) + "\n"


def write_summary(path: Path, summary: Summary, *, lang: str = "it") -> None:
    """The PDF of `summary` as it stands, nothing hidden, written crash-safely to `path` (the
    self-test's and the measures'; a release writes `summary_pdf` with what it hides)."""
    write_pdf(path, summary_pdf(summary, lang=lang))
