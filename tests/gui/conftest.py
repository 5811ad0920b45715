"""GUI fixtures: a real vault behind a real Session, and a navigator that records requests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ripartire_desktop.gui import i18n
from ripartire_desktop.gui.i18n import EnglishPlurals
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.tasks import BackgroundTasks
from ripartire_desktop.gui.views.family import FamilyView
from tests.core.vaults import new_vault
from tests.gui.italian import italian_qm


class RecordingNavigator:
    """Stands in for the main window when a view is tested alone: it records where the
    view asked to go, which is the outcome under test."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...], dict[str, object]]] = []

    def show_view(self, name: str) -> None:
        self.calls.append(("show_view", (name,), {}))

    def open_family(self, family_id: int, *, kind: str = "", ref_id: int = 0) -> None:
        self.calls.append(("open_family", (family_id,), {"kind": kind, "ref_id": ref_id}))

    def open_interview_mode(self, family_id: int) -> None:
        self.calls.append(("open_interview_mode", (family_id,), {}))

    def status(self, message: str) -> None:
        self.calls.append(("status", (message,), {}))


@pytest.fixture(autouse=True)
def same_locale_after_each_test() -> Iterator[None]:
    """Starting the app in a language sets Qt's default locale (gui/i18n.py), which is what
    `ui_language()` reads: restored after each test, so the next one on the same worker does
    not start in the language another test chose."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English as the window runs it: "1 family", "5 actions", not the sources' "(s)"."""
    plurals = EnglishPlurals(qapp)
    qapp.installTranslator(plurals)
    yield
    qapp.removeTranslator(plurals)


@pytest.fixture
def session(data_dir: Path, qtbot) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    tasks = BackgroundTasks()
    gui_session = Session(vault=vault, tasks=tasks)
    gui_session.opened()
    yield gui_session
    tasks.wait()
    gui_session.lock()


@pytest.fixture
def navigator() -> RecordingNavigator:
    return RecordingNavigator()


@pytest.fixture
def family_view(session: Session, navigator: RecordingNavigator, qtbot) -> FamilyView:  # type: ignore[no-untyped-def]
    """The family view alone, shown at a laptop's size, on the session's vault."""
    widget = FamilyView(session=session, navigator=navigator)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


@contextlib.contextmanager
def translated(qapp: QApplication, language: str) -> Iterator[list[QTranslator]]:
    """The app's translators for `language` installed as make_application installs them (Qt's
    own catalogue too), then removed, with Qt's default locale put back."""
    before = QLocale()
    installed = i18n.install_translators(qapp, language)
    try:
        yield installed
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.fixture
def italian(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's Italian installed for one test (from a .qm built from the .ts), then removed."""
    qm = italian_qm(tmp_path)
    monkeypatch.setattr(i18n, "resource", lambda _name: qm)
    with translated(qapp, "it"):
        yield


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app in English for one test, then Qt's default locale again."""
    with translated(qapp, "en"):
        yield
