"""Identity (names and contacts, kept apart) and household members (no names)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ripartire_desktop.domain import (
    AgeBand,
    Education,
    Identity,
    Member,
    MemberRole,
    Person,
    WorkSituation,
)
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv


class IdentityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, family_id: int) -> Identity | None:
        row = self._conn.execute(
            "SELECT address, tax_code, contact_preferences FROM identities WHERE family_id = ?",
            (family_id,),
        ).fetchone()
        if row is None:
            return None
        people = tuple(
            Person(given_name=r[0], family_name=r[1], tax_code=r[2])
            for r in self._conn.execute(
                "SELECT given_name, family_name, tax_code FROM identity_people "
                "WHERE family_id = ? ORDER BY position",
                (family_id,),
            )
        )
        contacts: dict[str, list[str]] = {"phone": [], "email": []}
        for kind, value in self._conn.execute(
            "SELECT kind, value FROM identity_contacts WHERE family_id = ? ORDER BY kind, position",
            (family_id,),
        ):
            contacts[kind].append(value)
        return Identity(
            family_id=family_id,
            people=people,
            phones=tuple(contacts["phone"]),
            emails=tuple(contacts["email"]),
            address=row[0],
            tax_code=row[1],
            contact_preferences=row[2],
        )

    def save(self, family_id: int, identity: Identity) -> None:
        """Replace the family's identity with `identity` (inside the caller's transaction)."""
        self._conn.execute("DELETE FROM identities WHERE family_id = ?", (family_id,))
        self._conn.execute(
            "INSERT INTO identities (family_id, address, tax_code, contact_preferences) "
            "VALUES (?, ?, ?, ?)",
            (family_id, identity.address, identity.tax_code, identity.contact_preferences),
        )
        self._conn.executemany(
            "INSERT INTO identity_people (family_id, position, given_name, family_name, "
            "tax_code) VALUES (?, ?, ?, ?, ?)",
            [
                (family_id, i, p.given_name, p.family_name, p.tax_code)
                for i, p in enumerate(identity.people)
            ],
        )
        self._conn.executemany(
            "INSERT INTO identity_contacts (family_id, kind, position, value) VALUES (?, ?, ?, ?)",
            [(family_id, "phone", i, v) for i, v in enumerate(identity.phones)]
            + [(family_id, "email", i, v) for i, v in enumerate(identity.emails)],
        )

    def identifiers(self, family_id: int) -> list[str]:
        """Every identifying string held for the family: what redaction must remove."""
        identity = self.get(family_id)
        if identity is None:
            return []
        found: list[str] = []
        for person in identity.people:
            found += [person.given_name, person.family_name]
            found.append(f"{person.given_name} {person.family_name}")
        found += list(identity.phones) + list(identity.emails)
        found += [identity.address, *identity.all_tax_codes()]
        return [s for s in dict.fromkeys(found) if s.strip()]


def _member(row: Any) -> Member:
    return Member(
        id=row[0],
        family_id=row[1],
        role=MemberRole(row[2]),
        age_band=None if row[3] is None else AgeBand(row[3]),
        birth_year=row[4],
        work_situation=None if row[5] is None else WorkSituation(row[5]),
        unemployed_since=cv.to_day(row[6]),
        education=None if row[7] is None else Education(row[7]),
    )


class MemberRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def for_family(self, family_id: int) -> list[Member]:
        return [
            _member(r)
            for r in self._conn.execute(
                "SELECT id, family_id, role, age_band, birth_year, work_situation, "
                "unemployed_since, education FROM members WHERE family_id = ? ORDER BY id",
                (family_id,),
            )
        ]

    def add(self, family_id: int, member: Member) -> Member:
        cursor = self._conn.execute(
            "INSERT INTO members (family_id, role, age_band, birth_year, work_situation, "
            "unemployed_since, education) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (family_id, *self._values(member)),
        )
        return replace(member, id=cursor.lastrowid, family_id=family_id)

    def update(self, member: Member) -> None:
        self._conn.execute(
            "UPDATE members SET role = ?, age_band = ?, birth_year = ?, work_situation = ?, "
            "unemployed_since = ?, education = ? WHERE id = ?",
            (*self._values(member), member.id),
        )

    def delete(self, member_id: int) -> None:
        self._conn.execute("DELETE FROM members WHERE id = ?", (member_id,))

    @staticmethod
    def _values(m: Member) -> tuple[object, ...]:
        return (
            m.role.value,
            None if m.age_band is None else m.age_band.value,
            m.birth_year,
            None if m.work_situation is None else m.work_situation.value,
            cv.day(m.unemployed_since),
            None if m.education is None else m.education.value,
        )
