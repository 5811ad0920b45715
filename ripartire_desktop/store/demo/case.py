"""The demo's case records: the assessment and its need scores, the interviews with their
notes, the action plan, the aid paid, the consent and the closure."""

from __future__ import annotations

from datetime import date

from ripartire_desktop.domain.vocab import (
    AidCategory,
    ConsentScope,
    Decision,
    NeedArea,
    Outcome,
    PayeeKind,
)

from .bulk import Writer
from .odds import (
    ACTION_STATUS,
    ACTION_TYPE,
    BASELINE,
    CLOSURE,
    CONSENT_METHOD,
    DURATIONS,
    EXTRA_AID,
    MODE,
    MOTIVATION,
    WAITING_ACTIONS,
    WORK_TYPE,
    A,
    S,
)
from .people import Story
from .plan import Plan, days, moment, weekday
from .words import (
    ACTION_AID,
    ACTION_TEXT,
    AID_AMOUNTS,
    AREA_FRAGMENTS,
    AREAS,
    CANCELLED_OUTCOME,
    CLOSERS,
    CLOSURE_NOTES,
    NEXT_STEPS,
    OPENERS,
    OWNERS,
    PARTICIPANTS,
    RESOURCES,
    SUPPLIERS,
)

_SCOPES_ALL = f"{ConsentScope.ANONYMOUS_STATISTICS.value} {ConsentScope.PATH.value}"


def assessment(w: Writer, fid: int, plan: Plan, story: Story) -> list[NeedArea]:
    """The assessment row and scores; returns the areas the family's story is about."""
    rng = w.rng
    if plan.decision is None or plan.assessed is None:
        return rng.sample(AREAS, 3)
    aid = w.take_id("assessments")
    pending = plan.decision == Decision.PENDING
    if plan.status == S.CLOSED:
        story.closure = CLOSURE(rng)
    resources = " ".join(rng.sample(RESOURCES, rng.randint(1, 2))).format_map(story.ctx)
    w.rows["assessments"].append(
        (
            aid,
            fid,
            plan.assessed.isoformat(),
            None if pending and rng.random() < 0.3 else MOTIVATION(rng),
            resources,
            int(plan.unmet != "resident"),
            int(plan.unmet != "minor"),
            int(plan.unmet != "hardship"),
            plan.decision.value,
            None if plan.decided is None else plan.decided.isoformat(),
        )
    )
    story_areas: list[NeedArea] = []
    scores = w.rows["need_scores"]
    areas = [NeedArea.WORK, NeedArea.INCOME, *rng.sample(AREAS[2:], rng.randint(2, 6))]
    for area in areas:
        baseline: int | None = BASELINE(rng)
        if plan.unmet == "hardship":
            baseline = min(1, BASELINE(rng))
        elif pending and rng.random() < 0.15:
            baseline = None  # not scored yet
        exit_score = _exit(w, area, baseline, story) if plan.status == S.CLOSED else None
        note = ""
        if rng.random() < 0.25:
            note = rng.choice(AREA_FRAGMENTS[area]).format_map(story.ctx)
        scores.append((aid, area.value, baseline, exit_score, note))
        if baseline is not None and baseline >= 2:
            story_areas.append(area)
    return story_areas or areas


def _exit(w: Writer, area: NeedArea, baseline: int | None, story: Story) -> int | None:
    """Exit severity: about 7 in 10 improve, as the funder's monitoring reported."""
    if baseline is None:
        return None
    r = w.rng.random()
    if r < 0.71:
        score = max(0, baseline - w.rng.randint(1, 2))
    elif r < 0.95:
        score = baseline
    else:
        score = min(3, baseline + 1)
    if area == NeedArea.WORK and story.closure[1] == Outcome.WORK_FOUND:
        score = min(score, 1)
    return score


def interviews(w: Writer, fid: int, plan: Plan, story: Story, areas: list[NeedArea]) -> None:
    count = plan.interviews
    if count == 0:
        return
    rng, ctx = w.rng, story.ctx
    start, end = plan.created, plan.left or w.today
    span = (end - start).days
    moments = sorted(
        moment(weekday(start + days(rng.randint(0, span)), start, end), rng) for _ in range(count)
    )
    participants = PARTICIPANTS if len(story.parents) > 1 else PARTICIPANTS[:2] + PARTICIPANTS[3:]
    rows = w.rows["interviews"]
    for i, at in enumerate(moments):
        mode = MODE(rng)
        parts = [rng.choice(OPENERS[mode])]
        topics: dict[NeedArea, None] = {}
        for _ in range(rng.randint(1, 3)):
            area = rng.choice(areas) if rng.random() < 0.8 else rng.choice(AREAS)
            topics[area] = None
            parts.append(rng.choice(AREA_FRAGMENTS[area]))
        if rng.random() < 0.5:
            parts.append(rng.choice(CLOSERS))
        if i + 1 < count:
            following = moments[i + 1]
            upcoming = following if following > at and rng.random() < 0.9 else None
        else:
            upcoming = _last_appointment(w, plan)
        rows.append(
            (
                fid,
                at,
                rng.choice(DURATIONS),
                mode.value,
                rng.choice(participants).format_map(ctx),
                " ".join(parts).format_map(ctx),
                " ".join(a.value for a in topics),
                rng.choice(NEXT_STEPS).format_map(ctx),
                upcoming,
            )
        )


def _last_appointment(w: Writer, plan: Plan) -> str | None:
    """The next appointment agreed at the latest interview: after `today` for most open
    families, so the agenda has something in it."""
    share = {S.ACTIVE_PATH: 0.85, S.WAITING_LIST: 0.4, S.ASSESSMENT: 0.6, S.INTAKE: 0.6}
    if w.rng.random() >= share.get(plan.status, 0.0):
        return None
    low = w.today + days(1)
    return moment(weekday(low + days(w.rng.randint(0, 20)), low, low + days(30)), w.rng)


def path(w: Writer, fid: int, plan: Plan) -> None:
    rng, today = w.rng, w.today
    if plan.opened is not None:
        base, types = plan.opened, [ACTION_TYPE(rng) for _ in range(rng.randint(2, 6))]
    elif plan.status == S.WAITING_LIST and plan.decided is not None and rng.random() < 0.4:
        base, types = plan.decided, [rng.choice(WAITING_ACTIONS)]  # help while waiting
    else:
        return
    limit = plan.left or today
    status_pick = ACTION_STATUS[plan.status]
    for action_type in types:
        status = status_pick(rng)
        due = None
        if rng.random() < 0.9:  # open ones due before today are the overdue list
            reach = (today - base).days + 60 if plan.left is None else (limit - base).days
            due = (base + days(rng.randint(7, max(7, reach)))).isoformat()
        description, done = ACTION_TEXT[action_type]
        outcome = {A.DONE: done, A.CANCELLED: CANCELLED_OUTCOME}.get(status, "")
        action_id = w.take_id("actions")
        owner = rng.choice(OWNERS)
        w.rows["actions"].append(
            (action_id, fid, action_type.value, description, owner, due, status.value, outcome)
        )
        category = ACTION_AID.get(action_type)
        if category is not None and status in (A.DONE, A.IN_PROGRESS):
            for _ in range(rng.randint(1, 3) if status == A.DONE else 1):
                _payment(w, fid, category, base, limit, action_id=action_id)
    if plan.opened is not None and rng.random() < 0.35:
        _payment(w, fid, EXTRA_AID(rng), base, limit, action_id=None)


def _payment(
    w: Writer, fid: int, category: AidCategory, low: date, high: date, *, action_id: int | None
) -> None:
    rng = w.rng
    paid = low + days(rng.randint(0, max(0, (high - low).days)))
    least, most, supplier_share = AID_AMOUNTS[category]
    amount = rng.randint(least, most)
    if category in (AidCategory.EMERGENCY_CASH, AidCategory.RENT_HOUSING):
        amount -= amount % 500  # round sums; bills keep their cents
    supplier = SUPPLIERS.get(category) if rng.random() < supplier_share else None
    kind = PayeeKind.FAMILY if supplier is None else PayeeKind.SUPPLIER
    payment_id = w.take_id("aid_payments")
    w.rows["aid_payments"].append(
        (
            payment_id,
            fid,
            paid.isoformat(),
            category.value,
            amount,
            kind.value,
            supplier or "",
            f"DEMO-{paid.year}-{payment_id:06d}",
            action_id,
            w.budget_line(paid.year, payment_id),
        )
    )


def consent(w: Writer, fid: int, plan: Plan) -> None:
    rng = w.rng
    given = min(plan.end, plan.created + days(rng.randint(0, 7)))
    withdrawn = None
    if plan.status == S.WITHDREW and rng.random() < 0.25:
        withdrawn = max(given, plan.end).isoformat()
    scopes = _SCOPES_ALL if rng.random() < 0.85 else ConsentScope.PATH.value
    w.rows["consents"].append(
        (
            fid,
            f"{given.year}-01",
            given.isoformat(),
            CONSENT_METHOD(rng).value,
            scopes,
            withdrawn,
        )
    )


def closure(w: Writer, fid: int, plan: Plan, story: Story) -> None:
    reason, outcome = story.closure
    work_type = WORK_TYPE(w.rng).value if outcome == Outcome.WORK_FOUND else None
    closed = plan.closed.isoformat() if plan.closed else None
    note = w.rng.choice(CLOSURE_NOTES)
    w.rows["closures"].append((fid, closed, reason.value, outcome.value, work_type, note))
