"""Amounts as counsellors type them ("12,50", "12.50", "1.234,56 €") to integer cents, exactly.

Pure string and integer work: a float never touches money. In the domain so that the aid tab,
the budget lines in Settings and `ripartire budget` read amounts alike.
"""

from __future__ import annotations

import re

MAX_EURO_DIGITS = 12  # a ledger entry of a billion euros is a typing mistake

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DIGITS = re.compile(r"[0-9]+")


class AmountError(ValueError):
    """Text that is not an amount; `reason` is one of the codes below, for a translated message."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_MANY_DECIMALS = "too_many_decimals"
    BAD_GROUPING = "bad_grouping"
    TOO_LARGE = "too_large"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _grouped(text: str, separator: str) -> str:
    """Digits of `1.234.567` with `separator` between groups of three; AmountError otherwise."""
    groups = text.split(separator)
    if not (
        all(_DIGITS.fullmatch(g) for g in groups)
        and 1 <= len(groups[0]) <= 3
        and all(len(g) == 3 for g in groups[1:])
    ):
        raise AmountError(AmountError.BAD_GROUPING)
    return "".join(groups)


def _split(cleaned: str) -> tuple[str, str]:
    """(euros, cents digits) of digits with "," and "." in them; see `parse_euros`."""
    last = max(cleaned.rfind(","), cleaned.rfind("."))
    if last == -1:
        return cleaned, ""
    if "," in cleaned and "." in cleaned:
        decimal = cleaned[last]
        return _grouped(cleaned[:last], "." if decimal == "," else ","), cleaned[last + 1 :]
    separator, tail = cleaned[last], cleaned[last + 1 :]
    if cleaned.count(separator) == 1 and len(tail) != 3:
        return cleaned[:last], tail
    return _grouped(cleaned, separator), ""


def parse_euros(text: str) -> int:
    """Integer cents of an amount in euros.

    Italian and English spellings both work: "12,50" and "12.50" are 1250; "1.234,56",
    "1,234.56" and "1 234,56 €" are 123456. With one kind of separator, one to two digits after
    it are cents and exactly three are a thousands group ("1.234" is 123400), since cents never
    have three digits. Negative amounts are refused: a refund is not a payment.
    """
    cleaned = _SPACES.sub("", text).replace("€", "").replace("EUR", "").replace("eur", "")
    if not cleaned:
        raise AmountError(AmountError.EMPTY)
    if cleaned.startswith("-"):
        raise AmountError(AmountError.NEGATIVE)
    cleaned = cleaned.removeprefix("+")
    if not set(cleaned) <= set("0123456789.,") or not any(ch.isdigit() for ch in cleaned):
        raise AmountError(AmountError.NOT_A_NUMBER)
    whole, fraction = _split(cleaned)
    # "12," is a half-typed amount: say so rather than guess what was meant.
    if cleaned.endswith((",", ".")) or (fraction and not _DIGITS.fullmatch(fraction)):
        raise AmountError(AmountError.NOT_A_NUMBER)
    if len(fraction) > 2:
        raise AmountError(AmountError.TOO_MANY_DECIMALS)
    whole = whole or "0"
    if not _DIGITS.fullmatch(whole):
        raise AmountError(AmountError.NOT_A_NUMBER)
    whole = whole.lstrip("0") or "0"
    if len(whole) > MAX_EURO_DIGITS:
        raise AmountError(AmountError.TOO_LARGE)
    return int(whole) * 100 + int(fraction.ljust(2, "0"))


def cents_to_text(cents: int) -> str:
    """The amount as it is offered for editing: "1234,50" (no grouping, comma, two decimals)."""
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        raise ValueError("cents must be a whole number, not negative")
    euros, rest = divmod(cents, 100)
    return f"{euros},{rest:02d}"
