"""The documents of one family from its header, the recovery sheet from the wizard and from
Settings, and the privacy notice in Settings: files as a reader would check them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWizard

from ripartire_desktop.domain import Family
from ripartire_desktop.gui.dialogs.export_case import CaseSummaryDialog
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.dialogs.secret import SecretDialog
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views import settings_security
from ripartire_desktop.gui.views.family import FamilyView
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.gui.wizard import FirstRunWizard
from ripartire_desktop.reports.consent_text import default_notice
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases.compose import build_vault
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault
from tests.gui.conftest import RecordingNavigator

LEFT = Qt.MouseButton.LeftButton
TAG = "Zibellino"
NAMES = (f"Nome{TAG}", f"Cognome{TAG}", f"{TAG}@example.org", f"Via {TAG}")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed; .ci/run installs it")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def choose_save(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[str]:
    offered: list[str] = []

    def answer(_parent: object, _title: str, default: str, *_a: object, **_k: object):  # type: ignore[no-untyped-def]
        offered.append(default)
        return (str(path), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def finished_text(qtbot, dialog: ProgressDialog) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    return dialog.result_label.text()


def exports(session: Session) -> list[tuple[str | None, str]]:
    return [
        (e.family_code, e.detail)
        for e in session.records.audit.entries()
        if e.action == AuditAction.EXPORT.value
    ]


@pytest.fixture
def family(session: Session) -> Family:
    return populated_family(session.records, TAG)


@pytest.fixture
def view(session: Session, navigator: RecordingNavigator, family: Family, qtbot) -> FamilyView:  # type: ignore[no-untyped-def]
    widget = FamilyView(session=session, navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


# --- the family header ----------------------------------------------------------------------


def test_header_documents_menu_follows_the_open_family(view: FamilyView, family: Family) -> None:
    docs = view.documents
    assert docs.button.parent() is view.form and docs.button.isVisible()
    titles = [a.text().replace("&", "") for a in docs.button.menu().actions()]
    assert titles == [
        "Case summary (PDF)…",
        "Subject access export…",
        "Consent form (PDF)…",
        "",  # the separator before the hand-over (issue 16)
        "Hand over to a colleague…",
    ]
    assert not docs.button.isEnabled()
    view.open(family.id)  # type: ignore[arg-type]
    assert docs.button.isEnabled()
    view.clear()
    assert not docs.button.isEnabled()


def test_case_summary_without_identity_names_nobody(
    view: FamilyView,
    session: Session,
    family: Family,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    view.open(family.id)  # type: ignore[arg-type]
    target = tmp_path / "caso.pdf"
    offered = choose_save(monkeypatch, target)
    view.documents.case_action.trigger()
    dialog = view.findChild(CaseSummaryDialog)
    assert dialog is not None and not dialog.identity.isChecked()
    dialog.save_button.click()
    progress = view.findChild(ProgressDialog)
    assert progress is not None
    text = finished_text(qtbot, progress)
    assert "NOT encrypted" in text and family.code in text
    assert Path(offered[0]).name == f"{family.code}-case-summary.pdf"
    assert target.stat().st_mode & 0o777 == 0o600
    content = pdf_text(target)
    # The notes are there, redacted: TAG is also the family's e-mail user name.
    assert family.code in content and "colloquio [EMAIL]" in content
    assert "Sostituzioni in questa stampa" in content
    assert not [n for n in NAMES if n in content]
    assert exports(session) == [(family.code, "case summary pdf")]


def test_case_summary_with_identity_when_asked(
    view: FamilyView,
    session: Session,
    family: Family,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    view.open(family.id)  # type: ignore[arg-type]
    target = tmp_path / "con-nomi.pdf"
    choose_save(monkeypatch, target)
    dialog = view.documents.case_summary()
    assert dialog is not None
    dialog.identity.setChecked(True)
    dialog.save_button.click()
    progress = view.findChild(ProgressDialog)
    finished_text(qtbot, progress)
    assert f"Nome{TAG}" in pdf_text(target)
    assert exports(session) == [(family.code, "case summary pdf with identity")]


def test_cancelled_case_summary_writes_nothing(
    view: FamilyView, session: Session, family: Family, tmp_path: Path, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    view.open(family.id)  # type: ignore[arg-type]
    choose_save(monkeypatch, "")
    dialog = view.documents.case_summary()
    assert dialog is not None
    dialog.save_button.click()
    dialog2 = view.documents.case_summary()
    assert dialog2 is not None
    dialog2.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    session.tasks.wait()
    assert not list(tmp_path.glob("*.pdf")) and exports(session) == []


def test_subject_access_export_writes_a_new_private_folder(
    view: FamilyView,
    session: Session,
    family: Family,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    view.open(family.id)  # type: ignore[arg-type]
    folder = tmp_path / "accesso"
    offered = choose_save(monkeypatch, folder)
    # Asked first: plain text is only for the family. Enter and Escape both cancel.
    view.documents.subject_action.trigger()
    box = view.findChild(QMessageBox)
    assert box is not None and "anyone who gets the files" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    session.tasks.wait()
    assert not folder.exists() and offered == [] and exports(session) == []
    box = view.documents.subject_access()
    assert box is not None
    go = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    go.click()
    text = finished_text(qtbot, view.findChild(ProgressDialog))
    assert "NOT encrypted" in text
    assert Path(offered[0]).name == f"{family.code}-subject-access"
    pdf, js = folder / f"{family.code}.pdf", folder / f"{family.code}.json"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert pdf.stat().st_mode & 0o777 == 0o600 and js.stat().st_mode & 0o777 == 0o600
    assert f"Nome{TAG}" in pdf_text(pdf)  # everything held: names included, on purpose
    assert f"Nome{TAG}" in js.read_text(encoding="utf-8")
    assert exports(session) == [(family.code, "subject access pdf+json, plaintext for the family")]


def test_consent_form_uses_the_notice_from_settings(
    view: FamilyView,
    session: Session,
    family: Family,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    from dataclasses import replace

    with session.records.transaction():
        stored = session.records.settings.load()
        own = "## Informativa di prova\nIl titolare {organisation} tratta i dati di {code}."
        session.records.settings.save(
            replace(stored, organisation="Associazione Prova", privacy_notice=own)
        )
    view.open(family.id)  # type: ignore[arg-type]
    target = tmp_path / "consenso.pdf"
    offered = choose_save(monkeypatch, target)
    view.documents.consent_action.trigger()
    text = finished_text(qtbot, view.findChild(ProgressDialog))
    assert "print it and have it signed" in text and "NOT encrypted" in text
    assert Path(offered[0]).name == f"{family.code}-consent-form.pdf"
    content = " ".join(pdf_text(target).split())
    assert f"Il titolare Associazione Prova tratta i dati di {family.code}." in content
    assert not [n for n in NAMES if n in content]
    assert target.stat().st_mode & 0o777 == 0o600
    assert exports(session) == [(family.code, "consent form pdf")]


# --- recovery sheet -------------------------------------------------------------------------


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_wizard_prints_the_recovery_sheet_with_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    session = Session(
        vault=build_vault(tmp_path / "nuova", keystore=MemoryKeyStore()), tasks=BackgroundTasks()
    )
    wizard = FirstRunWizard(session=session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.organisation, "Associazione Prova")
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "tre parole lunghe davvero")
    qtbot.keyClicks(page.confirm, "tre parole lunghe davvero")
    wizard.next()
    recovery = wizard.recovery_page
    assert not recovery.print_button.isEnabled()
    qtbot.waitUntil(lambda: recovery.ready, timeout=60_000)
    assert recovery.print_button.isEnabled()
    target = tmp_path / "foglio.pdf"
    choose_save(monkeypatch, target)
    qtbot.mouseClick(recovery.print_button, LEFT)
    progress = wizard.findChild(ProgressDialog)
    assert "NOT encrypted" in finished_text(qtbot, progress)
    assert target.stat().st_mode & 0o777 == 0o600
    assert squeeze(wizard.recovery_key.replace("-", "")) in squeeze(pdf_text(target))
    progress.accept()
    recovery.written.setChecked(True)
    with qtbot.waitSignal(wizard.unlocked, timeout=60_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.recovery_key == ""
    session.tasks.wait()
    session.lock()


@pytest.fixture
def keyed(data_dir: Path, qtbot) -> tuple[Session, str]:  # type: ignore[no-untyped-def]
    vault, recovery = new_vault(data_dir)
    session = Session(vault=vault, tasks=BackgroundTasks())
    session.opened()
    yield session, recovery
    session.tasks.wait()
    session.lock()


@pytest.fixture
def settings_view(keyed, navigator: RecordingNavigator, qtbot, monkeypatch) -> SettingsView:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings_security, "KDF_SECONDS", 0)
    widget = SettingsView(session=keyed[0], navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.refresh()
    return widget


def submit(qtbot, dialog: SecretDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, text)
    qtbot.mouseClick(dialog.ok_button, LEFT)


def test_settings_recovery_sheet_refuses_another_vaults_key_then_prints(
    settings_view: SettingsView,
    keyed: tuple[Session, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    session, recovery = keyed
    other_vault, other_key = new_vault(tmp_path / "altra")
    other_vault.lock()
    target = tmp_path / "foglio.pdf"
    choose_save(monkeypatch, target)
    button = settings_view.findChild(QPushButton, "recoverySheetButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, LEFT)
    dialog = settings_view.security.sheet_dialog
    assert dialog is not None
    submit(qtbot, dialog, "ABCD-EFGH")
    assert "not a valid recovery key" in dialog.message.text()
    submit(qtbot, dialog, other_key)
    qtbot.waitUntil(lambda: "does not open this vault" in dialog.message.text(), timeout=60_000)
    assert not target.exists() and exports(session) == []
    typed = recovery.lower().replace("-", " ").replace("0", "o")  # as typed from the paper
    submit(qtbot, dialog, typed)
    qtbot.waitUntil(
        lambda: settings_view.security.sheet_printer.progress is not None, timeout=60_000
    )
    progress = settings_view.security.sheet_printer.progress
    assert "NOT encrypted" in finished_text(qtbot, progress)
    assert squeeze(recovery.replace("-", "")) in squeeze(pdf_text(target))
    assert exports(session) == [(None, "recovery sheet pdf")]
    assert recovery not in str(session.records.audit.entries())


# --- the privacy notice in Settings ----------------------------------------------------------


def test_notice_is_edited_restored_and_kept_by_the_general_save(
    settings_view: SettingsView, keyed: tuple[Session, str], qtbot
) -> None:
    session = keyed[0]
    notice = settings_view.notice
    assert notice.edit.toPlainText() == default_notice("it")
    assert not notice.save_button.isEnabled()
    notice.edit.setPlainText("## La nostra informativa\nTesto dell'associazione.")
    qtbot.mouseClick(notice.save_button, LEFT)
    assert session.records.settings.load().privacy_notice.startswith("## La nostra")
    # Saving the other settings keeps the notice.
    settings_view.edits["organisation"].setText("Associazione Nuova")
    qtbot.mouseClick(settings_view.save_button, LEFT)
    stored = session.records.settings.load()
    assert stored.organisation == "Associazione Nuova"
    assert stored.privacy_notice.startswith("## La nostra")
    qtbot.mouseClick(notice.default_button, LEFT)
    assert notice.edit.toPlainText() == default_notice("it")
    qtbot.mouseClick(notice.save_button, LEFT)
    assert session.records.settings.load().privacy_notice == ""  # the built-in text
    settings_view.clear()
    assert notice.edit.toPlainText() == ""


def test_the_window_writes_a_document_through_the_shared_use_case(
    view: FamilyView,
    session: Session,
    family: Family,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    """The consent form of the window is the command line's use case, called once, off the GUI
    thread; the window writes no audit entry of its own."""
    from ripartire_desktop.usecases import documents

    calls: list[tuple[object, Path, str | None]] = []
    original = documents.consent_form

    def observed(records, family_ref, target, *, lang):  # type: ignore[no-untyped-def]
        calls.append((family_ref, target, lang))
        return original(records, family_ref, target, lang=lang)

    monkeypatch.setattr(documents, "consent_form", observed)
    view.open(family.id)  # type: ignore[arg-type]
    target = tmp_path / "consenso.pdf"
    choose_save(monkeypatch, target)
    view.documents.consent_action.trigger()
    progress = view.findChild(ProgressDialog)
    assert progress is not None
    assert family.code in finished_text(qtbot, progress)
    assert calls == [(family.id, target, "it")]
    assert exports(session) == [(family.code, "consent form pdf")]
