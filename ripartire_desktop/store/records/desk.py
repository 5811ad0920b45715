"""The drop-in desk log: first contacts, anonymous or linked to a family."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from ripartire_desktop.domain import Channel, FirstContact, FirstContactOutcome
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv

_COLUMNS = "id, family_id, occurred_at, channel, outcome, request, notes"


def _contact(row: Any) -> FirstContact:
    return FirstContact(
        id=row[0],
        family_id=row[1],
        occurred_at=cv.to_moment_req(row[2]),
        channel=Channel(row[3]),
        outcome=FirstContactOutcome(row[4]),
        request=row[5],
        notes=row[6],
    )


class FirstContactRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, contact: FirstContact) -> FirstContact:
        cursor = self._conn.execute(
            "INSERT INTO first_contacts (family_id, occurred_at, channel, outcome, request, "
            "notes) VALUES (?, ?, ?, ?, ?, ?)",
            self._values(contact),
        )
        return replace(contact, id=cursor.lastrowid)

    def update(self, contact: FirstContact) -> None:
        self._conn.execute(
            "UPDATE first_contacts SET family_id = ?, occurred_at = ?, channel = ?, "
            "outcome = ?, request = ?, notes = ? WHERE id = ?",
            (*self._values(contact), contact.id),
        )

    def link(self, contact_id: int, family_id: int) -> None:
        """Attach an anonymous contact to the family it turned into."""
        self._conn.execute(
            "UPDATE first_contacts SET family_id = ? WHERE id = ?", (family_id, contact_id)
        )

    def get(self, contact_id: int) -> FirstContact | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM first_contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        return None if row is None else _contact(row)

    def between(self, start: datetime, end: datetime) -> list[FirstContact]:
        return [
            _contact(r)
            for r in self._conn.execute(
                f"SELECT {_COLUMNS} FROM first_contacts WHERE occurred_at >= ? AND occurred_at < ?"
                " ORDER BY occurred_at DESC",
                (cv.moment(start), cv.moment(end)),
            )
        ]

    def between_with_codes(
        self, start: datetime, end: datetime
    ) -> list[tuple[FirstContact, str | None]]:
        """`between`, each contact with its family's code (None: anonymous), in one query."""
        columns = ", ".join(f"c.{name}" for name in _COLUMNS.split(", "))
        return [
            (_contact(r), r[7])
            for r in self._conn.execute(
                f"SELECT {columns}, f.code FROM first_contacts c"
                " LEFT JOIN families f ON f.id = c.family_id"
                " WHERE c.occurred_at >= ? AND c.occurred_at < ? ORDER BY c.occurred_at DESC",
                (cv.moment(start), cv.moment(end)),
            )
        ]

    def for_family(self, family_id: int) -> list[FirstContact]:
        return [
            _contact(r)
            for r in self._conn.execute(
                f"SELECT {_COLUMNS} FROM first_contacts WHERE family_id = ? ORDER BY occurred_at",
                (family_id,),
            )
        ]

    @staticmethod
    def _values(c: FirstContact) -> tuple[object, ...]:
        return (
            c.family_id,
            cv.moment(c.occurred_at),
            c.channel.value,
            c.outcome.value,
            c.request,
            c.notes,
        )
