"""The desk's hand-over: "Hand over…" for a contact that is not a family's (an appointment a
colleague will take), next to Edit and Delete; a contact handed over cannot be edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QPushButton

from ripartire_desktop.gui.dialogs.handover import HandoverDialog
from ripartire_desktop.gui.forms import child
from ripartire_desktop.usecases.changes import Changes

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.desk import DeskView


class DeskHandover(QObject):
    def __init__(self, view: DeskView) -> None:
        super().__init__(view)
        self._view = view
        self.button = QPushButton(self.tr("Hand o&ver…"))
        self.button.setToolTip(
            self.tr("Send the selected contact, sealed and signed, to a colleague on your team")
        )
        delete = child(view.form, QPushButton, "deleteButton")
        parent = delete.parentWidget()
        layout = next(
            (
                box
                for box in (parent.findChildren(QBoxLayout) if parent else [])
                if box.indexOf(delete) >= 0
            ),
            None,
        )
        assert layout is not None
        layout.insertWidget(layout.indexOf(delete) + 1, self.button)
        self.button.clicked.connect(lambda _checked=False: self.open_dialog())
        view.table.selectionModel().currentChanged.connect(self.update)
        self.dialog: HandoverDialog | None = None
        self.update()

    def _contact_id(self) -> int | None:
        """The selected contact, if it is anonymous, not handed over, and the vault open."""
        row = self._view.model.row_at(self._view.table.currentIndex())
        if row is None or row.family_id is not None or not self._view.session.is_unlocked:
            return None
        handovers = self._view.session.records.handovers
        return None if handovers.sent_for_desk(row.contact_id) else row.contact_id

    def update(self, *_args: object) -> None:
        self.button.setEnabled(self._contact_id() is not None)

    def open_dialog(self) -> HandoverDialog | None:
        contact_id = self._contact_id()
        if contact_id is None:
            return None
        dialog = HandoverDialog(
            self._view.session.core,
            self.tr("desk contact"),
            self._view,
            desk_contact_id=contact_id,
        )
        dialog.handed_over.connect(self._done)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _done(self, changes: Changes) -> None:
        self._view.refresh()
        self._view.session.saved(changes.from_(self._view))
        self.update()
