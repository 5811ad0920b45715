"""The Families list: every sort and filter is served by an index (no query reads every family),
and the sorts that keep empty values last do so in both directions, page after page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlcipher3

from ripartire_desktop.domain import (
    Channel,
    FamilyStatus,
    Identity,
    NeedArea,
    NeedScore,
    Person,
)
from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.erasure import erase_family
from ripartire_desktop.store.records.family_list import (
    SORT_COLUMNS,
    FamilyQuery,
    page_statements,
)
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

NOW = datetime(2026, 11, 1, 12)


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


def _plan(conn: Connection, query: FamilyQuery) -> list[str]:
    lines = []
    for sql, params in page_statements(query, now=NOW):
        lines += [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    return lines


def _scans_of_families(lines: list[str]) -> list[str]:
    """Plan steps that read the families table row by row (not through an index)."""
    return [
        line
        for line in lines
        if line.startswith(("SCAN f", "SCAN families")) and " USING " not in line
    ]


SORTS = [FamilyQuery(sort=c, descending=d) for c in SORT_COLUMNS for d in (False, True)]
FILTERS = [
    FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH})),
    FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH, FamilyStatus.WAITING_LIST})),
    FamilyQuery(counsellor="Operatrice Demo"),
    FamilyQuery(channel=Channel.PHONE),
    FamilyQuery(need_area=NeedArea.WORK),
    FamilyQuery(text="a Vero", with_names=True),
    FamilyQuery(text="RIP-2026"),
    FamilyQuery(need_area=NeedArea.HOUSING, sort="name", descending=True),
    FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH}), sort="next_appointment"),
    FamilyQuery(counsellor="x", sort="last_interview", descending=True),
]


def test_no_sort_or_filter_reads_every_family(records: Records) -> None:
    generate_demo(records.conn, families=40, interviews_per_family=2, seed=3, today=NOW.date())
    for query in SORTS + FILTERS:
        lines = _plan(records.conn, query)
        assert _scans_of_families(lines) == [], (query, lines)
    for query in SORTS:  # a sort alone walks its index: nothing is sorted after reading
        lines = _plan(records.conn, query)
        assert not any("TEMP B-TREE" in line for line in lines), (query, lines)


def test_filters_with_the_default_order_read_their_index_in_that_order(
    records: Records,
) -> None:
    # (Several statuses at once are sorted after reading: only their families, never all.)
    for query in (FILTERS[0], FILTERS[2], FILTERS[3]):
        lines = _plan(records.conn, query)
        assert not any("TEMP B-TREE" in line for line in lines), (query, lines)


def _named(records: Records, given: str, family: str) -> int:
    fam = records.families.create(on=date(2026, 1, 5))
    assert fam.id is not None
    with records.transaction():
        records.identities.save(
            fam.id, Identity(people=(Person(given_name=given, family_name=family),))
        )
    return fam.id


def test_names_sort_by_family_then_given_name_and_the_unnamed_come_last(
    records: Records,
) -> None:
    bianchi = _named(records, "Zoe", "Bianchi")
    rossi_anna = _named(records, "Anna", "rossi")
    rossi_bruno = _named(records, "Bruno", "Rossi")
    nobody = records.families.create(on=date(2026, 1, 6)).id
    up = records.families.list(FamilyQuery(sort="name"), now=NOW).rows
    assert [r.id for r in up] == [bianchi, rossi_anna, rossi_bruno, nobody]
    down = records.families.list(FamilyQuery(sort="name", descending=True), now=NOW).rows
    assert [r.id for r in down] == [rossi_bruno, rossi_anna, bianchi, nobody]
    # Renamed: the order follows at once (kept by the triggers of migration 0013).
    with records.transaction():
        records.identities.save(
            bianchi, Identity(people=(Person(given_name="Zoe", family_name="Verdi"),))
        )
    up = records.families.list(FamilyQuery(sort="name"), now=NOW).rows
    assert [r.id for r in up] == [rossi_anna, rossi_bruno, bianchi, nobody]


def test_upcoming_appointments_first_in_both_directions_across_pages(
    records: Records,
) -> None:
    ids = {}
    for tag, when in (("past", "2026-10-01T09:00:00"), ("soon", "2026-11-02T09:00:00")):
        fam = records.families.create(on=date(2026, 1, 5))
        assert fam.id is not None
        records.conn.execute(
            "UPDATE families SET last_agreed_appointment = ? WHERE id = ?", (when, fam.id)
        )
        ids[tag] = fam.id
    later = records.families.create(on=date(2026, 1, 5)).id
    records.conn.execute(
        "UPDATE families SET last_agreed_appointment = '2026-12-01T09:00:00' WHERE id = ?",
        (later,),
    )
    none = records.families.create(on=date(2026, 1, 5)).id
    query = FamilyQuery(sort="next_appointment")
    page = records.families.list(query, now=NOW)
    assert [r.id for r in page.rows[:2]] == [ids["soon"], later]
    assert {r.id for r in page.rows[2:]} == {ids["past"], none}
    assert page.rows[2].next_appointment is None  # a past appointment shows as none
    down = records.families.list(replace(query, descending=True), now=NOW).rows
    assert [r.id for r in down[:2]] == [later, ids["soon"]]
    # One family a page: the boundary between the two parts falls inside the pages.
    paged = [
        records.families.list(replace(query, offset=i, limit=1), now=NOW).rows[0].id
        for i in range(4)
    ]
    assert paged == [r.id for r in page.rows]
    assert records.families.list(replace(query, offset=4), now=NOW).rows == []


def test_names_search_with_a_space_finds_the_joined_name(records: Records) -> None:
    vero = _named(records, "Maria", "Veronesi")
    _named(records, "Marco", "Verdi")
    found = records.families.list(FamilyQuery(text="a Vero", with_names=True), now=NOW)
    assert [r.id for r in found.rows] == [vero] and found.total == 1
    assert records.families.list(FamilyQuery(text="ronesi", with_names=True)).total == 1
    assert records.families.list(FamilyQuery(text="a Vero")).total == 0  # names hidden


def test_the_need_area_filter_finds_the_families_with_that_need(records: Records) -> None:
    with_need = populated_family(records, "N")  # work at baseline 3
    records.families.create(on=date(2026, 1, 5))
    found = records.families.list(FamilyQuery(need_area=NeedArea.WORK), now=NOW)
    assert [r.id for r in found.rows] == [with_need.id] and found.total == 1
    assert records.families.list(FamilyQuery(need_area=NeedArea.HEALTH)).total == 0


def test_the_demo_writer_fills_the_name_column(records: Records) -> None:
    generate_demo(records.conn, families=12, interviews_per_family=1, seed=5, today=NOW.date())
    wrong = records.conn.execute(
        "SELECT count(*) FROM families f LEFT JOIN identity_people p "
        "ON p.family_id = f.id AND p.position = 0 "
        "WHERE f.name_sort IS NOT (p.family_name || char(9) || p.given_name)"
    ).fetchone()[0]
    assert wrong == 0
    named = records.conn.execute(
        "SELECT count(*) FROM families WHERE name_sort IS NOT NULL"
    ).fetchone()[0]
    assert named > 0


def test_the_need_filter_follows_every_change_of_the_assessment(records: Records) -> None:
    family = populated_family(records, "M")  # work 3, energy bills 2 at baseline
    fid = family.id or 0
    work = FamilyQuery(need_area=NeedArea.WORK)
    bills = FamilyQuery(need_area=NeedArea.ENERGY_BILLS)
    assessment = records.assessments.for_family(fid)
    assert assessment is not None
    with records.transaction():  # work solved at baseline, energy bills dropped, housing added
        records.assessments.save(
            replace(
                assessment,
                needs=(
                    replace(assessment.needs[0], baseline=0),
                    NeedScore(area=NeedArea.HOUSING, baseline=1),
                ),
            )
        )
    assert records.families.list(work, now=NOW).total == 0
    assert records.families.list(bills, now=NOW).total == 0
    housing = records.families.list(FamilyQuery(need_area=NeedArea.HOUSING), now=NOW)
    assert [r.id for r in housing.rows] == [fid]
    erase_family(records.conn, family.code)
    left = records.conn.execute("SELECT count(*) FROM family_needs").fetchone()[0]
    assert left == 0


def test_migration_0013_keeps_the_index_and_fills_the_new_columns() -> None:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(conn, upto=12)  # the schema just before 0013
        records = Records(conn)
        family = populated_family(records, "Q")
        assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] > 5
        migrations.migrate(conn)
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
        assert "prefix" not in sql.fetchone()[0]
        kinds = {hit.kind for hit in records.search.search("Q")}
        assert {"interview", "assessment", "action", "first_contact"} <= kinds
        assert records.search.integrity_problems() == []
        name = conn.execute("SELECT name_sort FROM families WHERE id = ?", (family.id,))
        assert name.fetchone()[0] == "CognomeQ\tNomeQ"
        needs = conn.execute("SELECT area FROM family_needs WHERE family_id = ?", (family.id,))
        assert {area for (area,) in needs} == {"work", "energy_bills"}
    finally:
        conn.close()
