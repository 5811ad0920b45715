"""A family's records as the counsellor changes them: status, assessment, household and
identity, plan actions, aid payments, consent, closure.

Each function validates through the domain, writes in one transaction and says what changed;
a refused change (ValidationError, TransitionError) writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Protocol, TypeVar

from ripartire_desktop.domain import (
    AidPayment,
    Assessment,
    BudgetLine,
    Channel,
    Closure,
    Consent,
    Criteria,
    Decision,
    Family,
    FamilyStatus,
    Identity,
    Member,
    PlanAction,
    ValidationError,
    derived_criteria,
    is_minor,
    resolve_line,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.handover import require_editable
from ripartire_desktop.usecases.outcomes import mirror_assessment

# From these states "active path" is an admission: it respects capacity (else waiting list).
ADMITTING = frozenset({FamilyStatus.ASSESSMENT, FamilyStatus.WAITING_LIST})


R = TypeVar("R")


def _case(family_id: int | None, *more: Kind) -> Changes:
    return Changes.of(Kind.CASE, *more, family_id=family_id)


@dataclass(frozen=True, slots=True)
class StatusChange:
    family: Family  # as stored after the change
    capacity: int  # the paths the project runs at once (admission respects it)
    changes: Changes
    before: Family | None = None  # as stored before: what an undo puts back
    records_after: tuple[int, int, int] = (0, 0, 0)  # interviews, closures, actions then


class UndoRefusedError(ValueError):
    """The status change cannot be taken back any more; `reason` says why (a code word)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _dependents(records: Records, family_id: int) -> tuple[int, int, int]:
    return (
        len(records.interviews.for_family(family_id)),
        len(records.closures.for_family(family_id)),
        len(records.actions.for_family(family_id)),
    )


def change_status(records: Records, family_id: int, new: FamilyStatus, *, on: date) -> StatusChange:
    """Move a family to `new`; an admission to the active path goes to the waiting list when
    every path is taken. TransitionError or ValidationError when the domain refuses."""
    require_editable(records, family_id)
    capacity = records.settings.load().capacity
    with records.transaction():
        current = records.families.get(family_id)
        if new == FamilyStatus.ACTIVE_PATH and current.status in ADMITTING:
            family = records.families.admit(family_id, on=on, capacity=capacity)
        else:
            family = records.families.transition(family_id, new, on=on)
        after = _dependents(records, family_id)
    return StatusChange(
        family, capacity, Changes.of(Kind.FAMILIES, family_id=family_id), current, after
    )


def undo_status_change(records: Records, change: StatusChange) -> tuple[Family, Changes]:
    """Put the family back as it was before `change`, with its own audit entry.

    Refused (UndoRefusedError, nothing written) once anything depends on the change: the
    family edited or moved again ("changed"), or an interview, closure or action recorded
    since ("recorded")."""
    before, applied = change.before, change.family
    if before is None or applied.id is None:
        raise UndoRefusedError("changed")
    require_editable(records, applied.id)
    with records.transaction():
        stored = records.families.get(applied.id)
        if stored != applied:
            raise UndoRefusedError("changed")
        if _dependents(records, applied.id) != change.records_after:
            raise UndoRefusedError("recorded")
        records.families.put_back(before)
        records.audit.record(
            AuditAction.STATUS_UNDO,
            family_code=before.code,
            detail=f"{applied.status.value} -> {before.status.value}",
        )
    return before, Changes.of(Kind.FAMILIES, Kind.CASE, family_id=applied.id)


@dataclass(frozen=True, slots=True, kw_only=True)
class Household:
    """The household tab's fields of the family record itself (same names as in `Family`)."""

    adults: int
    minors: int
    counsellor: str
    municipality: str
    first_contact_channel: Channel | None
    known_to_social_services: bool | None


def save_household(
    records: Records,
    family_id: int,
    household: Household,
    identity: Identity,
    *,
    members: Sequence[Member],
    removed_member_ids: Sequence[int] = (),
    today: date,
) -> tuple[Family, Changes]:
    """The household counts, identity and members, written together."""
    require_editable(records, family_id)
    with records.transaction():
        # The stored record, not one loaded earlier: the status may have changed since.
        family = records.families.get(family_id)
        # Household's fields are named as the family's, so they replace them one for one.
        updated = replace(family, **asdict(household), updated_on=max(today, family.updated_on))
        records.families.update(updated)
        # An identity never entered stays absent rather than stored empty.
        if records.identities.get(family_id) is not None or identity != Identity():
            records.identities.save(family_id, identity)
        for member_id in removed_member_ids:
            records.members.delete(member_id)
        for member in members:
            if member.id is None:
                records.members.add(family_id, member)
            else:
                records.members.update(member)
    return updated, Changes.of(Kind.FAMILIES, family_id=family_id)


def save_assessment(records: Records, assessment: Assessment, *, on: date | None = None) -> Changes:
    """Save the assessment; a decision to admit (or to wait) moves the status in the same
    step, through intake and assessment as needed, admission respecting capacity."""
    day = on or date.today()
    capacity = records.settings.load().capacity
    fid = assessment.family_id
    require_editable(records, fid)
    target = _STATUS_FOR_DECISION.get(assessment.decision)
    with records.transaction():
        records.assessments.save(assessment)
        mirror_assessment(records, assessment, today=day)
        if target is None:
            return _case(fid)
        family = records.families.get(fid)
        # A family turned from a desk contact starts at "first contact": on through intake.
        for before, after in _WALK_TO_ASSESSMENT:
            if family.status == before:
                family = records.families.transition(fid, after, on=day)
        if family.status not in ADMITTING or family.status == target:
            return _case(fid)
        if target == FamilyStatus.ACTIVE_PATH:
            records.families.admit(fid, on=day, capacity=capacity)
        else:
            records.families.transition(fid, target, on=day)
    return _case(fid, Kind.FAMILIES)


_WALK_TO_ASSESSMENT = (
    (FamilyStatus.FIRST_CONTACT, FamilyStatus.INTAKE),
    (FamilyStatus.INTAKE, FamilyStatus.ASSESSMENT),
)
_STATUS_FOR_DECISION = {
    Decision.ADMITTED: FamilyStatus.ACTIVE_PATH,
    Decision.WAITING_LIST: FamilyStatus.WAITING_LIST,
}


def assessment_criteria(records: Records, family_id: int, *, on: date) -> Criteria:
    """The criteria ticks a new assessment takes from the household and the municipality."""
    family = records.families.get(family_id)
    members = records.members.for_family(family_id)
    bands = [m.band_on(on) for m in members]
    return derived_criteria(
        minors=family.minors,
        member_minors=sum(1 for band in bands if band is not None and is_minor(band)),
        work_situations=tuple(m.work_situation.value for m in members if m.work_situation),
        municipality=family.municipality,
        project_municipality=records.settings.load().municipality,
    )


class _Rows(Protocol[R]):
    """The repository of one kind of a family's rows (actions, payments, consents)."""

    def add(self, value: R, /) -> R: ...

    def update(self, value: R, /) -> None: ...

    def delete(self, row_id: int, /) -> None: ...


class _Row(Protocol):
    @property
    def id(self) -> int | None: ...


W = TypeVar("W", bound=_Row)


def save_staged(
    records: Records,
    rows: _Rows[W],
    family_id: int,
    staged: Sequence[W],
    removed_ids: Sequence[int],
    *more: Kind,
) -> Changes:
    """A tab's staged edits of one kind of row (new and changed rows, removed ids), written
    together in one transaction: all or nothing."""
    require_editable(records, family_id)
    with records.transaction():
        for row_id in removed_ids:
            rows.delete(row_id)
        for value in staged:
            if value.id is None:
                rows.add(value)
            else:
                rows.update(value)
    return _case(family_id, *more)


def save_actions(
    records: Records, family_id: int, staged: Sequence[PlanAction], removed_ids: Sequence[int]
) -> Changes:
    """The plan actions tab's Save (their due dates are in the agenda)."""
    return save_staged(records, records.actions, family_id, staged, removed_ids, Kind.AGENDA)


def save_aid_payments(
    records: Records, family_id: int, staged: Sequence[AidPayment], removed_ids: Sequence[int]
) -> Changes:
    """The aid ledger tab's Save; each payment paid from its budget line (the only line of
    its year when none was chosen; ValidationError when one must be chosen)."""
    lines = records.budget.all()
    assigned = [_with_line(lines, p) for p in staged]
    return save_staged(records, records.aid, family_id, assigned, removed_ids)


def _with_line(lines: Sequence[BudgetLine], payment: AidPayment) -> AidPayment:
    line_id = resolve_line(lines, payment.paid_on.year, payment.budget_line_id)
    return replace(payment, budget_line_id=line_id)


def save_consents(
    records: Records, family_id: int, staged: Sequence[Consent], removed_ids: Sequence[int]
) -> Changes:
    """The consent tab's Save: consents recorded and withdrawn."""
    return save_staged(records, records.consents, family_id, staged, removed_ids)


def _store(records: Records, rows: _Rows[R], value: R, id_: int | None) -> R:
    """Add `value` (no id yet) or update it, in one transaction; the stored value."""
    with records.transaction():
        if id_ is None:
            return rows.add(value)
        rows.update(value)
    return value


def save_action(records: Records, action: PlanAction) -> tuple[PlanAction, Changes]:
    """Add or edit a plan action (its due date is in the agenda)."""
    require_editable(records, action.family_id)
    stored = _store(records, records.actions, action, action.id)
    return stored, _case(action.family_id, Kind.AGENDA)


def remove_action(records: Records, family_id: int, action_id: int) -> Changes:
    """Remove an action; payments linked to it stay in the ledger, unlinked."""
    require_editable(records, family_id)
    with records.transaction():
        records.actions.delete(action_id)
    return _case(family_id, Kind.AGENDA)


def save_aid_payment(records: Records, payment: AidPayment) -> tuple[AidPayment, Changes]:
    require_editable(records, payment.family_id)
    payment = _with_line(records.budget.all(), payment)
    return _store(records, records.aid, payment, payment.id), _case(payment.family_id)


def remove_aid_payment(records: Records, family_id: int, payment_id: int) -> Changes:
    require_editable(records, family_id)
    with records.transaction():
        records.aid.delete(payment_id)
    return _case(family_id)


def save_consent(records: Records, consent: Consent) -> tuple[Consent, Changes]:
    """Record a consent, or its withdrawal (an update of the same consent)."""
    require_editable(records, consent.family_id)
    return _store(records, records.consents, consent, consent.id), _case(consent.family_id)


def close_family(records: Records, closure: Closure, *, today: date) -> tuple[Family, Changes]:
    """Record why and how the path ended, and close the family on that day."""
    require_editable(records, closure.family_id)
    if closure.closed_on > today:
        raise ValidationError("closed_on", "cannot be in the future")
    with records.transaction():
        records.closures.add(closure)
        try:
            family = records.families.transition(
                closure.family_id, FamilyStatus.CLOSED, on=closure.closed_on
            )
        except ValidationError as exc:
            # The family's own dates: closing before the path started, or before the last edit.
            raise ValidationError("closed_on", exc.message) from None
    return family, _case(closure.family_id, Kind.FAMILIES, Kind.AGENDA)


def new_family(records: Records, *, on: date) -> tuple[Family, Changes]:
    """A family at intake, with the counsellor and municipality of this vault's settings."""
    settings = records.settings.load()
    with records.transaction():
        family = records.families.create(
            on=on,
            status=FamilyStatus.INTAKE,
            counsellor=settings.counsellor_name,
            municipality=settings.municipality,
        )
    return family, Changes.of(Kind.FAMILIES, family_id=family.id)


def needs_consent(records: Records, family_id: int) -> bool:
    """An active family with no consent in force: the family view warns about it."""
    family = records.families.get(family_id)
    if family.status != FamilyStatus.ACTIVE_PATH:
        return False
    return not any(c.withdrawn_on is None for c in records.consents.for_family(family_id))
