"""The vault as a counsellor relies on it: it opens with the right secret, and only with it."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from ripartire_desktop.store import keys
from ripartire_desktop.store.connection import read_pragmas
from ripartire_desktop.store.errors import VaultExistsError, VaultLockedError, WrongSecretError
from ripartire_desktop.store.keystore import MemoryKeyStore
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import get, new_vault, put


def test_create_lock_and_unlock_with_passphrase(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    put(vault, "note", "Famiglia seguita dal 2026")
    vault.lock()
    with pytest.raises(VaultLockedError):
        _ = vault.connection
    reopened = build_vault(data_dir)
    reopened.unlock_with_passphrase(PASSPHRASE)
    assert get(reopened, "note") == "Famiglia seguita dal 2026"


def test_unlock_with_recovery_key_typed_loosely(data_dir: Path) -> None:
    vault, recovery = new_vault(data_dir)
    put(vault, "note", "x")
    vault.lock()
    typed = recovery.lower().replace("-", " ").replace("0", "o")
    vault.unlock_with_recovery_key(typed)
    assert get(vault, "note") == "x"


def test_unlock_with_remembered_key(data_dir: Path) -> None:
    store = MemoryKeyStore()
    vault, _ = new_vault(data_dir, store)
    assert vault.remember()
    put(vault, "note", "remembered")
    vault.lock()
    again = build_vault(data_dir, keystore=store)
    assert again.unlock_with_remembered()
    assert get(again, "note") == "remembered"
    again.forget()
    again.lock()
    assert not build_vault(data_dir, keystore=store).unlock_with_remembered()


def test_remembered_key_needs_the_same_backend(data_dir: Path) -> None:
    store = MemoryKeyStore()
    vault, _ = new_vault(data_dir, store)
    assert vault.remember()
    vault.lock()

    class OtherBackend(MemoryKeyStore):
        def backend_id(self) -> str | None:
            return "another-keyring"

    other = OtherBackend()
    other.save(vault.vault_id, b"\0" * 32)
    assert not build_vault(data_dir, keystore=other).unlock_with_remembered()


def test_no_key_file_is_ever_written_when_remembering(data_dir: Path) -> None:
    store = MemoryKeyStore()
    vault, _ = new_vault(data_dir, store)
    key = vault.data_key
    assert vault.remember()
    for file in data_dir.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            assert key not in content
            assert key.hex().encode() not in content


def test_change_passphrase_rewraps_without_reencrypting(data_dir: Path) -> None:
    from ripartire_desktop.store.connection import try_connect

    vault, recovery = new_vault(data_dir)
    for i in range(200):
        put(vault, f"note{i}", "kept " * 50)
    data_key = vault.data_key
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = vault.db_path.read_bytes()
    vault.change_passphrase("una nuova frase segreta", kdf_seconds=0, rekey=False)
    assert vault.data_key == data_key
    vault.lock()
    after = vault.db_path.read_bytes()
    changed = sum(before[i : i + 4096] != after[i : i + 4096] for i in range(0, len(after), 4096))
    # Only the audit entry's pages change: the database is not re-encrypted.
    assert changed <= 4 < len(after) // 4096
    proof = try_connect(vault.db_path, data_key)
    assert proof is not None
    proof.close()
    with pytest.raises(WrongSecretError):
        build_vault(data_dir).unlock_with_passphrase(PASSPHRASE)
    fresh = build_vault(data_dir)
    fresh.unlock_with_passphrase("una nuova frase segreta")
    assert get(fresh, "note7") == "kept " * 50
    fresh.lock()
    fresh.unlock_with_recovery_key(recovery)  # the recovery key still works


def test_rotate_key_reencrypts_and_old_key_no_longer_opens(data_dir: Path) -> None:
    from ripartire_desktop.store.connection import try_connect

    vault, recovery = new_vault(data_dir)
    put(vault, "note", "survives rotation")
    old_key = vault.data_key
    vault.rotate_key(PASSPHRASE)
    new_key = vault.data_key
    assert new_key != old_key
    assert get(vault, "note") == "survives rotation"
    vault.lock()
    assert try_connect(vault.db_path, old_key) is None
    envelope = json.loads(vault.envelope_path.read_text())
    assert envelope["keys"]["pending"] is None
    by_recovery = build_vault(data_dir)
    by_recovery.unlock_with_recovery_key(recovery)
    assert by_recovery.data_key == new_key


def test_connection_settings_are_the_promised_ones(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    assert read_pragmas(vault.connection) == {
        "journal_mode": "wal",
        "synchronous": "2",  # FULL
        "foreign_keys": "1",
        "temp_store": "2",  # MEMORY
        "secure_delete": "1",
        # Off on purpose (docs/SECURITY.md, "Memory security"): process-wide in SQLCipher,
        # so "0" here also says that no connection of this process ever switched it on.
        "cipher_memory_security": "0",
    }
    with pytest.raises(Exception, match=r"not authorized|load_extension"):
        vault.connection.execute("SELECT load_extension('/nonexistent')")


def test_files_and_folder_are_private(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    put(vault, "note", "x")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for file in data_dir.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def test_database_is_not_plain_sqlite(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    assert not vault.db_path.read_bytes().startswith(b"SQLite format 3")


def test_create_refuses_an_existing_vault(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    with pytest.raises(VaultExistsError):
        build_vault(data_dir).create("altra frase segreta", kdf_seconds=0)


def test_envelope_holds_no_secret_in_clear(data_dir: Path) -> None:
    vault, recovery = new_vault(data_dir)
    raw = vault.envelope_path.read_bytes()
    assert vault.data_key not in raw
    assert vault.data_key.hex().encode() not in raw
    assert PASSPHRASE.encode() not in raw
    assert recovery.replace("-", "").encode() not in raw.replace(b"-", b"")
    data = json.loads(raw)
    assert data["format"] == "ripartire-key-envelope"
    assert data["version"] == 2
    assert data["kdf"]["algorithm"] == "argon2id"
    assert data["kdf"]["memory_kib"] >= 64 * 1024


def test_calibration_never_goes_below_rfc_9106_and_only_goes_up() -> None:
    floor = keys.calibrate_kdf(0)
    assert (floor.memory_kib, floor.iterations, floor.lanes) == (64 * 1024, 3, 4)

    def timer(durations: list[float]):  # type: ignore[no-untyped-def]
        """A clock whose successive derivations took `durations` seconds."""
        ticks = [0.0]
        for d in durations:
            ticks += [ticks[-1], ticks[-1] + d]
        values = iter(ticks[1:])
        return lambda: next(values)

    # A busy machine: every timing slow. The floor stays, never fewer passes.
    busy = keys.calibrate_kdf(0.75, timer=timer([9.0, 8.0, 12.0]))
    assert (busy.memory_kib, busy.iterations, busy.lanes) == (64 * 1024, 3, 4)
    # One fast outlier among slow runs does not decide: the median does.
    outlier = keys.calibrate_kdf(0.75, timer=timer([0.01, 3.0, 3.0]))
    assert outlier.iterations == 3
    # A fast machine: more passes, up to the target, never beyond half the time ceiling.
    fast = keys.calibrate_kdf(0.75, timer=timer([0.15, 0.15, 0.15]))
    assert fast.iterations == 15
    assert fast.memory_kib == 64 * 1024 and fast.lanes == 4


def test_passphrase_in_another_unicode_form_still_opens(data_dir: Path) -> None:
    import unicodedata

    vault = build_vault(data_dir)
    vault.create("perché così", kdf_seconds=0)
    vault.unlock_with_passphrase(unicodedata.normalize("NFD", "perché così"))
    assert vault.is_unlocked


def test_what_only_an_unlocked_vault_holds_is_refused_while_locked() -> None:
    from ripartire_desktop.store.errors import while_unlocked

    key = b""  # falsy, but held: only None means locked
    assert while_unlocked(key) is key
    with pytest.raises(VaultLockedError, match=r"^The vault is locked\.$"):
        while_unlocked(None)
