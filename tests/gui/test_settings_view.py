"""Settings: the settings table, passphrase, key rotation, remember, backup, verify, restore,
driven through the real widgets on a real vault."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QSpinBox, QWidget

from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.progress import ProgressDialog
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views import settings_security
from ripartire_desktop.gui.views.settings import SettingsView
from ripartire_desktop.store.backup import backup_key_from_passphrase, inspect_backup
from ripartire_desktop.store.errors import BackupError, DamagedDatabaseError, WrongSecretError
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault
from tests.gui.confirming import confirm
from tests.gui.conftest import RecordingNavigator

NEW_PASSPHRASE = "un-altro-segreto-456"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(session: Session, navigator: RecordingNavigator, qtbot) -> SettingsView:  # type: ignore[no-untyped-def]
    widget = SettingsView(session=session, navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_security, "KDF_SECONDS", 0)


def retype(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what is in the field and type over it, as a user would."""
    widget.setFocus()
    if isinstance(widget, QSpinBox):
        widget.selectAll()
    else:
        widget.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def close_when_done(qtbot, dialog: ProgressDialog) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    text = dialog.result_label.text()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, LEFT)
    return text


# --- the settings table ---------------------------------------------------------------------


def test_edit_and_save_settings_are_stored(view: SettingsView, session: Session, qtbot) -> None:
    assert view.edits["municipality"].text() == "Cernusco sul Naviglio"
    assert not view.save_button.isEnabled()
    retype(qtbot, view.edits["organisation"], "Associazione Ripartire")
    retype(qtbot, view.edits["counsellor_name"], "Operatrice Prova")
    retype(qtbot, view.edits["capacity"], "30")
    retype(qtbot, view.edits["retention_months"], "36")
    retype(qtbot, view.edits["small_cell_k"], "7")
    retype(qtbot, view.edits["idle_lock_minutes"], "10")
    view.language.setCurrentIndex(view.language.findData("en"))
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(session.idle_lock_changed, timeout=60_000) as changed:
        qtbot.mouseClick(view.save_button, LEFT)
    assert changed.args == [10]
    stored = session.records.settings.load()
    assert (stored.organisation, stored.counsellor_name) == (
        "Associazione Ripartire",
        "Operatrice Prova",
    )
    assert (stored.capacity, stored.retention_months) == (30, 36)
    assert (stored.small_cell_k, stored.idle_lock_minutes, stored.language) == (7, 10, "en")
    assert "next time" in view.save_message.text()
    device = json.loads((session.vault.data_dir / "device.json").read_text(encoding="utf-8"))
    assert device["language"] == "en"
    assert not view.save_button.isEnabled()


def test_small_cell_threshold_below_three_is_refused_next_to_the_field(
    view: SettingsView, session: Session, qtbot
) -> None:
    retype(qtbot, view.edits["organisation"], "Da non salvare")
    retype(qtbot, view.edits["small_cell_k"], "2")
    qtbot.mouseClick(view.save_button, LEFT)
    assert view.errors["small_cell_k"].isVisible()
    assert "At least 3" in view.errors["small_cell_k"].text()
    assert "Nothing was saved" in view.save_message.text()
    stored = session.records.settings.load()
    assert (stored.small_cell_k, stored.organisation) == (5, "")


def test_revert_and_clear(view: SettingsView, session: Session, qtbot) -> None:
    retype(qtbot, view.edits["counsellor_name"], "Operatrice Prova")
    qtbot.mouseClick(view.save_button, LEFT)
    retype(qtbot, view.edits["counsellor_name"], "Altro nome")
    qtbot.mouseClick(view.revert_button, LEFT)
    assert view.edits["counsellor_name"].text() == "Operatrice Prova"
    view.clear()
    spins = view.findChildren(QSpinBox)
    assert all(not spin.cleanText() for spin in spins)
    inner = {spin.findChild(QLineEdit) for spin in spins}
    assert all(not edit.text() for edit in view.findChildren(QLineEdit) if edit not in inner)
    assert "Operatrice" not in view.data.folder_label.text() + view.save_message.text()
    view.refresh()  # unlocking again shows everything once more
    assert view.edits["counsellor_name"].text() == "Operatrice Prova"
    assert view.edits["small_cell_k"].text() == "5"


# --- security -------------------------------------------------------------------------------


def _open_passphrase_dialog(view: SettingsView, qtbot, current: str):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.security.change_button, LEFT)
    dialog = view.security.passphrase_dialog
    qtbot.waitExposed(dialog, timeout=60_000)
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, NEW_PASSPHRASE)
    assert dialog.twice.meter.value() >= 2
    qtbot.mouseClick(dialog.change_button, LEFT)
    return dialog


def _wait_for_change(view: SettingsView, dialog, qtbot, words: str) -> None:  # type: ignore[no-untyped-def]
    """Wait for the passphrase change to be reported; if it never is, say where it stopped."""
    try:
        qtbot.waitUntil(lambda: words in view.security.message.text(), timeout=60_000)
    except Exception as exc:
        raise AssertionError(
            f"view: {view.security.message.text()!r}; dialog: {dialog.message.text()!r}; "
            f"hint: {dialog.twice.hint.text()!r}; busy: {not dialog.cancel_button.isEnabled()}; "
            f"unlocked: {view.session.is_unlocked}"
        ) from exc


def test_change_passphrase_then_the_new_one_unlocks(
    view: SettingsView, session: Session, data_dir: Path, qtbot
) -> None:
    dialog = _open_passphrase_dialog(view, qtbot, PASSPHRASE)
    _wait_for_change(view, dialog, qtbot, "Passphrase changed")
    assert view.security.passphrase_dialog is None  # closed, and the typed secrets with it
    assert session.records.settings.load().municipality  # the session still works
    fresh = build_vault(data_dir)
    with pytest.raises(WrongSecretError):
        fresh.unlock_with_passphrase(PASSPHRASE)
    fresh.unlock_with_passphrase(NEW_PASSPHRASE)
    fresh.lock()


def test_wrong_current_passphrase_is_said_plainly(
    view: SettingsView, data_dir: Path, qtbot
) -> None:
    envelope = (data_dir / "vault-key.json").read_bytes()
    dialog = _open_passphrase_dialog(view, qtbot, "non-e-questa-1")
    qtbot.waitUntil(lambda: "current passphrase is wrong" in dialog.message.text(), timeout=60_000)
    assert dialog.isVisible() and dialog.change_button.isEnabled()
    assert (data_dir / "vault-key.json").read_bytes() == envelope


def test_rotate_key_reencrypts_and_the_view_keeps_working(
    view: SettingsView, session: Session, data_dir: Path, qtbot
) -> None:
    view.language.setCurrentIndex(view.language.findData("it"))
    qtbot.mouseClick(view.save_button, LEFT)
    view.security.remember.click()
    old_key = session.vault.data_key
    qtbot.mouseClick(view.security.rotate_button, LEFT)
    confirm(qtbot, view.security.confirm_box)  # issue 15: a heavy step asks first
    dialog = view.security.rotate_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.security.progress_dialog is not None, timeout=60_000)
    text = close_when_done(qtbot, view.security.progress_dialog)
    assert "re-encrypted" in text
    assert session.vault.data_key != old_key
    assert session.records.settings.load().small_cell_k == 5
    fresh = build_vault(data_dir)
    fresh.unlock_with_passphrase(PASSPHRASE)
    assert fresh.data_key == session.vault.data_key
    fresh.lock()
    remembered = build_vault(data_dir, keystore=session.vault.keystore)
    assert remembered.unlock_with_remembered()  # the device remembers the new key
    remembered.lock()
    device = json.loads((data_dir / "device.json").read_text(encoding="utf-8"))
    assert device["language"] == "it"


def test_locking_closes_open_dialogs_and_forgets_what_was_typed(view: SettingsView, qtbot) -> None:
    qtbot.mouseClick(view.security.change_button, LEFT)
    dialog = view.security.passphrase_dialog
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    view.clear()
    assert not dialog.isVisible()
    assert dialog.current.text() == ""


def test_remember_on_this_device_follows_the_checkbox(
    view: SettingsView, session: Session, data_dir: Path, qtbot
) -> None:
    retype(qtbot, view.edits["idle_lock_minutes"], "5")
    view.language.setCurrentIndex(view.language.findData("it"))
    qtbot.mouseClick(view.save_button, LEFT)
    assert not view.security.remember.isChecked()
    view.security.remember.click()
    assert session.vault.is_remembered()
    again = build_vault(data_dir, keystore=session.vault.keystore)
    assert again.unlock_with_remembered()
    again.lock()
    device = json.loads((data_dir / "device.json").read_text(encoding="utf-8"))
    assert device["language"] == "it"  # remembering kept the language for the next start
    view.security.remember.click()
    assert not session.vault.is_remembered()
    assert not build_vault(data_dir, keystore=session.vault.keystore).unlock_with_remembered()
    assert "no longer remembers" in view.security.message.text()
    device = json.loads((data_dir / "device.json").read_text(encoding="utf-8"))
    assert device == {"language": "it"}


class NoKeyring(MemoryKeyStore):
    """A device without a usable credential store (headless Linux)."""

    def backend_id(self) -> str | None:
        return None


def test_remember_without_a_keyring_says_so(tmp_path: Path, qtbot) -> None:
    vault, _ = new_vault(tmp_path / "vault", keystore=NoKeyring())
    session = Session(vault=vault, tasks=BackgroundTasks())
    session.opened()
    view = SettingsView(session=session, navigator=RecordingNavigator())
    qtbot.addWidget(view)
    view.refresh()
    view.security.remember.click()
    assert not view.security.remember.isChecked()
    assert "no usable keyring" in view.security.message.text()
    assert not vault.is_remembered()
    session.lock()


# --- backup, verify, restore --------------------------------------------------------------


def _choose_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_backup_now_writes_a_restorable_file(
    view: SettingsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    stick = tmp_path / "chiavetta"
    stick.mkdir()
    _choose_save(monkeypatch, stick)  # a folder: the default name goes inside it
    qtbot.mouseClick(view.data.backup_button, LEFT)
    text = close_when_done(qtbot, view.data.progress_dialog)
    [written] = list(stick.iterdir())
    assert re.fullmatch(r"ripartire-backup-\d{8}-\d{4}\.ripbak", written.name)
    assert str(written) in text and ("KB" in text or "kB" in text or "KiB" in text)
    backup = inspect_backup(written)
    assert backup_key_from_passphrase(backup, PASSPHRASE)


def test_backup_never_overwrites_an_existing_file(
    view: SettingsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    existing = tmp_path / "vecchio.ripbak"
    existing.write_bytes(b"the only copy")
    _choose_save(monkeypatch, existing)
    qtbot.mouseClick(view.data.backup_button, LEFT)
    assert view.data.message_box is not None
    assert "already exists" in view.data.message_box.text()
    assert existing.read_bytes() == b"the only copy"


def test_verify_says_the_vault_is_sound(view: SettingsView, qtbot) -> None:
    qtbot.mouseClick(view.data.verify_button, LEFT)
    dialog = view.data.verify_dialog
    qtbot.waitUntil(lambda: "sound" in dialog.verdict.text(), timeout=60_000)
    assert dialog.checks.count() >= 4
    assert "sound" in view.data.message.text()


def test_restore_replaces_the_vault_keeps_the_old_one_and_asks_to_lock(
    view: SettingsView,
    session: Session,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    target = tmp_path / "copia.ripbak"
    _choose_save(monkeypatch, target)
    qtbot.mouseClick(view.data.backup_button, LEFT)
    close_when_done(qtbot, view.data.progress_dialog)
    retype(qtbot, view.edits["organisation"], "Scritto dopo il backup")
    qtbot.mouseClick(view.save_button, LEFT)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.data.restore_button, LEFT)
    confirm(qtbot, view.data.confirm_box)  # issue 15: a heavy step asks first
    dialog = view.data.restore_dialog
    assert dialog.backup.path == target
    qtbot.keyClicks(dialog.secret, "sbagliata-123")
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.message.text(), timeout=60_000)
    assert session.records.settings.load().organisation == "Scritto dopo il backup"

    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: view.data.progress_dialog is not None, timeout=60_000)
    progress = view.data.progress_dialog
    assert not session.vault.is_unlocked  # its files are being moved aside
    qtbot.waitUntil(lambda: not progress.busy, timeout=60_000)
    assert "restored" in progress.result_label.text()
    with qtbot.waitSignal(session.restore_completed, timeout=60_000):
        close_when_done(qtbot, progress)

    [aside] = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
    assert (aside / "vault.db").exists() and (aside / "vault-key.json").exists()
    restored = build_vault(data_dir)
    restored.unlock_with_passphrase(PASSPHRASE)
    from ripartire_desktop.store.records import Records

    assert Records(restored.connection).settings.load().organisation == ""
    restored.lock()


def test_restore_refuses_a_file_that_is_not_a_backup(
    view: SettingsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    bogus = tmp_path / "foto.ripbak"
    bogus.write_bytes(b"\x89PNG not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    qtbot.mouseClick(view.data.restore_button, LEFT)
    assert view.data.message_box is not None
    assert "not a Ripartire backup" in view.data.message_box.text()


# --- messages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (BackupError("x.ripbak is not a Ripartire backup."), "not a Ripartire backup"),
        (WrongSecretError("wrong"), "Wrong passphrase or recovery key"),
        (RuntimeError("boom"), "Unexpected error (RuntimeError)"),
    ],
)
def test_describe_error_speaks_plainly(exc: BaseException, words: str) -> None:
    assert words in describe_error(exc)


def test_change_passphrase_re_keys_so_an_old_key_file_opens_nothing(
    view: SettingsView, session: Session, data_dir: Path, qtbot
) -> None:
    old_key = session.vault.data_key
    old_envelope = (data_dir / "vault-key.json").read_bytes()
    dialog = _open_passphrase_dialog(view, qtbot, PASSPHRASE)
    _wait_for_change(view, dialog, qtbot, "re-encrypted")
    assert session.vault.data_key != old_key
    session.lock()
    (data_dir / "vault-key.json").write_bytes(old_envelope)
    with pytest.raises(DamagedDatabaseError, match="older copy"):
        build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)


def test_a_new_recovery_key_from_settings_replaces_the_old_one(
    view: SettingsView, session: Session, data_dir: Path, qtbot
) -> None:
    old_recovery = new_vault_recovery(data_dir)
    dialog = view.security.recovery.start()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.security.recovery.shown is not None, timeout=60_000)
    box = view.security.recovery.shown
    shown = box.informativeText().replace("\n", " ").split()
    assert len(shown) == 9
    box.accept()
    assert session.records.settings.load().small_cell_k == 5  # reopened under the new key
    session.lock()
    with pytest.raises(WrongSecretError, match="replaced by a newer"):
        build_vault(data_dir).unlock_with_recovery_key(old_recovery)
    fresh = build_vault(data_dir)
    fresh.unlock_with_recovery_key("-".join(shown))
    fresh.lock()


def new_vault_recovery(data_dir: Path) -> str:
    """The recovery key of the session's vault (template 0 of tests/core/vaults.py)."""
    from tests.core import vaults

    return vaults._template(0).recovery


def test_the_window_runs_the_same_key_and_backup_use_cases_as_the_command_line(
    view: SettingsView, session: Session, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    from ripartire_desktop.usecases import backups, keys

    calls: list[str] = []
    for module, name in ((keys, "rotate_key"), (backups, "verify")):
        real = getattr(module, name)

        def recorded(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, recorded)
    qtbot.mouseClick(view.security.rotate_button, LEFT)
    confirm(qtbot, view.security.confirm_box)  # issue 15: a heavy step asks first
    dialog = view.security.rotate_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.security.progress_dialog is not None, timeout=60_000)
    assert "re-encrypted" in close_when_done(qtbot, view.security.progress_dialog)
    assert session.is_unlocked and session.core.vault.is_unlocked  # reopened by the session
    qtbot.mouseClick(view.data.verify_button, LEFT)
    qtbot.waitUntil(lambda: "sound" in view.data.message.text(), timeout=60_000)
    assert calls == ["rotate_key", "verify"]


def test_the_interview_lock_is_a_setting_longer_by_default(
    view: SettingsView, session: Session, qtbot
) -> None:
    assert view.edits["interview_lock_minutes"].value() == 30
    retype(qtbot, view.edits["interview_lock_minutes"], "45")
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(session.idle_lock_changed, timeout=60_000):
        qtbot.mouseClick(view.save_button, LEFT)
    assert session.records.settings.load().interview_lock_minutes == 45
