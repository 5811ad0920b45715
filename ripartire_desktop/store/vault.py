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
from datetime import UTC, datetime
from pathlib import Path

from ripartire_desktop import paths
from ripartire_desktop.store import keys, migrations
from ripartire_desktop.store.connection import (
    Connection,
    check_database_file,
    connect,
    database_salt,
    transaction,
    try_connect,
)
from ripartire_desktop.store.envelope import Envelope
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
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
    ) -> None:
        self.data_dir = data_dir
        self.keystore: KeyStore = keystore if keystore is not None else MemoryKeyStore()
        self.throttle = Throttle(data_dir / THROTTLE_NAME, clock=clock)
        self._conn: Connection | None = None
        self._key: bytes | None = None
        self._envelope: Envelope | None = None

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

    def load_envelope(self) -> Envelope:
        """The envelope, after checking the files are a plausible vault (no secret needed)."""
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
        if database_salt(self.db_path) != envelope.database_salt:
            raise ForeignDatabaseError(
                f"The database in {self.data_dir} does not belong to this key envelope "
                "(another vault's file, or its first page is damaged)."
            )
        return envelope

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
        params = keys.calibrate_kdf(kdf_seconds)
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
                if migrations.current_version(conn) >= migrations.AUDIT_LOG_VERSION:
                    AuditLog(conn).record(AuditAction.CREATE)
            ensure_identity(conn, name=name, role=role)
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
            current=Envelope.wrap(data_key, kek, vault_id, recovery_public),
        )
        envelope.save(self.envelope_path)
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
        envelope = self.load_envelope()
        self._check_throttle()
        kek = keys.derive_passphrase_key(passphrase, envelope.kdf)
        candidates = envelope.unwrap_with_passphrase_key(kek)
        if candidates is None:
            self.throttle.record_failure()
            raise WrongSecretError("Wrong passphrase: the vault stays locked.")
        return candidates

    def keys_from_recovery_key(self, text: str) -> list[bytes]:
        envelope = self.load_envelope()
        self._check_throttle()
        secret = keys.parse_recovery_key(text)
        candidates = envelope.unwrap_with_recovery(secret)
        if candidates is None:
            self.throttle.record_failure()
            raise WrongSecretError(
                "That recovery key belongs to another vault: this one stays locked."
            )
        return candidates

    def open_with(self, candidates: list[bytes], *, method: str, audit: bool = True) -> None:
        """Open with keys already derived. `audit=False` is for a second, private opening
        of an already unlocked vault (a background job), which is not a new unlock."""
        self._open(self.load_envelope(), candidates, method=method, audit=audit)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        self.open_with(self.keys_from_passphrase(passphrase), method="passphrase")

    def unlock_with_recovery_key(self, text: str) -> None:
        self.open_with(self.keys_from_recovery_key(text), method="recovery key")

    def unlock_with_remembered(self) -> bool:
        """Open with the key remembered on this device; False means "ask for the passphrase"."""
        envelope = self.load_envelope()
        marker = self._remembered_backend()
        if marker is None or marker != self.keystore.backend_id():
            return False
        if envelope.pending is not None:
            return False  # an interrupted rotation is finished by a passphrase unlock
        key = self.keystore.load(envelope.vault_id)
        if key is None or len(key) != keys.DATA_KEY_BYTES:
            return False
        try:
            self._open(envelope, [key], method="remembered key")
        except DamagedDatabaseError:
            # A stale key (the data key was rotated elsewhere): forget it and ask.
            self.keystore.delete(envelope.vault_id)
            return False
        return True

    def _open(
        self, envelope: Envelope, candidates: list[bytes], *, method: str, audit: bool = True
    ) -> None:
        self.lock()
        for index, key in enumerate(candidates):
            conn = try_connect(self.db_path, key)
            if conn is None:
                continue
            if envelope.pending is not None:
                # A rotation was interrupted: keep the envelope in step with the database.
                envelope = envelope.promoted() if index == 1 else envelope.without_pending()
                envelope.save(self.envelope_path)
            self._conn, self._key, self._envelope = conn, key, envelope
            break
        else:
            raise DamagedDatabaseError(
                "The passphrase is right but the database cannot be decrypted: its first "
                "page is damaged. Restore a backup (ripartire restore)."
            )
        self.throttle.reset()
        try:
            migrations.migrate(self._conn, before=self._backup_before_migration)
            ensure_identity(self._conn)  # keys for a vault just migrated to identities
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

    def _backup_before_migration(self, old: int, new: int) -> None:
        from ripartire_desktop.store.backup import write_backup

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = paths.ensure_private_dir(self.data_dir / BACKUP_DIR)
        write_backup(self, folder / f"before-migration-v{old}-to-v{new}-{stamp}.ripbak")

    def lock(self) -> None:
        """Close the connection and drop the key and everything read with it."""
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
        self._key = None
        self._envelope = None

    # --- key management -------------------------------------------------------------------

    def _verify_passphrase(self, passphrase: str) -> bytes:
        envelope = self.envelope
        self._check_throttle()
        kek = keys.derive_passphrase_key(passphrase, envelope.kdf)
        if envelope.unwrap_with_passphrase_key(kek) is None:
            self.throttle.record_failure()
            raise WrongSecretError("Wrong passphrase: nothing was changed.")
        return kek

    def change_passphrase(
        self, new_passphrase: str, *, kdf_seconds: float = keys.DEFAULT_TARGET_SECONDS
    ) -> None:
        """Rewrap the data key under a new passphrase; the database is not touched."""
        envelope = self.envelope
        params = keys.calibrate_kdf(kdf_seconds)
        kek = keys.derive_passphrase_key(new_passphrase, params)
        updated = Envelope(
            vault_id=envelope.vault_id,
            created=envelope.created,
            database_salt=envelope.database_salt,
            kdf=params,
            recovery_public_key=envelope.recovery_public_key,
            current=Envelope.wrap(
                self.data_key, kek, envelope.vault_id, envelope.recovery_public_key
            ),
        )
        updated.save(self.envelope_path)
        self._envelope = updated
        self.record(AuditAction.PASSPHRASE_CHANGE)

    def rotate_key(self, passphrase: str, *, after_rekey: Callable[[], None] | None = None) -> None:
        """Re-encrypt the database under a new random data key.

        Order matters for crash safety: (1) the envelope gains the new key as `pending`,
        (2) the database is rekeyed in one transaction, (3) the new key is proven to open it
        and the old one not, (4) the envelope makes the new key current. A crash between any
        two steps leaves a vault that opens with the old or the new key, and `_open` finishes
        the job.
        """
        kek = self._verify_passphrase(passphrase)
        envelope = self.envelope
        old_key = self.data_key
        new_key = keys.new_data_key()
        pending = Envelope.wrap(new_key, kek, envelope.vault_id, envelope.recovery_public_key)
        envelope.with_pending(pending).save(self.envelope_path)
        conn = self.connection
        conn.execute(f'PRAGMA rekey = "{keys.raw_key_literal(new_key)}"')
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if after_rekey is not None:
            after_rekey()
        self.lock()
        proof = try_connect(self.db_path, new_key)
        if proof is None:
            raise DamagedDatabaseError("Key rotation failed: the new key does not open the vault.")
        proof.close()
        stale = try_connect(self.db_path, old_key)
        if stale is not None:
            stale.close()
            raise DamagedDatabaseError("Key rotation failed: the old key still opens the vault.")
        promoted = envelope.with_pending(pending).promoted()
        promoted.save(self.envelope_path)
        self._open(promoted, [new_key], method="new key", audit=False)
        self.record(AuditAction.KEY_ROTATION)
        if self.is_remembered():
            self.remember()

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
