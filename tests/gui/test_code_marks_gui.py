"""The code mark in the window: chosen in the first-run wizard (the initials suggested), and set
once in Settings, Team on a vault made before marks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.gui.wizard import FirstRunWizard
from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.families import new_family
from tests.gui.conftest import RecordingNavigator

LEFT = Qt.MouseButton.LeftButton


def test_the_wizard_suggests_the_initials_and_creates_the_vault_with_the_mark(
    tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = Session(
        vault=build_vault(tmp_path / "v", keystore=MemoryKeyStore(), kdf_policy=TEST_POLICY),
        tasks=BackgroundTasks(),
    )
    wizard = FirstRunWizard(session=session)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.counsellor, "Élia Brambilla")
    assert wizard.mark.text() == "EB"
    wizard.mark.clear()
    assert not next_button.isEnabled()  # a mark is needed
    qtbot.keyClicks(wizard.mark, "z9q")  # digits are not taken; lower case turns upper
    assert wizard.mark.text() == "ZQ"
    wizard.counsellor.clear()
    qtbot.keyClicks(wizard.counsellor, "Anna Rossi")
    assert wizard.mark.text() == "ZQ"  # typed by hand: kept
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "tre parole lunghe davvero")
    qtbot.keyClicks(page.confirm, "tre parole lunghe davvero")
    wizard.next()
    recovery = wizard.recovery_page
    qtbot.waitUntil(lambda: recovery.ready, timeout=30_000)
    recovery.written.setChecked(True)
    with qtbot.waitSignal(wizard.unlocked, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    records = Records(session.vault.connection)
    assert records.team.require_own().mark == "ZQ"
    family, _ = new_family(records, on=date(2026, 5, 4))
    assert family.code == "RIP-2026-ZQ001"
    session.lock()
    session.tasks.wait()


def test_settings_sets_the_mark_once(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SettingsView(session=session, navigator=RecordingNavigator())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.refresh()
    team = view.team
    assert team.mark_button.isVisible() and not team.mark_edit.isReadOnly()
    assert team.mark_edit.text() == "A"  # a vault with no name: the first free letter
    old, _ = new_family(session.records, on=date(2026, 5, 4))
    team.mark_edit.clear()
    qtbot.keyClicks(team.mark_edit, "k")
    qtbot.mouseClick(team.mark_button, LEFT)
    assert "RIP-2026-K001" in team.message.text()
    assert team.mark_edit.isReadOnly() and not team.mark_button.isVisible()
    assert session.records.team.require_own().mark == "K"
    new, _ = new_family(session.records, on=date(2026, 5, 4))
    assert (old.code, new.code) == ("RIP-2026-001", "RIP-2026-K001")
