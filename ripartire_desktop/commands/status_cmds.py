"""The project's places across vaults: what `report merge` says of each vault's places, its
`--status FILE` (the signed project status for the whole team), and `load-status FILE`.

A status that is not for this vault, signed by someone who is not the team's coordinator,
altered, damaged or older than the one held is refused with one line and exit code 4, and
nothing changes.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.commands.vault_cmds import Parents, SubParsers, say, unlocked
from ripartire_desktop.store.errors import EXIT_OK

if TYPE_CHECKING:
    from ripartire_desktop.reports.project_status import ProjectStatus
    from ripartire_desktop.reports.sealed import OpenedBundle
    from ripartire_desktop.store.records import Records


def places_lines(opened: list[OpenedBundle], *, codes: bool) -> list[str]:
    """Each vault's places as its bundle gave them; with `codes`, the codes and days too."""
    lines = ["Places by vault (from each bundle, codes and dates only):"]
    for item in opened:
        name, day = shown(item.sender.name), item.created[:10]
        places = item.places
        if places is None:
            lines.append(f"  {name}: no places list (a bundle from an older version)")
            continue
        lines.append(
            f"  {name}, as of {day}: {len(places.active)} active paths, "
            f"{len(places.waiting)} waiting"
        )
        if codes:
            for label, entries in (("active", places.active), ("waiting", places.waiting)):
                for place in entries:
                    lines.append(f"      {label:<8} {shown(place.code)}  since {place.since}")
    return lines


def write_from_merge(records: Records, opened: list[OpenedBundle], target: Path) -> None:
    from ripartire_desktop.usecases import project_status  # loaded when used, not at start

    written = project_status.write_status(records, opened, target)
    status = written.status
    say(
        f"Wrote the project status to {target}: {status_line(status)}; encrypted to "
        f"{', '.join(shown(n) for n in written.recipients)} and this vault, signed by this vault."
    )
    if status.missing:
        say(f"Counted without a places list: {', '.join(shown(n) for n in status.missing)}.")


def status_line(status: ProjectStatus) -> str:
    return (
        f"{status.taken} of {status.capacity} places taken, {status.waiting} waiting, "
        f"as of {status.as_of}"
    )


def cmd_load_status(args: argparse.Namespace) -> int:
    from ripartire_desktop.usecases import project_status  # loaded when used, not at start

    path = Path(args.file).expanduser()
    with unlocked(args) as session:
        loaded = project_status.load_status(session.records, path, now=datetime.now(UTC))
    status = loaded.status
    say(f"Loaded the project status signed by {shown(loaded.signer)}: {status_line(status)}.")
    for vault in status.vaults:
        if vault.active is None:
            say(f"  {shown(vault.name)}: no places list (a bundle from an older version)")
        else:
            say(
                f"  {shown(vault.name)}: {vault.active} active, {vault.waiting} waiting "
                f"(as of {vault.as_of})"
            )
    if status.full:
        say("The project is full: an admission will ask before giving a path.")
    return EXIT_OK


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    p = sub.add_parser(
        "load-status",
        parents=parents,
        help="load the project status the coordinator sent (places taken project-wide)",
        description=(
            "Load the project status file the coordinator wrote with 'report merge --status'. "
            "It must be signed by the team's coordinator (a member of your team list whose "
            "identity says coordinator) and newer than the status already loaded; the "
            "dashboard then shows the project's places, and an admission asks before giving "
            "a path when the project is full."
        ),
    )
    p.add_argument("file", metavar="STATUS.age", help="the status file (an age file)")
    p.set_defaults(func=cmd_load_status)
