"""Vault commands: init, verify, passwd, rotate-key, backup, restore, remember, forget."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TypeAlias

from ripartire_desktop import paths
from ripartire_desktop.commands import secrets_input
from ripartire_desktop.domain.codes import check_mark, format_family_code, suggest_mark
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store.errors import (
    EXIT_DAMAGED,
    EXIT_OK,
    UnlockThrottledError,
    VaultExistsError,
)
from ripartire_desktop.store.keyring_check import plaintext_keyring
from ripartire_desktop.store.keystore import KeyStore, MemoryKeyStore, SystemKeyStore
from ripartire_desktop.usecases import backups, keys
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.session import Opening, VaultSession

# What every module's `add_parsers` takes: the table of sub-commands, and the parent parsers
# holding the options every command on a vault takes (its folder and lock, then the secrets).
Parser = argparse.ArgumentParser
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Parents: TypeAlias = list[argparse.ArgumentParser]


def say(text: str = "") -> None:
    print(text, flush=True)


# How a command names itself in the vault's lock note (cli.main holds that lock for its run).
COMMAND_HOLDER = "the command line"


def make_session(args: argparse.Namespace, keystore: KeyStore | None = None) -> VaultSession:
    vault = build_vault(paths.data_dir(args.data_dir), keystore=keystore or SystemKeyStore())
    return VaultSession(vault, holder=COMMAND_HOLDER)


def _with_throttle(action: Callable[[], object]) -> None:
    """Run an unlock attempt, waiting out the delay earned by earlier wrong attempts."""
    try:
        action()
    except UnlockThrottledError as exc:
        print(f"Waiting {exc.seconds:.0f} s after repeated wrong attempts...", file=sys.stderr)
        time.sleep(exc.seconds)
        action()


def open_session(args: argparse.Namespace, *, allow_remembered: bool = True) -> VaultSession:
    """An unlocked session: by recovery key, passphrase, or the key remembered on this device."""
    session = _unlock(args, allow_remembered=allow_remembered)
    if session.audit_problem is not None:
        print(
            f"ripartire: warning: audit log: {session.audit_problem}. Run 'ripartire verify'; "
            "restoring a backup brings back a whole log.",
            file=sys.stderr,
        )
    return session


@contextlib.contextmanager
def unlocked(args: argparse.Namespace, *, allow_remembered: bool = True) -> Iterator[VaultSession]:
    """An unlocked session for a `with` block, locked however the block ends."""
    session = open_session(args, allow_remembered=allow_remembered)
    try:
        yield session
    finally:
        session.lock()


def _unlock(args: argparse.Namespace, *, allow_remembered: bool) -> VaultSession:
    session = make_session(args)
    opening = _opening(
        args, session, remembered=lambda: allow_remembered and session.unlock_with_remembered()
    )
    if opening is not None:
        session.unlock(opening)
    return session


def _opening(
    args: argparse.Namespace, session: VaultSession, *, remembered: Callable[[], bool]
) -> Opening | None:
    """The checked secret given (recovery key file, passphrase file or prompt), or None when
    `remembered()` says the key remembered on this device does instead."""
    recovery_file = getattr(args, "recovery_key_file", None)
    passphrase_file = getattr(args, "passphrase_file", None)
    found: list[Opening] = []
    if recovery_file:
        text = secrets_input.recovery_key(recovery_file)
        _with_throttle(lambda: found.append(session.check_recovery_key(text)))
        return found[0]
    # Damaged or missing files are reported before any prompt (the salt once authenticated).
    session.check_files()
    if not passphrase_file and remembered():
        return None
    secret = secrets_input.passphrase(passphrase_file)
    _with_throttle(lambda: found.append(session.check_passphrase(secret)))
    return found[0]


def _passphrase_session(args: argparse.Namespace) -> tuple[VaultSession, str]:
    """Unlocked with the passphrase only (a rotation and a new recovery key rewrap under it)."""
    session = make_session(args)
    session.check_files()
    secret = secrets_input.passphrase(args.passphrase_file)
    _with_throttle(lambda: session.unlock_with_passphrase(secret))
    return session, secret


def _show_recovery_key(recovery: str, sheet: Path | None, *lines: str) -> None:
    for line in lines:
        say(line)
    say()
    say(f"    {recovery}")
    say()
    if sheet is not None:
        from ripartire_desktop.reports.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(sheet, recovery, organisation="", created=date.today())
        say(f"Recovery sheet written to {sheet}: print it, then delete the file.")


def _sheet(args: argparse.Namespace) -> Path | None:
    """The recovery sheet asked for, refused before anything is created or changed."""
    if not args.recovery_sheet:
        return None
    from ripartire_desktop.commands.report_cmds import check_new_file

    return check_new_file(args.recovery_sheet)


def _mark(text: str | None) -> str:
    """The mark of `--mark`, checked before anything is created."""
    if text is None:
        return ""
    try:
        return check_mark(text)
    except ValidationError as exc:
        raise secrets_input.UsageError(f"--mark {text.strip()[:8]!r} {exc.message}.") from None


def cmd_init(args: argparse.Namespace) -> int:
    session = make_session(args)
    if session.exists():
        session.check_files(check_salt=True)  # a damaged leftover gets its own message
        raise VaultExistsError(
            f"A vault already exists in {session.data_dir}: it was left untouched."
        )
    sheet = _sheet(args)
    from ripartire_desktop.store.identity import Role, check_name

    name = check_name(args.name, what="--name") if args.name else ""
    mark = _mark(args.mark)
    secret = secrets_input.new_passphrase(args.passphrase_file)
    started = time.perf_counter()
    recovery = keys.create_vault(
        session, secret, kdf_seconds=args.kdf_seconds, name=name, role=Role(args.role), mark=mark
    )
    elapsed = time.perf_counter() - started
    say(f"Vault created in {session.data_dir} ({elapsed:.1f} s), a {args.role}'s vault.")
    if mark:
        say(
            f"Its family codes carry the mark {mark}, for example "
            f"{format_family_code(2026, 1, mark=mark)}."
        )
    else:
        say(
            "No code mark yet: before working in a team, give this vault one, for example "
            f"'ripartire identity set --mark {suggest_mark(name)}'."
        )
    say()
    _show_recovery_key(
        recovery,
        sheet,
        "Recovery key, shown only this once. Write it down and keep it somewhere safe,",
        "away from this computer: it opens the vault if the passphrase is forgotten.",
    )
    if args.remember:
        session.unlock_with_passphrase(secret)
        _report_remember(session)
        session.lock()
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    # Check the files first, writing nothing: a damaged vault is left exactly as found.
    session = make_session(args)
    opening = _opening(args, session, remembered=session.is_remembered)
    if opening is None:
        unlocked = open_session(args)
        opening = unlocked.current_opening("verify")
        unlocked.lock()
    report = backups.verify(session, opening)
    for line in report.checks:
        say(f"ok      {line}")
    for line in report.problems:
        say(f"DAMAGED {line}")
    if report.ok:
        say("The vault is sound.")
        return EXIT_OK
    say("The vault is damaged: restore the most recent backup (ripartire restore).")
    return EXIT_DAMAGED


def cmd_passwd(args: argparse.Namespace) -> int:
    # A new passphrase from a file is judged before the vault is even opened.
    early = (
        secrets_input.new_passphrase(args.new_passphrase_file) if args.new_passphrase_file else None
    )
    with unlocked(args, allow_remembered=False) as session:
        new = early or secrets_input.new_passphrase(None)
        keys.change_passphrase(
            keys.suspend_here(session),
            new,
            kdf_seconds=args.kdf_seconds,
            rekey=not args.keep_data_key,
        )
    if args.keep_data_key:
        say("Passphrase changed; the data key was kept, so old copies of the key envelope")
        say("and old backups still open today's data with the old passphrase.")
    else:
        say("Passphrase changed and the database re-encrypted under a new data key: old")
        say("copies of the key envelope and old backups open only what they held, with the")
        say("passphrase of their day. The recovery key is unchanged.")
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    if not args.new:
        raise secrets_input.UsageError(
            "Say what to do: 'ripartire recovery-key --new' replaces the recovery key."
        )
    sheet = _sheet(args)
    session, secret = _passphrase_session(args)
    try:
        recovery = keys.new_recovery_key(keys.suspend_here(session), secret)
    finally:
        session.lock()
    _show_recovery_key(
        recovery,
        sheet,
        "New recovery key, shown only this once. Write it down and keep it somewhere safe,",
        "away from this computer. The old recovery key no longer opens this vault, and the",
        "database was re-encrypted, so old copies of the envelope open only what they held.",
    )
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace) -> int:
    # The passphrase, not the recovery key or a remembered key: rotation rewraps under it.
    session, secret = _passphrase_session(args)
    try:
        started = time.perf_counter()
        keys.rotate_key(keys.suspend_here(session), secret)
        elapsed = time.perf_counter() - started
    finally:
        session.lock()
    say(f"Data key rotated: the database was re-encrypted under a new key ({elapsed:.1f} s).")
    say("Older backups still open with the passphrase and recovery key of their day.")
    return EXIT_OK


def _backup_target(out: Path) -> Path:
    if out.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return out / f"ripartire-backup-{stamp}.ripbak"
    from ripartire_desktop.commands.report_cmds import check_new_file

    return check_new_file(str(out))


def cmd_backup(args: argparse.Namespace) -> int:
    target = _backup_target(Path(args.out).expanduser())
    with unlocked(args) as session:
        started = time.perf_counter()
        size = backups.back_up(session, target)
        elapsed = time.perf_counter() - started
    say(f"Backup written to {target} ({size / 1e6:.1f} MB, {elapsed:.1f} s).")
    say("It opens with today's passphrase or with the recovery key.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    session = make_session(args, MemoryKeyStore())  # a restore never reads a remembered key
    if session.exists() and not args.force:
        raise VaultExistsError(
            f"A vault already exists in {session.data_dir}: restoring would replace it. Nothing "
            "was changed. Add --force to replace it (the current vault is kept aside, not "
            "deleted)."
        )
    backup = backups.inspect(Path(args.backup).expanduser())
    found: list[Opening] = []

    def attempt() -> None:
        # Wrong guesses count against the unlock throttle of the vault being replaced.
        if args.recovery_key_file:
            text = secrets_input.recovery_key(args.recovery_key_file)
            found.append(backups.open_backup(session, backup, text, recovery_key=True))
        else:
            secret = secrets_input.passphrase(args.passphrase_file)
            found.append(backups.open_backup(session, backup, secret, recovery_key=False))

    _with_throttle(attempt)
    started = time.perf_counter()
    result = backups.restore(session, backup, found[0], force=args.force)
    elapsed = time.perf_counter() - started
    say(f"Restored the backup of {backup.created} into {session.data_dir} ({elapsed:.1f} s).")
    if result.reerased:
        say(
            f"Erased again, as they were before the restore: {', '.join(result.reerased)} "
            "(the backup still held them)."
        )
    if result.replaced_dir is not None:
        say(f"The vault it replaced is kept in {result.replaced_dir}; delete it when sure.")
    return EXIT_OK


def _report_remember(session: VaultSession) -> None:
    if session.remember():
        say("The key is remembered on this device: the app opens without the passphrase.")
        in_clear = plaintext_keyring(session.keystore_backend())
        if in_clear is not None:
            say(
                f"WARNING: the login keyring {in_clear} has no password, so the key is stored "
                "there in clear: anyone who can use this account or read its files can open "
                "the vault. Give the keyring a password (Passwords and Keys), or run "
                "'ripartire forget'."
            )
    else:
        say("No usable credential store on this device: the passphrase will be asked each time.")


def cmd_remember(args: argparse.Namespace) -> int:
    with unlocked(args, allow_remembered=False) as session:
        _report_remember(session)
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    make_session(args).forget()
    say("This device no longer remembers the key: the passphrase will be asked.")
    return EXIT_OK


# The commands that may make the vault's folder (and take its lock) when it does not exist yet.
CREATE_THE_FOLDER = (cmd_init, cmd_restore)
