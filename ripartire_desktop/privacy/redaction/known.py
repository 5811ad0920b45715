"""Patterns for the identifiers the vault holds for one family: names, phones, e-mails,
addresses and tax codes, matched on folded text (any case, accents, spacing and punctuation)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ripartire_desktop.privacy.redaction.names import ORDINARY_WORDS
from ripartire_desktop.privacy.redaction.spans import Kind, fold_plain

_WORD_BEFORE = r"(?<![^\W_])"  # not preceded by a letter or digit
_WORD_AFTER = r"(?![^\W_])"
_FLEX = r"[\W_]{0,4}"  # spaces, dots, dashes, apostrophes, commas between the parts
_DIGIT_FLEX = r"[\s./()\-]{0,3}"
_TOKENS = re.compile(r"[^\W_]+")
_EMAIL_SHAPE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_CF_SHAPE = re.compile(
    r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
)
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
STREET_TYPES = (
    "via", "viale", "v.le", "piazza", "p.za", "p.zza", "piazzale", "p.le", "piazzetta", "corso",
    "c.so", "largo", "vicolo", "vico", "strada", "str.", "contrada", "c.da", "località", "loc.",
    "borgo", "alzaia", "galleria", "passaggio", "salita", "traversa", "rione", "cascina",
    "lungolago", "lungomare", "lungofiume", "vicoletto", "stradone", "viottolo",
)  # fmt: skip
# Abbreviations of the street type a note may use for a stored address.
_TYPE_VARIANTS = {
    "via": r"(?:via|v)",
    "viale": r"(?:viale|v[\W_]{0,2}le)",
    "piazza": r"(?:piazza|p[\W_]{0,2}z?za|p)",
    "piazzale": r"(?:piazzale|p[\W_]{0,2}le)",
    "corso": r"(?:corso|c[\W_]{0,2}so)",
    "largo": r"(?:largo|l[\W_]{0,2}go)",
    "vicolo": r"(?:vicolo|v[\W_]{0,2}lo)",
    "strada": r"(?:strada|str)",
    "localita": r"(?:localita|loc)",
    "contrada": r"(?:contrada|c[\W_]{0,2}da)",
}
_MIN_NAME_CHARS = 2
_MIN_PHONE_DIGITS = 6
_MIN_PART_CHARS = 3
# Particles of compound names that mean nothing alone ("El Amrani", "dos Santos", "Dell'Acqua").
_PARTICLES = frozenset(
    [
        "de", "di", "da", "del", "dell", "della", "dei", "degli", "dal", "dall", "dalla", "lo",
        "la", "le", "el", "al", "il", "van", "von", "der", "den", "ter", "bin", "ben", "ibn", "abu",
        "dos", "das", "do", "du", "mac", "mc", "san", "santa", "st"
    ]
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class KnownPattern:
    """A compiled identifier; `ordinary` ones (a part of a name that is also an everyday word)
    count only where they read as a name."""

    regex: re.Pattern[str]
    kind: Kind
    ordinary: bool = False


def _join(tokens: Sequence[str], flex: str = _FLEX) -> str:
    return flex.join(re.escape(t) for t in tokens)


def _classify(identifier: str) -> Kind:
    text = identifier.strip()
    compact = "".join(text.split()).upper()
    if "@" in text and _EMAIL_SHAPE.search(text):
        return Kind.EMAIL
    if compact.isascii() and _CF_SHAPE.fullmatch(compact):
        return Kind.TAX_CODE
    if compact.isascii() and _IBAN_SHAPE.fullmatch(compact):
        return Kind.IBAN
    digits = sum(ch.isdigit() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    if text[:1] in "+(" or text[:1].isdigit() or (digits >= _MIN_PHONE_DIGITS and digits > letters):
        return Kind.PHONE
    first = fold_plain(text.split()[0]) if text.split() else ""
    if first in STREET_TYPES or first.rstrip(".") in STREET_TYPES or (digits and letters):
        return Kind.ADDRESS
    return Kind.NAME


def _name_patterns(folded: str, *, parts: bool = False) -> list[tuple[str, bool]]:
    tokens = _TOKENS.findall(folded)
    if sum(len(t) for t in tokens) < _MIN_NAME_CHARS:
        return []
    patterns = [(_WORD_BEFORE + _join(tokens) + _WORD_AFTER, False)]
    if parts and len(tokens) > 1:
        # Each part of a compound name alone: "Lan" for "Thi Lan", "Teresa" for "Maria Teresa".
        for token in tokens:
            if len(token) >= _MIN_PART_CHARS and token not in _PARTICLES and not token.isdigit():
                pattern = _WORD_BEFORE + re.escape(token) + _WORD_AFTER
                patterns.append((pattern, token in ORDINARY_WORDS))
    return patterns


_PHONE_RUN = re.compile(r"(?:\+|\(\+?)?\d[\d\s./()\-]*\d")


def _phone_patterns(folded: str) -> list[str]:
    patterns = [p for p, _ in _name_patterns(folded)]
    # Phones are stored as typed ("348 765 1290 (solo sera)", "dopo le 18: 02 1234 5678"):
    # each run of digits long enough to be a number is one.
    for run in _PHONE_RUN.findall(folded):
        digits = "".join(ch for ch in run if ch.isdigit())
        stripped = run.lstrip(" (")
        if stripped.startswith(("+39", "0039")) or (
            stripped.startswith("39") and len(digits) >= 11
        ):
            digits = digits[4:] if stripped.startswith("0039") else digits[2:]
        elif stripped.startswith("00"):
            digits = digits[2:]
        if len(digits) >= _MIN_PHONE_DIGITS:
            prefix = r"(?:(?:\+|00)\s?\d{1,3}[\s./-]{0,2}|\(\s?(?:\+|00)\s?\d{1,3}\s?\)\s?)?"
            body = _DIGIT_FLEX.join(digits)
            patterns.append(r"(?<![\d+])" + prefix + r"\(?" + body + r"(?!\d)")
    return patterns


def _email_patterns(folded: str) -> list[str]:
    patterns = [_WORD_BEFORE + _join(_TOKENS.findall(folded), r"[\W_]{0,3}") + _WORD_AFTER]
    local = folded.split("@", 1)[0].strip()
    # A distinctive user name ("mrossi81", "maria.bianchi") identifies on its own.
    if len(local) >= 6 or (len(local) >= 4 and any(not ch.isalpha() for ch in local)):
        patterns.append(_WORD_BEFORE + _join(_TOKENS.findall(local)) + _WORD_AFTER)
    return patterns


def _code_patterns(folded: str) -> list[str]:
    chars = [ch for ch in folded if ch.isalnum()]
    return [r"(?<![^\W_])" + r"[\s.\-]?".join(re.escape(ch) for ch in chars) + _WORD_AFTER]


def _address_patterns(folded: str) -> list[str]:
    patterns = [p for p, _ in _name_patterns(folded)]
    street = folded.split(",", 1)[0]
    tokens = _TOKENS.findall(street)
    if len(tokens) < 2:
        return patterns
    number_at = next((n for n, t in enumerate(tokens) if t[0].isdigit()), len(tokens))
    name = tokens[:number_at]
    number = tokens[number_at:]
    if not name or (len(name) < 2 and not number):
        return patterns
    head = _TYPE_VARIANTS.get(name[0], re.escape(name[0]))
    street_name = head + (_FLEX + _join(name[1:]) if len(name) > 1 else "")
    numbered = ""
    if number:
        numbered = _FLEX + r"(?:n[\W_]{0,3}|civico\s)?" + _join(number, r"[\W_]{0,2}")
        # A one-word street name ("Roma 12") only counts with its number: alone it is a city.
        numbered = f"(?:{numbered})" + ("?" if len(name) > 1 else "")
    patterns.append(_WORD_BEFORE + street_name + numbered + _WORD_AFTER)
    return patterns


def identifier_patterns(identifier: str) -> list[KnownPattern]:
    if not isinstance(identifier, str) or not identifier.strip():
        return []
    kind = _classify(identifier)
    folded = fold_plain(identifier.strip())
    if kind == Kind.NAME:
        return [
            KnownPattern(re.compile(s), kind, ordinary)
            for s, ordinary in _name_patterns(folded, parts=True)
        ]
    if kind == Kind.PHONE:
        sources = _phone_patterns(folded)
    elif kind == Kind.EMAIL:
        sources = _email_patterns(folded)
    elif kind in (Kind.TAX_CODE, Kind.IBAN):
        sources = _code_patterns(folded)
    else:
        sources = _address_patterns(folded)
    return [KnownPattern(re.compile(s), kind) for s in sources]
