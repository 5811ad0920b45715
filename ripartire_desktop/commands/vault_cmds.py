"""Vault commands: init, verify, passwd, rotate-key, backup, restore, remember, forget."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from ripartire_desktop import paths
from ripartire_desktop.commands import secrets_input
from ripartire_desktop.store import backup as backups
from ripartire_desktop.store.errors import (
    EXIT_DAMAGED,
    EXIT_OK,
    UnlockThrottledError,
    VaultError,
    VaultExistsError,
    WrongSecretError,
)
from ripartire_desktop.store.keyring_check import plaintext_keyring
from ripartire_desktop.store.keys import DEFAULT_TARGET_SECONDS
from ripartire_desktop.store.keystore import KeyStore, SystemKeyStore
from ripartire_desktop.store.throttle import Throttle
from ripartire_desktop.store.vault import THROTTLE_NAME, Vault


def say(text: str = "") -> None:
    print(text, flush=True)


def make_vault(args: argparse.Namespace, keystore: KeyStore | None = None) -> Vault:
    return Vault(paths.data_dir(args.data_dir), keystore=keystore or SystemKeyStore())


def _with_throttle(action: Callable[[], None]) -> None:
    """Run an unlock attempt, waiting out the delay earned by earlier wrong attempts."""
    try:
        action()
    except UnlockThrottledError as exc:
        print(f"Waiting {exc.seconds:.0f} s after repeated wrong attempts...", file=sys.stderr)
        time.sleep(exc.seconds)
        action()


def unlock(args: argparse.Namespace, *, allow_remembered: bool = True) -> Vault:
    """An unlocked vault: by recovery key, passphrase, or the key remembered on this device."""
    vault = _unlock(args, allow_remembered=allow_remembered)
    if vault.audit_problem is not None:
        print(
            f"ripartire: warning: audit log: {vault.audit_problem}. Run 'ripartire verify'; "
            "restoring a backup brings back a whole log.",
            file=sys.stderr,
        )
    return vault


def _unlock(args: argparse.Namespace, *, allow_remembered: bool) -> Vault:
    vault = make_vault(args)
    recovery_file = getattr(args, "recovery_key_file", None)
    passphrase_file = getattr(args, "passphrase_file", None)
    if recovery_file:
        text = secrets_input.recovery_key(recovery_file)
        _with_throttle(lambda: vault.unlock_with_recovery_key(text))
        return vault
    # Damaged or missing files are reported before any prompt (the salt once authenticated).
    vault.load_envelope(check_salt=False)
    if not passphrase_file and allow_remembered and vault.unlock_with_remembered():
        return vault
    secret = secrets_input.passphrase(passphrase_file)
    _with_throttle(lambda: vault.unlock_with_passphrase(secret))
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    vault = make_vault(args)
    if vault.exists():
        vault.load_envelope()  # a damaged leftover gets its own message
        raise VaultExistsError(
            f"A vault already exists in {vault.data_dir}: it was left untouched."
        )
    sheet = None
    if args.recovery_sheet:
        from ripartire_desktop.commands.report_cmds import check_new_file

        sheet = check_new_file(args.recovery_sheet)  # refused before anything is created
    from ripartire_desktop.store.identity import Role, check_name

    name = check_name(args.name, what="--name") if args.name else ""
    secret = secrets_input.new_passphrase(args.passphrase_file)
    started = time.perf_counter()
    recovery = vault.create(secret, kdf_seconds=args.kdf_seconds, name=name, role=Role(args.role))
    elapsed = time.perf_counter() - started
    say(f"Vault created in {vault.data_dir} ({elapsed:.1f} s), a {args.role}'s vault.")
    say()
    say("Recovery key, shown only this once. Write it down and keep it somewhere safe,")
    say("away from this computer: it opens the vault if the passphrase is forgotten.")
    say()
    say(f"    {recovery}")
    say()
    if sheet is not None:
        from ripartire_desktop.reports.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(sheet, recovery, organisation="", created=date.today())
        say(f"Recovery sheet written to {sheet}: print it, then delete the file.")
    if args.remember:
        vault.unlock_with_passphrase(secret)
        _report_remember(vault)
        vault.lock()
    return EXIT_OK


def _candidate_keys(args: argparse.Namespace, vault: Vault) -> list[bytes] | None:
    """The data key(s) the given secret unwraps, or None for the key remembered here."""
    recovery_file = getattr(args, "recovery_key_file", None)
    passphrase_file = getattr(args, "passphrase_file", None)
    found: list[list[bytes]] = []
    if recovery_file:
        text = secrets_input.recovery_key(recovery_file)
        _with_throttle(lambda: found.append(vault.keys_from_recovery_key(text)))
        return found[0]
    vault.load_envelope(check_salt=False)
    if not passphrase_file and vault.is_remembered():
        return None
    secret = secrets_input.passphrase(passphrase_file)
    _with_throttle(lambda: found.append(vault.keys_from_passphrase(secret)))
    return found[0]


def cmd_verify(args: argparse.Namespace) -> int:
    # Check the files first, writing nothing: a damaged vault is left exactly as found.
    vault = make_vault(args)
    candidates = _candidate_keys(args, vault)
    if candidates is None:
        vault = unlock(args)
        candidates = [vault.data_key]
        vault.lock()
    report = backups.verify_files(vault, candidates)
    if report.ok:  # sound: open it the usual way, so the audit log records the unlock
        vault.open_with(candidates, method="verify")
        vault.lock()
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
    vault = unlock(args, allow_remembered=False)
    try:
        new = early or secrets_input.new_passphrase(None)
        vault.change_passphrase(new, kdf_seconds=args.kdf_seconds, rekey=not args.keep_data_key)
    finally:
        vault.lock()
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
    sheet = None
    if args.recovery_sheet:
        from ripartire_desktop.commands.report_cmds import check_new_file

        sheet = check_new_file(args.recovery_sheet)  # refused before anything changes
    vault = make_vault(args)
    vault.load_envelope(check_salt=False)
    secret = secrets_input.passphrase(args.passphrase_file)
    _with_throttle(lambda: vault.unlock_with_passphrase(secret))
    try:
        recovery = vault.new_recovery_key(secret)
    finally:
        vault.lock()
    say("New recovery key, shown only this once. Write it down and keep it somewhere safe,")
    say("away from this computer. The old recovery key no longer opens this vault, and the")
    say("database was re-encrypted, so old copies of the envelope open only what they held.")
    say()
    say(f"    {recovery}")
    say()
    if sheet is not None:
        from ripartire_desktop.reports.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(sheet, recovery, organisation="", created=date.today())
        say(f"Recovery sheet written to {sheet}: print it, then delete the file.")
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace) -> int:
    # The passphrase, not the recovery key or a remembered key: rotation rewraps under it.
    vault = make_vault(args)
    vault.load_envelope(check_salt=False)
    secret = secrets_input.passphrase(args.passphrase_file)
    _with_throttle(lambda: vault.unlock_with_passphrase(secret))
    try:
        started = time.perf_counter()
        vault.rotate_key(secret)
        elapsed = time.perf_counter() - started
    finally:
        vault.lock()
    say(f"Data key rotated: the database was re-encrypted under a new key ({elapsed:.1f} s).")
    say("Older backups still open with the passphrase and recovery key of their day.")
    return EXIT_OK


def _backup_target(out: Path) -> Path:
    if out.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return out / f"ripartire-backup-{stamp}.ripbak"
    if out.exists():
        raise VaultError(f"{out} already exists: choose another file name; nothing was written.")
    if not out.parent.is_dir():
        raise VaultError(f"The folder {out.parent} does not exist; nothing was written.")
    return out


def cmd_backup(args: argparse.Namespace) -> int:
    target = _backup_target(Path(args.out).expanduser())
    vault = unlock(args)
    try:
        started = time.perf_counter()
        size = backups.write_backup(vault, target)
        elapsed = time.perf_counter() - started
    finally:
        vault.lock()
    say(f"Backup written to {target} ({size / 1e6:.1f} MB, {elapsed:.1f} s).")
    say("It opens with today's passphrase or with the recovery key.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    if Vault(data_dir).exists() and not args.force:
        raise VaultExistsError(
            f"A vault already exists in {data_dir}: restoring would replace it. Nothing was "
            "changed. Add --force to replace it (the current vault is kept aside, not deleted)."
        )
    backup = backups.inspect_backup(Path(args.backup).expanduser())
    key = _throttled_backup_key(data_dir, backup, args)
    started = time.perf_counter()
    result = backups.restore_backup(data_dir, backup, key, force=args.force)
    elapsed = time.perf_counter() - started
    say(f"Restored the backup of {backup.created} into {data_dir} ({elapsed:.1f} s).")
    if result.reerased:
        say(
            f"Erased again, as they were before the restore: {', '.join(result.reerased)} "
            "(the backup still held them)."
        )
    if result.replaced_dir is not None:
        say(f"The vault it replaced is kept in {result.replaced_dir}; delete it when sure.")
    return EXIT_OK


def _throttled_backup_key(
    data_dir: Path, backup: backups.BackupFile, args: argparse.Namespace
) -> bytes:
    """The backup's key. Guesses made through a restore over a vault count against that
    vault's unlock throttle (a restore into an empty folder has no throttle to count against;
    SECURITY.md says what the throttle is and is not)."""
    throttle = Throttle(data_dir / THROTTLE_NAME) if Vault(data_dir).exists() else None
    found: list[bytes] = []

    def attempt() -> None:
        wait = throttle.wait_time() if throttle is not None else 0.0
        if wait > 0:
            raise UnlockThrottledError(wait)
        try:
            if args.recovery_key_file:
                text = secrets_input.recovery_key(args.recovery_key_file)
                found.append(backups.backup_key_from_recovery(backup, text))
            else:
                secret = secrets_input.passphrase(args.passphrase_file)
                found.append(backups.backup_key_from_passphrase(backup, secret))
        except WrongSecretError:
            if throttle is not None:
                throttle.record_failure()
            raise

    _with_throttle(attempt)
    return found[0]


def _report_remember(vault: Vault) -> None:
    if vault.remember():
        say("The key is remembered on this device: the app opens without the passphrase.")
        in_clear = plaintext_keyring(vault.keystore.backend_id())
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
    vault = unlock(args, allow_remembered=False)
    try:
        _report_remember(vault)
    finally:
        vault.lock()
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    make_vault(args).forget()
    say("This device no longer remembers the key: the passphrase will be asked.")
    return EXIT_OK


# The commands that may make the vault's folder (and take its lock) when it does not exist yet.
CREATE_THE_FOLDER = (cmd_init, cmd_restore)


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    secrets: argparse.ArgumentParser,
) -> None:
    kdf = argparse.ArgumentParser(add_help=False)
    kdf.add_argument(
        "--kdf-seconds",
        type=float,
        default=DEFAULT_TARGET_SECONDS,
        metavar="S",
        help="time the passphrase key derivation should take on this machine "
        f"(default {DEFAULT_TARGET_SECONDS}; 0 = the minimum, for tests only)",
    )

    p = sub.add_parser("init", parents=[common, kdf], help="create a new vault")
    p.add_argument(
        "--passphrase-file", metavar="FILE", help="read the new passphrase from FILE's first line"
    )
    p.add_argument(
        "--remember", action="store_true", help="remember the key on this device (OS keyring)"
    )
    p.add_argument(
        "--recovery-sheet",
        metavar="FILE.pdf",
        help="also write a printable recovery sheet with the recovery key",
    )
    from ripartire_desktop.store.identity import Role

    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.COUNSELLOR.value,
        help="whose vault this is (default counsellor; a coordinator merges bundles)",
    )
    p.add_argument("--name", metavar="NAME", help="the name colleagues see on your identity")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", parents=[common, secrets], help="check the vault for damage")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("passwd", parents=[common, secrets, kdf], help="change the passphrase")
    p.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    p.set_defaults(func=cmd_passwd)

    p.add_argument(
        "--keep-data-key",
        action="store_true",
        help="only rewrap the data key (old envelopes and backups keep opening today's data "
        "with the old passphrase); by default the database is re-encrypted",
    )

    p = sub.add_parser(
        "recovery-key",
        parents=[common],
        help="replace the recovery key (the old one stops working)",
    )
    p.add_argument("--new", action="store_true", help="issue a new recovery key")
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.add_argument(
        "--recovery-sheet",
        metavar="FILE.pdf",
        help="also write a printable recovery sheet with the new key",
    )
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser(
        "rotate-key", parents=[common], help="re-encrypt the vault under a new data key"
    )
    p.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    p.set_defaults(func=cmd_rotate_key)

    p = sub.add_parser("backup", parents=[common, secrets], help="write an encrypted backup")
    p.add_argument("out", metavar="OUT", help="backup file to create (or a folder)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common, secrets], help="restore a backup")
    p.add_argument("backup", metavar="IN", help="the backup file")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an existing vault (it is moved aside, not deleted)",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "remember", parents=[common, secrets], help="remember the key in the OS keyring"
    )
    p.set_defaults(func=cmd_remember)

    p = sub.add_parser("forget", parents=[common], help="forget the key remembered on this device")
    p.set_defaults(func=cmd_forget)
