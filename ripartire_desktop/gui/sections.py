"""Which views the main window has, in navigation order, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ripartire_desktop.gui.main_window import Section

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.family import FamilyView
    from ripartire_desktop.gui.views.interview import InterviewView


def main_sections() -> list[Section]:
    from ripartire_desktop.gui.views.agenda import AgendaView
    from ripartire_desktop.gui.views.dashboard import DashboardView
    from ripartire_desktop.gui.views.desk import DeskView
    from ripartire_desktop.gui.views.families import FamiliesView
    from ripartire_desktop.gui.views.reports import ReportsView
    from ripartire_desktop.gui.views.search import SearchView
    from ripartire_desktop.gui.views.settings import SettingsView

    return [
        Section("dashboard", DashboardView, "Ctrl+1"),
        Section("families", FamiliesView, "Ctrl+2"),
        Section("desk", DeskView, "Ctrl+3"),
        Section("agenda", AgendaView, "Ctrl+4"),
        Section("reports", ReportsView, "Ctrl+5"),
        Section("settings", SettingsView, "Ctrl+6"),
        Section("search", SearchView, "Ctrl+7"),  # Ctrl+F opens it too (main window)
    ]


def family_view() -> Callable[..., FamilyView]:
    from ripartire_desktop.gui.views.family import FamilyView

    return FamilyView


def interview_view() -> Callable[..., InterviewView]:
    from ripartire_desktop.gui.views.interview import InterviewView

    return InterviewView
