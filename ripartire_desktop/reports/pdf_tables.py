"""A document's tables declared by their columns: each column's header (a text key of
reports/strings.py) beside its share of the page's content width."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Table

from ripartire_desktop.reports.pdfbase import CONTENT_WIDTH, Styles, grid
from ripartire_desktop.reports.strings import t

# A table's columns: (the text key of its header, its share of the content width).
Columns = tuple[tuple[str, float], ...]


def table(
    columns: Columns,
    rows: Sequence[Sequence[object]],
    st: Styles,
    lang: str,
    *,
    right_from: int | None = None,
    bold_last: bool = False,
) -> Table:
    """`grid` of `rows` under a header row of `columns`, each column its share of the width."""
    header = [t(key, lang) for key, _share in columns]
    widths = [CONTENT_WIDTH * share for _key, share in columns]
    return grid([header, *rows], widths, st, right_from=right_from, bold_last=bold_last)
