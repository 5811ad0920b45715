"""The key envelope: a small versioned JSON file holding the data key, wrapped, never in clear.

The data key is wrapped twice with AES-256-GCM: under an Argon2id key from the passphrase and
to the recovery key. A `pending` pair exists only while the data key is being rotated, so a
crash mid-rotation leaves both the old and the new key reachable.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ripartire_desktop.store import keys
from ripartire_desktop.store.errors import EnvelopeDamagedError, NewerSchemaError
from ripartire_desktop.store.fileio import atomic_write

FORMAT = "ripartire-key-envelope"
VERSION = 1
MAX_ENVELOPE_BYTES = 64 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, field: str) -> bytes:
    if not isinstance(value, str):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is not text.")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise EnvelopeDamagedError(
            f"The key envelope is damaged: '{field}' is unreadable."
        ) from exc


def _aad(vault_id: str, slot: str) -> bytes:
    return f"ripartire/envelope/v{VERSION}/{vault_id}/{slot}".encode()


@dataclass(frozen=True, slots=True)
class KeySlots:
    """One data key, wrapped under the passphrase key and to the recovery key."""

    passphrase_nonce: bytes
    passphrase_ciphertext: bytes
    recovery: keys.RecoveryWrap


@dataclass(frozen=True, slots=True)
class Envelope:
    vault_id: str
    created: str
    database_salt: str
    kdf: keys.KdfParams
    recovery_public_key: bytes
    current: KeySlots
    pending: KeySlots | None = None

    # --- wrapping ---------------------------------------------------------------------

    @staticmethod
    def wrap(data_key: bytes, kek: bytes, vault_id: str, recovery_public: bytes) -> KeySlots:
        nonce, ciphertext = keys.seal(kek, data_key, _aad(vault_id, "passphrase"))
        recovery = keys.wrap_for_recovery(data_key, recovery_public, _aad(vault_id, "recovery"))
        return KeySlots(nonce, ciphertext, recovery)

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
                _aad(self.vault_id, "passphrase"),
            )
            if key is None:
                return None
            found.append(key)
        return found

    def unwrap_with_recovery(self, secret: bytes) -> list[bytes] | None:
        if keys.recovery_public_key(secret) != self.recovery_public_key:
            return None
        found = []
        for slot in self.slots():
            key = keys.unwrap_with_recovery(secret, slot.recovery, _aad(self.vault_id, "recovery"))
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
                    "nonce": _b64(slot.passphrase_nonce),
                    "ciphertext": _b64(slot.passphrase_ciphertext),
                },
                "recovery": {
                    "ephemeral_public_key": _b64(slot.recovery.ephemeral_public),
                    "nonce": _b64(slot.recovery.nonce),
                    "ciphertext": _b64(slot.recovery.ciphertext),
                },
            }

        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "cipher": "AES-256-GCM",
            "database_salt": self.database_salt,
            "kdf": {
                "algorithm": "argon2id",
                "salt": _b64(self.kdf.salt),
                "iterations": self.kdf.iterations,
                "memory_kib": self.kdf.memory_kib,
                "lanes": self.kdf.lanes,
            },
            "recovery_public_key": _b64(self.recovery_public_key),
            "keys": {
                "current": slot_dict(self.current),
                "pending": None if self.pending is None else slot_dict(self.pending),
            },
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

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
                salt=_unb64(kdf_data["salt"], "kdf.salt"),
                iterations=_int(kdf_data["iterations"], "kdf.iterations"),
                memory_kib=_int(kdf_data["memory_kib"], "kdf.memory_kib"),
                lanes=_int(kdf_data["lanes"], "kdf.lanes"),
            )
            kdf.validate()
            pending_data = data["keys"]["pending"]
            envelope = cls(
                vault_id=_text(data["vault_id"], "vault_id"),
                created=_text(data["created"], "created"),
                database_salt=_text(data["database_salt"], "database_salt"),
                kdf=kdf,
                recovery_public_key=_unb64(data["recovery_public_key"], "recovery_public_key"),
                current=_slots(data["keys"]["current"], "keys.current"),
                pending=None if pending_data is None else _slots(pending_data, "keys.pending"),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise EnvelopeDamagedError(
                f"The key envelope is damaged: a field is missing or malformed ({exc})."
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


def _int(value: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is not a number.")
    return value


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value:
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is missing.")
    return value


def _slots(data: Any, field: str) -> KeySlots:
    passphrase = data["passphrase"]
    recovery = data["recovery"]
    slots = KeySlots(
        passphrase_nonce=_unb64(passphrase["nonce"], f"{field}.passphrase.nonce"),
        passphrase_ciphertext=_unb64(passphrase["ciphertext"], f"{field}.passphrase.ciphertext"),
        recovery=keys.RecoveryWrap(
            ephemeral_public=_unb64(
                recovery["ephemeral_public_key"], f"{field}.recovery.ephemeral_public_key"
            ),
            nonce=_unb64(recovery["nonce"], f"{field}.recovery.nonce"),
            ciphertext=_unb64(recovery["ciphertext"], f"{field}.recovery.ciphertext"),
        ),
    )
    if (
        len(slots.passphrase_nonce) != keys.NONCE_BYTES
        or len(slots.recovery.nonce) != keys.NONCE_BYTES
        or len(slots.recovery.ephemeral_public) != 32
    ):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' has a bad length.")
    return slots
