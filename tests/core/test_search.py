"""Full-text search as a counsellor types it: accents optional, prefixes, codes, any input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.domain import Interview, InterviewMode
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.search import MARK_END, MARK_START, build_match
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


def _note(records: Records, family_id: int, text: str, day: int = 3) -> Interview:
    return records.interviews.add(
        Interview(
            family_id=family_id,
            starts_at=datetime(2026, 3, day, 10),
            duration_minutes=30,
            mode=InterviewMode.PHONE,
            notes=text,
        )
    )


def test_accents_are_optional_and_prefixes_match(records: Records) -> None:
    family = populated_family(records, "A")
    assert family.id is not None
    _note(records, family.id, "Non sa perché l'affitto è aumentato; più bollette arretrate.")
    for query in ("perche", "perché", "PERCHE", "affit", "bollett", "piu"):
        hits = records.search.search(query)
        assert any(h.kind == "interview" and "affitto" in h.snippet for h in hits), query


def test_result_carries_code_date_kind_and_highlighted_snippet(records: Records) -> None:
    family = populated_family(records, "B")
    assert family.id is not None
    _note(records, family.id, "Colloquio sul tirocinio in falegnameria.", day=9)
    (hit,) = records.search.search("falegnameria")
    assert hit.family_code == family.code
    assert hit.day == date(2026, 3, 9)
    assert hit.kind == "interview"
    assert f"{MARK_START}falegnameria{MARK_END}" in hit.snippet


def test_every_kind_of_text_is_searchable(records: Records) -> None:
    family = populated_family(records, "C")
    kinds = {h.kind for h in records.search.search("C")}
    assert {"interview", "assessment", "assessment_note", "action", "first_contact"} <= kinds
    (code_hit,) = [h for h in records.search.search(family.code) if h.kind == "family"]
    assert code_hit.family_code == family.code


def test_index_follows_edits_and_deletions(records: Records) -> None:
    family = populated_family(records, "D")
    assert family.id is not None
    note = _note(records, family.id, "parla di sfratto imminente")
    assert records.search.search("sfratto")
    records.interviews.update(replace(note, notes="trovata una nuova casa"))
    assert records.search.search("sfratto") == []
    assert len(records.search.search("nuova casa")) == 1
    records.interviews.delete(note.id or 0)
    assert records.search.search("nuova casa") == []
    assert records.search.integrity_problems() == []


def test_best_matches_come_first(records: Records) -> None:
    family = populated_family(records, "E")
    assert family.id is not None
    _note(records, family.id, "lavoro " * 8, day=4)
    _note(records, family.id, "un accenno al lavoro tra molte altre parole " * 6, day=5)
    hits = [h for h in records.search.search("lavoro") if h.kind == "interview"]
    assert hits[0].day == date(2026, 3, 4)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "(((",
        ")",
        "AND",
        "OR NOT",
        "NEAR(a b",
        "*",
        "-",
        "^",
        "col:x",
        "",
        "   ",
    ],
)
def test_syntax_characters_are_never_an_error(records: Records, query: str) -> None:
    populated_family(records, "F")
    records.search.search(query)  # answered (possibly empty), never an FTS syntax error


def test_queries_are_built_from_words_only() -> None:
    assert build_match('perché "tirocinio retribuito" RIP-2026-007') == (
        '"tirocinio retribuito" AND "perché" * AND "RIP 2026 007" *'
    )
    assert build_match("((( ))) ***") is None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=80))
def test_any_query_is_answered(records: Records, query: str) -> None:
    assert isinstance(records.search.search(query), list)
