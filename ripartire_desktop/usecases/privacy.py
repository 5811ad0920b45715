"""Privacy use cases: erase a family (the right to erasure, with its audit entry) and the
retention review that proposes erasures (it never deletes anything by itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.store.erasure_list import Erased, erase
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.erasure import (
    clear_desk_text,
    due_for_retention,
    old_desk_text,
)
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
    status: FamilyStatus  # one of the final statuses
    since: date  # closed on, or reached its final status on


@dataclass(frozen=True, slots=True)
class OldDeskText:
    contact_id: int
    occurred_at: datetime
    family_code: str | None  # the family it was linked to, if any


@dataclass(frozen=True, slots=True)
class RetentionReview:
    months: int  # the vault's retention period
    due: list[RetentionDue]  # in a final status longer than that, oldest first
    desk_text: list[OldDeskText]  # desk contacts older than that still holding text

    @property
    def empty(self) -> bool:
        return not self.due and not self.desk_text


def retention_review(records: Records, *, today: date) -> RetentionReview:
    """What the vault keeps past its retention period, to review: families in a final status
    (closed, withdrawn, referred, not eligible) to erase, and the text of old desk contacts
    to clear. Nothing is removed here."""
    months = records.settings.load().retention_months
    due = [
        RetentionDue(family_id, code, FamilyStatus(status), since)
        for family_id, code, status, since in due_for_retention(
            records.conn, on=today, months=months
        )
    ]
    desk = [
        OldDeskText(contact_id, datetime.fromisoformat(at), code)
        for contact_id, at, code in old_desk_text(records.conn, on=today, months=months)
    ]
    return RetentionReview(months, due, desk)


@dataclass(frozen=True, slots=True)
class DeskTextCleared:
    cleared: int
    changes: Changes


def clear_old_desk_text(session: VaultSession, contact_ids: list[int]) -> DeskTextCleared:
    """Remove the request and notes of these desk contacts; each stays as an anonymous count
    (date, channel, outcome), so the statistics do not change."""
    cleared = clear_desk_text(session.records.conn, contact_ids)
    return DeskTextCleared(cleared, Changes.of(Kind.DESK))
