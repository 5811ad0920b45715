"""The secrets that unlock a vault, under the unlock throttle.

Each function is the slow step of an unlock (Argon2id, or the recovery key's unwrap), safe to
run on any thread; a wrong secret counts against the throttle, which refuses further guesses
for a growing delay (store/throttle.py) kept across processes.
"""

from __future__ import annotations

from ripartire_desktop.store import keys
from ripartire_desktop.store.envelope import Envelope
from ripartire_desktop.store.errors import UnlockThrottledError, WrongSecretError
from ripartire_desktop.store.throttle import Throttle

# A stronger passphrase slot prepared while deriving: (envelope it applies to, KDF, kek).
Upgrade = tuple[Envelope, keys.KdfParams, bytes]


def check_throttle(throttle: Throttle) -> None:
    wait = throttle.wait_time()
    if wait > 0:
        raise UnlockThrottledError(wait)


def passphrase_candidates(throttle: Throttle, envelope: Envelope, passphrase: str) -> list[bytes]:
    """The data key(s) the passphrase unwraps from `envelope` (not yet authenticated)."""
    check_throttle(throttle)
    kek = keys.derive_passphrase_key(passphrase, envelope.kdf)
    candidates = envelope.unwrap_with_passphrase_key(kek)
    if candidates is None:
        throttle.record_failure()
        raise WrongSecretError("Wrong passphrase: the vault stays locked.")
    return candidates


def recovery_candidates(throttle: Throttle, envelope: Envelope, text: str) -> list[bytes]:
    check_throttle(throttle)
    secret = keys.parse_recovery_key(text)
    candidates = envelope.unwrap_with_recovery(secret)
    if candidates is None:
        throttle.record_failure()
        raise WrongSecretError(
            "That recovery key belongs to another vault, or was replaced by a newer "
            "recovery key: this one stays locked."
        )
    return candidates


def upgrade_for(envelope: Envelope, passphrase: str, policy: keys.KdfPolicy) -> Upgrade | None:
    """For an envelope of an earlier version (unauthenticated, and maybe under today's KDF
    floor), the new slot's key, derived here on the caller's (background) thread. This
    version writes version 2 only at or above the floor (the test suite's explicit
    keys.TEST_POLICY aside)."""
    if envelope.version >= 2:
        return None
    params = policy.floor()
    return (envelope, params, keys.derive_passphrase_key(passphrase, params))
