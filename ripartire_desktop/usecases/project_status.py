"""The project's places across vaults (issue 16): the coordinator writes a signed status from the
team's sealed bundles; each counsellor loads it, and the dashboard and the admission step read
it. The window and the command line both call these; refusals change nothing.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ripartire_desktop.reports import project_status, sealed
from ripartire_desktop.reports.project_status import (
    OpenedStatus,
    ProjectStatus,
    ProjectStatusError,
    Share,
)
from ripartire_desktop.reports.sealed import OpenedBundle
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.fileio import atomic_write, read_capped
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.places import HeldStatus
from ripartire_desktop.store.records.team import TeamError, TeamMember
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.documents import refuse_existing
from ripartire_desktop.usecases.project_places import (  # noqa: F401 (the read side, re-exported)
    STALE_AFTER,
    ProjectPlaces,
    admission_warning,
    held_status,
    project_places,
)


@dataclass(frozen=True, slots=True)
class StatusWritten:
    status: ProjectStatus
    recipients: tuple[str, ...]  # the team members' names it was encrypted to
    changes: Changes


@dataclass(frozen=True, slots=True)
class StatusLoaded:
    status: ProjectStatus
    signer: str  # the signer's name in this vault's team list
    changes: Changes


def shares(opened: list[OpenedBundle]) -> list[Share]:
    """What the merge gives per vault: the sender, its bundle's date and its places list."""
    return [
        Share(
            name=o.sender.name,
            fingerprint=o.sender.fingerprint,
            created=o.created,
            places=o.places,
        )
        for o in opened
    ]


def still_in_team(records: Records, member: TeamMember) -> TeamMember:
    """`member` as the team list holds it now; refused once removed (nothing is sealed to a
    colleague taken off the list, even from a window opened before)."""
    current = records.team.by_fingerprint(member.fingerprint)
    if current is None:
        raise TeamError(
            f"{member.name} is no longer in the team list: nothing is sealed to them; "
            "nothing was written."
        )
    return current


def check_writable(records: Records, opened: list[OpenedBundle]) -> None:
    """Refuse, before anything is written, a status that `write_status` could not write: a
    sender removed from the team, a replayed set, no team, no places list at all."""
    team = records.team
    for item in opened:
        if team.by_fingerprint(item.sender.fingerprint) is None:
            raise TeamError(
                f"{item.sender.name} is no longer in the team list: their bundle is not "
                "counted; nothing was written."
            )
    sealed.check_merge_set(opened, team)
    if not team.members():
        raise TeamError(
            "The team list is empty: add the counsellors' identities first; nothing was written."
        )
    if all(item.places is None for item in opened):
        raise ProjectStatusError(
            "None of the bundles carries a places list (they were made by an older version of "
            "Ripartire): ask the counsellors for new bundles; nothing was written."
        )


def write_status(
    records: Records, opened: list[OpenedBundle], target: Path, *, now: datetime | None = None
) -> StatusWritten:
    """Sign the project's places of the merged bundles, encrypt them to every team member and
    to this vault, write `target`, keep the same status here and record the export."""
    now = now or datetime.now(UTC)
    team = records.team
    own = team.require_own()
    check_writable(records, opened)
    members = team.members()
    recipients = [m.identity for m in members] + [own.public()]
    document = project_status.build(
        shares(opened),
        capacity=records.settings.load().capacity,
        signer=own.public().fingerprint,
        recipients=[r.fingerprint for r in recipients],
        issued=now,
        serial=team.next_serial(floor=int(now.timestamp())),
    )
    raw = project_status.seal(document, signer=own, recipients=recipients)
    # Opened again as a reader would: what is held here is exactly what the team reads.
    checked = project_status.open_status(raw, own=own, team=team)
    refuse_existing(target)
    atomic_write(target, raw)
    with records.transaction():
        records.places.hold(_held(checked, now))
        records.audit.record(
            AuditAction.EXPORT,
            detail=f"project status {checked.status.issued} to {len(members)} team members",
        )
    return StatusWritten(checked.status, tuple(m.name for m in members), Changes.of(Kind.TEAM))


def read_status_file(path: Path) -> bytes:
    """The file's bytes; a FIFO or device is refused unopened, a large file unread."""
    try:
        info = path.stat()
    except OSError as exc:
        raise VaultError(f"Cannot read {path}: {exc.strerror}; nothing was changed.") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ProjectStatusError(f"{path.name}: not a project status file (not a regular file)")
    try:
        return read_capped(path, project_status.MAX_BYTES, "project status file")
    except OSError as exc:
        raise VaultError(f"Cannot read {path}: {exc.strerror}; nothing was changed.") from exc


def load_status(records: Records, path: Path, *, now: datetime | None = None) -> StatusLoaded:
    """Verify the coordinator's status and keep it in place of the one held; an older one (a
    replay), the same one again, or any bad file is refused and nothing changes."""
    now = now or datetime.now(UTC)
    raw = read_status_file(path)
    team = records.team
    try:
        opened = project_status.open_status(raw, own=team.require_own(), team=team)
        held = held_status(records)
        if held is not None:
            if opened.digest == records_digest(records):
                raise ProjectStatusError("this project status is already loaded")
            if opened.status.order <= held.order:
                raise ProjectStatusError(
                    f"older than the status already loaded (issued {_shown(opened.status)}; "
                    f"the one held was issued {_shown(held)}): ask the coordinator for the "
                    "newest"
                )
    except ProjectStatusError as exc:
        raise ProjectStatusError(f"{path.name}: {exc}; nothing was changed.") from None
    with records.transaction():
        records.places.hold(_held(opened, now))
        records.audit.record(
            AuditAction.TEAM,
            detail=f"project status {opened.status.issued} loaded from {opened.status.signer[:16]}",
        )
    return StatusLoaded(opened.status, opened.signer_name, Changes.of(Kind.TEAM))


def _shown(status: ProjectStatus) -> str:
    return status.issued.replace("T", " ").removesuffix("Z") + " UTC"


def _held(opened: OpenedStatus, now: datetime) -> HeldStatus:
    return HeldStatus(
        body=opened.body.decode("utf-8"),
        digest=opened.digest,
        issued=opened.status.issued,
        loaded_at=now.astimezone(UTC).isoformat(timespec="seconds"),
    )


def records_digest(records: Records) -> str | None:
    held = records.places.held()
    return None if held is None else held.digest
