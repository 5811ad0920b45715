"""Interview mode: a distraction-free note for one family that saves itself while typing.

Only the family's code is on screen. Every edit is written to the family's draft inside the
encrypted vault within AUTOSAVE_MS (and at once on focus-out, close and lock), so a crash or a
kill loses at most the last fraction of a second; "Save interview" turns the draft into an
interview in one transaction.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton

from ripartire_desktop.domain import ValidationError
from ripartire_desktop.gui.dates import NotConfirmed, confirm_dates
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import datetime_format, to_qdatetime
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.gui.views.interview_fields import InterviewFields, this_minute
from ripartire_desktop.store.connection import DatabaseError
from ripartire_desktop.store.errors import VaultLockedError
from ripartire_desktop.store.records.families import FamilyNotFoundError
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.interviews import (
    discard_interview_draft,
    interview_draft,
    keep_interview_draft,
    save_interview_note,
)

AUTOSAVE_MS = 400
DURABLE_EVERY_S = 5.0  # while typing, an fsync'd save at least this often


class InterviewView(View):
    name = "interview"
    draft_saved = Signal()  # after each committed autosave
    interview_saved = Signal(int)  # the new interview's id

    def build(self) -> None:
        self.form = self.host_form("interview")
        self.fields = InterviewFields(self.form, guard=self.session.clipboard)
        self.family_id: int | None = None
        self._dirty = False
        self._loading = False
        # A trailing throttle rather than a pure debounce: a counsellor who types without
        # pausing still gets a save every AUTOSAVE_MS.
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self._last_durable = time.monotonic()
        self.fields.changed.connect(self._edited)
        self.fields.focus_left.connect(self.save_draft)
        self.save_button = child(self.form, QPushButton, "saveButton")
        self.close_button = child(self.form, QPushButton, "closeButton")
        self.discard_button = child(self.form, QPushButton, "discardButton")
        self.save_button.clicked.connect(self.save_interview)
        self.close_button.clicked.connect(self.close_note)
        self.discard_button.clicked.connect(self.discard_draft)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.close_note),
            (QKeySequence.StandardKey.Save, self.save_interview),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.fields.empty()

    def title(self) -> str:
        return self.tr("Interview note")

    @contextlib.contextmanager
    def _quietly(self) -> Iterator[None]:
        """Fill the inputs without that counting as typing."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    # --- opening ------------------------------------------------------------------------

    def open(self, family_id: int) -> None:
        """Start (or resume) the note of `family_id`: its draft if there is one."""
        self.save_draft()
        family = self.session.records.families.get(family_id)
        draft = interview_draft(self.session.records, family_id)
        with self._quietly():
            self.family_id = family_id
            self._dirty = False
            self.fields.code.setText(family.code)
            if draft is None:
                self.fields.reset(this_minute())
                self.fields.status.setText(self.tr("New note: it saves itself as you type."))
            else:
                self.fields.load(draft)
                self.fields.status.setText(
                    self.tr("Draft restored from {0}").format(self._when(draft.updated_at))
                )
        self.fields.notes.setFocus()

    @staticmethod
    def _when(moment: datetime | None) -> str:
        if moment is None:
            return ""
        return QLocale().toString(to_qdatetime(moment), datetime_format())

    def concerns(self, changes: Changes) -> bool:
        return self.family_id is not None and changes.concerns_family(self.family_id)

    def refresh(self) -> None:
        """Nothing typed is reloaded (the inputs are the truth); only check the family exists."""
        if self.family_id is None or not self.session.is_unlocked:
            return
        try:
            self.session.records.families.get(self.family_id)
        except FamilyNotFoundError:  # erased meanwhile: its draft went with it
            self._forget()

    # --- autosave -----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self.family_id is None:
            return
        self._dirty = True
        if not self.autosave.isActive():
            self.autosave.start()

    def _autosave(self) -> None:
        # Saves while typing skip the disk flush (they survive a crash or kill, not a power
        # cut); one in DURABLE_EVERY_S, and every save on focus-out, close or lock, flush.
        self.save_draft(durable=time.monotonic() - self._last_durable >= DURABLE_EVERY_S)

    def save_draft(self, *, durable: bool = True) -> bool:
        """Write the pending edits to the family's draft now; True when nothing is pending."""
        self.autosave.stop()
        if self.family_id is None or not self._dirty:
            return True
        if not self.session.is_unlocked:
            return False
        try:
            saved_at = keep_interview_draft(
                self.session.records, self.fields.draft(self.family_id), durable=durable
            )
        except DatabaseError:
            # Another connection (a backup, a key rotation) holds the write lock for a
            # moment: keep the edits and try again shortly.
            self.autosave.start()
            self.fields.status.setText(self.tr("Draft not saved yet: trying again…"))
            return False
        self._dirty = False
        if durable:
            self._last_durable = time.monotonic()
        self.fields.status.setText(self.tr("Draft saved at {0}").format(self._when(saved_at)))
        self.draft_saved.emit()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_draft()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.family_id is not None:
            QTimer.singleShot(0, self.fields.notes.setFocus)

    # --- leaving ------------------------------------------------------------------------

    def close_note(self) -> None:
        """Back to the family; the draft stays in the vault for next time."""
        family_id = self.family_id
        if family_id is None:
            return
        self.save_draft()
        self._forget()
        self.navigator.status(self.tr("The draft is kept: reopen interview mode to continue."))
        self.navigator.open_family(family_id)

    def save_interview(self) -> None:
        family_id = self.family_id
        if family_id is None:
            return
        self.save_draft()  # whatever happens next, what was typed is safe
        if not self.fields.check():
            return
        draft = self.fields.draft(family_id)
        try:
            interview = draft.to_interview()  # checked here, so the error reaches its field
        except ValidationError as error:
            self.fields.show_error(error.field).setFocus()
            return
        try:
            confirm_dates(self, interview)
        except NotConfirmed:
            self.fields.start.setFocus()
            return
        saved, changes = save_interview_note(self.session.records, draft)
        assert saved.id is not None
        self._forget()
        self.session.saved(changes.from_(self))
        self.navigator.status(self.tr("Interview saved."))
        self.interview_saved.emit(saved.id)
        self.navigator.open_family(family_id, kind="interview", ref_id=saved.id)

    def discard_draft(self) -> None:
        if self.family_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Discard this unsaved note? It cannot be recovered."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosave.stop()
        discard_interview_draft(self.session.records, self.family_id)
        with self._quietly():
            self._dirty = False
            self.fields.reset(this_minute())
            self.fields.status.setText(self.tr("Draft discarded: this is a new note."))
        self.fields.notes.setFocus()

    def _forget(self) -> None:
        self.autosave.stop()
        with self._quietly():
            self._dirty = False
            self.family_id = None
            self.fields.empty()

    def clear(self) -> None:
        """On lock: save what was typed first, then empty every input."""
        with contextlib.suppress(VaultLockedError, DatabaseError):  # locked already
            self.save_draft()
        self._forget()
