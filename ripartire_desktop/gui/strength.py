"""A rough passphrase strength estimate for the meter: length and variety, in four steps."""

from __future__ import annotations

import math
import unicodedata

MIN_CHARS = 8  # the same floor as the command line


def estimate_bits(passphrase: str) -> float:
    """Guessing entropy, roughly: character pool size by class, times length, with repeats
    and single-character classes penalised. Good enough to steer people to longer phrases."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c.isspace() for c in passphrase):
        pool += 1
    if any(not c.isalnum() and not c.isspace() for c in passphrase):
        pool += 20
    if any(unicodedata.category(c).startswith("L") and ord(c) > 127 for c in passphrase):
        pool += 40
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    return effective_length * math.log2(max(pool, 2))


def score(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 good, 4 strong."""
    if len(passphrase) < MIN_CHARS:
        return 0
    bits = estimate_bits(passphrase)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
