"""Report commands: case summary, anonymised summary and bundles, merge, consent form, subject
access export.

Every output is checked before the vault is opened (never overwrite, the folder must exist),
written atomically and 0600, and recorded in the audit log by code only. Bundles are sealed
(reports/sealed.py): `summary --bundle` signs and encrypts to one team member, and `merge` opens
the receiving vault to decrypt, verify against its team list and refuse replays.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ripartire_desktop.commands import secrets_input, status_cmds
from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.commands.vault_cmds import Parser, SubParsers, say, unlocked
from ripartire_desktop.domain import LANGUAGES
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store.errors import EXIT_OK, VaultError
from ripartire_desktop.store.records import Records

if TYPE_CHECKING:
    from ripartire_desktop.reports.aggregates import Period
    from ripartire_desktop.reports.publication import Prepared
    from ripartire_desktop.reports.sealed import OpenedBundle
    from ripartire_desktop.usecases import summaries
    from ripartire_desktop.usecases.session import VaultSession

# The reports and the summary use cases (the release ledger's disclosure check among them) are
# imported by the commands that use them: building this parser is part of every start of the
# desktop app (issue 18).

NOT_ENCRYPTED = (
    "The file is NOT encrypted and holds personal data: keep it safe, delete it when done."
)
FOR_THE_FAMILY = (
    "This writes everything held about {0} in plain text: anyone who gets the file can read "
    "it. It is meant for the family itself (GDPR art. 20, portability); for a colleague, use "
    "the sealed hand-over instead."
)
FOR_THE_FAMILY_HELP = (
    "confirm that this plain-text copy is for the family itself (asked on a terminal "
    "otherwise; for a colleague, use the sealed hand-over)"
)


def confirm_for_the_family(args: argparse.Namespace) -> bool:
    """Whether the plain-text export of `args.code` was confirmed as the family's own copy:
    `--for-the-family`, or a yes typed on a terminal; without a terminal, a usage error."""
    if secrets_input.confirmed(
        args.for_the_family,
        "A plain-text export is only for the family itself: confirm with --for-the-family "
        "(for a colleague, use the sealed hand-over); nothing was written.",
        "Type yes to write it for the family: ",
        first=FOR_THE_FAMILY.format(shown(args.code)),
    ):
        return True
    say("Nothing was written.")
    return False


def check_new_file(path_text: str, *, what: str = "file") -> Path:
    """The path to create, or VaultError if it exists or its folder does not (nothing written).

    Also for `init --recovery-sheet`: check before the vault is created.
    """
    path = Path(path_text).expanduser()
    if path.exists():
        raise VaultError(f"{path} already exists: choose another {what} name; nothing was written.")
    if not path.parent.is_dir():
        raise VaultError(f"The folder {path.parent} does not exist; nothing was written.")
    return path


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[tuple[VaultSession, Records]]:
    """The vault unlocked for one command and its records; locked again whatever happens."""
    with unlocked(args) as session:
        yield session, session.records


def cmd_case(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import documents

    target = check_new_file(args.output)
    with _unlocked(args) as (_session, records):
        written = documents.case_summary(
            records,
            args.code,
            target,
            today=date.today(),
            lang=args.lang,
            identity=args.with_identity,
        )
    say(f"Wrote the case summary of {written.family_code} to {target}.")
    say(NOT_ENCRYPTED)
    return EXIT_OK


def _period(args: argparse.Namespace) -> Period:
    from ripartire_desktop.reports.aggregates import Period

    try:
        return Period.parse(args.period_from, args.period_to)
    except ValidationError as exc:
        raise secrets_input.UsageError(f"--from/--to: {exc.message}.") from None


def _targets(args: argparse.Namespace, *, alone: bool = False) -> tuple[Path | None, Path | None]:
    """The PDF and bundle to write; none with --preview (which writes nothing), or when
    `alone` (another output, the merge's --status, is written instead)."""
    if args.bundle and not args.recipient:
        raise secrets_input.UsageError(
            "A bundle is sealed to one team member: add --recipient NAME (see 'ripartire team "
            "list')."
        )
    if args.recipient and not args.bundle:
        raise secrets_input.UsageError("--recipient names who a --bundle FILE is sealed to.")
    if args.preview or (alone and not args.output and not args.bundle):
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


def _publish(
    args: argparse.Namespace,
    records: Records,
    prepared: Prepared,
    paths: tuple[Path | None, Path | None],
    *,
    lang: str,
    merged: list[OpenedBundle] | None = None,
) -> summaries.Targets | None:
    """Publish (or, with --preview, print) what `prepared` may show; the targets written."""
    from ripartire_desktop.reports.tables import preview_text
    from ripartire_desktop.usecases import summaries

    if args.preview:
        say(preview_text(prepared.summary, lang, prepared.hidden).rstrip("\n"))
        say("")
        say("Preview only: nothing was written.")
        return None
    # The recipient is looked up before anything is written.
    recipient = records.team.by_name(args.recipient) if args.recipient else None
    targets = summaries.Targets(pdf=paths[0], bundle=paths[1], recipient=recipient)
    summaries.publish(records, prepared, targets, lang=lang, merged=merged)
    return targets


def cmd_summary(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import documents, summaries

    period = _period(args)
    paths = _targets(args)
    with _unlocked(args) as (session, records):
        lang = documents.document_language(records, args.lang)
        # Checked against the release ledger: a refusal (ReleaseRefused) writes nothing.
        prepared = summaries.prepare_summary(
            records, period, vault_id=session.vault_id, today=date.today()
        )
        targets = _publish(args, records, prepared, paths, lang=lang)
    if targets is None:
        return EXIT_OK
    summary = prepared.summary
    if targets.pdf is not None:
        say(f"Wrote the anonymised summary of {period} to {targets.pdf}.")
        if prepared.reissued_on:
            say(
                f"This period was published on {prepared.reissued_on}: the same figures were "
                "re-issued, unchanged."
            )
        say(
            f"Counts from 1 to {summary.k - 1}, and those that would reveal them (also against "
            "the reports already published), are shown as n.p."
        )
    if targets.bundle is not None and targets.recipient is not None:
        say(
            f"Wrote the bundle of exact counts to {targets.bundle}, sealed to "
            f"{targets.recipient.name}."
        )
        say("Only their vault can open it; 'ripartire report merge' there checks your signature.")
    return EXIT_OK


def _bundle_paths(names: list[str]) -> list[Path]:
    paths = [Path(name).expanduser() for name in names]
    for path in paths:
        if not path.exists():
            raise VaultError(f"Cannot read {path}: no such file; nothing was merged.")
        if not path.is_file():
            raise VaultError(f"Cannot read {path}: not a regular file; nothing was merged.")
    return paths


def cmd_merge(args: argparse.Namespace) -> int:
    from ripartire_desktop.privacy.suppression import check_k
    from ripartire_desktop.usecases import project_status, summaries

    if args.status and args.preview:
        raise secrets_input.UsageError("--preview writes nothing: leave out --status FILE.")
    status_path = check_new_file(args.status) if args.status else None
    paths = _targets(args, alone=status_path is not None)
    if args.k is not None:
        try:
            check_k(args.k)
        except ValueError as exc:
            raise secrets_input.UsageError(f"--k: {exc}.") from None
    bundles = _bundle_paths(args.bundles)
    with _unlocked(args) as (_session, records):
        opened = summaries.open_bundles(records, bundles)
        if status_path is not None:  # refused before the report is written, not after
            project_status.check_writable(records, opened)
        if status_path is not None and paths == (None, None):  # only the project status
            for line in status_cmds.places_lines(opened, codes=False):
                say(line)
            status_cmds.write_from_merge(records, opened, status_path)
            return EXIT_OK
        # Suppressed after merging, with each vault's share protected from the others (merged
        # minus own) and against this vault's ledger of merged releases; a refusal writes nothing.
        try:
            prepared = summaries.prepare_merge(records, opened, k=args.k)
        except summaries.ThresholdLowered as exc:
            raise secrets_input.UsageError(
                f"--k {args.k} is below the threshold of the bundles ({exc.args[0]}): it can "
                "only be raised."
            ) from None
        targets = _publish(args, records, prepared, paths, lang=args.lang or "it", merged=opened)
        for line in status_cmds.places_lines(opened, codes=bool(args.preview)):
            say(line)
        if targets is not None and status_path is not None:
            status_cmds.write_from_merge(records, opened, status_path)
    if targets is None:
        return EXIT_OK
    merged = prepared.summary
    names = ", ".join(o.sender.name for o in opened)
    if targets.pdf is not None:
        say(
            f"Merged {len(opened)} bundle{'s' if len(opened) > 1 else ''} of {merged.period} "
            f"({names}; signatures checked) "
            f"into {targets.pdf} (small counts suppressed on the merged tables, k={merged.k})."
        )
    if targets.bundle is not None and targets.recipient is not None:
        say(f"Wrote the merged bundle to {targets.bundle}, sealed to {targets.recipient.name}.")
    return EXIT_OK


def cmd_consent(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import documents

    target = check_new_file(args.output)
    with _unlocked(args) as (_session, records):
        written = documents.consent_form(records, args.code, target, lang=args.lang)
    say(
        f"Wrote the consent form of {written.family_code} to {target}: print it and have it signed."
    )
    return EXIT_OK


def cmd_export_subject(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import documents

    folder = check_new_file(args.output, what="folder")
    if not confirm_for_the_family(args):
        return EXIT_OK
    with _unlocked(args) as (_session, records):
        written = documents.subject_access(
            records, args.code, folder, today=date.today(), lang=args.lang
        )
    code, (pdf, json) = written.family_code, written.paths[1:]
    say(f"Wrote everything held about {code} to {folder}: {pdf.name} and {json.name}.")
    say(NOT_ENCRYPTED)
    return EXIT_OK


_OUTPUT_HELP = {
    "--output": "the anonymised report",
    "--bundle": "also write the exact counts, signed and sealed to --recipient, to merge later",
    "--recipient": "the team member (coordinator) the bundle is for",
}
_IDENTITY_HELP = (
    "also print names and contact details, and every note as written (by default they are left "
    "out and the notes are redacted)"
)


def _family_document(
    reports: SubParsers, name: str, parents: list[Parser], help_: str, target: str = "FILE.pdf"
) -> Parser:
    """`NAME CODE -o TARGET`: a document about one family."""
    p = reports.add_parser(name, parents=parents, help=help_)
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", required=True, metavar=target)
    return p


def add_parsers(sub: SubParsers, common: Parser, secrets: Parser) -> None:
    lang = Parser(add_help=False)
    lang.add_argument(
        "--lang", choices=LANGUAGES, help="language of the document (default: settings, else it)"
    )
    parents = [common, secrets, lang]
    report = sub.add_parser("report", help="PDF reports, anonymised summaries and bundles")
    reports = report.add_subparsers(title="reports", metavar="REPORT", required=True)

    help_ = "case summary of one family (confidential PDF)"
    p = _family_document(reports, "case", parents, help_)
    p.add_argument("--with-identity", action="store_true", help=_IDENTITY_HELP)
    p.set_defaults(func=cmd_case)

    period = Parser(add_help=False)
    period.add_argument("--from", dest="period_from", required=True, metavar="YYYY-MM")
    period.add_argument("--to", dest="period_to", required=True, metavar="YYYY-MM")
    outputs = Parser(add_help=False)
    for flag, metavar in (
        ("--output", "FILE.pdf"),
        ("--bundle", "FILE.age"),
        ("--recipient", "NAME"),
    ):
        flags = ("-o", flag) if flag == "--output" else (flag,)
        outputs.add_argument(*flags, metavar=metavar, help=_OUTPUT_HELP[flag])
    outputs.add_argument(
        "--preview",
        action="store_true",
        help="print the tables exactly as they will be published, and write nothing",
    )

    help_ = "anonymised summary of a period (small counts suppressed)"
    p = reports.add_parser("summary", parents=[*parents, period, outputs], help=help_)
    p.set_defaults(func=cmd_summary)

    help_ = "merge sealed bundles of your team into one anonymised report (opens your vault)"
    p = reports.add_parser("merge", parents=[*parents, outputs], help=help_)
    p.add_argument("bundles", nargs="+", metavar="BUNDLE.age")
    help_ = "raise the small-cell threshold (never below the bundles')"
    p.add_argument("--k", type=int, metavar="K", help=help_)
    help_ = (
        "also write the project status (places taken project-wide, from the bundles' places "
        "lists), signed and encrypted to every team member; alone, only the status is written"
    )
    p.add_argument("--status", metavar="STATUS.age", help=help_)
    p.set_defaults(func=cmd_merge)

    help_ = "privacy notice and consent form to sign"
    _family_document(reports, "consent", parents, help_).set_defaults(func=cmd_consent)

    help_ = "subject access export (GDPR art. 15/20): a folder with a PDF and a JSON"
    p = _family_document(sub, "export-subject", parents, help_, target="DIR")
    p.add_argument("--for-the-family", action="store_true", help=FOR_THE_FAMILY_HELP)
    p.set_defaults(func=cmd_export_subject)
