"""The anonymised summary and the team's sealed bundles: count a period (checked against the
release ledger), open and merge bundles, and publish (PDF and/or bundle) with the ledger entry
and the audit entry. The window and the command line both call these.

Nothing here suppresses by itself: `reports.publication` chooses the cells to hide against the
ledger of what this vault already published; a refusal (`ReleaseRefused`) writes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ripartire_desktop.reports import bundle, publication, sealed
from ripartire_desktop.reports.aggregates import Period, source_id
from ripartire_desktop.reports.publication import Prepared
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.documents import record_export, refuse_existing
from ripartire_desktop.usecases.project_status import still_in_team

if TYPE_CHECKING:
    from ripartire_desktop.reports.sealed import OpenedBundle
    from ripartire_desktop.store.records.team import TeamMember


class ThresholdLowered(ValueError):
    """A merge asked for a k below the bundles' own (the one argument): it can only be raised."""


@dataclass(frozen=True, slots=True)
class Targets:
    """Where a publication goes: a PDF, a bundle sealed to `recipient`, or both."""

    pdf: Path | None = None
    bundle: Path | None = None
    recipient: TeamMember | None = None

    @property
    def kinds(self) -> str:
        return "+".join(k for k, p in (("pdf", self.pdf), ("bundle", self.bundle)) if p)


def prepare_summary(records: Records, period: Period, *, vault_id: str, today: date) -> Prepared:
    """The summary of `period` as this vault may publish it (protected against its ledger)."""
    settings = records.settings.load()
    return publication.prepare(
        records.conn, period, settings=settings, today=today, source=source_id(vault_id)
    )


def open_bundles(records: Records, paths: list[Path]) -> list[OpenedBundle]:
    """Every file opened with this vault's key and verified against its team list, and the set
    checked against replays; the first refusal names its file (all or nothing)."""
    try:
        return sealed.open_files(paths, own=records.team.require_own(), team=records.team)
    except OSError as exc:
        raise VaultError(f"Cannot read {exc.filename}: {exc.strerror}.") from exc
    except sealed.SealedBundleError as exc:
        raise sealed.SealedBundleError(f"{exc}; nothing was merged or written.") from None


def read_bundles(
    records: Records, paths: list[Path]
) -> list[tuple[Path, OpenedBundle | BaseException]]:
    """Each file opened, verified and checked against the bundles already merged here, or the
    reason it cannot be used (one by one, for a list the user builds)."""
    team = records.team
    own = team.require_own()
    found: list[tuple[Path, OpenedBundle | BaseException]] = []
    for path in paths:
        try:
            opened = sealed.open_sealed(sealed.read_capped(path), own=own, team=team)
            sealed.check_not_replayed(opened, team)
            found.append((path, opened))
        except (OSError, bundle.BundleError) as exc:
            found.append((path, exc))
    return found


def prepare_merge(
    records: Records, opened: list[OpenedBundle], *, k: int | None = None
) -> Prepared:
    """The merged summary as this vault may publish it: suppressed after merging, each vault's
    share protected from the others and the whole against the ledger of merged releases.
    `k` may raise the bundles' threshold, never lower it (ThresholdLowered)."""
    contributions = [o.summary for o in opened]
    merged = bundle.merge(contributions)
    if k is not None:
        if k < merged.k:
            raise ThresholdLowered(merged.k)
        merged = dataclasses.replace(merged, k=k)
    return publication.prepare_merged(records.conn, merged, contributions)


def publish(
    records: Records,
    prepared: Prepared,
    targets: Targets,
    *,
    lang: str,
    merged: list[OpenedBundle] | None = None,
    now: datetime | None = None,
) -> Changes:
    """Write the PDF and/or the sealed bundle of `prepared`, with the ledger and audit entries.

    The release goes into the ledger before any file exists: one recorded but not written only
    costs cells later; one written but not recorded could be differenced against the next.
    `merged` (the verified bundles of a merge) are checked against replays again just before
    writing and recorded as merged right after.
    """
    from ripartire_desktop.reports.pdfbase import write_pdf
    from ripartire_desktop.reports.summary_pdf import summary_pdf
    from ripartire_desktop.store.fileio import atomic_write

    now = now or datetime.now(UTC)
    team = records.team
    if merged is not None:  # another merge may have recorded a newer bundle meanwhile
        sealed.check_merge_set(merged, team)
    recipient = None
    if targets.bundle is not None and targets.recipient is not None:
        recipient = still_in_team(records, targets.recipient)  # not removed meanwhile
    for path in (targets.pdf, targets.bundle):
        if path is not None:
            refuse_existing(path)
    summary = prepared.summary
    if targets.pdf is not None:
        publication.record(records.conn, prepared, published_at=now.isoformat())
    else:
        publication.freeze(records.conn, prepared)
    sealed_bytes = None
    if targets.bundle is not None and recipient is not None:
        sealed_bytes = sealed.seal(
            summary,
            sender=team.require_own(),
            recipient=recipient.identity,
            serial=team.next_serial(floor=int(now.timestamp())),
            now=now,
            # A counsellor's own bundle carries its places list (codes and days) for the
            # project's count; a merged one does not (the status file does that).
            places=records.places.snapshot() if merged is None else None,
        )
    if targets.pdf is not None:
        pdf = summary_pdf(
            summary, lang=lang, hidden=prepared.hidden, reissued_on=prepared.reissued_on
        )
        write_pdf(targets.pdf, pdf)
    if targets.bundle is not None and sealed_bytes is not None:
        atomic_write(targets.bundle, sealed_bytes)
    changes = record_export(records, _detail(prepared, targets, merged))
    if merged is not None:
        team.record_merged(sealed.registry_entries(merged))
    return changes | Changes.of(Kind.RELEASES, *([Kind.TEAM] if merged is not None else []))


def _detail(prepared: Prepared, targets: Targets, merged: list[OpenedBundle] | None) -> str:
    """The audit entry: kinds of file and fingerprints only, never a count or a name."""
    what = "summary" if merged is None else "merged summary"
    detail = f"{what} {prepared.summary.period} {targets.kinds}"
    if merged is not None:
        detail += f" ({len(merged)} bundles)"
    if targets.bundle is not None and targets.recipient is not None:
        detail += f" sealed to {targets.recipient.fingerprint[:16]}"
    if prepared.reissued_on and targets.pdf is not None:
        detail += " re-issued"
    return detail
