"""Search ranks every match, best first, across every kind of record; a very common word is
ranked over the newest share of each kind, and the results say so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ripartire_desktop.domain import ActionType, Interview, InterviewMode, PlanAction
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.search import SearchIndex
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

FILLER = "la famiglia racconta la settimana, i figli a scuola, le spese della casa e altro"


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


def _family_id(records: Records, tag: str) -> int:
    family = populated_family(records, tag)
    assert family.id is not None
    return family.id


def _interviews(records: Records, family_id: int, text: str, count: int) -> None:
    with records.transaction():
        for i in range(count):
            records.interviews.add(
                Interview(
                    family_id=family_id,
                    starts_at=datetime(2026, 5, 1 + i % 28, 9),
                    duration_minutes=30,
                    mode=InterviewMode.DESK,
                    notes=f"{text} {FILLER} ({i})",
                )
            )


def _action(records: Records, family_id: int, description: str) -> PlanAction:
    with records.transaction():
        return records.actions.add(
            PlanAction(family_id=family_id, action_type=ActionType.CV, description=description)
        )


def test_a_plan_action_that_is_the_better_match_outranks_newer_interviews(
    records: Records,
) -> None:
    fid = _family_id(records, "A")
    action = _action(records, fid, "aggiornare il curriculum vitae")
    # Written after the action, so each of them is newer than it in the index.
    _interviews(records, fid, "abbiamo parlato anche del curriculum", 60)
    results = records.search.ranked("curriculum")
    assert not results.windowed
    assert results.ranked == results.matches >= 61
    assert (results.hits[0].kind, results.hits[0].ref_id) == ("action", action.id)


def test_the_best_match_of_any_kind_comes_first(records: Records) -> None:
    fid = _family_id(records, "B")
    _interviews(records, fid, "si parla di sfratto", 30)
    note = records.interviews.add(
        Interview(
            family_id=fid,
            starts_at=datetime(2026, 6, 1, 9),
            duration_minutes=30,
            mode=InterviewMode.PHONE,
            notes="sfratto sfratto: lo sfratto è esecutivo",
        )
    )
    hits = records.search.search("sfratto")
    assert (hits[0].kind, hits[0].ref_id) == ("interview", note.id)
    assert len(hits) == 31


def test_a_common_word_is_ranked_over_the_newest_share_of_every_kind(records: Records) -> None:
    fid = _family_id(records, "C")
    for i in range(40):
        _action(records, fid, f"orientamento al lavoro, passo {i}")
    _interviews(records, fid, "lavoro", 120)
    index = SearchIndex(records.conn)
    index.FULL_RANK_LIMIT = 50
    index.WINDOW = 40
    results = index.ranked("lavoro")
    assert results.windowed
    assert results.ranked == 40
    assert results.matches >= 160  # the vocabulary's count, not the window's
    kinds = {hit.kind for hit in results.hits}
    assert {"interview", "action"} <= kinds  # not only the kind with the highest ids
    newest_action = max(hit.ref_id for hit in results.hits if hit.kind == "action")
    assert newest_action == max(a.id or 0 for a in records.actions.for_family(fid))


def test_a_word_under_the_limit_is_ranked_over_every_match(records: Records) -> None:
    fid = _family_id(records, "D")
    _interviews(records, fid, "tirocinio", 30)
    index = SearchIndex(records.conn)
    index.FULL_RANK_LIMIT = 30
    results = index.ranked("tirocinio")
    assert not results.windowed
    assert results.matches == results.ranked == 30
    assert len(results.hits) == 30


def test_common_words_that_rarely_meet_are_ranked_in_full(records: Records) -> None:
    fid = _family_id(records, "E")
    _interviews(records, fid, "lavoro", 40)
    _interviews(records, fid, "bollette", 40)
    _interviews(records, fid, "lavoro e bollette", 3)
    index = SearchIndex(records.conn)
    index.FULL_RANK_LIMIT = 20
    results = index.ranked("lavoro bollette")
    assert not results.windowed
    assert results.matches == 3
    assert len(results.hits) == 3


def test_snippets_come_with_the_best_hits_only_and_match_them(records: Records) -> None:
    fid = _family_id(records, "F")
    _interviews(records, fid, "falegnameria", 70)
    hits = records.search.search("falegnameria", limit=5)
    assert len(hits) == 5
    assert all("\x02falegnameria\x03" in hit.snippet for hit in hits)


def test_a_phrase_and_a_prefix_are_estimated_and_found(records: Records) -> None:
    fid = _family_id(records, "G")
    _interviews(records, fid, "tirocinio retribuito", 4)
    results = records.search.ranked('"tirocinio retribuito" retrib')
    assert results.matches == 4 and len(results.hits) == 4
    assert records.search.ranked("zzzzzz").hits == []


def test_optimize_after_a_bulk_load_keeps_every_match(records: Records) -> None:
    fid = _family_id(records, "H")
    _interviews(records, fid, "microcredito", 25)
    records.search.rebuild()
    assert len(records.search.search("microcredito")) == 25
    assert records.search.integrity_problems() == []
