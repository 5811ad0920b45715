"""The Families list: filters, one sort column and one page, chosen and sorted in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, get_args

from ripartire_desktop.domain import Channel, FamilyStatus, NeedArea
from ripartire_desktop.store.columns import FAMILIES
from ripartire_desktop.store.connection import Connection, scalar
from ripartire_desktop.store.records import _convert as cv

SortColumn = Literal[
    "code",
    "status",
    "counsellor",
    "minors",
    "last_interview",
    "next_appointment",
    "open_actions",
    "updated_on",
    "name",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyQuery:
    """What the Families view asks for: filters, one sort column, one page."""

    statuses: frozenset[FamilyStatus] = frozenset()
    counsellor: str | None = None
    channel: Channel | None = None
    need_area: NeedArea | None = None  # families with that need at baseline (severity >= 1)
    text: str = ""  # code fragment, or (with names) a fragment of a member's name
    sort: SortColumn = "code"
    descending: bool = False
    offset: int = 0
    limit: int = 200
    with_names: bool = False


@dataclass(frozen=True, slots=True)
class FamilyRow:
    id: int
    code: str
    status: FamilyStatus
    counsellor: str
    minors: int
    last_interview: datetime | None
    next_appointment: datetime | None
    open_actions: int
    updated_on: date
    name: str  # empty unless names were asked for


@dataclass(frozen=True, slots=True)
class FamilyPage:
    rows: list[FamilyRow]
    total: int


# The list's columns, named as the fields of FamilyRow (a test checks both), from the family row.
LIST_COLUMNS = {
    "id": "f.id",
    "code": "f.code",
    "status": "f.status",
    "counsellor": "f.counsellor",
    "minors": "f.minors",
    "last_interview": "f.last_interview_at",
    "next_appointment": (
        "CASE WHEN f.last_agreed_appointment >= :now THEN f.last_agreed_appointment END"
    ),
    "open_actions": "f.open_actions",
    "updated_on": "f.updated_on",
}
# The first identity row gives the name (shown only with_names).
_NAME = "trim(coalesce(p0.given_name, '') || ' ' || coalesce(p0.family_name, ''))"
_CODE_ORDER = ("substr(f.code, 5, 4)", "length(f.code)", "f.code")  # 999 before 1000

# Sort keys are fixed SQL expressions, never user text. Each is a plain column of the family
# row (the computed ones are kept by triggers) with the row id as tie-breaker, so an index
# serves both directions: sorting 50,000 families costs what one page costs.
_SORT_OTHERWISE: dict[str, tuple[str, ...]] = {
    "code": _CODE_ORDER,
    "counsellor": ("f.counsellor COLLATE NOCASE", "f.id"),
    "next_appointment": ("f.last_agreed_appointment", "f.id"),
    "name": ("f.name_sort COLLATE NOCASE", "f.id"),
}
_SORT_SQL = {
    key: _SORT_OTHERWISE.get(key) or (LIST_COLUMNS[key], "f.id") for key in get_args(SortColumn)
}
# Sorts whose empty values stay at the bottom in both directions: the families that have a
# value come first, in the order asked; the others follow, in an order an index gives (code;
# for names, the order they were added). Each part is its own indexed query: a condition on
# `now` inside ORDER BY would sort every family.
_HAS_VALUE = {
    "next_appointment": (
        "f.last_agreed_appointment >= :now",
        "(f.last_agreed_appointment IS NULL OR f.last_agreed_appointment < :now)",
        ", ".join(_CODE_ORDER),
    ),
    "name": ("f.name_sort IS NOT NULL", "f.name_sort IS NULL", "f.id"),
}


def sort_sql(column: str, descending: bool) -> str:
    """The ORDER BY of the list for `column` (of the families that have a value, for the
    sorts of `_HAS_VALUE`)."""
    parts = _SORT_SQL[column]
    if descending:
        parts = tuple(f"{p} DESC" for p in parts)
    return ", ".join(parts)


SORT_COLUMNS = tuple(_SORT_SQL)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filters(query: FamilyQuery, when: str) -> tuple[list[str], dict[str, object]]:
    """The WHERE conditions of `query` and their parameters, each served by an index."""
    where: list[str] = []
    params: dict[str, object] = {"now": when}
    if query.statuses:
        names = []
        for i, status in enumerate(sorted(s.value for s in query.statuses)):
            params[f"status{i}"] = status
            names.append(f":status{i}")
        where.append(f"f.status IN ({', '.join(names)})")
    if query.counsellor is not None:
        where.append("f.counsellor = :counsellor")
        params["counsellor"] = query.counsellor
    if query.channel is not None:
        where.append("f.first_contact_channel = :channel")
        params["channel"] = query.channel.value
    # Conditions that are lists of families (built once from their own index) are written
    # `+f.id IN (...)`: the list is only looked up, while the page walks the sort's index
    # and stops at the page's end (a lookup of every listed family by id, then a sort of
    # them all, would grow with the list).
    if query.need_area is not None:
        where.append("+f.id IN (SELECT family_id FROM family_needs WHERE area = :area)")
        params["area"] = query.need_area.value
    text = query.text.strip()
    if text:
        params["pattern"] = f"%{_escape_like(text)}%"
        if query.with_names:
            # The joined name is indexed (migration 0013): a fragment of the given name, of
            # the family name or of both ("a Vero") is found by reading that index alone.
            where.append(
                "+f.id IN (SELECT id FROM families WHERE code LIKE :pattern ESCAPE '\\' "
                "UNION ALL SELECT p.family_id FROM identity_people p "
                "WHERE p.given_name || ' ' || p.family_name LIKE :pattern ESCAPE '\\')"
            )
        else:
            where.append("f.code LIKE :pattern ESCAPE '\\'")
    return where, params


def page_statements(
    query: FamilyQuery, *, now: datetime | None = None
) -> list[tuple[str, dict[str, object]]]:
    """The statements `family_page` runs, in order (the count first, then the page's parts):
    exposed for the benchmark's baselines and the query-plan test."""
    where, params = _filters(query, cv.moment(now or datetime.now()) or "")
    name_join = (
        "LEFT JOIN identity_people p0 ON p0.family_id = f.id AND p0.position = 0"
        if query.with_names
        else ""
    )

    def page(conditions: list[str], order: str) -> str:
        where_sql = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        return FAMILIES.select(
            f"{name_join} {where_sql} ORDER BY {order} LIMIT :limit OFFSET :offset",
            columns=(),
            alias="f",
            extra={**LIST_COLUMNS, "name": _NAME if query.with_names else "''"},
        )

    def count(conditions: list[str]) -> str:
        where_sql = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        return f"SELECT count(*) FROM families f {where_sql}"

    statements = [(count(where), params)]
    order = sort_sql(query.sort, query.descending)
    split = _HAS_VALUE.get(query.sort)
    if split is None:
        statements.append(
            (page(where, order), {**params, "limit": query.limit, "offset": query.offset})
        )
        return statements
    with_value, without, rest_order = split
    statements.append((count([*where, with_value]), params))
    paged = {**params, "limit": query.limit, "offset": query.offset}
    statements.append((page([*where, with_value], order), paged))
    statements.append((page([*where, without], rest_order), {**paged, "offset": 0}))
    return statements


_COUNT, _WITH_COUNT, _WITH, _WITHOUT = range(4)


def family_page(conn: Connection, query: FamilyQuery, *, now: datetime | None = None) -> FamilyPage:
    """One page of families, filtered and sorted in SQL, each step served by an index: the
    page and the count (not needed when the first page holds every family found; for the
    sorts that keep empty values last: the families with a value, then, if the page goes
    past them, the others)."""
    statements = page_statements(query, now=now)
    if len(statements) == 2:
        rows = conn.execute(*statements[1]).fetchall()
        if query.offset == 0 and len(rows) < query.limit:
            return FamilyPage(rows=_rows(rows), total=len(rows))  # the page holds them all
        return FamilyPage(rows=_rows(rows), total=int(scalar(conn, *statements[_COUNT])))
    total = int(scalar(conn, *statements[_COUNT]))
    with_value = int(scalar(conn, *statements[_WITH_COUNT]))
    found: list[Any] = []
    if query.offset < with_value:
        sql, params = statements[_WITH]
        found += conn.execute(sql, {**params, "limit": query.limit, "offset": query.offset})
    room = query.limit - len(found)
    if room > 0:
        sql, params = statements[_WITHOUT]
        offset = max(0, query.offset - with_value)
        found += conn.execute(sql, {**params, "limit": room, "offset": offset})
    return FamilyPage(rows=_rows(found), total=total)


def _rows(rows: Sequence[Any]) -> list[FamilyRow]:
    # A page is read often and whole: its tuples are unpacked in the order of LIST_COLUMNS
    # (the same names), which costs less than a mapping per row.
    return [
        FamilyRow(
            id=id_,
            code=code,
            status=FamilyStatus(status),
            counsellor=counsellor,
            minors=minors,
            last_interview=cv.to_moment(last_interview),
            next_appointment=cv.to_moment(next_appointment),
            open_actions=open_actions,
            updated_on=cv.to_day_req(updated_on),
            name=name,
        )
        for (
            id_,
            code,
            status,
            counsellor,
            minors,
            last_interview,
            next_appointment,
            open_actions,
            updated_on,
            name,
        ) in rows
    ]
