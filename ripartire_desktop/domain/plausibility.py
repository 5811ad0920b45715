"""Dates that are possible but unlikely (a contact next year, unemployed since 2099, an action
already overdue when planned): warnings the GUI asks about, never refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from .aid import AidPayment
from .assessment import Assessment
from .closure import Closure
from .consent import Consent
from .family import FirstContact, Member
from .outcomes import AssessmentRound
from .path import Interview, PlanAction

# Further ahead than this is almost certainly a mistyped year.
FAR_AHEAD = timedelta(days=366)


class Concern(Enum):
    """Why a date looks mistyped (not a stored vocabulary: the GUI words each one)."""

    FUTURE = "future"  # something that has happened, dated after today
    FAR_AHEAD = "far_ahead"  # more than a year from today
    BEFORE_BIRTH = "before_birth"  # before the birth year of the person it concerns
    PAST_DUE = "past_due"  # a new action already overdue


@dataclass(frozen=True, slots=True)
class DateWarning:
    field: str
    concern: Concern
    day: date
    birth_year: int | None = None


def check_day(
    field: str,
    value: date | None,
    *,
    today: date,
    happened: bool = False,
    due: bool = False,
    birth_year: int | None = None,
) -> list[DateWarning]:
    """The warnings for one date: `happened` dates should not be after today, `due` dates
    should not already be past, none should be far ahead or before `birth_year`."""
    if value is None:
        return []
    day = value.date() if isinstance(value, datetime) else value
    found: list[DateWarning] = []
    if day > today + FAR_AHEAD:
        found.append(DateWarning(field, Concern.FAR_AHEAD, day))
    elif happened and day > today:
        found.append(DateWarning(field, Concern.FUTURE, day))
    if due and day < today:
        found.append(DateWarning(field, Concern.PAST_DUE, day))
    if birth_year is not None and day.year < birth_year:
        found.append(DateWarning(field, Concern.BEFORE_BIRTH, day, birth_year))
    return found


Record = (
    FirstContact
    | Interview
    | Member
    | PlanAction
    | AidPayment
    | Consent
    | Closure
    | Assessment
    | AssessmentRound
)

# Each record's dates: "happened" (not after today), "due" (not already past when created),
# "ahead" (only the far-ahead check).
_RULES: dict[type, tuple[tuple[str, str], ...]] = {
    FirstContact: (("occurred_at", "happened"),),
    Interview: (("starts_at", "happened"), ("next_appointment", "ahead")),
    Member: (("unemployed_since", "happened"),),
    PlanAction: (("due_on", "due"),),
    AidPayment: (("paid_on", "happened"),),
    Consent: (("given_on", "happened"), ("withdrawn_on", "happened")),
    Closure: (("closed_on", "happened"),),
    Assessment: (("assessed_on", "happened"), ("decided_on", "happened")),
    AssessmentRound: (("assessed_on", "happened"), ("isee_issued_on", "happened")),
}


def date_warnings(record: object, *, today: date, new: bool = False) -> list[DateWarning]:
    """Every warning about `record`'s dates; `new` when it is being created (a new action due in
    the past is likely a typo, an old one simply overdue). A member's dates are checked against
    the member's birth year."""
    found: list[DateWarning] = []
    for field, rule in _RULES.get(type(record), ()):
        found += check_day(
            field,
            getattr(record, field),
            today=today,
            happened=rule == "happened",
            due=rule == "due" and new,
            birth_year=getattr(record, "birth_year", None),
        )
    return found
