"""Sealed hand-over files and their receipts (store/sealing.py's format).

A hand-over carries one family's whole record (the family file's own format, so every field
an export writes is one an import reads), the reason, the family's audit entries at the sender,
and a random id; it is signed by the sender and encrypted to one colleague. The receipt names
that id and the digest of the signed hand-over, signed by the receiver and encrypted back to the
sender. The signed JSON names sender and recipient by fingerprint, so neither can be
re-addressed unseen.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ripartire_desktop.domain import FirstContact
from ripartire_desktop.domain.codes import parse_code
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store import sealing
from ripartire_desktop.store.errors import DamagedError
from ripartire_desktop.store.identity import OwnIdentity
from ripartire_desktop.store.records.audit_read import MAX_PAGE, entries_page
from ripartire_desktop.store.records.facade import Records
from ripartire_desktop.store.records.team import TeamMember, TeamRepository

from .export import dumps, export_family, first_contact_object
from .parse import parse_document, read_first_contact
from .reader import load
from .schemas import MAX_FILE_BYTES, FamilyBundle, FamilyFileError

HANDOVER = sealing.Kind(
    "ripartire-sealed-handover v1", b"ripartire hand-over v1\n", "a hand-over file"
)
RECEIPT = sealing.Kind(
    "ripartire-sealed-receipt v1", b"ripartire hand-over receipt v1\n", "a hand-over receipt"
)
_WHAT = "a hand-over file or receipt"
MAX_BYTES = MAX_FILE_BYTES + 256_000  # the family file's own cap, the audit entries and age's
MAX_REASON = 2_000
_HANDOVER_KEYS = {
    "format", "version", "id", "sender", "sender_name", "recipient", "recipient_name",
    "created", "reason", "code", "record", "audit", "desk",
}  # fmt: skip
_RECEIPT_KEYS = {
    "format",
    "version",
    "handover",
    "digest",
    "code",
    "sender",
    "recipient",
    "created",
}
_HEX = frozenset("0123456789abcdef")


class HandoverFileError(DamagedError):
    """A hand-over or receipt that is refused: damaged, altered, foreign or misaddressed."""


@dataclass(frozen=True, slots=True)
class Letter:
    """A verified hand-over: from a team member, to this vault."""

    id: str
    sender: TeamMember
    created: str
    reason: str
    code: str  # "" for a desk contact
    family: FamilyBundle | None  # None for a desk contact
    desk: FirstContact | None  # a desk contact handed over on its own
    audit: list[dict[str, str]]
    digest: str  # SHA-256 of the signed body


@dataclass(frozen=True, slots=True)
class Receipt:
    """A verified receipt: a team member says they imported hand-over `handover`."""

    handover: str
    digest: str
    code: str
    signer: TeamMember
    created: str


def _body(doc: dict[str, Any]) -> bytes:
    return json.dumps(
        doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def digest_of(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def audit_entries(records: Records, code: str) -> list[dict[str, str]]:
    """The family's audit entries here, oldest first (codes and acts, never names)."""
    entries = entries_page(records.conn, code=code, exact=True, limit=MAX_PAGE)
    return [{"at": e.at, "action": e.action, "detail": e.detail} for e in reversed(entries)]


def seal_handover(
    records: Records,
    code: str,
    *,
    own: OwnIdentity,
    to: TeamMember,
    reason: str,
    handover_id: str,
    now: datetime,
    desk: FirstContact | None = None,
) -> tuple[bytes, str]:
    """(the age file, the digest of its signed body) handing the family `code` over to `to`;
    with `desk` (and `code` ""), that desk contact alone."""
    doc = {
        "format": "ripartire-handover",
        "version": 1,
        "id": handover_id,
        "sender": own.public().fingerprint,
        "sender_name": own.name,
        "recipient": to.fingerprint,
        "recipient_name": to.name,
        "created": sealing.signed_time(now),
        "reason": reason,
        "code": code,
        "record": None
        if desk is not None
        else export_family(records, code, now=now.astimezone().replace(tzinfo=None)),
        "audit": audit_entries(records, code) if desk is None else [],
        "desk": None if desk is None else first_contact_object(desk),
    }
    body = _body(doc)
    return sealing.seal(HANDOVER, body, sender=own, recipient=to.identity), digest_of(body)


def seal_receipt(letter: Letter, *, own: OwnIdentity, now: datetime) -> bytes:
    doc = {
        "format": "ripartire-handover-receipt",
        "version": 1,
        "handover": letter.id,
        "digest": letter.digest,
        "code": letter.code,
        "sender": own.public().fingerprint,
        "recipient": letter.sender.fingerprint,
        "created": sealing.signed_time(now),
    }
    return sealing.seal(RECEIPT, _body(doc), sender=own, recipient=letter.sender.identity)


def open_file(raw: bytes, *, own: OwnIdentity, team: TeamRepository) -> Letter | Receipt:
    """A hand-over or a receipt, decrypted, verified against the team list and checked to be
    addressed to this vault; HandoverFileError for anything else."""
    if len(raw) > MAX_BYTES:
        raise HandoverFileError(f"too large for {_WHAT} ({len(raw)} bytes)")
    unsealed = sealing.unseal(
        raw, (HANDOVER, RECEIPT), own=own, team=team, fail=HandoverFileError, what=_WHAT
    )
    try:
        doc = load(unsealed.body)
    except FamilyFileError:
        raise HandoverFileError(f"damaged: the signed content of {_WHAT} is not JSON") from None
    member, mine = unsealed.signer, own.public().fingerprint
    if unsealed.kind is HANDOVER:
        return _letter(doc, unsealed.body, member, mine)
    return _receipt(doc, member, mine)


def _common(doc: object, keys: set[str], fmt: str, member: TeamMember, mine: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or set(doc) != keys or doc.get("format") != fmt:
        raise HandoverFileError(f"not {_WHAT} (unexpected signed content)")
    if doc["version"] != 1:
        raise HandoverFileError("written by a newer version of Ripartire: update Ripartire")
    if doc["sender"] != member.fingerprint:
        raise HandoverFileError("damaged: the signed sender differs from the header")
    if doc["recipient"] != mine:
        raise HandoverFileError(
            f"addressed by {member.name} to another vault and re-encrypted to this one: refused"
        )
    if not isinstance(doc["created"], str) or not sealing.is_signed_time(doc["created"]):
        raise HandoverFileError("damaged: the creation time is not a UTC time")
    return doc


def _letter(doc: object, body: bytes, member: TeamMember, mine: str) -> Letter:
    checked = _common(doc, _HANDOVER_KEYS, "ripartire-handover", member, mine)
    handover_id, code, reason = checked["id"], checked["code"], checked["reason"]
    if not _is_id(handover_id):
        raise HandoverFileError("damaged: the hand-over id is not 32 hex digits")
    if not isinstance(reason, str) or len(reason) > MAX_REASON:
        raise HandoverFileError("damaged: the reason is not a text")
    audit = checked["audit"]
    if not isinstance(audit, list) or not all(_is_entry(e) for e in audit):
        raise HandoverFileError("damaged: the audit entries are not a list of entries")
    family, desk = _family_or_desk(checked, code)
    return Letter(
        id=handover_id,
        sender=member,
        created=checked["created"],
        reason=reason,
        code=code,
        family=family,
        desk=desk,
        audit=audit,
        digest=digest_of(body),
    )


def _family_or_desk(
    checked: dict[str, Any], code: object
) -> tuple[FamilyBundle | None, FirstContact | None]:
    """The family record, or the desk contact (never both, never neither)."""
    if checked["desk"] is not None:
        if code != "" or checked["record"] is not None:
            raise HandoverFileError("damaged: a desk contact with a family record")
        try:
            return None, read_first_contact(checked["desk"], "desk")
        except (FamilyFileError, ValueError) as exc:
            raise HandoverFileError(f"damaged: the desk contact does not read ({exc})") from None
    _check_code(code)
    try:
        (family,) = parse_document(dumps(checked["record"]))
    except (FamilyFileError, ValueError) as exc:
        raise HandoverFileError(f"damaged: the family record does not read ({exc})") from None
    if family.code_in_file != code:
        raise HandoverFileError("damaged: the signed code differs from the record's")
    return family, None


def _receipt(doc: object, member: TeamMember, mine: str) -> Receipt:
    checked = _common(doc, _RECEIPT_KEYS, "ripartire-handover-receipt", member, mine)
    if not _is_id(checked["handover"]) or not (
        isinstance(checked["digest"], str) and len(checked["digest"]) == 64
    ):
        raise HandoverFileError("damaged: the receipt does not name a hand-over")
    if checked["code"] != "":  # a desk contact's receipt names no code
        _check_code(checked["code"])
    return Receipt(
        handover=checked["handover"],
        digest=checked["digest"],
        code=checked["code"],
        signer=member,
        created=checked["created"],
    )


def _check_code(code: object) -> None:
    try:
        parse_code(code)  # type: ignore[arg-type]
    except ValidationError:
        raise HandoverFileError("damaged: the family code is not a code") from None


def _is_id(text: object) -> bool:
    return isinstance(text, str) and len(text) == 32 and set(text) <= _HEX


def _is_entry(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and set(entry) == {"at", "action", "detail"}
        and all(isinstance(v, str) for v in entry.values())
    )
