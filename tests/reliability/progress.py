"""A child process that reports its progress line by line, and the parent's side of it.

The crash tests never sleep and hope the child got somewhere: the child prints (and flushes)
one line after each acknowledged step, and the parent reads until the point of progress it
chose, then kills. On a loaded machine the child is slower, so the parent simply waits longer;
the kill still lands after the same step. The only clock is an overall deadline that turns a
hang into a failure instead of a stuck test run.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HANG_SECONDS = 120.0  # only bounds a hang: no healthy child needs a fraction of it


@dataclass(frozen=True)
class KillPoint:
    """Where the parent kills: after `acks` acknowledged steps (lines starting "ack "), then
    `then` more progress lines of any kind. With `frozen` the child itself blocks there, so
    the kill lands exactly at that point; without, the child runs on a little (the parent's
    reaction time) and the kill lands somewhere in the next step."""

    acks: int
    then: int
    frozen: bool

    def arg(self) -> str:
        return f"{self.acks}:{self.then}:{int(self.frozen)}"

    @classmethod
    def parse(cls, text: str) -> KillPoint:
        acks, then, frozen = (int(part) for part in text.split(":"))
        return cls(acks, then, bool(frozen))

    def reached(self, lines: list[str]) -> bool:
        """True once `lines` (the child's output so far) has got to this point."""
        if "ready" not in lines:
            return False
        after = lines[lines.index("ready") + 1 :]
        acks = 0
        for position, line in enumerate(after):
            if acks == self.acks:
                return len(after) - position >= self.then
            acks += line.startswith("ack ")
        return acks == self.acks and self.then == 0


class Reporter:
    """The child's side: prints each progress line and freezes at a frozen kill point."""

    def __init__(self, point: KillPoint | None) -> None:
        self.point = point
        self.lines: list[str] = []

    def say(self, line: str) -> None:
        print(line, flush=True)
        if self.point is None or not self.point.frozen:
            return
        self.lines.append(line)
        if self.point.reached(self.lines):
            freeze()


class ChildEnded(AssertionError):
    """The child exited before it reached the awaited point."""


class ProgressChild:
    """Runs `python SCRIPT ARGS...`; a thread collects its stdout lines as they come."""

    def __init__(self, script: Path, *args: object, env: dict[str, str] | None = None) -> None:
        # stderr goes to a file: a pipe nobody reads could fill up and block the child. The
        # file lives as long as the child, so no `with` block fits; kill() closes it.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, str(script), *[str(a) for a in args]],
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})),
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._ended = False

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-1500:]

    def wait_until(self, reached: Callable[[list[str]], bool], what: str) -> None:
        """Collect lines until `reached(lines)` holds. Raises ChildEnded if the child exits
        first, and fails (after killing it) if it is still short of the point after
        HANG_SECONDS."""
        deadline = time.monotonic() + HANG_SECONDS
        while not reached(self.lines):
            if self._ended:
                self.proc.wait(timeout=HANG_SECONDS)
                raise ChildEnded(
                    f"the child ended (exit {self.proc.returncode}) before {what}: "
                    f"{self.lines[-5:]}\n{self.stderr()}"
                )
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(
                    f"the child hung before {what} ({HANG_SECONDS:.0f} s): {self.lines[-5:]}"
                    f"\n{self.stderr()}"
                ) from None
            if line is None:
                self._ended = True
            else:
                self.lines.append(line)

    def wait_for(self, wanted: str) -> None:
        self.wait_until(lambda lines: wanted in lines, repr(wanted))

    def kill(self) -> bool:
        """SIGKILL now and collect every line it printed; True if the kill interrupted it
        (False: it had finished on its own first)."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=HANG_SECONDS)
        self._reader.join(timeout=HANG_SECONDS)
        while not self._queue.empty():
            line = self._queue.get_nowait()
            if line is not None:
                self.lines.append(line)
        if self.proc.returncode not in (0, -signal.SIGKILL):
            raise AssertionError(f"the child failed on its own: {self.stderr()}")
        self._stderr.close()
        return self.proc.returncode == -signal.SIGKILL


def freeze() -> None:
    """Block this (child) process until the parent's SIGKILL: the kill then lands exactly
    here, between two steps, however slow the machine is."""
    threading.Event().wait()
