"""Sealed hand-over of one family to a colleague, its receipt, and what each does to each vault.

`hand_over` writes the sealed file and makes this vault's copy read-only ("handed over to NAME
on DATE"); `hand_over_desk_contact` (handover_desk.py) does the same for a desk contact alone.
`receive` opens a file that is either a hand-over addressed here (it imports the family with
the same code and writes a signed receipt for the sender) or a receipt for a hand-over written
here (it removes the family's identity and typed text from this copy, keeping what the audit
needs). Every refusal changes nothing on either side. The CLI (`ripartire handover|receive`)
and the family view call these.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from pathlib import Path

from ripartire_desktop.store.exchange.handover import (
    HandoverFileError,
    Letter,
    Receipt,
    open_file,
    seal_handover,
    seal_receipt,
)
from ripartire_desktop.store.exchange.importer import store_family
from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.erasure import vacuum
from ripartire_desktop.store.records.handovers import HandedOverError, Handover
from ripartire_desktop.store.records.team import TeamMember
from ripartire_desktop.store.sealing import signed_time
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.handover_desk import (
    apply_desk_receipt,
    hand_over_desk_contact,
    import_desk,
)
from ripartire_desktop.usecases.handover_parts import (
    HandoverRefusedError,
    HandoverWritten,
    ReceiptApplied,
    Received,
    checked_reason,
    default_receipt_path,
    now_or,
    read_file,
    received_record,
    sent_record,
    written_or_removed,
)
from ripartire_desktop.usecases.session import VaultSession

__all__ = [
    "HandedOverError",
    "HandoverFileError",
    "HandoverRefusedError",
    "HandoverWritten",
    "ReceiptApplied",
    "Received",
    "colleagues",
    "default_receipt_path",
    "hand_over",
    "hand_over_desk_contact",
    "handed_over",
    "receive",
    "require_editable",
]


def colleagues(records: Records) -> list[TeamMember]:
    """The team members a family can be handed over to."""
    return records.team.members()


def handed_over(records: Records, code: str) -> Handover | None:
    """The hand-over that made this copy of `code` read-only, or None."""
    return records.handovers.sent_for(code)


def require_editable(records: Records, family_id: int | None) -> None:
    """HandedOverError when the family was handed over: every editing use case asks first."""
    if family_id is not None:
        records.handovers.require_editable(family_id)


def hand_over(
    session: VaultSession,
    code: str,
    *,
    to: str,
    reason: str,
    target: Path,
    now: datetime | None = None,
) -> HandoverWritten:
    """Seal the family `code` for the team member `to` into `target`; this copy becomes
    read-only. Refused, with nothing written, for an unknown colleague, an empty or long
    reason, a family already handed over to someone else, or one received and not ours."""
    records = session.records
    family = records.families.by_code(code)
    member = records.team.by_name(to)
    text = checked_reason(reason)
    earlier = records.handovers.sent_for(family.code)
    if earlier is not None and (earlier.receipt_at or earlier.peer != member.fingerprint):
        raise HandedOverError(
            f"{family.code} was already handed over to {earlier.peer_name} on {earlier.day}; "
            "nothing was written."
        )
    own = records.team.require_own()
    moment = now_or(now)
    handover_id = secrets.token_hex(16)
    raw, digest = seal_handover(
        records, family.code, own=own, to=member, reason=text, handover_id=handover_id, now=moment
    )
    handover = sent_record(
        handover_id, code=family.code, to=member, reason=text, at=moment, digest=digest
    )
    # The file and the record of it stand or fall together.
    with written_or_removed(target), records.transaction():
        records.handovers.record(handover)
        records.audit.record(
            AuditAction.HANDOVER,
            family_code=family.code,
            detail=f"to {member.fingerprint[:16]} id {handover_id}",
        )
        atomic_write(target, raw)
    session.vault.sync_audit_head()
    changes = Changes.of(Kind.FAMILIES, Kind.CASE, family_id=family.id)
    return HandoverWritten(handover, target, changes)


def receive(
    session: VaultSession,
    source: Path,
    *,
    receipt: Path | None = None,
    now: datetime | None = None,
) -> Received | ReceiptApplied:
    """Open `source`: a hand-over addressed here is imported and its receipt written to
    `receipt` (beside `source` by default); a receipt for a hand-over written here removes the
    family's identity from this copy. HandoverFileError (exit 4) for anything else."""
    records = session.records
    opened = open_file(read_file(source), own=records.team.require_own(), team=records.team)
    if isinstance(opened, Receipt):
        return _apply_receipt(session, opened, now=now_or(now))
    return _import(session, opened, receipt or default_receipt_path(source), now=now_or(now))


def _import(session: VaultSession, letter: Letter, target: Path, *, now: datetime) -> Received:
    records = session.records
    seen = records.handovers.get(letter.id)
    if seen is not None:
        raise HandoverRefusedError(
            f"this hand-over of {letter.code} was already received here on "
            f"{(seen.receipt_at or seen.created_at)[:10]}: nothing was changed"
        )
    if letter.desk is not None:
        return import_desk(session, letter, target, now=now)
    if not records.families.code_is_free(letter.code):
        raise HandoverRefusedError(
            f"the code {letter.code} of this hand-over is already used in this vault "
            f"(by {_holder(records, letter.code)}): nothing was changed; ask "
            f"{letter.sender.name} and check both families"
        )
    tax_codes = _tax_codes(letter)
    present = records.handovers.families_with_tax_codes(tax_codes)
    if present:
        raise HandoverRefusedError(
            f"the family of hand-over {letter.code} is already here as {', '.join(present)} "
            "(same tax code): nothing was changed"
        )
    if target.exists():
        raise HandoverRefusedError(f"{target} already exists: the receipt was not written")
    raw = seal_receipt(letter, own=records.team.require_own(), now=now)
    handover = received_record(letter, at=now, history=json.dumps(letter.audit, ensure_ascii=False))
    assert letter.family is not None
    with written_or_removed(target), records.transaction():
        code = store_family(records, letter.family)
        records.handovers.record(handover)
        records.audit.record(
            AuditAction.HANDOVER_RECEIVED,
            family_code=code,
            detail=f"from {letter.sender.fingerprint[:16]} id {letter.id}",
        )
        atomic_write(target, raw)
    session.vault.sync_audit_head()
    family = records.families.by_code(code)
    assert family.id is not None
    return Received(handover, family.id, target, Changes.everything())


def _holder(records: Records, code: str) -> str:
    """What holds `code` here: a family, or a family erased or handed over earlier."""
    if records.handovers.sent_for(code) is not None:
        return f"{code}, a family handed over from this vault"
    try:
        records.families.by_code(code)
    except Exception:
        return f"{code}, a family erased here"
    return f"the family {code}"


def _tax_codes(letter: Letter) -> set[str]:
    identity = None if letter.family is None else letter.family.identity
    if identity is None:
        return set()
    return {code.upper() for code in identity.all_tax_codes() if code}


def _apply_receipt(session: VaultSession, receipt: Receipt, *, now: datetime) -> ReceiptApplied:
    records = session.records
    sent = records.handovers.get(receipt.handover)
    if sent is None or sent.direction != "sent":
        raise HandoverRefusedError(
            f"a receipt from {receipt.signer.name} for a hand-over this vault never wrote "
            f"({receipt.code}): nothing was changed"
        )
    if sent.peer != receipt.signer.fingerprint or sent.digest != receipt.digest:
        raise HandoverRefusedError(
            f"the receipt for {sent.family_code} does not match the hand-over written to "
            f"{sent.peer_name}: nothing was changed"
        )
    if sent.receipt_at is not None:
        raise HandoverRefusedError(
            f"the receipt for {sent.family_code} was already applied on {sent.receipt_at[:10]}: "
            "nothing was changed"
        )
    if sent.desk_contact_id is not None:
        return apply_desk_receipt(session, sent, now=now)
    family = records.families.by_code(sent.family_code)
    assert family.id is not None
    at = signed_time(now)
    with records.transaction():
        cleared = records.handovers.forget_identity(family.id)
        records.handovers.receipt_came_back(sent.id, at)
        records.audit.record(
            AuditAction.HANDOVER_RECEIPT,
            family_code=sent.family_code,
            detail=f"receipt id {sent.id}; identity removed",
        )
    vacuum(records.conn)
    session.vault.sync_audit_head()
    applied = records.handovers.get(sent.id)
    assert applied is not None
    changes = Changes.of(Kind.FAMILIES, Kind.CASE, Kind.DESK, family_id=family.id)
    return ReceiptApplied(applied, cleared, changes)
