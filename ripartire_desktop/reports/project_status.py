"""The project status file: the project's places across the team's vaults, signed by the
coordinator and encrypted to every team member at once (one age file, several recipients),
sealed as hand-overs and bundles are (store/sealing.py):

    ripartire-project-status v1
    sender: <fingerprint of the coordinator's vault, 64 hex digits>
    signature: <Ed25519 signature, base64>
    <signed JSON: format, version, signer, recipients, issued, serial, capacity, as_of, taken,
     waiting, vaults (name, fingerprint, as_of, active, waiting per vault; null counts for a
     vault whose bundle carried no places list), waiting_list (code, since, vault)>

It carries family codes (the project's waiting list), never a name. The signature covers every
byte of the JSON, which names its recipients, so it cannot be re-addressed, edited or re-dated;
the reader refuses one older than the status it holds (usecases/project_status.py).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.places import MAX_PLACES, parse_day, parse_place
from ripartire_desktop.store import sealing
from ripartire_desktop.store.errors import DamagedError
from ripartire_desktop.store.identity import OwnIdentity, PublicIdentity, Role
from ripartire_desktop.store.records.places import Place, VaultPlaces
from ripartire_desktop.store.records.team import TeamRepository

HEADER = "ripartire-project-status v1"
FORMAT = "ripartire-project-status"
VERSION = 1
MAX_BYTES = 2_000_000
MAX_VAULTS = 200
MAX_CAPACITY = 1_000_000
KIND = sealing.Kind(HEADER, b"ripartire project status v1\n", "a project status file")
_FOREIGN = (
    "made for other vaults: this vault cannot open it (ask the coordinator to add you to "
    "their team list and send a new status)"
)
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_KEYS = {"format", "version", "signer", "recipients", "issued", "serial", "capacity", "as_of",
         "taken", "waiting", "vaults", "waiting_list"}  # fmt: skip
_VAULT_KEYS = {"name", "fingerprint", "as_of", "active", "waiting"}


class ProjectStatusError(DamagedError):
    """A status file that is refused: damaged, altered, foreign, from an unknown signer, old."""


@dataclass(frozen=True, slots=True)
class VaultCount:
    """One vault's share: None counts when its bundle carried no places list (older version)."""

    name: str
    fingerprint: str
    as_of: date | None
    active: int | None
    waiting: int | None


@dataclass(frozen=True, slots=True)
class Waiting:
    code: str
    since: date
    vault: str  # the fingerprint of the vault that holds the family


@dataclass(frozen=True, slots=True)
class ProjectStatus:
    signer: str
    recipients: tuple[str, ...]
    issued: str  # UTC, to the second: orders statuses (with the serial)
    serial: int
    capacity: int
    as_of: date  # the oldest places list counted: the figures hold at least since then
    taken: int
    waiting: int
    vaults: tuple[VaultCount, ...]
    waiting_list: tuple[Waiting, ...]

    @property
    def order(self) -> tuple[str, int]:
        return (self.issued, self.serial)

    @property
    def missing(self) -> tuple[str, ...]:
        """The vaults counted without a places list (their bundles came from an older version)."""
        return tuple(v.name for v in self.vaults if v.active is None)

    @property
    def full(self) -> bool:
        return self.taken >= self.capacity


@dataclass(frozen=True, slots=True)
class Share:
    """What the merge knows of one vault: who, when its bundle was made, and its places."""

    name: str
    fingerprint: str
    created: str  # the bundle's creation time (UTC)
    places: VaultPlaces | None


@dataclass(frozen=True, slots=True)
class OpenedStatus:
    status: ProjectStatus
    body: bytes
    digest: str
    signer_name: str


def build(
    shares: list[Share], *, capacity: int, signer: str, recipients: list[str], issued: datetime,
    serial: int,
) -> dict[str, Any]:  # fmt: skip
    """The signed JSON's content; ProjectStatusError when no share carries a places list."""
    known = [s for s in shares if s.places is not None]
    if not known:
        raise ProjectStatusError(
            "none of the bundles carries a places list (they were made by an older version of "
            "Ripartire): ask the counsellors for new bundles"
        )
    vaults, waiting = [], []
    for share in shares:
        day = share.created[:10]
        if share.places is None:
            vaults.append(_vault(share, None, None, None))
            continue
        vaults.append(_vault(share, day, len(share.places.active), len(share.places.waiting)))
        waiting += [(p, share.fingerprint) for p in share.places.waiting]
    waiting.sort(key=lambda item: (item[0].since, len(item[0].code), item[0].code))
    return {
        "format": FORMAT,
        "version": VERSION,
        "signer": signer,
        "recipients": sorted(set(recipients)),
        "issued": sealing.signed_time(issued),
        "serial": serial,
        "capacity": capacity,
        "as_of": min(s.created[:10] for s in known),
        "taken": sum(len(s.places.active) for s in known if s.places is not None),
        "waiting": len(waiting),
        "vaults": vaults,
        "waiting_list": [
            {"code": p.code, "since": p.since.isoformat(), "vault": fp} for p, fp in waiting
        ],
    }


def _vault(
    share: Share, day: str | None, active: int | None, waiting: int | None
) -> dict[str, object]:
    return {
        "name": share.name,
        "fingerprint": share.fingerprint,
        "as_of": day,
        "active": active,
        "waiting": waiting,
    }


def seal(
    document: dict[str, Any], *, signer: OwnIdentity, recipients: list[PublicIdentity]
) -> bytes:
    """One age file every recipient can open, signed by `signer` (store/sealing.py)."""
    body = json.dumps(
        document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
    return sealing.seal_to_all(KIND, body, sender=signer, recipients=recipients)


# --- reading ----------------------------------------------------------------------------------


def open_status(raw: bytes, *, own: OwnIdentity, team: TeamRepository) -> OpenedStatus:
    """Decrypt with this vault's key, verify the coordinator's signature against the team list
    and check the content; ProjectStatusError (one line) for anything else."""
    if len(raw) > MAX_BYTES:
        raise ProjectStatusError(f"too large for a project status ({len(raw)} bytes)")
    plain = sealing.decrypt(raw, own, ProjectStatusError, KIND.what, foreign=_FOREIGN)
    _kind, signer_fp, signature, body = sealing.split(plain, (KIND,), ProjectStatusError, KIND.what)
    own_public = own.public()
    if signer_fp == own_public.fingerprint:
        name, identity = "this vault", own_public
    else:
        member = team.by_fingerprint(signer_fp)
        if member is None:
            raise ProjectStatusError(
                f"signed by a vault that is not in your team (fingerprint {signer_fp[:16]}…; a "
                "colleague removed from the team is not trusted any more)"
            )
        name, identity = member.name, member.identity
    if identity.role is not Role.COORDINATOR:
        raise ProjectStatusError(
            f"signed by {name}, who is not the coordinator in your team list: only the "
            "coordinator's status is loaded (if they are now, add their new identity again)"
        )
    if not identity.verify(KIND.context + body, signature):
        raise ProjectStatusError(
            f"altered or forged: the signature does not match the key of {name}"
        )
    status = parse_body(body)
    if status.signer != signer_fp:
        raise ProjectStatusError("damaged: the signed signer differs from the header")
    if own_public.fingerprint not in status.recipients:
        raise ProjectStatusError(
            f"addressed by {name} to other vaults and re-encrypted to this one: refused"
        )
    return OpenedStatus(status, body, hashlib.sha256(body).hexdigest(), name)


def parse_body(body: bytes) -> ProjectStatus:
    """The signed JSON, fully checked (also the held copy, on every read)."""
    try:
        doc = bundle.loads_strict(body, what="a project status")
        return _parse(doc)
    except bundle.BundleError as exc:
        raise ProjectStatusError(f"damaged: {exc}") from None


def _parse(doc: object) -> ProjectStatus:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectStatusError("not a project status file (unexpected signed content)")
    if isinstance(doc.get("version"), int) and doc["version"] > VERSION:
        raise ProjectStatusError("written by a newer version of Ripartire: update it to read it")
    if set(doc) != _KEYS or doc["version"] != VERSION:
        raise ProjectStatusError("not a project status file (unexpected signed content)")
    recipients = doc["recipients"]
    if (
        not isinstance(recipients, list)
        or not 1 <= len(recipients) <= MAX_VAULTS
        or not all(isinstance(r, str) and _FINGERPRINT.fullmatch(r) for r in recipients)
    ):
        raise ProjectStatusError("damaged: the recipients are not fingerprints")
    issued = doc["issued"]
    if not isinstance(issued, str) or not sealing.is_signed_time(issued):
        raise ProjectStatusError("damaged: the issue time is not a UTC time")
    vaults = _vaults(doc["vaults"])
    fingerprints = {v.fingerprint for v in vaults}
    waiting_list = tuple(_waiting(item, fingerprints) for item in _list(doc["waiting_list"]))
    status = ProjectStatus(
        signer=_text(doc["signer"], "signer"),
        recipients=tuple(recipients),
        issued=issued,
        serial=_count(doc["serial"], "serial", low=1, high=bundle.MAX_COUNT),
        capacity=_count(doc["capacity"], "capacity", high=MAX_CAPACITY),
        as_of=parse_day(doc["as_of"], "as_of"),
        taken=_count(doc["taken"], "taken"),
        waiting=_count(doc["waiting"], "waiting"),
        vaults=vaults,
        waiting_list=waiting_list,
    )
    known = [v for v in vaults if v.active is not None]
    if not known or status.as_of != min(v.as_of for v in known if v.as_of is not None):
        raise ProjectStatusError("damaged: the date does not match the vaults' places lists")
    if status.taken != sum(v.active or 0 for v in known) or status.waiting != len(waiting_list):
        raise ProjectStatusError("damaged: the totals do not match the vaults' counts")
    if sum(v.waiting or 0 for v in known) != len(waiting_list):
        raise ProjectStatusError("damaged: the waiting list does not match the vaults' counts")
    return status


def _list(value: object) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_PLACES:
        raise ProjectStatusError(f"damaged: a list longer than {MAX_PLACES} or not a list")
    return value


def _vaults(value: object) -> tuple[VaultCount, ...]:
    items = _list(value)
    if not 1 <= len(items) <= MAX_VAULTS:
        raise ProjectStatusError("damaged: no vault is counted")
    found = []
    for item in items:
        if not isinstance(item, dict) or set(item) != _VAULT_KEYS:
            raise ProjectStatusError("damaged: a vault's entry has unexpected content")
        counts = (item["as_of"], item["active"], item["waiting"])
        if any(c is None for c in counts) and any(c is not None for c in counts):
            raise ProjectStatusError("damaged: a vault's entry is half empty")
        fingerprint = _text(item["fingerprint"], "a vault's fingerprint")
        if not _FINGERPRINT.fullmatch(fingerprint):
            raise ProjectStatusError("damaged: a vault's fingerprint is not one")
        found.append(
            VaultCount(
                name=_text(item["name"], "a vault's name"),
                fingerprint=fingerprint,
                as_of=None if counts[0] is None else parse_day(counts[0], "a vault's date"),
                active=None if counts[1] is None else _count(counts[1], "active"),
                waiting=None if counts[2] is None else _count(counts[2], "waiting"),
            )
        )
    if len({v.fingerprint for v in found}) != len(found):
        raise ProjectStatusError("damaged: a vault is counted twice")
    return tuple(found)


def _waiting(item: object, fingerprints: set[str]) -> Waiting:
    if not isinstance(item, dict) or set(item) != {"code", "since", "vault"}:
        raise ProjectStatusError("damaged: a waiting-list entry has unexpected content")
    if item["vault"] not in fingerprints:
        raise ProjectStatusError("damaged: a waiting-list entry names a vault not counted")
    place: Place = parse_place({"code": item["code"], "since": item["since"]}, "waiting_list")
    return Waiting(code=place.code, since=place.since, vault=str(item["vault"]))


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= 200:
        raise ProjectStatusError(f"damaged: {where} is not a short text")
    return value


def _count(value: object, where: str, *, low: int = 0, high: int = MAX_CAPACITY) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProjectStatusError(f"damaged: {where} is not a whole number from {low} to {high}")
    return value
