"""First run and unlocking, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.unlock import UnlockWindow
from ripartire_desktop.gui.wizard import FirstRunWizard
from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault


def _locked_session(data_dir: Path) -> Session:
    vault, _ = new_vault(data_dir)
    vault.lock()
    return Session(vault=build_vault(data_dir), tasks=BackgroundTasks())


def test_wrong_then_right_passphrase(data_dir: Path, qtbot) -> None:
    session = _locked_session(data_dir)
    window = UnlockWindow(session=session)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase, "non e questa")  # QTest types ASCII only
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong passphrase" in window.message.text(), timeout=60_000)
    assert not session.is_unlocked
    window.passphrase.clear()
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert session.is_unlocked
    assert window.passphrase.text() == ""
    session.tasks.wait()
    session.lock()


def test_recovery_key_typo_gets_its_own_message(data_dir: Path, qtbot) -> None:
    session = _locked_session(data_dir)
    window = UnlockWindow(session=session)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.recovery_toggle, Qt.MouseButton.LeftButton)
    assert window.recovery.isVisible() and not window.passphrase.isVisible()
    qtbot.keyClicks(window.recovery, "ABCD-EFGH")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a valid recovery key" in window.message.text(), timeout=60_000)
    session.tasks.wait()


def test_damaged_vault_message(data_dir: Path, qtbot) -> None:
    session = _locked_session(data_dir)
    (data_dir / "vault-key.json").write_text("{broken", encoding="utf-8")
    window = UnlockWindow(session=session)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be opened" in window.message.text(), timeout=60_000)
    assert "backup" in window.message.text()
    session.tasks.wait()


def test_first_run_wizard_creates_and_opens_the_vault(tmp_path: Path, qtbot) -> None:
    data_dir = tmp_path / "nuova"
    store = MemoryKeyStore()
    session = Session(
        vault=build_vault(data_dir, keystore=store, kdf_policy=TEST_POLICY), tasks=BackgroundTasks()
    )
    wizard = FirstRunWizard(session=session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.organisation, "Associazione Prova")
    qtbot.keyClicks(wizard.counsellor, "Operatrice Esempio")
    wizard.next()
    page = wizard.passphrase_page
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.keyClicks(page.passphrase, "corta")
    assert page.twice.meter.value() == 0
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "tre parole lunghe davvero")
    qtbot.keyClicks(page.confirm, "tre parole lunghe davvero")
    assert page.twice.meter.value() >= 3
    page.remember.setChecked(True)
    wizard.next()
    recovery = wizard.recovery_page
    qtbot.waitUntil(lambda: recovery.ready, timeout=60_000)
    shown = recovery.key_label.text().replace("\n", " ").split()
    assert len(shown) == 9 and all(len(group) == 4 for group in shown)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    recovery.written.setChecked(True)
    with qtbot.waitSignal(wizard.unlocked, timeout=60_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    settings = Records(session.vault.connection).settings.load()
    assert settings.organisation == "Associazione Prova"
    assert session.vault.is_remembered()
    session.lock()
    # The recovery key shown once really opens the vault.
    again = build_vault(data_dir)
    again.unlock_with_recovery_key("-".join(shown))
    assert again.is_unlocked
    again.lock()


@pytest.mark.parametrize("weak", ["password", "Cernusco2026!", "Girasole2026!"])
def test_the_wizard_refuses_a_guessable_passphrase_and_says_why(
    weak: str, tmp_path: Path, qtbot
) -> None:
    session = Session(
        vault=build_vault(tmp_path / "v", keystore=MemoryKeyStore()), tasks=BackgroundTasks()
    )
    wizard = FirstRunWizard(session=session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.organisation, "Associazione Girasole")
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, weak)
    qtbot.keyClicks(page.confirm, weak)
    assert page.twice.meter.value() < 3
    assert page.twice.hint.text().startswith("Too easy to guess:")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not (tmp_path / "v").exists()


def test_a_cut_audit_log_is_said_at_unlock_in_the_app(data_dir: Path, qtbot) -> None:
    from PySide6.QtCore import Qt

    from ripartire_desktop.gui.application import AppController
    from ripartire_desktop.store.records.audit import AuditAction

    vault, _ = new_vault(data_dir)
    for _ in range(3):
        vault.record(AuditAction.EXPORT, family_code="RIP-2026-001")
    conn = vault.connection
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > 2")  # the exports, cut from the end
    vault.lock(sync=False)
    controller = AppController(vault=build_vault(data_dir))
    controller.start()
    window = controller.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    box = controller.audit_warning
    assert box is not None and box.isVisible()
    assert "audit log does not match" in box.text()
    assert "entries were removed" in box.detailedText()
    box.accept()
    controller.session.lock()
    controller.tasks.wait()
    controller.main.close()
