"""The key, backup and team use cases on real vaults, and the rules around them: the lock state
lives in `VaultSession` only, a `Vault` is built in `usecases/compose.py` only, and the command
line runs the same use cases as the window."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ripartire_desktop
from ripartire_desktop.store.errors import UnlockThrottledError, VaultError, WrongSecretError
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.throttle import FREE_ATTEMPTS
from ripartire_desktop.usecases import backups, keys, team
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.session import Opening, VaultSession
from tests.conftest import PASSPHRASE
from tests.core.team_fixtures import identity_text
from tests.core.vaults import new_vault

PACKAGE = Path(ripartire_desktop.__file__).parent
NEW = "una frase nuova e lunga"


def session_on(data_dir: Path, **kwargs: Any) -> VaultSession:
    """A new process's view of the vault in `data_dir` (locked)."""
    return VaultSession(build_vault(data_dir, **kwargs), holder="a test")


def unlocked_session(data_dir: Path) -> tuple[VaultSession, str]:
    vault, recovery = new_vault(data_dir)
    session = VaultSession(vault, holder="a test")
    session.opened()
    return session, recovery


def actions(session: VaultSession) -> list[tuple[str, str]]:
    return [(e.action, e.detail) for e in session.records.audit.entries()]


# --- unlocking and the lock state --------------------------------------------------------


def test_unlock_with_passphrase_recovery_key_and_remembered_key(data_dir: Path) -> None:
    store = MemoryKeyStore()
    vault, recovery = new_vault(data_dir, keystore=store)
    vault.lock()
    session = session_on(data_dir, keystore=store)
    assert not session.is_unlocked
    session.unlock_with_passphrase(PASSPHRASE)
    assert session.is_unlocked and session.records.settings.load() is not None
    assert session.remember() and session.is_remembered()
    assert session.lock() and not session.is_unlocked
    assert not session.lock()  # already locked: nothing to do

    remembered = session_on(data_dir, keystore=store)
    assert remembered.unlock_with_remembered()
    remembered.lock()
    remembered.forget()
    assert not session_on(data_dir, keystore=store).unlock_with_remembered()

    by_recovery = session_on(data_dir)
    by_recovery.unlock_with_recovery_key(recovery)
    assert ("unlock", "recovery key") in actions(by_recovery)
    by_recovery.lock()


def test_a_checked_secret_opens_later_and_hides_its_key(data_dir: Path) -> None:
    vault, _recovery = new_vault(data_dir)
    vault.lock()
    session = session_on(data_dir)
    opening = session.check_passphrase(PASSPHRASE)  # the slow step: a worker thread's
    assert not session.is_unlocked
    assert "candidates" not in repr(opening) and repr(opening.candidates[0]) not in repr(opening)
    session.unlock(opening)
    assert session.is_unlocked
    assert actions(session)[0] == ("unlock", "passphrase")
    session.lock()


def test_wrong_secrets_count_against_the_throttle(data_dir: Path) -> None:
    vault, _recovery = new_vault(data_dir)
    vault.lock()
    now = [1000.0]
    session = session_on(data_dir, clock=lambda: now[0])
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongSecretError):
            session.check_passphrase("sbagliata")
    with pytest.raises(UnlockThrottledError):
        session.check_passphrase(PASSPHRASE)  # even the right one waits
    now[0] += 60
    session.unlock_with_passphrase(PASSPHRASE)
    assert session.vault.throttle.failures == 0
    session.lock()


def test_the_session_holds_the_process_lock_while_unlocked(data_dir: Path) -> None:
    vault, _recovery = new_vault(data_dir)
    vault.lock()
    window = session_on(data_dir)
    assert window.claim() is None and window.process_lock.held
    window.unlock_with_passphrase(PASSPHRASE)
    window.lock()  # locking gives it back
    assert not window.process_lock.held
    assert window.claim() is None
    with pytest.raises(WrongSecretError):
        window.unlock_with_passphrase("sbagliata")
    window.unclaim()  # an unlock that did not happen gives it back too
    assert not window.process_lock.held


# --- changing the keys: suspend, work, resume --------------------------------------------


def test_change_passphrase_through_a_suspended_session(data_dir: Path) -> None:
    session, recovery = unlocked_session(data_dir)
    work = session.suspend()
    assert work is not None
    assert session.is_unlocked and not session.vault.is_unlocked  # closed, not locked
    keys.change_passphrase(work, NEW, kdf_seconds=0)
    assert work.resume("after passphrase change")
    assert session.vault.is_unlocked
    assert ("passphrase_change", "with re-key") in actions(session)
    session.lock()
    with pytest.raises(WrongSecretError):
        session_on(data_dir).unlock_with_passphrase(PASSPHRASE)
    for unlock in (
        lambda s: s.unlock_with_passphrase(NEW),
        lambda s: s.unlock_with_recovery_key(recovery),  # the recovery key is unchanged
    ):
        again = session_on(data_dir)
        unlock(again)
        again.lock()


def test_rotation_and_new_recovery_key_then_resume(data_dir: Path) -> None:
    session, old_recovery = unlocked_session(data_dir)
    before = session.vault.data_key
    work = session.suspend()
    assert work is not None
    keys.rotate_key(work, PASSPHRASE)
    assert work.resume("after key rotation")
    assert session.vault.data_key != before
    work = session.suspend()
    assert work is not None
    recovery = keys.new_recovery_key(work, PASSPHRASE)
    assert work.resume("after new recovery key")
    kinds = [action for action, _detail in actions(session)]
    assert {"key_rotation", "recovery_key_change"} <= set(kinds)
    session.lock()
    with pytest.raises(WrongSecretError):
        session_on(data_dir).unlock_with_recovery_key(old_recovery)
    again = session_on(data_dir)
    again.unlock_with_recovery_key(recovery)
    again.lock()


def test_failed_key_work_resumes_with_the_old_key(data_dir: Path) -> None:
    session, _recovery = unlocked_session(data_dir)
    key = session.vault.data_key
    work = session.suspend()
    assert work is not None
    with pytest.raises(WrongSecretError):
        keys.rotate_key(work, "non è la frase")
    assert work.resume("after failed key rotation")
    assert session.vault.data_key == key
    session.lock()


def test_a_session_locked_meanwhile_stays_locked(data_dir: Path) -> None:
    session, _recovery = unlocked_session(data_dir)
    work = session.suspend()
    assert work is not None
    keys.change_passphrase(work, NEW, kdf_seconds=0)
    session.lock()  # the idle lock fired while the work ran
    assert work.resume("after passphrase change")  # nothing to reopen
    assert not session.is_unlocked and not session.vault.is_unlocked
    assert session.suspend() is None


# --- backups --------------------------------------------------------------------------------


def test_back_up_verify_and_restore(tmp_path: Path) -> None:
    session, recovery = unlocked_session(tmp_path / "vault")
    target = tmp_path / "copia.ripbak"
    assert backups.back_up(session, target) > 0
    assert ("backup", "") in actions(session)
    with pytest.raises(FileExistsError):
        backups.back_up(session, target)  # never over an existing file
    assert backups.verify(session).ok

    backup = backups.inspect(target)
    opening = backups.open_backup(session, backup, recovery, recovery_key=True)
    with pytest.raises(VaultError):
        backups.restore(session, backup, opening, force=True)  # still open
    work = session.suspend()
    assert work is not None
    result = backups.restore(session, backup, opening, force=True)
    assert result.replaced_dir is not None and result.replaced_dir.is_dir()
    session.lock()
    with pytest.raises(VaultError):  # an unlock's opening is not a backup's key
        backups.restore(session, backup, Opening("passphrase", opening.candidates), force=True)
    restored = session_on(tmp_path / "vault")
    restored.unlock_with_passphrase(PASSPHRASE)
    assert restored.is_unlocked
    restored.lock()


def test_guessing_a_backup_counts_against_the_vault_it_would_replace(tmp_path: Path) -> None:
    session, _recovery = unlocked_session(tmp_path / "vault")
    target = tmp_path / "copia.ripbak"
    backups.back_up(session, target)
    session.lock()
    backup = backups.inspect(target)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongSecretError):
            backups.open_backup(session, backup, "sbagliata", recovery_key=False)
    with pytest.raises(UnlockThrottledError):
        backups.open_backup(session, backup, PASSPHRASE, recovery_key=False)
    # Into an empty folder there is no throttle to count against.
    empty = session_on(tmp_path / "empty")
    assert backups.open_backup(empty, backup, PASSPHRASE, recovery_key=False).candidates


def test_verify_from_the_command_line_logs_one_unlock(data_dir: Path) -> None:
    vault, _recovery = new_vault(data_dir)
    vault.lock()
    session = session_on(data_dir)
    report = backups.verify(session, session.check_passphrase(PASSPHRASE))
    assert report.ok and not session.is_unlocked
    session.unlock_with_passphrase(PASSPHRASE)
    assert actions(session)[1] == ("unlock", "verify")
    session.lock()


# --- team -----------------------------------------------------------------------------------


def test_team_use_cases_write_their_audit_entries(tmp_path: Path) -> None:
    session, _recovery = unlocked_session(tmp_path / "vault")
    own = team.relabel_identity(session, name="Anna")
    assert own.name == "Anna"
    bruno, _recovery = new_vault(tmp_path / "bruno")
    bruno_session = VaultSession(bruno, holder="Bruno's test")
    bruno_session.opened()
    team.relabel_identity(bruno_session, name="Bruno")
    member = team.add_member(session, "bruno", identity_text(bruno))
    bruno_session.lock()
    assert [m.name for m in session.records.team.members()] == [member.name]
    team.remove_member(session, "bruno")
    assert session.records.team.members() == []
    details = [d for a, d in actions(session) if a == AuditAction.TEAM]
    assert details[2] == "own identity relabelled"
    assert details[1].startswith("member added ") and details[0].startswith("member removed ")
    session.lock()


# --- one path for the window and the command line ---------------------------------------------


def spy(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[str]:
    calls: list[str] = []
    real: Callable[..., Any] = getattr(module, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return calls


def test_the_command_line_runs_the_key_and_backup_use_cases(
    tmp_path: Path, passphrase_file: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "v"
    assert cli("init", "--data-dir", data_dir, "--passphrase-file", passphrase_file,
               "--kdf-seconds", "0").code == 0  # fmt: skip
    calls = [
        spy(monkeypatch, keys, name)
        for name in ("change_passphrase", "rotate_key", "new_recovery_key")
    ] + [spy(monkeypatch, backups, name) for name in ("back_up", "verify")]
    secrets = ["--data-dir", data_dir, "--passphrase-file", passphrase_file]
    new = tmp_path / "new.txt"
    new.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli("passwd", *secrets, "--new-passphrase-file", new, "--kdf-seconds", "0").code == 0
    assert cli("rotate-key", *secrets).code == 0
    assert cli("recovery-key", "--new", *secrets).code == 0
    assert cli("backup", *secrets, tmp_path / "b.ripbak").code == 0
    assert cli("verify", *secrets).code == 0
    assert [c for group in calls for c in group] == [
        "change_passphrase",
        "rotate_key",
        "new_recovery_key",
        "back_up",
        "verify",
    ]


# --- the rules, read from the source -----------------------------------------------------------


def calls_named(name: str, *, under: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(under.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if call and node.func.id == name:  # type: ignore[attr-defined]
                found.append(str(path.relative_to(PACKAGE)))
    return found


def test_a_vault_is_built_in_the_composition_root_only() -> None:
    assert calls_named("Vault") == ["usecases/compose.py"]


@pytest.mark.parametrize("layer", ["gui", "commands"])
def test_neither_window_nor_command_line_holds_keys_or_asks_the_vault_if_unlocked(
    layer: str,
) -> None:
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            assert node.attr not in {"data_key", "keys_from_passphrase", "open_with"}, path
            if node.attr == "is_unlocked":
                owner = ast.unparse(node.value)
                assert not owner.endswith("vault"), f"{path}: {owner}.is_unlocked"


def test_save_settings_stores_them_and_says_what_changed(data_dir: Path) -> None:
    from dataclasses import replace

    from ripartire_desktop.usecases.changes import Kind
    from ripartire_desktop.usecases.settings import save_settings

    session, _recovery = unlocked_session(data_dir)
    settings = replace(session.records.settings.load(), organisation="Associazione Ripartire")
    changes = save_settings(session, settings)
    assert changes.concerns(Kind.SETTINGS) and not changes.concerns(Kind.FAMILIES)
    assert session.records.settings.load().organisation == "Associazione Ripartire"
    session.lock()
