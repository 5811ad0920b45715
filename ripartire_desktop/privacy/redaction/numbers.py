"""Numbers that identify a person: tax codes (check character), IBANs (mod-97), payment cards
(Luhn) and phone numbers of every country (the `phonenumbers` package, plus Italian shapes)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from ripartire_desktop.domain.tax_code import check_character
from ripartire_desktop.privacy.redaction.spans import Kind, Span

# --- codice fiscale -------------------------------------------------------------------------

_ODD = "0-9LMNPQRSTUVlmnpqrstuv"  # a digit, or the letter that replaces it in homocodes
_CF_CONTIGUOUS = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z]{{6}}[{_ODD}]{{2}}[A-Za-z][{_ODD}]{{2}}"
    rf"[A-Za-z][{_ODD}]{{3}}[A-Za-z](?![A-Za-z0-9])"
)
_SEP = r"[ .\-]?"
_CF_SPACED = re.compile(
    rf"(?<![A-Za-z0-9])(?:[A-Za-z]{_SEP}){{6}}(?:[{_ODD}]{_SEP}){{2}}[A-Za-z]{_SEP}"
    rf"(?:[{_ODD}]{_SEP}){{2}}[A-Za-z]{_SEP}(?:[{_ODD}]{_SEP}){{3}}[A-Za-z](?![A-Za-z0-9])"
)


def _valid_tax_code(raw: str) -> bool:
    code = "".join(ch for ch in raw if ch.isalnum()).upper()
    return len(code) == 16 and check_character(code[:15]) == code[15]


def find_tax_codes(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), Kind.TAX_CODE) for m in _CF_CONTIGUOUS.finditer(text)]
    # Written in groups ("RSS MRA 80A01 F205X") only with a matching check character, so that
    # ordinary words that happen to fit the shape are left alone.
    for m in _CF_SPACED.finditer(text):
        if _valid_tax_code(m.group()):
            found.append(Span(m.start(), m.end(), Kind.TAX_CODE))
    return found


# --- IBAN -------------------------------------------------------------------------------------

_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ .\-]{0,2}[0-9]{2}")
_IBAN_ITALIAN = re.compile(r"IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}")
# ISO 13616 lengths of the countries families in Lombardy most often bank in.
_IBAN_LENGTHS = {
    "IT": 27, "SM": 27, "VA": 22, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EG": 29, "ES": 24, "FR": 27, "GB": 22, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "LU": 20, "MA": 28, "MC": 27, "MD": 24, "NL": 18, "PL": 28, "PT": 25,
    "RO": 24, "RS": 22, "SI": 19, "SK": 24, "SN": 28, "TN": 24, "TR": 26, "UA": 29, "XK": 20,
}  # fmt: skip
_MAX_GAP = 2  # separators between two characters of a grouped IBAN: " ", " - ", ". "


def _iban_ok(chars: str) -> bool:
    rearranged = chars[4:] + chars[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _gather(text: str, pos: int) -> tuple[list[str], list[int]]:
    """Up to 34 letters and digits from `pos`, across short runs of separators, with where
    each one ends in `text`."""
    chars: list[str] = []
    ends: list[int] = []
    gap = 0
    while pos < len(text) and len(chars) < 34:
        ch = text[pos]
        if ch.isascii() and ch.isalnum():
            chars.append(ch.upper())
            ends.append(pos + 1)
            gap = 0
        elif ch in " -." and gap < _MAX_GAP and chars:
            gap += 1
        else:
            break
        pos += 1
    return chars, ends


def find_ibans(text: str) -> list[Span]:
    found: list[Span] = []
    for start in _IBAN_START.finditer(text):
        chars, ends = _gather(text, start.start())
        country = "".join(chars[:2])
        if country in _IBAN_LENGTHS:
            lengths: Iterable[int] = [_IBAN_LENGTHS[country]]
        elif start.group()[:2].isupper():
            lengths = range(34, 14, -1)
        else:
            # Any length of an unknown country passes mod-97 by chance once in 97 tries: in
            # lower case ("il 15 maggio 2026 alle") it is a sentence, not an account.
            continue
        for length in lengths:
            if len(chars) < length:
                continue
            candidate = "".join(chars[:length])
            end = ends[length - 1]
            if end < len(text) and text[end].isalnum():
                continue  # glued to more letters or digits: not where the IBAN ends
            if country not in _IBAN_LENGTHS and sum(ch.isdigit() for ch in candidate) * 2 < length:
                continue  # mostly letters, of no known country: words, not a bank account
            if _iban_ok(candidate) or _IBAN_ITALIAN.fullmatch(candidate):
                found.append(Span(start.start(), end, Kind.IBAN))
                break
    return found


# --- payment cards ------------------------------------------------------------------------

_CARD = re.compile(r"(?<![\w.,/-])\d(?:[ .\-]?\d){12,18}(?![\w]|[.,/-]\d)")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# Right after the name of a card, a number of a card's length is one even if mistyped.
_CARD_WORD = re.compile(
    r"(?i)(?<!\w)(?:carta|postepay|bancomat|prepagata|card|visa|mastercard|amex|maestro)"
    r"(?!\w)[^.;\n\d]{0,30}$"
)


def find_cards(text: str) -> list[Span]:
    found = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        # Issuers' first digits (Visa 4, Mastercard 2/5, Amex 3, Discover 6...) and Luhn: an
        # account or library card number rarely passes both.
        if digits[0] in "23456" and (
            luhn_ok(digits) or _CARD_WORD.search(text, max(0, m.start() - 45), m.start())
        ):
            found.append(Span(m.start(), m.end(), Kind.CARD))
    return found


# --- phone numbers --------------------------------------------------------------------------


# Numbers of a business, never of a person: a counsellor may write them freely.
@functools.cache
def _not_personal() -> frozenset[int]:
    from phonenumbers import PhoneNumberType

    return frozenset(
        [PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST]
    )


_MAX_TRIES = 500  # the matcher's own bound on candidates per text


def _find_phones_everywhere(text: str) -> list[Span]:
    """Any country's number, as `phonenumbers` reads it with Italy as the home region: with
    "+" or "00", split by spaces, dots, dashes, slashes or brackets."""
    import phonenumbers  # its metadata and patterns load when text is first checked
    from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

    found = []
    matcher = PhoneNumberMatcher(text, "IT", leniency=Leniency.POSSIBLE, max_tries=_MAX_TRIES)
    for m in matcher:
        kind = phonenumbers.number_type(m.number)
        if kind in _not_personal():
            continue
        raw = m.raw_string.lstrip("( ")
        if _DATE_LIKE.fullmatch(m.raw_string):
            continue  # "02.03.2026" reads as a Milan number, but it is a date
        # Possible but not valid: only a number written as international is surely a phone.
        if kind == PhoneNumberType.UNKNOWN and not raw.startswith(("+", "00")):
            continue
        found.append(Span(m.start, m.end, Kind.PHONE))
    return found


_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[/.\-])"
    r"(?P<prefix>(?:\+\s?\d{1,3}|00\d{1,3})[\s./-]{0,2}|\(\s?(?:\+\s?\d{1,3}|00\d{1,3})\s?\)\s?)?"
    r"(?P<number>\(?\d\)?(?:(?:[ ./-]|\s?\(|\)\s?)?\d){5,24})"  # long runs: see _phone_run
    r"(?![\w])"
)
_DATE_LIKE = re.compile(r"\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)?|\d{1,2}[.:]\d{2}")
_GROUP = re.compile(r"\d+")


def _phone_ok(prefix: str, digits: str) -> bool:
    compact = prefix.replace(" ", "").lstrip("(")
    if compact and not compact.startswith(("+39", "0039")):
        return 6 <= len(digits) <= 12
    if digits.startswith("3"):
        return 9 <= len(digits) <= 10
    if digits.startswith("0"):
        return 6 <= len(digits) <= 11
    return bool(prefix) and 6 <= len(digits) <= 11


def _phone_run(prefix: str, groups: list[re.Match[str]], number: str) -> tuple[int, int] | None:
    """The digit groups to redact; a run may only start or stop where a space separates two
    groups, so "2026/000123" stays one figure rather than hiding a "phone number" inside."""
    spaced = [
        any(ch.isspace() for ch in number[a.end() : b.start()])
        for a, b in itertools.pairwise(groups)
    ]
    starts = [0] + [i + 1 for i, gap in enumerate(spaced) if gap]
    ends = [i for i, gap in enumerate(spaced) if gap] + [len(groups) - 1]
    for first in starts:
        lead = prefix if first == 0 else ""
        for last in sorted((e for e in ends if e >= first), reverse=True):
            digits = "".join(g.group() for g in groups[first : last + 1])
            if _phone_ok(lead, digits):
                return first, last
    return None


def _find_italian_shapes(text: str) -> list[Span]:
    """Italian mobiles (3xx) and landlines (0x) without a prefix, in the shapes counsellors
    write and `phonenumbers` may read otherwise ("347 12 34 567", "02/92345678")."""
    found = []
    for m in _PHONE.finditer(text):
        prefix = m.group("prefix") or ""
        number = m.group("number")
        if not prefix and _DATE_LIKE.fullmatch(number):
            continue
        if not prefix and _business_number(number):
            continue  # "800 01 02 03": not "01 02 03" after a stray 800
        groups = list(_GROUP.finditer(number))
        span = _phone_run(prefix, groups, number)
        if span is None:
            continue
        first, last = span
        base = m.start("number")
        start = m.start() if prefix and first == 0 else base + groups[first].start()
        end = base + groups[last].end()
        if number[groups[last].end() : groups[last].end() + 1] == ")":
            end += 1
        found.append(Span(start, end, Kind.PHONE))
    return found


def _business_number(number: str) -> bool:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(re.sub(r"\D", "", number), "IT")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in _not_personal()


def find_phones(text: str) -> list[Span]:
    return _find_phones_everywhere(text) + _find_italian_shapes(text)
