"""Domain values and rules: families, assessments, paths. No Qt, no SQL, no I/O."""

from .aid import AidPayment, remaining_budget, total_cents, totals_by_category
from .assessment import Assessment, NeedScore, improved
from .budget import BudgetLine, BudgetUse, default_line, resolve_line
from .capacity import (
    DEFAULT_CAPACITY,
    WaitingEntry,
    next_from_waiting_list,
    place_admitted,
    waiting_list_order,
)
from .closure import Closure
from .codes import family_code_sort_key, format_family_code, parse_family_code
from .consent import Consent
from .drafts import InterviewDraft
from .eligibility import Criteria, Eligibility, derived_criteria, evaluate_eligibility
from .errors import DomainError, TransitionError, ValidationError
from .family import Family, FirstContact, Identity, Member, Person, household_counts
from .labels import LANGUAGES, choices, label
from .money import format_cents
from .path import Interview, PlanAction
from .settings import DEFAULT_MUNICIPALITY, MIN_SMALL_CELL_K, Settings
from .states import TRANSITIONS, allowed_next, check_transition, is_allowed
from .tax_code import validate_tax_code
from .vocab import (
    VOCABULARIES,
    ActionStatus,
    ActionType,
    AgeBand,
    AidCategory,
    Channel,
    ClosureReason,
    ConsentMethod,
    ConsentScope,
    Decision,
    Education,
    EligibilityReason,
    FamilyStatus,
    FirstContactOutcome,
    InterviewMode,
    MemberRole,
    NeedArea,
    Outcome,
    PayeeKind,
    WorkSituation,
    WorkType,
    age_band_for_age,
    age_band_for_birth_year,
    is_minor,
)

__all__ = [
    "DEFAULT_CAPACITY",
    "DEFAULT_MUNICIPALITY",
    "LANGUAGES",
    "MIN_SMALL_CELL_K",
    "TRANSITIONS",
    "VOCABULARIES",
    "ActionStatus",
    "ActionType",
    "AgeBand",
    "AidCategory",
    "AidPayment",
    "Assessment",
    "BudgetLine",
    "BudgetUse",
    "Channel",
    "Closure",
    "ClosureReason",
    "Consent",
    "ConsentMethod",
    "ConsentScope",
    "Criteria",
    "Decision",
    "DomainError",
    "Education",
    "Eligibility",
    "EligibilityReason",
    "Family",
    "FamilyStatus",
    "FirstContact",
    "FirstContactOutcome",
    "Identity",
    "Interview",
    "InterviewDraft",
    "InterviewMode",
    "Member",
    "MemberRole",
    "NeedArea",
    "NeedScore",
    "Outcome",
    "PayeeKind",
    "Person",
    "PlanAction",
    "Settings",
    "TransitionError",
    "ValidationError",
    "WaitingEntry",
    "WorkSituation",
    "WorkType",
    "age_band_for_age",
    "age_band_for_birth_year",
    "allowed_next",
    "check_transition",
    "choices",
    "default_line",
    "derived_criteria",
    "evaluate_eligibility",
    "family_code_sort_key",
    "format_cents",
    "format_family_code",
    "household_counts",
    "improved",
    "is_allowed",
    "is_minor",
    "label",
    "next_from_waiting_list",
    "parse_family_code",
    "place_admitted",
    "remaining_budget",
    "resolve_line",
    "total_cents",
    "totals_by_category",
    "validate_tax_code",
    "waiting_list_order",
]
