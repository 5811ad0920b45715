"""The Families list: filters, one sort column and one page, chosen and sorted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, get_args

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
# The first identity row gives the name (shown only with_names; also a sort key).
_NAME = "trim(coalesce(p0.given_name, '') || ' ' || coalesce(p0.family_name, ''))"

# Sort keys are fixed SQL expressions, never user text. Most are the list's plain column of the
# family row (the computed ones are kept by triggers) with the row id as tie-breaker, so an
# index serves both directions: sorting 10,000 families costs what one page costs.
_SORT_OTHERWISE: dict[str, tuple[str, ...]] = {
    "code": ("substr(f.code, 5, 4)", "length(f.code)", "f.code"),  # 999 before 1000
    "counsellor": ("f.counsellor COLLATE NOCASE", "f.id"),
    # Past appointments count as none, so the soonest upcoming comes first.
    "next_appointment": (
        "(f.last_agreed_appointment IS NULL OR f.last_agreed_appointment < :now)",
        "f.last_agreed_appointment",
        "f.id",
    ),
    "name": (
        "p0.family_name IS NULL",
        "p0.family_name COLLATE NOCASE",
        "p0.given_name COLLATE NOCASE",
        "f.id",
    ),
}
_SORT_SQL = {
    key: _SORT_OTHERWISE.get(key) or (LIST_COLUMNS[key], "f.id") for key in get_args(SortColumn)
}
# The parts that keep empty values at the bottom in both directions are not flipped.
_NULLS_LAST = ("IS NULL", "< :now)")


def sort_sql(column: str, descending: bool) -> str:
    """The ORDER BY of the list for `column` (exposed for the benchmark's raw baseline)."""
    parts = _SORT_SQL[column]
    if descending:
        parts = tuple(p if p.endswith(_NULLS_LAST) else f"{p} DESC" for p in parts)
    return ", ".join(parts)


SORT_COLUMNS = tuple(_SORT_SQL)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def family_page(conn: Connection, query: FamilyQuery, *, now: datetime | None = None) -> FamilyPage:
    """One page of families, filtered and sorted in SQL.

    Two steps: the ids of the page are chosen by sorting plain columns (indexed), then
    only those rows are read in full, so a page costs the same on 25 or 10,000 families.
    """
    when = cv.moment(now or datetime.now())
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
    if query.need_area is not None:
        where.append(
            "EXISTS (SELECT 1 FROM assessments a JOIN need_scores n ON n.assessment_id = a.id"
            " WHERE a.family_id = f.id AND n.area = :area AND n.baseline >= 1)"
        )
        params["area"] = query.need_area.value
    text = query.text.strip()
    if text:
        params["pattern"] = f"%{_escape_like(text)}%"
        if query.with_names:
            # One pass over the names, not one subquery per family; the joined full name
            # is built only when the text has a space (building strings costs allocations,
            # which the vault's memory wiping makes expensive).
            full = (
                " OR (p.given_name || ' ' || p.family_name) LIKE :pattern ESCAPE '\\'"
                if " " in text
                else ""
            )
            where.append(
                "(f.code LIKE :pattern ESCAPE '\\' OR f.id IN (SELECT p.family_id "
                "FROM identity_people p WHERE p.given_name LIKE :pattern ESCAPE '\\' "
                f"OR p.family_name LIKE :pattern ESCAPE '\\'{full}))"
            )
        else:
            where.append("f.code LIKE :pattern ESCAPE '\\'")
    where_sql = f"WHERE {' AND '.join(where)}" if where else ""
    total = int(scalar(conn, f"SELECT count(*) FROM families f {where_sql}", params))
    order = sort_sql(query.sort, query.descending)
    params.update(limit=query.limit, offset=query.offset)
    # The first identity row gives the name (shown only with_names; also a sort key).
    name_join = (
        "LEFT JOIN identity_people p0 ON p0.family_id = f.id AND p0.position = 0"
        if query.sort == "name" or query.with_names
        else ""
    )
    # Every column is a plain column of the family row (kept by triggers), so one
    # indexed query returns the page, at the same cost on 25 or 10,000 families.
    rows = conn.execute(
        FAMILIES.select(
            f"{name_join} {where_sql} ORDER BY {order} LIMIT :limit OFFSET :offset",
            columns=(),
            alias="f",
            extra={**LIST_COLUMNS, "name": _NAME if query.with_names else "''"},
        ),
        params,
    ).fetchall()
    # A page is read often and whole: its tuples are unpacked in the order of LIST_COLUMNS
    # (the same names), which costs less than a mapping per row.
    return FamilyPage(
        rows=[
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
        ],
        total=total,
    )
