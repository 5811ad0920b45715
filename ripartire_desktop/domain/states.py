"""Which status a family may move to from each status.

Reopening: a family that comes back after closing, withdrawing, being referred or being found not
eligible goes back to intake under the same code, because its circumstances must be reassessed
and the history stays in one record rather than in a duplicate family.
"""

from __future__ import annotations

from collections.abc import Mapping

from .errors import TransitionError
from .labels import label
from .vocab import FamilyStatus

S = FamilyStatus

TRANSITIONS: Mapping[FamilyStatus, frozenset[FamilyStatus]] = {
    S.FIRST_CONTACT: frozenset({S.INTAKE, S.WITHDREW}),
    S.INTAKE: frozenset({S.ASSESSMENT, S.WITHDREW}),
    S.ASSESSMENT: frozenset(
        {S.ACTIVE_PATH, S.WAITING_LIST, S.REFERRED, S.NOT_ELIGIBLE, S.WITHDREW}
    ),
    S.WAITING_LIST: frozenset({S.ACTIVE_PATH, S.REFERRED, S.WITHDREW}),
    S.ACTIVE_PATH: frozenset({S.CLOSED, S.WITHDREW}),
    # Final states: the only way on is a fresh intake.
    S.REFERRED: frozenset({S.INTAKE}),
    S.NOT_ELIGIBLE: frozenset({S.INTAKE}),
    S.WITHDREW: frozenset({S.INTAKE}),
    S.CLOSED: frozenset({S.INTAKE}),
}

FINAL_STATES = frozenset({S.REFERRED, S.NOT_ELIGIBLE, S.WITHDREW, S.CLOSED})


def allowed_next(status: FamilyStatus) -> frozenset[FamilyStatus]:
    return TRANSITIONS[FamilyStatus(status)]


def is_allowed(old: FamilyStatus, new: FamilyStatus) -> bool:
    """True for a change the table allows; staying in the same status is always allowed."""
    old, new = FamilyStatus(old), FamilyStatus(new)
    return old == new or new in TRANSITIONS[old]


def check_transition(old: FamilyStatus, new: FamilyStatus) -> None:
    """Raise TransitionError unless `old -> new` is allowed.

    The same status on both sides is a no-op, so a repository can call this on every save.
    """
    if not is_allowed(old, new):
        old, new = FamilyStatus(old), FamilyStatus(new)
        message = f"Non è possibile passare dallo stato «{label(old)}» allo stato «{label(new)}»."
        raise TransitionError(old.value, new.value, message)
