"""The lean assessment: severity per need area at baseline and exit, motivation, decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import _checks as c
from .eligibility import Eligibility, evaluate_eligibility
from .errors import ValidationError
from .vocab import Decision, NeedArea

SEVERITY_MIN, SEVERITY_MAX = 0, 3  # 0 = no problem, 3 = severe
MOTIVATION_MIN, MOTIVATION_MAX = 1, 5


def improved(baseline: int | None, exit: int | None) -> bool | None:
    """True when severity went down from baseline to exit; None when either is missing."""
    if baseline is None or exit is None:
        return None
    return exit < baseline


@dataclass(frozen=True, slots=True, kw_only=True)
class NeedScore:
    area: NeedArea
    baseline: int | None = None
    exit: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        c.member_field(self, "area", NeedArea)
        c.optional_integer("baseline", self.baseline, low=SEVERITY_MIN, high=SEVERITY_MAX)
        c.optional_integer("exit", self.exit, low=SEVERITY_MIN, high=SEVERITY_MAX)
        c.text("note", self.note)

    @property
    def improved(self) -> bool | None:
        return improved(self.baseline, self.exit)


@dataclass(frozen=True, slots=True, kw_only=True)
class Assessment:
    """One assessment per family; the exit scores are filled in at closure.

    `decided_on` is set exactly when the decision is no longer pending.
    """

    family_id: int
    assessed_on: date
    id: int | None = None
    needs: tuple[NeedScore, ...] = ()  # at most one per area, any subset of areas
    motivation: int | None = None  # 1-5; None until asked
    resources: str = ""  # strengths and resources of the household, free text
    resident: bool = False
    has_minor: bool = False
    job_loss_or_hardship: bool = False
    decision: Decision = Decision.PENDING
    decided_on: date | None = None

    def __post_init__(self) -> None:
        c.record_id("id", self.id)
        c.required_id("family_id", self.family_id)
        c.day("assessed_on", self.assessed_on)
        needs = c.sequence("needs", self.needs)
        if not all(isinstance(n, NeedScore) for n in needs):
            raise ValidationError("needs", "must be a list of NeedScore")
        areas = [n.area for n in needs if isinstance(n, NeedScore)]
        if len(set(areas)) != len(areas):
            raise ValidationError("needs", "each need area can be scored only once")
        c.set_field(self, "needs", needs)
        c.optional_integer("motivation", self.motivation, low=MOTIVATION_MIN, high=MOTIVATION_MAX)
        c.text("resources", self.resources)
        c.flag("resident", self.resident)
        c.flag("has_minor", self.has_minor)
        c.flag("job_loss_or_hardship", self.job_loss_or_hardship)
        c.member_field(self, "decision", Decision)
        c.optional_day("decided_on", self.decided_on)
        if (self.decision == Decision.PENDING) != (self.decided_on is None):
            raise ValidationError("decided_on", "is set when, and only when, a decision is made")
        c.not_before("decided_on", self.decided_on, self.assessed_on, "assessed_on")

    def score(self, area: NeedArea) -> NeedScore | None:
        return next((n for n in self.needs if n.area == area), None)

    @property
    def eligibility(self) -> Eligibility:
        """The project's criteria; advisory, the counsellor's decision is what is recorded."""
        return evaluate_eligibility(self.resident, self.has_minor, self.job_loss_or_hardship)
