"""Italian codice fiscale (personal tax code): structure and check character, omocodia included."""

from __future__ import annotations

import re
import string

from .errors import ValidationError

# Positions (0-based) of the digits that the Agenzia delle Entrate may replace with a letter when
# two people would otherwise share a code (omocodia); the letter stands for the digit below.
_OMOCODIA_POSITIONS = (6, 7, 9, 10, 12, 13, 14)
_OMOCODIA_LETTERS = "LMNPQRSTUV"
_MONTHS = "ABCDEHLMPRST"

# Value of each character in an odd (1st, 3rd, ...) position; digits share the letters' values.
# fmt: off
_ODD_VALUES = (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
)
# fmt: on

_SHAPE = re.compile(
    r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
)


def _position_value(char: str) -> int:
    """0-25 for A-Z, 0-9 for digits: the common index both tables start from."""
    return int(char) if char.isdigit() else string.ascii_uppercase.index(char)


def check_character(first15: str) -> str:
    """The 16th character of a code whose first 15 characters are `first15` (already uppercase)."""
    total = 0
    for index, char in enumerate(first15):
        value = _position_value(char)
        # index 0 is the 1st character, an odd position in the official description.
        total += _ODD_VALUES[value] if index % 2 == 0 else value
    return string.ascii_uppercase[total % 26]


def _decode_omocodia(code: str) -> str:
    chars = list(code)
    for pos in _OMOCODIA_POSITIONS:
        if chars[pos] in _OMOCODIA_LETTERS:
            chars[pos] = str(_OMOCODIA_LETTERS.index(chars[pos]))
    return "".join(chars)


def validate_tax_code(value: str, field: str = "tax_code") -> str:
    """The code in uppercase without spaces, or ValidationError naming `field`.

    Spaces are dropped because codes are often typed in groups ("RSS MRA 80A01 F205X").
    """
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    code = "".join(value.split()).upper()
    if not (code.isascii() and len(code) == 16 and _SHAPE.fullmatch(code)):
        raise ValidationError(
            field, "a codice fiscale has 16 letters and digits, e.g. RSSMRA80A01F205X"
        )
    plain = _decode_omocodia(code)
    day = int(plain[9:11])
    if plain[8] not in _MONTHS or not (1 <= day <= 31 or 41 <= day <= 71):
        raise ValidationError(field, "the date of birth in this codice fiscale is not valid")
    if check_character(code[:15]) != code[15]:
        raise ValidationError(field, "the check character does not match: a character is mistyped")
    return code
