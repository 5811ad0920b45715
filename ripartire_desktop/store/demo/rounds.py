"""The demo's assessments over time: the baseline of each assessed family's path with its
amounts, ISEE, adults' work and benefits; reviews every few months along the path; the exit at
closure and follow-ups six and twelve months after it, moving (mostly) towards the better.

Drawn from a generator of their own, seeded by the family, so adding them leaves the rest of
the demo as it was for the same seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from ripartire_desktop.domain.outcomes import FOLLOW_UP_MONTHS, add_months, isee_expiry
from ripartire_desktop.domain.vocab import (
    BenefitKind,
    IseeType,
    MemberRole,
    Outcome,
    RoundKind,
    WorkSituation,
)

from .bulk import Writer
from .odds import S
from .people import Story
from .plan import Plan, days

_IN_WORK = (WorkSituation.EMPLOYED.value, WorkSituation.PRECARIOUS.value)
_REVIEW_DAYS = (75, 120)  # between reviews along a path


def _scores(w: Writer, fid: int) -> list[tuple[str, int | None, int | None]]:
    """(area, baseline, exit) of the assessment just written for family `fid`."""
    rows = w.rows["assessments"]
    if not rows or rows[-1][1] != fid:
        return []
    aid = rows[-1][0]
    found = []
    for row in reversed(w.rows["need_scores"]):
        if row[0] != aid:
            break
        baseline, exit_ = row[2], row[3]
        assert baseline is None or isinstance(baseline, int)
        assert exit_ is None or isinstance(exit_, int)
        found.append((str(row[1]), baseline, exit_))
    return found[::-1]


def _adults_work(w: Writer, fid: int) -> list[str]:
    """The work situations of the adults of family `fid` (its member rows just written)."""
    found = []
    for row in reversed(w.rows["members"]):
        if row[0] != fid:
            break
        if row[1] != MemberRole.CHILD.value or row[4] is not None:
            found.append(str(row[4] or WorkSituation.OTHER.value))
    return found[::-1]


class _Round:
    """The rows of one round, added to the writer's tables."""

    def __init__(self, w: Writer, fid: int, kind: RoundKind, on: date, months: int | None) -> None:
        self.w, self.id = w, w.take_id("assessment_rounds")
        self.row: list[object] = [
            self.id, fid, 1, kind.value, on.isoformat(), months,
            None, None, None, None, None, None, None, "",
        ]  # fmt: skip
        w.rows["assessment_rounds"].append(())  # its place, filled in by `done`
        self.place = len(w.rows["assessment_rounds"]) - 1

    def amounts(self, income: int, debt: int, arrears: int) -> None:
        self.row[6:9] = [max(0, income), max(0, debt), max(0, arrears)]

    def isee(self, rng: random.Random, cents: int, on: date) -> None:
        kind = IseeType.CORRENTE if rng.random() < 0.2 else IseeType.ORDINARIO
        if rng.random() < 0.15:
            kind = IseeType.MINORENNI
        issued = on - days(rng.randint(5, 60))
        expires = isee_expiry(kind, issued)
        self.row[9:13] = [cents, kind.value, issued.isoformat(), expires.isoformat()]

    def scores(self, scores: list[tuple[str, int]]) -> None:
        self.w.rows["round_scores"].extend((self.id, area, s) for area, s in scores)

    def work(self, situations: list[str]) -> None:
        self.w.rows["round_work"].extend(
            (self.id, i, None, situation) for i, situation in enumerate(situations)
        )

    def benefits(self, items: list[tuple[str, int | None, date | None]]) -> None:
        self.w.rows["round_benefits"].extend(
            (self.id, i, kind, "", cents, None if renew is None else renew.isoformat())
            for i, (kind, cents, renew) in enumerate(items)
        )

    def done(self) -> None:
        self.w.rows["assessment_rounds"][self.place] = tuple(self.row)


@dataclass
class _Start:
    """The household at its baseline: what the later rounds move away from."""

    scored: list[tuple[str, int | None, int | None]]
    work: list[str]
    income: int  # euros
    debt: int
    arrears: int
    benefits: list[tuple[str, int | None, date | None]]


def rounds(w: Writer, fid: int, plan: Plan, story: Story, minors: int) -> None:
    """The rounds of family `fid`, after its assessment and members are written."""
    if plan.assessed is None:
        return
    rng = random.Random(f"rounds|{fid}|{w.today.isoformat()}")  # noqa: S311 (fake data)
    start = _baseline(w, rng, fid, plan, minors)
    if plan.opened is None:
        return
    improving = rng.random() < 0.66
    _reviews(w, rng, fid, plan, start, improving=improving)
    if plan.status == S.CLOSED and plan.closed is not None:
        found_work = story.closure[1] == Outcome.WORK_FOUND
        _closing(w, rng, fid, plan.closed, start, found_work=found_work)


def _baseline(w: Writer, rng: random.Random, fid: int, plan: Plan, minors: int) -> _Start:
    assert plan.assessed is not None
    work = _adults_work(w, fid)
    start = _Start(
        scored=_scores(w, fid),
        work=work,
        # Wages, and what else comes in (maintenance, odd jobs): never quite nothing.
        income=sum(rng.randint(600, 1400) for s in work if s in _IN_WORK) + rng.randint(80, 450),
        debt=rng.choice((0, 0, rng.randint(500, 9000))),
        arrears=rng.randint(0, 2500),
        benefits=[],
    )
    if minors:
        cents = minors * rng.randint(57, 200) * 100
        start.benefits.append((BenefitKind.ASSEGNO_UNICO.value, cents, None))
    if rng.random() < 0.3:
        began = plan.assessed - days(rng.randint(30, 300))
        cents = rng.randint(300, 700) * 100
        start.benefits.append((BenefitKind.ASSEGNO_INCLUSIONE.value, cents, add_months(began, 18)))
    if rng.random() < 0.2:
        start.benefits.append((BenefitKind.CARTA_DEDICATA_A_TE.value, None, None))
    baseline = _Round(w, fid, RoundKind.BASELINE, plan.assessed, None)
    baseline.amounts(start.income * 100, start.debt * 100, start.arrears * 100)
    baseline.isee(rng, rng.randint(0, 12_000) * 100, plan.assessed)
    baseline.scores([(a, b) for a, b, _ in start.scored if b is not None])
    baseline.work(start.work)
    baseline.benefits(start.benefits)
    baseline.done()
    return start


def _reviews(
    w: Writer, rng: random.Random, fid: int, plan: Plan, start: _Start, *, improving: bool
) -> None:
    """Reviews every few months along the path, until its closure or today."""
    assert plan.opened is not None
    end = plan.closed or w.today
    current = {a: b for a, b, _ in start.scored if b is not None}
    day, step = plan.opened, 0
    while True:
        day += days(rng.randint(*_REVIEW_DAYS))
        if day >= end or day > w.today:
            return
        step += 1
        current = {a: _towards(rng, s, improving) for a, s in current.items()}
        review = _Round(w, fid, RoundKind.REVIEW, day, None)
        if improving:
            income = start.income + rng.randint(40, 220) * step
            debt = start.debt - rng.randint(200, 900) * step
            arrears = start.arrears - rng.randint(50, 400) * step
        else:
            income = start.income - rng.randint(0, 80)
            debt, arrears = start.debt + rng.randint(0, 400), start.arrears
        review.amounts(income * 100, debt * 100, arrears * 100)
        review.scores(sorted(current.items()))
        review.work(start.work)
        review.benefits(start.benefits)
        review.done()


def _closing(
    w: Writer, rng: random.Random, fid: int, closed: date, start: _Start, *, found_work: bool
) -> None:
    """The exit at closure, and follow-ups six and twelve months after it (most of them)."""
    exit_work = list(start.work)
    if found_work and exit_work:
        exit_work[0] = WorkSituation.EMPLOYED.value
    income = start.income + (rng.randint(300, 1100) if found_work else rng.randint(-100, 350))
    closing = _Round(w, fid, RoundKind.EXIT, closed, None)
    closing.amounts(
        income * 100, start.debt * rng.randint(0, 70), start.arrears * rng.randint(0, 60)
    )
    closing.scores([(a, x) for a, _, x in start.scored if x is not None])
    closing.work(exit_work)
    closing.benefits(start.benefits)
    closing.done()
    for months in FOLLOW_UP_MONTHS:
        on = add_months(closed, months) + days(rng.randint(0, 20))
        if on > w.today or rng.random() > 0.75:
            continue
        later = list(exit_work)
        if later and rng.random() < 0.15:
            lost = WorkSituation.UNEMPLOYED if found_work else WorkSituation.PRECARIOUS
            later[0] = lost.value
        follow = _Round(w, fid, RoundKind.FOLLOW_UP, on, months)
        follow.amounts((income + rng.randint(-150, 200)) * 100, start.debt * rng.randint(0, 50), 0)
        follow.work(later)
        follow.done()


def _towards(rng: random.Random, severity: int, improving: bool) -> int:
    r = rng.random()
    if improving and r < 0.45:
        return max(0, severity - 1)
    if not improving and r < 0.15:
        return min(3, severity + 1)
    return severity
