"""Hand-over of one desk contact that is not a family's (an appointment a colleague will
take, a request for their desk): the same sealed file and receipt as a family's."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ripartire_desktop.store.exchange.handover import Letter, seal_handover, seal_receipt
from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.erasure import vacuum
from ripartire_desktop.store.records.handovers import Handover
from ripartire_desktop.store.sealing import signed_time
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.handover_parts import (
    HandoverRefusedError,
    HandoverWritten,
    ReceiptApplied,
    Received,
    checked_reason,
    now_or,
    received_record,
    sent_record,
    written_or_removed,
)
from ripartire_desktop.usecases.session import VaultSession


def hand_over_desk_contact(
    session: VaultSession,
    contact_id: int,
    *,
    to: str,
    reason: str,
    target: Path,
    now: datetime | None = None,
) -> HandoverWritten:
    """Seal one desk contact that is not a family's (an appointment a colleague will take, a
    request for their desk) for the team member `to`; its copy here becomes read-only and
    keeps only its date, channel and outcome once the receipt comes back."""
    records = session.records
    contact = records.first_contacts.get(contact_id)
    if contact is None:
        raise HandoverRefusedError(f"No desk contact has the number {contact_id}.")
    if contact.family_id is not None:
        code = records.families.get(contact.family_id).code
        raise HandoverRefusedError(
            f"Desk contact {contact_id} belongs to {code}: hand the family over instead."
        )
    records.handovers.require_desk_editable(contact_id)
    member = records.team.by_name(to)
    text = checked_reason(reason)
    own = records.team.require_own()
    moment = now_or(now)
    handover_id = secrets.token_hex(16)
    raw, digest = seal_handover(
        records, "", own=own, to=member, reason=text, handover_id=handover_id, now=moment,
        desk=contact,
    )  # fmt: skip
    handover = sent_record(
        handover_id, code="", to=member, reason=text, at=moment, digest=digest,
        desk_contact_id=contact_id,
    )  # fmt: skip
    with written_or_removed(target), records.transaction():
        records.handovers.record(handover)
        records.audit.record(
            AuditAction.HANDOVER,
            detail=f"desk contact {contact_id} to {member.fingerprint[:16]} id {handover_id}",
        )
        atomic_write(target, raw)
    session.vault.sync_audit_head()
    return HandoverWritten(handover, target, Changes.of(Kind.DESK))


def import_desk(session: VaultSession, letter: Letter, target: Path, *, now: datetime) -> Received:
    records = session.records
    assert letter.desk is not None
    if target.exists():
        raise HandoverRefusedError(f"{target} already exists: the receipt was not written")
    raw = seal_receipt(letter, own=records.team.require_own(), now=now)
    with written_or_removed(target), records.transaction():
        stored = records.first_contacts.add(replace(letter.desk, family_id=None, id=None))
        assert stored.id is not None
        records.handovers.record(received_record(letter, at=now, desk_contact_id=stored.id))
        records.audit.record(
            AuditAction.HANDOVER_RECEIVED,
            detail=f"desk contact {stored.id} from {letter.sender.fingerprint[:16]} id {letter.id}",
        )
        atomic_write(target, raw)
    session.vault.sync_audit_head()
    received = records.handovers.get(letter.id)
    assert received is not None
    return Received(received, None, target, Changes.of(Kind.DESK, Kind.AGENDA))


def apply_desk_receipt(session: VaultSession, sent: Handover, *, now: datetime) -> ReceiptApplied:
    records = session.records
    assert sent.desk_contact_id is not None
    with records.transaction():
        cleared = records.handovers.forget_desk_text(sent.desk_contact_id)
        records.handovers.receipt_came_back(sent.id, signed_time(now))
        records.audit.record(
            AuditAction.HANDOVER_RECEIPT,
            detail=f"desk contact {sent.desk_contact_id} receipt id {sent.id}; text removed",
        )
    vacuum(records.conn)
    session.vault.sync_audit_head()
    applied = records.handovers.get(sent.id)
    assert applied is not None
    return ReceiptApplied(applied, cleared, Changes.of(Kind.DESK))
