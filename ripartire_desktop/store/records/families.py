"""Families (nuclei): pseudonymous codes, status changes, capacity and the waiting list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ripartire_desktop.domain import (
    Channel,
    Family,
    FamilyStatus,
    WaitingEntry,
    check_transition,
    format_family_code,
    next_from_waiting_list,
    parse_code,
    place_admitted,
    waiting_list_order,
)
from ripartire_desktop.store.columns import FAMILIES, ISSUED_CODES
from ripartire_desktop.store.connection import scalar, transaction
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import Repository, Shape

# The list lives in family_list.py; its names are offered here too, beside the repository.
from ripartire_desktop.store.records.family_list import (
    SORT_COLUMNS,
    FamilyPage,
    FamilyQuery,
    FamilyRow,
    family_page,
    sort_sql,
)
from ripartire_desktop.store.records.team import has_marks, own_mark

__all__ = [
    "SORT_COLUMNS",
    "FamilyNotFoundError",
    "FamilyPage",
    "FamilyQuery",
    "FamilyRepository",
    "FamilyRow",
    "sort_sql",
]


class FamilyNotFoundError(VaultError):
    """No family has that code or id."""


_SHAPE = Shape(FAMILIES, Family)
# Not handed over to a colleague (store/records/handovers.py): the families this vault holds.
_HELD = "code NOT IN (SELECT family_code FROM handovers WHERE direction = 'sent')"


class FamilyRepository(Repository):
    # --- reading --------------------------------------------------------------------------

    def get(self, family_id: int) -> Family:
        found = self._one("WHERE id = ?", family_id)
        if found is None:
            raise FamilyNotFoundError(f"No family with id {family_id}.")
        return found

    def by_code(self, code: str) -> Family:
        found = self._one("WHERE code = ?", code.strip().upper())
        if found is None:
            raise FamilyNotFoundError(f"No family with code {code.strip()!r} in this vault.")
        return found

    def _one(self, where: str, value: object) -> Family | None:
        values = self._first(_SHAPE.select(where), (value,))
        return None if values is None else _SHAPE.entity(values)

    def count(self, status: FamilyStatus | None = None) -> int:
        """Families held here (one handed over to a colleague is theirs: it takes no place)."""
        if status is None:
            return int(scalar(self._conn, f"SELECT count(*) FROM families WHERE {_HELD}"))
        return int(
            scalar(
                self._conn,
                f"SELECT count(*) FROM families WHERE status = ? AND {_HELD}",
                (status,),
            )
        )

    def counsellors(self) -> list[str]:
        """The counsellor names in use, for the list's filter."""
        return [
            counsellor
            for (counsellor,) in self._conn.execute(
                "SELECT DISTINCT counsellor FROM families WHERE counsellor != '' "
                "ORDER BY counsellor COLLATE NOCASE"
            )
        ]

    def code_is_free(self, code: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM issued_codes WHERE code = ?", (code,))
        return row.fetchone() is None

    # --- writing --------------------------------------------------------------------------

    def _next_code(self, year: int) -> tuple[str, int, str]:
        """The next code of `year` under this vault's mark (the old form if it has none)."""
        if not has_marks(self._conn):  # a vault mid-upgrade, or an old one in the tests
            seq = int(
                scalar(
                    self._conn,
                    "SELECT coalesce(max(seq), 0) + 1 FROM issued_codes WHERE year = ?",
                    (year,),
                )
            )
            return format_family_code(year, seq), seq, ""
        mark = own_mark(self._conn)
        seq = int(
            scalar(
                self._conn,
                "SELECT coalesce(max(seq), 0) + 1 FROM issued_codes WHERE year = ? AND mark = ?",
                (year, mark),
            )
        )
        return format_family_code(year, seq, mark=mark), seq, mark

    def _reserve(self, code: str | None, year: int) -> str:
        if code is not None and self.code_is_free(code):
            parts = parse_code(code)
            code_year, seq, mark = parts.year, parts.seq, parts.mark
        else:
            code, seq, mark = self._next_code(year)
            code_year = year
        if has_marks(self._conn):
            self._conn.execute(ISSUED_CODES.insert(), (code, code_year, seq, mark))
        else:
            self._conn.execute(
                ISSUED_CODES.insert(columns=("code", "year", "seq")), (code, code_year, seq)
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
        cursor = self._conn.execute(FAMILIES.insert(), _SHAPE.values(stored))
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

    def update(self, family: Family) -> Family:
        """Save edited fields; a status change must be an allowed transition."""
        if family.id is None:
            raise ValueError("update needs a stored family")
        stored = self.get(family.id)
        if stored.code != family.code:
            raise VaultError("A family's code never changes.")
        if stored.status != family.status:
            check_transition(stored.status, family.status)
        self._conn.execute(FAMILIES.update(), (*_SHAPE.values(family), family.id))
        return family

    def put_back(self, family: Family) -> None:
        """Write `family` as it was stored before, without the transition check: taking back
        a status change (usecases.families.undo_status_change decides when that is safe)."""
        assert family.id is not None
        self._conn.execute(FAMILIES.update(), (*_SHAPE.values(family), family.id))

    def transition(self, family_id: int, new: FamilyStatus, *, on: date) -> Family:
        """Move a family to `new` (TransitionError if not allowed), stamping the dates."""
        return self.update(self.get(family_id).transition_to(new, on=on))

    # --- capacity and the waiting list ----------------------------------------------------

    def waiting_list(self) -> list[WaitingEntry]:
        rows = self._conn.execute(
            "SELECT f.id, f.code, coalesce(a.decided_on, f.updated_on) FROM families f "
            "LEFT JOIN assessments a ON a.family_id = f.id WHERE f.status = 'waiting_list' "
            f"AND {_HELD}"
        ).fetchall()
        entries = [
            WaitingEntry(family_id=family_id, code=code, admitted_on=cv.to_day_req(admitted_on))
            for family_id, code, admitted_on in rows
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
        """One page of families, filtered and sorted in SQL (see `family_page`)."""
        return family_page(self._conn, query, now=now)
