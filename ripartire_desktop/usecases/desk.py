"""The drop-in desk: log a contact (anonymous, or linked to a family by its code), list the
recent ones, and turn an anonymous contact into a family.

The code a counsellor types is resolved here, once, inside the transaction that writes the
contact: the window only passes the text it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ripartire_desktop.domain import Family, FamilyStatus, FirstContact
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.families import FamilyNotFoundError, FamilyQuery
from ripartire_desktop.usecases.changes import Changes, Kind

RECENT_DAYS = 30
UNKNOWN_CODE = "?"  # a linked family no longer in the vault (erased meanwhile)


class UnknownFamilyCodeError(ValueError):
    """No family has the code typed at the desk: nothing was written."""


@dataclass(frozen=True, slots=True)
class DeskEntry:
    """A recent contact and the code of its family (None: anonymous)."""

    contact: FirstContact
    code: str | None


def save_desk_contact(
    records: Records, contact: FirstContact, *, family_code: str = ""
) -> tuple[FirstContact, Changes]:
    """Write `contact`, linked to the family with `family_code` if one is given.

    Raises UnknownFamilyCodeError, writing nothing, when no family has that code."""
    code = family_code.strip()
    with records.transaction():
        if code:
            try:
                family_id = records.families.by_code(code).id
            except FamilyNotFoundError:
                raise UnknownFamilyCodeError(code) from None
            contact = replace(contact, family_id=family_id)
        saved = records.first_contacts.add(contact)
    # A linked contact shows in that family's interview history too.
    kinds = (Kind.DESK, Kind.CASE) if saved.family_id is not None else (Kind.DESK,)
    return saved, Changes.of(*kinds, family_id=saved.family_id)


def recent_desk_contacts(
    records: Records, *, today: date, days: int = RECENT_DAYS
) -> list[DeskEntry]:
    """The contacts of the last `days` days and today, newest first, with their codes."""
    start = datetime.combine(today - timedelta(days=days), datetime.min.time())
    end = datetime.combine(today + timedelta(days=1), datetime.min.time())
    return [
        DeskEntry(contact, UNKNOWN_CODE if code is None and contact.family_id else code)
        for contact, code in records.first_contacts.between_with_codes(start, end)
    ]


def turn_into_family(
    records: Records, contact_id: int, *, on: date
) -> tuple[Family | None, Changes]:
    """Create a family from an anonymous contact and link the contact to it.

    None (and no change) when the contact is gone or already linked to a family. A family
    starts where the state machine starts, at first contact: the counsellor moves it to
    intake when the intake interview happens."""
    with records.transaction():
        contact = records.first_contacts.get(contact_id)
        if contact is None or contact.family_id is not None:
            return None, Changes()
        family = records.families.create(
            on=on, status=FamilyStatus.FIRST_CONTACT, channel=contact.channel
        )
        assert family.id is not None
        records.first_contacts.link(contact_id, family.id)
    return family, Changes.of(Kind.DESK, Kind.FAMILIES, family_id=family.id)


def family_codes_like(records: Records, text: str, *, limit: int = 20) -> list[str]:
    """Codes containing `text`, for the desk's completer: codes only, never a name."""
    page = records.families.list(FamilyQuery(text=text.strip(), limit=limit))
    return [row.code for row in page.rows]
