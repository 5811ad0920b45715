"""The Search view searches on a worker thread: the GUI thread only starts it and shows what
comes back; results of a query changed or cleared meanwhile never reach the screen."""

from __future__ import annotations

from datetime import datetime

import pytest

from ripartire_desktop.domain import ActionType, Interview, InterviewMode, PlanAction
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.search import SearchView
from ripartire_desktop.store.records.search import SearchIndex
from tests.core.records_fixtures import populated_family


def _notes(session: Session, text: str, count: int) -> int:
    family = populated_family(session.records, "W")
    fid = family.id or 0
    with session.records.transaction():
        for i in range(count):
            session.records.interviews.add(
                Interview(
                    family_id=fid,
                    starts_at=datetime(2026, 4, 1 + i % 28, 9),
                    duration_minutes=30,
                    mode=InterviewMode.DESK,
                    notes=f"{text} e altre parole del colloquio {i}",
                )
            )
    return fid


@pytest.fixture
def view(session: Session, navigator, qtbot) -> SearchView:  # type: ignore[no-untyped-def]
    search = SearchView(session=session, navigator=navigator)
    qtbot.addWidget(search)
    search.show()
    return search


def test_the_search_returns_before_its_results_and_they_arrive_by_signal(
    session: Session, view: SearchView, qtbot
) -> None:
    _notes(session, "falegnameria", 3)
    view.query.setText("falegnameria")
    with qtbot.waitSignal(view.search_finished, timeout=20_000):
        view.run_search()
        # Back on the GUI thread at once: the worker's answer can only come through the
        # event loop, which has not run yet.
        assert view.model.rowCount() == 0
    assert view.model.rowCount() == 3
    assert view.summary.text() == "3 results (best first)"


def test_results_of_a_query_changed_meanwhile_are_dropped(
    session: Session, view: SearchView, qtbot
) -> None:
    _notes(session, "falegnameria", 4)
    _notes(session, "idraulica", 2)
    view.query.setText("falegnameria")
    with qtbot.waitSignals([view.search_finished, view.search_finished], timeout=20_000):
        view.run_search()
        view.query.setText("idraulica")
        view.run_search()
    shown = {view.model.row_at(view.model.index(r, 0)).snippet for r in range(2)}  # type: ignore[union-attr]
    assert view.model.rowCount() == 2
    assert all("idraulica" in snippet for snippet in shown)


def test_results_arriving_after_the_view_was_cleared_are_dropped(
    session: Session, view: SearchView, qtbot
) -> None:
    _notes(session, "falegnameria", 2)
    view.query.setText("falegnameria")
    with qtbot.waitSignal(view.search_finished, timeout=20_000):
        view.run_search()
        view.clear()  # as the lock does
    assert view.model.rowCount() == 0
    assert view.summary.text() == ""


def test_a_very_common_word_says_it_shows_the_best_of_the_newest(
    session: Session, view: SearchView, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fid = _notes(session, "lavoro", 30)
    with session.records.transaction():
        session.records.actions.add(
            PlanAction(family_id=fid, action_type=ActionType.CV, description="lavoro")
        )
    # The limits of a large vault, scaled to this one.
    monkeypatch.setattr(SearchIndex, "FULL_RANK_LIMIT", 10)
    monkeypatch.setattr(SearchIndex, "WINDOW", 8)
    view.query.setText("lavoro")
    with qtbot.waitSignal(view.search_finished, timeout=20_000):
        view.run_search()
    text = view.summary.text()
    assert "the best of the newest 8 matches" in text, text
    assert "Add a word to search them all." in text
    assert view.model.rowCount() > 0


def test_enter_opens_the_best_result_of_what_was_typed_when_it_arrives(
    session: Session, view: SearchView, navigator, qtbot
) -> None:
    fid = _notes(session, "falegnameria", 1)
    view.query.setText("falegnameria")
    with qtbot.waitSignal(view.search_finished, timeout=20_000):
        view._enter()  # Enter before the typing pause ended
    name, args, _kwargs = navigator.calls[-1]
    assert (name, args) == ("open_family", (fid,))
