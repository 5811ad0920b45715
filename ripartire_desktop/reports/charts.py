"""Horizontal bar charts for the anonymised summary, drawn with reportlab.graphics shapes.

Only published values become bars; a hidden value gets its "<k" or "n.p." mark where the bar
would be, so the chart never shows more than the tables.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from ripartire_desktop.reports.pdfbase import ACCENT, FONT, FONT_BOLD, MUTED, RULE, fit_line
from ripartire_desktop.reports.strings import format_decimal
from ripartire_desktop.reports.tables import Bar

BAR_HEIGHT = 11
BAR_GAP = 5
LABEL_SIZE = 7.5
TITLE_SIZE = 9


def count_ticks(value: float) -> list[int]:
    """Whole-number ticks from 0 to a round end at or above `value`, at most five steps of
    1, 2 or 5 times a power of ten: a count axis never reads 0; 0,2; 0,5."""
    if value <= 0:
        return [0, 1]
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    steps = math.ceil(value / step)
    return [i * step for i in range(steps + 1)]


def bar_chart(
    title: str, bars: Sequence[Bar], *, width: float, percent: bool, lang: str
) -> Drawing:
    n = max(1, len(bars))
    label_width = width * 0.36
    value_width = 34.0
    plot_left = label_width + 6
    plot_width = max(10.0, width - plot_left - value_width)
    top_space, bottom_space = 18, 16
    height = top_space + n * (BAR_HEIGHT + BAR_GAP) + bottom_space
    # The renderer's starting font would otherwise be Helvetica, named in the PDF, not embedded.
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=LABEL_SIZE)
    drawing.add(
        String(0, height - 11, fit_line(title, FONT_BOLD, TITLE_SIZE, width), fontName=FONT_BOLD,
               fontSize=TITLE_SIZE, fillColor=ACCENT)
    )  # fmt: skip
    shown = [b.value for b in bars if b.value is not None]
    ticks = [0, 25, 50, 75, 100] if percent else count_ticks(max(shown, default=0))
    scale = float(ticks[-1])
    axis_y = bottom_space
    for tick in ticks:
        x = plot_left + plot_width * tick / scale
        drawing.add(Line(x, axis_y, x, height - top_space + 2, strokeColor=RULE, strokeWidth=0.4))
        text = f"{tick}%" if percent else format_decimal(tick, lang, 0)
        drawing.add(
            String(x, axis_y - 10, text, fontName=FONT, fontSize=6.5, fillColor=MUTED,
                   textAnchor="middle")
        )  # fmt: skip
    for i, bar in enumerate(bars):
        y = height - top_space - (i + 1) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP / 2
        name = fit_line(bar.label, FONT, LABEL_SIZE, label_width)
        drawing.add(
            String(label_width, y + 3, name, fontName=FONT, fontSize=LABEL_SIZE,
                   textAnchor="end")
        )  # fmt: skip
        if bar.value is None:
            drawing.add(
                String(plot_left + 3, y + 3, bar.hidden_text or "n.p.", fontName=FONT,
                       fontSize=LABEL_SIZE, fillColor=MUTED)
            )  # fmt: skip
            continue
        length = plot_width * min(1.0, max(0.0, bar.value / scale))
        drawing.add(Rect(plot_left, y, length, BAR_HEIGHT, fillColor=ACCENT, strokeColor=None))
        value = f"{round(bar.value)}%" if percent else format_decimal(bar.value, lang, 0)
        drawing.add(
            String(plot_left + length + 3, y + 3, value, fontName=FONT, fontSize=LABEL_SIZE)
        )
    drawing.add(Line(plot_left, axis_y, plot_left + plot_width, axis_y, strokeColor=MUTED,
                     strokeWidth=0.6))  # fmt: skip
    return drawing
