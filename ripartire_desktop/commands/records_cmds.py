"""Case-record commands: list, search, erase, retention, demo, import, export-family."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ripartire_desktop.commands import secrets_input
from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.commands.vault_cmds import Parser, SubParsers, say, unlocked
from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.store.errors import EXIT_OK
from ripartire_desktop.store.records.families import SORT_COLUMNS, FamilyQuery
from ripartire_desktop.store.records.search import MARK_END, MARK_START
from ripartire_desktop.usecases import privacy

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        records = session.records
        statuses = frozenset(FamilyStatus(s) for s in args.status or [])
        page = records.families.list(
            FamilyQuery(
                statuses=statuses,
                text=args.text or "",
                sort=args.sort,
                descending=args.desc,
                limit=args.limit,
                with_names=args.names,
            )
        )
        interviews = records.interviews.counts_by_family()
    header = f"{'CODE':<14} {'STATUS':<14} {'MINORS':>6} {'INTERVIEWS':>10} {'OPEN ACTIONS':>12}"
    say(header + ("  NAME" if args.names else ""))
    for row in page.rows:
        line = (
            f"{row.code:<14} {row.status.value:<14} {row.minors:>6} "
            f"{interviews.get(row.id, 0):>10} {row.open_actions:>12}"
        )
        say(line + (f"  {shown(row.name)}" if args.names else ""))
    listed = len(page.rows)
    say(f"{page.total} families" + (f" ({listed} shown)" if listed < page.total else ""))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        results = session.records.search.ranked(args.query, limit=args.limit)
    hits = results.hits
    tty = sys.stdout.isatty()
    for hit in hits:
        # Escaped first, keeping only the match markers the search itself put in.
        marked = shown(" ".join(hit.snippet.split()), keep=MARK_START + MARK_END)
        snippet = marked.replace(MARK_START, BOLD if tty else "[").replace(
            MARK_END, PLAIN if tty else "]"
        )
        day = hit.day.isoformat() if hit.day else "-"
        say(f"{hit.family_code or '(anonymous)':<14} {day:<10} {hit.kind:<15} {snippet}")
    if not hits:
        say("No results.")
    elif results.windowed:
        say(
            f"{len(hits)} results: the best of the newest {results.ranked:,} matches "
            f"(about {results.matches:,} in all). Add a word to search them all."
        )
    else:
        say(f"{len(hits)} results")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        family = session.records.families.by_code(args.code)
        if not args.yes:
            if not sys.stdin.isatty():
                raise secrets_input.UsageError(
                    "Erasing cannot be undone: confirm with --yes, or run it in a terminal."
                )
            answer = input(
                f"Erase {family.code} and everything held about it? This cannot be undone. "
                "Type the code to confirm: "
            )
            if answer.strip().upper() != family.code:
                say("Nothing was erased.")
                return EXIT_OK
        erased = privacy.erase_family(session, family.code).erased
    report = erased.report
    say(
        f"Erased {report.code}: {report.rows_removed} records removed"
        + (
            f", {report.desk_contacts_anonymised} desk contacts kept as anonymous counts"
            if report.desk_contacts_anonymised
            else ""
        )
        + ". The audit log keeps only the code."
    )
    if erased.backups_made or erased.local_copies:
        say("These backups still hold the family: replace or destroy them.")
        for day in erased.backups_made:
            say(f"  - backup written on {day}")
        for copy in erased.local_copies:
            say(f"  - {copy}")
    else:
        say("No backup made by this vault holds the family (copies made by other means may).")
    say("A restore of any backup erases it again before the vault opens.")
    return EXIT_OK


_SINCE = {
    FamilyStatus.CLOSED: "closed on",
    FamilyStatus.WITHDREW: "withdrew on",
    FamilyStatus.REFERRED: "referred on",
    FamilyStatus.NOT_ELIGIBLE: "found not eligible on",
}


def cmd_retention(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        review = privacy.retention_review(session.records, today=date.today())
        months = review.months
        if review.empty:
            say(f"Nothing is kept past the retention period ({months} months).")
            return EXIT_OK
        if review.due:
            say(
                f"Families in a final status for more than {months} months, to review for "
                "erasure (ripartire erase CODE):"
            )
            for due in review.due:
                say(f"  {due.code}  {_SINCE[due.status]} {due.since.isoformat()}")
        if review.desk_text:
            say(
                f"Desk contacts older than {months} months that still hold a request or notes "
                "(clear the text with --clear-desk-text; each stays as an anonymous count):"
            )
            for old in review.desk_text:
                linked = f"  ({old.family_code})" if old.family_code else ""
                say(f"  desk contact of {old.occurred_at:%Y-%m-%d %H:%M}{linked}")
        if not (args.clear_desk_text and review.desk_text):
            return EXIT_OK
        if not secrets_input.confirmed(
            args.yes,
            "Clearing cannot be undone: confirm with --yes, or run it in a terminal.",
            f"Clear the text of {len(review.desk_text)} desk contacts? [y/N] ",
            yes=secrets_input.YES | {"s"},
        ):
            say("Nothing was cleared.")
            return EXIT_OK
        ids = [old.contact_id for old in review.desk_text]
        cleared = privacy.clear_old_desk_text(session, ids).cleared
    say(f"Cleared the text of {cleared} desk contacts; they stay counted.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import records_io

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} families", end="", file=sys.stderr, flush=True)

    with unlocked(args) as session:
        started = time.perf_counter()
        stats = records_io.add_demo(
            session,
            families=args.families,
            interviews_per_family=args.interviews_per_family,
            seed=args.seed,
            today=date.today(),
            progress=progress,
        ).stats
        elapsed = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    say(
        f"Added {stats.families} fictional families, {stats.interviews} interviews, "
        f"{stats.actions} actions, {stats.payments} aid payments in {elapsed:.1f} s."
    )
    return EXIT_OK


def cmd_export_family(args: argparse.Namespace) -> int:
    from ripartire_desktop.commands.report_cmds import check_new_file, confirm_for_the_family
    from ripartire_desktop.usecases import records_io

    target = check_new_file(args.output)
    if not confirm_for_the_family(args):
        return EXIT_OK
    with unlocked(args) as session:
        code = records_io.export_family(session, args.code, target).code
    say(f"Wrote everything held about {code} to {target}.")
    say("The file is NOT encrypted and contains names: keep it safe, delete it when done.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import records_io

    # Size capped and checked in full before the vault is opened.
    bundles = records_io.read_family_file(Path(args.file).expanduser())
    with unlocked(args) as session:
        imported = records_io.import_families(session, bundles, on=date.today()).families
    for item in imported:
        was = shown(item.code_in_file)
        note = "" if item.code_in_file == item.code_assigned else f" (was {was})"
        say(f"Imported {item.code_assigned}{note}")
    say(f"{len(imported)} families imported.")
    return EXIT_OK


def whole_number_up_to(maximum: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to `maximum`, else argparse's usage error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not 1 <= value <= maximum:
            raise argparse.ArgumentTypeError(f"{value} is out of range (1 to {maximum:,})")
        return value

    return parse


_positive = whole_number_up_to(1_000_000)


def add_parsers(sub: SubParsers, common: Parser, secrets: Parser) -> None:
    def command(
        name: str, run: Callable[[argparse.Namespace], int], summary: str
    ) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, parents=[common, secrets], help=summary)
        parser.set_defaults(func=run)
        return parser

    p = command("list", cmd_list, "list the families (codes, status, counts)")
    p.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in FamilyStatus],
        help="only this status (repeatable)",
    )
    p.add_argument("--text", help="code fragment (or name fragment, with --names)")
    p.add_argument("--sort", choices=SORT_COLUMNS, default="code")
    p.add_argument("--desc", action="store_true", help="sort in descending order")
    p.add_argument("--limit", type=_positive, default=1000)
    p.add_argument("--names", action="store_true", help="show and search names (off by default)")

    p = command("search", cmd_search, "full-text search across the vault")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=_positive, default=50)

    p = command("erase", cmd_erase, "erase a family and everything about it")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command(
        "retention",
        cmd_retention,
        "list what is kept past the retention period: families in a final status, old desk text",
    )
    p.add_argument(
        "--clear-desk-text",
        action="store_true",
        help="clear the request and notes of the old desk contacts listed (counts stay)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command("demo", cmd_demo, "add fictional demo families to the vault")
    p.add_argument("--families", type=_positive, default=40, metavar="N")
    p.add_argument("--interviews-per-family", type=_positive, default=6, metavar="M")
    p.add_argument("--seed", type=int, default=2026, metavar="S")

    p = command(
        "export-family",
        cmd_export_family,
        "write everything about one family as plain JSON, for the family itself (GDPR art. 20)",
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    from ripartire_desktop.commands.report_cmds import FOR_THE_FAMILY_HELP

    p.add_argument("--for-the-family", action="store_true", help=FOR_THE_FAMILY_HELP)

    p = command("import", cmd_import, "import families from a JSON file")
    p.add_argument("file", metavar="FILE.json")
