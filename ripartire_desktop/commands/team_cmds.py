"""Team commands: this vault's public identity, and the colleagues bundles are sealed to.

`identity show|export|set`, `team add|list|remove`. Adding a member shows its fingerprint and
asks whether it was compared with the colleague in person (`--yes` for scripts that did).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ripartire_desktop.commands import secrets_input
from ripartire_desktop.commands.report_cmds import check_new_file
from ripartire_desktop.commands.vault_cmds import Parents, SubParsers, say, unlocked
from ripartire_desktop.store.errors import EXIT_OK, VaultError
from ripartire_desktop.store.fileio import atomic_write
from ripartire_desktop.store.identity import MAX_IDENTITY_BYTES, IdentityError, Role, parse_public
from ripartire_desktop.usecases import team as team_cases

CHECK_ALOUD = (
    "Compare these digits with your colleague in person or on a call you trust (not by e-mail):"
)


def _role_label(role: Role) -> str:
    return "coordinator" if role is Role.COORDINATOR else "counsellor"


def cmd_identity_show(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        own = session.records.team.require_own()
    public = own.public()
    say(f"Name:        {public.name or '(none yet: ripartire identity set --name NAME)'}")
    say(f"Role:        {_role_label(public.role)}")
    say(f"Code mark:   {public.mark or '(none yet: ripartire identity set --mark M)'}")
    say(f"Fingerprint: {public.spoken}")
    say(f"age:         {public.age_recipient}")
    return EXIT_OK


def cmd_identity_export(args: argparse.Namespace) -> int:
    target = check_new_file(args.output)
    with unlocked(args) as session:
        own = session.records.team.require_own()
        if not own.name:
            raise secrets_input.UsageError(
                "This vault's identity has no name yet: set one first with "
                "'ripartire identity set --name NAME'; nothing was written."
            )
        atomic_write(target, own.public_text().encode("utf-8"))
    say(f"Wrote the public identity of {own.name} to {target}.")
    say(f"Fingerprint: {own.public().spoken}")
    say("It holds no secret: give it to your colleagues, then read the fingerprint together.")
    return EXIT_OK


def cmd_identity_set(args: argparse.Namespace) -> int:
    if args.name is None and args.role is None and args.mark is None:
        raise secrets_input.UsageError(
            "Say what to change: --name NAME, --role ROLE and/or --mark M."
        )
    with unlocked(args) as session:
        if args.mark is not None:
            team_cases.set_mark(session, args.mark)
        own = session.records.team.require_own()
        if args.name is not None or args.role is not None:
            own = team_cases.relabel_identity(
                session, name=args.name, role=None if args.role is None else Role(args.role)
            )
    say(f"This vault's identity: {own.name}, {_role_label(own.role)}.")
    if own.mark:
        say(f"Code mark {own.mark}: new family codes look like RIP-YYYY-{own.mark}001.")
    say("The fingerprint is unchanged; export the identity again for colleagues to re-add.")
    return EXIT_OK


def _read_identity(path_text: str) -> bytes:
    path = Path(path_text).expanduser()
    try:
        if path.stat().st_size > MAX_IDENTITY_BYTES:
            raise IdentityError(f"{path} is not a public identity (too large).")
        return path.read_bytes()
    except OSError as exc:
        raise VaultError(f"Cannot read {path}: {exc.strerror}.") from exc


def _confirmed(args: argparse.Namespace) -> bool:
    return secrets_input.confirmed(
        args.yes,
        "No terminal to confirm the fingerprint: compare it in person, then run again "
        "with --yes. Nothing was changed.",
        "Did you both read the same digits? Type yes to add: ",
    )


def cmd_team_add(args: argparse.Namespace) -> int:
    raw = _read_identity(args.file)
    try:
        public = parse_public(raw)
    except IdentityError as exc:
        raise IdentityError(f"{Path(args.file).name}: {exc}.") from None
    with unlocked(args) as session:
        say(f"{public.name} ({_role_label(public.role)}), to be added as {args.name!r}.")
        say(CHECK_ALOUD)
        say(f"    {public.spoken}")
        if not _confirmed(args):
            say("Not added: nothing was changed.")
            return EXIT_OK
        member = team_cases.add_member(session, args.name, raw)
    say(f"Added {member.name} to the team.")
    return EXIT_OK


def cmd_team_list(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        members = session.records.team.members()
    if not members:
        say("The team list is empty: add colleagues with 'ripartire team add NAME FILE'.")
        return EXIT_OK
    for m in members:
        mark = f"  mark {m.identity.mark}" if m.identity.mark else ""
        say(f"{m.name}  [{_role_label(m.identity.role)}]{mark}  {m.identity.spoken}")
        if m.identity.name != m.name:
            say(f"    (calls itself {m.identity.name})")
    return EXIT_OK


def cmd_team_remove(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        member = team_cases.remove_member(session, args.name)
    say(f"Removed {member.name}: bundles are no longer sealed to or accepted from them.")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """`parents`: the options every command on a vault takes (folder, secrets)."""
    identity = sub.add_parser("identity", help="this vault's public identity (for colleagues)")
    ids = identity.add_subparsers(title="identity", metavar="ACTION", required=True)
    p = ids.add_parser("show", parents=parents, help="name, role and fingerprint")
    p.set_defaults(func=cmd_identity_show)
    p = ids.add_parser("export", parents=parents, help="write the public identity file")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_identity_export)
    p = ids.add_parser(
        "set", parents=parents, help="change the name or role colleagues see, or set the code mark"
    )
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--role", choices=[r.value for r in Role])
    p.add_argument(
        "--mark",
        metavar="M",
        help="one or two letters for this vault's new family codes (RIP-2026-A017), set once "
        "and fixed for the vault's life; existing codes keep their form",
    )
    p.set_defaults(func=cmd_identity_set)

    team = sub.add_parser("team", help="the colleagues bundles are sealed to and accepted from")
    teams = team.add_subparsers(title="team", metavar="ACTION", required=True)
    p = teams.add_parser(
        "add", parents=parents, help="add a colleague's public identity (check it in person)"
    )
    p.add_argument("name", metavar="NAME", help="how you call them, e.g. in --recipient NAME")
    p.add_argument("file", metavar="PUBLIC_FILE")
    p.add_argument(
        "--yes", action="store_true", help="the fingerprint was already compared in person"
    )
    p.set_defaults(func=cmd_team_add)
    p = teams.add_parser("list", parents=parents, help="names, roles and fingerprints")
    p.set_defaults(func=cmd_team_list)
    p = teams.add_parser("remove", parents=parents, help="remove a colleague")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_team_remove)
