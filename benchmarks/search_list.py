"""The Families list and the search, each beside two baselines from the same run: the same
call on a plain (unencrypted) SQLite copy of the vault, and the list's statements as bare SQL
on the app's own SQLCipher connection (tuples, no objects). Search quality is the overlap of
the app's top 50 with the full bm25 ranking of every match.

The plain copy is made with `sqlcipher_export` into a private temporary folder (the demo's
fictional data only) and removed after the run.
"""

from __future__ import annotations

import contextlib
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3

from benchmarks.harness import samples_ms
from ripartire_desktop.domain import Channel, FamilyStatus, NeedArea
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.family_list import (
    SORT_COLUMNS,
    FamilyQuery,
    family_page,
    page_statements,
)
from ripartire_desktop.store.records.search import SearchIndex

LIST_QUERIES: tuple[tuple[str, FamilyQuery], ...] = (
    *(
        (f"sort {c}{' desc' if d else ''}", FamilyQuery(sort=c, descending=d))
        for c in SORT_COLUMNS
        for d in (False, True)
    ),
    ("filter status", FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH}))),
    (
        "filter two statuses",
        FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH, FamilyStatus.CLOSED})),
    ),
    ("filter channel", FamilyQuery(channel=Channel.REFERRAL)),
    ("filter need area", FamilyQuery(need_area=NeedArea.HOUSING)),
    ("names search with a space", FamilyQuery(text="a Ve", with_names=True)),
    ("code fragment", FamilyQuery(text="2025-01")),
    (
        "need area, by next appointment",
        FamilyQuery(need_area=NeedArea.WORK, sort="next_appointment"),
    ),
)
# Words of the demo's notes, from rare to very common; which are "up to 10k notes" depends
# on the vault's size and is read from its vocabulary.
WORDS = ("luglio", "falegnameria", "tirocinio", "curriculum", "bollette", "lavoro", "famiglia")
TARGET_MATCHES = 10_000


@contextlib.contextmanager
def plain_copy(conn: Connection, folder: Path) -> Iterator[Connection]:
    """An unencrypted copy of the vault's database, opened by the same SQLite library."""
    target = folder / "plain.sqlite"
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    try:
        conn.execute("SELECT sqlcipher_export('plain')")
    finally:
        conn.execute("DETACH DATABASE plain")
    plain = sqlcipher3.connect(str(target), isolation_level=None)
    plain.execute("PRAGMA temp_store = MEMORY")
    try:
        yield plain
    finally:
        plain.close()
        target.unlink(missing_ok=True)


@dataclass
class ListFigures:
    worst_ms: float = 0.0
    worst_what: str = ""
    worst_ratio_plain: float = 0.0  # ours / the same call on the plain copy
    worst_ratio_what: str = ""
    worst_ratio_sql: float = 0.0  # ours / the same statements as bare SQL on our connection
    per_query: dict[str, float] = field(default_factory=dict)


def _bare(conn: Connection, query: FamilyQuery, now: datetime) -> None:
    for sql, params in page_statements(query, now=now):
        conn.execute(sql, params).fetchall()


def measure_list(conn: Connection, plain: Connection) -> ListFigures:
    records = Records(conn)
    now = datetime.now()
    found = ListFigures()
    for what, query in LIST_QUERIES:
        ours = min(samples_ms(lambda q=query: records.families.list(q, now=now), 7))
        bare = min(samples_ms(lambda q=query: _bare(conn, q, now), 7))
        flat = min(samples_ms(lambda q=query: family_page(plain, q, now=now), 7))
        found.per_query[what] = ours
        ratio = ours / max(flat, 0.05)
        if ours > found.worst_ms:
            found.worst_ms, found.worst_what = ours, what
        if ratio > found.worst_ratio_plain:
            found.worst_ratio_plain, found.worst_ratio_what = ratio, what
        found.worst_ratio_sql = max(found.worst_ratio_sql, ours / max(bare, 0.05))
    return found


def _rowid(hit_kind: str, ref_id: int) -> int:
    numbers = {
        "family": 1,
        "interview": 2,
        "assessment": 3,
        "assessment_note": 4,
        "action": 5,
        "first_contact": 6,
    }
    return ref_id * 8 + numbers[hit_kind]


def full_ranking(conn: Connection, match: str, limit: int = 50) -> tuple[list[int], float]:
    """The reference: every match ranked by bm25 with snippets of the best `limit`, in one
    plain statement (FTS5 as documented); (rowids best first, milliseconds)."""
    sql = (
        "SELECT rowid, snippet(search_index, 0, '[', ']', '…', 16) FROM search_index "
        "WHERE search_index MATCH ? ORDER BY bm25(search_index), rowid DESC LIMIT ?"
    )
    rows: list[tuple[int, str]] = []

    def rank() -> None:
        rows[:] = conn.execute(sql, (match, limit)).fetchall()

    ms = min(samples_ms(rank, 3))
    return [r for r, _ in rows], ms


@dataclass
class SearchFigures:
    target_worst_ms: float = 0.0  # words matching up to TARGET_MATCHES notes
    target_worst_word: str = ""
    target_plain_ms: float = 0.0  # the same words, full bm25 on the plain copy (worst)
    target_overlap: float = 50.0  # worst overlap with the full ranking, of 50
    common_ms: float = 0.0  # very common words (ranked over the newest window)
    common_plain_ms: float = 0.0  # full bm25 of them on the plain copy
    common_overlap: float = 0.0  # median overlap, of 50
    per_word: dict[str, tuple[int, float, int, bool]] = field(default_factory=dict)


def words_near(conn: Connection, counts: tuple[int, ...] = (1_000, 3_000, 9_000)) -> list[str]:
    """Words of the vault's notes found in about each of `counts` records (the vocabulary
    read once, whole): the search target holds for words in up to 10,000 notes."""
    vocabulary = [
        (term, doc)
        for term, doc in conn.execute("SELECT term, doc FROM search_vocab")
        if len(term) >= 5 and term.isalpha()
    ]
    return [min(vocabulary, key=lambda item, c=c: abs(item[1] - c))[0] for c in counts]


def measure_search(conn: Connection, plain: Connection) -> SearchFigures:
    index = SearchIndex(conn)
    found = SearchFigures()
    common_ms, common_plain, common_overlap = [], [], []
    for word in dict.fromkeys([*WORDS, *words_near(conn)]):
        results = index.ranked(word)
        ours = min(samples_ms(lambda w=word: index.ranked(w), 5))
        match = index.match_expression(word)
        if match is None:
            continue
        reference, _ = full_ranking(conn, match)
        _, flat_ms = full_ranking(plain, match)
        mine = [_rowid(h.kind, h.ref_id) for h in results.hits]
        overlap = len(set(mine) & set(reference))
        found.per_word[word] = (results.matches, ours, overlap, results.windowed)
        if results.matches <= TARGET_MATCHES:
            if ours > found.target_worst_ms:
                found.target_worst_ms, found.target_worst_word = ours, word
            found.target_plain_ms = max(found.target_plain_ms, flat_ms)
            found.target_overlap = min(found.target_overlap, overlap)
        else:
            common_ms.append(ours)
            common_plain.append(flat_ms)
            common_overlap.append(overlap)
    if common_ms:
        found.common_ms = max(common_ms)
        found.common_plain_ms = max(common_plain)
        found.common_overlap = statistics.median(common_overlap)
    return found
