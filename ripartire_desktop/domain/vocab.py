"""Closed vocabularies of the case record.

The values are stored in the database and in its CHECK constraints: never change or reuse one;
add new members instead. Labels for people live in `labels.py`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .errors import ValidationError


class FamilyStatus(StrEnum):
    FIRST_CONTACT = "first_contact"
    INTAKE = "intake"
    ASSESSMENT = "assessment"
    ACTIVE_PATH = "active_path"
    WAITING_LIST = "waiting_list"
    REFERRED = "referred"
    NOT_ELIGIBLE = "not_eligible"
    WITHDREW = "withdrew"
    CLOSED = "closed"


class Channel(StrEnum):
    """How a family first reached the project."""

    PHONE = "phone"
    EMAIL = "email"
    SOCIAL_NETWORK = "social_network"
    WORD_OF_MOUTH = "word_of_mouth"
    REFERRAL = "referral"
    OTHER = "other"
    IN_PERSON = "in_person"  # a walk-in at the desk (added by migration 0008)


class AgeBand(StrEnum):
    AGE_0_2 = "0_2"
    AGE_3_5 = "3_5"
    AGE_6_10 = "6_10"
    AGE_11_13 = "11_13"
    AGE_14_17 = "14_17"
    AGE_18_24 = "18_24"
    AGE_25_34 = "25_34"
    AGE_35_44 = "35_44"
    AGE_45_54 = "45_54"
    AGE_55_64 = "55_64"
    AGE_65_PLUS = "65_plus"


class MemberRole(StrEnum):
    PARENT = "parent"
    CHILD = "child"
    OTHER_ADULT = "other_adult"


class WorkSituation(StrEnum):
    EMPLOYED = "employed"
    UNEMPLOYED = "unemployed"
    PRECARIOUS = "precarious"
    NEVER_WORKED = "never_worked"
    STUDENT = "student"
    RETIRED = "retired"
    HOMEMAKER = "homemaker"
    UNABLE_TO_WORK = "unable_to_work"
    OTHER = "other"


class Education(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    UPPER_SECONDARY = "upper_secondary"
    VOCATIONAL = "vocational"
    UNIVERSITY = "university"
    # Many parents hold a diploma obtained abroad that Italy does not (yet) recognise.
    FOREIGN_UNRECOGNISED = "foreign_unrecognised"
    OTHER = "other"


class NeedArea(StrEnum):
    WORK = "work"
    INCOME = "income"
    DEBT = "debt"
    HOUSING = "housing"
    ENERGY_BILLS = "energy_bills"
    CHILDCARE = "childcare"
    HEALTH = "health"
    EDUCATION_TRAINING = "education_training"
    SOCIAL_NETWORK = "social_network"
    BENEFITS_ACCESS = "benefits_access"


class Decision(StrEnum):
    """Eligibility decision at the end of the assessment."""

    PENDING = "pending"
    ADMITTED = "admitted"
    WAITING_LIST = "waiting_list"
    REFERRED = "referred"
    NOT_ELIGIBLE = "not_eligible"
    WITHDREW = "withdrew"


class EligibilityReason(StrEnum):
    """One line of the eligibility check, met or unmet, shown to the counsellor."""

    RESIDENT = "resident"
    NOT_RESIDENT = "not_resident"
    HAS_MINOR = "has_minor"
    NO_MINOR = "no_minor"
    HARDSHIP = "hardship"
    NO_HARDSHIP = "no_hardship"


class InterviewMode(StrEnum):
    DESK = "desk"
    PHONE = "phone"
    VIDEO = "video"
    HOME_VISIT = "home_visit"
    NEUTRAL_PLACE = "neutral_place"


class ActionType(StrEnum):
    JOB_ORIENTATION = "job_orientation"
    CV = "cv"
    JOB_SEARCH = "job_search"
    TRAINEESHIP = "traineeship"
    TRAINING_COURSE = "training_course"
    EMERGENCY_CASH_AID = "emergency_cash_aid"
    ENERGY_BILLS = "energy_bills"
    MICROCREDIT = "microcredit"
    PUBLIC_BENEFITS = "public_benefits"
    PSYCHOLOGICAL_SUPPORT = "psychological_support"
    SCHOOL_CHILDCARE_SUPPORT = "school_childcare_support"
    REFERRAL = "referral"
    OTHER = "other"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    DONE = "done"
    CANCELLED = "cancelled"


class AidCategory(StrEnum):
    EMERGENCY_CASH = "emergency_cash"
    ENERGY_BILLS = "energy_bills"
    RENT_HOUSING = "rent_housing"
    SCHOOL_COSTS = "school_costs"
    FOOD_VOUCHERS = "food_vouchers"
    HEALTH = "health"
    TRANSPORT = "transport"
    TRAINING_COSTS = "training_costs"
    OTHER = "other"


class PayeeKind(StrEnum):
    FAMILY = "family"
    SUPPLIER = "supplier"


class ConsentScope(StrEnum):
    PATH = "path"
    ANONYMOUS_STATISTICS = "anonymous_statistics"


class ConsentMethod(StrEnum):
    SIGNED_PAPER = "signed_paper"
    VERBAL_RECORDED = "verbal_recorded"
    DIGITAL = "digital"


class ClosureReason(StrEnum):
    """Why the path ended."""

    PATH_COMPLETED = "path_completed"
    WITHDREW = "withdrew"
    MOVED_AWAY = "moved_away"
    NO_CONTACT = "no_contact"
    REFERRED = "referred"
    OTHER = "other"


class Outcome(StrEnum):
    """What the path achieved, counted in the anonymised report."""

    WORK_FOUND = "work_found"
    TRAINING_COMPLETED = "training_completed"
    NEEDS_MET = "needs_met"
    MOVED_AWAY = "moved_away"
    WITHDREW = "withdrew"
    REFERRED_TO_SERVICES = "referred_to_services"
    NO_CONTACT = "no_contact"
    OTHER = "other"


class WorkType(StrEnum):
    """Kind of job found; recorded only with `Outcome.WORK_FOUND`."""

    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    TEMPORARY = "temporary"
    SELF_EMPLOYED = "self_employed"
    TRAINEESHIP_PAID = "traineeship_paid"


class FirstContactOutcome(StrEnum):
    INFORMATION_GIVEN = "information_given"
    APPOINTMENT_BOOKED = "appointment_booked"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    NOT_PERTINENT = "not_pertinent"
    OTHER = "other"


class RoundKind(StrEnum):
    """When in a path an assessment was made."""

    BASELINE = "baseline"
    REVIEW = "review"
    EXIT = "exit"
    FOLLOW_UP = "follow_up"


class AssessmentDomain(StrEnum):
    """The six domains of the multidimensional assessment (D.Lgs. 147/2017, art. 5)."""

    PERSONAL_SOCIAL = "personal_social"
    ECONOMIC = "economic"
    WORK = "work"
    EDUCATION = "education"
    HOUSING = "housing"
    NETWORKS = "networks"


class IseeType(StrEnum):
    ORDINARIO = "ordinario"
    CORRENTE = "corrente"
    MINORENNI = "minorenni"
    UNIVERSITARIO = "universitario"
    SOCIOSANITARIO = "sociosanitario"
    SOCIOSANITARIO_RESIDENZE = "sociosanitario_residenze"


class BenefitKind(StrEnum):
    ASSEGNO_INCLUSIONE = "assegno_inclusione"
    CARTA_DEDICATA_A_TE = "carta_dedicata_a_te"
    ASSEGNO_UNICO = "assegno_unico"
    SUPPORTO_FORMAZIONE_LAVORO = "supporto_formazione_lavoro"
    NASPI = "naspi"
    BONUS_SOCIALE = "bonus_sociale"
    OTHER = "other"


# Every vocabulary, for the label table, the store's CHECK constraints and the tests.
VOCABULARIES: tuple[type[StrEnum], ...] = (
    FamilyStatus,
    Channel,
    AgeBand,
    MemberRole,
    WorkSituation,
    Education,
    NeedArea,
    Decision,
    EligibilityReason,
    InterviewMode,
    ActionType,
    ActionStatus,
    AidCategory,
    PayeeKind,
    ConsentScope,
    ConsentMethod,
    ClosureReason,
    Outcome,
    WorkType,
    FirstContactOutcome,
    RoundKind,
    AssessmentDomain,
    IseeType,
    BenefitKind,
)

# Lower bound (inclusive) of each band, oldest first, so the first match wins.
_BAND_FLOORS: tuple[tuple[int, AgeBand], ...] = (
    (65, AgeBand.AGE_65_PLUS),
    (55, AgeBand.AGE_55_64),
    (45, AgeBand.AGE_45_54),
    (35, AgeBand.AGE_35_44),
    (25, AgeBand.AGE_25_34),
    (18, AgeBand.AGE_18_24),
    (14, AgeBand.AGE_14_17),
    (11, AgeBand.AGE_11_13),
    (6, AgeBand.AGE_6_10),
    (3, AgeBand.AGE_3_5),
    (0, AgeBand.AGE_0_2),
)
_MINOR_BANDS = frozenset(
    {AgeBand.AGE_0_2, AgeBand.AGE_3_5, AgeBand.AGE_6_10, AgeBand.AGE_11_13, AgeBand.AGE_14_17}
)
MAX_AGE = 130


def age_band_for_age(age: int) -> AgeBand:
    """The band of a person of `age` completed years."""
    if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= MAX_AGE:
        raise ValidationError("age", f"must be a whole number from 0 to {MAX_AGE}")
    return next(band for floor, band in _BAND_FLOORS if age >= floor)


def age_band_for_birth_year(birth_year: int, on: date) -> AgeBand:
    """The band of a person born in `birth_year`, as of the day `on`.

    With only the year known the age is `on.year - birth_year - 1` (birthday not yet reached):
    a child turning 18 this year still counts as a minor until the year is over, so a family is
    never dropped from the project's criterion one birthday too early.
    """
    if isinstance(birth_year, bool) or not isinstance(birth_year, int):
        raise ValidationError("birth_year", "must be a whole number")
    if not on.year - MAX_AGE <= birth_year <= on.year:
        raise ValidationError("birth_year", f"must be between {on.year - MAX_AGE} and {on.year}")
    return age_band_for_age(max(0, on.year - birth_year - 1))


def is_minor(band: AgeBand) -> bool:
    return AgeBand(band) in _MINOR_BANDS
