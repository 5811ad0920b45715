"""Nothing typed in a form that belongs to no family (the desk's contact, the settings) is lost.

Before the vault locks (Ctrl+L, the idle lock, the desktop's screen lock, quitting), what the
form holds unsaved is kept in the vault (`usecases.form_drafts`, encrypted like everything else),
and offered back the next time the view is shown: Restore or Discard. Esc keeps it for later.
`Asker` is the question both this and the family view's `FormKeeper` put to the counsellor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_fields import fmt_moment
from ripartire_desktop.usecases.form_drafts import discard_view_draft, keep_view_draft, view_draft

Button = QMessageBox.StandardButton


class Asker(QObject):
    """One question at a time, window-modal over `owner`; closed (unanswered) on lock."""

    def __init__(self, owner: QWidget, session: Session) -> None:
        super().__init__(owner)
        self.owner = owner
        self.question: QMessageBox | None = None  # the question open now (tests answer it)
        session.locked.connect(self.close_question)

    def offer_back(
        self, when: datetime, on_restore: Callable[[], None], on_discard: Callable[[], None]
    ) -> QMessageBox:
        """'Unsaved changes from WHEN: restore them?' Restore is the default and Esc's answer:
        nothing is thrown away without a deliberate Discard."""
        box = self.box(
            self.tr("Unsaved changes"),
            self.tr("Unsaved changes from {0}: restore them?").format(fmt_moment(when)),
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        restore.clicked.connect(on_restore)
        discard.clicked.connect(on_discard)
        box.open()
        return box

    def box(self, title: str, text: str) -> QMessageBox:
        self.close_question()
        box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.NoButton, self.owner)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r, b=box: self._done(b))
        self.question = box
        return box

    def _done(self, box: QMessageBox) -> None:
        if self.question is box:
            self.question = None

    def close_question(self) -> None:
        if self.question is not None:
            box, self.question = self.question, None
            box.setText("")
            box.reject()


class ViewKeeper(Asker):
    """Keeps `view`'s unsaved form over a lock under `key`, and offers it back (`offer`).

    `unsaved()` says whether the form holds anything not saved, `fields()` gives it as plain
    data, `restore(fields)` puts it back in the form (unsaved, for the counsellor to check)."""

    def __init__(
        self,
        view: QWidget,
        session: Session,
        key: str,
        *,
        unsaved: Callable[[], bool],
        fields: Callable[[], dict[str, Any]],
        restore: Callable[[dict[str, Any]], None],
    ) -> None:
        super().__init__(view, session)
        self.session = session
        self.key = key
        self._unsaved, self._fields, self._restore = unsaved, fields, restore
        session.about_to_lock.connect(self.stash)

    def stash(self) -> bool:
        """Keep the form's unsaved fields in the vault (still open); True if there were any.
        A form with nothing unsaved leaves an earlier kept draft alone."""
        if not self.session.is_unlocked or not self._unsaved():
            return False
        keep_view_draft(self.session.records, self.key, self._fields())
        return True

    def offer(self) -> QMessageBox | None:
        """If this view's form was kept at a lock, and the form is untouched now, ask."""
        if not self.session.is_unlocked or self.question is not None or self._unsaved():
            return None
        kept = view_draft(self.session.records, self.key)
        if kept is None:
            return None
        fields, when = kept
        return self.offer_back(when, lambda: self._restore_kept(fields), self._discard_kept)

    def _restore_kept(self, fields: dict[str, Any]) -> None:
        if not self.session.is_unlocked:
            return
        self._restore(fields)
        discard_view_draft(self.session.records, self.key)  # in the form again, unsaved

    def _discard_kept(self) -> None:
        if self.session.is_unlocked:
            discard_view_draft(self.session.records, self.key)
