"""The `ripartire` command: the desktop app by default, sub-commands for headless work.

Exit codes: 0 ok, 2 usage, 3 cannot unlock (wrong secret), 4 damaged or foreign file,
1 anything else. Expected errors print one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from ripartire_desktop import __version__, paths
from ripartire_desktop.domain import DomainError
from ripartire_desktop.hardening import harden_process
from ripartire_desktop.store.errors import EXIT_OTHER, VaultError

NO_DISPLAY_HELP = """\
Ripartire Desktop needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY).
To try the window anyway, start it inside a virtual screen: `xvfb-run -a .venv/bin/ripartire`
(Debian package xvfb). Everything else works without a screen through the headless commands:
`ripartire init`, `list`, `search`, `demo`, `backup OUT`, `restore IN`, `verify`
(`ripartire --help` lists them all)."""


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if not _has_display():
        print(NO_DISPLAY_HELP, file=sys.stderr)
        return EXIT_OTHER
    from ripartire_desktop.display import display_problem

    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_OTHER
    from ripartire_desktop.app import run_gui

    return run_gui(data_dir=paths.data_dir(args.data_dir), demo=args.demo)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ripartire_desktop.app import run_screenshots

    return run_screenshots(Path(args.out), scale=args.scale, language=args.lang)


def cmd_self_test(args: argparse.Namespace) -> int:
    from ripartire_desktop.selftest import run_self_test

    return run_self_test()


class _NotAWindowStart(Exception):
    """Raised by the window-start parser for anything it does not read itself."""


class _WindowStartParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotAWindowStart(message)


def _parents() -> tuple[argparse.ArgumentParser, ...]:
    """The option groups shared by the top level and the commands: (common, secrets, demo)."""
    from ripartire_desktop.commands import process_lock

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"the vault's folder (default: ${paths.DATA_DIR_ENV} or the user data folder)",
    )
    process_lock.add_argument(common)
    # Every command given the vault's folder holds the vault's lock for its whole run; the
    # window (below) takes it only while unlocked.
    common.set_defaults(holds_vault=True)
    secrets = argparse.ArgumentParser(add_help=False)
    secrets.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from FILE's first line"
    )
    secrets.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="unlock with the recovery key in FILE instead of the passphrase",
    )
    demo = argparse.ArgumentParser(add_help=False)
    demo.add_argument(
        "--demo",
        action="store_true",
        help="try the app on a throwaway vault of fictional families (deleted on exit)",
    )
    return common, secrets, demo


def _top_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of the app works, on a throwaway vault (no screen needed)",
    )
    parser.set_defaults(func=cmd_gui, holds_vault=False, command_name=None)


def window_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a plain start of the window (no command, no help, no mistake), read
    without building every command's parser: those import their commands' modules, a sixth
    of a start's time. None for anything else, which `build_parser` reads as before."""
    common, _secrets, demo = _parents()
    parser = _WindowStartParser(prog="ripartire", add_help=False, parents=[common, demo])
    _top_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotAWindowStart:
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from ripartire_desktop.commands import (
        agenda_cmds,
        audit_cmds,
        budget_cmds,
        records_cmds,
        report_cmds,
        vault_args,
    )

    common, secrets, demo = _parents()
    parser = argparse.ArgumentParser(
        prog="ripartire",
        description="Ripartire Desktop: encrypted case records for the Ripartire project. "
        "Without a command, opens the desktop app.",
        parents=[common, demo],
    )
    parser.add_argument("--version", action="version", version=f"ripartire {__version__}")
    _top_options(parser)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command_name")
    gui = sub.add_parser("gui", parents=[common, demo], help="open the desktop app (the default)")
    gui.set_defaults(func=cmd_gui, holds_vault=False)
    shots = sub.add_parser(
        "screenshots", help="render every main view of a demo vault to PNG (no screen needed)"
    )
    shots.add_argument("--out", required=True, metavar="DIR")
    shots.add_argument("--scale", type=float, default=1.0, help="e.g. 2 for 200%% scaling")
    shots.add_argument("--lang", choices=["it", "en"], default="it")
    shots.set_defaults(func=cmd_screenshots)
    from ripartire_desktop.commands import handover_cmds, status_cmds, team_cmds

    team_cmds.add_parsers(sub, [common, secrets])
    status_cmds.add_parsers(sub, [common, secrets])
    handover_cmds.add_parsers(sub, [common, secrets])
    vault_args.add_parsers(sub, [common, secrets])
    records_cmds.add_parsers(sub, common, secrets)
    report_cmds.add_parsers(sub, common, secrets)
    audit_cmds.add_parsers(sub, common, secrets)
    agenda_cmds.add_parsers(sub, [common, secrets])
    from ripartire_desktop.commands import sheet_cmds

    sheet_cmds.add_parsers(sub, [common, secrets])
    budget_cmds.add_parsers(sub, [common, secrets])
    return parser


def _run(args: argparse.Namespace) -> int:
    if not getattr(args, "holds_vault", False):
        return int(args.func(args))
    from ripartire_desktop.commands import process_lock, vault_cmds

    creates = args.func in vault_cmds.CREATE_THE_FOLDER
    with process_lock.holding_vault(args, creates=creates):
        return int(args.func(args))


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # first: before any secret exists in this process
    paths.restrict_umask()
    args = window_start(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    if getattr(args, "self_test", False):
        args.func = cmd_self_test
        args.holds_vault = False
    from ripartire_desktop.commands.terminal import shown

    try:
        return _run(args)
    except VaultError as exc:  # messages may quote a file's or a record's text: escaped
        print(f"ripartire: {shown(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except DomainError as exc:  # a record the rules refuse, e.g. a forbidden status change
        print(f"ripartire: {shown(str(exc))}", file=sys.stderr)
        return EXIT_OTHER
    except KeyboardInterrupt:
        print("ripartire: interrupted; nothing further was changed.", file=sys.stderr)
        return EXIT_OTHER
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"ripartire: {exc.strerror or exc}{where}.", file=sys.stderr)
        return EXIT_OTHER
    except Exception as exc:
        if os.environ.get("RIPARTIRE_DEBUG"):
            raise
        from ripartire_desktop.store.connection import DatabaseError

        if isinstance(exc, DatabaseError):
            print(f"ripartire: the database refused the operation: {exc}.", file=sys.stderr)
        else:
            print(
                f"ripartire: unexpected error ({type(exc).__name__}: {shown(str(exc))}).",
                file=sys.stderr,
            )
        return EXIT_OTHER


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
