"""The drop-in desk log: first contacts, anonymous or linked to a family."""

from __future__ import annotations

from datetime import datetime

from ripartire_desktop.domain import FirstContact
from ripartire_desktop.store.columns import FIRST_CONTACTS
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable, Shape


class FirstContactRepository(FamilyTable[FirstContact]):
    shape = Shape(FIRST_CONTACTS, FirstContact)
    family_order = "occurred_at"

    def link(self, contact_id: int, family_id: int) -> None:
        """Attach an anonymous contact to the family it turned into."""
        self._conn.execute(FIRST_CONTACTS.update(columns=("family_id",)), (family_id, contact_id))

    def between(self, start: datetime, end: datetime) -> list[FirstContact]:
        return self.where(
            "WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC",
            (cv.moment(start), cv.moment(end)),
        )

    def between_with_codes(
        self, start: datetime, end: datetime
    ) -> list[tuple[FirstContact, str | None]]:
        """`between`, each contact with its family's code (None: anonymous), in one query."""
        sql = FIRST_CONTACTS.select(
            "LEFT JOIN families f ON f.id = c.family_id"
            " WHERE c.occurred_at >= ? AND c.occurred_at < ? ORDER BY c.occurred_at DESC",
            columns=self.shape.columns,
            alias="c",
            extra={"family_code": "f.code"},
        )
        found = []
        for *values, family_code in self._conn.execute(sql, (cv.moment(start), cv.moment(end))):
            found.append((self.shape.entity(values), family_code))
        return found
