"""No irreversible slip on a family's status (issue 15): nothing preselected, ending steps behind
a tick and a non-default button, an undo while nothing depends on the change; and a warning on
an active family without consent."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from ripartire_desktop.domain import FamilyStatus, Interview, InterviewMode
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.store.records.audit import AuditAction
from tests.core.records_fixtures import populated_family

S = FamilyStatus


@pytest.fixture
def view(family_view: FamilyView) -> FamilyView:
    return family_view


@pytest.fixture
def active(session):  # type: ignore[no-untyped-def]
    family = populated_family(session.records, "Zefiro")
    with session.records.transaction():
        for status in (S.INTAKE, S.ASSESSMENT, S.ACTIVE_PATH):
            session.records.families.transition(family.id, status, on=date(2026, 3, 10))
    return session.records.families.get(family.id)


def test_from_the_active_path_enter_withdraws_no_one(view, session, active, qtbot) -> None:
    view.open(active.id)
    dialog = view.open_status_dialog()
    assert dialog.choice() is None  # nothing preselected, Rinuncia least of all
    qtbot.keyClick(dialog.combo, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert session.records.families.get(active.id).status == S.ACTIVE_PATH
    dialog.choose(S.WITHDREW)
    ok = dialog.ok_button
    assert not ok.isEnabled() and dialog.confirm_check.isVisible()
    assert [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()] == []
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # still nothing
    assert session.records.families.get(active.id).status == S.ACTIVE_PATH
    dialog.confirm_check.setChecked(True)
    assert ok.isEnabled() and not ok.isDefault()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert session.records.families.get(active.id).status == S.WITHDREW


def test_a_status_change_is_undone_with_its_own_audit_entry(view, session, active, qtbot) -> None:
    view.open(active.id)
    assert not view.undo_button.isVisible()
    assert view.change_status(S.WITHDREW)
    assert view.undo_button.isVisible()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    restored = session.records.families.get(active.id)
    assert restored == active  # status, dates, everything as before
    assert view.status_label.text() in ("Percorso attivo", "Active path")
    assert not view.undo_button.isVisible()
    entry = session.records.audit.entries(limit=1)[0]
    assert entry.action == AuditAction.STATUS_UNDO.value
    assert entry.family_code == active.code and "Zefiro" not in entry.detail


def test_undo_is_refused_once_an_interview_depends_on_the_change(
    view, session, active, qtbot
) -> None:
    view.open(active.id)
    assert view.change_status(S.WITHDREW)
    with session.records.transaction():
        session.records.interviews.add(
            Interview(
                family_id=active.id,
                starts_at=datetime(2026, 3, 20, 10, 0),
                duration_minutes=30,
                mode=InterviewMode.PHONE,
            )
        )
    assert not view.undo_status()
    assert session.records.families.get(active.id).status == S.WITHDREW
    assert "no longer be undone" in view.header_message.text()


def test_an_active_family_without_consent_is_flagged_in_the_header(view, session, active) -> None:
    with session.records.transaction():
        for consent in session.records.consents.for_family(active.id):
            session.records.consents.delete(consent.id)
    view.open(active.id)
    assert view.consent_warning.isVisible() and "consent" in view.consent_warning.text().lower()


def test_ok_is_never_the_default_button(view, active) -> None:
    view.open(active.id)
    dialog = view.open_status_dialog()
    box = dialog.findChild(QDialogButtonBox)
    assert all(not b.autoDefault() for b in box.buttons() if isinstance(b, QPushButton))
