"""Everything the vault holds about one family, read once for a document (case summary,
subject access export)."""

from __future__ import annotations

from dataclasses import dataclass

from ripartire_desktop.domain import (
    AidPayment,
    Assessment,
    AssessmentRound,
    Closure,
    Consent,
    Family,
    FirstContact,
    Identity,
    Interview,
    Member,
    PlanAction,
)
from ripartire_desktop.store.records import Records


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything the vault holds about one family, read once for a document."""

    family: Family
    identity: Identity | None
    members: tuple[Member, ...] = ()
    first_contacts: tuple[FirstContact, ...] = ()
    assessment: Assessment | None = None
    interviews: tuple[Interview, ...] = ()  # oldest first, as a paper file reads
    actions: tuple[PlanAction, ...] = ()
    payments: tuple[AidPayment, ...] = ()
    consents: tuple[Consent, ...] = ()
    closures: tuple[Closure, ...] = ()
    rounds: tuple[AssessmentRound, ...] = ()  # path by path, oldest first


def load_case(records: Records, code: str) -> CaseFile:
    """The family with `code` and all its records (FamilyNotFoundError if there is none)."""
    family = records.families.by_code(code)
    fid = family.id
    assert fid is not None  # a stored family has an id
    interviews = sorted(records.interviews.for_family(fid), key=lambda i: (i.starts_at, i.id or 0))
    return CaseFile(
        family=family,
        identity=records.identities.get(fid),
        members=tuple(records.members.for_family(fid)),
        first_contacts=tuple(records.first_contacts.for_family(fid)),
        assessment=records.assessments.for_family(fid),
        interviews=tuple(interviews),
        actions=tuple(records.actions.for_family(fid)),
        payments=tuple(records.aid.for_family(fid)),
        consents=tuple(records.consents.for_family(fid)),
        rounds=tuple(records.rounds.for_family(fid)),
        closures=tuple(records.closures.for_family(fid)),
    )
