"""`ripartire audit`: the audit log, newest first: date, action, family code (never names)."""

from __future__ import annotations

import argparse
import json

from ripartire_desktop.commands.records_cmds import whole_number_up_to
from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.commands.vault_cmds import Parser, SubParsers, say, unlocked
from ripartire_desktop.store.errors import EXIT_OK
from ripartire_desktop.store.records.audit_read import MAX_PAGE, local_time
from ripartire_desktop.usecases import audit_log


def cmd_audit(args: argparse.Namespace) -> int:
    code = (args.code or "").strip().upper()
    with unlocked(args) as session:
        total = audit_log.count(session.records, code, exact=True)
        entries = audit_log.page(session.records, code, exact=True, limit=args.limit)
    if args.json:
        document = {
            "total": total,
            "entries": [
                {
                    "id": e.id,
                    "at": e.at,
                    "action": e.action,
                    "family_code": e.family_code,
                    "detail": e.detail,
                }
                for e in entries
            ],
        }
        # ensure_ascii: every control or bidirectional character arrives as a \\u escape.
        say(json.dumps(document, ensure_ascii=True, indent=2))
        return EXIT_OK
    say(f"{'DATE':<19}  {'ACTION':<17}  {'CODE':<14}  DETAIL")
    for e in entries:
        say(
            shown(
                f"{local_time(e.at):<19}  {e.action:<17}  {e.family_code or '-':<14}  {e.detail}"
            ).rstrip()
        )
    which = f" for {shown(code)}" if code else ""
    noun = "entry" if total == 1 else "entries"
    if not entries:
        say(f"No audit entries{which}.")
    elif len(entries) < total:
        say(f"{len(entries)} of {total} {noun}{which} shown, newest first (--limit N for more).")
    else:
        say(f"{total} {noun}{which}, newest first.")
    return EXIT_OK


_limit = whole_number_up_to(MAX_PAGE)


def add_parsers(sub: SubParsers, common: Parser, secrets: Parser) -> None:
    p = sub.add_parser(
        "audit",
        parents=[common, secrets],
        help="the audit log: date, action and family code of each sensitive action",
        description="The audit log, newest first: unlocks, exports, erasures, backups, "
        "restores, key changes. Codes only, never names.",
    )
    p.add_argument("--code", metavar="CODE", help="only the entries about this family code")
    p.add_argument("--limit", type=_limit, default=100, metavar="N", help="at most N entries")
    p.add_argument("--json", action="store_true", help="as JSON (times in UTC, as stored)")
    p.set_defaults(func=cmd_audit)
