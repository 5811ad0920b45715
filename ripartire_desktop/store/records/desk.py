"""The drop-in desk log: first contacts, anonymous or linked to a family."""

from __future__ import annotations

from datetime import datetime

from ripartire_desktop.domain import Channel, FirstContact, FirstContactOutcome
from ripartire_desktop.store.columns import FIRST_CONTACTS, Record
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable


class FirstContactRepository(FamilyTable[FirstContact]):
    table = FIRST_CONTACTS
    family_order = "occurred_at"

    @staticmethod
    def entity(row: Record) -> FirstContact:
        return FirstContact(
            id=row.id,
            family_id=row.family_id,
            occurred_at=cv.to_moment_req(row.occurred_at),
            channel=Channel(row.channel),
            outcome=FirstContactOutcome(row.outcome),
            request=row.request,
            notes=row.notes,
        )

    @staticmethod
    def values(c: FirstContact) -> tuple[object, ...]:
        return (
            c.family_id,
            cv.moment(c.occurred_at),
            c.channel.value,
            c.outcome.value,
            c.request,
            c.notes,
        )

    def link(self, contact_id: int, family_id: int) -> None:
        """Attach an anonymous contact to the family it turned into."""
        self._conn.execute(FIRST_CONTACTS.update(columns=("family_id",)), (family_id, contact_id))

    def between(self, start: datetime, end: datetime) -> list[FirstContact]:
        return self.where(
            "WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC",
            (cv.moment(start), cv.moment(end)),
        )
