"""The scenario planner: how many families of each status, and one timeline per family (first
contact, assessment, decision, path, end) that the writer then fills with records."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ripartire_desktop.domain.vocab import Decision, FamilyStatus

from .odds import HISTORY_DAYS, INTERVIEW_WEIGHT, OTHER_STATUSES, UNMET, WAITING_SHARE, S


def days(n: int) -> timedelta:
    return timedelta(days=n)


def moment(day: date, rng: random.Random) -> str:
    """An office-hours time on `day`, on the quarter hour."""
    return f"{day.isoformat()}T{rng.randint(9, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}:00"


def weekday(day: date, low: date, high: date) -> date:
    """`day`, or the nearest working day within [low, high] if it falls on a weekend."""
    number = day.weekday()
    if number < 5:
        return day
    before, after = day - days(number - 4), day + days(7 - number)
    if before >= low:
        return before
    return after if after <= high else day


@dataclass(slots=True)
class Plan:
    status: FamilyStatus
    created: date
    updated: date
    decision: Decision | None = None  # None: not assessed
    assessed: date | None = None
    decided: date | None = None
    opened: date | None = None
    closed: date | None = None
    left: date | None = None  # the day contact ended (closure, withdrawal, referral, ...)
    unmet: str = ""  # the criterion a not-eligible family misses
    interviews: int = 0

    @property
    def end(self) -> date:
        return self.left or self.updated


def _assessed(rng: random.Random, status: FamilyStatus, decided: date, decision: Decision) -> Plan:
    """A family assessed a few weeks after its first contact, decided on `decided`."""
    assessed = decided - days(rng.randint(0, 14))
    created = assessed - days(rng.randint(3, 21))
    return Plan(status, created, decided, decision=decision, assessed=assessed, decided=decided)


def _plan_first_contact(rng: random.Random, today: date) -> Plan:
    created = today - days(rng.randint(0, 30))
    return Plan(S.FIRST_CONTACT, created, created)


def _plan_intake(rng: random.Random, today: date) -> Plan:
    created = today - days(rng.randint(3, 60))
    return Plan(S.INTAKE, created, created + days(rng.randint(0, 3)))


def _plan_assessment(rng: random.Random, today: date) -> Plan:
    assessed = today - days(rng.randint(0, 30))
    created = assessed - days(rng.randint(3, 21))
    return Plan(S.ASSESSMENT, created, assessed, decision=Decision.PENDING, assessed=assessed)


def _plan_waiting(rng: random.Random, today: date) -> Plan:
    decided = today - days(rng.randint(1, 240))
    return _assessed(rng, S.WAITING_LIST, decided, Decision.WAITING_LIST)


def _plan_active(rng: random.Random, today: date) -> Plan:
    opened = today - days(rng.randint(7, 420))
    # About a third came off the waiting list, weeks after the decision.
    wait = rng.randint(10, 120) if rng.random() < 0.3 else rng.randint(0, 7)
    plan = _assessed(rng, S.ACTIVE_PATH, opened - days(wait), Decision.ADMITTED)
    plan.opened = plan.updated = opened
    return plan


def _plan_closed(rng: random.Random, today: date) -> Plan:
    closed = today - days(rng.randint(1, 300))
    opened = closed - days(rng.randint(60, 330))
    plan = _assessed(rng, S.CLOSED, opened - days(rng.randint(0, 30)), Decision.ADMITTED)
    plan.opened, plan.closed, plan.left, plan.updated = opened, closed, closed, closed
    return plan


def _ended_at_decision(
    rng: random.Random, today: date, status: FamilyStatus, decision: Decision
) -> Plan:
    """Assessed within the last two years, and no contact after the decision."""
    plan = _assessed(rng, status, today - days(rng.randint(1, 680)), decision)
    plan.left = plan.decided
    return plan


def _plan_referred(rng: random.Random, today: date) -> Plan:
    return _ended_at_decision(rng, today, S.REFERRED, Decision.REFERRED)


def _plan_not_eligible(rng: random.Random, today: date) -> Plan:
    plan = _ended_at_decision(rng, today, S.NOT_ELIGIBLE, Decision.NOT_ELIGIBLE)
    plan.unmet = UNMET(rng)
    return plan


def _plan_withdrew(rng: random.Random, today: date) -> Plan:
    stage = rng.random()
    if stage < 0.3:  # before any assessment
        created = today - days(rng.randint(10, HISTORY_DAYS))
        left = min(today, created + days(rng.randint(1, 30)))
        return Plan(S.WITHDREW, created, left, left=left)
    if stage < 0.6:  # at the assessment
        return _ended_at_decision(rng, today, S.WITHDREW, Decision.WITHDREW)
    left = today - days(rng.randint(1, 450))  # during the path
    opened = left - days(rng.randint(20, 200))
    plan = _assessed(rng, S.WITHDREW, opened - days(rng.randint(0, 14)), Decision.ADMITTED)
    plan.opened, plan.left, plan.updated = opened, left, left
    return plan


PLANNERS: dict[FamilyStatus, Callable[[random.Random, date], Plan]] = {
    S.FIRST_CONTACT: _plan_first_contact,
    S.INTAKE: _plan_intake,
    S.ASSESSMENT: _plan_assessment,
    S.WAITING_LIST: _plan_waiting,
    S.ACTIVE_PATH: _plan_active,
    S.CLOSED: _plan_closed,
    S.REFERRED: _plan_referred,
    S.NOT_ELIGIBLE: _plan_not_eligible,
    S.WITHDREW: _plan_withdrew,
}


def apportion(total: int, weights: Sequence[float]) -> list[int]:
    """`total` split in proportion to `weights` (largest remainder), summing exactly to it."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def status_counts(families: int, *, free_paths: int, capacity: int) -> dict[FamilyStatus, int]:
    """How many families of each status: the paths follow the capacity, the rest is spread."""
    active = min(free_paths, math.ceil(families * 0.42))
    # A big stress-test vault gets a plausible share of paths, not 25 out of 10,000.
    if capacity > 0 and families >= 20 * capacity:
        active = max(active, families // 20)
    paths_full = free_paths - active <= 0
    waiting = min(families - active, round(families * WAITING_SHARE)) if paths_full else 0
    counts = {S.ACTIVE_PATH: active, S.WAITING_LIST: waiting}
    rest = apportion(families - active - waiting, list(OTHER_STATUSES.values()))
    counts.update(zip(OTHER_STATUSES, rest, strict=True))
    return counts


def plan_all(
    rng: random.Random, counts: dict[FamilyStatus, int], interviews: int, today: date
) -> list[Plan]:
    statuses = [status for status in FamilyStatus for _ in range(counts.get(status, 0))]
    rng.shuffle(statuses)
    plans = [PLANNERS[status](rng, today) for status in statuses]
    weights = [
        INTERVIEW_WEIGHT[p.status] * math.sqrt((p.end - p.created).days + 7) * (0.6 + rng.random())
        for p in plans
    ]
    for plan, n in zip(plans, apportion(interviews, weights), strict=True):
        plan.interviews = n
    # Codes are issued in order of first contact, as they would have been at the desk.
    order = sorted(range(len(plans)), key=lambda i: (plans[i].created, i))
    return [plans[i] for i in order]
