"""GUI measurements in a process of their own (offscreen, real widgets, real vault).

`python -m benchmarks.gui_probe bare` prints the RSS of a bare PySide6 window;
`python -m benchmarks.gui_probe app VAULT PASSPHRASE` prints a JSON of GUI timings.
A heartbeat timer every 5 ms records the longest stall of the GUI thread during the work.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import p95
from ripartire_desktop.usecases.compose import build_vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    """Peak RSS of this process image. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    from the parent across fork+exec, which would charge the benchmark's own memory here."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    window = QLabel("Ripartire")
    window.show()
    window.grab()
    app.processEvents()
    print(json.dumps({"rss_mb": rss_mb()}))


class Heartbeat:
    """Records the longest gap between ticks of a 5 ms timer: how long the GUI froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def reset(self) -> None:
        self._last = time.perf_counter()


def long_note_saves(interview: Any, qapp: Any) -> dict[str, float]:
    """The draft of a long interview (~5 kB of notes, as a test once timed it): p95 of 200
    saves as typed (no disk flush), then of 200 flushed ones (focus-out, close, lock, and one
    every few seconds while typing), each after one more keystroke."""
    editor = interview.fields.notes
    editor.setPlainText("Nota lunga di un colloquio vero. " * 150)
    found = {}
    for name, durable in (("long_autosave_p95_ms", False), ("long_durable_p95_ms", True)):
        saves = []
        for _ in range(200):
            editor.insertPlainText("x")
            t = time.perf_counter()
            interview.save_draft(durable=durable)
            saves.append((time.perf_counter() - t) * 1000)
            qapp.processEvents()
        found[name] = p95(saves)
    return found


def app(vault_dir: Path, passphrase: str) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ripartire_desktop.gui.application import AppController, make_application
    from ripartire_desktop.store.keystore import MemoryKeyStore

    qapp = make_application("it")
    store = MemoryKeyStore()
    setup = build_vault(vault_dir, keystore=store)
    setup.unlock_with_passphrase(passphrase)
    setup.remember()
    setup.lock()

    def settle(ms: int = 30) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    results: dict[str, float] = {}
    controller = AppController(vault=build_vault(vault_dir, keystore=store))
    controller._place = ("families", None)
    beat = Heartbeat()
    assert controller.main is not None  # built while the passphrase is typed (see start)
    start = time.perf_counter()
    controller.start()  # remembered key: straight to the families list
    families = controller.main.views["families"]
    families.grab()
    results["unlock_to_list_s"] = time.perf_counter() - start
    settle()
    beat.reset()
    beat.longest = 0.0
    model = families.model  # type: ignore[attr-defined]
    sorts = []
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t = time.perf_counter()
            families.table.sortByColumn(column, order)  # type: ignore[attr-defined]
            families.grab()
            sorts.append((time.perf_counter() - t) * 1000)
            settle()
    results["gui_sort_max_ms"] = max(sorts)
    main = controller.main
    t = time.perf_counter()
    main.show_view("dashboard")
    main.grab()
    results["dashboard_ms"] = (time.perf_counter() - t) * 1000
    settle()
    search = main.views["search"]
    searches = []
    for text in ("lavoro", "bollette", "perche"):
        search.query.setText(text)  # type: ignore[attr-defined]
        t = time.perf_counter()
        search.run_search()  # type: ignore[attr-defined]
        searches.append((time.perf_counter() - t) * 1000)
        settle()
    results["gui_search_max_ms"] = max(searches)
    family_id = model.row_at(0).id
    t = time.perf_counter()
    main.open_family(family_id)
    main.grab()
    results["open_family_ms"] = (time.perf_counter() - t) * 1000
    settle()
    main.open_interview_mode(family_id)
    settle()
    interview = main.views["interview"]
    saves = []
    editor = interview.fields.notes  # type: ignore[attr-defined]
    for i in range(200):
        editor.insertPlainText(f"parola{i} ")
        t = time.perf_counter()
        interview.save_draft(durable=False)  # type: ignore[attr-defined]
        saves.append((time.perf_counter() - t) * 1000)
        qapp.processEvents()  # the counsellor types: events flow between keystrokes
    saves.sort()
    results["autosave_p95_ms"] = saves[int(0.95 * (len(saves) - 1))]
    settle()
    results["gui_longest_stall_ms"] = beat.longest
    # After the stall figure: the flushed saves below wait for the disk by design, and the
    # stall row keeps measuring what it always did.
    results.update(long_note_saves(interview, qapp))
    results["rss_mb"] = rss_mb()
    controller.lock()
    controller.tasks.wait()
    QApplication.processEvents()
    print(json.dumps(results))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(Path(sys.argv[2]), sys.argv[3])
