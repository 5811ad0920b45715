"""Hostile backups, a rewritten audit log and erasures undone by a restore: each refused."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from ripartire_desktop.store import backup as backups
from ripartire_desktop.store import keys
from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.errors import BackupError
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction, keyed_mac
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, snapshot
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault


def backup_of(vault: Vault, path: Path) -> Path:
    backups.write_backup(vault, path)
    return path


def rewrite_header(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    raw = path.read_bytes()
    (length,) = struct.unpack(">I", raw[8:12])
    header = json.loads(raw[12 : 12 + length])
    change(header)
    new = json.dumps(header, sort_keys=True).encode()
    path.write_bytes(raw[:8] + struct.pack(">I", len(new)) + new + raw[12 + length :])


def test_a_hostile_kdf_header_is_refused_before_any_derivation(
    data_dir: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    """The issue's .ripbak asking Argon2id for 4 GiB x 1000 passes: refused from the header
    alone (inspect_backup takes no secret, so nothing can have been derived)."""
    vault, _ = new_vault(data_dir)
    hostile = backup_of(vault, tmp_path / "ostile.ripbak")
    vault.lock()
    rewrite_header(
        hostile,
        lambda h: h["envelope"]["kdf"].update(memory_kib=4 * 1024 * 1024, iterations=1000),
    )
    with pytest.raises(BackupError, match="no Ripartire writes"):
        backups.inspect_backup(hostile)
    target = tmp_path / "nuovo"
    result = cli("restore", "--data-dir", target, "--passphrase-file", passphrase_file, hostile)
    assert result.code == 4 and "no Ripartire writes" in result.err
    assert not target.exists() or not any(target.iterdir())


def test_a_header_within_memory_but_over_the_time_ceiling_is_refused() -> None:
    """1 GiB x 60 passes is inside the structural bounds; the time estimate refuses it. The
    machine's rate is injected (one derivation of 64 MiB x 3 passes taking 0.6 s)."""
    rate = 0.6 / (64 * 1024 * 3)
    meter = keys.CostMeter(seconds_per_work=rate)
    heavy = keys.KdfParams(b"s" * 16, 60, 1024 * 1024, 4)
    with pytest.raises(keys.KdfBoundsError, match="over the 10 s limit"):
        keys.derive_passphrase_key(PASSPHRASE, heavy, meter=meter)
    meter.check(keys.KdfParams(b"s" * 16, 3, 64 * 1024, 4))  # the floor passes untimed


def test_a_backup_with_planted_triggers_is_refused(
    data_dir: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    """The issue's attack: triggers that quietly undo an erasure, carried in by a backup."""
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), "Trigger")
    with transaction(vault.connection) as conn:
        conn.execute(
            "CREATE TRIGGER keep_families BEFORE DELETE ON families BEGIN SELECT RAISE(IGNORE); END"
        )
        conn.execute(
            "CREATE TRIGGER keep_identities BEFORE DELETE ON identities "
            "BEGIN SELECT RAISE(IGNORE); END"
        )
    planted = backup_of(vault, tmp_path / "piantata.ripbak")
    vault.lock()
    verify = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert verify.code == 4 and "extra trigger 'keep_families'" in verify.out
    target = tmp_path / "ripristino"
    result = cli("restore", "--data-dir", target, "--passphrase-file", passphrase_file, planted)
    assert result.code == 4
    assert "extra trigger 'keep_families'" in result.err and "keep_identities" in result.err
    assert not (target / "vault.db").exists()
    assert family.code  # the family was never erased by a vault carrying the triggers


def test_erasure_survives_a_restore_and_names_the_backups(
    data_dir: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), "Erased")
    kept = populated_family(Records(vault.connection), "Kept")
    old = tmp_path / "prima.ripbak"
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    vault.lock()
    assert cli("backup", *args, old).code == 0
    erased = cli("erase", family.code, "--yes", *args)
    assert erased.code == 0, erased.err
    assert "still hold the family" in erased.out and "backup written on" in erased.out
    envelope = json.loads((data_dir / "vault-key.json").read_text())
    assert len(envelope["erased"]) == 1 and family.code not in json.dumps(envelope)
    restored = cli("restore", "--force", *args, old)
    assert restored.code == 0, restored.err
    assert family.code in restored.out
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    codes = [r[0] for r in vault.connection.execute("SELECT code FROM families")]
    assert family.code not in codes and kept.code in codes
    entries = Records(vault.connection).audit.entries()
    assert any(e.action == "restore" and "erased again" in e.detail for e in entries)


def _delete_tail_and_rechain(vault: Vault, keep: int, *, with_key: bool) -> None:
    """An attacker with a SQL shell (and, worst case, the data key): cut entries and
    re-link what is left so the chain itself holds."""
    conn = vault.connection
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DELETE FROM audit_log WHERE id > ?", (keep,))
    if with_key:
        from ripartire_desktop.store.records.audit import AuditLog

        AuditLog(conn, mac=keyed_mac(keys.audit_key(vault.data_key)))
        link = keyed_mac(keys.audit_key(vault.data_key))
        prev = "0" * 64
        for entry_id, at, action, code, detail in conn.execute(
            "SELECT id, at, action, family_code, detail FROM audit_log ORDER BY id"
        ).fetchall():
            digest = link(prev, json.dumps([entry_id, at, action, code, detail]))
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                (prev, digest, entry_id),
            )
            prev = digest


@pytest.mark.parametrize("with_key", [False, True])
def test_a_cut_audit_log_is_found_by_verify_and_at_unlock(
    with_key: bool, data_dir: Path, passphrase_file: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    for _ in range(3):
        vault.record(AuditAction.EXPORT, family_code="RIP-2026-001", detail="family json")
    entries = vault.envelope.audit.entries
    _delete_tail_and_rechain(vault, entries - 3, with_key=with_key)
    vault.lock(sync=False)
    before = snapshot(data_dir)
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4
    assert "entries were removed" in result.out
    assert snapshot(data_dir) == before
    listing = cli("list", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert "warning: audit log" in listing.err and "entries were removed" in listing.err


def test_an_unkeyed_rechain_after_deleting_exports_breaks_the_chain(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    from ripartire_desktop.store.records.audit import legacy_link

    vault, _ = new_vault(data_dir)
    vault.record(AuditAction.EXPORT, family_code="RIP-2026-001", detail="family json")
    vault.record(AuditAction.UNLOCK, detail="passphrase")
    conn = vault.connection
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DELETE FROM audit_log WHERE action = 'export'")
    prev = "0" * 64
    rows = conn.execute(
        "SELECT id, at, action, family_code, detail FROM audit_log ORDER BY id"
    ).fetchall()
    for new_id, (old_id, at, action, code, detail) in enumerate(rows, start=1):
        digest = legacy_link(prev, json.dumps([new_id, at, action, code, detail]))
        conn.execute(
            "UPDATE audit_log SET id = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (new_id, prev, digest, old_id),
        )
        prev = digest
    vault.lock(sync=False)
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4 and "audit log: the chain breaks at entry 1" in result.out


def test_a_backup_carries_the_audit_head(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    out = backup_of(vault, tmp_path / "b.ripbak")
    entries = Records(vault.connection).audit.entries(1)[0].id
    backup = backups.inspect_backup(out)
    assert backup.envelope.audit.entries == entries
    key = backups.backup_key_from_passphrase(backup, PASSPHRASE)
    assert key == vault.data_key


def test_an_unkeyed_log_of_an_earlier_release_is_re_chained_once(data_dir: Path) -> None:
    from ripartire_desktop.store.records.audit import GENESIS, legacy_link

    vault, _ = new_vault(data_dir)
    vault.record(AuditAction.EXPORT, family_code="RIP-2026-001")
    conn = vault.connection
    # What an earlier release left: a plain SHA-256 chain, no keyed-chain marker.
    conn.execute("DROP TRIGGER audit_log_no_update")
    prev = GENESIS
    for entry_id, at, action, code, detail in conn.execute(
        "SELECT id, at, action, family_code, detail FROM audit_log ORDER BY id"
    ).fetchall():
        digest = legacy_link(prev, json.dumps([entry_id, at, action, code, detail]))
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry_id)
        )
        prev = digest
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.execute("DELETE FROM vault_meta WHERE key = 'audit_chain'")
    vault.lock(sync=False)
    again = build_vault(data_dir)
    again.unlock_with_passphrase(PASSPHRASE)
    assert again.audit_problem is None
    log = Records(again.connection).audit
    assert log.is_keyed() and log.verify().ok
    actions = [e.action for e in log.entries()]
    assert actions.count("audit_rechain") == 1 and "export" in actions
    report = backups.verify_vault(again)
    assert report.ok, report.problems


def test_pre_upgrade_copies_in_backups_are_pruned_to_the_newest_two(tmp_path: Path) -> None:
    import os

    from ripartire_desktop.store.erasure_list import prune_migration_backups

    folder = tmp_path / "backups"
    folder.mkdir()
    for age, name in enumerate(["v1-to-v2", "v2-to-v3", "v3-to-v4", "v4-to-v5"]):
        path = folder / f"before-migration-{name}-x.ripbak"
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    (folder / "mine.ripbak").write_bytes(b"kept: not a pre-upgrade copy")
    prune_migration_backups(folder)
    assert sorted(p.name for p in folder.iterdir()) == [
        "before-migration-v3-to-v4-x.ripbak",
        "before-migration-v4-to-v5-x.ripbak",
        "mine.ripbak",
    ]
