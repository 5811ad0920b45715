"""Change notices on real widgets: a save reloads only the view on screen, only when the
change concerns it, and never the view that made it (the person is still typing there)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.gui import sections
from ripartire_desktop.gui.main_window import MainWindow
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.usecases.changes import Changes, Kind

TODAY = date(2026, 11, 27)


@pytest.fixture
def window(qtbot, session: Session) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(
        session=session,
        sections=sections.main_sections(),
        family_view=sections.family_view(),
        interview_view=sections.interview_view(),
    )
    qtbot.addWidget(main)
    main.show()
    yield main
    main.clear_all()


def count_refreshes(view: View, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = view.refresh

    def counted() -> None:
        calls.append(1)
        original()

    monkeypatch.setattr(view, "refresh", counted)
    return calls


def two_families(session: Session) -> tuple[tuple[int, str], tuple[int, str]]:
    records = session.records
    made = [records.families.create(on=TODAY, status=FamilyStatus.INTAKE) for _ in range(2)]
    return ((made[0].id or 0, made[0].code), (made[1].id or 0, made[1].code))


def test_saving_on_the_desk_loads_its_list_once(
    qtbot, window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    (_, code), _ = two_families(session)
    window.show_view("desk")
    desk = window.views["desk"]
    refreshes = count_refreshes(desk, monkeypatch)
    statements: list[str] = []
    session.vault.connection.set_trace_callback(statements.append)
    try:
        desk.family.setText(code)  # type: ignore[attr-defined]
        qtbot.mouseClick(desk.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    finally:
        session.vault.connection.set_trace_callback(None)
    assert refreshes == []  # its own change: the notice does not reload it
    loads = [s for s in statements if s.startswith("SELECT") and "FROM first_contacts" in s]
    assert len(loads) == 1
    assert desk.model.rowCount() == 1 and desk.model.index(0, 1).data() == code  # type: ignore[attr-defined]


def test_a_change_of_another_family_leaves_the_open_family_alone(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    (shown_id, _), (other_id, _) = two_families(session)
    window.open_family(shown_id)
    refreshes = count_refreshes(window.family_view, monkeypatch)
    desk = window.views["desk"]
    session.saved(Changes.of(Kind.DESK, Kind.CASE, family_id=other_id).from_(desk))
    session.saved(Changes.of(Kind.DESK).from_(desk))  # an anonymous contact
    assert refreshes == []
    session.saved(Changes.of(Kind.CASE, family_id=shown_id).from_(desk))
    assert refreshes == [1]
    session.saved(Changes.everything())  # a restore, an import: every view reloads
    assert refreshes == [1, 1]


def test_a_family_tab_that_saves_reloads_its_view_once(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    (family_id, _), _ = two_families(session)
    window.open_family(family_id)
    view = window.family_view
    refreshes = count_refreshes(view, monkeypatch)
    heard: list[Changes] = []
    session.records_changed.connect(heard.append)
    tab = view.household_tab
    tab.adults.setValue(3)
    assert tab.save()
    assert refreshes == [1]  # from the tab's own signal; the notice names the tab as origin
    [changes] = heard
    assert changes.origin is tab and changes.concerns_family(family_id)
    assert session.records.families.get(family_id).adults == 3


def test_only_the_view_on_screen_hears_the_notice(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    two_families(session)
    window.show_view("agenda")
    agenda = count_refreshes(window.views["agenda"], monkeypatch)
    families = count_refreshes(window.views["families"], monkeypatch)
    session.saved(Changes.of(Kind.DESK))  # an anonymous desk contact: not the agenda's business
    assert agenda == [] and families == []
    session.saved(Changes.of(Kind.AGENDA))
    assert agenda == [1] and families == []
