"""Hand-overs written and received by this vault, and what a hand-over does to the sender's copy.

On the sender's side the family stays, read-only ("handed over to NAME on DATE"), until the signed
receipt comes back; then its identity and every typed text are removed, and what the audit needs
stays: the code, status and dates, the counts, the aid amounts, and the audit entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from ripartire_desktop.store.columns import HANDOVERS
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.errors import EXIT_USAGE, VaultError


class HandedOverError(VaultError):
    """A change to a family that was handed over to a colleague: its copy here is read-only."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True, slots=True)
class Handover:
    id: str  # 32 hex digits, random, the same in the file, the receipt and both vaults
    direction: str  # "sent" or "received"
    family_code: str
    peer: str  # the colleague's fingerprint
    peer_name: str
    reason: str
    created_at: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    digest: str  # SHA-256 of the signed hand-over body
    receipt_at: str | None = None
    identity_removed_at: str | None = None
    history: str = "[]"  # received: the sender's audit entries of the family, as JSON
    desk_contact_id: int | None = None  # a desk contact handed over instead of a family

    @property
    def day(self) -> str:
        return self.created_at[:10]


# The sender's copy after the receipt: typed text that may identify anyone is emptied, the
# identity deleted; dates, statuses, counts and amounts stay for the project's accounts.
_FORGET = (
    "UPDATE interviews SET participants = '', notes = '', next_steps = '' WHERE family_id = ?",
    "UPDATE actions SET description = '', owner = '', outcome = '' WHERE family_id = ?",
    "UPDATE aid_payments SET payee_name = '' WHERE family_id = ? AND payee_kind = 'family'",
    "UPDATE closures SET note = '' WHERE family_id = ?",
    "UPDATE need_scores SET note = '' WHERE assessment_id IN "
    "(SELECT id FROM assessments WHERE family_id = ?)",
    "UPDATE assessments SET resources = '' WHERE family_id = ?",
    "UPDATE first_contacts SET request = '', notes = '' WHERE family_id = ?",
    "DELETE FROM interview_drafts WHERE family_id = ?",
    "DELETE FROM form_drafts WHERE family_id = ?",
    "DELETE FROM identity_contacts WHERE family_id = ?",
    "DELETE FROM identity_people WHERE family_id = ?",
    "DELETE FROM identities WHERE family_id = ?",
)


class HandoverRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _one(self, where: str, *params: object) -> Handover | None:
        row = self._conn.execute(HANDOVERS.select(where), params).fetchone()
        return None if row is None else Handover(**HANDOVERS.row(row))

    def get(self, handover_id: str) -> Handover | None:
        return self._one("WHERE id = ?", handover_id)

    def sent_for(self, code: str) -> Handover | None:
        """The hand-over that made this vault's copy of `code` read-only, if any: the one whose
        receipt came back, else the latest (a file lost on the way may be written again)."""
        return self._one(
            "WHERE family_code = ? AND direction = 'sent' "
            "ORDER BY receipt_at IS NULL, created_at DESC LIMIT 1",
            code,
        )

    def sent_for_desk(self, contact_id: int) -> Handover | None:
        return self._one(
            "WHERE desk_contact_id = ? AND direction = 'sent' ORDER BY created_at DESC LIMIT 1",
            contact_id,
        )

    def require_desk_editable(self, contact_id: int) -> None:
        """HandedOverError if this desk contact was handed over (its copy here is read-only)."""
        sent = self.sent_for_desk(contact_id)
        if sent is not None:
            raise HandedOverError(
                f"This desk contact was handed over to {sent.peer_name} on {sent.day}: its "
                "copy here is read-only; nothing was changed."
            )

    def forget_desk_text(self, contact_id: int) -> int:
        """The contact's request and notes emptied: it stays as an anonymous count."""
        return self._conn.execute(
            "UPDATE first_contacts SET request = '', notes = '' WHERE id = ?", (contact_id,)
        ).rowcount

    def sent_codes(self) -> set[str]:
        rows = self._conn.execute("SELECT family_code FROM handovers WHERE direction = 'sent'")
        return {code for (code,) in rows}

    def record(self, handover: Handover) -> None:
        """Keep a hand-over (in the caller's transaction)."""
        self._conn.execute(
            HANDOVERS.insert(), tuple(getattr(handover, name) for name in HANDOVERS.fields)
        )

    def receipt_came_back(self, handover_id: str, at: str) -> None:
        self._conn.execute(
            "UPDATE handovers SET receipt_at = ?, identity_removed_at = ? WHERE id = ?",
            (at, at, handover_id),
        )

    def require_editable(self, family_id: int) -> None:
        """HandedOverError if the family was handed over: every editing use case asks."""
        row = self._conn.execute(
            "SELECT h.family_code, h.peer_name, h.created_at FROM handovers h "
            "JOIN families f ON f.code = h.family_code "
            "WHERE f.id = ? AND h.direction = 'sent' LIMIT 1",
            (family_id,),
        ).fetchone()
        if row is not None:
            code, name, created = row
            raise HandedOverError(
                f"{code} was handed over to {name} on {created[:10]}: its copy here is "
                "read-only; nothing was changed."
            )

    def editable_family_id(self, code: str) -> int | None:
        """The id of the family `code` (None if there is none), in one query;
        HandedOverError if it was handed over."""
        row = self._conn.execute(
            "SELECT f.id, h.peer_name, h.created_at FROM families f LEFT JOIN handovers h "
            "ON h.family_code = f.code AND h.direction = 'sent' WHERE f.code = ? LIMIT 1",
            (code.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        family_id, name, created = row
        if name is not None:
            raise HandedOverError(
                f"{code.strip().upper()} was handed over to {name} on {created[:10]}: its copy "
                "here is read-only; nothing was changed."
            )
        return int(family_id)

    def forget_identity(self, family_id: int) -> int:
        """Remove the family's identity and typed text (in the caller's transaction)."""
        return sum(self._conn.execute(sql, (family_id,)).rowcount for sql in _FORGET)

    def families_with_tax_codes(self, tax_codes: set[str]) -> list[str]:
        """Codes of the families here that hold any of these tax codes (the same people)."""
        if not tax_codes:
            return []
        marks = ", ".join("?" for _ in tax_codes)
        rows = self._conn.execute(
            "SELECT f.code FROM families f WHERE f.id IN ("
            f"SELECT family_id FROM identities WHERE upper(tax_code) IN ({marks}) UNION "
            f"SELECT family_id FROM identity_people WHERE upper(tax_code) IN ({marks})"
            ") ORDER BY f.code",
            (*sorted(tax_codes), *sorted(tax_codes)),
        )
        return [code for (code,) in rows]
