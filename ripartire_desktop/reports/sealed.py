"""Sealed bundles: a summary bundle signed by the sending vault and encrypted to one recipient.

The file is a standard age file (X25519), so `age -d -i KEY` opens it too. Inside:

    ripartire-sealed-summary v1
    sender: <fingerprint of the signing vault, 64 hex digits>
    signature: <Ed25519 signature, base64>
    <signed JSON: format, version, sender, recipient, period, created, serial, bundle, places>

The signature covers every byte of the JSON, which names the recipient's fingerprint, the period,
the creation time and the sender's serial: a bundle cannot be re-addressed (re-encrypted to
another vault), re-dated, edited (k, sources, counts) or replayed without the merge seeing it.
Since version 2 the signed JSON also carries the sender's places list (reports/places.py: active
paths and waiting list, codes and days only, as of the creation time; null in a merged bundle);
a version-1 bundle is still read, and opens with no places list.
Nothing here writes a file; callers write the returned bytes atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ripartire_desktop.reports import bundle
from ripartire_desktop.reports import places as places_format
from ripartire_desktop.reports.aggregates import Summary
from ripartire_desktop.store import sealing
from ripartire_desktop.store.errors import DamagedError
from ripartire_desktop.store.identity import OwnIdentity, PublicIdentity
from ripartire_desktop.store.records.places import VaultPlaces
from ripartire_desktop.store.records.team import TeamMember, TeamRepository

HEADER = "ripartire-sealed-summary v1"
FORMAT = "ripartire-signed-summary"
VERSION = 2  # 2: the places list; version 1 is still read (no places list)
# The file on disk: the bundle's own cap, base64-free JSON, plus age's small overhead.
MAX_SEALED_BYTES = bundle.MAX_BYTES + 64_000
KIND = sealing.Kind(HEADER, b"ripartire sealed bundle v1\n", "a sealed summary bundle")
_WHAT = "a sealed summary bundle"
_SIGNED_KEYS_V1 = {"format", "version", "sender", "recipient", "period", "created", "serial",
                   "bundle"}  # fmt: skip
_SIGNED_KEYS = {*_SIGNED_KEYS_V1, "places"}
MAX_SERIAL = 2**53  # well inside every JSON reader's exact integers


class SealedBundleError(bundle.BundleError):
    """A sealed bundle that is refused: damaged, altered, foreign, misaddressed or replayed."""


@dataclass(frozen=True, slots=True)
class OpenedBundle:
    """A bundle whose signature was verified against the team list."""

    summary: Summary
    sender: TeamMember
    serial: int
    created: str
    digest: str  # SHA-256 of the signed bytes: the same bundle twice has the same digest
    places: VaultPlaces | None = None  # None: a version-1 bundle, or a merged one


def seal(
    summary: Summary,
    *,
    sender: OwnIdentity,
    recipient: PublicIdentity,
    serial: int,
    now: datetime,
    places: VaultPlaces | None = None,
) -> bytes:
    """The age file holding `summary` (and the sender's `places` as of `now`), signed by
    `sender` and readable only by `recipient`."""
    return seal_document(
        bundle.to_document(summary),
        period={"from": str(summary.period.first), "to": str(summary.period.last)},
        sender=sender,
        recipient=recipient,
        serial=serial,
        now=now,
        places=None if places is None else places_format.to_document(places),
    )


def seal_document(
    document: object,
    *,
    period: dict[str, str],
    sender: OwnIdentity,
    recipient: PublicIdentity,
    serial: int,
    now: datetime,
    places: object = None,
    version: int = VERSION,
) -> bytes:
    """`seal` for a bundle document as it is; the reader checks it after the signature (the
    tests seal hostile documents with it, as a team member's broken or hostile copy could)."""
    signed = {
        "format": FORMAT,
        "version": version,
        "sender": sender.public().fingerprint,
        "recipient": recipient.fingerprint,
        "period": period,
        "created": sealing.signed_time(now),
        "serial": serial,
        "bundle": document,
    }
    if version >= 2:  # a version-1 bundle (as older versions wrote it) has no places key
        signed["places"] = places
    body = json.dumps(
        signed, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
    return sealing.seal(KIND, body, sender=sender, recipient=recipient)


def read_capped(path: Path) -> bytes:
    """The file's bytes, refusing one over the cap before reading it (a hostile 10 GB file)."""
    return sealing.read_regular(path, MAX_SEALED_BYTES, SealedBundleError, _WHAT)


def open_sealed(raw: bytes, *, own: OwnIdentity, team: TeamRepository) -> OpenedBundle:
    """Decrypt with this vault's key and verify against the team list; refuse anything else."""
    if len(raw) > MAX_SEALED_BYTES:
        raise SealedBundleError(f"too large for a sealed bundle ({len(raw)} bytes)")
    if raw.lstrip().startswith(b"{"):
        raise SealedBundleError(
            "an unsealed bundle (plain JSON, from an older version of Ripartire): ask for a "
            "sealed one, made with --recipient"
        )
    unsealed = sealing.unseal(raw, (KIND,), own=own, team=team, fail=SealedBundleError, what=_WHAT)
    return _checked(unsealed.body, member=unsealed.signer, own=own)


def _checked(body: bytes, *, member: TeamMember, own: OwnIdentity) -> OpenedBundle:
    # Signed by a team member from here on: what remains are that member's own mistakes, or a
    # bundle re-encrypted to us that was signed for someone else.
    doc = bundle.loads_strict(body, what="a sealed summary bundle")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SealedBundleError("not a sealed summary bundle (unexpected signed content)")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise SealedBundleError(
            "written by a newer version of Ripartire: update Ripartire to read it"
        )
    if set(doc) != (_SIGNED_KEYS_V1 if version == 1 else _SIGNED_KEYS) or version not in (1, 2):
        raise SealedBundleError("not a sealed summary bundle (unexpected signed content)")
    if doc["sender"] != member.fingerprint:
        raise SealedBundleError("damaged: the signed sender differs from the header")
    if doc["recipient"] != own.public().fingerprint:
        raise SealedBundleError(
            f"addressed by {member.name} to another vault and re-encrypted to this one: refused"
        )
    serial, created = doc["serial"], doc["created"]
    if isinstance(serial, bool) or not isinstance(serial, int) or not 1 <= serial <= MAX_SERIAL:
        raise SealedBundleError("damaged: the serial is not a positive whole number")
    if not isinstance(created, str) or not sealing.is_signed_time(created):
        raise SealedBundleError("damaged: the creation time is not a UTC time")
    summary = bundle.parse_document(doc["bundle"])
    if doc["period"] != {"from": str(summary.period.first), "to": str(summary.period.last)}:
        raise SealedBundleError("damaged: the signed period differs from the bundle's")
    listed = doc.get("places")
    return OpenedBundle(
        summary=summary,
        sender=member,
        serial=serial,
        created=created,
        digest=hashlib.sha256(body).hexdigest(),
        places=None if listed is None else places_format.parse_document(listed),
    )


def check_merge_set(opened: list[OpenedBundle], team: TeamRepository) -> None:
    """Refuse two bundles of one vault, and a bundle older than one already merged here."""
    seen: dict[str, OpenedBundle] = {}
    for item in opened:
        earlier = seen.get(item.sender.fingerprint)
        if earlier is not None:
            raise SealedBundleError(
                f"two bundles come from the same vault ({item.sender.name}): its families would "
                "be counted twice"
            )
        seen[item.sender.fingerprint] = item
        check_not_replayed(item, team)


def check_not_replayed(item: OpenedBundle, team: TeamRepository) -> None:
    period = item.summary.period
    last = team.last_merged(item.sender.fingerprint, str(period.first), str(period.last))
    if last is None:
        return
    if item.serial < last.serial:
        raise SealedBundleError(
            f"an older bundle of {item.sender.name} for {period.first}–{period.last} (number "
            f"{item.serial}): number {last.serial} was already merged here; ask for the newest"
        )
    if item.serial == last.serial and item.digest != last.digest:
        raise SealedBundleError(
            f"a second, different bundle numbered {item.serial} from {item.sender.name}: refused"
        )


def registry_entries(opened: list[OpenedBundle]) -> list[tuple[str, str, str, int, str, str]]:
    """What TeamRepository.record_merged keeps of a merge (no counts)."""
    return [
        (
            o.sender.fingerprint,
            str(o.summary.period.first),
            str(o.summary.period.last),
            o.serial,
            o.digest,
            o.created,
        )
        for o in opened
    ]


def open_files(paths: list[Path], *, own: OwnIdentity, team: TeamRepository) -> list[OpenedBundle]:
    """Every file opened and verified, and the set checked; the first refusal names its file."""
    opened = []
    for path in paths:
        try:
            opened.append(open_sealed(read_capped(path), own=own, team=team))
        except DamagedError as exc:
            raise SealedBundleError(f"{path.name}: {exc}") from None
    check_merge_set(opened, team)
    return opened
