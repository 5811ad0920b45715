"""Work that may take more than ~50 ms runs here, off the GUI thread.

The task gets no widget; its result or error comes back through signals, delivered on the GUI
thread, to the callbacks given. Modelled on Anki's QueryOp.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except BaseException as exc:  # delivered to the GUI, which decides what to say
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    def _deliver(self, signal: Any, value: object) -> None:
        if not shiboken6.isValid(self._relay):
            return  # the tasks' owner was destroyed (the app quitting): no one to tell
        signal.emit(value)


class BackgroundTasks(QObject):
    """Runs callables on a thread pool; keeps each relay alive until its job reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # the window that asked was closed while the work ran: nothing to show
            callback(value)

        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda exc: finish(on_failure, exc))
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
