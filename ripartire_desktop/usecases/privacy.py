"""Privacy use cases: erase a family (the right to erasure, with its audit entry) and the
retention review that proposes erasures (it never deletes anything by itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ripartire_desktop.store.erasure_list import Erased, erase
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.erasure import due_for_retention
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.session import VaultSession


@dataclass(frozen=True, slots=True)
class Erasure:
    erased: Erased  # what was removed, and the backups that still hold the family
    changes: Changes


def erase_family(session: VaultSession, code: str) -> Erasure:
    """Remove everything held about the family `code` (FamilyNotFoundError if none), keep
    the code alone in the audit log and on the envelope's erased list, so a restore of an
    older backup erases it again. Its desk contacts stay as anonymous counts."""
    family = session.records.families.by_code(code)
    erased = erase(session.vault, family.code)
    changes = Changes.of(Kind.FAMILIES, Kind.CASE, Kind.DESK, Kind.AGENDA, family_id=family.id)
    return Erasure(erased, changes)


@dataclass(frozen=True, slots=True)
class RetentionDue:
    family_id: int
    code: str
    closed_on: date


@dataclass(frozen=True, slots=True)
class RetentionReview:
    months: int  # the vault's retention period
    due: list[RetentionDue]  # closed longer than that, oldest closure first


def retention_review(records: Records, *, today: date) -> RetentionReview:
    """The closed families kept past the vault's retention period, to review for erasure."""
    months = records.settings.load().retention_months
    due = []
    for code, closed_on in due_for_retention(records.conn, on=today, months=months):
        family_id = records.families.by_code(code).id
        assert family_id is not None  # a stored family always has an id
        due.append(RetentionDue(family_id, code, closed_on))
    return RetentionReview(months, due)
