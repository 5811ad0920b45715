"""How the demo families are spread: the share of each status, channel, mode, outcome...

Each distribution is a `Pick` of weights (relative, not percentages unless they add up to 100).
The order of the entries matters: it fixes which value one random draw lands on, so the same
seed keeps giving the same vault.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping
from typing import Generic, TypeVar

from ripartire_desktop.domain import vocab as v

T = TypeVar("T")


class Pick(Generic[T]):
    """A weighted choice drawn with one `random()` call (much cheaper than `choices`)."""

    def __init__(self, weights: Mapping[T, float]) -> None:
        self.items = list(weights)
        self.cum = list(itertools.accumulate(weights.values()))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


S, A, W = v.FamilyStatus, v.ActionStatus, v.WorkSituation

# Shares of the families that are neither on a path nor waiting (those follow the capacity).
OTHER_STATUSES: dict[v.FamilyStatus, float] = {
    S.FIRST_CONTACT: 9, S.INTAKE: 7, S.ASSESSMENT: 7, S.REFERRED: 11, S.NOT_ELIGIBLE: 9,
    S.WITHDREW: 12, S.CLOSED: 30,
}  # fmt: skip
WAITING_SHARE = 0.06
# How many interviews a family of each status gets, relative to the others.
INTERVIEW_WEIGHT: dict[v.FamilyStatus, float] = {
    S.FIRST_CONTACT: 0.1, S.INTAKE: 0.3, S.ASSESSMENT: 0.5, S.WAITING_LIST: 0.6,
    S.ACTIVE_PATH: 1.6, S.REFERRED: 0.4, S.NOT_ELIGIBLE: 0.3, S.WITHDREW: 0.5, S.CLOSED: 1.4,
}  # fmt: skip
ANONYMOUS_CONTACT_SHARE = 0.15
HISTORY_DAYS = 700  # everything happens within about two years before `today`

CHANNEL = Pick({
    v.Channel.PHONE: 30, v.Channel.EMAIL: 15, v.Channel.SOCIAL_NETWORK: 25,
    v.Channel.WORD_OF_MOUTH: 20, v.Channel.REFERRAL: 8, v.Channel.OTHER: 2,
    v.Channel.IN_PERSON: 12,  # walk-ins at the desk
})  # fmt: skip
MODE = Pick({
    v.InterviewMode.DESK: 45, v.InterviewMode.PHONE: 25, v.InterviewMode.VIDEO: 8,
    v.InterviewMode.HOME_VISIT: 7, v.InterviewMode.NEUTRAL_PLACE: 15,
})  # fmt: skip
DURATIONS = (20, 30, 30, 45, 45, 45, 60, 60, 75, 90)
CHILD_COUNT = Pick({1: 35, 2: 40, 3: 18, 4: 7})
SPEAKER_WORK = Pick({
    W.UNEMPLOYED: 50, W.PRECARIOUS: 30, W.EMPLOYED: 5, W.NEVER_WORKED: 5, W.HOMEMAKER: 10,
})  # fmt: skip
PARTNER_WORK = Pick({
    W.EMPLOYED: 40, W.PRECARIOUS: 20, W.UNEMPLOYED: 15, W.HOMEMAKER: 20, W.UNABLE_TO_WORK: 5,
})  # fmt: skip
EDUCATION = Pick({
    v.Education.PRIMARY: 6, v.Education.LOWER_SECONDARY: 30, v.Education.UPPER_SECONDARY: 28,
    v.Education.VOCATIONAL: 15, v.Education.UNIVERSITY: 8,
    v.Education.FOREIGN_UNRECOGNISED: 11, v.Education.NONE: 2,
})  # fmt: skip
BASELINE = Pick({0: 10, 1: 25, 2: 35, 3: 30})
MOTIVATION = Pick({1: 3, 2: 8, 3: 25, 4: 35, 5: 29})
_T = v.ActionType
ACTION_TYPE = Pick({
    _T.JOB_ORIENTATION: 10, _T.CV: 12, _T.JOB_SEARCH: 14, _T.TRAINEESHIP: 6,
    _T.TRAINING_COURSE: 8, _T.EMERGENCY_CASH_AID: 10, _T.ENERGY_BILLS: 12, _T.MICROCREDIT: 3,
    _T.PUBLIC_BENEFITS: 10, _T.PSYCHOLOGICAL_SUPPORT: 4, _T.SCHOOL_CHILDCARE_SUPPORT: 7,
    _T.REFERRAL: 2, _T.OTHER: 2,
})  # fmt: skip
ACTION_STATUS: dict[v.FamilyStatus, Pick[v.ActionStatus]] = {
    S.ACTIVE_PATH: Pick(
        {A.PLANNED: 25, A.IN_PROGRESS: 30, A.BLOCKED: 8, A.DONE: 30, A.CANCELLED: 7}
    ),
    S.WAITING_LIST: Pick({A.PLANNED: 50, A.IN_PROGRESS: 30, A.DONE: 20}),
    S.CLOSED: Pick({A.DONE: 78, A.CANCELLED: 22}),
    S.WITHDREW: Pick({A.DONE: 40, A.CANCELLED: 60}),
}
WAITING_ACTIONS = (_T.EMERGENCY_CASH_AID, _T.PUBLIC_BENEFITS, _T.ENERGY_BILLS)
_C = v.AidCategory
EXTRA_AID = Pick({
    _C.FOOD_VOUCHERS: 40, _C.RENT_HOUSING: 20, _C.HEALTH: 15, _C.TRANSPORT: 15, _C.OTHER: 10,
})  # fmt: skip
CONSENT_METHOD = Pick({
    v.ConsentMethod.SIGNED_PAPER: 60, v.ConsentMethod.DIGITAL: 25,
    v.ConsentMethod.VERBAL_RECORDED: 15,
})  # fmt: skip
_R, _O = v.ClosureReason, v.Outcome
CLOSURE = Pick({
    (_R.PATH_COMPLETED, _O.WORK_FOUND): 30, (_R.PATH_COMPLETED, _O.TRAINING_COMPLETED): 12,
    (_R.PATH_COMPLETED, _O.NEEDS_MET): 18, (_R.NO_CONTACT, _O.NO_CONTACT): 10,
    (_R.MOVED_AWAY, _O.MOVED_AWAY): 8, (_R.REFERRED, _O.REFERRED_TO_SERVICES): 10,
    (_R.WITHDREW, _O.WITHDREW): 7, (_R.OTHER, _O.OTHER): 5,
})  # fmt: skip
WORK_TYPE = Pick({
    v.WorkType.PERMANENT: 20, v.WorkType.FIXED_TERM: 40, v.WorkType.TEMPORARY: 20,
    v.WorkType.SELF_EMPLOYED: 5, v.WorkType.TRAINEESHIP_PAID: 15,
})  # fmt: skip
_F = v.FirstContactOutcome
DESK_OUTCOME = Pick({
    _F.INFORMATION_GIVEN: 50, _F.REFERRED_ELSEWHERE: 20, _F.NOT_PERTINENT: 20, _F.OTHER: 10,
})  # fmt: skip
# The criterion a not-eligible family misses.
UNMET = Pick({"resident": 50, "minor": 30, "hardship": 20})
