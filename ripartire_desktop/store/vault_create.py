"""Creating a vault: the database, its first rows, then the key envelope (written last: its
presence is what makes the folder a vault) and the recovery key, shown once, never stored."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ripartire_desktop import paths
from ripartire_desktop.store import keys, migrations, vault_keys
from ripartire_desktop.store.connection import connect, database_salt, transaction
from ripartire_desktop.store.envelope import AuditHead, Envelope
from ripartire_desktop.store.errors import VaultExistsError
from ripartire_desktop.store.fileio import fsync_file
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.team import ensure_identity

if TYPE_CHECKING:
    from ripartire_desktop.store.vault import Vault


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def create_vault(
    vault: Vault,
    passphrase: str,
    *,
    kdf_seconds: float,
    schema_version: int | None,
    name: str,
    role: Role,
    mark: str = "",
) -> str:
    """See `Vault.create`."""
    if vault.exists():
        raise VaultExistsError(
            f"A vault already exists in {vault.data_dir}: it was left untouched."
        )
    paths.ensure_private_dir(vault.data_dir)
    params = keys.calibrate_kdf(kdf_seconds, policy=vault.kdf_policy)
    data_key = keys.new_data_key()
    recovery_text = keys.new_recovery_key()
    recovery_public = keys.recovery_public_key(keys.parse_recovery_key(recovery_text))
    vault_id = uuid.uuid4().hex
    conn = connect(vault.db_path, data_key, create=True)
    try:
        migrations.migrate(conn, upto=schema_version)
        with transaction(conn):
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                [("vault_id", vault_id), ("created", now())],
            )
            vault_keys.mark_new_vault(conn)
            if migrations.current_version(conn) >= migrations.AUDIT_LOG_VERSION:
                vault_keys.mark_keyed_audit(conn)
                AuditLog(conn).record(AuditAction.CREATE)
        ensure_identity(conn, name=name, role=role, mark=mark)
        head = (
            AuditLog(conn).head()
            if migrations.current_version(conn) >= migrations.AUDIT_LOG_VERSION
            else (0, "")
        )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    fsync_file(vault.db_path)
    # The envelope is written last: its presence is what makes the folder a vault.
    kek = keys.derive_passphrase_key(passphrase, params)
    envelope = Envelope(
        vault_id=vault_id,
        created=now(),
        database_salt=database_salt(vault.db_path),
        kdf=params,
        recovery_public_key=recovery_public,
        current=Envelope.wrap(data_key, kek, vault_id, recovery_public, params),
        audit=AuditHead(*head),
    )
    envelope.save(vault.envelope_path, data_key)
    return recovery_text
