"""Settings, Team: this vault's identity with its fingerprint and QR code, and the team list,
driven through the real widgets on real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.store.identity import Role, parse_public
from ripartire_desktop.store.records import Records
from tests.core.team_fixtures import identity_text
from tests.core.vaults import new_vault
from tests.gui.conftest import RecordingNavigator

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(session: Session, navigator: RecordingNavigator, qtbot) -> SettingsView:  # type: ignore[no-untyped-def]
    widget = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.refresh()
    return widget


def _colleague(tmp_path: Path, name: str = "Carla Bianchi") -> Path:
    other, _ = new_vault(tmp_path / "other")
    try:
        Records(other.connection).team.set_profile(name=name, role=Role.COORDINATOR)
        path = tmp_path / "carla.txt"
        path.write_bytes(identity_text(other))
    finally:
        other.lock()
    return path


def test_the_fingerprint_and_its_qr_code_are_shown(
    view: SettingsView, session: Session, qtbot
) -> None:  # type: ignore[no-untyped-def]
    team = view.team
    own = session.records.team.require_own()
    assert team.fingerprint.text() == own.public().spoken
    assert not team.qr.pixmap().isNull() and team.qr.pixmap().width() > 80
    team.name_edit.clear()
    qtbot.keyClicks(team.name_edit, "Anna Rossi")
    team.role_combo.setCurrentIndex(team.role_combo.findData("coordinator"))
    qtbot.mouseClick(team.save_button, LEFT)
    own = session.records.team.require_own()
    assert (own.name, own.role) == ("Anna Rossi", Role.COORDINATOR)
    assert team.fingerprint.text() == own.public().spoken  # the keys stay


def test_export_writes_the_public_identity(
    view: SettingsView, session: Session, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    team = view.team
    qtbot.mouseClick(team.export_button, LEFT)
    assert "Type your name" in team.message.text()
    session.records.team.set_profile(name="Anna")
    target = tmp_path / "anna.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(team.export_button, LEFT)
    assert parse_public(target.read_bytes()) == session.records.team.require_own().public()
    assert (target.stat().st_mode & 0o777) == 0o600
    assert "no secret" in team.message.text()


def test_a_member_is_added_only_after_the_in_person_check(
    view: SettingsView, session: Session, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    card = _colleague(tmp_path)
    dialog = view.team.add_member_from(card)
    assert dialog is not None
    expected = parse_public(card.read_bytes())
    assert dialog.fingerprint.text() == expected.spoken
    assert "Carla Bianchi" in dialog.who.text() and "coordinator" in dialog.who.text()
    assert not dialog.ok_button.isEnabled()  # not before the digits were compared
    dialog.handle.clear()
    qtbot.keyClicks(dialog.handle, "coord")
    qtbot.mouseClick(dialog.checked, LEFT)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.team.dialog is None)
    assert [m.name for m in session.records.team.members()] == ["coord"]
    assert view.team.table.rowCount() == 1
    assert view.team.table.item(0, 2).text() == expected.spoken
    again = view.team.add_member_from(card)
    assert again is not None
    qtbot.mouseClick(again.checked, LEFT)
    qtbot.mouseClick(again.ok_button, LEFT)
    assert "already" in again.message.text()  # said in the dialog, nothing added
    again.reject()
    view.team.table.selectRow(0)
    qtbot.mouseClick(view.team.remove_button, LEFT)
    assert session.records.team.members() == []


def test_altered_and_foreign_files_are_refused_in_one_line(
    view: SettingsView, session: Session, tmp_path: Path
) -> None:
    card = _colleague(tmp_path)
    forged = tmp_path / "forged.txt"
    forged.write_text(card.read_text().replace("coordinator", "counsellor"), encoding="utf-8")
    assert view.team.add_member_from(forged) is None
    assert "forged.txt was altered" in view.team.message.text()
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert view.team.add_member_from(photo) is None
    assert "foto.jpg is not a Ripartire public identity" in view.team.message.text()
    assert session.records.team.members() == []


def test_locking_clears_the_team_section(view: SettingsView, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = view.team.add_member_from(_colleague(tmp_path))
    assert dialog is not None
    view.clear()
    qtbot.waitUntil(lambda: view.team.dialog is None)
    assert view.team.fingerprint.text() == "" and view.team.table.rowCount() == 0
