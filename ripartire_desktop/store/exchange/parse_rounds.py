"""Reading a family's assessments over time from a family file (format version 2 on): each
round with its scores, the adults' work (members by position) and the benefits."""

from __future__ import annotations

from ripartire_desktop.domain import (
    AdultWork,
    AssessmentRound,
    Benefit,
    BenefitKind,
    IseeType,
    NeedArea,
    RoundKind,
    RoundScore,
    WorkSituation,
)
from ripartire_desktop.domain.assessment import SEVERITY_MAX, SEVERITY_MIN
from ripartire_desktop.domain.outcomes import MAX_FOLLOW_UP_MONTHS

from .reader import Obj, rules
from .schemas import (
    MAX_AMOUNT_CENTS,
    PLACEHOLDER_FAMILY_ID,
    ROUND_BENEFIT_FIELDS,
    ROUND_FIELDS,
    ROUND_SCORE_FIELDS,
    ROUND_WORK_FIELDS,
)


def _score(value: object, path: str) -> RoundScore:
    o = Obj(value, path, ROUND_SCORE_FIELDS)
    with rules(path):
        return RoundScore(
            area=o.enum("area", NeedArea),
            severity=o.required_integer("severity", SEVERITY_MIN, SEVERITY_MAX),
        )


def _work(value: object, path: str, members: int) -> AdultWork:
    o = Obj(value, path, ROUND_WORK_FIELDS)
    if members == 0 and o.child("member") is not None:
        raise o.fail("member", "names a household member, but the family has no members")
    member = o.integer("member", 1, max(1, members))
    with rules(path):
        return AdultWork(member_id=member, work_situation=o.enum("work_situation", WorkSituation))


def _benefit(value: object, path: str) -> Benefit:
    o = Obj(value, path, ROUND_BENEFIT_FIELDS)
    with rules(path):
        return Benefit(
            kind=o.enum("kind", BenefitKind),
            name=o.text("name"),
            monthly_cents=o.integer("monthly_cents", 0, MAX_AMOUNT_CENTS),
            renewal_on=o.day("renewal_on"),
        )


def read_round(value: object, path: str, members: int) -> AssessmentRound:
    """One object of a family's `assessment_rounds`; `members` is how many household members
    the family lists (an adult's `member` is a position among them)."""
    o = Obj(value, path, ROUND_FIELDS)
    scores = tuple(_score(item, p) for item, p in o.items("scores"))
    areas = [s.area for s in scores]
    if len(set(areas)) != len(areas):
        raise o.fail("scores", "scores an area twice: once per area")
    work = tuple(_work(item, p, members) for item, p in o.items("work"))
    benefits = tuple(_benefit(item, p) for item, p in o.items("benefits"))
    with rules(path):
        return AssessmentRound(
            family_id=PLACEHOLDER_FAMILY_ID,
            episode=o.required_integer("episode", 1, 999),
            kind=o.enum("kind", RoundKind),
            assessed_on=o.required_day("assessed_on"),
            follow_up_months=o.integer("follow_up_months", 1, MAX_FOLLOW_UP_MONTHS),
            income_cents=o.integer("income_cents", 0, MAX_AMOUNT_CENTS),
            debt_cents=o.integer("debt_cents", 0, MAX_AMOUNT_CENTS),
            arrears_cents=o.integer("arrears_cents", 0, MAX_AMOUNT_CENTS),
            isee_cents=o.integer("isee_cents", 0, MAX_AMOUNT_CENTS),
            isee_type=o.optional_enum("isee_type", IseeType),
            isee_issued_on=o.day("isee_issued_on"),
            isee_expires_on=o.day("isee_expires_on"),
            note=o.text("note"),
            scores=scores,
            work=work,
            benefits=benefits,
        )
