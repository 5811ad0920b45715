"""The household record, its identity (kept apart), its members, and first contacts at the desk."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from . import _checks as c
from .codes import parse_family_code
from .errors import ValidationError
from .states import check_transition
from .tax_code import validate_tax_code
from .vocab import (
    AgeBand,
    Channel,
    Education,
    FamilyStatus,
    FirstContactOutcome,
    MemberRole,
    WorkSituation,
    age_band_for_birth_year,
    is_minor,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Family:
    """The pseudonymous household record: no names here, those live in `Identity`."""

    code: str
    created_on: date
    updated_on: date
    id: int | None = None
    status: FamilyStatus = FamilyStatus.FIRST_CONTACT
    counsellor: str = ""
    municipality: str = ""
    adults: int = 0
    minors: int = 0
    first_contact_channel: Channel | None = None
    # None = not asked yet; the "numero oscuro" share counts only families who answered.
    known_to_social_services: bool | None = None
    opened_on: date | None = None  # the day the path started (entered active_path)
    closed_on: date | None = None  # set exactly when status is closed

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.text("code", self.code, required=True)
        parse_family_code(self.code)
        c.member_field(self, "status", FamilyStatus)
        c.text("counsellor", self.counsellor)
        c.text("municipality", self.municipality)
        c.integer("adults", self.adults, low=0, high=99)
        c.integer("minors", self.minors, low=0, high=99)
        c.optional_member_field(self, "first_contact_channel", Channel)
        c.optional_flag("known_to_social_services", self.known_to_social_services)
        c.day("created_on", self.created_on)
        c.day("updated_on", self.updated_on)
        c.not_before("updated_on", self.updated_on, self.created_on, "created_on")
        c.optional_day("opened_on", self.opened_on)
        c.optional_day("closed_on", self.closed_on)
        c.not_before("closed_on", self.closed_on, self.opened_on, "opened_on")
        if (self.status == FamilyStatus.CLOSED) != (self.closed_on is not None):
            raise ValidationError("closed_on", "is set when, and only when, the status is closed")

    def transition_to(self, new: FamilyStatus, *, on: date) -> Family:
        """A copy in status `new`, with the dates that go with it; TransitionError if refused.

        Entering active_path stamps `opened_on` (first time only), entering closed stamps
        `closed_on`; reopening to intake clears both, since the Closure record keeps the old ones.
        """
        new = FamilyStatus(new)
        check_transition(self.status, new)
        opened_on, closed_on = self.opened_on, self.closed_on
        if new == FamilyStatus.ACTIVE_PATH and opened_on is None:
            opened_on = on
        if new == FamilyStatus.CLOSED:
            closed_on = on
        if new == FamilyStatus.INTAKE and self.status != FamilyStatus.INTAKE:
            opened_on = closed_on = None
        return replace(self, status=new, updated_on=on, opened_on=opened_on, closed_on=closed_on)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """One named person of the household. At least one of the two names is required."""

    given_name: str = ""
    family_name: str = ""
    tax_code: str | None = None  # normalised by validate_tax_code

    def __post_init__(self) -> None:
        c.text("given_name", self.given_name)
        c.text("family_name", self.family_name)
        if not (self.given_name.strip() or self.family_name.strip()):
            raise ValidationError("given_name", "a person needs a given name or a family name")
        if self.tax_code is not None:
            c.set_field(self, "tax_code", validate_tax_code(self.tax_code))


@dataclass(frozen=True, slots=True, kw_only=True)
class Identity:
    """Everything that names a family, stored apart and never in anonymised output."""

    family_id: int | None = None
    people: tuple[Person, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    address: str = ""
    tax_code: str | None = None  # the applicant's, as on the paper forms; normalised
    contact_preferences: str = ""  # e.g. "only after 18, never leave messages"

    def __post_init__(self) -> None:
        c.record_id("family_id", self.family_id)
        people = c.sequence("people", self.people)
        if not all(isinstance(p, Person) for p in people):
            raise ValidationError("people", "must be a list of Person")
        c.set_field(self, "people", people)
        # Phones and e-mails are kept exactly as typed ("after 6pm: 02 ..." is useful to a human).
        c.set_field(self, "phones", c.texts("phones", self.phones))
        c.set_field(self, "emails", c.texts("emails", self.emails))
        c.text("address", self.address)
        c.text("contact_preferences", self.contact_preferences)
        if self.tax_code is not None:
            c.set_field(self, "tax_code", validate_tax_code(self.tax_code))

    def all_tax_codes(self) -> frozenset[str]:
        """Every tax code the record holds, e.g. for redaction of free text."""
        codes = {p.tax_code for p in self.people if p.tax_code is not None}
        if self.tax_code is not None:
            codes.add(self.tax_code)
        return frozenset(codes)


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """One household member, without names: what the statistics count."""

    role: MemberRole
    family_id: int | None = None
    id: int | None = None
    # Either may be known; with a birth year the band is derived for a given day by `band_on`.
    age_band: AgeBand | None = None
    birth_year: int | None = None
    work_situation: WorkSituation | None = None
    unemployed_since: date | None = None
    education: Education | None = None

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.record_id("family_id", self.family_id)
        c.member_field(self, "role", MemberRole)
        c.optional_member_field(self, "age_band", AgeBand)
        c.optional_integer("birth_year", self.birth_year, low=1880, high=2999)
        c.optional_member_field(self, "work_situation", WorkSituation)
        c.optional_day("unemployed_since", self.unemployed_since)
        c.optional_member_field(self, "education", Education)

    def band_on(self, on: date) -> AgeBand | None:
        """The birth year wins over a stored band, since a band goes stale as the child grows."""
        if self.birth_year is not None:
            return age_band_for_birth_year(self.birth_year, on)
        return self.age_band


@dataclass(frozen=True, slots=True, kw_only=True)
class FirstContact:
    """A contact at the desk; `family_id` None means anonymous (no name given yet)."""

    occurred_at: datetime
    channel: Channel
    outcome: FirstContactOutcome
    id: int | None = None
    family_id: int | None = None
    request: str = ""
    notes: str = ""
    appointment_at: datetime | None = None  # only with "appointment booked": the agenda shows it

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.record_id("family_id", self.family_id)
        c.moment("occurred_at", self.occurred_at)
        c.member_field(self, "channel", Channel)
        c.member_field(self, "outcome", FirstContactOutcome)
        c.text("request", self.request)
        c.text("notes", self.notes)
        c.optional_moment("appointment_at", self.appointment_at)
        if (
            self.appointment_at is not None
            and self.outcome != FirstContactOutcome.APPOINTMENT_BOOKED
        ):
            raise ValidationError("appointment_at", "only an appointment booked has a date")

    @property
    def is_empty(self) -> bool:
        """Nothing typed and no family: a contact the desk refuses to save."""
        return not (self.request.strip() or self.notes.strip()) and self.family_id is None


def household_counts(members: Sequence[Member], on: date) -> tuple[int, int]:
    """(adults, minors) of the members listed, as of `on`: the household tab's counts come
    from them instead of being typed again. A member of unknown age counts by role."""
    minors = 0
    for member in members:
        band = member.band_on(on)
        if band is None:
            minors += member.role == MemberRole.CHILD
        elif is_minor(band):
            minors += 1
    return len(members) - minors, minors
