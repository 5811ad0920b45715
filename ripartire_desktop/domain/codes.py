"""Pseudonymous family codes (RIP-2026-007): how a family is named outside the vault."""

from __future__ import annotations

import re

from .errors import ValidationError

PREFIX = "RIP"
# ASCII digits only: `\d` would also accept Arabic-Indic or full-width digits.
_CODE = re.compile(r"RIP-([0-9]{4})-([0-9]{3,})")


def format_family_code(year: int, seq: int) -> str:
    """`format_family_code(2026, 7) == "RIP-2026-007"`; more digits once seq passes 999."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 9999:
        raise ValidationError("year", "must be a four-digit year")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValidationError("seq", "must be a positive whole number")
    return f"{PREFIX}-{year:04d}-{seq:03d}"


def parse_family_code(code: str) -> tuple[int, int]:
    """(year, seq) of a code in its one canonical spelling ("RIP-2026-0007" is refused)."""
    match = _CODE.fullmatch(code) if isinstance(code, str) else None
    if match is None:
        raise ValidationError("code", f"{code!r} is not a family code like RIP-2026-007")
    year, seq = int(match.group(1)), int(match.group(2))
    # Only one spelling per family, so a code typed in a search box finds the same row.
    if seq < 1 or format_family_code(year, seq) != code:
        raise ValidationError("code", f"{code!r} is not a family code like RIP-2026-007")
    return year, seq


def family_code_sort_key(code: str) -> tuple[int, int]:
    """Numeric order: RIP-2026-999 before RIP-2026-1000, which plain string order gets wrong."""
    return parse_family_code(code)
