"""Right to erasure, and the retention review that proposes it (never deletes silently)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.families import FamilyRepository
from ripartire_desktop.store.records.search import SearchIndex

# Children first, so every count is exact; ON DELETE CASCADE would also reach them.
_DELETES = (
    "DELETE FROM aid_payments WHERE family_id = ?",
    "DELETE FROM actions WHERE family_id = ?",
    "DELETE FROM closures WHERE family_id = ?",
    "DELETE FROM consents WHERE family_id = ?",
    "DELETE FROM interviews WHERE family_id = ?",
    "DELETE FROM interview_drafts WHERE family_id = ?",
    "DELETE FROM form_drafts WHERE family_id = ?",
    "DELETE FROM need_scores WHERE assessment_id IN "
    "(SELECT id FROM assessments WHERE family_id = ?)",
    "DELETE FROM assessments WHERE family_id = ?",
    "DELETE FROM members WHERE family_id = ?",
    "DELETE FROM identity_contacts WHERE family_id = ?",
    "DELETE FROM identity_people WHERE family_id = ?",
    "DELETE FROM identities WHERE family_id = ?",
    "DELETE FROM families WHERE id = ?",
)


@dataclass(frozen=True, slots=True)
class ErasureReport:
    code: str
    rows_removed: int
    desk_contacts_anonymised: int


def erase_family(conn: Connection, code: str) -> ErasureReport:
    """Remove everything held about one family in one transaction, keep an audit entry with
    the code only, then rewrite the file so the freed pages hold nothing recoverable."""
    family = FamilyRepository(conn).by_code(code)
    removed = 0
    with transaction(conn):
        # A desk contact stays counted (it happened), but loses its text and its link.
        anonymised = conn.execute(
            "UPDATE first_contacts SET request = '', notes = '', family_id = NULL "
            "WHERE family_id = ?",
            (family.id,),
        ).rowcount
        for sql in _DELETES:
            removed += conn.execute(sql, (family.id,)).rowcount
        AuditLog(conn).record(AuditAction.ERASE, family_code=family.code)
    SearchIndex(conn).rebuild()
    # secure_delete already zeroes freed pages; VACUUM also drops them from the file.
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ErasureReport(family.code, removed, anonymised)


def add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    # Clamp to the month's last day (31 March minus one month is 28/29 February).
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError("unreachable")


def due_for_retention(conn: Connection, *, on: date, months: int) -> list[tuple[str, date]]:
    """Closed families whose closure is older than `months`: (code, closed_on), oldest first."""
    limit = add_months(on, -months)
    return [
        (code, date.fromisoformat(closed_on))
        for code, closed_on in conn.execute(
            "SELECT code, closed_on FROM families WHERE status = 'closed' AND closed_on <= ? "
            "ORDER BY closed_on, code",
            (limit.isoformat(),),
        )
    ]
