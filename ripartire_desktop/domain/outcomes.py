"""Assessments over time: the baseline of a path, reviews, the exit and follow-ups after
closure, each with its scores and the household's amounts and facts (income, debts, ISEE,
work, benefits). The ten need areas map onto the six domains of the multidimensional
assessment of D.Lgs. 147/2017 art. 5."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from . import _checks as c
from .assessment import SEVERITY_MAX, SEVERITY_MIN
from .errors import ValidationError
from .vocab import (
    AssessmentDomain,
    BenefitKind,
    IseeType,
    NeedArea,
    RoundKind,
    WorkSituation,
)

FOLLOW_UP_MONTHS: tuple[int, ...] = (6, 12)  # after closure, by default
MAX_FOLLOW_UP_MONTHS = 60
ISEE_CORRENTE_MONTHS = 6
MAX_CENTS = 10**11  # a billion euros: larger is a typing slip

# Each need area counts in one domain of art. 5; a domain's severity is its worst area's.
DOMAIN_OF: Mapping[NeedArea, AssessmentDomain] = {
    NeedArea.HEALTH: AssessmentDomain.PERSONAL_SOCIAL,
    NeedArea.INCOME: AssessmentDomain.ECONOMIC,
    NeedArea.DEBT: AssessmentDomain.ECONOMIC,
    NeedArea.ENERGY_BILLS: AssessmentDomain.ECONOMIC,
    NeedArea.BENEFITS_ACCESS: AssessmentDomain.ECONOMIC,
    NeedArea.WORK: AssessmentDomain.WORK,
    NeedArea.EDUCATION_TRAINING: AssessmentDomain.EDUCATION,
    NeedArea.HOUSING: AssessmentDomain.HOUSING,
    NeedArea.CHILDCARE: AssessmentDomain.NETWORKS,
    NeedArea.SOCIAL_NETWORK: AssessmentDomain.NETWORKS,
}

# Work situations that count as "in work" for the work outcomes.
IN_WORK = frozenset({WorkSituation.EMPLOYED, WorkSituation.PRECARIOUS})


def areas_of(domain: AssessmentDomain) -> tuple[NeedArea, ...]:
    return tuple(area for area, d in DOMAIN_OF.items() if d == domain)


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def isee_expiry(kind: IseeType, issued_on: date) -> date:
    """When an ISEE stops being valid: the ISEE corrente after six months, the others on the
    31 December of the year the DSU was filed."""
    if IseeType(kind) == IseeType.CORRENTE:
        return add_months(issued_on, ISEE_CORRENTE_MONTHS)
    return date(issued_on.year, 12, 31)


def _cents(name: str, value: object) -> int | None:
    return c.optional_integer(name, value, low=0, high=MAX_CENTS)


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundScore:
    area: NeedArea
    severity: int

    def __post_init__(self) -> None:
        c.member_field(self, "area", NeedArea)
        c.integer("severity", self.severity, low=SEVERITY_MIN, high=SEVERITY_MAX)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdultWork:
    """The work situation of one adult of the household at that assessment."""

    work_situation: WorkSituation
    member_id: int | None = None  # the household member, while the member is on record

    def __post_init__(self) -> None:
        c.member_field(self, "work_situation", WorkSituation)
        c.record_id("member_id", self.member_id)


@dataclass(frozen=True, slots=True, kw_only=True)
class Benefit:
    """A public benefit the household receives; `renewal_on` (renewal or expiry) is in the
    agenda."""

    kind: BenefitKind
    name: str = ""  # the benefit's name when the kind is "other"
    monthly_cents: int | None = None
    renewal_on: date | None = None

    def __post_init__(self) -> None:
        c.member_field(self, "kind", BenefitKind)
        c.text("name", self.name)
        if self.kind == BenefitKind.OTHER and not self.name.strip():
            raise ValidationError("name", "is required for another benefit")
        _cents("monthly_cents", self.monthly_cents)
        c.optional_day("renewal_on", self.renewal_on)


@dataclass(frozen=True, slots=True, kw_only=True)
class AssessmentRound:
    """One assessment of a path: its kind and day, the path (episode) it belongs to, the
    severity per need area and the household's amounts and facts on that day."""

    family_id: int
    kind: RoundKind
    assessed_on: date
    id: int | None = None
    episode: int = 1  # 1 for the first path, 2 after a reopening, ...
    follow_up_months: int | None = None  # set exactly for a follow-up
    income_cents: int | None = None  # household monthly income
    debt_cents: int | None = None  # debts
    arrears_cents: int | None = None  # arrears: rent, bills, instalments overdue
    isee_cents: int | None = None
    isee_type: IseeType | None = None
    isee_issued_on: date | None = None
    isee_expires_on: date | None = None
    note: str = ""
    scores: tuple[RoundScore, ...] = ()
    work: tuple[AdultWork, ...] = ()
    benefits: tuple[Benefit, ...] = ()

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.member_field(self, "kind", RoundKind)
        c.day("assessed_on", self.assessed_on)
        c.integer("episode", self.episode, low=1, high=999)
        c.optional_integer(
            "follow_up_months", self.follow_up_months, low=1, high=MAX_FOLLOW_UP_MONTHS
        )
        if (self.kind == RoundKind.FOLLOW_UP) != (self.follow_up_months is not None):
            raise ValidationError("follow_up_months", "is set when, and only when, a follow-up")
        for name in ("income_cents", "debt_cents", "arrears_cents", "isee_cents"):
            _cents(name, getattr(self, name))
        c.optional_member_field(self, "isee_type", IseeType)
        if (self.isee_cents is None) != (self.isee_type is None):
            raise ValidationError("isee_type", "an ISEE value needs its type, and a type a value")
        c.optional_day("isee_issued_on", self.isee_issued_on)
        c.optional_day("isee_expires_on", self.isee_expires_on)
        c.not_before("isee_expires_on", self.isee_expires_on, self.isee_issued_on, "issued_on")
        c.text("note", self.note)
        for name, kind in (("scores", RoundScore), ("work", AdultWork), ("benefits", Benefit)):
            values = c.sequence(name, getattr(self, name))
            if not all(isinstance(v, kind) for v in values):
                raise ValidationError(name, f"must be a list of {kind.__name__}")
            c.set_field(self, name, values)
        areas = [s.area for s in self.scores]
        if len(set(areas)) != len(areas):
            raise ValidationError("scores", "each need area can be scored only once")

    def score(self, area: NeedArea) -> int | None:
        return next((s.severity for s in self.scores if s.area == area), None)

    def domain_scores(self) -> dict[AssessmentDomain, int]:
        return domain_scores(self.scores)

    @property
    def in_work(self) -> int:
        """How many adults were in work (employed or in precarious work)."""
        return sum(1 for w in self.work if w.work_situation in IN_WORK)


def domain_scores(scores: Iterable[RoundScore]) -> dict[AssessmentDomain, int]:
    """The severity of each domain with a scored area: the worst of its areas."""
    found: dict[AssessmentDomain, int] = {}
    for score in scores:
        domain = DOMAIN_OF[score.area]
        found[domain] = max(found.get(domain, SEVERITY_MIN), score.severity)
    return found


def episode_for(kind: RoundKind, on: date, closures: Iterable[date]) -> int:
    """The path an assessment on `on` belongs to, from the days earlier paths were closed: a
    follow-up belongs to the last path closed on or before it, anything else to the path
    open on that day (an exit on the day of closure closes that path)."""
    days = sorted(closures)
    if RoundKind(kind) == RoundKind.FOLLOW_UP:
        return max(1, sum(1 for d in days if d <= on))
    return 1 + sum(1 for d in days if d < on)


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """A follow-up the schedule asks for after a closure and not yet recorded."""

    family_id: int
    episode: int
    months: int
    due_on: date


def follow_ups_due(
    family_id: int,
    closures: Iterable[date],
    recorded: Iterable[tuple[int, int]],
    months: Iterable[int] = FOLLOW_UP_MONTHS,
) -> list[FollowUpDue]:
    """The follow-ups of each closed path (closure days in order: path 1, 2, ...) whose
    (episode, months) is not among those `recorded`."""
    done = set(recorded)
    return [
        FollowUpDue(family_id, episode, m, add_months(closed_on, m))
        for episode, closed_on in enumerate(sorted(closures), start=1)
        for m in months
        if (episode, m) not in done
    ]
