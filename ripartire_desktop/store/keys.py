"""Key material: the passphrase KDF (Argon2id), the recovery key, and AES-256-GCM key wrapping.

The recovery slot wraps the data key to an X25519 public key whose private half is derived from
the recovery key. Rotating the data key or changing the passphrase can therefore rewrap the
recovery slot without asking for the recovery key, which lives on paper, not on the machine.
Argon2id and X25519 are imported where they are used: a start that opens the vault by its
remembered key needs neither.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import statistics
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ripartire_desktop.store.errors import InvalidRecoveryKeyError

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# Argon2id bounds. WRITE_FLOOR is RFC 9106's second recommended option (64 MiB, 3 passes,
# 4 lanes): nothing this version writes goes below it. Envelopes of earlier versions (64 MiB,
# one pass, one lane at worst) still open and are raised to the floor at the next passphrase
# unlock. The ceilings stop a damaged or hostile file from asking for absurd memory or time
# before the passphrase is even tried.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
LEGACY_MIN_ITERATIONS = 1
LEGACY_MIN_LANES = 1
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_SECONDS = 10.0
DEFAULT_TARGET_SECONDS = 0.75
CALIBRATION_RUNS = 3

RECOVERY_BYTES = 20  # 160 bits: out of reach of any offline search
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_CHARS = 32  # 160 bits in base32
_CHECK_CHARS = 4


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def derive_subkey(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    """A 32-byte key for one purpose (`info`), derived from `key` with HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def audit_key(data_key: bytes) -> bytes:
    """The audit chain's HMAC key: derived from the data key, so it changes with it."""
    return derive_subkey(data_key, b"ripartire audit chain v1")


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form: the hex key itself, so no per-open PBKDF2 runs."""
    if len(key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return f"x'{key.hex()}'"


class KdfBoundsError(ValueError):
    """Argon2id parameters outside what this version accepts: refused before deriving."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored in the envelope beside the salt."""

    salt: bytes
    iterations: int
    memory_kib: int
    lanes: int = MIN_LANES

    @property
    def work(self) -> int:
        """Memory times passes: what one derivation costs, lanes aside (same total work)."""
        return self.memory_kib * self.iterations

    def validate(self) -> None:
        """Structural bounds that hold for every envelope ever written (legacy ones too)."""
        if not (LEGACY_MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise KdfBoundsError(f"Argon2id passes out of range: {self.iterations}")
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise KdfBoundsError(f"Argon2id memory out of range: {self.memory_kib} KiB")
        if not (LEGACY_MIN_LANES <= self.lanes <= MAX_LANES):
            raise KdfBoundsError(f"Argon2id lanes out of range: {self.lanes}")
        if len(self.salt) < SALT_BYTES:
            raise KdfBoundsError("Argon2id salt too short")

    def below_floor(self) -> bool:
        """True for parameters an earlier version wrote: raised at the next passphrase unlock."""
        return (
            self.memory_kib < MIN_MEMORY_KIB
            or self.iterations < MIN_ITERATIONS
            or self.lanes < MIN_LANES
        )

    def describe(self) -> str:
        return f"{self.memory_kib // 1024} MiB, {self.iterations} passes, {self.lanes} lanes"

    def with_new_salt(self) -> KdfParams:
        return KdfParams(
            salt=os.urandom(SALT_BYTES),
            iterations=self.iterations,
            memory_kib=self.memory_kib,
            lanes=self.lanes,
        )


def floor_params() -> KdfParams:
    return KdfParams(os.urandom(SALT_BYTES), MIN_ITERATIONS, MIN_MEMORY_KIB, MIN_LANES)


def _derive(passphrase: str, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # NFC: the same passphrase typed on macOS (which composes accents differently) must match.
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


class CostMeter:
    """Seconds per unit of Argon2id work on this machine, measured once and only when needed.

    Parameters within a few times the floor are never timed (every honest envelope); larger
    ones are estimated from the median of three small derivations, so a file asking for a
    minute of work is refused after ~0.1 s, not after the minute."""

    UNTIMED_WORK = MIN_MEMORY_KIB * MIN_ITERATIONS * 8

    def __init__(
        self,
        seconds_per_work: float | None = None,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._rate = seconds_per_work
        self._timer = timer

    def rate(self) -> float:
        if self._rate is None:
            probe = KdfParams(b"\0" * SALT_BYTES, 1, 8 * 1024, 1)
            timings = []
            for _ in range(CALIBRATION_RUNS):
                start = self._timer()
                _derive("probe", probe)
                timings.append(self._timer() - start)
            self._rate = statistics.median(timings) / probe.work
        return self._rate

    def estimate(self, params: KdfParams) -> float:
        return params.work * self.rate()

    def check(self, params: KdfParams) -> None:
        """Raise KdfBoundsError for parameters no Ripartire would write, before any derivation."""
        params.validate()
        if params.work > self.UNTIMED_WORK and self.estimate(params) > MAX_SECONDS:
            raise KdfBoundsError(
                f"Argon2id asks for {params.describe()}: about {self.estimate(params):.0f} s "
                f"per attempt here, over the {MAX_SECONDS:.0f} s limit"
            )


METER = CostMeter()


def derive_passphrase_key(
    passphrase: str, params: KdfParams, *, meter: CostMeter | None = None
) -> bytes:
    """The key-encryption key; the parameters are bounded first (memory, passes, time)."""
    (meter or METER).check(params)
    return _derive(passphrase, params)


@dataclass(frozen=True, slots=True)
class KdfPolicy:
    """What new envelopes get. Production is the RFC 9106 floor, tuned upward by calibration;
    tests pass TEST_POLICY explicitly (never an environment variable or command-line flag)."""

    floor_memory_kib: int = MIN_MEMORY_KIB
    floor_iterations: int = MIN_ITERATIONS
    floor_lanes: int = MIN_LANES
    calibrate: bool = True

    def floor(self) -> KdfParams:
        return KdfParams(
            os.urandom(SALT_BYTES), self.floor_iterations, self.floor_memory_kib, self.floor_lanes
        )


PRODUCTION_POLICY = KdfPolicy()
# For the test suite only, passed explicitly to Vault(...): the pre-floor cost (one pass, one
# lane), so hundreds of test vaults stay fast. Readable by every Vault (an earlier version
# wrote the same), and never chosen by any user-facing path.
TEST_POLICY = KdfPolicy(
    floor_iterations=LEGACY_MIN_ITERATIONS, floor_lanes=LEGACY_MIN_LANES, calibrate=False
)


def calibrate_kdf(
    target_seconds: float = DEFAULT_TARGET_SECONDS,
    *,
    policy: KdfPolicy = PRODUCTION_POLICY,
    timer: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Argon2id parameters taking about `target_seconds` here, never below the floor.

    The floor is timed several times and the median decides, so one slow run on a busy
    machine cannot lower anything: calibration only ever adds passes above the floor (and
    never beyond half the time ceiling). A target of 0 returns the floor itself.
    """
    params = policy.floor()
    if target_seconds <= 0 or not policy.calibrate:
        return params
    timings = []
    for _ in range(CALIBRATION_RUNS):
        start = timer()
        _derive("calibration", params)
        timings.append(timer() - start)
    per_pass = max(statistics.median(timings), 1e-6) / params.iterations
    wanted = int(target_seconds / per_pass)
    limit = int(MAX_SECONDS / 2 / per_pass)
    iterations = max(params.iterations, min(wanted, limit, MAX_ITERATIONS))
    return KdfParams(params.salt, iterations, params.memory_kib, params.lanes)


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
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    seed = derive_subkey(secret, b"ripartire recovery x25519 v1")
    return X25519PrivateKey.from_private_bytes(seed)


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes_raw()


def recovery_public_key(secret: bytes) -> bytes:
    return _public_bytes(_recovery_private_key(secret).public_key())


def _recovery_kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return derive_subkey(
        shared, b"ripartire recovery wrap v1", salt=ephemeral_public + recipient_public
    )


@dataclass(frozen=True, slots=True)
class RecoveryWrap:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


def wrap_for_recovery(data_key: bytes, recipient_public: bytes, aad: bytes) -> RecoveryWrap:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    kek = _recovery_kek(shared, ephemeral_public, recipient_public)
    nonce, ciphertext = seal(kek, data_key, aad)
    return RecoveryWrap(ephemeral_public, nonce, ciphertext)


def unwrap_with_recovery(secret: bytes, wrap: RecoveryWrap, aad: bytes) -> bytes | None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    private = _recovery_private_key(secret)
    recipient_public = _public_bytes(private.public_key())
    shared = private.exchange(X25519PublicKey.from_public_bytes(wrap.ephemeral_public))
    kek = _recovery_kek(shared, wrap.ephemeral_public, recipient_public)
    return open_sealed(kek, wrap.nonce, wrap.ciphertext, aad)
