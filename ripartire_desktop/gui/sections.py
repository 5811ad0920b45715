"""Which views the main window has, in navigation order, with their shortcuts and titles.

Each view's module is imported, and the view built, the first time it is shown (see
gui/view_pages.py): the navigation needs only the titles, given here in each view's own
translation context (tests/gui/test_lazy_start.py checks that they match the views' title()).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.main_window import Section
from ripartire_desktop.gui.view_pages import lazy_factory

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.family import FamilyView
    from ripartire_desktop.gui.views.interview import InterviewView

_VIEWS = "ripartire_desktop.gui.views"

# (name, module, class, shortcut, title in the view's own context), in navigation order.
_SECTIONS = (
    ("dashboard", "dashboard", "DashboardView", "Ctrl+1",
     QT_TRANSLATE_NOOP("DashboardView", "Dashboard")),
    ("families", "families", "FamiliesView", "Ctrl+2",
     QT_TRANSLATE_NOOP("FamiliesView", "Families")),
    ("desk", "desk", "DeskView", "Ctrl+3", QT_TRANSLATE_NOOP("DeskView", "Drop-in desk")),
    ("agenda", "agenda", "AgendaView", "Ctrl+4", QT_TRANSLATE_NOOP("AgendaView", "Agenda")),
    ("reports", "reports", "ReportsView", "Ctrl+5", QT_TRANSLATE_NOOP("ReportsView", "Reports")),
    ("settings", "settings", "SettingsView", "Ctrl+6",
     QT_TRANSLATE_NOOP("SettingsView", "Settings")),
    # Ctrl+F opens the search too (main window).
    ("search", "search", "SearchView", "Ctrl+7", QT_TRANSLATE_NOOP("SearchView", "Search")),
)  # fmt: skip


def _translated(context: str, source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(context, source)


def main_sections() -> list[Section]:
    return [
        Section(
            name,
            lazy_factory(f"{_VIEWS}.{module}", cls),
            shortcut,
            _translated(cls, title),
        )
        for name, module, cls, shortcut, title in _SECTIONS
    ]


def family_view() -> Callable[..., FamilyView]:
    def build(**kwargs: object) -> FamilyView:
        from ripartire_desktop.gui.views.family import FamilyView

        return FamilyView(**kwargs)  # type: ignore[arg-type]

    return build


def interview_view() -> Callable[..., InterviewView]:
    def build(**kwargs: object) -> InterviewView:
        from ripartire_desktop.gui.views.interview import InterviewView

        return InterviewView(**kwargs)  # type: ignore[arg-type]

    return build
