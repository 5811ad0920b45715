"""Key material: the passphrase KDF (Argon2id), the recovery key, and AES-256-GCM key wrapping.

The recovery slot wraps the data key to an X25519 public key whose private half is derived from
the recovery key. Rotating the data key or changing the passphrase can therefore rewrap the
recovery slot without asking for the recovery key, which lives on paper, not on the machine.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ripartire_desktop.store.errors import InvalidRecoveryKeyError

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# Floors and ceilings for Argon2id. The floor is the security minimum; the ceilings stop a
# damaged envelope from asking for absurd memory or time before the passphrase is even tried.
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MIN_ITERATIONS = 1
MAX_ITERATIONS = 1000
MAX_LANES = 16
DEFAULT_TARGET_SECONDS = 0.75

RECOVERY_BYTES = 20  # 160 bits: out of reach of any offline search
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_CHARS = 32  # 160 bits in base32
_CHECK_CHARS = 4


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form: the hex key itself, so no per-open PBKDF2 runs."""
    if len(key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return f"x'{key.hex()}'"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored in the envelope beside the salt."""

    salt: bytes
    iterations: int
    memory_kib: int
    lanes: int = 1

    def validate(self) -> None:
        if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise ValueError(f"Argon2id iterations out of range: {self.iterations}")
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError(f"Argon2id memory out of range: {self.memory_kib} KiB")
        if not (1 <= self.lanes <= MAX_LANES):
            raise ValueError(f"Argon2id lanes out of range: {self.lanes}")
        if len(self.salt) < SALT_BYTES:
            raise ValueError("Argon2id salt too short")

    def with_new_salt(self) -> KdfParams:
        return KdfParams(
            salt=os.urandom(SALT_BYTES),
            iterations=self.iterations,
            memory_kib=self.memory_kib,
            lanes=self.lanes,
        )


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    params.validate()
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # NFC: the same passphrase typed on macOS (which composes accents differently) must match.
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def calibrate_kdf(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id iterations so one derivation takes about `target_seconds` on this machine.

    Memory stays at 64 MiB (the floor, and what an old laptop can spare); time is tuned by
    iterations. A target of 0 returns the floor, which the tests use to stay fast.
    """
    params = KdfParams(salt=os.urandom(SALT_BYTES), iterations=1, memory_kib=MIN_MEMORY_KIB)
    if target_seconds <= 0:
        return params
    iterations = 1
    while True:
        trial = KdfParams(params.salt, iterations, params.memory_kib, params.lanes)
        start = time.perf_counter()
        derive_passphrase_key("calibration", trial)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds / 4 or iterations >= MAX_ITERATIONS:
            break
        iterations *= 2
    scaled = max(MIN_ITERATIONS, round(iterations * target_seconds / max(elapsed, 1e-6)))
    return KdfParams(params.salt, min(scaled, MAX_ITERATIONS), params.memory_kib, params.lanes)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or the ciphertext was altered."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        return None


# --- recovery key -------------------------------------------------------------------------


def _b32encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _b32decode(text: str, nbytes: int) -> bytes:
    number = 0
    for char in text:
        number = number * 32 + _CROCKFORD.index(char)
    return number.to_bytes(nbytes, "big")


def _check_group(secret: bytes) -> str:
    digest = hashlib.sha256(b"ripartire recovery check" + secret).digest()
    return _b32encode(digest[:5])[:_CHECK_CHARS]


def new_recovery_key() -> str:
    """A fresh recovery key, as shown to the user: nine groups of four readable characters."""
    secret = secrets.token_bytes(RECOVERY_BYTES)
    text = _b32encode(secret) + _check_group(secret)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The secret behind a typed recovery key; spaces, dashes, case and O/0, I/L/1 forgiven."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CROCKFORD_ALIASES)
    expected = _RECOVERY_CHARS + _CHECK_CHARS
    if len(cleaned) != expected or any(ch not in _CROCKFORD for ch in cleaned):
        raise InvalidRecoveryKeyError(
            f"That is not a recovery key: it must be {expected} letters and digits "
            "in groups of four, as printed on the recovery sheet."
        )
    secret = _b32decode(cleaned[:_RECOVERY_CHARS], RECOVERY_BYTES)
    if _check_group(secret) != cleaned[_RECOVERY_CHARS:]:
        raise InvalidRecoveryKeyError(
            "That recovery key has a mistyped character: check each group against the sheet."
        )
    return secret


def _recovery_private_key(secret: bytes) -> X25519PrivateKey:
    seed = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"ripartire recovery x25519 v1"
    ).derive(secret)
    return X25519PrivateKey.from_private_bytes(seed)


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def recovery_public_key(secret: bytes) -> bytes:
    return _public_bytes(_recovery_private_key(secret).public_key())


def _recovery_kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=b"ripartire recovery wrap v1",
    ).derive(shared)


@dataclass(frozen=True, slots=True)
class RecoveryWrap:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


def wrap_for_recovery(data_key: bytes, recipient_public: bytes, aad: bytes) -> RecoveryWrap:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    kek = _recovery_kek(shared, ephemeral_public, recipient_public)
    nonce, ciphertext = seal(kek, data_key, aad)
    return RecoveryWrap(ephemeral_public, nonce, ciphertext)


def unwrap_with_recovery(secret: bytes, wrap: RecoveryWrap, aad: bytes) -> bytes | None:
    private = _recovery_private_key(secret)
    recipient_public = _public_bytes(private.public_key())
    shared = private.exchange(X25519PublicKey.from_public_bytes(wrap.ephemeral_public))
    kek = _recovery_kek(shared, wrap.ephemeral_public, recipient_public)
    return open_sealed(kek, wrap.nonce, wrap.ciphertext, aad)
