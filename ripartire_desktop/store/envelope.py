"""The key envelope: a small versioned JSON file holding the data key, wrapped, never in clear.

The data key is wrapped twice with AES-256-GCM: under an Argon2id key from the passphrase and
to the recovery key. A `pending` pair exists only while the data key is being rotated, so a
crash mid-rotation leaves both the old and the new key reachable.

Version 2 authenticates every field: an HMAC keyed from the (current) data key covers the
whole document, and each slot's associated data names the KDF parameters and the recovery
public key it belongs to. An edited envelope is refused before any field is used or rewrapped.
Version 1 envelopes (no MAC) are read once and upgraded at the next unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ripartire_desktop.store import keys
from ripartire_desktop.store.envelope_fields import (
    AuditHead,
    KeySlots,
    audit_head,
    b64,
    erased_list,
    hex_bytes,
    integer,
    key_slots,
    text,
    unb64,
)
from ripartire_desktop.store.errors import (
    EnvelopeAlteredError,
    EnvelopeDamagedError,
    NewerSchemaError,
)
from ripartire_desktop.store.fileio import atomic_write

__all__ = ["AuditHead", "Envelope", "KeySlots"]

FORMAT = "ripartire-key-envelope"
VERSION = 2
MAX_ENVELOPE_BYTES = 256 * 1024

ALTERED = (
    "The key envelope {name} was altered (its fields no longer match their authentication "
    "code): it was not used and nothing was changed. Restore a backup (ripartire restore), "
    "or keep a copy of the folder and ask for help."
)


def _aad_v1(vault_id: str, slot: str) -> bytes:
    return f"ripartire/envelope/v1/{vault_id}/{slot}".encode()


def passphrase_aad(vault_id: str, kdf: keys.KdfParams) -> bytes:
    """Version 2: the slot opens only with the KDF parameters it was made with."""
    return (
        f"ripartire/envelope/v2/{vault_id}/passphrase/argon2id/m={kdf.memory_kib}"
        f"/t={kdf.iterations}/p={kdf.lanes}/s={kdf.salt.hex()}"
    ).encode()


def recovery_aad(vault_id: str, recovery_public: bytes) -> bytes:
    return f"ripartire/envelope/v2/{vault_id}/recovery/{recovery_public.hex()}".encode()


def mac_key(data_key: bytes, vault_id: str) -> bytes:
    return keys.derive_subkey(data_key, b"ripartire envelope mac v2", salt=vault_id.encode())


@dataclass(frozen=True, slots=True)
class Envelope:
    vault_id: str
    created: str
    database_salt: str
    kdf: keys.KdfParams
    recovery_public_key: bytes
    current: KeySlots
    pending: KeySlots | None = None
    audit: AuditHead = field(default_factory=AuditHead)
    erased: tuple[str, ...] = ()
    version: int = VERSION
    mac: bytes = b""

    # --- wrapping ---------------------------------------------------------------------

    @staticmethod
    def wrap(
        data_key: bytes,
        kek: bytes,
        vault_id: str,
        recovery_public: bytes,
        kdf: keys.KdfParams,
    ) -> KeySlots:
        nonce, ciphertext = keys.seal(kek, data_key, passphrase_aad(vault_id, kdf))
        recovery = keys.wrap_for_recovery(
            data_key, recovery_public, recovery_aad(vault_id, recovery_public)
        )
        return KeySlots(nonce, ciphertext, recovery)

    def _passphrase_aad(self) -> bytes:
        if self.version == 1:
            return _aad_v1(self.vault_id, "passphrase")
        return passphrase_aad(self.vault_id, self.kdf)

    def _recovery_aad(self) -> bytes:
        if self.version == 1:
            return _aad_v1(self.vault_id, "recovery")
        return recovery_aad(self.vault_id, self.recovery_public_key)

    # --- authentication ---------------------------------------------------------------

    def _mac_input(self) -> bytes:
        body = self.to_dict()
        body.pop("mac", None)
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sealed(self, data_key: bytes) -> Envelope:
        """This envelope as version 2, authenticated under `data_key` (the current key)."""
        if self.version != VERSION:
            raise ValueError("only a version 2 envelope can be sealed: rewrap its slots first")
        unsealed = replace(self, mac=b"")
        digest = hmac.new(
            mac_key(data_key, self.vault_id), unsealed._mac_input(), hashlib.sha256
        ).digest()
        return replace(self, mac=digest)

    def check(self, data_key: bytes, name: str = "vault-key.json") -> None:
        """Raise EnvelopeAlteredError unless every field is as the data key's holder wrote it."""
        if self.version == 1:
            return  # no MAC yet: the vault checks it was never upgraded, then upgrades it
        expected = hmac.new(
            mac_key(data_key, self.vault_id), self._mac_input(), hashlib.sha256
        ).digest()
        if not hmac.compare_digest(expected, self.mac):
            raise EnvelopeAlteredError(ALTERED.format(name=name))

    def slots(self) -> list[KeySlots]:
        """Current first: after an interrupted rotation the database may hold either key."""
        return [self.current] if self.pending is None else [self.current, self.pending]

    def unwrap_with_passphrase_key(self, kek: bytes) -> list[bytes] | None:
        found = []
        for slot in self.slots():
            key = keys.open_sealed(
                kek,
                slot.passphrase_nonce,
                slot.passphrase_ciphertext,
                self._passphrase_aad(),
            )
            if key is None:
                return None
            found.append(key)
        return found

    def unwrap_with_recovery(self, secret: bytes) -> list[bytes] | None:
        own_public = keys.recovery_public_key(secret)
        if self.version == 1:
            if own_public != self.recovery_public_key:
                return None
            aad = self._recovery_aad()
        else:
            # The key's own public half, not the field: if the field was swapped for a
            # planted key, the owner's key still opens its slot and the MAC then names the
            # edit (instead of "wrong recovery key").
            aad = recovery_aad(self.vault_id, own_public)
        found = []
        for slot in self.slots():
            key = keys.unwrap_with_recovery(secret, slot.recovery, aad)
            if key is None:
                return None
            found.append(key)
        return found

    def with_pending(self, slots: KeySlots) -> Envelope:
        return replace(self, pending=slots)

    def promoted(self) -> Envelope:
        """The envelope once the rotation is known to have reached the database."""
        if self.pending is None:
            return self
        return replace(self, current=self.pending, pending=None)

    def without_pending(self) -> Envelope:
        return replace(self, pending=None)

    # --- serialisation ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        def slot_dict(slot: KeySlots) -> dict[str, Any]:
            return {
                "passphrase": {
                    "nonce": b64(slot.passphrase_nonce),
                    "ciphertext": b64(slot.passphrase_ciphertext),
                },
                "recovery": {
                    "ephemeral_public_key": b64(slot.recovery.ephemeral_public),
                    "nonce": b64(slot.recovery.nonce),
                    "ciphertext": b64(slot.recovery.ciphertext),
                },
            }

        data: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": "AES-256-GCM",
            "database_salt": self.database_salt,
            "kdf": {
                "algorithm": "argon2id",
                "salt": b64(self.kdf.salt),
                "iterations": self.kdf.iterations,
                "memory_kib": self.kdf.memory_kib,
                "lanes": self.kdf.lanes,
            },
            "recovery_public_key": b64(self.recovery_public_key),
            "keys": {
                "current": slot_dict(self.current),
                "pending": None if self.pending is None else slot_dict(self.pending),
            },
        }
        if self.version >= 2:
            data["audit"] = {"entries": self.audit.entries, "head": self.audit.head}
            data["erased"] = list(self.erased)
            data["mac"] = self.mac.hex()
        return data

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path, data_key: bytes) -> Envelope:
        """Seal under the current data key and write crash-safely; return what was written."""
        sealed = self.sealed(data_key)
        atomic_write(path, sealed.to_bytes())
        return sealed

    @classmethod
    def from_dict(cls, data: Any) -> Envelope:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise EnvelopeDamagedError(
                "The key envelope is not a Ripartire key envelope (wrong or missing format)."
            )
        version = data.get("version")
        if not isinstance(version, int):
            raise EnvelopeDamagedError("The key envelope is damaged: its version is unreadable.")
        if version > VERSION:
            raise NewerSchemaError(
                "The key envelope was written by a newer version of Ripartire: update the app."
            )
        try:
            kdf_data = data["kdf"]
            if kdf_data.get("algorithm") != "argon2id":
                raise EnvelopeDamagedError("The key envelope names an unknown key derivation.")
            kdf = keys.KdfParams(
                salt=unb64(kdf_data["salt"], "kdf.salt"),
                iterations=integer(kdf_data["iterations"], "kdf.iterations"),
                memory_kib=integer(kdf_data["memory_kib"], "kdf.memory_kib"),
                lanes=integer(kdf_data["lanes"], "kdf.lanes"),
            )
            kdf.validate()
            pending_data = data["keys"]["pending"]
            extra: dict[str, Any] = {}
            if version >= 2:
                extra = {
                    "audit": audit_head(data["audit"]),
                    "erased": erased_list(data["erased"]),
                    "mac": hex_bytes(data["mac"], "mac", 32),
                }
            envelope = cls(
                version=version,
                **extra,
                vault_id=text(data["vault_id"], "vault_id"),
                created=text(data["created"], "created"),
                database_salt=text(data["database_salt"], "database_salt"),
                kdf=kdf,
                recovery_public_key=unb64(data["recovery_public_key"], "recovery_public_key"),
                current=key_slots(data["keys"]["current"], "keys.current"),
                pending=None if pending_data is None else key_slots(pending_data, "keys.pending"),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise EnvelopeDamagedError(
                f"The key envelope is damaged: a field is missing or malformed ({exc})."
            ) from exc
        except keys.KdfBoundsError as exc:
            raise EnvelopeAlteredError(
                f"The key envelope asks for key derivation settings no Ripartire writes ({exc}): "
                "it was altered or damaged, and was not used. Nothing was changed."
            ) from exc
        except ValueError as exc:
            raise EnvelopeDamagedError(f"The key envelope is damaged: {exc}.") from exc
        if len(envelope.recovery_public_key) != 32:
            raise EnvelopeDamagedError("The key envelope is damaged: bad recovery public key.")
        return envelope

    @classmethod
    def from_bytes(cls, raw: bytes) -> Envelope:
        if len(raw) > MAX_ENVELOPE_BYTES:
            raise EnvelopeDamagedError("The key envelope is damaged: the file is far too large.")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EnvelopeDamagedError(
                "The key envelope is damaged: it is not readable JSON."
            ) from exc
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: Path) -> Envelope:
        return cls.from_bytes(path.read_bytes())
