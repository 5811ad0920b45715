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

from ripartire_desktop.store.connection import Connection

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


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None if nothing searchable.

    Words become prefix terms ("perch" finds "perché", "lavor" finds "lavoro"); a quoted
    phrase or a hyphenated code (RIP-2026-007) must match as a phrase; all parts must match.
    """
    text = unicodedata.normalize("NFC", query[:MAX_QUERY_CHARS])
    parts: list[str] = []
    for phrase in _PHRASE.findall(text):
        words = _terms(phrase)
        if words:
            parts.append('"' + " ".join(words) + '"')
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    for chunk in rest.split():
        words = _terms(chunk)
        if len(words) > 1:  # RIP-2026-007, l'assistente: keep together, prefix on the last
            parts.append('"' + " ".join(words) + '" *')
        elif words:
            parts.append(f'"{words[0]}" *')
    parts = list(dict.fromkeys(parts))[:MAX_TERMS]
    return " AND ".join(parts) if parts else None


class SearchIndex:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        match = build_match(query)
        if match is None:
            return []
        rows = self._conn.execute(
            f"""
            SELECT s.family_id, coalesce(f.code, ''), s.day, s.kind, s.ref_id,
                   snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 16)
            FROM search_index s LEFT JOIN families f ON f.id = s.family_id
            WHERE search_index MATCH ?
            ORDER BY rank
            LIMIT ?
            """,
            (match, limit),
        ).fetchall()
        return [
            SearchHit(
                family_id=r[0],
                family_code=r[1],
                day=date.fromisoformat(r[2]) if r[2] else None,
                kind=r[3],
                ref_id=int(r[4]),
                snippet=r[5],
            )
            for r in rows
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
