"""Identity (names and contacts, kept apart) and household members (no names)."""

from __future__ import annotations

from dataclasses import replace

from ripartire_desktop.domain import Identity, Member, Person
from ripartire_desktop.store.columns import (
    IDENTITIES,
    IDENTITY_CONTACTS,
    IDENTITY_PEOPLE,
    MEMBERS,
)
from ripartire_desktop.store.records._table import FamilyTable, Repository, Shape

_PERSON = ("given_name", "family_name", "tax_code")


class IdentityRepository(Repository):
    def get(self, family_id: int) -> Identity | None:
        values = self._first(IDENTITIES.select("WHERE family_id = ?"), (family_id,))
        if values is None:
            return None
        row = IDENTITIES.row(values)
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
            address=row["address"],
            tax_code=row["tax_code"],
            contact_preferences=row["contact_preferences"],
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

    def family_codes_by_tax_code(self) -> dict[str, str]:
        """Every tax code the vault holds (applicants' and people's) -> its family's code: a
        person brought in again (the spreadsheet import) is recognised by it."""
        rows = self._conn.execute(
            "SELECT p.tax_code, f.code FROM identity_people p JOIN families f "
            "ON f.id = p.family_id WHERE p.tax_code IS NOT NULL "
            "UNION ALL SELECT i.tax_code, f.code FROM identities i JOIN families f "
            "ON f.id = i.family_id WHERE i.tax_code IS NOT NULL"
        )
        return {code: family for code, family in rows}

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
    shape = Shape(MEMBERS, Member)
    family_order = "id"

    # A member is staged in the form before it belongs to a family, so the family comes
    # apart on add, and an update never moves a member to another family.
    def add(self, family_id: int, member: Member) -> Member:  # type: ignore[override]
        return super().add(replace(member, family_id=family_id))

    def update(self, member: Member) -> None:
        row = dict(zip(MEMBERS.fields, self.shape.values(member), strict=True))
        del row["family_id"]
        self._conn.execute(MEMBERS.update(columns=tuple(row)), (*row.values(), member.id))
