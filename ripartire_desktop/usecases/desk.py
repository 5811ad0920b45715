"""The drop-in desk: log a contact (anonymous, or linked to a family by its code), list the
recent ones, and turn an anonymous contact into a family.

The code a counsellor types is resolved here, once, inside the transaction that writes the
contact: the window only passes the text it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from ripartire_desktop.domain import Family, FamilyStatus, FirstContact, FirstContactOutcome
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.families import FamilyNotFoundError, FamilyQuery
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.handover import require_editable

RECENT_DAYS = 30
UNKNOWN_CODE = "?"  # a linked family no longer in the vault (erased meanwhile)


class UnknownFamilyCodeError(ValueError):
    """No family has the code typed at the desk: nothing was written."""


class EmptyContactError(ValueError):
    """Neither a request nor a note: nothing was written."""


class MissingAppointmentError(ValueError):
    """ "Appointment booked" without the appointment's date and time: nothing was written."""


def _checked(contact: FirstContact, code: str) -> FirstContact:
    if contact.is_empty and not code.strip():
        raise EmptyContactError()
    if contact.outcome == FirstContactOutcome.APPOINTMENT_BOOKED and contact.appointment_at is None:
        raise MissingAppointmentError()
    return contact


def _family_id(records: Records, code: str) -> int | None:
    """The family's id (None for no code); refused for an unknown or handed-over family."""
    if not code:
        return None
    family_id = records.handovers.editable_family_id(code)
    if family_id is None:
        raise UnknownFamilyCodeError(code)
    return family_id


@dataclass(frozen=True, slots=True)
class DeskEntry:
    """A recent contact and the code of its family (None: anonymous)."""

    contact: FirstContact
    code: str | None


def save_desk_contact(
    records: Records, contact: FirstContact, *, family_code: str = ""
) -> tuple[FirstContact, Changes]:
    """Write `contact`, linked to the family with `family_code` if one is given.

    Raises, writing nothing, UnknownFamilyCodeError when no family has that code,
    EmptyContactError for a contact without request or notes, MissingAppointmentError for an
    appointment booked without its moment."""
    _checked(contact, family_code)
    with records.transaction():
        family_id = _family_id(records, family_code.strip())
        if family_id is not None:
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
        settings = records.settings.load()
        family = records.families.create(
            on=on,
            status=FamilyStatus.FIRST_CONTACT,
            channel=contact.channel,
            counsellor=settings.counsellor_name,
            municipality=settings.municipality,
        )
        assert family.id is not None
        records.first_contacts.link(contact_id, family.id)
    return family, Changes.of(Kind.DESK, Kind.FAMILIES, family_id=family.id)


def family_codes_like(records: Records, text: str, *, limit: int = 20) -> list[str]:
    """Codes containing `text`, for the desk's completer: codes only, never a name."""
    page = records.families.list(FamilyQuery(text=text.strip(), limit=limit))
    return [row.code for row in page.rows]


def correct_desk_contact(
    records: Records, contact: FirstContact, *, family_code: str = ""
) -> tuple[FirstContact | None, Changes]:
    """Rewrite a stored contact (same id) with what the counsellor corrected; audited by id.

    None when the contact is gone meanwhile. Raises as `save_desk_contact` does."""
    assert contact.id is not None
    _checked(contact, family_code)
    with records.transaction():
        old = records.first_contacts.get(contact.id)
        if old is None:
            return None, Changes()
        family_id = _family_id(records, family_code.strip())
        require_editable(records, old.family_id)
        records.handovers.require_desk_editable(contact.id)
        fixed = replace(contact, family_id=family_id)
        records.first_contacts.update(fixed)
        records.audit.record(AuditAction.DESK_CORRECT, detail=f"contact {contact.id}")
    ids = {old.family_id, family_id} - {None}
    kinds = (Kind.DESK, Kind.CASE) if ids else (Kind.DESK,)
    return fixed, Changes.of(*kinds, family_id=family_id if family_id else old.family_id)


def delete_desk_contact(records: Records, contact_id: int) -> Changes:
    """Delete a desk contact; the audit entry names its id only, never what it said."""
    with records.transaction():
        old = records.first_contacts.get(contact_id)
        if old is None:
            return Changes()
        require_editable(records, old.family_id)
        records.handovers.require_desk_editable(contact_id)
        records.first_contacts.delete(contact_id)
        records.audit.record(AuditAction.DESK_DELETE, detail=f"contact {contact_id}")
    kinds = (Kind.DESK, Kind.CASE) if old.family_id is not None else (Kind.DESK,)
    return Changes.of(*kinds, family_id=old.family_id)


def desk_contact(records: Records, contact_id: int) -> tuple[FirstContact, str] | None:
    """A stored contact and its family's code ("" when anonymous), for correcting it."""
    contact = records.first_contacts.get(contact_id)
    if contact is None:
        return None
    if contact.family_id is None:
        return contact, ""
    try:
        return contact, records.families.get(contact.family_id).code
    except FamilyNotFoundError:
        return contact, ""


def default_appointment(now: datetime) -> datetime:
    """The appointment a desk form proposes: 9:00 on the next day from Monday to Friday."""
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9, 0))
