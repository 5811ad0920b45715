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
from typing import Any

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


# The kinds of record in the index, by the number in their rowid (source id * 8 + number,
# migration 0002), and the table whose ids they carry.
KIND_TABLES = {
    1: "families",
    2: "interviews",
    3: "assessments",
    4: "need_scores",
    5: "actions",
    6: "first_contacts",
}


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The best hits, best first, and what they were chosen from.

    `matches` is the estimated number of records that match (from the index's vocabulary);
    `ranked` is how many of them were ranked: all of them, or, for a very common word, the
    newest `ranked` of every kind (`windowed`)."""

    hits: list[SearchHit]
    matches: int
    ranked: int
    windowed: bool


def _hit(row: tuple[Any, ...]) -> SearchHit:
    family_id, code, day, kind, ref_id, snippet = row
    return SearchHit(
        family_id=family_id,
        family_code=code,
        day=date.fromisoformat(day) if day else None,
        kind=kind,
        ref_id=int(ref_id),
        snippet=snippet,
    )


class SearchIndex:
    # Ranking costs a few microseconds per matching record (bm25 reads each one's length),
    # so every match is ranked up to this many; beyond it the window below is ranked.
    FULL_RANK_LIMIT = 10_000
    # For a very common word: about this many matches are ranked, the newest share of every
    # kind of record (the same share of each kind's ids, newest first), so interviews,
    # actions and assessments all take part.
    WINDOW = 4_000
    # Prefixes of up to 4 characters are FTS5's own prefix queries (every word that starts
    # so, found in the vocabulary; the index has no prefix index since migration 0013);
    # longer ones are expanded here to the most frequent whole words, at most this many.
    MAX_EXPANSION = 64
    INDEXED_PREFIX = 4

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _expand(self, word: str) -> tuple[str, int] | None:
        """(the MATCH expression of a prefix, its estimated matches); None if none."""
        folded = _fold(word)
        if len(folded) <= self.INDEXED_PREFIX:
            term = f'"{word}" *' if len(folded) > 1 else f'"{word}"'
            return term, self._counted(term)
        upper = folded[:-1] + chr(ord(folded[-1]) + 1)
        found = self._conn.execute(
            "SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ? "
            "ORDER BY cnt DESC LIMIT ?",
            (folded, upper, self.MAX_EXPANSION),
        ).fetchall()
        if not found:
            return None
        return "(" + " OR ".join(f'"{t}"' for t, _ in found) + ")", sum(d for _, d in found)

    def _counted(self, match: str) -> int:
        """Matches of `match`, counted up to one more than FULL_RANK_LIMIT (the index's
        lists only: no record is read)."""
        return int(
            scalar(
                self._conn,
                "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? "
                "LIMIT ?)",
                (match, self.FULL_RANK_LIMIT + 1),
            )
        )

    def _phrase(self, words: tuple[str, ...]) -> int:
        """The matches of a phrase at most: its rarest word's (the vocabulary's count)."""
        counts = [
            scalar(self._conn, "SELECT doc FROM search_vocab WHERE term = ?", (_fold(w),)) or 0
            for w in words
        ]
        return int(min(counts))

    def _plan(self, query: str) -> tuple[str, int] | None:
        """(the MATCH expression actually run, estimated matches); None when a word can
        match nothing."""
        expressions, estimates = [], []
        for part in parse_query(query):
            if part.prefix and len(part.words) == 1:
                expanded = self._expand(part.words[0])
                if expanded is None:
                    return None
                expressions.append(expanded[0])
                estimates.append(expanded[1])
            elif part.prefix:
                term = _quote(part.words) + " *"
                expressions.append(term)
                estimates.append(self._counted(term))
            else:
                expressions.append(_quote(part.words))
                estimates.append(self._phrase(part.words))
        if not expressions:
            return None
        match = " AND ".join(expressions)
        estimate = min(estimates)
        if estimate > self.FULL_RANK_LIMIT and len(expressions) > 1:
            # Common words together can still match few records: count them (cheap).
            counted = self._counted(match)
            if counted <= self.FULL_RANK_LIMIT:
                estimate = counted
        return match, estimate

    def match_expression(self, query: str) -> str | None:
        """The MATCH expression actually run; None when a word can match nothing."""
        planned = self._plan(query)
        return None if planned is None else planned[0]

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """The best `limit` matches, best first (see `ranked`)."""
        return self.ranked(query, limit=limit).hits

    def ranked(self, query: str, *, limit: int = 50) -> SearchResults:
        """The best `limit` matches, best first, across every kind of record: ranked over
        every match, or over the newest window of each kind when a word is very common."""
        planned = self._plan(query)
        if planned is None:
            return SearchResults([], 0, 0, windowed=False)
        match, estimate = planned
        params: dict[str, object] = {"match": match, "limit": limit}
        window = ""
        ranked = estimate
        if estimate > self.FULL_RANK_LIMIT:
            window, ranked = self._window(estimate, params)
        # Ranked first: rowids only, the best `limit` kept (a materialised step); then the
        # snippets of those alone.
        best = [
            hit
            for (hit,) in self._conn.execute(
                f"""
                SELECT rowid FROM search_index WHERE search_index MATCH :match {window}
                ORDER BY bm25(search_index), rowid DESC LIMIT :limit
                """,
                params,
            )
        ]
        return SearchResults(
            self._hits(match, best), estimate, min(ranked, estimate), windowed=bool(window)
        )

    def _hits(self, match: str, best: list[int]) -> list[SearchHit]:
        """The hits of the rowids `best`, in that order, with their snippets. A word's list
        is entered at each rowid (one lookup each); a prefix's list is merged from all its
        words at each entry, so then the list is walked once, between the first and the last
        rowid wanted."""
        if not best:
            return []
        columns = f"""
            SELECT s.rowid, s.family_id, coalesce(f.code, ''), s.day, s.kind, s.ref_id,
                   snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 16)
            FROM search_index s LEFT JOIN families f ON f.id = s.family_id
            WHERE search_index MATCH ?"""
        if "*" in match:
            marks = ", ".join("?" * len(best))
            rows = self._conn.execute(
                f"{columns} AND s.rowid BETWEEN ? AND ? AND +s.rowid IN ({marks})",
                (match, min(best), max(best), *best),
            ).fetchall()
        else:
            rows = [
                row
                for rowid in best
                for row in self._conn.execute(f"{columns} AND s.rowid = ?", (match, rowid))
            ]
        found = {row[0]: row[1:] for row in rows}
        return [_hit(found[rowid]) for rowid in best if rowid in found]

    def _window(self, estimate: int, params: dict[str, object]) -> tuple[str, int]:
        """The condition that keeps the newest share of every kind's ids (about WINDOW
        matches in all), and the number of matches it is meant to keep."""
        share = self.WINDOW / estimate
        floors: list[int] = []
        for number, table in KIND_TABLES.items():
            # Two subqueries: each is one step down the primary key (min and max together
            # in one SELECT would read the whole table).
            low, high = self._conn.execute(
                f"SELECT (SELECT min(id) FROM {table}), (SELECT max(id) FROM {table})"
            ).fetchone()
            floor_id = 0 if low is None else high - int((high - low + 1) * share)
            floors.append(floor_id * 8 + number)
            params[f"floor{number}"] = floors[-1]
        params["lowest"] = min(floors)
        cases = " ".join(f"WHEN {n} THEN :floor{n}" for n in KIND_TABLES)
        # `rowid >= :lowest` lets FTS5 start its lists there; the CASE keeps each kind's part.
        condition = f"AND rowid >= :lowest AND rowid >= CASE rowid % 8 {cases} ELSE 0 END"
        return condition, self.WINDOW

    def rebuild(self) -> None:
        """Drop lingering deleted entries and merge the index into one segment (after an
        erasure, and after a bulk load: a demo, an import, a restore)."""
        self._conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")

    def integrity_problems(self) -> list[str]:
        try:
            self._conn.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"
            )
        except Exception as exc:
            return [f"search index: {exc}"]
        return []
