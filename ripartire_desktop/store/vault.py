"""The vault: one SQLCipher database and its key envelope in a private folder.

A `Vault` is locked until one of the unlock methods succeeds; it then owns the one open
connection. Locking closes it and drops the key.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from ripartire_desktop import paths
from ripartire_desktop.store import keys, migrations, vault_keys
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
    EnvelopeAlteredError,
    EnvelopeMissingError,
    ForeignDatabaseError,
    NoVaultError,
    UnlockThrottledError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)
from ripartire_desktop.store.fileio import atomic_write, fsync_dir, fsync_file
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.team import ensure_identity
from ripartire_desktop.store.throttle import Throttle

DB_NAME = "vault.db"
ENVELOPE_NAME = "vault-key.json"
DEVICE_NAME = "device.json"
THROTTLE_NAME = "unlock-throttle.json"
BACKUP_DIR = "backups"
# Work files of a backup or restore in the data dir; their names carry the writer's process id.
WORK_PREFIXES = (".backup-", ".restore-")


def work_name(prefix: str) -> str:
    """A name for a backup's staging file or a restore's work folder in the data dir."""
    return f"{prefix}{os.getpid()}-{secrets.token_hex(6)}"


def _writer_may_be_running(name: str) -> bool:
    """True unless the process that made this work file is known to be gone."""
    try:
        pid = int(name.split("-")[1])
    except (IndexError, ValueError):
        return False  # a name from before process ids were recorded
    if pid == os.getpid() or os.name != "posix":
        return True  # our own worker thread; elsewhere no safe liveness probe
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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
        # once the database has opened: (envelope it applies to, new KDF, new kek).
        self._upgrade: tuple[Envelope, keys.KdfParams, bytes] | None = None
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
        """Tidy up after a process killed during a backup or a restore.

        A restore killed after its backup was checked (its work folder holds the envelope)
        but before both files were in place is completed: otherwise the folder would look
        empty, or lack its envelope, with the old vault already moved aside. A restore
        killed earlier left the vault untouched; its work folder and the staging copies of
        killed backups (encrypted, but holding records the user may since have erased) are
        removed.
        """
        try:
            leftovers = sorted(
                entry
                for entry in self.data_dir.iterdir()
                if entry.name.startswith(WORK_PREFIXES) and not _writer_may_be_running(entry.name)
            )
        except OSError:
            return
        for entry in leftovers:
            with contextlib.suppress(OSError):
                if entry.is_dir():
                    self._finish_restore(entry)
                else:
                    entry.unlink()

    def _finish_restore(self, work: Path) -> None:
        checked_envelope = work / ENVELOPE_NAME
        if checked_envelope.exists() and not self.envelope_path.exists():
            checked_db = work / DB_NAME
            if checked_db.exists():
                for extra in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
                    with contextlib.suppress(OSError):
                        (self.data_dir / extra).unlink()
                os.replace(checked_db, self.db_path)
            os.replace(checked_envelope, self.envelope_path)
            fsync_dir(self.data_dir)
        shutil.rmtree(work, ignore_errors=True)

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
    ) -> str:
        """Create an empty vault; return the recovery key, to be shown once and never stored.

        `schema_version` builds the vault as an older release would have (the migration
        tests open such vaults with this release). `name` and `role` label the vault's team
        identity, whose keys are made here."""
        if self.exists():
            raise VaultExistsError(
                f"A vault already exists in {self.data_dir}: it was left untouched."
            )
        paths.ensure_private_dir(self.data_dir)
        params = keys.calibrate_kdf(kdf_seconds, policy=self.kdf_policy)
        data_key = keys.new_data_key()
        recovery_text = keys.new_recovery_key()
        recovery_public = keys.recovery_public_key(keys.parse_recovery_key(recovery_text))
        vault_id = uuid.uuid4().hex
        conn = connect(self.db_path, data_key, create=True)
        try:
            migrations.migrate(conn, upto=schema_version)
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [("vault_id", vault_id), ("created", _now())],
                )
                vault_keys.mark_new_vault(conn)
                if migrations.current_version(conn) >= migrations.AUDIT_LOG_VERSION:
                    vault_keys.mark_keyed_audit(conn)
                    AuditLog(conn).record(AuditAction.CREATE)
            ensure_identity(conn, name=name, role=role)
            head = (
                AuditLog(conn).head()
                if migrations.current_version(conn) >= migrations.AUDIT_LOG_VERSION
                else (0, "")
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        fsync_file(self.db_path)
        # The envelope is written last: its presence is what makes the folder a vault.
        kek = keys.derive_passphrase_key(passphrase, params)
        envelope = Envelope(
            vault_id=vault_id,
            created=_now(),
            database_salt=database_salt(self.db_path),
            kdf=params,
            recovery_public_key=recovery_public,
            current=Envelope.wrap(data_key, kek, vault_id, recovery_public, params),
            audit=AuditHead(*head),
        )
        envelope.save(self.envelope_path, data_key)
        return recovery_text

    # --- unlocking ------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLockedError("The vault is locked.")
        return self._conn

    @property
    def vault_id(self) -> str:
        envelope = self._envelope or self.load_envelope()
        return envelope.vault_id

    @property
    def envelope(self) -> Envelope:
        if self._envelope is None:
            raise VaultLockedError("The vault is locked.")
        return self._envelope

    @property
    def data_key(self) -> bytes:
        if self._key is None:
            raise VaultLockedError("The vault is locked.")
        return self._key

    def open_worker_connection(self) -> Connection:
        """A second connection for a background thread (a connection stays in its thread)."""
        return connect(self.db_path, self.data_key)

    def _check_throttle(self) -> None:
        wait = self.throttle.wait_time()
        if wait > 0:
            raise UnlockThrottledError(wait)

    def keys_from_passphrase(self, passphrase: str) -> list[bytes]:
        """The data key(s) the passphrase unwraps: the slow step (Argon2id), safe to run on
        any thread; `open_with` then opens the database quickly on the caller's thread."""
        envelope = self.load_envelope(check_salt=False)
        self._check_throttle()
        kek = keys.derive_passphrase_key(passphrase, envelope.kdf)
        candidates = envelope.unwrap_with_passphrase_key(kek)
        if candidates is None:
            self.throttle.record_failure()
            raise WrongSecretError("Wrong passphrase: the vault stays locked.")
        self._authenticate(envelope, candidates)
        self._upgrade = None
        if envelope.version < 2:
            # An envelope of an earlier version (unauthenticated, and maybe under today's KDF
            # floor): the new slot's key is derived here, on the caller's (background)
            # thread. This version writes version 2 only at or above the floor (the test
            # suite's explicit keys.TEST_POLICY aside).
            params = self.kdf_policy.floor()
            self._upgrade = (envelope, params, keys.derive_passphrase_key(passphrase, params))
        return candidates

    def keys_from_recovery_key(self, text: str) -> list[bytes]:
        envelope = self.load_envelope(check_salt=False)
        self._check_throttle()
        secret = keys.parse_recovery_key(text)
        candidates = envelope.unwrap_with_recovery(secret)
        if candidates is None:
            self.throttle.record_failure()
            raise WrongSecretError(
                "That recovery key belongs to another vault, or was replaced by a newer "
                "recovery key: this one stays locked."
            )
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
        marker = self._remembered_backend()
        if marker is None or marker != self.keystore.backend_id():
            return False
        if envelope.pending is not None:
            return False  # an interrupted rotation is finished by a passphrase unlock
        key = self.keystore.load(envelope.vault_id)
        if key is None or len(key) != keys.DATA_KEY_BYTES:
            return False
        try:
            envelope.check(key, ENVELOPE_NAME)
        except EnvelopeAlteredError:
            # A stale key (rotated elsewhere) fails the MAC like an edit would; the database
            # tells them apart: a key it no longer takes is forgotten, one it takes means
            # the envelope was edited.
            proof = try_connect(self.db_path, key)
            if proof is None:
                self.keystore.delete(envelope.vault_id)
                return False
            proof.close()
            raise
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
            migrations.migrate(self._conn, before=self._backup_before_migration)
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

    def _backup_before_migration(self, old: int, new: int) -> None:
        from ripartire_desktop.store.backup import write_backup

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = paths.ensure_private_dir(self.data_dir / BACKUP_DIR)
        write_backup(self, folder / f"before-migration-v{old}-to-v{new}-{stamp}.ripbak")
        from ripartire_desktop.store.erasure_list import prune_migration_backups

        prune_migration_backups(folder)

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

    # --- remember on this device ----------------------------------------------------------

    def _device(self) -> dict[str, object]:
        """device.json: facts about this computer, not the vault (no secrets, no names)."""
        try:
            data = json.loads(self.device_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_device(self, data: dict[str, object]) -> None:
        atomic_write(self.device_path, json.dumps(data, sort_keys=True).encode("utf-8"))

    def _remembered_backend(self) -> str | None:
        backend = self._device().get("remembered_backend")
        return backend if isinstance(backend, str) else None

    def is_remembered(self) -> bool:
        return self._remembered_backend() is not None

    def remember(self) -> bool:
        """Store the data key in the OS credential store; False when no usable store exists."""
        backend = self.keystore.backend_id()
        if backend is None or not self.keystore.save(self.envelope.vault_id, self.data_key):
            return False
        self._write_device({**self._device(), "remembered_backend": backend})
        return True

    def forget(self) -> None:
        """Remove the remembered key from the credential store (works while locked too)."""
        try:
            vault_id = self.vault_id
        except Exception:  # a damaged envelope must not stop the user from forgetting
            vault_id = None
        if vault_id is not None:
            self.keystore.delete(vault_id)
        device = self._device()
        if "remembered_backend" in device:
            del device["remembered_backend"]
            self._write_device(device)
