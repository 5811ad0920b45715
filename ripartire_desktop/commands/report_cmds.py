"""Report commands: case summary, anonymised summary and bundles, merge, consent form, subject
access export.

Every output is checked before the vault is opened (never overwrite, the folder must exist),
written atomically and 0600, and recorded in the audit log by code only. `merge` needs no vault:
it reads bundles, so a coordinator can run it anywhere.
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
    from ripartire_desktop.reports.aggregates import Period

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
    summary: object,
    pdf: Path | None,
    bundle_path: Path | None,
    lang: str,
    prepared: object | None = None,
) -> None:
    from ripartire_desktop.reports import bundle
    from ripartire_desktop.reports.aggregates import Summary
    from ripartire_desktop.reports.publication import Prepared
    from ripartire_desktop.reports.summary_pdf import write_summary
    from ripartire_desktop.store.fileio import atomic_write

    assert isinstance(summary, Summary)
    assert prepared is None or isinstance(prepared, Prepared)
    if pdf is not None:
        if prepared is None:
            write_summary(pdf, summary, lang=lang)
        else:
            write_summary(
                pdf, summary, lang=lang, hidden=prepared.hidden, reissued_on=prepared.reissued_on
            )
    if bundle_path is not None:
        atomic_write(bundle_path, bundle.dumps(summary))


def cmd_summary(args: argparse.Namespace) -> int:
    from ripartire_desktop.reports import publication
    from ripartire_desktop.reports.aggregates import source_id
    from ripartire_desktop.reports.tables import preview_text

    period = _period(args)
    pdf, bundle_path = _outputs(args)
    vault = unlock(args)
    try:
        records = Records(vault.connection)
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
            _write_outputs(summary, pdf, bundle_path, lang, prepared)
            written = [w for w, p in (("pdf", pdf), ("bundle", bundle_path)) if p is not None]
            again = " re-issued" if prepared.reissued_on and pdf is not None else ""
            vault.record(AuditAction.EXPORT, detail=f"summary {period} {'+'.join(written)}{again}")
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
    if bundle_path is not None:
        say(f"Wrote the bundle of exact counts to {bundle_path}.")
        say("It holds no names or text; 'ripartire report merge' turns bundles into one report.")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from ripartire_desktop.privacy.suppression import check_k
    from ripartire_desktop.reports import bundle
    from ripartire_desktop.reports.publication import Prepared
    from ripartire_desktop.reports.release import protect
    from ripartire_desktop.reports.tables import preview_text

    pdf, bundle_path = _outputs(args)
    summaries = []
    for name in args.bundles:
        path = Path(name).expanduser()
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise VaultError(f"Cannot read {path}: {exc.strerror}.") from exc
        try:
            summaries.append(bundle.parse(raw))
        except bundle.BundleError as exc:
            raise bundle.BundleError(f"{path}: {exc}.") from None
    merged = bundle.merge(summaries)
    if args.k is not None:
        try:
            check_k(args.k)
        except ValueError as exc:
            raise secrets_input.UsageError(f"--k: {exc}.") from None
        if args.k < merged.k:
            raise secrets_input.UsageError(
                f"--k {args.k} is below the threshold of the bundles ({merged.k}): it can only "
                "be raised."
            )
        merged = dataclasses.replace(merged, k=args.k)
    lang = _lang(args)
    # Suppressed after merging, with each vault's share protected from the others (merged
    # minus own). On a coordinator's vault, publication.prepare_merged/record add the ledger.
    prepared = Prepared(merged, protect(merged, contributions=summaries))
    if args.preview:
        say(preview_text(merged, lang, prepared.hidden).rstrip("\n"))
        say("")
        say("Preview only: nothing was written.")
        return EXIT_OK
    _write_outputs(merged, pdf, bundle_path, lang, prepared)
    if pdf is not None:
        say(
            f"Merged {len(summaries)} bundles of {merged.period} into {pdf} "
            f"(small counts suppressed on the merged tables, k={merged.k})."
        )
    if bundle_path is not None:
        say(f"Wrote the merged bundle to {bundle_path}.")
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
        help="also print names and contact details (left out by default)",
    )
    p.set_defaults(func=cmd_case)

    period = argparse.ArgumentParser(add_help=False)
    period.add_argument("--from", dest="period_from", required=True, metavar="YYYY-MM")
    period.add_argument("--to", dest="period_to", required=True, metavar="YYYY-MM")
    outputs = argparse.ArgumentParser(add_help=False)
    outputs.add_argument("-o", "--output", metavar="FILE.pdf", help="the anonymised report")
    outputs.add_argument(
        "--bundle", metavar="FILE.json", help="also write the exact counts, to merge later"
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
        parents=[lang, outputs],
        help="merge several counsellors' bundles into one anonymised report",
    )
    p.add_argument("bundles", nargs="+", metavar="BUNDLE.json")
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
