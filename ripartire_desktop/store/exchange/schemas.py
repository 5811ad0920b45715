"""The family file's format: its names and bounds, the fields of each object, and what a file
becomes once read (docs/family-json.md describes it for counsellors and integrators).

A record's fields are its table's columns (`store.columns`) without the keys that tie it to
its family, which the file expresses by nesting instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from ripartire_desktop import domain
from ripartire_desktop.store import columns
from ripartire_desktop.store.columns import Table
from ripartire_desktop.store.errors import DamagedError

FORMAT_ONE = "ripartire-family"
FORMAT_MANY = "ripartire-families"
VERSION = 2  # bump on any change a reader of the version before would misread or reject
OLDEST_VERSION = 1  # version 1 had no assessment_rounds (issue 17); it is still read
# The largest family file accepted: about 2,000 families of ten interviews each (a demo family
# is 8 KB). Importing runs in one write transaction at about 150 KB/s, so this bounds it to
# about two minutes; a bigger archive is split into several files.
MAX_FILE_BYTES = 16_000_000

# A bound keeps every amount inside SQLite's integer range and catches a misplaced decimal point.
MAX_AMOUNT_CENTS = 99_999_999_999
# Children of a parsed family need a family id to be valid domain objects; the real id is only
# known once the family is stored, and replaces this one on import.
PLACEHOLDER_FAMILY_ID = 1
EARLIEST_YEAR = 1900  # of a family's created_on: earlier is a typo (0206 for 2026)


def _fields_of(table: Table, *, without: tuple[str, ...] = ("family_id",)) -> tuple[str, ...]:
    return tuple(name for name in table.fields if name not in without)


# The lists of a family, in the order a reader reads them.
FAMILY_CHILDREN = (
    "identity", "members", "first_contacts", "assessment", "interviews", "actions",
    "aid_payments", "consents", "closures", "assessment_rounds",
)  # fmt: skip
FAMILY_COLUMNS = columns.FAMILIES.fields
FAMILY_FIELDS = (*FAMILY_COLUMNS, *FAMILY_CHILDREN)
PERSON_FIELDS = _fields_of(columns.IDENTITY_PEOPLE, without=("family_id", "position"))
IDENTITY_FIELDS = ("people", "phones", "emails", *_fields_of(columns.IDENTITIES))
MEMBER_FIELDS = _fields_of(columns.MEMBERS)
FIRST_CONTACT_FIELDS = _fields_of(columns.FIRST_CONTACTS)
_ASSESSED_ON, *_ASSESSMENT_REST = _fields_of(columns.ASSESSMENTS)
ASSESSMENT_FIELDS = (_ASSESSED_ON, "needs", *_ASSESSMENT_REST)
NEED_FIELDS = _fields_of(columns.NEED_SCORES, without=("assessment_id",))
INTERVIEW_FIELDS = _fields_of(columns.INTERVIEWS)
# An action's `ref` is how a payment of the same family names it (ids stay in the vault).
ACTION_FIELDS = ("ref", *_fields_of(columns.ACTIONS))
# A payment names its budget line by name, funder and year (ids stay in the vault; the amount
# granted is each vault's own figure).
_AID_OWN = _fields_of(columns.AID_PAYMENTS, without=("family_id", "action_id", "budget_line_id"))
AID_FIELDS = (*_AID_OWN, "action_ref", "budget_line")
BUDGET_LINE_FIELDS = ("name", "funder", "year")
CONSENT_FIELDS = _fields_of(columns.CONSENTS)
CLOSURE_FIELDS = _fields_of(columns.CLOSURES)
# A round's lists nest in it; an adult's `member` is the position (from 1) of the household
# member in the family's `members`, or null.
ROUND_FIELDS = (*_fields_of(columns.ASSESSMENT_ROUNDS), "scores", "work", "benefits")
ROUND_SCORE_FIELDS = _fields_of(columns.ROUND_SCORES, without=("round_id",))
ROUND_WORK_FIELDS = ("member", "work_situation")
ROUND_BENEFIT_FIELDS = _fields_of(columns.ROUND_BENEFITS, without=("round_id", "position"))


class FamilyFileError(DamagedError):
    """A family file that cannot be imported; nothing was written.

    `path` is where in the JSON the first problem is (`families[2].interviews[5].duration_minutes`,
    or `document` for the file as a whole) and `problem` says what is wrong with it.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ImportedFamily:
    code_in_file: str
    code_assigned: str


@dataclass(frozen=True, slots=True)
class LinkedPayment:
    """An aid payment and the position, in its family's `actions`, of the action it belongs to."""

    payment: domain.AidPayment
    action_index: int | None
    # The line it is paid from as the file names it: (name, funder, year), or None.
    budget_line: tuple[str, str, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FamilyBundle:
    """One family read from a file and fully validated, ready to import.

    Every `family_id` inside is PLACEHOLDER_FAMILY_ID and every `id` is None until imported.
    """

    path: str  # "family" or "families[3]": where the family is in its file
    family: domain.Family
    identity: domain.Identity | None = None
    members: tuple[domain.Member, ...] = ()
    first_contacts: tuple[domain.FirstContact, ...] = ()
    assessment: domain.Assessment | None = None
    interviews: tuple[domain.Interview, ...] = ()
    actions: tuple[domain.PlanAction, ...] = ()
    aid_payments: tuple[LinkedPayment, ...] = ()
    consents: tuple[domain.Consent, ...] = ()
    closures: tuple[domain.Closure, ...] = ()
    # An adult's `member_id` here is the position (from 1) of the member in `members`. None:
    # the file has no `assessment_rounds` (format version 1), so the assessment gives them.
    rounds: tuple[domain.AssessmentRound, ...] | None = None

    @property
    def code_in_file(self) -> str:
        return self.family.code
