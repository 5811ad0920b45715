"""Identity (names and contacts, kept apart) and household members (no names)."""

from __future__ import annotations

from dataclasses import replace

from ripartire_desktop.domain import (
    AgeBand,
    Education,
    Identity,
    Member,
    MemberRole,
    Person,
    WorkSituation,
)
from ripartire_desktop.store.columns import (
    IDENTITIES,
    IDENTITY_CONTACTS,
    IDENTITY_PEOPLE,
    MEMBERS,
    Record,
)
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable

_PERSON = ("given_name", "family_name", "tax_code")


class IdentityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, family_id: int) -> Identity | None:
        found = self._conn.execute(IDENTITIES.select("WHERE family_id = ?"), (family_id,))
        values = found.fetchone()
        if values is None:
            return None
        row = IDENTITIES.record(values)
        people = tuple(
            Person(**IDENTITY_PEOPLE.row(person, _PERSON))
            for person in self._conn.execute(
                IDENTITY_PEOPLE.select("WHERE family_id = ? ORDER BY position", columns=_PERSON),
                (family_id,),
            )
        )
        contacts: dict[str, list[str]] = {"phone": [], "email": []}
        for kind, value in self._conn.execute(
            IDENTITY_CONTACTS.select(
                "WHERE family_id = ? ORDER BY kind, position", columns=("kind", "value")
            ),
            (family_id,),
        ):
            contacts[kind].append(value)
        return Identity(
            family_id=family_id,
            people=people,
            phones=tuple(contacts["phone"]),
            emails=tuple(contacts["email"]),
            address=row.address,
            tax_code=row.tax_code,
            contact_preferences=row.contact_preferences,
        )

    def save(self, family_id: int, identity: Identity) -> None:
        """Replace the family's identity with `identity` (inside the caller's transaction)."""
        self._conn.execute("DELETE FROM identities WHERE family_id = ?", (family_id,))
        self._conn.execute(
            IDENTITIES.insert(),
            (family_id, identity.address, identity.tax_code, identity.contact_preferences),
        )
        self._conn.executemany(
            IDENTITY_PEOPLE.insert(),
            [
                (family_id, i, p.given_name, p.family_name, p.tax_code)
                for i, p in enumerate(identity.people)
            ],
        )
        self._conn.executemany(
            IDENTITY_CONTACTS.insert(),
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


class MemberRepository(FamilyTable[Member]):
    table = MEMBERS
    family_order = "id"

    @staticmethod
    def entity(row: Record) -> Member:
        return Member(
            id=row.id,
            family_id=row.family_id,
            role=MemberRole(row.role),
            age_band=None if row.age_band is None else AgeBand(row.age_band),
            birth_year=row.birth_year,
            work_situation=(
                None if row.work_situation is None else WorkSituation(row.work_situation)
            ),
            unemployed_since=cv.to_day(row.unemployed_since),
            education=None if row.education is None else Education(row.education),
        )

    @staticmethod
    def values(m: Member) -> tuple[object, ...]:
        return (
            m.family_id,
            m.role.value,
            None if m.age_band is None else m.age_band.value,
            m.birth_year,
            None if m.work_situation is None else m.work_situation.value,
            cv.day(m.unemployed_since),
            None if m.education is None else m.education.value,
        )

    # A member is staged in the form before it belongs to a family, so the family comes
    # apart on add, and an update never moves a member to another family.
    def add(self, family_id: int, member: Member) -> Member:  # type: ignore[override]
        return super().add(replace(member, family_id=family_id))

    def update(self, member: Member) -> None:
        row = dict(zip(MEMBERS.fields, self.values(member), strict=True))
        del row["family_id"]
        self._conn.execute(MEMBERS.update(columns=tuple(row)), (*row.values(), member.id))
