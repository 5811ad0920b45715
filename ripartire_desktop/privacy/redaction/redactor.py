"""The redactor of one family: its known identifiers compiled once, every pattern applied, the
findings merged and replaced by tags, with a count of what was replaced."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ripartire_desktop.privacy.redaction.contacts import (
    find_addresses,
    find_emails,
    find_family_codes,
)
from ripartire_desktop.privacy.redaction.documents import (
    find_birth_dates,
    find_documents,
    find_plates,
    find_protocols,
)
from ripartire_desktop.privacy.redaction.known import KnownPattern, identifier_patterns
from ripartire_desktop.privacy.redaction.names import find_titled_names, reads_as_name
from ripartire_desktop.privacy.redaction.numbers import (
    find_cards,
    find_ibans,
    find_phones,
    find_tax_codes,
)
from ripartire_desktop.privacy.redaction.spans import (
    Kind,
    Span,
    fold,
    merge,
    strip_invisible,
    unfold,
)

# Fail-closed placeholder, for a text the redactor could not process (never seen in tests).
WITHHELD_TEXT = "[TESTO NON DISPONIBILE]"

_INITIAL_AFTER = re.compile(r"[ \t]?[A-ZÀ-Þ]\.")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-Þ]\.[ \t]?$")

_TAG = re.compile("|".join(re.escape(kind.tag) for kind in Kind))
_MAX_PASSES = 4

_PATTERN_FINDERS = (
    find_tax_codes,
    find_ibans,
    find_cards,
    find_emails,
    find_phones,
    find_documents,
    find_plates,
    find_protocols,
    find_birth_dates,
    find_addresses,
    find_family_codes,
    find_titled_names,
)


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


@dataclass(frozen=True, slots=True)
class Redaction:
    """A redacted text and how many replacements of each kind it took."""

    text: str
    counts: dict[Kind, int] = field(default_factory=dict)
    withheld: bool = False  # the redactor failed and the whole text was held back

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Redactor:
    """The identifiers of one family compiled once, for redacting many texts."""

    def __init__(self, identifiers: Iterable[str] = ()) -> None:
        self._patterns: list[KnownPattern] = []
        seen: set[str] = set()
        for identifier in identifiers:
            if isinstance(identifier, str) and identifier not in seen:
                seen.add(identifier)
                self._patterns.extend(identifier_patterns(identifier))

    def _known(self, text: str) -> list[Span]:
        folded, index = fold(text)
        definite: list[Span] = []
        ordinary: list[Span] = []
        for pattern in self._patterns:
            for m in pattern.regex.finditer(folded):
                if m.end() > m.start():
                    start, end = unfold(m.start(), m.end(), index)
                    found = Span(start, end, pattern.kind)
                    (ordinary if pattern.ordinary else definite).append(found)
        names = [s for s in definite if s.kind == Kind.NAME]
        definite += [s for s in ordinary if reads_as_name(text, s.start, s.end, names)]
        return definite + _initials(text, definite)

    def _find(self, text: str) -> list[Span]:
        spans = self._known(text) if self._patterns else []
        for finder in _PATTERN_FINDERS:
            spans += finder(text)
        return spans

    def spans(self, text: str) -> list[Span]:
        """What `redact` replaces, as spans of `text` (e.g. to highlight them in a preview)."""
        if not text:
            return []
        spans = self._find(text)
        visible, shown = strip_invisible(text)
        if shown is not None:  # read as shown, and as typed: "Ro<ZWSP>sa", "Rosa<WJ>Bianco"
            spans += [Span(*unfold(s.start, s.end, shown), s.kind) for s in self._find(visible)]
        tags = [(m.start(), m.end()) for m in _TAG.finditer(text)]
        if tags:  # a tag of an earlier redaction is never redacted again
            spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in tags)]
        return merge(spans, text)

    def _once(self, text: str) -> tuple[str, list[Span]]:
        spans = self.spans(text)
        out: list[str] = []
        last = 0
        for span in spans:
            out.append(text[last : span.start])
            out.append(span.kind.tag)
            last = span.end
        out.append(text[last:])
        return "".join(out), spans

    def redaction(self, text: str) -> Redaction:
        """`text` redacted, with the count of replacements per kind; fails closed.

        Redacting again changes nothing. A replacement changes the context of what is around
        it (word boundaries, the few words a birth date or protocol number is looked for
        after), so the text is redacted until it no longer changes: twice in practice (a
        second pass that finds nothing), more in none of the property tests; a text still
        changing after four passes is held back."""
        counts: Counter[Kind] = Counter()
        try:
            for _ in range(_MAX_PASSES):
                redacted, spans = self._once(text)
                counts.update(s.kind for s in spans)
                if redacted == text:
                    break
                text = redacted
            else:
                return Redaction(WITHHELD_TEXT, dict(counts), withheld=True)
        except Exception:  # pragma: no cover - fail closed: never let unredacted text out
            return Redaction(WITHHELD_TEXT, dict(counts), withheld=True)
        return Redaction(text, dict(counts))

    def redact(self, text: str) -> str:
        return self.redaction(text).text


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
