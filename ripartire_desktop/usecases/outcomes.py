"""Assessments over time as the counsellor records them: the outcomes tab's rounds (reviews,
follow-ups, and the amounts and facts of every round), the baseline and exit that follow the
assessment tab, and the follow-ups and renewals the agenda shows.

Each round belongs to a path (episode), worked out from the family's closures, so a reopened
path starts a new baseline and the earlier path's rounds stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ripartire_desktop.domain import (
    FOLLOW_UP_MONTHS,
    Assessment,
    AssessmentRound,
    RoundKind,
    ValidationError,
    episode_for,
    follow_ups_due,
)
from ripartire_desktop.domain.outcomes import add_months
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.rounds import DatedFact
from ripartire_desktop.usecases.changes import Changes, Kind

__all__ = [
    "DatedFact",
    "DueFollowUp",
    "dated_facts",
    "follow_ups_between",
    "mirror_assessment",
    "save_rounds",
]

# The kinds whose scores are the assessment tab's (baseline and exit side by side there).
_FROM_ASSESSMENT = frozenset({RoundKind.BASELINE, RoundKind.EXIT})


def _closure_days(records: Records, family_id: int) -> list[date]:
    return sorted(c.closed_on for c in records.closures.for_family(family_id))


def save_rounds(
    records: Records,
    family_id: int,
    staged: Sequence[AssessmentRound],
    removed_ids: Sequence[int],
) -> Changes:
    """The outcomes tab's Save: its new and changed rounds and those taken out, in one
    transaction. Each round's path is set from its day; a second baseline or exit of the
    same path is refused (ValidationError, nothing written). The scores of a stored baseline
    or exit stay those of the assessment tab."""
    with records.transaction():
        closures = _closure_days(records, family_id)
        for round_id in removed_ids:
            records.rounds.delete(round_id)
        stored = {r.id: r for r in records.rounds.for_family(family_id)}
        for found in staged:
            placed = replace(
                found,
                family_id=family_id,
                episode=episode_for(found.kind, found.assessed_on, closures),
            )
            _check_one_per_path(placed, stored.values())
            keep_scores = placed.id is not None and placed.kind in _FROM_ASSESSMENT
            saved = records.rounds.save(placed, with_scores=not keep_scores)
            stored[saved.id] = saved
    return Changes.of(Kind.CASE, Kind.AGENDA, family_id=family_id)


def _check_one_per_path(found: AssessmentRound, others: Iterable[AssessmentRound]) -> None:
    if found.kind not in _FROM_ASSESSMENT:
        return
    for other in others:
        if other.id != found.id and other.kind == found.kind and other.episode == found.episode:
            raise ValidationError("kind", f"this path already has a {found.kind.value} assessment")


def mirror_assessment(records: Records, assessment: Assessment, *, today: date) -> None:
    """Inside the assessment tab's transaction: its baseline and exit scores become the
    baseline and exit rounds of the path it is for (store.records.rounds.RoundRepository.mirror)."""
    records.rounds.mirror(assessment, today=today)


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    family_id: int
    code: str
    episode: int
    months: int
    due_on: date


def follow_ups_between(
    records: Records, start: date, end: date, *, only: int | None = None
) -> list[DueFollowUp]:
    """Follow-ups due in [start, end) and not recorded: for each family whose path is closed
    now (or family `only`), the scheduled months after its last closure (by default 6 and
    12)."""
    # Only paths whose last closure is m months before the window (a few days' margin: a
    # month end moves by up to 3 days) can have a follow-up in it; the others are not read.
    margin = timedelta(days=4)
    closed = [
        (add_months(start, -m) - margin, add_months(end, -m) + margin) for m in FOLLOW_UP_MONTHS
    ]
    recorded = records.rounds.recorded_follow_ups(only, closed)
    found = []
    for family_id, (code, closures) in records.rounds.closed_paths(only, closed).items():
        last = len(closures)
        for due in follow_ups_due(family_id, closures, recorded.get(family_id, set())):
            if due.episode == last and start <= due.due_on < end:
                found.append(DueFollowUp(family_id, code, due.episode, due.months, due.due_on))
    return sorted(found, key=lambda d: (d.due_on, d.code, d.months))


def dated_facts(
    records: Records, start: date, end: date, *, only: int | None = None
) -> list[DatedFact]:
    """Benefit renewals and ISEE expiries in [start, end), from each family's latest round
    (or family `only`'s)."""
    return records.rounds.dated_facts(start, end, only)
