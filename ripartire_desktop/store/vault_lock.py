"""One process at a time per vault: an OS file lock on `vault.lock` in the vault's folder.

The operating system holds the lock for the process (fcntl.flock on Linux and macOS,
msvcrt.locking on Windows) and drops it when the process ends however it ends, so a kill -9
never leaves a stale lock. The file also says who holds it (process id, what it is, since
when) so that the one waiting can name the other; it holds nothing secret or personal.

Within one process the lock is counted, not taken twice: the window and a private vault the
window opens for a background job are the same holder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ripartire_desktop.paths import FILE_MODE
from ripartire_desktop.store.errors import VaultError

LOCK_NAME = "vault.lock"
DEFAULT_WAIT_SECONDS = 10.0
POLL_SECONDS = 0.1
# Windows locks byte ranges and refuses reads of a locked range, so the lock is one byte far
# past the holder's note, which stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_NOTE_BYTES = 4096
_MAX_WHAT_CHARS = 80


class VaultBusyError(VaultError):
    """Another process holds the vault (a window while unlocked, or a CLI command)."""

    def __init__(self, message: str, holder: Holder | None) -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds the lock, as its note says (a hint for the user; the OS lock is the truth)."""

    pid: int
    what: str
    since: str  # local time, ISO, seconds

    def describe(self) -> str:
        if self.pid <= 0:
            return self.what
        when = self.since[11:16] if len(self.since) >= 16 else ""
        return f"{self.what} (process {self.pid}" + (f", since {when})" if when else ")")

    def to_bytes(self) -> bytes:
        note = {"pid": self.pid, "what": self.what, "since": self.since}
        return json.dumps(note, ensure_ascii=True).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Holder | None:
        """The note, or None if it is missing, half written or not one of ours."""
        try:
            data = json.loads(raw.rstrip(b"\0").decode("ascii"))
            pid, what, since = data["pid"], data["what"], data["since"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None
        if not (isinstance(pid, int) and isinstance(what, str) and isinstance(since, str)):
            return None
        return cls(pid, what[:_MAX_WHAT_CHARS], since[:32])


def describe_holder(holder: Holder | None) -> str:
    return holder.describe() if holder is not None else "another Ripartire process"


# --- the OS primitive --------------------------------------------------------------------------


_READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)


def _open_lock_file(path: Path) -> tuple[int | None, bool]:
    """The lock file's descriptor and whether a note can be written in it.

    In a folder that cannot be written (a read-only disk) an existing lock file is locked
    read-only, and without one there is nothing to lock: no process can write that vault, so
    none can lose another's writes, and the vault's own messages then say what is wrong."""
    nofollow = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | nofollow, FILE_MODE)
    except OSError as exc:
        if exc.errno not in _READ_ONLY_ERRORS:
            raise
        try:
            return os.open(path, os.O_RDONLY | nofollow), False
        except FileNotFoundError:
            return None, False
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)  # a note left by an older umask
    return fd, True


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _write_note(fd: int, holder: Holder) -> None:
    data = holder.to_bytes()[:_MAX_NOTE_BYTES]
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def read_holder(data_dir: Path) -> Holder | None:
    """What the lock file says about its holder (None: no note, or not readable)."""
    try:
        fd = os.open(data_dir / LOCK_NAME, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        return Holder.from_bytes(os.read(fd, _MAX_NOTE_BYTES))
    except OSError:
        return None
    finally:
        os.close(fd)


# --- per-process counting ------------------------------------------------------------------------


@dataclass
class _Held:
    fd: int | None  # None: a read-only folder without a lock file (see _open_lock_file)
    count: int


# flock belongs to an open file, not to a process: a second open of the same file in this
# process would wait for itself. One table for the process keeps one open file per vault.
_held: dict[str, _Held] = {}
_held_guard = threading.Lock()


def _key(data_dir: Path) -> str:
    return os.path.normcase(str(data_dir.resolve() / LOCK_NAME))


class VaultLock:
    """The lock of the vault in `data_dir`, for a holder described by `what`.

    `acquire` waits up to a bounded time, then raises VaultBusyError naming the holder;
    `release` gives it back (also done by the OS if the process ends).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        what: str,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.data_dir = data_dir
        self.what = what[:_MAX_WHAT_CHARS]
        self._clock = clock
        self._sleep = sleep
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def try_acquire(self) -> bool:
        """Take the lock if it is free (or already this process's); never waits."""
        if self._held:
            return True
        key = _key(self.data_dir)
        with _held_guard:
            entry = _held.get(key)
            if entry is not None:
                entry.count += 1
                self._held = True
                return True
            fd, writable = _open_lock_file(self.data_dir / LOCK_NAME)
            if fd is not None:
                try:
                    if not _try_lock(fd):
                        os.close(fd)
                        return False
                    if writable:
                        now = datetime.now().isoformat("T", "seconds")
                        _write_note(fd, Holder(os.getpid(), self.what, now))
                except BaseException:
                    os.close(fd)  # closing drops the OS lock too
                    raise
            _held[key] = _Held(fd, 1)
            self._held = True
            return True

    def acquire(
        self,
        wait_seconds: float = DEFAULT_WAIT_SECONDS,
        *,
        on_wait: Callable[[Holder | None], None] | None = None,
    ) -> None:
        """Take the lock, waiting up to `wait_seconds` for the holder to let go.

        `on_wait` is told once, with the holder, when waiting starts."""
        if self.try_acquire():
            return
        if wait_seconds > 0 and on_wait is not None:
            on_wait(read_holder(self.data_dir))
        deadline = self._clock() + max(0.0, wait_seconds)
        while self._clock() < deadline:
            self._sleep(min(POLL_SECONDS, max(0.0, deadline - self._clock())))
            if self.try_acquire():
                return
        holder = read_holder(self.data_dir)
        raise VaultBusyError(
            f"The vault in {self.data_dir} is in use by {describe_holder(holder)}"
            + (f"; waited {wait_seconds:.0f} s" if wait_seconds > 0 else "")
            + ". Nothing was done: finish or lock it there, then try again.",
            holder,
        )

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        key = _key(self.data_dir)
        with _held_guard:
            entry = _held.get(key)
            if entry is None:
                return
            entry.count -= 1
            if entry.count > 0:
                return
            del _held[key]
            if entry.fd is None:
                return
            try:
                # The note goes first, so nobody reads a departed holder's name; the file
                # itself stays (unlinking a lock file lets two processes lock two inodes).
                with contextlib.suppress(OSError):
                    os.ftruncate(entry.fd, 0)
                _unlock(entry.fd)
            finally:
                os.close(entry.fd)

    @contextlib.contextmanager
    def holding(
        self,
        wait_seconds: float = DEFAULT_WAIT_SECONDS,
        *,
        on_wait: Callable[[Holder | None], None] | None = None,
    ) -> Iterator[None]:
        self.acquire(wait_seconds, on_wait=on_wait)
        try:
            yield
        finally:
            self.release()
