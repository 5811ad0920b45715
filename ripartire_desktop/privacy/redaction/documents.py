"""Numbers of documents and files: identity cards, passports, driving licences, number plates,
protocol numbers of ISEE/DSU/ADI/INPS files, and dates of birth (a date next to "nato/nata")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ripartire_desktop.privacy.redaction.spans import Kind, Span

# Italian shapes, upper case as printed on the document: paper identity card and passport (two
# letters, seven digits: "AX 1234567", "YA1234567"); electronic identity card "CA00000AA";
# driving licence, provincial ("MI2345678X") or national ("U1A234567B").
_DOCUMENT_SHAPES = re.compile(
    r"(?<![\w-])(?:"
    r"[A-Z]{2}[ ]?\d{7}(?:[A-Z](?![\w-]))?"
    r"|C[A-Z][ ]?\d{5}[ ]?[A-Z]{2}"
    r"|U1[A-Z0-9]{7}[A-Z]"
    r")(?![\w-])"
)
# After the name of a document any code with five or more digits is its number, whatever the
# country that issued it ("Passaporto nigeriano A12345678").
_DOCUMENT_WORD = re.compile(
    r"(?i)(?<!\w)(?:passaporto|passport|carta\s+d['’]\s?identit[àa]|c\.\s?i\.|cie|patente"
    r"(?:\s+di\s+guida)?|permesso\s+di\s+soggiorno|p\.?d\.?s\.?|documento)(?!\w)"
)
_DOCUMENT_NUMBER = re.compile(r"(?<![\w-])[A-Za-z]{0,3}[ ]?\d[\dA-Za-z]{4,11}(?![\w-])")
_FILLER = re.compile(
    r"(?i)[\s:.,]*(?:(?:n|nr|num|numero|no|elettronica|italian[oa]|di\s+guida|"
    r"[a-zàèéìòù]+(?:ese|ano|ana|ino|ina|eno|ena))[\s:.°º]*){0,3}"
)
_CONTEXT = 40


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _numbers_after(
    text: str, word: re.Pattern[str], filler: re.Pattern[str], number: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """Each `number` that starts right after a keyword `word` and its `filler` words, within
    _CONTEXT characters of them."""
    for found in word.finditer(text):
        between = filler.match(text, found.end())
        start = between.end() if between else found.end()
        after = number.match(text, start, start + _CONTEXT)
        if after is not None:
            yield after


def find_documents(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), Kind.DOCUMENT) for m in _DOCUMENT_SHAPES.finditer(text)]
    for number in _numbers_after(text, _DOCUMENT_WORD, _FILLER, _DOCUMENT_NUMBER):
        if _digits(number.group()) >= 5 and not _AMOUNT_AFTER.match(text, number.end()):
            found.append(Span(number.start(), number.end(), Kind.DOCUMENT))
    return found


# Italian plates since 1994: two letters, three digits, two letters; never I, O, Q, U.
_PLATE = re.compile(r"(?<![\w-])[A-HJ-NPR-TV-Z]{2}[ \-]?\d{3}[ \-]?[A-HJ-NPR-TV-Z]{2}(?![\w-])")


def find_plates(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), Kind.PLATE) for m in _PLATE.finditer(text)]


# --- protocol numbers -----------------------------------------------------------------------

# The DSU/ISEE protocol has its own shape and is redacted anywhere.
_ISEE_PROTOCOL = re.compile(r"(?i)(?<![\w-])INPS-ISEE-\d{4}-\d{6,10}[A-Z]?-\d{2}(?![\w-])")
_PROTOCOL_WORD = re.compile(
    r"(?<!\w)(?:ISEE|ADI|INPS|DSU|(?i:protocollo|prot\.|prot(?!\w)|pratica|domanda))(?!\w)"
)
# Words between the keyword and the number ("ISEE protocollo n.", "domanda ADI:"); a word
# glued to the number ("INPS-ISEE-...", "ADI-2025-...") is part of the number instead.
_PROTOCOL_FILLER = re.compile(
    r"(?i)[\s:.,]*(?:(?:n|nr|num|numero|di|del|della|protocollo|prot|domanda|pratica|"
    r"ISEE|ADI|INPS|DSU)(?:\.?[\s:°º]+|\.(?!\w))){0,4}"
)
_PROTOCOL_NUMBER = re.compile(
    r"(?<![\w])(?:[A-Za-z]{1,5}[ ])?[A-Za-z0-9](?:[A-Za-z0-9./\-]*[A-Za-z0-9])?(?![\w])"
)
_AMOUNT_AFTER = re.compile(r"(?i)\s*(?:€|euro|eur\b|%)")
_PLAIN_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}")
_MIN_PROTOCOL_DIGITS = 6


def find_protocols(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), Kind.PROTOCOL) for m in _ISEE_PROTOCOL.finditer(text)]
    for m in _numbers_after(text, _PROTOCOL_WORD, _PROTOCOL_FILLER, _PROTOCOL_NUMBER):
        token = m.group()
        if (
            _digits(token) < _MIN_PROTOCOL_DIGITS
            or "," in token
            or _PLAIN_DATE.fullmatch(token)
            or _AMOUNT_AFTER.match(text, m.end())
        ):
            continue
        found.append(Span(m.start(), m.end(), Kind.PROTOCOL))
    return found


# --- dates of birth -------------------------------------------------------------------------

_MONTHS = (
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    "dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|january|february|march|april|"
    "may|june|july|august|september|october|november|december|jan|jun|jul|aug|sep|oct|dec"
)
_DATE = re.compile(
    rf"(?i)(?<!\d)(?:\d{{1,2}}\s?[./-]\s?\d{{1,2}}\s?[./-]\s?(?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}(?:°|º)?\s(?:{_MONTHS})\.?\s\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s\d{{1,2}},?\s\d{{4}})(?!\d)"
)
_BIRTH_WORD = re.compile(
    r"(?i)(?<!\w)(?:nat[oaie]|nascita|born|d\.?\s?o\.?\s?b\.?|dob|data\s+di\s+nascita|"
    r"date\s+of\s+birth)(?!\w)"
)
# Between the word and the date: a place ("a Lagos"), "il", a colon; never a sentence's end,
# nor another number ("nata nel 1985, colloquio il 12/03/2026": that date is the meeting's).
_BIRTH_GAP = re.compile(r"[^.;!?\n\d]{0,40}?(?=\d|(?i:(?:" + _MONTHS + r")\b))")


def find_birth_dates(text: str) -> list[Span]:
    """A date within a few words after "nato/nata/nascita/born/d.o.b."; other dates (of an
    appointment, a payment) stay readable."""
    found = []
    for word in _BIRTH_WORD.finditer(text):
        pos = word.end()
        limit = min(len(text), pos + 60)
        while pos < limit:
            gap = _BIRTH_GAP.match(text, pos, limit)
            if gap is None:
                break
            date = _DATE.match(text, gap.end())
            if date:
                found.append(Span(date.start(), date.end(), Kind.BIRTH_DATE))
                break
            if text[gap.end()].isdigit():
                break  # a number that is not a date: the birth date is not written here
            pos = gap.end() + 1
    return found
