"""`ripartire budget list|add|edit|remove`: the budget lines, one per funder and year, that
aid payments are paid from (the same lines as Settings > Budget lines in the app)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from ripartire_desktop.commands.secrets_input import UsageError
from ripartire_desktop.commands.vault_cmds import Parents, SubParsers, say, unlocked
from ripartire_desktop.domain import BudgetLine, format_cents
from ripartire_desktop.domain.budget import MAX_YEAR, MIN_YEAR
from ripartire_desktop.domain.euros import AmountError, parse_euros
from ripartire_desktop.store.errors import EXIT_OK
from ripartire_desktop.usecases import budget as budget_cases

_AMOUNT_PROBLEMS = {
    AmountError.EMPTY: "is empty",
    AmountError.NOT_A_NUMBER: "is not an amount",
    AmountError.NEGATIVE: "cannot be negative",
    AmountError.TOO_MANY_DECIMALS: "has more than two decimals",
    AmountError.BAD_GROUPING: "has its thousands separators in the wrong places",
    AmountError.TOO_LARGE: "is too large",
}


def euros(text: str) -> int:
    """An argparse type: an amount in euros ("15.000", "15000,00", "1,234.56") to cents."""
    try:
        return parse_euros(text)
    except AmountError as exc:
        problem = _AMOUNT_PROBLEMS.get(exc.reason, "is not an amount")
        raise argparse.ArgumentTypeError(
            f"{text!r} {problem}: write euros like 15000 or 15.000,00"
        ) from None


def year(text: str) -> int:
    """An argparse type: a budget year."""
    if not text.strip().isdigit() or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year from {MIN_YEAR} to {MAX_YEAR}")
    return int(text)


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        uses = budget_cases.budget_use(session.records)
    if not uses:
        say("No budget lines yet: add one with 'ripartire budget add NAME --funder F --year Y'.")
        return EXIT_OK
    lang = args.lang
    rows = [("Year", "Name", "Funder", "Granted", "Paid", "Payments", "Left")]
    for use in uses:
        left = use.remaining_cents
        rows.append(
            (
                str(use.line.year),
                use.line.name,
                use.line.funder,
                format_cents(use.line.amount_cents, lang),
                format_cents(use.spent_cents, lang),
                str(use.payments),
                format_cents(left, lang) + (" (overspent)" if left < 0 else ""),
            )
        )
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(widths[c]) if c in (1, 2) else cell.rjust(widths[c])
            for c, cell in enumerate(row)
        ]
        say("  ".join(cells).rstrip())
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        line, _ = budget_cases.save_budget_line(
            session.records,
            BudgetLine(
                name=args.name, funder=args.funder, year=args.year, amount_cents=args.amount
            ),
        )
    say(f"Added the budget line {line.name!r} ({line.funder}, {line.year}): "
        f"{format_cents(line.amount_cents, args.lang)}.")  # fmt: skip
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    changes = {
        field: value
        for field, value in (
            ("name", args.new_name),
            ("funder", args.funder),
            ("year", args.year),
            ("amount_cents", args.amount),
        )
        if value is not None
    }
    if not changes:
        raise UsageError("Say what to change: --name, --funder, --year and/or --amount.")
    with unlocked(args) as session:
        records = session.records
        line = budget_cases.find_line(records, args.name)
        saved, _ = budget_cases.save_budget_line(records, replace(line, **changes))
    say(f"Saved the budget line {saved.name!r} ({saved.funder}, {saved.year}): "
        f"{format_cents(saved.amount_cents, args.lang)}.")  # fmt: skip
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        records = session.records
        line = budget_cases.find_line(records, args.name)
        assert line.id is not None
        budget_cases.remove_budget_line(records, line.id)
    say(f"Removed the budget line {line.name!r}.")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    budget = sub.add_parser(
        "budget",
        help="the budget lines (one per funder and year) aid payments are paid from",
        description="Budget lines, e.g. 'Fondazione Cariplo 2026' or 'Comune di Cernusco 2026': "
        "each has a funder, a year and the amount granted. Every aid payment is paid from one "
        "line (the only line of its year, or the one chosen in the app); the anonymised "
        "summary reports aid per line, funder and year. Exit codes: 0 done; 1 refused (a name "
        "already used, no such line, a line with payments cannot be removed); 2 usage.",
    )
    actions = budget.add_subparsers(title="budget", metavar="ACTION", required=True)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument(
        "--lang", choices=["it", "en"], default="it", help="how amounts are written (default it)"
    )
    p = actions.add_parser(
        "list", parents=[*parents, lang], help="every line with what was paid and what is left"
    )
    p.set_defaults(func=cmd_list)
    p = actions.add_parser("add", parents=[*parents, lang], help="add a budget line")
    p.add_argument("name", metavar="NAME", help="unique, e.g. 'Fondazione Cariplo 2026'")
    p.add_argument("--funder", required=True, metavar="FUNDER", help="who gives the money")
    p.add_argument("--year", required=True, type=year, metavar="YEAR")
    p.add_argument(
        "--amount", type=euros, default=0, metavar="EUROS", help="granted, e.g. 15.000,00"
    )
    p.set_defaults(func=cmd_add)
    p = actions.add_parser("edit", parents=[*parents, lang], help="change a budget line")
    p.add_argument("name", metavar="NAME", help="the line to change (any case)")
    p.add_argument("--name", dest="new_name", metavar="NEW_NAME", help="a new name")
    p.add_argument("--funder", metavar="FUNDER")
    p.add_argument("--year", type=year, metavar="YEAR")
    p.add_argument("--amount", type=euros, metavar="EUROS")
    p.set_defaults(func=cmd_edit)
    p = actions.add_parser("remove", parents=parents, help="remove a line nothing was paid from")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_remove)
