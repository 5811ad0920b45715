"""Families (nuclei): pseudonymous codes, status changes, and the list counsellors work from."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Literal

from ripartire_desktop.domain import (
    Channel,
    Family,
    FamilyStatus,
    NeedArea,
    WaitingEntry,
    check_transition,
    format_family_code,
    next_from_waiting_list,
    parse_family_code,
    place_admitted,
    waiting_list_order,
)
from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.records import _convert as cv

_COLUMNS = (
    "id, code, status, counsellor, municipality, adults, minors, first_contact_channel, "
    "known_to_social_services, created_on, updated_on, opened_on, closed_on"
)

OPEN_ACTION_STATES = ("planned", "in_progress", "blocked")


class FamilyNotFoundError(VaultError):
    """No family has that code or id."""


def _family(row: Any) -> Family:
    return Family(
        id=row[0],
        code=row[1],
        status=FamilyStatus(row[2]),
        counsellor=row[3],
        municipality=row[4],
        adults=row[5],
        minors=row[6],
        first_contact_channel=None if row[7] is None else Channel(row[7]),
        known_to_social_services=cv.to_flag(row[8]),
        created_on=cv.to_day_req(row[9]),
        updated_on=cv.to_day_req(row[10]),
        opened_on=cv.to_day(row[11]),
        closed_on=cv.to_day(row[12]),
    )


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


# Sort keys are fixed SQL expressions, never user text. Each is a plain column of the family
# row (the computed ones are kept by triggers) with the row id as tie-breaker, so an index
# serves both directions: sorting 10,000 families costs what one page costs.
_CODE_ORDER = ("substr(f.code, 5, 4)", "length(f.code)", "f.code")  # 999 before 1000
_SORT_SQL: dict[str, tuple[str, ...]] = {
    "code": _CODE_ORDER,
    "status": ("f.status", "f.id"),
    "counsellor": ("f.counsellor COLLATE NOCASE", "f.id"),
    "minors": ("f.minors", "f.id"),
    "last_interview": ("f.last_interview_at", "f.id"),
    # Past appointments count as none, so the soonest upcoming comes first.
    "next_appointment": (
        "(f.last_agreed_appointment IS NULL OR f.last_agreed_appointment < :now)",
        "f.last_agreed_appointment",
        "f.id",
    ),
    "open_actions": ("f.open_actions", "f.id"),
    "updated_on": ("f.updated_on", "f.id"),
    "name": (
        "p0.family_name IS NULL",
        "p0.family_name COLLATE NOCASE",
        "p0.given_name COLLATE NOCASE",
        "f.id",
    ),
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


class FamilyRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- reading --------------------------------------------------------------------------

    def get(self, family_id: int) -> Family:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM families WHERE id = ?", (family_id,)
        ).fetchone()
        if row is None:
            raise FamilyNotFoundError(f"No family with id {family_id}.")
        return _family(row)

    def by_code(self, code: str) -> Family:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM families WHERE code = ?", (code.strip().upper(),)
        ).fetchone()
        if row is None:
            raise FamilyNotFoundError(f"No family with code {code.strip()!r} in this vault.")
        return _family(row)

    def count(self, status: FamilyStatus | None = None) -> int:
        if status is None:
            return int(self._conn.execute("SELECT count(*) FROM families").fetchone()[0])
        row = self._conn.execute("SELECT count(*) FROM families WHERE status = ?", (status,))
        return int(row.fetchone()[0])

    def counsellors(self) -> list[str]:
        """The counsellor names in use, for the list's filter."""
        return [
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT counsellor FROM families WHERE counsellor != '' "
                "ORDER BY counsellor COLLATE NOCASE"
            )
        ]

    def code_is_free(self, code: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM issued_codes WHERE code = ?", (code,))
        return row.fetchone() is None

    # --- writing --------------------------------------------------------------------------

    def _next_code(self, year: int) -> tuple[str, int]:
        row = self._conn.execute(
            "SELECT coalesce(max(seq), 0) + 1 FROM issued_codes WHERE year = ?", (year,)
        ).fetchone()
        seq = int(row[0])
        return format_family_code(year, seq), seq

    def _reserve(self, code: str | None, year: int) -> str:
        if code is not None and self.code_is_free(code):
            code_year, seq = parse_family_code(code)
        else:
            code, seq = self._next_code(year)
            code_year = year
        self._conn.execute(
            "INSERT INTO issued_codes (code, year, seq) VALUES (?, ?, ?)", (code, code_year, seq)
        )
        return code

    def add(self, family: Family, *, keep_code: bool = False) -> Family:
        """Store a new family under a fresh code (or its own code, if `keep_code` and free).

        The caller's transaction, if any, is joined; otherwise one is opened.
        """
        if self._conn.in_transaction:
            return self._add(family, keep_code)
        with transaction(self._conn):
            return self._add(family, keep_code)

    def _add(self, family: Family, keep_code: bool) -> Family:
        code = self._reserve(family.code if keep_code else None, family.created_on.year)
        stored = replace(family, code=code, id=None)
        cursor = self._conn.execute(
            "INSERT INTO families (code, status, counsellor, municipality, adults, minors, "
            "first_contact_channel, known_to_social_services, created_on, updated_on, "
            "opened_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._values(stored),
        )
        return replace(stored, id=cursor.lastrowid)

    def create(
        self,
        *,
        on: date,
        status: FamilyStatus = FamilyStatus.FIRST_CONTACT,
        counsellor: str = "",
        municipality: str = "",
        adults: int = 0,
        minors: int = 0,
        channel: Channel | None = None,
        known_to_social_services: bool | None = None,
    ) -> Family:
        """A new family with the next code of `on`'s year."""
        draft = Family(
            code=format_family_code(on.year, 1),  # replaced by the reserved code
            created_on=on,
            updated_on=on,
            status=status,
            counsellor=counsellor,
            municipality=municipality,
            adults=adults,
            minors=minors,
            first_contact_channel=channel,
            known_to_social_services=known_to_social_services,
            opened_on=on if status == FamilyStatus.ACTIVE_PATH else None,
        )
        return self.add(draft)

    @staticmethod
    def _values(f: Family) -> tuple[object, ...]:
        return (
            f.code,
            f.status.value,
            f.counsellor,
            f.municipality,
            f.adults,
            f.minors,
            None if f.first_contact_channel is None else f.first_contact_channel.value,
            cv.flag(f.known_to_social_services),
            cv.day(f.created_on),
            cv.day(f.updated_on),
            cv.day(f.opened_on),
            cv.day(f.closed_on),
        )

    def update(self, family: Family) -> Family:
        """Save edited fields; a status change must be an allowed transition."""
        if family.id is None:
            raise ValueError("update needs a stored family")
        stored = self.get(family.id)
        if stored.code != family.code:
            raise VaultError("A family's code never changes.")
        if stored.status != family.status:
            check_transition(stored.status, family.status)
        self._conn.execute(
            "UPDATE families SET code = ?, status = ?, counsellor = ?, municipality = ?, "
            "adults = ?, minors = ?, first_contact_channel = ?, known_to_social_services = ?, "
            "created_on = ?, updated_on = ?, opened_on = ?, closed_on = ? WHERE id = ?",
            (*self._values(family), family.id),
        )
        return family

    def transition(self, family_id: int, new: FamilyStatus, *, on: date) -> Family:
        """Move a family to `new` (TransitionError if not allowed), stamping the dates."""
        return self.update(self.get(family_id).transition_to(new, on=on))

    # --- capacity and the waiting list ----------------------------------------------------

    def waiting_list(self) -> list[WaitingEntry]:
        rows = self._conn.execute(
            "SELECT f.id, f.code, coalesce(a.decided_on, f.updated_on) FROM families f "
            "LEFT JOIN assessments a ON a.family_id = f.id WHERE f.status = 'waiting_list'"
        ).fetchall()
        entries = [
            WaitingEntry(family_id=r[0], code=r[1], admitted_on=cv.to_day_req(r[2])) for r in rows
        ]
        return waiting_list_order(entries)

    def admit(self, family_id: int, *, on: date, capacity: int) -> Family:
        """Admit an assessed family: a free path if there is one, else the waiting list."""
        target = place_admitted(self.count(FamilyStatus.ACTIVE_PATH), capacity)
        return self.transition(family_id, target, on=on)

    def promote_next(self, *, on: date, capacity: int) -> Family | None:
        """Give a free path to the first family waiting, if a path is free."""
        entry = next_from_waiting_list(
            self.waiting_list(),
            active_count=self.count(FamilyStatus.ACTIVE_PATH),
            capacity=capacity,
        )
        if entry is None or entry.family_id is None:
            return None
        return self.transition(entry.family_id, FamilyStatus.ACTIVE_PATH, on=on)

    # --- the list -------------------------------------------------------------------------

    def list(self, query: FamilyQuery, *, now: datetime | None = None) -> FamilyPage:
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
        total = int(
            self._conn.execute(f"SELECT count(*) FROM families f {where_sql}", params).fetchone()[0]
        )
        order = sort_sql(query.sort, query.descending)
        params.update(limit=query.limit, offset=query.offset)
        # The first identity row gives the name (shown only with_names; also a sort key).
        name_join = (
            "LEFT JOIN identity_people p0 ON p0.family_id = f.id AND p0.position = 0"
            if query.sort == "name" or query.with_names
            else ""
        )
        name_sql = (
            "trim(coalesce(p0.given_name, '') || ' ' || coalesce(p0.family_name, ''))"
            if query.with_names
            else "''"
        )
        # Every column is a plain column of the family row (kept by triggers), so one
        # indexed query returns the page, at the same cost on 25 or 10,000 families.
        rows = self._conn.execute(
            f"""
            SELECT f.id, f.code, f.status, f.counsellor, f.minors, f.last_interview_at,
                CASE WHEN f.last_agreed_appointment >= :now THEN f.last_agreed_appointment END,
                f.open_actions, f.updated_on, {name_sql}
            FROM families f {name_join}
            {where_sql} ORDER BY {order} LIMIT :limit OFFSET :offset
            """,
            params,
        ).fetchall()
        return FamilyPage(
            rows=[
                FamilyRow(
                    id=r[0],
                    code=r[1],
                    status=FamilyStatus(r[2]),
                    counsellor=r[3],
                    minors=r[4],
                    last_interview=cv.to_moment(r[5]),
                    next_appointment=cv.to_moment(r[6]),
                    open_actions=r[7],
                    updated_on=cv.to_day_req(r[8]),
                    name=r[9],
                )
                for r in rows
            ],
            total=total,
        )
