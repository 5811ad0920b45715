"""Crash-safe whole-file writes (temp file in the same folder, fsync, rename, fsync the
folder) and size-capped reads of files given to the app."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ripartire_desktop.paths import FILE_MODE
from ripartire_desktop.store.errors import DamagedError


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in `path` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Write `path` so that a crash leaves either the old or the complete new content.

    The temp file is created 0600 before any byte is written, so the content is never
    readable by others even for an instant. If the block raises, `path` is untouched.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, crash-safely (see `atomic_writer`)."""
    with atomic_writer(path) as handle:
        handle.write(data)


def fsync_file(path: Path) -> None:
    """Flush a file written by someone else (SQLite) to stable storage."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileTooLargeError(DamagedError):
    """A file given to the app is larger than any genuine one of its kind: refused unread
    (exit code 4, as for any file that is not what it claims to be)."""


def _size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of `path`, or FileTooLargeError if it holds more than `limit` bytes.

    Refused from the size the file system reports, before reading a byte; files that report
    no size (a pipe, /dev/zero) are read only up to the limit. `what` names the file for the
    user ("family file", "passphrase file").
    """
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise FileTooLargeError(
                f"The {what} {path} is {_size_text(size)}; a {what} is at most "
                f"{_size_text(limit)}: nothing was read."
            )
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(
            f"The {what} {path} holds more than {_size_text(limit)}, the most a {what} may "
            "hold: nothing was used."
        )
    return data
