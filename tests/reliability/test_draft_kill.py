"""kill -9 while a counsellor types in interview mode: every chunk whose autosave was
acknowledged is in the vault afterwards, and interview mode shows it again.

Run as a script, this file is the child: a real vault, the real view (offscreen), typing
with QTest.keyClicks and printing "ack N" once chunk N's autosave has committed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
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
from ripartire_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault
from tests.reliability.figures import record_figure

ROOT = Path(__file__).resolve().parents[2]
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


def _child(data_dir: Path, passphrase: str, family_id: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    vault = Vault(data_dir)
    vault.unlock_with_passphrase(passphrase)
    session = Session(vault=vault, tasks=BackgroundTasks())
    session.opened()
    view = InterviewView(session=session, navigator=_QuietNavigator())
    view.show()
    view.open(family_id)
    view.autosave.setInterval(CHILD_AUTOSAVE_MS)
    committed: list[bool] = []
    view.draft_saved.connect(lambda: committed.append(True))
    print("ready", flush=True)
    number = 0
    while True:
        committed.clear()
        QTest.keyClicks(view.fields.notes, chunk(number))
        while not committed:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        print(f"ack {number}", flush=True)
        number += 1


def _type_until_killed(data_dir: Path, family_id: int, delay: float) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, __file__, str(data_dir), PASSPHRASE, str(family_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == "ready\n", child.stderr.read() if child.stderr else ""
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"the child stopped on its own: {err[-500:]}"
    return [int(line.split()[1]) for line in out.splitlines() if line.startswith("ack ")]


@pytest.mark.slow
def test_a_kill_while_typing_loses_no_acknowledged_text(qtbot, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family_ids = [records.families.create(on=date.today()).id for _ in range(RUNS)]
    vault.lock()
    rng = random.Random("draft-kill-2026")
    acknowledged_total = 0
    for family_id in family_ids:
        assert family_id is not None
        acked = _type_until_killed(data_dir, family_id, delay=rng.uniform(0.05, 0.6))
        assert acked == list(range(len(acked)))
        acknowledged_total += len(acked)
        reopened = Vault(data_dir)
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
    assert acknowledged_total >= RUNS, "the children must have typed before the kills"


if __name__ == "__main__":
    _child(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
