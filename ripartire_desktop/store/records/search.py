"""Full-text search over notes, assessments, actions, desk contacts and family codes.

User text is never passed to FTS5 as query syntax: it is cut into words (and "quoted
phrases"), each word becomes a quoted prefix term, so quotes, operators and unbalanced
parentheses can never raise a syntax error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from ripartire_desktop.store.connection import Connection, scalar

# Snippet markers: control characters no one types, so a view can escape the text first
# and then turn these into highlighting safely.
MARK_START = "\x02"
MARK_END = "\x03"
MAX_TERMS = 16
MAX_QUERY_CHARS = 500

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    family_id: int | None
    family_code: str  # "" for an anonymous desk contact
    day: date | None
    kind: str  # family, interview, assessment, assessment_note, action, first_contact
    ref_id: int
    snippet: str  # with MARK_START/MARK_END around the matches

    def plain_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


def _terms(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w]


def _fold(word: str) -> str:
    """A word as the index stores it: lower case, accents removed (unicode61, diacritics 2)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Part:
    """One condition of a query: a phrase, or a word that may match as a prefix."""

    words: tuple[str, ...]
    prefix: bool


def parse_query(query: str) -> list[Part]:
    """What the user typed, as parts that must all match. Quotes make a phrase; a chunk with
    inner punctuation (RIP-2026-007, l'assistente) is a phrase whose last word may be a prefix;
    any other word may be the beginning of a longer one ("lavor" finds "lavoro")."""
    text = unicodedata.normalize("NFC", query[:MAX_QUERY_CHARS])
    parts: list[Part] = []
    for phrase in _PHRASE.findall(text):
        words = _terms(phrase)
        if words:
            parts.append(Part(tuple(words), prefix=False))
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    for chunk in rest.split():
        words = _terms(chunk)
        if words:
            parts.append(Part(tuple(words), prefix=True))
    return list(dict.fromkeys(parts))[:MAX_TERMS]


def _quote(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words) + '"'


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, with FTS5's own prefix syntax (used
    for tests and small vaults; `SearchIndex` expands long prefixes through the vocabulary)."""
    parts = parse_query(query)
    if not parts:
        return None
    return " AND ".join(_quote(p.words) + (" *" if p.prefix else "") for p in parts)


class SearchIndex:
    # Relevance is computed over the newest matches only: ranking every one of 50,000 notes
    # that contain "lavoro" takes a second, ranking the newest 500 takes milliseconds, and
    # what a counsellor looks for is nearly always recent.
    RANK_WINDOW = 500
    # FTS5's prefix index covers prefixes of 2 to 4 characters; longer ones are expanded to
    # the whole words of the vocabulary that start with them, at most this many.
    MAX_EXPANSION = 64
    INDEXED_PREFIX = 4

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _expand(self, word: str) -> str | None:
        folded = _fold(word)
        if len(folded) <= self.INDEXED_PREFIX:
            return f'"{word}" *' if len(folded) > 1 else f'"{word}"'
        upper = folded[:-1] + chr(ord(folded[-1]) + 1)
        terms = [
            term
            for (term,) in self._conn.execute(
                "SELECT term FROM search_vocab WHERE term >= ? AND term < ? "
                "ORDER BY cnt DESC LIMIT ?",
                (folded, upper, self.MAX_EXPANSION),
            )
        ]
        if not terms:
            return None
        return "(" + " OR ".join(f'"{t}"' for t in terms) + ")"

    def match_expression(self, query: str) -> str | None:
        """The MATCH expression actually run; None when a word can match nothing."""
        expressions = []
        for part in parse_query(query):
            if part.prefix and len(part.words) == 1:
                expanded = self._expand(part.words[0])
                if expanded is None:
                    return None
                expressions.append(expanded)
            else:
                expressions.append(_quote(part.words) + (" *" if part.prefix else ""))
        return " AND ".join(expressions) if expressions else None

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """The best `limit` matches, best first, among the newest RANK_WINDOW matches."""
        match = self.match_expression(query)
        if match is None:
            return []
        floor = scalar(
            self._conn,
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (match, self.RANK_WINDOW - 1),
        )
        rows = self._conn.execute(
            f"""
            SELECT s.family_id, coalesce(f.code, ''), s.day, s.kind, s.ref_id,
                   snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 16)
            FROM search_index s LEFT JOIN families f ON f.id = s.family_id
            WHERE search_index MATCH ? AND s.rowid >= ?
            ORDER BY rank
            LIMIT ?
            """,
            (match, floor or 0, limit),
        ).fetchall()
        return [
            SearchHit(
                family_id=family_id,
                family_code=code,
                day=date.fromisoformat(day) if day else None,
                kind=kind,
                ref_id=int(ref_id),
                snippet=snippet,
            )
            for family_id, code, day, kind, ref_id, snippet in rows
        ]

    def rebuild(self) -> None:
        """Drop lingering deleted entries and merge the index (after an erasure)."""
        self._conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")

    def integrity_problems(self) -> list[str]:
        try:
            self._conn.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"
            )
        except Exception as exc:
            return [f"search index: {exc}"]
        return []
