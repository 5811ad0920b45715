"""Report commands: case summary, anonymised summary and bundles, merge, consent form, subject
access export.

Every output is checked before the vault is opened (never overwrite, the folder must exist),
written atomically and 0600, and recorded in the audit log by code only. Bundles are sealed
(reports/sealed.py): `summary --bundle` signs and encrypts to one team member, and `merge` opens
the receiving vault to decrypt, verify against its team list and refuse replays.
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ripartire_desktop.commands import secrets_input
from ripartire_desktop.commands.vault_cmds import say, unlock
from ripartire_desktop.domain import LANGUAGES, Settings
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store.errors import EXIT_OK, VaultError
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction

if TYPE_CHECKING:
    from ripartire_desktop.reports.aggregates import Period, Summary
    from ripartire_desktop.reports.publication import Prepared
    from ripartire_desktop.reports.sealed import OpenedBundle
    from ripartire_desktop.store.records.team import TeamMember
    from ripartire_desktop.store.vault import Vault

NOT_ENCRYPTED = (
    "The file is NOT encrypted and holds personal data: keep it safe, delete it when done."
)


def check_new_file(path_text: str) -> Path:
    """The path to create, or VaultError if it exists or its folder does not (nothing written).

    Also for `init --recovery-sheet`: check before the vault is created.
    """
    path = Path(path_text).expanduser()
    if path.exists():
        raise VaultError(f"{path} already exists: choose another file name; nothing was written.")
    if not path.parent.is_dir():
        raise VaultError(f"The folder {path.parent} does not exist; nothing was written.")
    return path


def _lang(args: argparse.Namespace, settings: Settings | None = None) -> str:
    if args.lang:
        return str(args.lang)
    if settings is not None and settings.language:
        return settings.language
    return "it"


def cmd_case(args: argparse.Namespace) -> int:
    from ripartire_desktop.reports.case_summary import load_case, write_case_summary

    target = check_new_file(args.output)
    vault = unlock(args)
    try:
        records = Records(vault.connection)
        settings = records.settings.load()
        case = load_case(records, args.code)
        write_case_summary(
            target,
            case,
            organisation=settings.organisation,
            today=date.today(),
            lang=_lang(args, settings),
            include_identity=args.with_identity,
        )
        detail = "case summary pdf" + (" with identity" if args.with_identity else "")
        vault.record(AuditAction.EXPORT, family_code=case.family.code, detail=detail)
    finally:
        vault.lock()
    say(f"Wrote the case summary of {case.family.code} to {target}.")
    say(NOT_ENCRYPTED)
    return EXIT_OK


def _period(args: argparse.Namespace) -> Period:
    from ripartire_desktop.reports.aggregates import Period

    try:
        return Period.parse(args.period_from, args.period_to)
    except ValidationError as exc:
        raise secrets_input.UsageError(f"--from/--to: {exc.message}.") from None


def _outputs(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """The PDF and bundle to write; none with --preview (which writes nothing)."""
    if args.bundle and not args.recipient:
        raise secrets_input.UsageError(
            "A bundle is sealed to one team member: add --recipient NAME (see 'ripartire team "
            "list')."
        )
    if args.recipient and not args.bundle:
        raise secrets_input.UsageError("--recipient names who a --bundle FILE is sealed to.")
    if args.preview:
        return None, None
    if not args.output and not args.bundle:
        raise secrets_input.UsageError(
            "Say where to write the report (-o FILE.pdf), or use --preview."
        )
    pdf = check_new_file(args.output) if args.output else None
    bundle = check_new_file(args.bundle) if args.bundle else None
    if pdf is not None and bundle is not None and pdf.resolve() == bundle.resolve():
        raise secrets_input.UsageError("The report and the bundle need two different file names.")
    return pdf, bundle


def _write_outputs(
    vault: Vault,
    summary: Summary,
    *,
    pdf: Path | None,
    bundle_path: Path | None,
    lang: str,
    recipient: TeamMember | None,
    prepared: Prepared | None = None,
) -> None:
    from ripartire_desktop.reports import sealed
    from ripartire_desktop.reports.summary_pdf import write_summary
    from ripartire_desktop.store.fileio import atomic_write

    sealed_bytes = None
    if bundle_path is not None and recipient is not None:
        team = Records(vault.connection).team
        now = datetime.now(UTC)
        sealed_bytes = sealed.seal(
            summary,
            sender=team.require_own(),
            recipient=recipient.identity,
            serial=team.next_serial(floor=int(now.timestamp())),
            now=now,
        )
    if pdf is not None:
        if prepared is None:
            write_summary(pdf, summary, lang=lang)
        else:
            write_summary(
                pdf, summary, lang=lang, hidden=prepared.hidden, reissued_on=prepared.reissued_on
            )
    if bundle_path is not None and sealed_bytes is not None:
        atomic_write(bundle_path, sealed_bytes)


def _recipient(vault: Vault, args: argparse.Namespace) -> TeamMember | None:
    """The team member a bundle is sealed to, looked up before anything is written."""
    if not args.recipient or args.preview:
        return None
    return Records(vault.connection).team.by_name(args.recipient)


def cmd_summary(args: argparse.Namespace) -> int:
    from ripartire_desktop.reports import publication
    from ripartire_desktop.reports.aggregates import source_id
    from ripartire_desktop.reports.tables import preview_text

    period = _period(args)
    pdf, bundle_path = _outputs(args)
    vault = unlock(args)
    try:
        records = Records(vault.connection)
        recipient = _recipient(vault, args)
        settings = records.settings.load()
        lang = _lang(args, settings)
        # Checked against the release ledger: a refusal (ReleaseRefused) writes nothing.
        prepared = publication.prepare(
            vault.connection,
            period,
            settings=settings,
            today=date.today(),
            source=source_id(vault.vault_id),
        )
        summary = prepared.summary
        if not args.preview:
            # Into the ledger first: a release recorded but not written only costs cells later;
            # one written but not recorded could be differenced against the next.
            if pdf is not None:
                publication.record(
                    vault.connection, prepared, published_at=datetime.now(UTC).isoformat()
                )
            else:
                publication.freeze(vault.connection, prepared)
            _write_outputs(
                vault,
                summary,
                pdf=pdf,
                bundle_path=bundle_path,
                lang=lang,
                recipient=recipient,
                prepared=prepared,
            )
            written = [w for w, p in (("pdf", pdf), ("bundle", bundle_path)) if p is not None]
            sealed_to = f" sealed to {recipient.fingerprint[:16]}" if recipient else ""
            again = " re-issued" if prepared.reissued_on and pdf is not None else ""
            vault.record(
                AuditAction.EXPORT,
                detail=f"summary {period} {'+'.join(written)}{sealed_to}{again}",
            )
    finally:
        vault.lock()
    if args.preview:
        say(preview_text(summary, lang, prepared.hidden).rstrip("\n"))
        say("")
        say("Preview only: nothing was written.")
        return EXIT_OK
    if pdf is not None:
        say(f"Wrote the anonymised summary of {period} to {pdf}.")
        if prepared.reissued_on:
            say(
                f"This period was published on {prepared.reissued_on}: the same figures were "
                "re-issued, unchanged."
            )
        say(
            f"Counts from 1 to {summary.k - 1}, and those that would reveal them (also against "
            "the reports already published), are shown as n.p."
        )
    if bundle_path is not None and recipient is not None:
        say(f"Wrote the bundle of exact counts to {bundle_path}, sealed to {recipient.name}.")
        say("Only their vault can open it; 'ripartire report merge' there checks your signature.")
    return EXIT_OK


def _open_bundles(records: Records, paths: list[Path]) -> list[OpenedBundle]:
    from ripartire_desktop.reports import sealed

    try:
        return sealed.open_files(paths, own=records.team.require_own(), team=records.team)
    except OSError as exc:
        raise VaultError(f"Cannot read {exc.filename}: {exc.strerror}.") from exc
    except sealed.SealedBundleError as exc:
        raise sealed.SealedBundleError(f"{exc}; nothing was merged or written.") from None


def _raised_k(merged: Summary, k: int | None) -> Summary:
    if k is None:
        return merged
    if k < merged.k:
        raise secrets_input.UsageError(
            f"--k {k} is below the threshold of the bundles ({merged.k}): it can only be raised."
        )
    return dataclasses.replace(merged, k=k)


def cmd_merge(args: argparse.Namespace) -> int:
    from ripartire_desktop.privacy.suppression import check_k
    from ripartire_desktop.reports import bundle, publication, sealed
    from ripartire_desktop.reports.tables import preview_text

    pdf, bundle_path = _outputs(args)
    if args.k is not None:
        try:
            check_k(args.k)
        except ValueError as exc:
            raise secrets_input.UsageError(f"--k: {exc}.") from None
    paths = [Path(name).expanduser() for name in args.bundles]
    for path in paths:
        if not path.exists():
            raise VaultError(f"Cannot read {path}: no such file; nothing was merged.")
        if not path.is_file():
            raise VaultError(f"Cannot read {path}: not a regular file; nothing was merged.")
    vault = unlock(args)
    try:
        records = Records(vault.connection)
        recipient = _recipient(vault, args)
        opened = _open_bundles(records, paths)
        merged = _raised_k(bundle.merge([o.summary for o in opened]), args.k)
        lang = _lang(args)
        # Suppressed after merging, with each vault's share protected from the others (merged
        # minus own) and against this vault's ledger of merged releases; a refusal writes nothing.
        prepared = publication.prepare_merged(vault.connection, merged, [o.summary for o in opened])
        merged = prepared.summary
        if not args.preview:
            publication.record(
                vault.connection, prepared, published_at=datetime.now(UTC).isoformat()
            )
            _write_outputs(
                vault,
                merged,
                pdf=pdf,
                bundle_path=bundle_path,
                lang=lang,
                recipient=recipient,
                prepared=prepared,
            )
            records.team.record_merged(sealed.registry_entries(opened))
            senders = " ".join(o.sender.fingerprint[:16] for o in opened)
            again = " re-issued" if prepared.reissued_on else ""
            vault.record(
                AuditAction.EXPORT, detail=f"merged summary {merged.period} {senders}{again}"
            )
    finally:
        vault.lock()
    if args.preview:
        say(preview_text(merged, lang, prepared.hidden).rstrip("\n"))
        say("")
        say("Preview only: nothing was written.")
        return EXIT_OK
    names = ", ".join(o.sender.name for o in opened)
    if pdf is not None:
        say(
            f"Merged {len(opened)} bundle{'s' if len(opened) > 1 else ''} of {merged.period} "
            f"({names}; signatures checked) "
            f"into {pdf} (small counts suppressed on the merged tables, k={merged.k})."
        )
    if bundle_path is not None and recipient is not None:
        say(f"Wrote the merged bundle to {bundle_path}, sealed to {recipient.name}.")
    return EXIT_OK


def cmd_consent(args: argparse.Namespace) -> int:
    from ripartire_desktop.reports.consent_form import write_consent_form

    target = check_new_file(args.output)
    vault = unlock(args)
    try:
        records = Records(vault.connection)
        settings = records.settings.load()
        family = records.families.by_code(args.code)
        write_consent_form(
            target,
            code=family.code,
            organisation=settings.organisation,
            municipality=family.municipality or settings.municipality,
            retention_months=settings.retention_months,
            lang=_lang(args, settings),
        )
        vault.record(AuditAction.EXPORT, family_code=family.code, detail="consent form pdf")
    finally:
        vault.lock()
    say(f"Wrote the consent form of {family.code} to {target}: print it and have it signed.")
    return EXIT_OK


def cmd_export_subject(args: argparse.Namespace) -> int:
    from ripartire_desktop.reports.subject_access import export_subject

    folder = Path(args.output).expanduser()
    if folder.exists():
        raise VaultError(
            f"{folder} already exists: choose another folder name; nothing was written."
        )
    if not folder.parent.is_dir():
        raise VaultError(f"The folder {folder.parent} does not exist; nothing was written.")
    vault = unlock(args)
    try:
        records = Records(vault.connection)
        settings = records.settings.load()
        result = export_subject(
            records,
            args.code,
            folder,
            organisation=settings.organisation,
            retention_months=settings.retention_months,
            today=date.today(),
            lang=_lang(args, settings),
        )
        code = result.json.stem
        vault.record(AuditAction.EXPORT, family_code=code, detail="subject access pdf+json")
    finally:
        vault.lock()
    say(
        f"Wrote everything held about {code} to {folder}: {result.pdf.name} and {result.json.name}."
    )
    say(NOT_ENCRYPTED)
    return EXIT_OK


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    secrets: argparse.ArgumentParser,
) -> None:
    parents = [common, secrets]
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument(
        "--lang", choices=LANGUAGES, help="language of the document (default: settings, else it)"
    )

    report = sub.add_parser("report", help="PDF reports, anonymised summaries and bundles")
    reports = report.add_subparsers(title="reports", metavar="REPORT", required=True)

    p = reports.add_parser(
        "case", parents=[*parents, lang], help="case summary of one family (confidential PDF)"
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--with-identity",
        action="store_true",
        help="also print names and contact details, and every note as written (by default they "
        "are left out and the notes are redacted)",
    )
    p.set_defaults(func=cmd_case)

    period = argparse.ArgumentParser(add_help=False)
    period.add_argument("--from", dest="period_from", required=True, metavar="YYYY-MM")
    period.add_argument("--to", dest="period_to", required=True, metavar="YYYY-MM")
    outputs = argparse.ArgumentParser(add_help=False)
    outputs.add_argument("-o", "--output", metavar="FILE.pdf", help="the anonymised report")
    outputs.add_argument(
        "--bundle",
        metavar="FILE.age",
        help="also write the exact counts, signed and sealed to --recipient, to merge later",
    )
    outputs.add_argument(
        "--recipient", metavar="NAME", help="the team member (coordinator) the bundle is for"
    )
    outputs.add_argument(
        "--preview",
        action="store_true",
        help="print the tables exactly as they will be published, and write nothing",
    )

    p = reports.add_parser(
        "summary",
        parents=[*parents, lang, period, outputs],
        help="anonymised summary of a period (small counts suppressed)",
    )
    p.set_defaults(func=cmd_summary)

    p = reports.add_parser(
        "merge",
        parents=[*parents, lang, outputs],
        help="merge sealed bundles of your team into one anonymised report (opens your vault)",
    )
    p.add_argument("bundles", nargs="+", metavar="BUNDLE.age")
    p.add_argument(
        "--k",
        type=int,
        metavar="K",
        help="raise the small-cell threshold (never below the bundles')",
    )
    p.set_defaults(func=cmd_merge)

    p = reports.add_parser(
        "consent", parents=[*parents, lang], help="privacy notice and consent form to sign"
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_consent)

    p = sub.add_parser(
        "export-subject",
        parents=[*parents, lang],
        help="subject access export (GDPR art. 15/20): a folder with a PDF and a JSON",
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.set_defaults(func=cmd_export_subject)
