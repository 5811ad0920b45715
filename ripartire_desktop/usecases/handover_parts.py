"""What the hand-over use cases share: their results, refusals, and the file they write."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ripartire_desktop.store import sealing
from ripartire_desktop.store.exchange.handover import (
    MAX_BYTES,
    MAX_REASON,
    HandoverFileError,
    Letter,
)
from ripartire_desktop.store.records.handovers import Handover
from ripartire_desktop.store.records.team import TeamMember
from ripartire_desktop.usecases.changes import Changes


class HandoverRefusedError(HandoverFileError):
    """A valid file that cannot be taken here: replayed, a code already present, a receipt for
    a hand-over this vault never wrote (exit 4, like a damaged file: nothing is changed)."""


@dataclass(frozen=True, slots=True)
class HandoverWritten:
    handover: Handover
    path: Path
    changes: Changes


@dataclass(frozen=True, slots=True)
class Received:
    handover: Handover
    family_id: int | None  # None for a desk contact
    receipt: Path
    changes: Changes


@dataclass(frozen=True, slots=True)
class ReceiptApplied:
    handover: Handover
    rows_cleared: int
    changes: Changes


def now_or(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def checked_reason(reason: str) -> str:
    text = reason.strip()
    if not text or len(text) > MAX_REASON:
        raise HandoverRefusedError(
            f"Give the reason for the hand-over (1 to {MAX_REASON} characters); nothing was "
            "written."
        )
    return text


@contextlib.contextmanager
def written_or_removed(target: Path) -> Iterator[None]:
    """Remove `target` if the block fails after writing it (the database rolled back)."""
    existed = target.exists()
    try:
        yield
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                target.unlink()
        raise


def default_receipt_path(source: Path) -> Path:
    """Where the receipt goes when no other place is given: beside the hand-over file."""
    return source.with_name(f"{source.stem}-receipt.age")


def read_file(path: Path) -> bytes:
    return sealing.read_regular(path, MAX_BYTES, HandoverFileError, "a hand-over file or receipt")


def sent_record(
    handover_id: str,
    *,
    code: str,
    to: TeamMember,
    reason: str,
    at: datetime,
    digest: str,
    desk_contact_id: int | None = None,
) -> Handover:
    """The record of a hand-over written here (a family, or a desk contact with code "")."""
    return Handover(
        id=handover_id, direction="sent", family_code=code, peer=to.fingerprint,
        peer_name=to.name, reason=reason, created_at=sealing.signed_time(at), digest=digest,
        desk_contact_id=desk_contact_id,
    )  # fmt: skip


def received_record(
    letter: Letter, *, at: datetime, history: str = "[]", desk_contact_id: int | None = None
) -> Handover:
    """The record of a hand-over received here, with its receipt written `at`."""
    return Handover(
        id=letter.id, direction="received", family_code=letter.code,
        peer=letter.sender.fingerprint, peer_name=letter.sender.name, reason=letter.reason,
        created_at=letter.created, digest=letter.digest, receipt_at=sealing.signed_time(at),
        history=history, desk_contact_id=desk_contact_id,
    )  # fmt: skip
