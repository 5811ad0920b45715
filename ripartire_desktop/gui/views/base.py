"""What every view of the main window offers, and how views ask to go somewhere else."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ripartire_desktop.gui.forms import load_form
from ripartire_desktop.gui.session import Session
from ripartire_desktop.usecases.changes import Changes


class Navigator(Protocol):
    """Implemented by the main window; views use it to move the user elsewhere."""

    def show_view(self, name: str) -> None: ...

    def open_family(self, family_id: int, *, kind: str = "", ref_id: int = 0) -> None:
        """Open the family view; `kind`/`ref_id` select an item (e.g. "interview", 12)."""
        ...

    def open_interview_mode(self, family_id: int) -> None: ...

    def status(self, message: str) -> None:
        """A short message in the status bar (never a name)."""
        ...


class View(QWidget):
    """Base of the main window's views.

    `refresh()` reads what the view shows from the session's records; `clear()` drops every
    piece of decrypted data the view holds (models, text fields) and is called on lock.
    """

    name = "view"

    def __init__(
        self, *, session: Session, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.navigator = navigator
        self.build()

    def build(self) -> None:
        """Make the view's widgets (called once, by `__init__`, with session and navigator set)."""

    def title(self) -> str:
        return self.name

    def refresh(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether `changes` touch what this view shows (every view shows something of
        everything unless it says otherwise)."""
        return bool(changes.kinds)

    def made(self, changes: Changes) -> bool:
        """Whether this view (or a widget inside it) made `changes`: it already shows them."""
        origin = changes.origin
        return origin is self or (isinstance(origin, QWidget) and self.isAncestorOf(origin))

    def records_changed(self, changes: Changes) -> None:
        """A change notice: reload unless it is this view's own change or none of its business."""
        if self.session.is_unlocked and not self.made(changes) and self.concerns(changes):
            self.refresh()

    def host_form(self, name: str, *, margin: int | None = 0) -> QWidget:
        """Load `ui/<name>.ui` as the whole content of the view, `margin` pixels from its
        edges (None: the style's own margins)."""
        form = load_form(name, self)
        layout = QVBoxLayout(self)
        if margin is not None:
            layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(form)
        return form


def fixed_rows(table: QTableView) -> None:
    """No row numbers, rows of one fixed height (no per-row measuring), the last column wide."""
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
