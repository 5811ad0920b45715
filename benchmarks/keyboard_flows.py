"""Three everyday flows of issue 15 driven with the keyboard only, in the real window.

A `Keyboard` sends every key to the widget that has the focus (`QApplication.focusWidget()`),
as a person's keyboard would, and counts the presses: a typed text of n characters counts n, a
chord (Ctrl+3, Alt+S) counts 1. No widget value is ever set from here and nothing is clicked:
when a step cannot be reached with keys, `KeyboardTrap` says where the focus was stuck.
Mnemonics are read from the widgets' translated texts at run time, so the same flow runs in
Italian and in English.

The flows start from the dashboard right after the unlock:
- `desk_contact`: an anonymous walk-in with an appointment booked, saved (Ctrl+Enter);
- `contact_to_family`: that contact turned into a family, whose assessment is filled and
  saved with the decision "admitted" (which moves the status too);
- `interview_note`: Ctrl+N on the open family, a note of two sentences, Ctrl+S.

Seconds are the application's own time to handle the keys (each key is delivered and its
events processed before the next one): what the window costs a fast typist, not typing time.

`python -m benchmarks.keyboard_flows it|en` runs the three flows once on a fresh vault and
prints one JSON line: {"desk": [keys, seconds], "family": [...], "note": [...]}.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from ripartire_desktop.domain import Channel, Decision, FirstContactOutcome, NeedArea

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier

# What the counsellor types: Italian data in both interface languages (the families are in
# Cernusco), so the two languages differ only by the interface.
REQUEST = "Bollette arretrate, chiede un aiuto"
NOTE = "La famiglia ha portato le bollette arretrate. Ci rivediamo tra due settimane."
APPOINTMENT_HOUR = "10:30"
# The need areas scored in the assessment, with their baseline severity.
SCORES = {NeedArea.WORK: 2, NeedArea.INCOME: 2, NeedArea.DEBT: 3}
MOTIVATION = 4


class KeyboardTrap(AssertionError):
    """A step the keyboard cannot take: where the focus was, what was wanted."""


@dataclass(frozen=True)
class Flow:
    keys: int
    seconds: float
    result: Any


def focus_name(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"


def mnemonic(text: str) -> Qt.Key:
    """The Alt+letter of a widget's text ("&Save" -> S; "&&" is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    if found is None or not found.group(1).isascii() or not found.group(1).isalnum():
        raise KeyboardTrap(f"no mnemonic in {text!r}")
    return Qt.Key(ord(found.group(1).upper()))


def buddy_label(widget: QWidget) -> QLabel:
    """The label whose mnemonic brings the focus to `widget`."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label
    raise KeyboardTrap(f"no label with a mnemonic leads to {focus_name(widget)}")


class Keyboard:
    """Presses keys on whatever has the focus, and counts them."""

    def __init__(self) -> None:
        self.count = 0

    @staticmethod
    def focus() -> QWidget:
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if widget is None:
            raise KeyboardTrap("no widget has the keyboard focus")
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        QTest.keyClick(self.focus(), key, modifiers)
        self.count += 1
        QApplication.processEvents()

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        self.count += len(text)
        QApplication.processEvents()

    def alt(self, text: str) -> None:
        """Alt and the mnemonic letter of `text` (a label's or a button's, as translated)."""
        self.press(mnemonic(text), ALT)

    def alt_click(self, button: QAbstractButton) -> None:
        """Alt+letter of `button`: Qt shows it pressed for a moment (animateClick), then
        clicks; wait for the click, as the person waits to see it."""
        self.alt(button.text())
        wait_until(lambda: not button.isDown(), f"the click of {button.text()!r}")

    def alt_to(self, widget: QWidget) -> None:
        """Alt+letter of the label that is `widget`'s buddy; the focus must land on it."""
        self.alt(buddy_label(widget).text())
        self.expect(widget)

    def tab_to(self, widget: QWidget, limit: int = 40) -> None:
        """Tab until `widget` has the focus (a trap if it never comes)."""
        for _ in range(limit):
            if self.focus() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        self.expect(widget)

    def expect(self, widget: QWidget) -> None:
        if self.focus() is not widget:
            raise KeyboardTrap(
                f"the focus is on {focus_name(self.focus())}, not on {focus_name(widget)}"
            )

    def choose(self, combo: QComboBox, data: object) -> None:
        """Pick an item of the focused combo: its first letter when no other item starts with
        it (the combo's own keyboard search), the arrow keys otherwise."""
        self.expect(combo)
        target = combo.findData(data)
        if target < 0:
            raise KeyboardTrap(f"{focus_name(combo)} has no item {data!r}")
        letter = combo.itemText(target)[:1].lower()
        starts = [i for i in range(combo.count()) if combo.itemText(i)[:1].lower() == letter]
        steps = target - combo.currentIndex()
        if steps and starts == [target] and letter.isalnum() and abs(steps) > 1:
            self.type(letter)
        else:
            arrow = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
            for _ in range(abs(steps)):
                self.press(arrow)
        if combo.currentIndex() != target:
            raise KeyboardTrap(f"{focus_name(combo)} shows {combo.currentText()!r}")


def wait_until(condition: Callable[[], bool], what: str, seconds: float = 10.0) -> None:
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise KeyboardTrap(f"never happened: {what}")
        QTest.qWait(5)


def timed(run: Callable[[Keyboard], Any]) -> Flow:
    keyboard = Keyboard()
    start = time.perf_counter()
    result = run(keyboard)
    return Flow(keyboard.count, time.perf_counter() - start, result)


def appointment_day(today: date | None = None) -> date:
    """Tomorrow, or Monday when tomorrow is a weekend day: a plausible desk appointment."""
    day = (today or date.today()) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# --- the flows ------------------------------------------------------------------------------


def desk_contact(controller: Any) -> Flow:
    """Ctrl+3, channel "in person", outcome "appointment booked", the request, the appointment
    typed as dd/mm/yyyy hh:mm, Ctrl+Enter. Result: the stored contact."""
    main = controller.main
    desk = main.views["desk"]
    day = appointment_day()
    records = controller.session.records
    before = {c.id for c in records.first_contacts.where("WHERE 1", ())}

    def run(keys: Keyboard) -> Any:
        keys.press(Qt.Key.Key_3, CTRL)
        keys.expect(desk.channel)  # the desk opens on the channel ("when" means now)
        keys.choose(desk.channel, Channel.IN_PERSON.value)
        keys.press(Qt.Key.Key_Tab)
        keys.choose(desk.outcome, FirstContactOutcome.APPOINTMENT_BOOKED.value)
        keys.press(Qt.Key.Key_Tab)
        keys.expect(desk.request)
        keys.type(REQUEST)
        keys.alt_to(desk.appointment)  # enabled by the outcome; Alt+letter selects its text
        keys.type(f"{day:%d/%m/%Y} {APPOINTMENT_HOUR}")
        keys.press(Qt.Key.Key_Return, CTRL)
        saved = [c for c in records.first_contacts.where("WHERE 1", ()) if c.id not in before]
        if len(saved) != 1:
            raise KeyboardTrap(f"Ctrl+Enter did not save: {desk.message.text()!r}")
        return saved[0]

    return timed(run)


def contact_to_family(controller: Any) -> Flow:
    """On the desk list: the newest contact, "Turn into a family"; then the assessment tab
    (Ctrl+Tab), a few need scores, the motivation, the decision "admitted", Alt+Save.
    Result: (the family, its assessment) as stored."""
    main = controller.main
    desk = main.views["desk"]
    view = main.family_view
    tab = view.assessment_tab
    records = controller.session.records

    def run(keys: Keyboard) -> Any:
        keys.press(Qt.Key.Key_3, CTRL)
        keys.alt_to(desk.table)
        keys.press(Qt.Key.Key_Home)  # the newest contact, first in the list
        if desk.table.currentIndex().row() != 0:
            raise KeyboardTrap("Home did not select the newest contact")
        keys.alt_click(desk.turn_button)
        wait_until(lambda: main.pages.currentWidget() is view, "the family view opened")
        tabs: QTabWidget = view.tabs
        while tabs.currentWidget() is not tab:
            keys.press(Qt.Key.Key_Tab, CTRL)
            if keys.count > 200:
                raise KeyboardTrap("Ctrl+Tab never reached the assessment tab")
        fill_assessment(keys, tab)
        keys.alt_click(tab.save_bar.save_button)
        family = view.family
        if family is None or family.id is None or tab.is_dirty:
            raise KeyboardTrap(f"the assessment was not saved: {tab.save_bar.message.text()!r}")
        stored = records.families.get(family.id)
        return stored, records.assessments.for_family(family.id)

    return timed(run)


def fill_assessment(keys: Keyboard, tab: Any) -> None:
    """Into the tab with Tab (the date first, then the needs grid row by row), the scores of
    SCORES; the eligibility ticks not already taken from the household, the motivation and
    the decision by their mnemonics."""
    first = tab.assessed_on
    keys.tab_to(first)
    for row in tab.needs:
        keys.press(Qt.Key.Key_Tab)
        keys.expect(row.baseline)
        if row.area in SCORES:
            keys.choose(row.baseline, SCORES[row.area])
        if row.area == max(SCORES, key=lambda a: list(NeedArea).index(a)):
            break
        keys.press(Qt.Key.Key_Tab)  # the exit score
        keys.press(Qt.Key.Key_Tab)  # the note
    for criterion in (tab.resident, tab.has_minor, tab.hardship):
        if not criterion.isChecked():  # the household's answers: ticked by their Alt letter
            keys.alt_click(criterion)
            if not criterion.isChecked():
                raise KeyboardTrap(f"Alt+letter did not tick {criterion.text()!r}")
    keys.alt_to(tab.motivation)
    keys.choose(tab.motivation, MOTIVATION)
    keys.alt_to(tab.decision)
    keys.choose(tab.decision, Decision.ADMITTED.value)


def interview_note(controller: Any) -> Flow:
    """Ctrl+N on the open family: the note, two sentences, Ctrl+S. Result: the interview."""
    main = controller.main
    note = main.interview_view
    records = controller.session.records
    family_id = main.family_view.family.id
    before = {i.id for i in records.interviews.for_family(family_id)}

    def run(keys: Keyboard) -> Any:
        keys.press(Qt.Key.Key_N, CTRL)
        keys.expect(note.fields.notes)
        keys.type(NOTE)
        keys.press(Qt.Key.Key_S, CTRL)
        saved = [i for i in records.interviews.for_family(family_id) if i.id not in before]
        if len(saved) != 1:
            raise KeyboardTrap(f"Ctrl+S did not save: {note.fields.status.text()!r}")
        return saved[0]

    return timed(run)


def to_dashboard(controller: Any) -> None:
    """Ctrl+1 (not counted: between flows)."""
    Keyboard().press(Qt.Key.Key_1, CTRL)
    if controller.main.current_place()[0] != "dashboard":
        raise KeyboardTrap(f"Ctrl+1 left the window on {controller.main.current_place()}")


def all_flows(controller: Any) -> dict[str, Flow]:
    """The three flows in order: the desk contact and the family from the dashboard, the
    note on the family the assessment left open."""
    to_dashboard(controller)
    desk = desk_contact(controller)
    to_dashboard(controller)
    family = contact_to_family(controller)
    note = interview_note(controller)
    return {"desk": desk, "family": family, "note": note}


# --- one run in a process of its own (benchmarks/run.py) -----------------------------------

PASSPHRASE = "flussi-da-tastiera-2026"  # a benchmark vault's, fictional


def unlocked_controller(folder: Path, language: str) -> Any:
    """make_application as the app does, a new vault, the unlock typed in its window."""
    from ripartire_desktop.gui.application import AppController, make_application
    from ripartire_desktop.store import keys as kdf
    from ripartire_desktop.store.keystore import MemoryKeyStore
    from ripartire_desktop.usecases.compose import build_vault

    make_application(language)
    setup = build_vault(folder, keystore=MemoryKeyStore(), kdf_policy=kdf.TEST_POLICY)
    setup.create(PASSPHRASE, kdf_seconds=0)
    controller = AppController(vault=build_vault(folder, keystore=MemoryKeyStore()))
    controller.start()
    window = controller.unlock_window
    QTest.keyClicks(window.passphrase, PASSPHRASE)
    QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
    wait_until(controller.main.isVisible, "the main window after the unlock", 60)
    wait_until(lambda: QApplication.focusWidget() is not None, "a focused widget")
    return controller


def main(language: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ripartire-flows-"))
    try:
        controller = unlocked_controller(folder / "vault", language)
        flows = all_flows(controller)
        controller.lock()
        controller.tasks.wait()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({name: [flow.keys, flow.seconds] for name, flow in flows.items()}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "it")
