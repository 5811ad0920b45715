"""Signed and sealed files between team members: one format for bundles, hand-overs, receipts.

The file is a standard age file (X25519) encrypted to one colleague, so `age -d -i KEY` opens it
too. Inside, three lines and the signed body:

    <kind header, e.g. "ripartire-sealed-summary v1">
    sender: <fingerprint of the signing vault, 64 hex digits>
    signature: <Ed25519 signature over a per-kind context and the body, base64>
    <body: compact JSON that names sender and recipient itself>

`seal` writes one; `unseal` decrypts with this vault's key, checks the header's kind, finds the
signer on the team list and verifies the signature. What the body says is the caller's to check.
Nothing here writes a file; callers write the returned bytes atomically.
"""

from __future__ import annotations

import base64
import binascii
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from ripartire_desktop.store.errors import DamagedError
from ripartire_desktop.store.identity import OwnIdentity, PublicIdentity
from ripartire_desktop.store.records.team import TeamMember, TeamRepository

AGE_BINARY = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")

Refusal = Callable[[str], DamagedError]
SIGNED_TIME = "%Y-%m-%dT%H:%M:%SZ"  # the UTC time a sealed file's signed JSON carries


def signed_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(SIGNED_TIME)


def is_signed_time(text: str) -> bool:
    try:
        datetime.strptime(text, SIGNED_TIME)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of sealed file: its header line, its signature context, and how a refusal
    names it ("not a sealed summary bundle (...)")."""

    header: str
    context: bytes
    what: str


@dataclass(frozen=True, slots=True)
class Unsealed:
    kind: Kind
    signer: TeamMember
    body: bytes


def seal(kind: Kind, body: bytes, *, sender: OwnIdentity, recipient: PublicIdentity) -> bytes:
    """The age file holding `body`, signed by `sender` and readable only by `recipient`."""
    return seal_to_all(kind, body, sender=sender, recipients=[recipient])


def seal_to_all(
    kind: Kind, body: bytes, *, sender: OwnIdentity, recipients: Sequence[PublicIdentity]
) -> bytes:
    """`seal` for several recipients: one age file each of them can open."""
    signature = sender.sign(kind.context + body)
    head = (
        f"{kind.header}\nsender: {sender.public().fingerprint}\n"
        f"signature: {base64.b64encode(signature).decode('ascii')}\n"
    ).encode("ascii")
    return pyrage.encrypt(head + body, [r.recipient() for r in recipients])


def read_regular(path: Path, limit: int, fail: Refusal, what: str) -> bytes:
    """The file's bytes, refusing one over `limit` before reading it (a hostile 10 GB file) and
    anything but a regular file (a FIFO or a device would block or never end)."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise fail(f"not {what} (not a regular file)")
    if info.st_size > limit:
        raise fail(f"too large for {what} ({info.st_size} bytes; at most {limit})")
    with path.open("rb") as handle:
        raw = handle.read(limit + 1)
    if len(raw) > limit:  # grew while being read
        raise fail(f"too large for {what}")
    return raw


def decrypt(
    raw: bytes, own: OwnIdentity, fail: Refusal, what: str, *, foreign: str | None = None
) -> bytes:
    """The plaintext of an age file sealed to this vault; `foreign` says why one sealed to
    others is refused (by default: ask the sender to seal it to you)."""
    if not raw.startswith((AGE_BINARY, AGE_ARMOR)):
        raise fail(f"not {what} (not an age file)")
    try:
        return pyrage.decrypt(raw, [own.decryption_key()])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise fail(
                foreign
                or "sealed for someone else: this vault cannot open it (ask the sender to seal "
                "it to you)"
            ) from None
        raise fail(
            "damaged or altered: the encryption does not check out (ask for a new copy)"
        ) from None


def split(
    plain: bytes, kinds: tuple[Kind, ...], fail: Refusal, what: str
) -> tuple[Kind, str, bytes, bytes]:
    """(kind, sender fingerprint, signature, body) of a decrypted file of one of `kinds`."""
    parts = plain.split(b"\n", 3)
    kind = next((k for k in kinds if parts[0] == k.header.encode("ascii")), None)
    if len(parts) != 4 or kind is None:
        raise fail(f"not {what} (unknown content)")
    sender_line, signature_line, body = parts[1], parts[2], parts[3]
    if not sender_line.startswith(b"sender: ") or not signature_line.startswith(b"signature: "):
        raise fail(f"not {what} (header damaged)")
    sender = sender_line[len(b"sender: ") :].decode("ascii", "replace")
    if not _FINGERPRINT.fullmatch(sender):
        raise fail(f"not {what} (the sender is not a fingerprint)")
    try:
        signature = base64.b64decode(signature_line[len(b"signature: ") :], validate=True)
    except binascii.Error:
        raise fail("damaged: the signature is not base64") from None
    if len(signature) != 64:
        raise fail("damaged: the signature has the wrong length")
    return kind, sender, signature, body


def verify(
    kind: Kind, sender: str, signature: bytes, body: bytes, *, team: TeamRepository, fail: Refusal
) -> TeamMember:
    """The team member who signed `body`; a refusal for an unknown signer or a bad signature."""
    member = team.by_fingerprint(sender)
    if member is None:
        raise fail(
            f"signed by a vault that is not in your team (fingerprint {sender[:16]}…): add its "
            "public identity after checking it in person"
        )
    if not member.identity.verify(kind.context + body, signature):
        raise fail(
            f"altered or forged: the signature does not match the key of {member.name} (ask "
            "for a new copy)"
        )
    return member


def unseal(
    raw: bytes,
    kinds: tuple[Kind, ...],
    *,
    own: OwnIdentity,
    team: TeamRepository,
    fail: Refusal,
    what: str,
) -> Unsealed:
    """Decrypt with this vault's key, and verify the signer against the team list."""
    kind, sender, signature, body = split(decrypt(raw, own, fail, what), kinds, fail, what)
    return Unsealed(kind, verify(kind, sender, signature, body, team=team, fail=fail), body)
