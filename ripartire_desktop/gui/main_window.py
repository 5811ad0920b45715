"""The main window: navigation, the views, shortcuts, lock and curtain.

The title never contains a name; locking clears every view before the window is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.gui import palette
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.view_pages import Pages
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.usecases.changes import Changes

if TYPE_CHECKING:  # the two family pages are built by factories, imported when first shown
    from ripartire_desktop.gui.views.family import FamilyView
    from ripartire_desktop.gui.views.interview import InterviewView

ViewFactory = Callable[..., View]

# Calm and readable: generous rows, a clear selected state; colours work on light themes.
NAVIGATION_STYLE = f"""
QListWidget {{ background: {palette.NAVIGATION}; color: {palette.NAVIGATION_TEXT};
  padding-top: 12px; font-size: 11pt; }}
QListWidget::item {{ padding: 10px 16px; }}
QListWidget::item:selected {{ background: {palette.NAVIGATION_SELECTED}; color: white; }}
QListWidget::item:hover:!selected {{ background: {palette.NAVIGATION_HOVER}; }}
"""


@dataclass(frozen=True, slots=True)
class Section:
    """A navigation entry: the view's name, its factory (called when the view is first
    shown), its shortcut, and its title in the navigation (the view's own `title()`)."""

    name: str
    factory: ViewFactory
    shortcut: str
    title: Callable[[], str]


class Curtain(QWidget):
    """Covers the whole window at once; any key or click lifts it. No data underneath is
    touched, so lifting is instant."""

    lifted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        # The style sheet paints the curtain itself, edges included, not only its label.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"background-color: {palette.NAVIGATION}; color: {palette.NAVIGATION_TEXT};"
        )
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Ripartire\n\nPress Esc to continue"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            parent.installEventFilter(self)  # a dialog may still resize itself when shown
        self.show()
        self.raise_()
        self.setFocus()

    def keyPressEvent(self, event: object) -> None:
        self.hide()
        self.lifted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def mousePressEvent(self, event: object) -> None:
        self.hide()
        self.lifted.emit()


class MainWindow(QMainWindow):
    lock_requested = Signal()
    interview_mode_changed = Signal(bool)

    def __init__(
        self,
        *,
        session: Session,
        sections: list[Section],
        family_view: Callable[..., FamilyView],
        interview_view: Callable[..., InterviewView],
        search_shortcut_view: str = "search",
    ) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle("Ripartire")
        central = load_form("main_window", self)
        self.setCentralWidget(central)
        self.navigation = child(central, QListWidget, "navigation")
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.pages = child(central, QStackedWidget, "pages")
        # Each view is built when first shown (or asked for): see gui/view_pages.py.
        self.views = Pages(self.pages)
        for section in sections:
            self.views.add(section.name, self._builder(section.factory))
            item = QListWidgetItem(section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.name)
            item.setToolTip(
                QKeySequence(section.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.navigation.addItem(item)
            shortcut = QShortcut(QKeySequence(section.shortcut), self)
            shortcut.activated.connect(lambda name=section.name: self.show_view(name))
        self.views.add("family", self._builder(family_view))
        self.views.add("interview", self._builder(interview_view))
        self.navigation.currentItemChanged.connect(self._navigated)
        # As wide as its longest entry, whichever views exist yet: the pages are built when
        # first shown, and the navigation must not change width as they come.
        frame = 2 * self.navigation.frameWidth()
        widest = self.navigation.sizeHintForColumn(0) + frame + 12
        self.navigation.setFixedWidth(
            max(self.navigation.minimumWidth(), min(self.navigation.maximumWidth(), widest))
        )
        self._search_view = search_shortcut_view
        self.curtain = Curtain(self)
        self.curtain.lifted.connect(self._lift_all)
        for keys, action in (
            ("Ctrl+F", lambda: self.show_view(self._search_view)),
            ("Ctrl+L", self.lock_requested.emit),
            ("F12", self.cover),
            ("Ctrl+N", self._new_interview_note),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(action)
        self.session.records_changed.connect(self._refresh_current)
        self.banner = QLabel(self)
        self.banner.setObjectName("reminderBanner")
        self.banner.setStyleSheet(
            f"background: {palette.HEADING_BACKGROUND}; padding: 4px 12px; font-weight: bold;"
        )
        self.banner.hide()
        self.statusBar().addPermanentWidget(self.banner)
        self.resize(1100, 720)
        self._current_family: int | None = None
        self._focus_before_curtain: QWidget | None = None
        self._dialog_curtains: list[Curtain] = []
        self._leaving_interview = False
        self.installEventFilter(self)

    def _builder(self, factory: ViewFactory) -> Callable[[], View]:
        return lambda: factory(session=self.session, navigator=self)

    @property
    def family_view(self) -> FamilyView:
        return cast("FamilyView", self.views["family"])

    @property
    def interview_view(self) -> InterviewView:
        return cast("InterviewView", self.views["interview"])

    def _leaving_family(self, then: Callable[[], object]) -> bool:
        """Whether the family page asks Save / Discard / Cancel first (never, if never built)."""
        family = self.views.built_view("family")
        return family is not None and cast("FamilyView", family).keeper.leave(then)

    # --- Navigator ----------------------------------------------------------------------

    @property
    def in_interview_mode(self) -> bool:
        current = self.pages.currentWidget()
        return current is not None and current is self.views.built_view("interview")

    def show_view(self, name: str) -> None:
        in_interview = name == "interview"
        if self.in_interview_mode and not in_interview and not self._leaving_interview:
            # The family is in the room: no shortcut, search or list shows other families.
            # Leaving is explicit (Esc, Save or Discard in the note) and lands on this family.
            self.status(self.tr("Interview mode: close the note (Esc) before going elsewhere."))
            return
        if name != "family" and self._leaving_family(lambda: self.show_view(name)):
            name, in_interview = "family", False  # asked Save / Discard / Cancel first
        view = self.views[name]
        # Interview mode shows only the current family: no list, no other names.
        self.navigation.setVisible(not in_interview)
        self.pages.setCurrentWidget(view)
        # A family (and its interview note) lives under Families in the navigation.
        section = "families" if name in ("family", "interview") else name
        self.navigation.blockSignals(True)
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == section:
                self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)
        self.setWindowTitle(f"Ripartire – {view.title()}")
        self.interview_mode_changed.emit(in_interview)
        if self.session.is_unlocked:
            view.refresh()

    def open_family(self, family_id: int, *, kind: str = "", ref_id: int = 0) -> None:
        if self.in_interview_mode and family_id != self._current_family:
            self.status(self.tr("Interview mode: close the note (Esc) before going elsewhere."))
            return
        if self._leaving_family(lambda: self.open_family(family_id, kind=kind, ref_id=ref_id)):
            return
        self._current_family = family_id
        self.family_view.open(family_id, kind=kind, ref_id=ref_id)
        self._leaving_interview = True  # the note itself leaves, to its own family
        try:
            self.show_view("family")
        finally:
            self._leaving_interview = False

    def open_interview_mode(self, family_id: int) -> None:
        self._current_family = family_id
        self.interview_view.open(family_id)
        self.show_view("interview")

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def show_banner(self, text: str) -> None:
        """A reminder that stays in the status bar until the next one or the lock (used when
        the desktop has no notification area). Codes only."""
        self.banner.setText(text)
        self.banner.show()

    # --- lock, curtain, restore -----------------------------------------------------------

    def current_place(self) -> tuple[str, int | None]:
        """Where the user is (view name, family id): restored after unlocking. No data."""
        current = self.pages.currentWidget()
        name = current.name if isinstance(current, View) else "dashboard"
        return name, self._current_family

    def restore_place(self, place: tuple[str, int | None]) -> None:
        self._leaving_interview = True  # after unlocking, the place saved on lock wins
        try:
            self._restore_place(place)
        finally:
            self._leaving_interview = False

    def _restore_place(self, place: tuple[str, int | None]) -> None:
        name, family_id = place
        if name in ("family", "interview") and family_id is not None:
            try:
                if name == "interview":
                    self.open_interview_mode(family_id)
                else:
                    self.open_family(family_id)
                return
            except Exception:  # the family may have been erased meanwhile
                name = "dashboard"
        self.show_view(name if name in self.views else "dashboard")

    def cover(self) -> None:
        """The curtain over the window and over every dialog open on it: nothing on screen
        while someone walks past. The dialogs stay open (a running `exec()` is not
        cancelled) and show again when the curtain is lifted."""
        self.curtain.cover()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and not any(c.parent() is dialog for c in self._dialog_curtains):
                curtain = Curtain(dialog)
                curtain.lifted.connect(self._lift_all)
                curtain.cover()
                self._dialog_curtains.append(curtain)
        if self._dialog_curtains:
            self._dialog_curtains[-1].setFocus()

    def _lift_all(self) -> None:
        self.curtain.hide()
        curtains, self._dialog_curtains = self._dialog_curtains, []
        for curtain in curtains:
            curtain.hide()
            curtain.deleteLater()
        self._curtain_lifted()

    def clear_all(self) -> None:
        """Drop every decrypted value from every view (on lock)."""
        self._lift_all()
        for view in self.views.built():
            view.clear()
        # Any dialog still open (a confirmation, a form) is cancelled: nothing stays on screen.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.statusBar().clearMessage()
        self.banner.clear()
        self.banner.hide()

    def _curtain_lifted(self) -> None:
        if self._focus_before_curtain is not None:
            self._focus_before_curtain.setFocus()

    def _new_interview_note(self) -> None:
        if self._current_family is not None:
            self.open_interview_mode(self._current_family)
        else:
            self.status(self.tr("Open a family first, then start the interview note."))

    def _navigated(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_view(str(item.data(Qt.ItemDataRole.UserRole)))

    def _refresh_current(self, changes: Changes) -> None:
        """Only the view on screen hears the notice (the others refresh when shown), and
        it reloads only if the change concerns it and is not its own."""
        current = self.pages.currentWidget()
        if isinstance(current, View):
            current.records_changed(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Resize and self.curtain.isVisible():
            self.curtain.setGeometry(self.rect())
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self._leaving_family(self.close):
            event.ignore()  # asked Save / Discard / Cancel; closes again after the answer
            return
        self.session.lock()  # first: what the desk and Settings hold unsaved is kept then
        self.clear_all()
        super().closeEvent(event)
