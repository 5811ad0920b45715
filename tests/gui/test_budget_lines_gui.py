"""Budget lines in the app (issue 17): the editor in Settings driven from the keyboard, the
line of a payment in the aid tab, and what is left per line on the dashboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ripartire_desktop.domain import BudgetLine, format_cents
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.dashboard import DashboardView
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.gui.views.settings_budget import BudgetLineDialog, BudgetSection
from ripartire_desktop.usecases import budget as budget_cases
from tests.core.records_fixtures import populated_family
from tests.gui.confirming import confirm, save_dialog
from tests.gui.conftest import RecordingNavigator

THIS_YEAR = date.today().year


@pytest.fixture
def view(session: Session, navigator: RecordingNavigator, qtbot) -> SettingsView:  # type: ignore[no-untyped-def]
    widget = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.refresh()
    return widget


def add_line(
    session: Session, name: str, funder: str, cents: int, year: int = THIS_YEAR
) -> BudgetLine:
    line, _ = budget_cases.save_budget_line(
        session.records, BudgetLine(name=name, funder=funder, year=year, amount_cents=cents)
    )
    return line


def typed_line(qtbot, dialog: BudgetLineDialog, name: str, funder: str, amount: str) -> None:  # type: ignore[no-untyped-def]
    for edit, text in (
        (dialog.name_edit, name),
        (dialog.funder_edit, funder),
        (dialog.amount_edit, amount),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def press(qtbot, widget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, key)


def test_insert_types_and_enter_saves_a_line(view: SettingsView, session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    budget = view.budget
    assert budget.table.rowCount() == 0
    press(qtbot, budget.table, Qt.Key.Key_Insert)
    dialog = budget.dialog
    assert isinstance(dialog, BudgetLineDialog) and dialog.isVisible()
    typed_line(qtbot, dialog, "Fondazione Cariplo 2026", "Fondazione Cariplo", "15.000,00")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # Save is the default button
    [line] = budget_cases.budget_lines(session.records)
    assert (line.name, line.funder, line.amount_cents) == (
        "Fondazione Cariplo 2026",
        "Fondazione Cariplo",
        1_500_000,
    )
    assert budget.table.rowCount() == 1 and budget.table.item(0, 0).text() == line.name
    assert budget.table.item(0, 3).text() == format_cents(1_500_000, ui_language())
    assert "saved" in budget.message.text() or "salvata" in budget.message.text()


@pytest.mark.parametrize(
    ("typed", "cents"), [("1.500,00", 150_000), ("1500.00", 150_000), ("0,10", 10), ("", 0)]
)
def test_amounts_are_stored_as_exact_cents(  # type: ignore[no-untyped-def]
    view: SettingsView, session: Session, qtbot, typed: str, cents: int
) -> None:
    view.budget.add_line()
    dialog = view.budget.dialog
    assert dialog is not None
    typed_line(qtbot, dialog, "Linea", "Ente", typed)
    dialog.accept()
    assert budget_cases.budget_lines(session.records)[0].amount_cents == cents


@pytest.mark.parametrize("typed", ["12,345,6", "-10", "dieci", "1,2345"])
def test_a_bad_line_is_explained_in_the_dialog_and_nothing_saved(  # type: ignore[no-untyped-def]
    view: SettingsView, session: Session, qtbot, typed: str
) -> None:
    add_line(session, "Comune 2026", "Comune", 100)
    view.budget.refresh()
    view.budget.add_line()
    dialog = view.budget.dialog
    assert dialog is not None
    typed_line(qtbot, dialog, "Nuova", "Ente", typed)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    assert dialog.name_edit.text() == "Nuova"  # nothing typed is lost
    typed_line(qtbot, dialog, "comune 2026", "Ente", "5")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    assert [line.name for line in budget_cases.budget_lines(session.records)] == ["Comune 2026"]
    dialog.reject()


def test_enter_edits_and_delete_removes_only_an_unused_line(  # type: ignore[no-untyped-def]
    view: SettingsView, session: Session, qtbot
) -> None:
    used = add_line(session, "Usata", "Ente", 1000)
    family = populated_family(session.records, "Budget")
    payment = session.records.aid.for_family(family.id)[0]
    from dataclasses import replace

    session.records.aid.update(replace(payment, budget_line_id=used.id))
    add_line(session, "Libera", "Ente", 2000, year=THIS_YEAR - 1)
    budget: BudgetSection = view.budget
    budget.refresh()
    budget.table.selectRow(0)  # newest year first: Usata
    assert budget.selected().line.name == "Usata"  # type: ignore[union-attr]
    assert not budget.remove_button.isEnabled()
    press(qtbot, budget.table, Qt.Key.Key_Delete)
    assert "cannot be removed" in budget.message.text() or "non si può" in budget.message.text()
    press(qtbot, budget.table, Qt.Key.Key_Return)
    dialog = budget.dialog
    assert dialog is not None and dialog.name_edit.text() == "Usata"
    typed_line(qtbot, dialog, "Usata 2026", "Ente", "10,00")
    dialog.accept()
    assert budget_cases.find_line(session.records, "Usata 2026").id == used.id
    budget.table.selectRow(1)
    assert budget.remove_button.isEnabled()
    press(qtbot, budget.table, Qt.Key.Key_Delete)
    box = budget.confirm_box
    confirm(qtbot, box)
    assert [line.name for line in budget_cases.budget_lines(session.records)] == ["Usata 2026"]
    view.clear()
    assert budget.table.rowCount() == 0


# --- the aid tab ---------------------------------------------------------------------------------


def new_payment(qtbot, family_view: FamilyView, amount: str):  # type: ignore[no-untyped-def]
    tab = family_view.aid_tab
    tab.add_button.click()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.amount, amount)
    return dialog


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    save_dialog(dialog)


def test_the_only_line_of_the_year_is_chosen_and_two_lines_ask(  # type: ignore[no-untyped-def]
    family_view: FamilyView, session: Session, qtbot
) -> None:
    cariplo = add_line(session, "Fondazione Cariplo", "Fondazione Cariplo", 1_000_000)
    family = populated_family(session.records, "Linea")
    family_view.open(family.id)
    dialog = new_payment(qtbot, family_view, "50,00")
    assert dialog.budget_line.currentData() == cariplo.id  # today's year has one line
    save(dialog)
    comune = add_line(session, "Comune di Cernusco", "Comune", 500_000)
    family_view.open(family.id)  # the staged payment is kept by the tab until saved
    tab = family_view.aid_tab
    dialog = new_payment(qtbot, family_view, "20,00")
    assert dialog.budget_line.currentData() is None  # two lines this year: choose
    save(dialog)
    assert dialog.isVisible() and dialog.errors.text("budget_line_id")
    dialog.budget_line.setFocus()
    dialog.budget_line.setCurrentIndex(dialog.budget_line.findData(comune.id))
    save(dialog)
    assert not dialog.isVisible()
    tab.save_bar.save_button.click()
    lines = {p.amount_cents: p.budget_line_id for p in session.records.aid.for_family(family.id)}
    assert lines[2000] == comune.id
    column = tab.model.headers.index("Budget line") if "Budget line" in tab.model.headers else 6
    shown = {tab.model.index(r, column).data() for r in range(tab.model.rowCount())}
    assert "Comune di Cernusco" in shown


def test_the_dashboard_says_what_is_left_and_which_line_is_overspent(  # type: ignore[no-untyped-def]
    session: Session, navigator: RecordingNavigator, qtbot
) -> None:
    add_line(session, "Comune", "Comune di Cernusco", 10_000)  # 100 euros
    add_line(session, "Cariplo", "Fondazione Cariplo", 1_000_000)
    family = populated_family(session.records, "Dash", on=date.today())
    payment = session.records.aid.for_family(family.id)[0]
    comune = budget_cases.find_line(session.records, "Comune")
    from dataclasses import replace

    session.records.aid.update(replace(payment, paid_on=date.today(), budget_line_id=comune.id))
    view = DashboardView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.refresh()
    lang = ui_language()
    text = view.aid_lines.text()
    assert format_cents(12_345 - 10_000, lang) in text and "#b00020" in text  # overspent, red
    assert format_cents(1_000_000, lang) in text  # Cariplo untouched
    assert format_cents(1_010_000, lang) in view.values["aid"].text()


def test_the_dialog_warns_when_a_payment_goes_beyond_its_line(  # type: ignore[no-untyped-def]
    family_view: FamilyView, session: Session, qtbot
) -> None:
    add_line(session, "Piccola", "Comune", 10_000)  # 100 euros, nothing paid yet
    family = populated_family(session.records, "Oltre")
    family_view.open(family.id)
    dialog = new_payment(qtbot, family_view, "80,00")
    lang = ui_language()
    assert format_cents(10_000, lang) in dialog.line_left.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "800")
    assert format_cents(70_000, lang) in dialog.line_left.text()
    assert "b00020" in dialog.line_left.styleSheet()
    save(dialog)  # a warning, not a refusal: the counsellor decides
    assert not dialog.isVisible()


def test_tab_goes_from_the_settings_save_through_the_lines(view: SettingsView) -> None:
    budget = view.budget
    chain = []
    widget = view.save_button.nextInFocusChain()
    while len(chain) < 4:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == [budget.table, budget.add_button, budget.edit_button, budget.remove_button]
