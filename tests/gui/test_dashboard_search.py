"""Dashboard figures and search results as the counsellor sees them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from ripartire_desktop.domain import BudgetLine, FamilyStatus, Interview, InterviewMode, Settings
from ripartire_desktop.gui.views.dashboard import DashboardView
from ripartire_desktop.gui.views.search import SearchView, snippet_html
from ripartire_desktop.store.records.search import MARK_END, MARK_START
from tests.core.records_fixtures import populated_family


def test_dashboard_counts_paths_appointments_and_aid(session, navigator, qtbot) -> None:
    records = session.records
    records.settings.save(Settings(capacity=25))
    line = records.budget.add(
        BudgetLine(
            name="Comune 2026", funder="Comune", year=date.today().year, amount_cents=100_000
        )
    )
    family = populated_family(records, "Dash")
    # The dashboard counts this year's lines: the fixture's payment is paid from this one.
    [paid] = records.aid.for_family(family.id)
    records.aid.update(replace(paid, budget_line_id=line.id))
    assert family.id is not None
    for status in ("intake", "assessment", "active_path"):
        records.families.transition(family.id, FamilyStatus(status), on=date.today())
    soon = datetime.combine(date.today(), datetime.min.time()) + timedelta(hours=23)
    records.interviews.add(
        Interview(
            family_id=family.id,
            starts_at=soon - timedelta(days=3),
            duration_minutes=30,
            mode=InterviewMode.PHONE,
            next_appointment=soon,
        )
    )
    view = DashboardView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.refresh()
    assert view.values["paths"].text() in ("1 of 25", "1 di 25")
    assert view.values["today"].text() == "1"
    assert family.code in view.lists["today"].item(0).text()
    assert view.values["overdue"].text() == "1"  # the fixture's CV action was due in April 2026
    assert "123,45" in view.values["aid"].text() or "123.45" in view.values["aid"].text()
    view.lists["today"].itemActivated.emit(view.lists["today"].item(0))
    assert navigator.calls[-1][:2] == ("open_family", (family.id,))
    view.clear()
    assert view.lists["today"].count() == 0 and view.values["paths"].text() == "–"


def test_search_shows_snippets_and_enter_opens_the_item(
    session, navigator, qtbot, qtmodeltester
) -> None:
    family = populated_family(session.records, "Cerca")
    view = SearchView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.query, "perche")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=60_000)
    qtmodeltester.check(view.model)
    assert view.model.index(0, 0).data() == family.code
    assert "<b>perché</b>" in view.preview.toHtml() or "perché" in view.preview.toPlainText()
    qtbot.keyClick(view.query, Qt.Key.Key_Return)
    name, args, kwargs = navigator.calls[-1]
    assert (name, args, kwargs["kind"]) == ("open_family", (family.id,), "interview")
    view.clear()
    assert view.model.rowCount() == 0 and view.preview.toPlainText() == ""


def test_snippet_markup_in_notes_is_shown_as_text() -> None:
    shown = snippet_html(f"<script>x</script> & {MARK_START}casa{MARK_END}")
    assert shown == "&lt;script&gt;x&lt;/script&gt; &amp; <b>casa</b>"
