"""What every view of the main window offers, and how views ask to go somewhere else."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from ripartire_desktop.gui.session import Session


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

    def title(self) -> str:
        return self.name

    def refresh(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError
