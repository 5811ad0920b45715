"""kill -9 while a counsellor types in interview mode: every chunk whose autosave was
acknowledged is in the vault afterwards, and interview mode shows it again.

Run as a script, this file is the child: a real vault, the real view (offscreen), typing
with QTest.keyClicks and printing "ack N" once chunk N's autosave has committed. The parent
kills it after a number of acknowledged chunks drawn from a seeded rng (progress.py), never
after a sleep: on a loaded machine the child types more slowly and the parent waits longer.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views.interview import InterviewView
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.drafts import DraftRepository
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault
from tests.reliability.figures import record_figure
from tests.reliability.progress import KillPoint, ProgressChild, Reporter

RUNS = int(os.environ.get("RIPARTIRE_DRAFT_KILL_RUNS", "18"))
CHILD_AUTOSAVE_MS = 20  # the same timer path as in the app, with a shorter pause


def chunk(number: int) -> str:
    return f"frase{number} del colloquio; "


class _QuietNavigator:
    def show_view(self, name: str) -> None:
        pass

    def open_family(self, family_id: int, *, kind: str = "", ref_id: int = 0) -> None:
        pass

    def open_interview_mode(self, family_id: int) -> None:
        pass

    def status(self, message: str) -> None:
        pass


def _child(data_dir: Path, passphrase: str, family_id: int, point: KillPoint) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(passphrase)
    session = Session(vault=vault, tasks=BackgroundTasks())
    session.opened()
    view = InterviewView(session=session, navigator=_QuietNavigator())
    view.show()
    view.open(family_id)
    view.autosave.setInterval(CHILD_AUTOSAVE_MS)
    committed: list[bool] = []
    view.draft_saved.connect(lambda: committed.append(True))
    report = Reporter(point)  # a frozen kill point blocks right after its acknowledgement
    report.say("ready")
    number = 0
    while True:
        committed.clear()
        QTest.keyClicks(view.fields.notes, chunk(number))
        while not committed:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        report.say(f"ack {number}")
        number += 1


def _type_until_killed(data_dir: Path, family_id: int, rng: random.Random, run: int) -> list[int]:
    """Type until a few chunks are acknowledged, then kill: every other run exactly after an
    acknowledgement (frozen), the others a tiny random moment later, mid-typing or mid-save
    (nothing asserted depends on that moment)."""
    point = KillPoint(rng.randint(1, 6), 0, run % 2 == 0)
    env = {"QT_QPA_PLATFORM": "offscreen"}
    child = ProgressChild(Path(__file__), data_dir, PASSPHRASE, family_id, point.arg(), env=env)
    child.wait_until(point.reached, f"{point.acks} acknowledged chunks")
    if not point.frozen:
        time.sleep(rng.uniform(0.0, 0.05))
    assert child.kill(), "the child stopped on its own"
    acked = [int(line.split()[1]) for line in child.lines if line.startswith("ack ")]
    assert len(acked) >= point.acks
    return acked


@pytest.mark.slow
def test_a_kill_while_typing_loses_no_acknowledged_text(qtbot, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family_ids = [records.families.create(on=date.today()).id for _ in range(RUNS)]
    vault.lock()
    rng = random.Random("draft-kill-2026")
    acknowledged_total = 0
    for run, family_id in enumerate(family_ids):
        assert family_id is not None
        acked = _type_until_killed(data_dir, family_id, rng, run)
        assert acked == list(range(len(acked)))
        acknowledged_total += len(acked)
        reopened = build_vault(data_dir)
        reopened.unlock_with_passphrase(PASSPHRASE)
        assert reopened.connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        draft = DraftRepository(reopened.connection).get(family_id)
        promised = "".join(chunk(n) for n in acked)
        notes = "" if draft is None else draft.notes
        assert notes.startswith(promised), f"lost acknowledged text after {len(acked)} chunks"
        # Anything beyond is the chunk being typed when the kill came, never garbage.
        assert chunk(len(acked)).startswith(notes[len(promised) :])
        # Interview mode in a new window shows exactly what the vault kept.
        session = Session(vault=reopened, tasks=BackgroundTasks())
        session.opened()
        view = InterviewView(session=session, navigator=_QuietNavigator())
        qtbot.addWidget(view)
        view.open(family_id)
        assert view.fields.notes.toPlainText() == notes
        view.clear()
        session.lock()
    record_figure("crash-autosave", runs=RUNS, kills=RUNS, acknowledged=acknowledged_total)


if __name__ == "__main__":
    _child(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), KillPoint.parse(sys.argv[4]))
