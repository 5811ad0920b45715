"""The assessments over time tab, driven as a counsellor would: read the rounds, add a review
with amounts, ISEE, an adult's work and benefits by keyboard, see a bad amount explained next
to its field, save the tab, and find the renewal in what comes up next."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from ripartire_desktop.domain import (
    BenefitKind,
    IseeType,
    NeedArea,
    RoundKind,
    WorkSituation,
    format_cents,
)
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.gui.views.family_widgets import select_row
from ripartire_desktop.usecases import agenda
from tests.core.records_fixtures import populated_family
from tests.gui.confirming import save_dialog

TAG = "Maestrale"


@pytest.fixture
def view(family_view: FamilyView) -> FamilyView:
    return family_view


@pytest.fixture
def family(session):  # type: ignore[no-untyped-def]
    return populated_family(session.records, TAG)


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def test_the_tab_lists_the_rounds_with_their_amounts(view, session, family) -> None:
    view.open(family.id)
    tab = view.outcomes_tab
    view.show_tab("outcomes")
    kinds = [tab.model.row_at(r).kind for r in range(tab.model.rowCount())]
    assert kinds == [RoundKind.REVIEW]  # the fixture's review (its assessment predates mirroring)
    assert tab.model.index(0, 3).data() == format_cents(91_000, ui_language())
    assert tab.model.index(0, 4).data() == format_cents(280_000, ui_language())
    assert tab.model.index(0, 6).data() in ("1 of 1", "1 su 1")


def test_add_a_review_by_keyboard_and_save_the_tab(view, session, family, qtbot) -> None:
    view.open(family.id)
    tab = view.outcomes_tab
    view.show_tab("outcomes")
    tab.add_button.click()
    dialog = tab.dialog
    assert dialog.kind.currentData() == RoundKind.REVIEW.value
    day = date.today() - timedelta(days=3)
    dialog.assessed_on.clear()
    qtbot.keyClicks(dialog.assessed_on, _day(day))
    dialog.scores[NeedArea.WORK].setCurrentIndex(2)  # severity 1
    dialog.scores[NeedArea.DEBT].setCurrentIndex(3)  # severity 2
    qtbot.keyClicks(dialog.income, "1.100,5x")
    save_dialog(dialog)
    assert dialog.errors.text("income_cents")  # said next to the field, nothing staged
    assert not tab.is_dirty
    dialog.income.clear()
    qtbot.keyClicks(dialog.income, "1.100,50")
    qtbot.keyClicks(dialog.debt, "2000")
    qtbot.keyClicks(dialog.isee, "6.000")
    dialog.isee_type.setCurrentIndex(dialog.isee_type.findData(IseeType.CORRENTE.value))
    issued = day - timedelta(days=10)
    qtbot.keyClicks(dialog.isee_issued, _day(issued))
    dialog.isee_issued.editingFinished.emit()
    assert dialog.isee_expires.text()  # the usual expiry, suggested
    (member_id, work) = dialog.work[0]
    assert member_id is not None
    work.setCurrentIndex(work.findData(WorkSituation.EMPLOYED.value))
    adi = next(r for r in dialog.benefits if r.kind == BenefitKind.ASSEGNO_INCLUSIONE)
    assert adi.ticked is not None
    adi.ticked.setChecked(True)
    qtbot.keyClicks(adi.amount, "500")
    renewal = date.today() + timedelta(days=40)
    qtbot.keyClicks(adi.renewal, _day(renewal))
    other = next(r for r in dialog.benefits if r.name is not None)
    qtbot.keyClicks(other.name, "Bonus affitto")
    save_dialog(dialog)
    assert tab.is_dirty and len(session.records.rounds.for_family(family.id)) == 1  # staged
    tab.save_bar.save_button.click()
    assert not tab.is_dirty
    stored = session.records.rounds.for_family(family.id)
    added = next(r for r in stored if r.assessed_on == day)
    assert (added.income_cents, added.debt_cents, added.isee_cents) == (110_050, 200_000, 600_000)
    assert added.isee_type == IseeType.CORRENTE and added.isee_issued_on == issued
    assert added.isee_expires_on is not None and added.isee_expires_on > issued
    assert added.score(NeedArea.WORK) == 1 and added.score(NeedArea.DEBT) == 2
    assert [(w.member_id, w.work_situation) for w in added.work] == [
        (member_id, WorkSituation.EMPLOYED)
    ]
    assert [(b.kind, b.monthly_cents, b.renewal_on) for b in added.benefits] == [
        (BenefitKind.ASSEGNO_INCLUSIONE, 50_000, renewal),
        (BenefitKind.OTHER, None, None),
    ]
    # The renewal reaches the agenda with the code only, and the tab's "coming up".
    found = agenda.items(session.records, date.today(), date.today() + timedelta(days=60))
    assert (agenda.RENEWAL, renewal) in {(i.kind, i.day) for i in found}
    assert _day(renewal) in tab.due_label.text()


def test_baseline_scores_come_from_the_assessment_tab(view, family, qtbot) -> None:
    view.open(family.id)
    tab = view.outcomes_tab
    tab.add_button.click()
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(RoundKind.BASELINE.value))
    assert not dialog.scores[NeedArea.WORK].isEnabled()
    assert "Assessment" in dialog.scores_note.text() or "Valutazione" in dialog.scores_note.text()
    assert not dialog.months.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RoundKind.FOLLOW_UP.value))
    assert dialog.months.isEnabled() and dialog.scores[NeedArea.WORK].isEnabled()
    dialog.reject()


def test_a_second_baseline_of_the_path_is_refused_on_save(view, session, family, qtbot) -> None:
    view.open(family.id)
    tab = view.outcomes_tab
    for _ in range(2):
        tab.add_button.click()
        dialog = tab.dialog
        dialog.kind.setCurrentIndex(dialog.kind.findData(RoundKind.BASELINE.value))
        save_dialog(dialog)
    before = session.records.rounds.for_family(family.id)
    tab.save_bar.save_button.click()
    assert tab.is_dirty  # nothing lost: the staged rows stay, the error is said
    assert tab.save_bar.message.text()
    assert session.records.rounds.for_family(family.id) == before


def test_remove_asks_first_then_saves(view, session, family) -> None:
    view.open(family.id)
    tab = view.outcomes_tab
    select_row(tab.table, 0)
    tab.remove_button.click()
    box = tab.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.model.rowCount() == 0 and len(session.records.rounds.for_family(family.id)) == 1
    tab.save_bar.save_button.click()
    assert session.records.rounds.for_family(family.id) == []


def test_the_agenda_shows_a_follow_up_and_opens_the_tab(session, navigator, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ripartire_desktop.domain import Closure, ClosureReason, FamilyStatus, Outcome
    from ripartire_desktop.domain.outcomes import add_months
    from ripartire_desktop.gui.views.agenda import DUE, AgendaView
    from ripartire_desktop.usecases import families as uc

    family, _ = uc.new_family(session.records, on=date.today() - timedelta(days=400))
    assert family.id is not None
    closed_on = add_months(date.today() + timedelta(days=10), -6)
    due = add_months(closed_on, 6)
    for status in (FamilyStatus.ASSESSMENT, FamilyStatus.ACTIVE_PATH):
        uc.change_status(session.records, family.id, status, on=closed_on - timedelta(days=90))
    closure = Closure(
        family_id=family.id, closed_on=closed_on, reason=ClosureReason.PATH_COMPLETED,
        outcome=Outcome.NEEDS_MET,
    )  # fmt: skip
    uc.close_family(session.records, closure, today=date.today())
    view = AgendaView(session=session, navigator=navigator)
    qtbot.addWidget(view)
    view.show()
    view.show_day(due)
    rows = [r for r in view.model.rows() if r.kind == DUE]
    assert [(r.family, r.family_id) for r in rows] == [(family.code, family.id)]
    assert "6" in rows[0].what
    index = view.model.index(view.model.rows().index(rows[0]), 0)
    view._open(index)
    assert navigator.calls[-1] == ("open_family", (family.id,), {"kind": "round", "ref_id": 0})
