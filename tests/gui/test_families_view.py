"""The families list: codes only by default, SQL sorting and filtering, paging, opening."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ripartire_desktop.domain import FamilyStatus, Identity, Person
from ripartire_desktop.gui.views.families import FamiliesView
from ripartire_desktop.store.records import Records


def _families(records: Records, count: int) -> None:
    with records.transaction():
        for i in range(count):
            family = records.families.create(
                on=date(2026, 1, 1 + i % 28),
                status=FamilyStatus.ACTIVE_PATH if i % 3 == 0 else FamilyStatus.INTAKE,
                minors=i % 4,
                counsellor="Anna" if i % 2 else "Bruno",
            )
            assert family.id is not None
            records.identities.save(
                family.id, Identity(people=(Person(given_name="Nome", family_name=f"Esempio{i}"),))
            )


def _view(session, navigator, qtbot) -> FamiliesView:  # type: ignore[no-untyped-def]
    view = FamiliesView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.refresh()
    return view


def test_codes_only_until_names_are_asked_for(session, navigator, qtbot, qtmodeltester) -> None:
    _families(session.records, 12)
    view = _view(session, navigator, qtbot)
    qtmodeltester.check(view.model)
    cells = [
        str(view.model.index(r, c).data())
        for r in range(view.model.rowCount())
        for c in range(view.model.columnCount())
    ]
    assert "RIP-2026-001" in cells
    assert not any("Esempio" in cell for cell in cells)
    view.names.setChecked(True)
    names = [view.model.index(r, view.model.columnCount() - 1).data() for r in range(12)]
    assert "Nome Esempio0" in names
    qtmodeltester.check(view.model)


def test_header_click_sorts_in_sql_and_filters_combine(session, navigator, qtbot) -> None:
    _families(session.records, 30)
    view = _view(session, navigator, qtbot)
    minors_column = 3
    view.table.horizontalHeader().setSortIndicator(minors_column, Qt.SortOrder.DescendingOrder)
    values = [int(view.model.index(r, minors_column).data()) for r in range(30)]
    assert values == sorted(values, reverse=True)
    view.status_combo.setCurrentIndex(view.status_combo.findData(FamilyStatus.ACTIVE_PATH))
    assert view.model.total == 10
    view.counsellor_combo.setCurrentIndex(view.counsellor_combo.findData("Anna"))
    view.counsellor_combo.activated.emit(view.counsellor_combo.currentIndex())
    assert view.model.total == 5
    assert "5" in view.count.text()


def test_instant_search_and_enter_opens_the_family(session, navigator, qtbot) -> None:
    _families(session.records, 15)
    view = _view(session, navigator, qtbot)
    qtbot.keyClicks(view.search, "2026-014")
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=60_000)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    family = session.records.families.by_code("RIP-2026-014")
    assert navigator.calls[-1][:2] == ("open_family", (family.id,))


def test_long_lists_are_fetched_page_by_page(session, navigator, qtbot) -> None:
    _families(session.records, 450)
    view = _view(session, navigator, qtbot)
    assert view.model.total == 450
    assert view.model.rowCount() == 200
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 200, timeout=60_000)


def test_clear_forgets_everything(session, navigator, qtbot) -> None:
    _families(session.records, 5)
    view = _view(session, navigator, qtbot)
    view.names.setChecked(True)
    view.clear()
    assert view.model.rowCount() == 0
    assert view.search.text() == "" and not view.names.isChecked()


def test_new_family_button_creates_and_opens_a_family(session, navigator, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from ripartire_desktop.gui.forms import child

    view = _view(session, navigator, qtbot)
    button = child(view, QPushButton, "newButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    name, args, _ = navigator.calls[-1]
    assert name == "open_family"
    family = session.records.families.get(args[0])
    assert family.status == FamilyStatus.INTAKE
    assert session.records.families.count() == 1
