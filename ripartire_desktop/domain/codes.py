"""Pseudonymous family codes (RIP-2026-007, RIP-2026-A017): how a family is named outside the
vault.

A vault made for a team carries a team-member mark of one or two capital letters, fixed for its
life, in every code it issues from then on ("A" + number: RIP-2026-A017), so two colleagues'
vaults never issue the same code. Codes issued before a vault had a mark keep their old form;
both forms are read everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import ValidationError

PREFIX = "RIP"
# ASCII digits and letters only: `\d` would also accept Arabic-Indic or full-width digits.
_CODE = re.compile(r"RIP-([0-9]{4})-([A-Z]{0,2})([0-9]{3,})")
_MARK = re.compile(r"[A-Z]{1,2}")
_LIKE = "a family code like RIP-2026-007 or RIP-2026-A017"


@dataclass(frozen=True, slots=True, order=True)
class FamilyCode:
    """A code's parts; `mark` is "" for a code issued before its vault had a mark."""

    year: int
    mark: str
    seq: int

    def __str__(self) -> str:
        return format_family_code(self.year, self.seq, mark=self.mark)


def check_mark(text: str) -> str:
    """A team-member mark: one or two capital letters A-Z (typed lower case is accepted)."""
    mark = text.strip().upper() if isinstance(text, str) else ""
    if not _MARK.fullmatch(mark):
        raise ValidationError("mark", "must be one or two letters A-Z, such as A or BR")
    return mark


def format_family_code(year: int, seq: int, *, mark: str = "") -> str:
    """`format_family_code(2026, 7) == "RIP-2026-007"`; more digits once seq passes 999;
    `format_family_code(2026, 17, mark="A") == "RIP-2026-A017"`."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 9999:
        raise ValidationError("year", "must be a four-digit year")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValidationError("seq", "must be a positive whole number")
    if mark and check_mark(mark) != mark:
        raise ValidationError("mark", "must be one or two letters A-Z, such as A or BR")
    return f"{PREFIX}-{year:04d}-{mark}{seq:03d}"


def parse_code(code: str) -> FamilyCode:
    """The parts of a code in its one canonical spelling ("RIP-2026-0007" is refused)."""
    match = _CODE.fullmatch(code) if isinstance(code, str) else None
    if match is None:
        raise ValidationError("code", f"{code!r} is not {_LIKE}")
    year, mark, seq = int(match.group(1)), match.group(2), int(match.group(3))
    # Only one spelling per family, so a code typed in a search box finds the same row.
    if seq < 1 or format_family_code(year, seq, mark=mark) != code:
        raise ValidationError("code", f"{code!r} is not {_LIKE}")
    return FamilyCode(year, mark, seq)


def parse_family_code(code: str) -> tuple[int, int]:
    """(year, seq) of a code of either form (the mark, if any, is left out)."""
    parts = parse_code(code)
    return parts.year, parts.seq


def family_code_sort_key(code: str) -> tuple[int, str, int]:
    """Numeric order: RIP-2026-999 before RIP-2026-1000, which plain string order gets wrong;
    a year's unmarked codes first, then each mark's."""
    parts = parse_code(code)
    return parts.year, parts.mark, parts.seq


def suggest_mark(name: str, taken: Iterable[str] = ()) -> str:
    """A free mark from a person's name: the initials ("Anna Rossi" -> "AR"), else the first
    letter, else the first free letter or pair of the alphabet."""
    used = {m for m in taken if m}
    words = [_letters(word) for word in name.split()]
    words = [word for word in words if word]
    candidates: list[str] = []
    if len(words) >= 2:
        candidates.append(words[0][0] + words[-1][0])
    if words:
        candidates += [words[0][0], words[0][:2]]
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    candidates += letters + [a + b for a in letters for b in letters]
    for candidate in candidates:
        if _MARK.fullmatch(candidate) and candidate not in used:
            return candidate
    raise ValidationError("mark", "every mark is taken")


def _letters(word: str) -> str:
    """The word's A-Z letters, accents taken off ("Élia" -> "ELIA")."""
    decomposed = unicodedata.normalize("NFD", word.upper())
    return "".join(c for c in decomposed if "A" <= c <= "Z")
