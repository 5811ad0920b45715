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
    "DELETE FROM round_benefits WHERE round_id IN "
    "(SELECT id FROM assessment_rounds WHERE family_id = ?)",
    "DELETE FROM round_work WHERE round_id IN "
    "(SELECT id FROM assessment_rounds WHERE family_id = ?)",
    "DELETE FROM round_scores WHERE round_id IN "
    "(SELECT id FROM assessment_rounds WHERE family_id = ?)",
    "DELETE FROM assessment_rounds WHERE family_id = ?",
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
        # A desk form kept at a lock (view_drafts) that names the family or corrects one of
        # its contacts goes too: its text may be about them.
        removed += conn.execute(
            "DELETE FROM view_drafts WHERE view = 'desk' AND ("
            "upper(trim(json_extract(data, '$.family'))) = ? OR json_extract(data, '$.editing')"
            " IN (SELECT id FROM first_contacts WHERE family_id = ?))",
            (family.code.upper(), family.id),
        ).rowcount
        # A desk contact stays counted (it happened), but loses its text and its link.
        anonymised = conn.execute(
            "UPDATE first_contacts SET request = '', notes = '', family_id = NULL "
            "WHERE family_id = ?",
            (family.id,),
        ).rowcount
        for sql in _DELETES:
            removed += conn.execute(sql, (family.id,)).rowcount
        AuditLog(conn).record(AuditAction.ERASE, family_code=family.code)
    vacuum(conn)
    return ErasureReport(family.code, removed, anonymised)


def vacuum(conn: Connection) -> None:
    """After removing personal data: the search index rebuilt without it, and the file
    rewritten (secure_delete already zeroes freed pages; VACUUM also drops them)."""
    SearchIndex(conn).rebuild()
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


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


_FINAL = ("closed", "withdrew", "referred", "not_eligible")
# The day a final status began, as the index families_final_since (migration 0014) holds it:
# the query must spell the same expression for SQLite to use the index.
FINAL_SINCE = "CASE WHEN status = 'closed' THEN coalesce(closed_on, updated_on) ELSE updated_on END"


def due_for_retention(
    conn: Connection, *, on: date, months: int
) -> list[tuple[int, str, str, date]]:
    """Families in a final status for longer than `months`: (id, code, status, since), oldest
    first. A closure counts from its date; the other final statuses from the family's last
    change, which is when it reached them (a final status allows no edit but a reopening);
    an assessment recorded later (a follow-up after closure) counts from its day."""
    limit = add_months(on, -months).isoformat()
    marks = ", ".join("?" for _ in _FINAL)
    # `since` is the later of the family's own date and its last assessment; it is at most
    # `limit` exactly when both are, so the rounds are looked at only for families whose own
    # date passed (most final families of a vault are recent: the 50,000-family demo spent
    # 140 ms taking the latest round of each of 32,000 families to keep none).
    own = FINAL_SINCE
    last_round = "(SELECT max(r.assessed_on) FROM assessment_rounds r WHERE r.family_id = f.id)"
    return [
        (family_id, code, status, date.fromisoformat(since))
        for family_id, code, status, since in conn.execute(
            f"SELECT id, code, status, max({own}, coalesce({last_round}, '')) AS since "
            f"FROM families f WHERE status IN ({marks}) AND {own} <= ? AND NOT EXISTS "
            "(SELECT 1 FROM assessment_rounds r WHERE r.family_id = f.id AND r.assessed_on > ?) "
            "ORDER BY since, code",
            (*_FINAL, limit, limit),
        )
    ]


def old_desk_text(conn: Connection, *, on: date, months: int) -> list[tuple[int, str, str | None]]:
    """Desk contacts older than `months` that still hold a request or a note: (id,
    occurred_at, linked family's code or None), oldest first."""
    limit = add_months(on, -months)
    return [
        (contact_id, occurred_at, code)
        for contact_id, occurred_at, code in conn.execute(
            "SELECT c.id, c.occurred_at, f.code FROM first_contacts c "
            "LEFT JOIN families f ON f.id = c.family_id "
            "WHERE c.occurred_at < ? AND (c.request != '' OR c.notes != '') "
            "ORDER BY c.occurred_at, c.id",
            (limit.isoformat(),),
        )
    ]


def clear_desk_text(conn: Connection, contact_ids: list[int]) -> int:
    """Empty the request and notes of these desk contacts, keeping each contact (its date,
    channel and outcome) as an anonymous count; audited. Returns how many were cleared."""
    cleared = 0
    with transaction(conn):
        for contact_id in contact_ids:
            cleared += conn.execute(
                "UPDATE first_contacts SET request = '', notes = '' WHERE id = ? "
                "AND (request != '' OR notes != '')",
                (contact_id,),
            ).rowcount
        if cleared:
            AuditLog(conn).record(AuditAction.CLEAR_DESK_TEXT, detail=f"{cleared} desk contacts")
    SearchIndex(conn).rebuild()
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return cleared
