"""E-mail addresses (also written out: "mario punto rossi chiocciola gmail punto com"), street
addresses ("via/piazza/corso ... 12") and family codes, whoever they belong to."""

from __future__ import annotations

import re

from ripartire_desktop.privacy.redaction.known import STREET_TYPES
from ripartire_desktop.privacy.redaction.spans import Kind, Span

# --- e-mail -------------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]+"
    r"(?:\s?@\s?|\s?[(\[{]\s?(?:at|chiocciola)\s?[)\]}]\s?)"
    r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w])"
)
# Written out: "at"/"chiocciola" for @, "punto"/"dot" for the dot, bare or in brackets. Only
# with a common top-level domain at the end, so "ci vediamo at home" stays a sentence. A few
# parts at most on each side: unbounded, "mario punto mario punto ..." took quadratic time.
_DOT = r"(?:\s?\.\s?|\s(?:punto|dot)\s|\s?[(\[{]\s?(?:punto|dot)\s?[)\]}]\s?)"
_AT = r"(?:\s?@\s?|\s(?:at|chiocciola)\s|\s?[(\[{]\s?(?:at|chiocciola)\s?[)\]}]\s?)"
_TLDS = (
    "it|com|net|org|eu|info|biz|me|io|fr|de|es|uk|ch|at|be|nl|pt|ro|pl|al|ma|tn|ua|ru|ng|"
    "in|cn|br|pe|ec|us|ca|co\\.uk|gov\\.it|edu"
)
_SPELLED_EMAIL = re.compile(
    rf"(?i)(?<![\w.+%-])[\w+%-]+(?:{_DOT}[\w+%-]+){{0,4}}{_AT}[\w-]+(?:{_DOT}[\w-]+){{0,3}}{_DOT}"
    rf"(?:{_TLDS})(?![\w])"
)


def find_emails(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), Kind.EMAIL) for m in _EMAIL.finditer(text)]
    found += [Span(m.start(), m.end(), Kind.EMAIL) for m in _SPELLED_EMAIL.finditer(text)]
    return found


# --- street addresses ---------------------------------------------------------------------------

_TYPES_ALT = "|".join(
    re.escape(t) + (r"(?![\w])" if not t.endswith(".") else "")
    for t in sorted(STREET_TYPES, key=len, reverse=True)
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
        "whatsapp", "skype", "zoom", "teams", "meet", "telegram", "messenger", "sms", "mail",
        "email", "e-mail", "pec", "telefono", "telefonica", "facebook", "instagram", "internet",
        "web", "posta", "fax", "lettera", "app", "signal", "chat", "video", "videochiamata",
        "messaggio", "messaggi", "cellulare", "il", "lo", "la", "i", "gli", "le", "un", "una",
        "uno", "e", "o", "per", "con", "di", "da", "in", "su", "tra", "fra", "che"
    ]
)  # fmt: skip
# Words that make "corso base è su 2 livelli" a sentence rather than a street.
_NOT_IN_A_STREET_NAME = frozenset(
    [
        "è", "ha", "ho", "hanno", "sono", "era", "su", "per", "con", "che", "non", "ma", "più",
        "al", "alle", "ai", "agli", "volte", "ore", "anni", "mesi", "euro", "giorni", "settimane",
        "livelli"
    ]
)  # fmt: skip
# "Corso" is also a course ("corso base 2", "nel corso del 2025", "in corso di valutazione"):
# a street only when its name is capitalised ("Corso Italia 12", "c.so Buenos Aires 45").
_COURSE_WORDS = ("corso", "c.so")


def _capitalised(name: str) -> bool:
    words = [w for w in name.split() if w]
    return any(w[:1].isupper() for w in words) and not all(
        w.isupper() and len(w) > 3 for w in words
    )


def _after_place_word(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower().split()
    return bool(before) and before[-1] in {"in", "a", "di", "da", "su", "sulla", "nella", "alla"}


def find_addresses(text: str) -> list[Span]:
    found = []
    for m in _ADDRESS_NUMBERED.finditer(text):
        name = m.group("name")
        words = [w.lower().strip(".,") for w in name.split()]
        if words[0] in _NOT_A_STREET or any(w in _NOT_IN_A_STREET_NAME for w in words):
            continue
        if m.group("type").lower() in _COURSE_WORDS and not name[:1].isupper():
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


# --- family codes ---------------------------------------------------------------------------

_FAMILY_CODE = re.compile(r"(?<![\w-])RIP[\s-]?[0-9]{4}[\s-]?[0-9]{3,}(?![\w])", re.IGNORECASE)


def find_family_codes(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), Kind.CODE) for m in _FAMILY_CODE.finditer(text)]
