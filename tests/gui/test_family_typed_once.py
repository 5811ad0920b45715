"""Typed once (issue 15): the assessment's criteria come from the household and the
municipality, "Ammesso" moves the status in the same step, the household counts follow the
members, and a family made at the desk starts with the counsellor and municipality of Settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ripartire_desktop.domain import (
    Channel,
    Decision,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    Member,
    MemberRole,
    Settings,
    WorkSituation,
)
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.gui.views.family_fields import set_combo_value
from ripartire_desktop.usecases.desk import turn_into_family
from tests.gui.confirming import save_dialog

S = FamilyStatus


@pytest.fixture
def view(family_view: FamilyView) -> FamilyView:
    return family_view


def _family(session, *, municipality: str = "", minors: int = 0, status: S = S.INTAKE):  # type: ignore[no-untyped-def]
    records = session.records
    with records.transaction():
        records.settings.save(replace(Settings(), municipality="Cernusco sul Naviglio"))
        family = records.families.create(
            on=date(2026, 3, 2), status=status, municipality=municipality, minors=minors
        )
    return family


def test_a_new_assessment_takes_the_criteria_from_the_household(view, session) -> None:
    family = _family(session, municipality="cernusco  sul naviglio", minors=1)
    with session.records.transaction():
        session.records.members.add(
            family.id,
            Member(
                role=MemberRole.PARENT, birth_year=1985, work_situation=WorkSituation.UNEMPLOYED
            ),
        )
    view.open(family.id)
    tab = view.assessment_tab
    assert tab.resident.isChecked() and tab.has_minor.isChecked() and tab.hardship.isChecked()
    assert "Meets" in tab.eligibility_label.text()
    assert not tab.is_dirty  # taken, not typed: nothing to save yet


def test_no_red_verdict_before_anything_is_filled_in(view, session) -> None:
    family = _family(session)
    view.open(family.id)
    tab = view.assessment_tab
    assert "Does not meet" not in tab.eligibility_label.text()
    assert tab.eligibility_label.styleSheet() != palette.ERROR_STYLE
    tab.resident.setChecked(True)  # the counsellor answers: now the verdict counts
    assert "Does not meet" in tab.eligibility_label.text()


def test_deciding_admitted_moves_the_status_in_the_same_step(view, session) -> None:
    family = _family(session, municipality="Cernusco sul Naviglio", minors=1)
    view.open(family.id)
    tab = view.assessment_tab
    tab.hardship.setChecked(True)
    set_combo_value(tab.decision, Decision.ADMITTED)
    tab.save_bar.save_button.click()
    assert session.records.families.get(family.id).status == S.ACTIVE_PATH
    assert view.status_label.text() in ("Percorso attivo", "Active path")
    assert session.records.assessments.for_family(family.id).decision == Decision.ADMITTED


def test_household_counts_follow_the_members(view, session, qtbot) -> None:
    family = _family(session)
    view.open(family.id)
    tab = view.household_tab
    for role, year in ((MemberRole.PARENT, "1980"), (MemberRole.CHILD, "2018")):
        tab.add_member_button.click()
        dialog = tab.dialog
        dialog.role.setCurrentIndex(dialog.role.findData(role.value))
        qtbot.keyClicks(dialog.birth_year, year)
        save_dialog(dialog)
    assert (tab.adults.value(), tab.minors.value()) == (1, 1)


def test_a_family_made_at_the_desk_gets_counsellor_and_municipality(session) -> None:
    records = session.records
    with records.transaction():
        records.settings.save(replace(Settings(), counsellor_name="Anna", municipality="Monza"))
    contact = records.first_contacts.add(
        FirstContact(
            occurred_at=datetime(2026, 3, 2, 9, 0),
            channel=Channel.IN_PERSON,
            outcome=FirstContactOutcome.OTHER,
            request="lavoro",
        )
    )
    family, _ = turn_into_family(records, contact.id, on=date(2026, 3, 2))
    assert family is not None
    assert (family.counsellor, family.municipality) == ("Anna", "Monza")
    assert family.first_contact_channel == Channel.IN_PERSON
