"""The vault: one SQLCipher database and its key envelope in a private folder.

A `Vault` is locked until one of the unlock methods succeeds; it then owns the one open
connection. Locking closes it and drops the key.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ripartire_desktop.store import keys, migrations, vault_keys, vault_remembered, vault_unlock
from ripartire_desktop.store.connection import (
    Connection,
    check_database_file,
    connect,
    database_salt,
    transaction,
    try_connect,
)
from ripartire_desktop.store.envelope import AuditHead, Envelope
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
    EnvelopeMissingError,
    ForeignDatabaseError,
    NoVaultError,
    while_unlocked,
)
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.team import ensure_identity
from ripartire_desktop.store.throttle import Throttle
from ripartire_desktop.store.vault_create import create_vault
from ripartire_desktop.store.vault_files import (
    BACKUP_DIR,
    DB_NAME,
    DEVICE_NAME,
    ENVELOPE_NAME,
    THROTTLE_NAME,
    WORK_PREFIXES,
    finish_interrupted_work,
    work_name,
)
from ripartire_desktop.store.vault_migrate import migrate_with_backup

__all__ = [
    "BACKUP_DIR",
    "DB_NAME",
    "DEVICE_NAME",
    "ENVELOPE_NAME",
    "THROTTLE_NAME",
    "WORK_PREFIXES",
    "Vault",
    "work_name",
]


class Vault:
    def __init__(
        self,
        data_dir: Path,
        *,
        keystore: KeyStore | None = None,
        clock: Callable[[], float] = time.time,
        kdf_policy: keys.KdfPolicy = keys.PRODUCTION_POLICY,
    ) -> None:
        self.data_dir = data_dir
        self.keystore: KeyStore = keystore if keystore is not None else MemoryKeyStore()
        self.throttle = Throttle(data_dir / THROTTLE_NAME, clock=clock)
        self.kdf_policy = kdf_policy
        self._conn: Connection | None = None
        self._key: bytes | None = None
        self._envelope: Envelope | None = None
        # A stronger passphrase slot prepared while deriving (off the GUI thread), written
        # once the database has opened (vault_unlock.upgrade_for).
        self._upgrade: vault_unlock.Upgrade | None = None
        # Set at unlock when the audit log does not match the envelope's record of it.
        self.audit_problem: str | None = None

    # --- files ----------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def envelope_path(self) -> Path:
        return self.data_dir / ENVELOPE_NAME

    @property
    def device_path(self) -> Path:
        return self.data_dir / DEVICE_NAME

    def vault_files(self) -> list[Path]:
        """Every file that makes up the vault (those present)."""
        names = [DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", ENVELOPE_NAME]
        return [self.data_dir / n for n in names if (self.data_dir / n).exists()]

    def exists(self) -> bool:
        self.finish_interrupted_work()
        return self.db_path.exists() or self.envelope_path.exists()

    def finish_interrupted_work(self) -> None:
        """Tidy up after a process killed during a backup or a restore (vault_files)."""
        finish_interrupted_work(self.data_dir)

    def load_envelope(self, *, check_salt: bool = True) -> Envelope:
        """The envelope, after checking the files are a plausible vault (no secret needed).

        `check_salt=False` defers the database-salt comparison until the envelope's MAC has
        been checked, so an edited salt is reported as an altered envelope."""
        self.finish_interrupted_work()
        if not self.envelope_path.exists():
            if self.db_path.exists():
                raise EnvelopeMissingError(
                    f"The key envelope {ENVELOPE_NAME} is missing from {self.data_dir}: "
                    "the database cannot be opened without it. Restore a backup "
                    "(ripartire restore)."
                )
            raise NoVaultError(
                f"There is no vault in {self.data_dir} yet: create one with 'ripartire init'."
            )
        envelope = Envelope.load(self.envelope_path)
        check_database_file(self.db_path)
        if check_salt:
            self._check_salt(envelope)
        return envelope

    def _check_salt(self, envelope: Envelope) -> None:
        if database_salt(self.db_path) != envelope.database_salt:
            raise ForeignDatabaseError(
                f"The database in {self.data_dir} does not belong to this key envelope "
                "(another vault's file, or its first page is damaged)."
            )

    def _authenticate(self, envelope: Envelope, candidates: list[bytes]) -> None:
        """The MAC first, then the salt: nothing in an envelope is used before both hold."""
        envelope.check(candidates[0], ENVELOPE_NAME)
        self._check_salt(envelope)

    # --- creation -------------------------------------------------------------------------

    def create(
        self,
        passphrase: str,
        *,
        kdf_seconds: float = keys.DEFAULT_TARGET_SECONDS,
        schema_version: int | None = None,
        name: str = "",
        role: Role = Role.COUNSELLOR,
        mark: str = "",
    ) -> str:
        """Create an empty vault; return the recovery key, to be shown once and never stored.

        `schema_version` builds the vault as an older release would have (the migration
        tests open such vaults with this release). `name` and `role` label the vault's team
        identity, whose keys are made here; `mark` is its code mark ("" for none yet)."""
        return create_vault(
            self,
            passphrase,
            kdf_seconds=kdf_seconds,
            schema_version=schema_version,
            name=name,
            role=role,
            mark=mark,
        )

    # --- unlocking ------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Connection:
        return while_unlocked(self._conn)

    @property
    def vault_id(self) -> str:
        envelope = self._envelope or self.load_envelope()
        return envelope.vault_id

    @property
    def envelope(self) -> Envelope:
        return while_unlocked(self._envelope)

    @property
    def data_key(self) -> bytes:
        return while_unlocked(self._key)

    def open_worker_connection(self) -> Connection:
        """A second connection for a background thread (a connection stays in its thread)."""
        return connect(self.db_path, self.data_key)

    def keys_from_passphrase(self, passphrase: str) -> list[bytes]:
        """The data key(s) the passphrase unwraps: the slow step (Argon2id), safe to run on
        any thread; `open_with` then opens the database quickly on the caller's thread."""
        envelope = self.load_envelope(check_salt=False)
        candidates = vault_unlock.passphrase_candidates(self.throttle, envelope, passphrase)
        self._authenticate(envelope, candidates)
        self._upgrade = vault_unlock.upgrade_for(envelope, passphrase, self.kdf_policy)
        return candidates

    def keys_from_recovery_key(self, text: str) -> list[bytes]:
        envelope = self.load_envelope(check_salt=False)
        candidates = vault_unlock.recovery_candidates(self.throttle, envelope, text)
        self._authenticate(envelope, candidates)
        return candidates

    def open_with(self, candidates: list[bytes], *, method: str, audit: bool = True) -> None:
        """Open with keys already derived. `audit=False` is for a second, private opening
        of an already unlocked vault (a background job), which is not a new unlock."""
        envelope = self.load_envelope(check_salt=False)
        self._authenticate(envelope, candidates)
        self._open(envelope, candidates, method=method, audit=audit)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        self.open_with(self.keys_from_passphrase(passphrase), method="passphrase")

    def unlock_with_recovery_key(self, text: str) -> None:
        self.open_with(self.keys_from_recovery_key(text), method="recovery key")

    def unlock_with_remembered(self) -> bool:
        """Open with the key remembered on this device; False means "ask for the passphrase"."""
        envelope = self.load_envelope(check_salt=False)
        key = vault_remembered.remembered_key(self, envelope)
        if key is None:
            return False
        self._check_salt(envelope)
        try:
            self._open(envelope, [key], method="remembered key")
        except DamagedDatabaseError:
            # A stale key (the data key was rotated elsewhere): forget it and ask.
            self.keystore.delete(envelope.vault_id)
            return False
        return True

    def _open(
        self,
        envelope: Envelope,
        candidates: list[bytes],
        *,
        method: str,
        audit: bool = True,
        previous_key: bytes | None = None,
    ) -> None:
        upgrade, self._upgrade = self._upgrade, None
        opened = envelope
        self.lock()
        other_key = previous_key
        for index, key in enumerate(candidates):
            conn = try_connect(self.db_path, key)
            if conn is None:
                continue
            try:
                vault_keys.refuse_downgrade(conn, envelope)
            except BaseException:
                conn.close()
                raise
            if envelope.pending is not None:
                # A rotation was interrupted: keep the envelope in step with the database.
                envelope = envelope.promoted() if index == 1 else envelope.without_pending()
                other_key = candidates[1 - index] if len(candidates) == 2 else None
            self._conn, self._key, self._envelope = conn, key, envelope
            break
        else:
            raise DamagedDatabaseError(
                "The secret opens this key envelope but not the database: the envelope is an "
                "older copy (from before a passphrase change, a new recovery key or a key "
                "rotation, which revoke it), or the database's first page is damaged. "
                "Nothing was changed; restore a backup if the envelope is the current one."
            )
        self.throttle.reset()
        try:
            if upgrade is not None and upgrade[0].current == envelope.current:
                envelope = vault_keys.stronger_slot(envelope, self._key, upgrade[1], upgrade[2])
            self._envelope = envelope
            migrate_with_backup(self)
            ensure_identity(self._conn)  # keys for a vault just migrated to identities
            vault_keys.ensure_erasure_key(self._conn)
            if envelope.version >= 2:
                vault_keys.note_envelope_version(self._conn)
            self.audit_problem = vault_keys.settle_audit(self, other_key)
            if envelope is not opened:  # upgraded, or a rotation finished: write it now
                self._save_envelope()
            if audit:
                self.record(AuditAction.UNLOCK, detail=method)
        except BaseException:
            self.lock()
            raise

    def record(
        self, action: AuditAction, *, family_code: str | None = None, detail: str = ""
    ) -> None:
        """Append to the audit log in its own transaction."""
        if migrations.current_version(self.connection) < migrations.AUDIT_LOG_VERSION:
            return  # a vault mid-upgrade (the backup before a migration) has no log yet
        with transaction(self.connection) as conn:
            AuditLog(conn).record(action, family_code=family_code, detail=detail)
        self.sync_audit_head()

    def sync_audit_head(self) -> None:
        """Record the audit log's length and last MAC in the envelope (unless the log was
        found cut or rewritten at unlock: that evidence stays until a backup is restored)."""
        if self.audit_problem is not None or self._conn is None:
            return
        if migrations.current_version(self._conn) < migrations.AUDIT_LOG_VERSION:
            return
        log = AuditLog(self._conn)
        head = AuditHead(*log.head())
        if head != self.envelope.audit and log.last_link_holds():
            self._envelope = replace(self.envelope, audit=head)
            self._save_envelope()

    def _save_envelope(self) -> None:
        if self.envelope.version < 2:
            return  # unauthenticated until a passphrase unlock can rewrap it (vault_keys)
        self._envelope = self.envelope.save(self.envelope_path, self.data_key)

    def lock(self, *, sync: bool = True) -> None:
        """Close the connection and drop the key and everything read with it."""
        if self._conn is not None and sync:
            with contextlib.suppress(Exception):  # locking must never fail
                self.sync_audit_head()
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
        self._key = None
        self._envelope = None

    # --- key management (store/vault_keys.py) ----------------------------------------------

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        kdf_seconds: float = keys.DEFAULT_TARGET_SECONDS,
        rekey: bool = True,
    ) -> None:
        """A new passphrase and, by default, a new data key (see vault_keys)."""
        vault_keys.change_passphrase(self, new_passphrase, kdf_seconds=kdf_seconds, rekey=rekey)

    def rotate_key(self, passphrase: str, *, after_rekey: Callable[[], None] | None = None) -> None:
        """Re-encrypt the database under a new random data key."""
        kek = vault_keys.verify_passphrase(self, passphrase)
        vault_keys.rotate(self, kek, after_rekey=after_rekey)

    def new_recovery_key(self, passphrase: str) -> str:
        """Replace the recovery key (and re-key); return the new one, to be shown once."""
        return vault_keys.new_recovery_key(self, passphrase)

    def replace_envelope(self, envelope: Envelope) -> None:
        """Write a rewrapped envelope for the open vault (sealed under its data key)."""
        self._envelope = envelope
        self._save_envelope()

    def adopt_envelope(self, envelope: Envelope) -> None:
        """The envelope just written for the open vault (already sealed and saved)."""
        self._envelope = envelope

    def reopen_after_rotation(self, envelope: Envelope, new_key: bytes, old_key: bytes) -> None:
        self._open(envelope, [new_key], method="new key", audit=False, previous_key=old_key)

    # --- remember on this device (store/vault_remembered.py) --------------------------------

    def is_remembered(self) -> bool:
        return vault_remembered.remembered_backend(self) is not None

    def remember(self) -> bool:
        """Store the data key in the OS credential store; False when no usable store exists."""
        return vault_remembered.remember(self)

    def forget(self) -> None:
        """Remove the remembered key from the credential store (works while locked too)."""
        vault_remembered.forget(self)
