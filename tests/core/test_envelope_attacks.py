"""Issue 13's attacks on the key envelope, each now refused: nothing opens, nothing changes."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from ripartire_desktop.store import backup as backups
from ripartire_desktop.store import keys
from ripartire_desktop.store.connection import try_connect
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
    EnvelopeAlteredError,
    WrongSecretError,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, snapshot
from tests.core.test_bad_inputs import vault_bytes
from tests.core.vaults import get, new_vault, put

NEW_PASSPHRASE = "tre parole lunghe davvero"


def edit_envelope(data_dir: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = data_dir / "vault-key.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, indent=2))


def planted_recovery_key(data: dict) -> None:
    attacker = keys.parse_recovery_key(keys.new_recovery_key())
    data["recovery_public_key"] = base64.b64encode(keys.recovery_public_key(attacker)).decode()


def closed(data_dir: Path) -> tuple[Path, str]:
    vault, recovery = new_vault(data_dir)
    put(vault, "note", "dati di oggi")
    vault.lock()
    return data_dir, recovery


EDITS = {
    "planted recovery public key": planted_recovery_key,
    "changed database salt": lambda e: e.update(database_salt="00" * 16),
    "changed audit head": lambda e: e["audit"].update(entries=e["audit"]["entries"] + 5),
    "erased list emptied": lambda e: e.update(erased=[]) or e["erased"].append("ab" * 32),
    "changed creation date": lambda e: e.update(created="2020-01-01T00:00:00+00:00"),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edited_envelope_is_refused_with_its_own_message(
    name: str, data_dir: Path, passphrase_file: Path, tmp_path: Path, cli
) -> None:
    _, recovery = closed(data_dir)
    edit_envelope(data_dir, EDITS[name])
    before = vault_bytes(data_dir)
    with pytest.raises(EnvelopeAlteredError, match="was altered"):
        build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4 and "was altered" in result.err
    # The owner's real recovery key meets the same refusal, not "wrong key".
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery, encoding="utf-8")
    by_recovery = cli("list", "--data-dir", data_dir, "--recovery-key-file", key_file)
    assert by_recovery.code == 4 and "was altered" in by_recovery.err
    assert vault_bytes(data_dir) == before


def test_a_planted_recovery_key_never_gets_wrapped(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    """The issue's scenario: plant, then the owner's next passwd and rotate-key."""
    closed(data_dir)
    edit_envelope(data_dir, planted_recovery_key)
    new_file = data_dir.parent / "new.txt"
    new_file.write_text(NEW_PASSPHRASE, encoding="utf-8")
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    before = vault_bytes(data_dir)
    assert cli("passwd", *args, "--new-passphrase-file", new_file).code == 4
    assert cli("rotate-key", *args).code == 4
    assert vault_bytes(data_dir) == before


def test_kdf_parameters_below_any_ever_written_are_refused_before_deriving(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    closed(data_dir)
    edit_envelope(data_dir, lambda e: e["kdf"].update(memory_kib=8))
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4 and "no Ripartire writes" in result.err


def test_kdf_parameters_changed_within_bounds_are_named_by_the_recovery_key(
    data_dir: Path, tmp_path: Path, cli
) -> None:
    """A pass count changed within bounds reads as a wrong passphrase (no secret can tell the
    two apart); the recovery key opens its slot and the MAC then names the edit."""
    _, recovery = closed(data_dir)
    edit_envelope(data_dir, lambda e: e["kdf"].update(iterations=e["kdf"]["iterations"] + 1))
    with pytest.raises(WrongSecretError):
        build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(EnvelopeAlteredError):
        build_vault(data_dir).unlock_with_recovery_key(recovery)


def _v1_envelope(vault: Vault) -> dict:
    """What version 1 wrote for this vault's key (no MAC, associated data without the KDF)."""
    from ripartire_desktop.store.envelope import _aad_v1

    envelope = vault.envelope
    params = keys.KdfParams(keys.os.urandom(16), 1, 64 * 1024, 1)
    kek = keys.derive_passphrase_key(PASSPHRASE, params)
    nonce, ciphertext = keys.seal(kek, vault.data_key, _aad_v1(envelope.vault_id, "passphrase"))
    wrap = keys.wrap_for_recovery(
        vault.data_key, envelope.recovery_public_key, _aad_v1(envelope.vault_id, "recovery")
    )
    data = envelope.to_dict()
    for field in ("audit", "erased", "mac"):
        del data[field]
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    data["version"] = 1
    data["kdf"].update(salt=b64(params.salt), iterations=1, memory_kib=64 * 1024, lanes=1)
    data["keys"]["current"] = {
        "passphrase": {"nonce": b64(nonce), "ciphertext": b64(ciphertext)},
        "recovery": {
            "ephemeral_public_key": b64(wrap.ephemeral_public),
            "nonce": b64(wrap.nonce),
            "ciphertext": b64(wrap.ciphertext),
        },
    }
    return data


def test_an_old_unauthenticated_envelope_put_back_is_refused(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    old = _v1_envelope(vault)
    vault.lock()
    planted_recovery_key(old)  # the point of a downgrade: edit what v1 did not protect
    (data_dir / "vault-key.json").write_text(json.dumps(old))
    before = vault_bytes(data_dir)
    with pytest.raises(EnvelopeAlteredError):
        build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)
    assert vault_bytes(data_dir) == before


def test_a_version_1_envelope_is_upgraded_once_to_the_floor(data_dir: Path) -> None:
    vault, recovery = new_vault(data_dir)
    old = _v1_envelope(vault)
    # A vault of the earlier version: its database never recorded an authenticated envelope.
    vault.connection.execute("DELETE FROM vault_meta WHERE key = 'envelope_version'")
    vault.lock(sync=False)
    (data_dir / "vault-key.json").write_text(json.dumps(old))
    upgraded = build_vault(data_dir)
    upgraded.unlock_with_passphrase(PASSPHRASE)
    data = json.loads((data_dir / "vault-key.json").read_text())
    assert data["version"] == 2 and len(bytes.fromhex(data["mac"])) == 32
    assert (data["kdf"]["memory_kib"], data["kdf"]["iterations"], data["kdf"]["lanes"]) == (
        64 * 1024,
        3,
        4,
    )
    upgraded.lock()
    build_vault(data_dir).unlock_with_recovery_key(recovery)


def test_passwd_revokes_old_envelopes_and_backups(data_dir: Path, tmp_path: Path) -> None:
    from ripartire_desktop.store import backup as backups

    vault, _ = new_vault(data_dir)
    put(vault, "note", "prima")
    old_envelope = (data_dir / "vault-key.json").read_bytes()  # e.g. a cloud folder's history
    old_backup = tmp_path / "old.ripbak"
    backups.write_backup(vault, old_backup)
    vault.change_passphrase(NEW_PASSPHRASE, kdf_seconds=0)
    put(vault, "note", "dopo")
    vault.lock()
    current = (data_dir / "vault-key.json").read_bytes()
    (data_dir / "vault-key.json").write_bytes(old_envelope)
    with pytest.raises(DamagedDatabaseError, match="older copy"):
        build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)
    backup = backups.inspect_backup(old_backup)
    old_key = backups.backup_key_from_passphrase(backup, PASSPHRASE)
    assert try_connect(data_dir / "vault.db", old_key) is None  # today's data stays shut
    (data_dir / "vault-key.json").write_bytes(current)
    today = build_vault(data_dir)
    today.unlock_with_passphrase(NEW_PASSPHRASE)
    assert get(today, "note") == "dopo"


def test_a_new_recovery_key_invalidates_the_old_one(
    data_dir: Path, passphrase_file: Path, tmp_path: Path, cli
) -> None:
    _, old_recovery = closed(data_dir)
    old_envelope = (data_dir / "vault-key.json").read_bytes()
    sheet = tmp_path / "foglio.pdf"
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("recovery-key", "--new", "--recovery-sheet", sheet, *args)
    assert result.code == 0, result.err
    new_recovery = next(line.strip() for line in result.out.splitlines() if line.count("-") == 8)
    assert sheet.exists()
    with pytest.raises(WrongSecretError, match="replaced by a newer"):
        build_vault(data_dir).unlock_with_recovery_key(old_recovery)
    # An old envelope copy with the old recovery key opens only what it held.
    current = (data_dir / "vault-key.json").read_bytes()
    (data_dir / "vault-key.json").write_bytes(old_envelope)
    with pytest.raises(DamagedDatabaseError, match="older copy"):
        build_vault(data_dir).unlock_with_recovery_key(old_recovery)
    (data_dir / "vault-key.json").write_bytes(current)
    vault = build_vault(data_dir)
    vault.unlock_with_recovery_key(new_recovery)
    assert get(vault, "note") == "dati di oggi"
    assert cli("recovery-key", *args).code == 2


@pytest.mark.parametrize("weak", ["password", "Cernusco2026!", "famiglia2026", "Martina2019!"])
def test_guessable_passphrases_are_refused(weak: str, tmp_path: Path, cli) -> None:
    file = tmp_path / "weak.txt"
    file.write_text(weak, encoding="utf-8")
    result = cli("init", "--data-dir", tmp_path / "v", "--passphrase-file", file)
    assert result.code == 2 and "too easy to guess" in result.err
    assert not (tmp_path / "v").exists()


def test_passwd_refuses_a_guessable_new_passphrase(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    closed(data_dir)
    weak = data_dir.parent / "weak.txt"
    weak.write_text("Cernusco2026!", encoding="utf-8")
    before = snapshot(data_dir)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("passwd", *args, "--new-passphrase-file", weak)
    assert result.code == 2 and "too easy to guess" in result.err
    assert {k: v for k, v in snapshot(data_dir).items() if "throttle" not in k} == {
        k: v for k, v in before.items() if "throttle" not in k
    }


def test_a_rotation_that_fails_after_the_rekey_still_opens_and_keeps_its_log(
    data_dir: Path,
) -> None:
    """The database has the new key, the envelope still names it pending, the log is still
    chained under the old key: the next unlock finishes the job without a false alarm."""
    vault, _ = new_vault(data_dir)
    put(vault, "note", "durante la rotazione")

    def power_cut() -> None:
        # Something is still recorded on the open connection, then the failure.
        vault.record(AuditAction.EXPORT, family_code="RIP-2026-001", detail="family json")
        raise OSError("simulated failure right after the rekey")

    with pytest.raises(OSError):
        vault.rotate_key(PASSPHRASE, after_rekey=power_cut)
    vault.lock()  # what every caller's `finally` does: must not drop the pending key
    again = build_vault(data_dir)
    again.unlock_with_passphrase(PASSPHRASE)
    assert again.audit_problem is None
    assert get(again, "note") == "durante la rotazione"
    assert json.loads((data_dir / "vault-key.json").read_text())["keys"]["pending"] is None
    actions = [e.action for e in Records(again.connection).audit.entries()]
    assert "audit_rechain" in actions
    assert backups.verify_vault(again).ok
