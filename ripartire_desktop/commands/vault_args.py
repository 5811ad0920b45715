"""The vault commands' arguments: init, verify, passwd, recovery-key, rotate-key, backup,
restore, remember, forget (what they do is in vault_cmds.py)."""

from __future__ import annotations

import argparse

from ripartire_desktop.commands.vault_cmds import (
    Parents,
    SubParsers,
    cmd_backup,
    cmd_forget,
    cmd_init,
    cmd_passwd,
    cmd_recovery_key,
    cmd_remember,
    cmd_restore,
    cmd_rotate_key,
    cmd_verify,
)
from ripartire_desktop.store.keys import DEFAULT_TARGET_SECONDS


def _file_option(name: str, metavar: str, help_text: str) -> argparse.ArgumentParser:
    """A parent parser holding one file option (several commands share each)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(name, metavar=metavar, help=help_text)
    return parent


def add_parsers(sub: SubParsers, parents: Parents) -> None:
    """`parents`: the vault's folder and lock options, then the secrets' (as team_cmds)."""
    common, secrets = parents
    kdf = argparse.ArgumentParser(add_help=False)
    kdf.add_argument(
        "--kdf-seconds",
        type=float,
        default=DEFAULT_TARGET_SECONDS,
        metavar="S",
        help="time the passphrase key derivation should take on this machine "
        f"(default {DEFAULT_TARGET_SECONDS}; 0 = the minimum, for tests only)",
    )
    # A rotation and a new recovery key rewrap under the passphrase: only it is asked.
    passphrase = [
        common,
        _file_option("--passphrase-file", "FILE", "read the passphrase from FILE"),
    ]
    sheet = "also write a printable recovery sheet with the {} key"

    p = sub.add_parser(
        "init",
        parents=[
            common,
            kdf,
            _file_option(
                "--passphrase-file", "FILE", "read the new passphrase from FILE's first line"
            ),
            _file_option("--recovery-sheet", "FILE.pdf", sheet.format("recovery")),
        ],
        help="create a new vault",
    )
    p.add_argument(
        "--remember", action="store_true", help="remember the key on this device (OS keyring)"
    )
    from ripartire_desktop.store.identity import Role

    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.COUNSELLOR.value,
        help="whose vault this is (default counsellor; a coordinator merges bundles)",
    )
    p.add_argument("--name", metavar="NAME", help="the name colleagues see on your identity")
    p.add_argument(
        "--mark",
        metavar="M",
        help="one or two letters every family code of this vault carries, fixed for its life "
        "(RIP-2026-A017 for A), so colleagues' codes never collide",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", parents=[common, secrets], help="check the vault for damage")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "passwd",
        parents=[
            common,
            secrets,
            kdf,
            _file_option("--new-passphrase-file", "FILE", "read the new passphrase from FILE"),
        ],
        help="change the passphrase",
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
        parents=[*passphrase, _file_option("--recovery-sheet", "FILE.pdf", sheet.format("new"))],
        help="replace the recovery key (the old one stops working)",
    )
    p.add_argument("--new", action="store_true", help="issue a new recovery key")
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser(
        "rotate-key", parents=passphrase, help="re-encrypt the vault under a new data key"
    )
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
