"""Hand-over commands: `handover CODE --to NAME --reason TEXT -o FILE` and `receive FILE`.

`receive` takes either kind of sealed file: a colleague's hand-over (imported with its code, and
a signed receipt written for them) or the receipt of a hand-over written here (the family's
identity is then removed from this vault's copy). Refusals: one line, exit 4, nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ripartire_desktop.commands.report_cmds import check_new_file
from ripartire_desktop.commands.secrets_input import UsageError
from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.commands.vault_cmds import Parents, SubParsers, say, unlocked
from ripartire_desktop.store.errors import EXIT_OK
from ripartire_desktop.usecases import handover as cases


def cmd_handover(args: argparse.Namespace) -> int:
    if (args.code is None) == (args.desk is None):
        raise UsageError("Name one family CODE, or one desk contact with --desk ID.")
    target = check_new_file(args.output, what="hand-over file")
    with unlocked(args) as session:
        if args.desk is not None:
            written = cases.hand_over_desk_contact(
                session, args.desk, to=args.to, reason=args.reason, target=target
            )
        else:
            written = cases.hand_over(
                session, args.code.strip().upper(), to=args.to, reason=args.reason, target=target
            )
    h = written.handover
    what = h.family_code or f"desk contact {h.desk_contact_id}"
    say(f"Wrote the hand-over of {what} to {h.peer_name} in {target}.")
    say(f"It is sealed to {h.peer_name} and signed by this vault: give it to them as you like.")
    say(
        f"{what} is read-only here from now on (handed over to {h.peer_name} on {h.day}); its "
        "identity and notes are removed when their receipt comes back: ripartire receive RECEIPT."
    )
    return EXIT_OK


def cmd_receive(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    receipt = None if args.output is None else check_new_file(args.output, what="receipt")
    with unlocked(args) as session:
        done = cases.receive(session, source, receipt=receipt)
    h = done.handover
    what = h.family_code or f"desk contact {h.desk_contact_id}"
    if isinstance(done, cases.Received):
        say(f"Received {what} from {h.peer_name} (handed over on {h.day}).")
        say(f"Reason: {shown(h.reason)}")  # the sender's text: escaped for the terminal
        say(f"Wrote the receipt for {h.peer_name} to {done.receipt}: send it back to them.")
    else:
        say(f"Receipt from {h.peer_name} for {what}: they have it now.")
        say(
            f"Removed its identity and notes from this vault ({done.rows_cleared} records); "
            "its code, dates, counts and audit entries stay."
        )
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """`parents`: the options every command on a vault takes (folder, secrets)."""
    p = sub.add_parser(
        "handover",
        parents=parents,
        help="hand one family over to a colleague: a file sealed to them and signed by you",
        description="Write everything held about one family (with the reason and its audit "
        "entries) into a file only the team member NAME can open, signed by this vault. The "
        "family stays here read-only until their receipt comes back (ripartire receive "
        "RECEIPT), which removes its identity from this vault.",
    )
    p.add_argument("code", metavar="CODE", nargs="?", help="the family's code, e.g. RIP-2026-A017")
    p.add_argument(
        "--desk",
        type=int,
        metavar="ID",
        help="hand over this desk contact instead (one not linked to a family)",
    )
    p.add_argument("--to", required=True, metavar="NAME", help="the team member it goes to")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is handed over")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    p.set_defaults(func=cmd_handover)

    p = sub.add_parser(
        "receive",
        parents=parents,
        help="open a colleague's hand-over (import it, write a receipt) or a receipt",
        description="A hand-over addressed to this vault is checked (signed by a team member, "
        "not altered, not received before, its code not in use here), imported with the same "
        "code, and a receipt sealed to the sender is written beside it (or to -o). A receipt "
        "for a hand-over written here removes that family's identity from this vault. Any "
        "refusal changes nothing and exits with code 4.",
    )
    p.add_argument("file", metavar="FILE", help="the hand-over or receipt (.age)")
    p.add_argument(
        "-o", "--output", metavar="RECEIPT", help="where to write the receipt of a hand-over"
    )
    p.set_defaults(func=cmd_receive)
