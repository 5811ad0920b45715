"""An increasing wait after wrong passphrases, kept in a file so restarting the app does not
reset it. The file holds only a count and a time: nothing secret, nothing personal."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from ripartire_desktop.store.fileio import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive wrong attempts: 0, 0, 0, 1, 2, 4 ... 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


class Throttle:
    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            return int(data["failures"]), float(data["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            # Missing or unreadable: start from zero rather than lock the user out.
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def wait_time(self) -> float:
        failures, last = self._read()
        remaining = last + delay_after(failures) - self._clock()
        return max(0.0, min(remaining, MAX_DELAY_SECONDS))

    def record_failure(self) -> None:
        failures, _ = self._read()
        payload = {"failures": failures + 1, "last_failure": self._clock()}
        # A read-only data dir must not turn a wrong passphrase into a crash.
        with contextlib.suppress(OSError):
            atomic_write(self._path, json.dumps(payload).encode("utf-8"))

    def reset(self) -> None:
        if self._path.exists():
            with contextlib.suppress(OSError):
                self._path.unlink()
