"""Count charts read in whole numbers: no 0; 0,2; 0,5 ticks under a bar of 1 (issue 15)."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import String

from ripartire_desktop.reports.charts import bar_chart, count_ticks
from ripartire_desktop.reports.pdfbase import register_fonts
from ripartire_desktop.reports.tables import Bar


def tick_labels(values: list[float], *, percent: bool = False) -> list[str]:
    register_fonts()
    drawing = bar_chart(
        "Titolo", [Bar(f"voce {i}", v) for i, v in enumerate(values)], width=400,
        percent=percent, lang="it",
    )  # fmt: skip
    # The tick labels: the small strings under the axis.
    return [s.text for s in drawing.contents if isinstance(s, String) and s.fontSize == 6.5]


@pytest.mark.parametrize("biggest", [1, 2, 3, 4, 7, 12, 123, 1000])
def test_count_ticks_are_whole_numbers_covering_the_biggest_bar(biggest: int) -> None:
    labels = tick_labels([biggest, 0])
    assert all(label.replace(".", "").isdigit() for label in labels), labels
    assert int(labels[-1].replace(".", "")) >= biggest
    assert labels[0] == "0"
    assert 2 <= len(labels) <= 6


def test_a_single_family_gives_a_zero_to_one_axis() -> None:
    assert tick_labels([1]) == ["0", "1"]
    assert count_ticks(7) == [0, 2, 4, 6, 8]


def test_percent_charts_keep_their_quarters() -> None:
    assert tick_labels([40.0], percent=True) == ["0%", "25%", "50%", "75%", "100%"]
