"""The audit log is append-only and tamper-evident; erasure leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.erasure import erase_family
from ripartire_desktop.store.records.families import FamilyNotFoundError
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault


def test_sensitive_actions_are_logged_with_codes_only(data_dir: Path, tmp_path: Path) -> None:
    from ripartire_desktop.store.backup import write_backup

    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = populated_family(records, "Zebedeo")
    write_backup(vault, tmp_path / "b.ripbak")
    erase_family(vault.connection, family.code)
    actions = [e.action for e in reversed(records.audit.entries())]
    assert actions == ["create", "unlock", "backup", "erase"]
    erased = records.audit.entries()[0]
    assert erased.family_code == family.code
    dump = " ".join(str(e) for e in records.audit.entries())
    assert "Zebedeo" not in dump
    assert records.audit.verify().ok


def test_audit_log_refuses_updates_and_deletes(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    with pytest.raises(Exception, match="append-only"):
        vault.connection.execute("UPDATE audit_log SET action = 'x'")
    with pytest.raises(Exception, match="append-only"):
        vault.connection.execute("DELETE FROM audit_log")


@pytest.mark.parametrize("tamper", ["alter", "delete", "insert"])
def test_tampering_is_found_and_named_by_verify(
    tamper: str, data_dir: Path, passphrase_file: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    for _ in range(4):
        vault.record(AuditAction.OPEN_FAMILY, family_code="RIP-2026-001")
    conn = vault.connection
    # Someone with the key and a SQL shell: drop the guard, then edit history.
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    if tamper == "alter":
        conn.execute("UPDATE audit_log SET family_code = 'RIP-2026-999' WHERE id = 3")
    elif tamper == "delete":
        conn.execute("DELETE FROM audit_log WHERE id = 3")
    else:
        conn.execute(
            "INSERT INTO audit_log (id, at, action, detail, prev_hash, hash) "
            "VALUES (100, 'x', 'unlock', '', 'x', 'x')"
        )
    broken = Records(conn).audit.verify()
    assert not broken.ok
    vault.lock()
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4
    assert "audit log: the chain breaks at entry" in result.out


def test_erasure_leaves_no_string_of_the_family_in_the_decrypted_database(
    data_dir: Path, tmp_path: Path
) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    keep = populated_family(records, "Restante")
    gone = populated_family(records, "Cancellanda")
    report = erase_family(vault.connection, gone.code)
    assert report.rows_removed >= 10
    with pytest.raises(FamilyNotFoundError):
        records.families.by_code(gone.code)
    assert records.search.search("Cancellanda") == []
    assert vault.connection.execute("PRAGMA freelist_count").fetchone()[0] == 0
    # The whole database, decrypted: no trace of the erased family's text, in any table.
    plain = tmp_path / "decrypted.db"
    vault.connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    vault.connection.execute("SELECT sqlcipher_export('plain')")
    vault.connection.execute("DETACH DATABASE plain")
    raw = plain.read_bytes()
    assert b"Restante" in raw  # the check can see text...
    for needle in ("Cancellanda", "cancellanda"):
        assert needle.encode() not in raw  # ...and the erased family's is gone
    # Only the code stays, in the audit log.
    assert gone.code.encode() in raw
    assert keep.code.encode() in raw


def test_erasure_of_a_desk_contact_keeps_the_count_not_the_text(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = populated_family(records, "Sportello")
    erase_family(vault.connection, family.code)
    rows = vault.connection.execute(
        "SELECT family_id, request, notes, channel FROM first_contacts"
    ).fetchall()
    assert rows == [(None, "", "", "phone")]


def test_erase_from_the_command_line(data_dir: Path, passphrase_file: Path, cli) -> None:
    vault, _ = new_vault(data_dir)
    family = populated_family(Records(vault.connection), "Cli")
    vault.lock()
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    refused = cli("erase", family.code, *args)
    assert refused.code == 2 and "--yes" in refused.err
    done = cli("erase", family.code, "--yes", *args)
    assert done.code == 0, done.err
    assert f"Erased {family.code}" in done.out
    again = cli("erase", family.code, "--yes", *args)
    assert again.code == 1 and "No family with code" in again.err
    reopened = build_vault(data_dir)
    reopened.unlock_with_passphrase(PASSPHRASE)
    assert Records(reopened.connection).families.count() == 0
