"""Redaction of free text before it leaves the vault: known identifiers and Italian patterns.

`redact(text, identifiers)` replaces with a bracketed tag

- every identifier the vault holds for the family (names, phones, e-mails, addresses, tax codes),
  matched without regard to case or accents, with flexible spacing and punctuation (a phone
  number written "333-123.45.67" or with +39/0039 in front, "D'Angelo" written "D’Angelo");
- every codice fiscale (shape and check character), IBAN (mod-97 checksum), Italian mobile or
  landline number (or any number written with an international "+" prefix), e-mail address and
  street address ("via/viale/piazza/corso/largo/vicolo ... 12"), and every family code
  (RIP-2026-007: pseudonymous, but it links the text back to the vault).

Tags: [NOME], [TELEFONO], [EMAIL], [CF], [IBAN], [INDIRIZZO], [CODICE]. Recall comes first: a
few ordinary words that happen to equal a family's name are redacted too. docs/reports.md lists
the rules and the measured recall and precision.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ripartire_desktop.domain.tax_code import check_character

__all__ = ["Kind", "Redactor", "Span", "find_spans", "redact"]

# Fail-closed placeholder, for a text the redactor could not process (never seen in tests).
WITHHELD_TEXT = "[TESTO NON DISPONIBILE]"


class Kind(StrEnum):
    NAME = "NOME"
    PHONE = "TELEFONO"
    EMAIL = "EMAIL"
    TAX_CODE = "CF"
    IBAN = "IBAN"
    ADDRESS = "INDIRIZZO"
    CODE = "CODICE"  # a family code (RIP-2026-007): pseudonymous, still linkable to the vault

    @property
    def tag(self) -> str:
        return f"[{self.value}]"


# Which kind wins when two findings of the same length overlap.
_PRIORITY = {
    Kind.TAX_CODE: 0,
    Kind.IBAN: 1,
    Kind.EMAIL: 2,
    Kind.PHONE: 3,
    Kind.ADDRESS: 4,
    Kind.NAME: 5,
    Kind.CODE: 6,
}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters [start, end) of the original text, to be replaced by `kind.tag`."""

    start: int
    end: int
    kind: Kind


# --- folding: case and accents, with a map back to the original offsets ---------------------


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Lowercase, accent-free text and, unless it is the identity, each char's original index."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch.lower())
            index.append(i)
            continue
        if ch in "’‘`´ʼ":
            out.append("'")
            index.append(i)
            continue
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                out.append(folded)
                index.append(i)
    return "".join(out), index


def _fold_plain(text: str) -> str:
    return _fold(text)[0]


def _unfold(start: int, end: int, index: list[int] | None) -> tuple[int, int]:
    if index is None:
        return start, end
    return index[start], index[end - 1] + 1


# --- known identifiers ------------------------------------------------------------------------

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
_STREET_TYPES = (
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
    first = _fold_plain(text.split()[0]) if text.split() else ""
    if first in _STREET_TYPES or first.rstrip(".") in _STREET_TYPES or (digits and letters):
        return Kind.ADDRESS
    return Kind.NAME


# Particles of compound names that mean nothing alone ("El Amrani", "dos Santos", "De Luca").
_PARTICLES = frozenset(
    [
        "de",
        "di",
        "da",
        "del",
        "della",
        "dei",
        "degli",
        "dal",
        "dalla",
        "lo",
        "la",
        "le",
        "el",
        "al",
        "il",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "ben",
        "ibn",
        "abu",
        "dos",
        "das",
        "do",
        "du",
        "mac",
        "mc",
        "san",
        "santa",
        "st",
    ]
)
_MIN_PART_CHARS = 3


def _name_patterns(folded: str, *, parts: bool = False) -> list[str]:
    tokens = _TOKENS.findall(folded)
    if sum(len(t) for t in tokens) < _MIN_NAME_CHARS:
        return []
    patterns = [_WORD_BEFORE + _join(tokens) + _WORD_AFTER]
    if parts and len(tokens) > 1:
        # Each part of a compound name alone: "Lan" for "Thi Lan", "Teresa" for "Maria Teresa".
        for token in tokens:
            if len(token) >= _MIN_PART_CHARS and token not in _PARTICLES and not token.isdigit():
                patterns.append(_WORD_BEFORE + re.escape(token) + _WORD_AFTER)
    return patterns


def _phone_patterns(folded: str) -> list[str]:
    patterns = _name_patterns(folded)
    digits = "".join(ch for ch in folded if ch.isdigit())
    stripped = folded.lstrip(" (")
    if stripped.startswith(("+39", "0039")) or (stripped.startswith("39") and len(digits) >= 11):
        digits = digits[4:] if stripped.startswith("0039") else digits[2:]
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
    patterns = _name_patterns(folded)
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


def _identifier_patterns(identifier: str) -> list[tuple[re.Pattern[str], Kind]]:
    if not isinstance(identifier, str) or not identifier.strip():
        return []
    kind = _classify(identifier)
    folded = _fold_plain(identifier.strip())
    if kind == Kind.NAME:
        sources = _name_patterns(folded, parts=True)
    elif kind == Kind.PHONE:
        sources = _phone_patterns(folded)
    elif kind == Kind.EMAIL:
        sources = _email_patterns(folded)
    elif kind in (Kind.TAX_CODE, Kind.IBAN):
        sources = _code_patterns(folded)
    else:
        sources = _address_patterns(folded)
    return [(re.compile(s), kind) for s in sources]


# --- Italian patterns -------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]+"
    r"(?:\s?@\s?|\s?[(\[]\s?(?:at|chiocciola)\s?[)\]]\s?)"
    r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w])"
)
_CF_CONTIGUOUS = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}"
    r"[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])"
)
_SEP = r"[ .\-]?"
_CF_SPACED = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]" + _SEP + r"){6}(?:[0-9LMNPQRSTUVlmnpqrstuv]" + _SEP + r"){2}"
    r"[A-Za-z]"
    + _SEP
    + r"(?:[0-9LMNPQRSTUVlmnpqrstuv]"
    + _SEP
    + r"){2}[A-Za-z]"
    + _SEP
    + r"(?:[0-9LMNPQRSTUVlmnpqrstuv]"
    + _SEP
    + r"){3}[A-Za-z](?![A-Za-z0-9])"
)
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \-]?[0-9]{2}")
_IBAN_ITALIAN = re.compile(r"IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}")
# ISO 13616 lengths of the countries families in Lombardy most often bank in.
_IBAN_LENGTHS = {
    "IT": 27, "SM": 27, "VA": 22, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EG": 29, "ES": 24, "FR": 27, "GB": 22, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "LU": 20, "MA": 28, "MC": 27, "MD": 24, "NL": 18, "PL": 28, "PT": 25,
    "RO": 24, "RS": 22, "SI": 19, "SK": 24, "SN": 28, "TN": 24, "TR": 26, "UA": 29, "XK": 20,
}  # fmt: skip
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[/.\-])"
    r"(?P<prefix>(?:\+\s?\d{1,3}|0039)[\s./-]{0,2}|\(\s?(?:\+\s?\d{1,3}|0039)\s?\)\s?)?"
    r"(?P<number>\(?\d\)?(?:(?:[ ./-]|\s?\(|\)\s?)?\d){5,24})"  # long runs: see _phone_run
    r"(?![\w])"
)
_DATE_LIKE = re.compile(r"\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)?|\d{1,2}[.:]\d{2}")
_TYPES_ALT = "|".join(
    re.escape(t) + (r"(?![\w])" if not t.endswith(".") else "")
    for t in sorted(_STREET_TYPES, key=len, reverse=True)
)
# A word of a street name; a final dot only on a short abbreviation ("S.", "G.", "Ss."), so
# a match never runs on past the end of a sentence. Streets named after a date come first
# ("Via 25 Aprile", "Piazza 1° Maggio").
_MONTHS = (
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
)
_DATE_NAME = rf"\d{{1,2}}°?\s(?i:{_MONTHS})"
_NAME_WORD = r"(?:[^\W\d_]{1,3}\.|[^\W\d_][\w'’]*)"
_NUMBER = (
    r"(?:n[.°º]?\s?|n\.\s?ro\s?|nr\.?\s?|num\.?\s?|civico\s)?\d{1,4}"
    r"(?:[/-]?[A-Za-z]|\s?/\s?[A-Za-z0-9]{1,2})?(?![\w])"
)
_ADDRESS_NUMBERED = re.compile(
    rf"(?<![\w])(?P<type>{_TYPES_ALT})\s*"
    rf"(?P<name>(?:{_DATE_NAME}|{_NAME_WORD})(?:[ \-]{_NAME_WORD}){{0,3}})"
    rf"\s?,?\s?(?P<number>{_NUMBER})(?![\w])",
    re.IGNORECASE,
)
_PARTICLE = r"(?i:dei|del|della|delle|dello|degli|dell'|d'|di|da|san|santa|santo|s\.|ss\.)"
_CAPITAL_WORD = r"[A-ZÀ-Þ](?:[\w'’]*|\.)"
_ADDRESS_NAMED = re.compile(
    rf"(?<![\w])(?P<type>(?i:{_TYPES_ALT}))\s+"
    rf"(?P<name>{_DATE_NAME}|(?:{_PARTICLE}\s?)?{_CAPITAL_WORD}"
    rf"(?:\s(?:(?:dei|del|della|delle|dello|degli|di|e)\s)?{_CAPITAL_WORD}){{0,3}})"
)
# After "via", these say how, not where ("via WhatsApp", "via e-mail").
_NOT_A_STREET = frozenset(
    [
        "whatsapp",
        "skype",
        "zoom",
        "teams",
        "meet",
        "telegram",
        "messenger",
        "sms",
        "mail",
        "email",
        "e-mail",
        "pec",
        "telefono",
        "telefonica",
        "facebook",
        "instagram",
        "internet",
        "web",
        "posta",
        "fax",
        "lettera",
        "app",
        "signal",
        "chat",
        "video",
        "videochiamata",
        "messaggio",
        "messaggi",
        "cellulare",
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "una",
        "uno",
        "e",
        "o",
        "per",
        "con",
        "di",
        "da",
        "in",
        "su",
        "tra",
        "fra",
        "che",
    ]
)


# Words that make "corso base è su 2 livelli" a sentence rather than a street.
_NOT_IN_A_STREET_NAME = frozenset(
    [
        "è",
        "ha",
        "ho",
        "hanno",
        "sono",
        "era",
        "su",
        "per",
        "con",
        "che",
        "non",
        "ma",
        "più",
        "al",
        "alle",
        "ai",
        "agli",
        "volte",
        "ore",
        "anni",
        "mesi",
        "euro",
        "giorni",
        "settimane",
        "livelli",
    ]
)


def _iban_ok(chars: str) -> bool:
    rearranged = chars[4:] + chars[:4]
    try:
        number = int("".join(str(int(ch, 36)) for ch in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _find_ibans(text: str) -> list[Span]:
    found: list[Span] = []
    for start in _IBAN_START.finditer(text):
        chars: list[str] = []
        ends: list[int] = []
        pos = start.start()
        gap = 0
        while pos < len(text) and len(chars) < 34:
            ch = text[pos]
            if ch.isascii() and ch.isalnum():
                chars.append(ch.upper())
                ends.append(pos + 1)
                gap = 0
            elif ch in " -" and gap == 0 and chars:
                gap = 1
            else:
                break
            pos += 1
        country = "".join(chars[:2])
        lengths = [_IBAN_LENGTHS[country]] if country in _IBAN_LENGTHS else range(34, 14, -1)
        for length in lengths:
            if len(chars) < length:
                continue
            candidate = "".join(chars[:length])
            end = ends[length - 1]
            if end < len(text) and text[end].isalnum():
                continue  # glued to more letters or digits: not where the IBAN ends
            if _iban_ok(candidate) or _IBAN_ITALIAN.fullmatch(candidate):
                found.append(Span(start.start(), end, Kind.IBAN))
                break
    return found


def _valid_tax_code(raw: str) -> bool:
    code = "".join(ch for ch in raw if ch.isalnum()).upper()
    return len(code) == 16 and check_character(code[:15]) == code[15]


def _find_tax_codes(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), Kind.TAX_CODE) for m in _CF_CONTIGUOUS.finditer(text)]
    # Written in groups ("RSS MRA 80A01 F205X") only with a matching check character, so that
    # ordinary words that happen to fit the shape are left alone.
    for m in _CF_SPACED.finditer(text):
        if _valid_tax_code(m.group()):
            found.append(Span(m.start(), m.end(), Kind.TAX_CODE))
    return found


_GROUP = re.compile(r"\d+")


def _phone_ok(prefix: str, digits: str) -> bool:
    international = "+" in prefix and not prefix.replace(" ", "").startswith(("+39", "(+39"))
    if international:
        return 6 <= len(digits) <= 12
    if digits.startswith("3"):
        return 9 <= len(digits) <= 10
    if digits.startswith("0"):
        return 6 <= len(digits) <= 11
    return bool(prefix) and 6 <= len(digits) <= 11


def _find_phones(text: str) -> list[Span]:
    found = []
    for m in _PHONE.finditer(text):
        prefix = m.group("prefix") or ""
        number = m.group("number")
        if not prefix and _DATE_LIKE.fullmatch(number):
            continue
        # Figures around a number ("3 3331234567", "333 1234567 2 volte"): the longest run of
        # digit groups that is a plausible phone number, earliest first.
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


def _find_addresses(text: str) -> list[Span]:
    found = []
    for m in _ADDRESS_NUMBERED.finditer(text):
        name = m.group("name")
        words = [w.lower().strip(".,") for w in name.split()]
        if words[0] in _NOT_A_STREET or any(w in _NOT_IN_A_STREET_NAME for w in words):
            continue
        found.append(Span(m.start(), m.end(), Kind.ADDRESS))
    for m in _ADDRESS_NAMED.finditer(text):
        street_type = m.group("type")
        name = m.group("name")
        first = name.split()[0].lower().strip(".,")
        if first in _NOT_A_STREET or not _capitalised(name):
            continue
        # Bare "via" is an everyday word ("andata via"); as a street it is written "Via" or
        # follows "in/a/di/da".
        if street_type == "via" and not _after_place_word(text, m.start()):
            continue
        found.append(Span(m.start(), m.end(), Kind.ADDRESS))
    return found


def _capitalised(name: str) -> bool:
    words = [w for w in name.split() if w]
    return any(w[:1].isupper() for w in words) and not all(
        w.isupper() and len(w) > 3 for w in words
    )


def _after_place_word(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower().split()
    return bool(before) and before[-1] in {"in", "a", "di", "da", "su", "sulla", "nella", "alla"}


def _find_emails(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), Kind.EMAIL) for m in _EMAIL.finditer(text)]


_FAMILY_CODE = re.compile(r"(?<![\w-])RIP[\s-]?[0-9]{4}[\s-]?[0-9]{3,}(?![\w])", re.IGNORECASE)


def _find_family_codes(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), Kind.CODE) for m in _FAMILY_CODE.finditer(text)]


# --- putting it together ------------------------------------------------------------------------


def _merge(spans: list[Span], text: str) -> list[Span]:
    """Overlapping findings become one span (nothing half-redacted); the longest finding names
    it. Neighbours of the same kind separated only by spaces or a hyphen on one line merge too
    ("Esposito Anna" gives one "[NOME]", not "[NOME] [NOME]")."""
    if not spans:
        return []
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), _PRIORITY[s.kind]))
    merged: list[tuple[int, int, Span]] = []  # start, end, longest constituent
    for span in spans:
        if merged and span.start < merged[-1][1]:
            start, end, best = merged[-1]
            longer = (span.end - span.start, -_PRIORITY[span.kind]) > (
                best.end - best.start,
                -_PRIORITY[best.kind],
            )
            merged[-1] = (start, max(end, span.end), span if longer else best)
        else:
            merged.append((span.start, span.end, span))
    result: list[Span] = []
    for start, end, best in merged:
        if (
            result
            and result[-1].kind == best.kind
            and text[result[-1].end : start].strip(" -") == ""
        ):
            result[-1] = Span(result[-1].start, end, best.kind)
        else:
            result.append(Span(start, end, best.kind))
    return result


_INITIAL_AFTER = re.compile(r"[ \t]?[A-ZÀ-Þ]\.")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-Þ]\.[ \t]?$")


def _initials(text: str, spans: list[Span]) -> list[Span]:
    """An initial next to a known name is part of it: "Anna E.", "A. Esposito"."""
    found = []
    for span in spans:
        if span.kind != Kind.NAME:
            continue
        after = _INITIAL_AFTER.match(text, span.end)
        if after and not text[after.end() : after.end() + 1].isalnum():
            found.append(Span(span.start, after.end(), Kind.NAME))
        before = _INITIAL_BEFORE.search(text, max(0, span.start - 3), span.start)
        if before:
            found.append(Span(before.start(), span.end, Kind.NAME))
    return found


class Redactor:
    """The identifiers of one family compiled once, for redacting many texts."""

    def __init__(self, identifiers: Iterable[str] = ()) -> None:
        self._patterns: list[tuple[re.Pattern[str], Kind]] = []
        seen: set[str] = set()
        for identifier in identifiers:
            if isinstance(identifier, str) and identifier not in seen:
                seen.add(identifier)
                self._patterns.extend(_identifier_patterns(identifier))

    def spans(self, text: str) -> list[Span]:
        """What `redact` replaces, as spans of `text` (e.g. to highlight them in a preview)."""
        if not text:
            return []
        spans: list[Span] = []
        if self._patterns:
            folded, index = _fold(text)
            for pattern, kind in self._patterns:
                for m in pattern.finditer(folded):
                    if m.end() > m.start():
                        start, end = _unfold(m.start(), m.end(), index)
                        spans.append(Span(start, end, kind))
            spans += _initials(text, spans)
        spans += _find_tax_codes(text)
        spans += _find_ibans(text)
        spans += _find_emails(text)
        spans += _find_phones(text)
        spans += _find_addresses(text)
        spans += _find_family_codes(text)
        return _merge(spans, text)

    def redact(self, text: str) -> str:
        try:
            spans = self.spans(text)
        except Exception:  # pragma: no cover - fail closed: never let unredacted text out
            return WITHHELD_TEXT
        out: list[str] = []
        last = 0
        for span in spans:
            out.append(text[last : span.start])
            out.append(span.kind.tag)
            last = span.end
        out.append(text[last:])
        return "".join(out)


def find_spans(text: str, identifiers: Iterable[str]) -> list[Span]:
    return Redactor(identifiers).spans(text)


def redact(text: str, identifiers: Iterable[str]) -> str:
    """`text` with the family's identifiers and every Italian personal pattern replaced by tags.

    >>> redact("Ha chiamato Mario Rossi dal 333 1234567", ["Mario", "Rossi"])
    'Ha chiamato [NOME] dal [TELEFONO]'
    """
    try:
        redactor = Redactor(identifiers)
    except Exception:  # pragma: no cover - fail closed, as above
        return WITHHELD_TEXT
    return redactor.redact(text)
