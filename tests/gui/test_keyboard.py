"""The keyboard on real windows, in English and in Italian: every Alt letter is unique in its
window, Tab walks every field of a form in order and leaves tables, Ctrl+Tab and Ctrl+PgDn
move across the family's tabs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from ripartire_desktop.domain import (
    ActionType,
    FamilyStatus,
    Interview,
    InterviewMode,
    PlanAction,
)
from ripartire_desktop.gui import sections
from ripartire_desktop.gui.dialogs.audit import AuditLogDialog
from ripartire_desktop.gui.dialogs.export_case import CaseSummaryDialog
from ripartire_desktop.gui.dialogs.passphrase import ChangePassphraseDialog
from ripartire_desktop.gui.dialogs.verify import VerifyReportDialog
from ripartire_desktop.gui.forms import load_form
from ripartire_desktop.gui.i18n import install_translators
from ripartire_desktop.gui.main_window import MainWindow
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.unlock import UnlockWindow
from ripartire_desktop.gui.wizard import FirstRunWizard
from ripartire_desktop.paths import resource
from ripartire_desktop.usecases.compose import build_vault

TODAY = date(2026, 11, 27)


def letter(text: str) -> str:
    """The Alt letter of a text with `&`, lower case; "" when it has none (`&&` is a plain &)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what carries it) for every Alt letter the person can see in `window`."""
    found: list[tuple[str, str]] = []

    def add(text: str, what: str) -> None:
        if key := letter(text):
            found.append((key, f"{what} {text!r}"))

    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    """The Alt letters that two or more visible things share in `window`."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for key, what in mnemonics(window):
        by_letter[key].append(what)
    return {key: whats for key, whats in by_letter.items() if len(whats) > 1}


def fields(root: QWidget) -> list[QWidget]:
    """The enabled, visible widgets in `root` that Tab should reach."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    ]


def tab_walk(
    window: QWidget, root: QWidget, start: QWidget | None = None, limit: int = 300
) -> list[QWidget]:
    """Press Tab from `start` (the first field of `root`) until focus comes back to it; the
    widgets reached, in order, each once. Fails on a trap: Tab that stays in one widget
    (a table walking its cells) longer than a date walks its sections, or never comes back."""
    window.activateWindow()
    first = start or fields(root)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget() or first
    visited = [first]
    stays = 0
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "Tab lost the focus"
        if now is visited[-1]:
            stays += 1
            # A date walks its sections (day, month, year...) before leaving; nothing else stays.
            sections = now.sectionCount() if isinstance(now, QDateTimeEdit) else 1
            assert stays < sections, f"Tab is stuck in {type(now).__name__} {now.objectName()!r}"
            continue
        stays = 0
        if now is first:
            return visited
        visited.append(now)
    raise AssertionError(f"Tab never came back to {first.objectName()!r}")


class PendingTranslator(QTranslator):
    """The Italian of strings added on a branch and not yet in the .ts: the `.it.tsv` file
    next to the worktree (`context<TAB>source<TAB>translation`), regenerated into the .ts at
    the merge. Absent on main, where the .qm has them all."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.table: dict[tuple[str, str], str] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 3:
                    self.table[(parts[0], parts[1])] = parts[2].split("|")[0]

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.table.get((context, source))  # None: ask the next translator

    def isEmpty(self) -> bool:
        return not self.table


@pytest.fixture(params=["en", "it"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, request.param)
    if request.param == "it":
        root = Path(__file__).resolve().parents[2]
        pending = PendingTranslator(root.parent / f"{root.name}.it.tsv")
        if not pending.isEmpty():
            qapp.installTranslator(pending)
            installed.append(pending)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture
def window(qtbot, session: Session, language: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(
        session=session,
        sections=sections.main_sections(),
        family_view=sections.family_view(),
        interview_view=sections.interview_view(),
    )
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.clear_all()


def a_family(session: Session, *, with_rows: bool = False) -> int:
    family = session.records.families.create(on=TODAY, status=FamilyStatus.ACTIVE_PATH)
    family_id = family.id or 0
    if with_rows:  # tables with rows: where Tab used to walk cell by cell
        for kind in (ActionType.CV, ActionType.JOB_SEARCH):
            session.records.actions.add(
                PlanAction(family_id=family_id, action_type=kind, due_on=TODAY)
            )
        for day in (1, 2):
            session.records.interviews.add(
                Interview(
                    family_id=family_id,
                    starts_at=datetime(2026, 11, day, 10),
                    duration_minutes=30,
                    mode=InterviewMode.PHONE,
                )
            )
    return family_id


def test_every_alt_letter_is_unique_in_each_view(window: MainWindow, session: Session) -> None:
    found = {}
    for name in ("dashboard", "families", "desk", "agenda", "reports", "settings", "search"):
        window.show_view(name)
        QApplication.processEvents()
        found[name] = clashes(window)
    family_id = a_family(session)
    window.open_family(family_id)
    tabs = window.family_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found[f"family/{tabs.tabText(index)}"] = clashes(window)
    window.open_interview_mode(family_id)
    QApplication.processEvents()
    found["interview"] = clashes(window)
    assert {where: c for where, c in found.items() if c} == {}


@pytest.mark.parametrize("form", sorted(p.stem for p in resource("ui").glob("*.ui")))
def test_every_alt_letter_is_unique_in_each_form(qtbot, language: str, form: str) -> None:  # type: ignore[no-untyped-def]
    widget = load_form(form)
    qtbot.addWidget(widget)
    widget.show()
    assert clashes(widget) == {}


def test_tab_leaves_every_table(window: MainWindow, session: Session) -> None:
    window.open_family(a_family(session))
    for name in ("dashboard", "families", "desk", "agenda", "reports", "settings", "search"):
        window.show_view(name)
    trapping = [
        view.objectName() or type(view).__name__
        for view in window.findChildren(QAbstractItemView)
        if view.tabKeyNavigation()
    ]
    assert trapping == []


def test_ctrl_tab_and_ctrl_page_keys_move_across_the_family_tabs(
    qtbot, window: MainWindow, session: Session
) -> None:  # type: ignore[no-untyped-def]
    window.open_family(a_family(session))
    tabs = window.family_view.tabs
    tabs.setCurrentIndex(0)
    window.activateWindow()
    # Opening a family leaves the focus on its header, outside the tabs: it works from there.
    window.family_view.interview_button.setFocus()
    for key, modifiers, expected in (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier, 1),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, 2),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, 1),
        (
            Qt.Key.Key_Backtab,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            0,
        ),
        (
            Qt.Key.Key_Backtab,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            tabs.count() - 1,
        ),
    ):
        QTest.keyClick(QApplication.focusWidget() or tabs, key, modifiers)
        assert tabs.currentIndex() == expected


def walk_names(window: MainWindow, root: QWidget) -> list[str]:
    return [w.objectName() for w in tab_walk(window, root) if root.isAncestorOf(w)]


def test_tab_walks_every_family_tab_and_comes_back(window: MainWindow, session: Session) -> None:
    window.open_family(a_family(session, with_rows=True))
    tabs = window.family_view.tabs
    problems = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = tabs.currentWidget()
        walked = tab_walk(window, page)
        missing = [w.objectName() or type(w).__name__ for w in fields(page) if w not in walked]
        if missing:
            problems[tabs.tabText(index)] = missing
    assert problems == {}


def test_every_alt_letter_is_unique_in_the_family_dialogs(
    window: MainWindow, session: Session
) -> None:
    window.open_family(a_family(session))
    view = window.family_view
    opened = {
        "member": lambda: view.household_tab.edit_member(None),
        "action": lambda: view.actions_tab.edit(None),
        "payment": lambda: view.aid_tab.edit(None),
        "consent": view.consent_tab.add,
        "status": view.open_status_dialog,
    }
    found = {}
    for name, open_dialog in opened.items():
        dialog = open_dialog()
        assert dialog is not None, name
        QApplication.processEvents()
        found[name] = clashes(dialog)
        walked = tab_walk(dialog, dialog)
        missing = [w.objectName() or type(w).__name__ for w in fields(dialog) if w not in walked]
        if missing:
            found[f"{name} Tab misses"] = {"": missing}
        dialog.reject()
        QApplication.processEvents()
    assert {name: c for name, c in found.items() if c} == {}


def test_tab_reads_the_household_names_first_and_the_needs_before_the_decision(
    window: MainWindow, session: Session
) -> None:
    window.open_family(a_family(session))
    view = window.family_view
    household = view.household_tab
    person = household.people[0]
    order = tab_walk(window, household, start=person.given)
    position = {id(widget): index for index, widget in enumerate(order)}
    start = position[id(person.given)]
    assert [position[id(w)] - start for w in (person.family, person.tax_code)] == [1, 2]
    assert position[id(household.add_person_button)] > position[id(person.tax_code)]
    assert position[id(household.phones)] > position[id(household.add_person_button)]
    view.tabs.setCurrentWidget(view.assessment_tab)
    assessment = view.assessment_tab
    order = tab_walk(window, assessment, start=assessment.assessed_on)
    first_need = order.index(assessment.needs[0].baseline)
    last_need = order.index(assessment.needs[-1].note)
    assert order.index(assessment.assessed_on) < first_need < last_need
    assert last_need < order.index(assessment.resident) < order.index(assessment.decision)
    assert order.index(assessment.decision) < order.index(assessment.resources)


def test_tab_walks_every_view_and_comes_back(window: MainWindow, session: Session) -> None:
    a_family(session, with_rows=True)
    problems = {}
    for name in ("dashboard", "families", "desk", "agenda", "reports", "settings", "search"):
        window.show_view(name)
        QApplication.processEvents()
        view = window.views[name]
        walked = tab_walk(window, view)
        missing = [w.objectName() or type(w).__name__ for w in fields(view) if w not in walked]
        if missing:
            problems[name] = missing
    assert problems == {}


def test_every_alt_letter_is_unique_in_the_other_windows(
    qtbot, session: Session, language: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    windows: dict[str, QWidget] = {
        "unlock": UnlockWindow(session=session),
        "audit": AuditLogDialog(session.records),
        "case summary": CaseSummaryDialog("RIP-2026-001"),
        "passphrase": ChangePassphraseDialog(),
        "verify": VerifyReportDialog(),
    }
    found = {}
    for name, widget in windows.items():
        qtbot.addWidget(widget)
        widget.show()
        QApplication.processEvents()
        found[name] = clashes(widget)
        if name == "unlock":
            walked = tab_walk(widget, widget)
            found["unlock Tab misses"] = {
                "": [w.objectName() for w in fields(widget) if w not in walked]
            }
        widget.close()
    wizard = FirstRunWizard(
        session=Session(vault=build_vault(tmp_path / "wizard"), tasks=BackgroundTasks())
    )
    qtbot.addWidget(wizard)
    wizard.show()
    for page in range(3):
        QApplication.processEvents()
        found[f"wizard page {page}"] = clashes(wizard)
        wizard.next()
    assert {name: c for name, c in found.items() if any(c.values())} == {}
