"""What a finding is (a kind and a span of the original text), case folding with a map back to
the original offsets, and the merging of overlapping findings into whole redactions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    NAME = "NOME"
    PHONE = "TELEFONO"
    EMAIL = "EMAIL"
    TAX_CODE = "CF"
    IBAN = "IBAN"
    ADDRESS = "INDIRIZZO"
    CODE = "CODICE"  # a family code (RIP-2026-007): pseudonymous, still linkable to the vault
    CARD = "CARTA"  # a payment card number (Luhn)
    DOCUMENT = "DOCUMENTO"  # identity card, passport, driving licence, residence permit
    BIRTH_DATE = "NASCITA"  # a date next to "nato/nata/nascita/born"
    PLATE = "TARGA"  # an Italian number plate
    PROTOCOL = "PROTOCOLLO"  # the number of an ISEE/DSU/ADI/INPS file or a protocol number

    @property
    def tag(self) -> str:
        return f"[{self.value}]"


# Which kind names a redaction when two findings of the same length overlap.
_PRIORITY = {
    Kind.TAX_CODE: 0,
    Kind.IBAN: 1,
    Kind.CARD: 2,
    Kind.EMAIL: 3,
    Kind.PROTOCOL: 4,
    Kind.DOCUMENT: 5,
    Kind.BIRTH_DATE: 6,
    Kind.PLATE: 7,
    Kind.PHONE: 8,
    Kind.ADDRESS: 9,
    Kind.NAME: 10,
    Kind.CODE: 11,
}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters [start, end) of the original text, to be replaced by `kind.tag`."""

    start: int
    end: int
    kind: Kind


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> tuple[str, list[int] | None]:
    """Lowercase, accent-free text and, unless it is the identity, each char's original index."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _NOT_ASCII.finditer(text):  # ASCII runs in one step: notes are mostly ASCII
        i = m.start()
        out.append(text[last:i].lower())
        index.extend(range(last, i))
        last = i + 1
        ch = m.group()
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
    out.append(text[last:].lower())
    index.extend(range(last, len(text)))
    return "".join(out), index


def strip_invisible(text: str) -> tuple[str, list[int] | None]:
    """`text` without invisible format characters (zero-width space, soft hyphen, word joiner,
    direction marks: Unicode "Cf") and each kept char's original index, None if none was there.
    Pasted text carries them, a PDF does not show them, and "Ro\u200bsa" must still be Rosa."""
    if text.isascii():
        return text, None
    invisible = [
        m.start() for m in _NOT_ASCII.finditer(text) if unicodedata.category(m.group()) == "Cf"
    ]
    if not invisible:
        return text, None
    out: list[str] = []
    index: list[int] = []
    last = 0
    for i in invisible:
        out.append(text[last:i])
        index.extend(range(last, i))
        last = i + 1
    out.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(out), index


def fold_plain(text: str) -> str:
    return fold(text)[0]


def unfold(start: int, end: int, index: list[int] | None) -> tuple[int, int]:
    if index is None:
        return start, end
    return index[start], index[end - 1] + 1


def merge(spans: list[Span], text: str) -> list[Span]:
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
