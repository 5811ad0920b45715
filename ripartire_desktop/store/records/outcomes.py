"""Consent to the privacy notice, and the closure of a path."""

from __future__ import annotations

from ripartire_desktop.domain import (
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Outcome,
    WorkType,
)
from ripartire_desktop.store.columns import CLOSURES, CONSENTS, Record
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import FamilyTable


class ConsentRepository(FamilyTable[Consent]):
    table = CONSENTS
    family_order = "given_on, id"

    @staticmethod
    def entity(row: Record) -> Consent:
        return Consent(
            id=row.id,
            family_id=row.family_id,
            notice_version=row.notice_version,
            given_on=cv.to_day_req(row.given_on),
            method=ConsentMethod(row.method),
            scopes=frozenset(cv.from_words(row.scopes, ConsentScope)),
            withdrawn_on=cv.to_day(row.withdrawn_on),
        )

    @staticmethod
    def values(c: Consent) -> tuple[object, ...]:
        return (
            c.family_id,
            c.notice_version,
            cv.day(c.given_on),
            c.method.value,
            cv.words(sorted(c.scopes)),
            cv.day(c.withdrawn_on),
        )


class ClosureRepository(FamilyTable[Closure]):
    table = CLOSURES
    family_order = "closed_on, id"

    @staticmethod
    def entity(row: Record) -> Closure:
        return Closure(
            id=row.id,
            family_id=row.family_id,
            closed_on=cv.to_day_req(row.closed_on),
            reason=ClosureReason(row.reason),
            outcome=Outcome(row.outcome),
            work_type=None if row.work_type is None else WorkType(row.work_type),
            note=row.note,
        )

    @staticmethod
    def values(c: Closure) -> tuple[object, ...]:
        return (
            c.family_id,
            cv.day(c.closed_on),
            c.reason.value,
            c.outcome.value,
            None if c.work_type is None else c.work_type.value,
            c.note,
        )
