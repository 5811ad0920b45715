"""`ripartire agenda --ics FILE`: appointments, due actions, follow-ups and renewals as a
calendar file, with family codes and neutral words only (never names, never notes)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from ripartire_desktop.commands.report_cmds import check_new_file
from ripartire_desktop.commands.vault_cmds import Parents, SubParsers, say, unlocked
from ripartire_desktop.store.errors import EXIT_OK, EXIT_USAGE
from ripartire_desktop.usecases import agenda


def day(text: str) -> date:
    """An argparse type: a day as YYYY-MM-DD or DD/MM/YYYY."""
    for parse in (date.fromisoformat, _italian):
        try:
            return parse(text.strip())
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a date: write it as 2026-12-04 or 04/12/2026"
    )


def _italian(text: str) -> date:
    parts = text.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    return date(int(parts[2]), int(parts[1]), int(parts[0]))


def cmd_agenda(args: argparse.Namespace) -> int:
    start = args.start or date.today()
    last = args.end or start + timedelta(days=agenda.DEFAULT_DAYS - 1)
    if last < start:
        print(
            f"ripartire: --to {last.isoformat()} is before --from {start.isoformat()}; "
            "nothing was written.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    target = check_new_file(args.ics, what="calendar file")
    with unlocked(args) as session:
        written = agenda.export_ics(
            session, target, start, last + timedelta(days=1), language=args.lang
        )
    counts = f"{written.appointments} appointment(s) and {written.actions} due action(s)"
    if written.due_dates:
        counts = (
            f"{written.appointments} appointment(s), {written.actions} due action(s) and "
            f"{written.due_dates} follow-up(s) or renewal(s)"
        )
    say(f"Wrote {counts} from {start.isoformat()} to {last.isoformat()} to {target}.")
    say("Family codes only, no names and no notes; the export is in the audit log.")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    p = sub.add_parser(
        "agenda",
        parents=parents,
        help="export appointments and due actions as an .ics calendar file (codes, no names)",
        description="Write the agenda of a period (appointments agreed in interviews, open "
        "actions due, follow-ups after closure and renewals of benefits and ISEE) to an "
        "iCalendar file for a calendar app. Each entry shows only the "
        "family code and a neutral word, e.g. 'Colloquio RIP-2026-017': no names, no notes. "
        "The file is never overwritten, and the export is recorded in the audit log.",
    )
    p.add_argument("--ics", required=True, metavar="FILE", help="the .ics file to create")
    p.add_argument(
        "--from",
        dest="start",
        type=day,
        metavar="DATE",
        help="first day (YYYY-MM-DD or DD/MM/YYYY); default today",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=day,
        metavar="DATE",
        help=f"last day, included; default: {agenda.DEFAULT_DAYS} days in all from --from",
    )
    p.add_argument(
        "--lang",
        choices=["it", "en"],
        default="it",
        help="language of the entries' words (default it: 'Colloquio', 'Azione in scadenza')",
    )
    p.set_defaults(func=cmd_agenda)
