"""The family view's hand-over: "Hand over to a colleague…" in its Documents menu, and the
read-only state of a family handed over ("Handed over to NAME on DATE")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ripartire_desktop.domain import Family
from ripartire_desktop.gui.dialogs.handover import HandoverDialog
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.usecases import handover as cases
from ripartire_desktop.usecases.changes import Changes

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.family import FamilyView


class FamilyHandover(QObject):
    def __init__(self, view: FamilyView, menu: QMenu) -> None:
        super().__init__(view)
        self._view = view
        menu.addSeparator()
        self.action = menu.addAction(self.tr("&Hand over to a colleague…"))
        self.action.setToolTip(
            self.tr("Send the whole record, sealed and signed, to a colleague on your team list")
        )
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        self.dialog: HandoverDialog | None = None
        self.read_only = False

    def set_family(self, family: Family | None) -> None:
        """Enable the action, and make the tabs read-only for a family handed over."""
        session = self._view.session
        sent = None
        if family is not None and session.is_unlocked:
            sent = cases.handed_over(session.records, family.code)
        self.read_only = sent is not None
        self.action.setEnabled(family is not None and not self.read_only)
        for tab in self._view.tab_pages.values():
            tab.setEnabled(not self.read_only)
        if sent is not None:
            self._view.interview_button.setEnabled(False)
            self._view.status_button.setEnabled(False)
            day = show_date(date.fromisoformat(sent.day))
            text = self.tr("Handed over to {0} on {1}: read-only.").format(sent.peer_name, day)
            if sent.identity_removed_at:
                text += " " + self.tr("Names and notes were removed when the receipt came back.")
            self._view.say(text)

    def open_dialog(self) -> HandoverDialog | None:
        family = self._view.family
        if family is None or self.read_only or not self._view.session.is_unlocked:
            return None
        dialog = HandoverDialog(self._view.session.core, family.code, self._view)
        dialog.handed_over.connect(self._done)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: HandoverDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _done(self, changes: Changes) -> None:
        self._view.refresh()
        self._view.session.saved(changes.from_(self._view))

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.read_only = False
        self.action.setEnabled(False)
