"""The CLI's side of "one process at a time": every command that works on a vault holds the
vault's OS lock for its whole run (taken in `cli.main`, before the command touches a file).

A command waits a bounded time for another holder (a window left unlocked, another command),
saying once on stderr who it waits for, then gives up with one line and exit code 1. `restore`,
`rotate-key` and `passwd` therefore never run while another process has the vault open.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from ripartire_desktop import paths
from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.store.vault_lock import (
    DEFAULT_WAIT_SECONDS,
    LOCK_NAME,
    Holder,
    VaultLock,
    describe_holder,
)


def wait_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"{value:g} is out of range (0 to 3600 seconds)")
    return value


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lock-wait",
        type=wait_seconds,
        metavar="S",
        default=argparse.SUPPRESS,
        help="how long to wait while another Ripartire (a window left unlocked, another "
        f"command) uses the vault (default {DEFAULT_WAIT_SECONDS:g} s; 0 = do not wait)",
    )


def _tell_waiting(seconds: float) -> Callable[[Holder | None], None]:
    def told(holder: Holder | None) -> None:
        print(
            shown(
                f"ripartire: the vault is in use by {describe_holder(holder)}: "
                f"waiting up to {seconds:g} s..."
            ),
            file=sys.stderr,
            flush=True,
        )

    return told


@contextlib.contextmanager
def holding_vault(args: argparse.Namespace, *, creates: bool) -> Iterator[None]:
    """Hold the vault's lock around a command. `creates`: init and restore may make the folder;
    any other command on a folder that does not exist finds no vault and needs no lock (and
    must not leave an empty folder behind)."""
    folder: Path = paths.data_dir(args.data_dir)
    made = False
    if not folder.is_dir():
        if not creates:
            yield
            return
        paths.ensure_private_dir(folder)
        made = True
    seconds = float(getattr(args, "lock_wait", DEFAULT_WAIT_SECONDS))
    command = getattr(args, "command_name", "") or "command"
    lock = VaultLock(folder, what=f"the command 'ripartire {command}'")
    try:
        with lock.holding(seconds, on_wait=_tell_waiting(seconds)):
            yield
    finally:
        if made:
            _remove_if_only_the_lock(folder)


def _remove_if_only_the_lock(folder: Path) -> None:
    """An init or restore refused before it created anything leaves no folder behind."""
    with contextlib.suppress(OSError):
        if [p.name for p in folder.iterdir()] == [LOCK_NAME]:
            (folder / LOCK_NAME).unlink()
            folder.rmdir()
