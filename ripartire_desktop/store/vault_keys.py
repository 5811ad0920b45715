"""Key changes of an unlocked vault, and the checks that bind its envelope to its database.

Kept apart from vault.py: rotation, passphrase change (which re-keys), a new recovery key, the
one-time upgrade of earlier envelopes and audit logs, and the erased-codes list.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ripartire_desktop.store import keys, migrations
from ripartire_desktop.store.connection import (
    Connection,
    connect,
    scalar,
    transaction,
    try_connect,
)
from ripartire_desktop.store.envelope import ALTERED, AuditHead, Envelope
from ripartire_desktop.store.errors import (
    DamagedDatabaseError,
    EnvelopeAlteredError,
    WrongSecretError,
)
from ripartire_desktop.store.records.audit import (
    CHAIN_META_KEY,
    KEYED_CHAIN,
    AuditAction,
    AuditLog,
    keyed_mac,
)

if TYPE_CHECKING:
    from ripartire_desktop.store.vault import Vault

ENVELOPE_META_KEY = "envelope_version"
ERASURE_META_KEY = "erasure_key"


def _meta(conn: Connection, key: str) -> str | None:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_meta'"
    ).fetchone()
    if not exists:
        return None
    value = scalar(conn, "SELECT value FROM vault_meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)", (key, value))


def mark_new_vault(conn: Connection) -> None:
    """Inside the creating transaction: this vault's envelopes are authenticated from day one,
    and it gets the secret its erased-codes list is keyed with."""
    _set_meta(conn, ENVELOPE_META_KEY, "2")
    _set_meta(conn, ERASURE_META_KEY, secrets.token_hex(32))


def mark_keyed_audit(conn: Connection) -> None:
    _set_meta(conn, CHAIN_META_KEY, KEYED_CHAIN)


def refuse_downgrade(conn: Connection, envelope: Envelope) -> None:
    """An unauthenticated (version 1) envelope beside a database that has known version 2
    is an old envelope put back: its fields cannot be trusted, so it is refused."""
    if envelope.version < 2 and (_meta(conn, ENVELOPE_META_KEY) or "1") >= "2":
        raise EnvelopeAlteredError(ALTERED.format(name="vault-key.json"))


def note_envelope_version(conn: Connection) -> None:
    """From now on an unauthenticated envelope beside this database is refused."""
    if _meta(conn, "vault_id") is not None and _meta(conn, ENVELOPE_META_KEY) != "2":
        with transaction(conn):
            _set_meta(conn, ENVELOPE_META_KEY, "2")


def ensure_erasure_key(conn: Connection) -> None:
    if _meta(conn, "vault_id") is not None and _meta(conn, ERASURE_META_KEY) is None:
        with transaction(conn):
            _set_meta(conn, ERASURE_META_KEY, secrets.token_hex(32))


def erased_code_hash(conn: Connection, code: str) -> str | None:
    """The keyed hash of a family code as the envelope lists it (None: no key in this copy)."""
    key = _meta(conn, ERASURE_META_KEY)
    if key is None:
        return None
    return hmac.new(bytes.fromhex(key), code.encode("utf-8"), hashlib.sha256).hexdigest()


def rewrapped(
    envelope: Envelope, data_key: bytes, kdf: keys.KdfParams, kek: bytes, recovery_public: bytes
) -> Envelope:
    """A version 2 envelope holding `data_key` only, under `kek` and `recovery_public`."""
    return replace(
        envelope,
        version=2,
        kdf=kdf,
        recovery_public_key=recovery_public,
        current=Envelope.wrap(data_key, kek, envelope.vault_id, recovery_public, kdf),
        pending=None,
    )


def stronger_slot(envelope: Envelope, data_key: bytes, kdf: keys.KdfParams, kek: bytes) -> Envelope:
    """The one-time upgrade at a passphrase unlock: version 2 and today's KDF floor."""
    return rewrapped(envelope, data_key, kdf, kek, envelope.recovery_public_key)


def settle_audit(vault: Vault, previous_key: bytes | None) -> str | None:
    """Bring the audit log under the current key and compare it with the envelope's record.

    Returns a sentence when the log was cut, altered or re-chained behind the app's back;
    the unlock goes on (the records are the user's), and `verify` names the same problem."""
    conn = vault.connection
    if migrations.current_version(conn) < migrations.AUDIT_LOG_VERSION:
        return None
    log = AuditLog(conn)
    recorded = vault.envelope.audit
    if not log.is_keyed():
        legacy = log.verify(legacy=True)
        reason = "keyed chain replaces the unkeyed one"
        if not legacy.ok:
            reason += f" (the unkeyed chain was already broken at entry {legacy.first_broken})"
        log.rechain(reason)
        return None
    if previous_key is None:
        return audit_problem(log, recorded)
    # Finishing a change of data key: the log is chained under the old key (a crash before
    # the re-chain) or already under the new one (the re-chain came before the envelope
    # was promoted, or the rotation is being completed normally).
    earlier = AuditLog(conn, mac=keyed_mac(keys.audit_key(previous_key)))
    if earlier.verify().ok:
        problem = audit_problem(earlier, recorded)
        if problem is None:
            log.rechain("data key changed")
        return problem
    check = log.verify()
    if not check.ok or check.entries < recorded.entries:
        return audit_problem(log, recorded)
    return None


def audit_problem(log: AuditLog, recorded: AuditHead) -> str | None:
    check = log.verify()
    if not check.ok:
        return (
            f"the chain breaks at entry {check.first_broken} (an entry was altered, "
            "removed or inserted outside the app)"
        )
    if recorded.entries > check.entries:
        return (
            f"it holds {check.entries} entries but the key envelope recorded "
            f"{recorded.entries}: entries were removed"
        )
    if recorded.entries and log.hash_at(recorded.entries) != recorded.head:
        return (
            f"it was rewritten: entry {recorded.entries} no longer matches the key "
            "envelope's record of it (entries removed and the chain rebuilt)"
        )
    return None


# --- key changes ----------------------------------------------------------------------------


def verify_passphrase(vault: Vault, passphrase: str) -> bytes:
    envelope = vault.envelope
    wait = vault.throttle.wait_time()
    if wait > 0:
        from ripartire_desktop.store.errors import UnlockThrottledError

        raise UnlockThrottledError(wait)
    kek = keys.derive_passphrase_key(passphrase, envelope.kdf)
    if envelope.unwrap_with_passphrase_key(kek) is None:
        vault.throttle.record_failure()
        raise WrongSecretError("Wrong passphrase: nothing was changed.")
    return kek


def rotate(vault: Vault, kek: bytes, *, after_rekey: Callable[[], None] | None = None) -> None:
    """Re-encrypt the database under a new random data key, wrapped under `kek` (which must
    match the envelope's KDF parameters) and the envelope's recovery public key.

    Order matters for crash safety: (1) the envelope gains the new key as `pending`,
    (2) the database is rekeyed in one transaction, (3) the new key is proven to open it
    and the old one not, (4) the envelope makes the new key current, (5) the audit log is
    re-chained under the new key. A crash between any two steps leaves a vault that opens
    with the old or the new key, and the next unlock finishes the job.
    """
    vault.sync_audit_head()
    envelope = vault.envelope
    old_key = vault.data_key
    new_key = keys.new_data_key()
    pending = Envelope.wrap(
        new_key, kek, envelope.vault_id, envelope.recovery_public_key, envelope.kdf
    )
    with_pending = envelope.with_pending(pending).save(vault.envelope_path, old_key)
    # Whatever happens next, any later save of the open vault's envelope keeps the pending
    # slot: without it a database already rekeyed could never be opened again.
    vault.adopt_envelope(with_pending)
    conn = vault.connection
    conn.execute(f'PRAGMA rekey = "{keys.raw_key_literal(new_key)}"')
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if after_rekey is not None:
        after_rekey()
    vault.lock(sync=False)
    proof = try_connect(vault.db_path, new_key)
    if proof is None:
        raise DamagedDatabaseError("Key rotation failed: the new key does not open the vault.")
    proof.close()
    stale = try_connect(vault.db_path, old_key)
    if stale is not None:
        stale.close()
        raise DamagedDatabaseError("Key rotation failed: the old key still opens the vault.")
    _rechain_under(vault, new_key)
    promoted = with_pending.promoted().save(vault.envelope_path, new_key)
    vault.reopen_after_rotation(promoted, new_key, old_key)
    vault.record(AuditAction.KEY_ROTATION)
    if vault.is_remembered():
        vault.remember()


def _rechain_under(vault: Vault, new_key: bytes) -> None:
    """The audit log under the new key, before the envelope names that key current."""
    conn = connect(vault.db_path, new_key)
    try:
        if migrations.current_version(conn) >= migrations.AUDIT_LOG_VERSION:
            AuditLog(conn).rechain("data key changed")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def change_passphrase(
    vault: Vault, new_passphrase: str, *, kdf_seconds: float, rekey: bool = True
) -> None:
    """Rewrap under a new passphrase and, by default, re-key the database: old envelopes and
    backups with the old passphrase then open only the data they held, never today's.

    The rewrap comes first: a crash before the re-key leaves a vault that opens with the new
    passphrase and its old data key (`rotate-key` finishes the revocation)."""
    envelope = vault.envelope
    params = keys.calibrate_kdf(kdf_seconds, policy=vault.kdf_policy)
    kek = keys.derive_passphrase_key(new_passphrase, params)
    updated = rewrapped(envelope, vault.data_key, params, kek, envelope.recovery_public_key)
    vault.replace_envelope(updated)
    vault.record(AuditAction.PASSPHRASE_CHANGE, detail="with re-key" if rekey else "")
    if rekey:
        rotate(vault, kek)


def new_recovery_key(vault: Vault, passphrase: str) -> str:
    """Replace the recovery key and re-key the database; return the new key (shown once).

    The old key stops opening this vault's envelope at once; with the re-key, copies of old
    envelopes and old backups open only the data they held with it."""
    kek = verify_passphrase(vault, passphrase)
    envelope = vault.envelope
    text = keys.new_recovery_key()
    public = keys.recovery_public_key(keys.parse_recovery_key(text))
    updated = rewrapped(envelope, vault.data_key, envelope.kdf, kek, public)
    vault.replace_envelope(updated)
    vault.record(AuditAction.RECOVERY_KEY_CHANGE)
    rotate(vault, kek)
    return text
