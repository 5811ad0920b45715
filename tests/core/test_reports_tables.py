"""The anonymised report's printed strings obey the suppression rules, whatever the counts."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.reports.aggregates import Counts, Month, Period, Summary, empty_counts
from ripartire_desktop.reports.tables import preview_text, published_tables

INTEGER = re.compile(r"\d{1,3}(\.\d{3})*")  # an Italian-formatted whole number


@st.composite
def summaries(draw: st.DrawFn) -> Summary:
    count = st.one_of(st.integers(0, 6), st.integers(0, 40))

    def sizes(node: Counts) -> Counts:
        """A distribution of changes: zeros but for a few drawn values (drawing every one of
        the hundreds of euro steps would make the smallest example huge)."""
        out = dict(node)
        for _ in range(draw(st.integers(0, 3))):
            out[draw(st.sampled_from(sorted(out)))] = draw(count)
        return out

    def fill(node: Counts) -> Counts:
        out: Counts = {}
        for key, value in node.items():
            if key.endswith("_size") and isinstance(value, dict):
                out[key] = {inner: sizes(v) for inner, v in value.items()}  # type: ignore[arg-type]
                continue
            out[key] = fill(value) if isinstance(value, dict) else draw(count)
        # What real data guarantees: every payment is to a family and worth at least a cent,
        # every interview lasts at least a minute.
        if "families" in out:
            families = out["families"]
            assert isinstance(families, int)
            out["payments"] = families + (draw(count) if families else 0)
            out["cents"] = (out["payments"] or 0) * draw(st.integers(1, 100_000))  # type: ignore[operator]
        if "minutes" in out:
            interviews = out["interviews"]
            assert isinstance(interviews, int)
            out["minutes"] = interviews * draw(st.integers(1, 120))
        return out

    return Summary(
        period=Period(Month(2026, 1), Month(2026, 6)),
        organisations=("Ente",),
        capacity=25,
        aid_budget_cents=draw(st.integers(0, 10**7)),
        k=draw(st.integers(3, 8)),
        generated=Month(2026, 7),
        counts=fill(empty_counts()),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(summaries())
def test_no_printed_count_is_small_and_no_share_comes_from_a_hidden_count(s: Summary) -> None:
    published = published_tables(s)
    k = s.k
    for table in published.tables:
        if table.withheld:
            continue
        for row in [*table.rows, *([table.total] if table.total else [])]:
            for cell in row[1:]:
                if INTEGER.fullmatch(cell):
                    value = int(cell.replace(".", ""))
                    assert value == 0 or value >= k, (table.key, row)
            hidden = any(cell in (f"<{k}", "n.p.") for cell in row[1:-1])
            if row[-1].endswith("%") and table.key in ("first_contacts", "assessments"):
                assert row[1] not in (f"<{k}", "n.p.")
            if table.key == "improvement" and row[-1].endswith("%"):
                assert not hidden
            marks = (f"<{k}", "n.p.")
            if table.key == "needs" and row[-1].endswith("%"):  # from severity 0 and the total
                assert row[1] not in marks and row[5] not in marks
            if table.key == "reached" and row[-1].endswith("%"):  # from known and not known
                assert row[1] not in marks and row[2] not in marks
    for figure in published.key_figures:
        value = figure.value.split(" (")[0]
        if INTEGER.fullmatch(value):
            assert int(value.replace(".", "")) == 0 or int(value.replace(".", "")) >= k


@settings(max_examples=20, deadline=None)
@given(summaries())
def test_the_preview_shows_the_same_cells_as_the_report(s: Summary) -> None:
    text = preview_text(s)
    for table in published_tables(s).tables:
        assert table.title.upper() in text
        if not table.withheld:
            for row in table.rows:
                assert re.search(r"\s+".join(map(re.escape, row)), text), row
