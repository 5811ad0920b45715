"""Reading the key envelope's fields: each checked for type and length, with the field's name
in the message, so a damaged envelope says where."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from ripartire_desktop.store import keys
from ripartire_desktop.store.errors import EnvelopeDamagedError

MAX_ERASED = 100_000  # keyed hashes of erased codes: far beyond any project's families


@dataclass(frozen=True, slots=True)
class AuditHead:
    """How long the audit log was, and the MAC of its last entry, when the envelope was saved."""

    entries: int = 0
    head: str = ""


@dataclass(frozen=True, slots=True)
class KeySlots:
    """One data key, wrapped under the passphrase key and to the recovery key."""

    passphrase_nonce: bytes
    passphrase_ciphertext: bytes
    recovery: keys.RecoveryWrap


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(value: Any, field: str) -> bytes:
    if not isinstance(value, str):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is not text.")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise EnvelopeDamagedError(
            f"The key envelope is damaged: '{field}' is unreadable."
        ) from exc


def integer(value: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is not a number.")
    return value


def text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value:
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is missing.")
    return value


def hex_bytes(value: Any, field: str, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' is not text.")
    try:
        raw = bytes.fromhex(value)
    except ValueError as exc:
        raise EnvelopeDamagedError(
            f"The key envelope is damaged: '{field}' is unreadable."
        ) from exc
    if length is not None and len(raw) != length:
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' has a bad length.")
    return raw


def audit_head(data: Any) -> AuditHead:
    entries = integer(data["entries"], "audit.entries")
    head = data["head"]
    if entries < 0 or not isinstance(head, str):
        raise EnvelopeDamagedError("The key envelope is damaged: 'audit' is malformed.")
    if entries and len(hex_bytes(head, "audit.head")) != 32:
        raise EnvelopeDamagedError("The key envelope is damaged: 'audit' is malformed.")
    return AuditHead(entries, head)


def erased_list(data: Any) -> tuple[str, ...]:
    if not isinstance(data, list) or len(data) > MAX_ERASED:
        raise EnvelopeDamagedError("The key envelope is damaged: 'erased' is malformed.")
    for item in data:
        hex_bytes(item, "erased", 32)
    return tuple(data)


def key_slots(data: Any, field: str) -> KeySlots:
    passphrase = data["passphrase"]
    recovery = data["recovery"]
    slots = KeySlots(
        passphrase_nonce=unb64(passphrase["nonce"], f"{field}.passphrase.nonce"),
        passphrase_ciphertext=unb64(passphrase["ciphertext"], f"{field}.passphrase.ciphertext"),
        recovery=keys.RecoveryWrap(
            ephemeral_public=unb64(
                recovery["ephemeral_public_key"], f"{field}.recovery.ephemeral_public_key"
            ),
            nonce=unb64(recovery["nonce"], f"{field}.recovery.nonce"),
            ciphertext=unb64(recovery["ciphertext"], f"{field}.recovery.ciphertext"),
        ),
    )
    if (
        len(slots.passphrase_nonce) != keys.NONCE_BYTES
        or len(slots.recovery.nonce) != keys.NONCE_BYTES
        or len(slots.recovery.ephemeral_public) != 32
    ):
        raise EnvelopeDamagedError(f"The key envelope is damaged: '{field}' has a bad length.")
    return slots
