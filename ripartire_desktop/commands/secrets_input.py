"""Reading passphrases and recovery keys: from a file's first line or a hidden terminal prompt."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from ripartire_desktop.domain.passphrase import MIN_CHARS, assess
from ripartire_desktop.store.errors import EXIT_USAGE, VaultError
from ripartire_desktop.store.fileio import FileTooLargeError, read_capped

MIN_PASSPHRASE_CHARS = MIN_CHARS
# Only the first line is used; a file bigger than this is the wrong file.
MAX_SECRET_FILE_BYTES = 64 * 1024


class UsageError(VaultError):
    exit_code = EXIT_USAGE


def read_first_line(path: str, what: str) -> str:
    try:
        raw = read_capped(Path(path), MAX_SECRET_FILE_BYTES, f"{what} file")
    except OSError as exc:
        raise UsageError(f"Cannot read the {what} file {path}: {exc.strerror}.") from exc
    except FileTooLargeError as exc:  # /dev/zero or a wrong file: never read it all
        raise UsageError(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"The {what} file {path} is not UTF-8 text.") from exc
    line = text.splitlines()[0] if text else ""
    if not line:
        raise UsageError(f"The {what} file {path} is empty.")
    return line


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            f"No terminal to ask for the {label}: give it with --passphrase-file "
            "(or --recovery-key-file)."
        )
    return getpass.getpass(f"{label[0].upper()}{label[1:]}: ")


# The answers that count as a yes at a terminal question (English and Italian).
YES = frozenset({"yes", "y", "si", "sì"})


def confirmed(
    given: bool, no_terminal: str, question: str, *, first: str = "", yes: frozenset[str] = YES
) -> bool:
    """True when the confirming option was `given`, else whether the answer typed at `question`
    is one of `yes` (`first` is said before asking); without a terminal to ask on, a UsageError
    saying `no_terminal`."""
    if given:
        return True
    if not sys.stdin.isatty():
        raise UsageError(no_terminal)
    if first:
        print(first, flush=True)
    return input(question).strip().lower() in yes


def passphrase(file: str | None) -> str:
    return read_first_line(file, "passphrase") if file else _prompt("passphrase")


def recovery_key(file: str | None) -> str:
    return read_first_line(file, "recovery key") if file else _prompt("recovery key")


def check_new_passphrase(value: str) -> str:
    if len(value) < MIN_PASSPHRASE_CHARS:
        raise UsageError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters "
            "(a few words are easier to remember than symbols)."
        )
    strength = assess(value)
    if not strength.acceptable:
        raise UsageError(
            f"The passphrase is too easy to guess (strength {strength.score} of 4, at least 3 "
            f"needed): {strength.reason()} Nothing was changed."
        )
    return value


def new_passphrase(file: str | None) -> str:
    """A new passphrase: from the file, or typed twice at the terminal."""
    if file:
        return check_new_passphrase(read_first_line(file, "new passphrase"))
    first = check_new_passphrase(_prompt("new passphrase"))
    if _prompt("new passphrase again") != first:
        raise UsageError("The two passphrases differ: nothing was changed.")
    return first
