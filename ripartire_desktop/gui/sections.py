"""Which views the main window has, in navigation order, with their shortcuts and titles.

Each view's module is imported, and the view built, the first time it is shown (see
gui/view_pages.py): the navigation needs only the titles, given here in each view's own
translation context (tests/gui/test_lazy_views.py checks that they match the views' title()).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ripartire_desktop.gui.main_window import Section
from ripartire_desktop.gui.view_pages import lazy_factory

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.family import FamilyView
    from ripartire_desktop.gui.views.interview import InterviewView

_VIEWS = "ripartire_desktop.gui.views"


def main_sections() -> list[Section]:
    return [
        Section(
            "dashboard",
            lazy_factory(f"{_VIEWS}.dashboard", "DashboardView"),
            "Ctrl+1",
            lambda: QCoreApplication.translate("DashboardView", "Dashboard"),
        ),
        Section(
            "families",
            lazy_factory(f"{_VIEWS}.families", "FamiliesView"),
            "Ctrl+2",
            lambda: QCoreApplication.translate("FamiliesView", "Families"),
        ),
        Section(
            "desk",
            lazy_factory(f"{_VIEWS}.desk", "DeskView"),
            "Ctrl+3",
            lambda: QCoreApplication.translate("DeskView", "Drop-in desk"),
        ),
        Section(
            "agenda",
            lazy_factory(f"{_VIEWS}.agenda", "AgendaView"),
            "Ctrl+4",
            lambda: QCoreApplication.translate("AgendaView", "Agenda"),
        ),
        Section(
            "reports",
            lazy_factory(f"{_VIEWS}.reports", "ReportsView"),
            "Ctrl+5",
            lambda: QCoreApplication.translate("ReportsView", "Reports"),
        ),
        Section(
            "settings",
            lazy_factory(f"{_VIEWS}.settings", "SettingsView"),
            "Ctrl+6",
            lambda: QCoreApplication.translate("SettingsView", "Settings"),
        ),
        Section(  # Ctrl+F opens it too (main window)
            "search",
            lazy_factory(f"{_VIEWS}.search", "SearchView"),
            "Ctrl+7",
            lambda: QCoreApplication.translate("SearchView", "Search"),
        ),
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
