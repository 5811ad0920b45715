"""The drop-in desk: log a first contact in seconds (anonymous unless a code is typed), see
the last 30 days, and turn an anonymous contact into a family. Codes only, never names."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ripartire_desktop.domain import (
    Channel,
    FirstContact,
    FirstContactOutcome,
    label,
)
from ripartire_desktop.gui.dates import DateProblem, DateTimeInput, NotConfirmed, confirm_dates
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import datetime_format, to_qdatetime, ui_language
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.gui.views.desk_form import desk_fields, keep_desk_form, notes_editor
from ripartire_desktop.gui.views.desk_handover import DeskHandover
from ripartire_desktop.gui.views.desk_model import (
    ContactRow,
    ContactsModel,
    code_completer,
    fill_choices,
    preview,
    size_columns,
)
from ripartire_desktop.gui.views.family_dialogs import confirm
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.desk import (
    EmptyContactError,
    UnknownFamilyCodeError,
    correct_desk_contact,
    default_appointment,
    delete_desk_contact,
    desk_contact,
    family_codes_like,
    recent_desk_contacts,
    save_desk_contact,
    turn_into_family,
)

__all__ = ["DeskView", "preview"]


class DeskView(View):
    name = "desk"
    contact_logged = Signal(int)  # the new contact's id

    def build(self) -> None:
        self.form = self.host_form("desk")
        self.when = child(self.form, DateTimeInput, "whenEdit")
        self.channel = child(self.form, QComboBox, "channelCombo")
        self.outcome = child(self.form, QComboBox, "outcomeCombo")
        self.request = child(self.form, QLineEdit, "requestEdit")
        self.family = child(self.form, QLineEdit, "familyEdit")
        self.family_error = child(self.form, QLabel, "familyError")
        self.request_error = child(self.form, QLabel, "requestError")
        self.appointment = child(self.form, DateTimeInput, "appointmentEdit")
        self.box = child(self.form, QGroupBox, "newContactBox")
        self._new_title = self.box.title()  # the form's own, translated with it
        self.correct_button = child(self.form, QPushButton, "correctButton")
        self.delete_button = child(self.form, QPushButton, "deleteButton")
        self.cancel_edit_button = child(self.form, QPushButton, "cancelEditButton")
        self.editing: int | None = None  # the contact being corrected
        self.message = child(self.form, QLabel, "messageLabel")
        self.save_button = child(self.form, QPushButton, "saveButton")
        self.turn_button = child(self.form, QPushButton, "turnButton")
        self.table = child(self.form, QTableView, "contactsTable")
        self.notes = notes_editor(self)
        fill_choices(self.channel, self.outcome)
        for error in (self.family_error, self.request_error):
            say(error, "", error=True)  # hidden until it has something to say, in red
        self.when.use_label("occurred_at", lambda text: say(self.message, text, error=True))
        self.appointment.use_label(
            "appointment_at", lambda text: say(self.message, text, error=True)
        )
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.cancel_edit_button.clicked.connect(self.cancel_correction)
        QWidget.setTabOrder(self.when, self.appointment)
        self.codes = code_completer(self.family)
        self.family.textEdited.connect(self._suggest_codes)
        self.model = ContactsModel(self)
        self.table.setModel(self.model)
        self.handover = DeskHandover(self)  # "Hand over…" beside Edit and Delete
        size_columns(self.table, self.tr("anonymous"))
        self.when_touched = False
        self._loading_when = False
        self.when.dateTimeChanged.connect(self._touch_when)
        self.save_button.clicked.connect(self.save_contact)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.form)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_contact)
        self.turn_button.clicked.connect(self.turn_into_family)
        self.table.activated.connect(self._open_linked)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self._reset_form()
        self.keeper = keep_desk_form(self)

    def title(self) -> str:
        return self.tr("Drop-in desk")

    # --- the form -------------------------------------------------------------------------

    def _touch_when(self) -> None:
        if not self._loading_when:
            self.when_touched = True

    def _reset_form(self) -> None:
        self._loading_when = True
        self.when.setMoment(datetime.now())
        self._loading_when = False
        self.when_touched = False
        self.channel.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.request.setText("")  # setText, not clear(): clear() keeps an undo history
        self.notes.setPlainText("")
        self.family.setText("")
        self.appointment.setMoment(default_appointment(datetime.now()))
        self._outcome_changed()
        self._hide_errors()
        self.editing = None
        self.loaded_fields: dict[str, object] | None = None  # a correction's contact, as loaded
        self._original_when: datetime | None = None
        self.box.setTitle(self._new_title)
        self.cancel_edit_button.hide()

    def _hide_errors(self) -> None:
        for error in (self.family_error, self.request_error):
            error.setText("")
            error.hide()

    def _show_error(self, label: QLabel, text: str, focus: QWidget) -> None:
        # A new problem replaces the last "saved" message: the two never show together.
        self.message.setText("")
        label.setText(text)
        label.show()
        focus.setFocus()

    def _say(self, text: str) -> None:
        self._hide_errors()
        self.message.setText(text)

    def _outcome_changed(self, *_: object) -> None:
        booked = self.outcome.currentData() == FirstContactOutcome.APPOINTMENT_BOOKED.value
        self.appointment.setEnabled(booked)

    def _suggest_codes(self, text: str) -> None:
        if not self.session.is_unlocked or len(text.strip()) < 2:
            self.codes.setStringList([])
            return
        self.codes.setStringList(family_codes_like(self.session.records, text))

    def _typed_contact(self) -> FirstContact | None:
        """The contact as the form holds it; None (with the field told) if a date is unreadable
        or an unlikely date was not confirmed."""
        # "When" means now unless the counsellor changed it: the form may have been open a while.
        # A correction keeps the stored moment (to the second) unless "When" was changed.
        untouched = self._original_when or datetime.now()
        outcome = FirstContactOutcome(self.outcome.currentData())
        booked = outcome == FirstContactOutcome.APPOINTMENT_BOOKED
        field = self.when
        try:
            moment = self.when.required_moment() if self.when_touched else untouched
            field = self.appointment
            appointment = self.appointment.required_moment() if booked else None
            typed = FirstContact(
                occurred_at=moment.replace(microsecond=0),
                channel=Channel(self.channel.currentData()),
                outcome=outcome,
                request=self.request.text(),
                notes=self.notes.toPlainText(),
                appointment_at=(
                    None if appointment is None else appointment.replace(second=0, microsecond=0)
                ),
                id=self.editing,
            )
            self._hide_errors()
            field = self.when
            confirm_dates(self, typed)
        except (DateProblem, NotConfirmed):
            field.setFocus()
            return None
        return typed

    def _write(self, typed: FirstContact, code: str) -> tuple[FirstContact | None, Changes]:
        """Save or correct `typed`; (None, changes) when the contact was deleted meanwhile."""
        if self.editing is None:
            return save_desk_contact(self.session.records, typed, family_code=code)
        return correct_desk_contact(self.session.records, typed, family_code=code)

    def save_contact(self) -> None:
        if not self.session.is_unlocked:
            return
        typed = self._typed_contact()
        if typed is None:
            return
        code = self.family.text().strip()
        try:
            saved, changes = self._write(typed, code)
        except UnknownFamilyCodeError:
            self._show_error(
                self.family_error,
                self.tr("No family has this code: correct it, or leave it empty."),
                self.family,
            )
            return
        except EmptyContactError:
            self._show_error(
                self.request_error,
                self.tr("Write what was asked, in a few words (or a note), or a family code."),
                self.request,
            )
            return
        corrected = self.editing is not None
        self._reset_form()
        self._load_recent()
        if saved is None:  # deleted meanwhile
            return
        assert saved.id is not None
        if corrected:
            self._say(self.tr("Contact corrected."))
        elif saved.family_id is not None:
            self._say(self.tr("Contact saved (linked to {0}).").format(code.upper()))
        else:
            self._say(self.tr("Contact saved (anonymous)."))
        self.channel.setFocus()
        self.session.saved(changes.from_(self))
        if not corrected:
            self.contact_logged.emit(saved.id)

    def correct_selected(self) -> None:
        """Load the selected contact into the form: Save then rewrites it (audited)."""
        row = self._selected()
        if row is not None and self.session.is_unlocked and not self.edit_contact(row.contact_id):
            self._load_recent()  # deleted meanwhile

    def edit_contact(self, contact_id: int) -> bool:
        """The stored contact in the form, to be corrected; False if it is gone."""
        found = desk_contact(self.session.records, contact_id)
        if found is None:
            return False
        contact, code = found
        self._reset_form()
        self.editing = contact.id
        self._original_when = contact.occurred_at
        self._loading_when = True
        self.when.setMoment(contact.occurred_at)
        self._loading_when = False
        self.channel.setCurrentIndex(self.channel.findData(contact.channel.value))
        self.outcome.setCurrentIndex(self.outcome.findData(contact.outcome.value))
        if contact.appointment_at is not None:
            self.appointment.setMoment(contact.appointment_at)
        self.request.setText(contact.request)
        self.notes.setPlainText(contact.notes)
        self.family.setText(code)
        when = to_qdatetime(contact.occurred_at).toString(datetime_format())
        self.box.setTitle(self.tr("Correct the contact of {0}").format(when))
        self.cancel_edit_button.show()
        self.message.setText("")
        self.request.setFocus()
        self.loaded_fields = desk_fields(self)
        return True

    def say_restored(self) -> None:
        self._say(self.tr("What was typed before the lock is back in the form: check it and save."))

    def cancel_correction(self) -> None:
        self._reset_form()
        self.message.setText("")
        self.channel.setFocus()

    def delete_selected(self) -> None:
        row = self._selected()
        if row is None or not self.session.is_unlocked:
            return
        contact_id = row.contact_id

        def delete() -> None:
            changes = delete_desk_contact(self.session.records, contact_id)
            if self.editing == contact_id:
                self._reset_form()
            self._say(self.tr("Contact deleted."))
            self._load_recent()
            self.session.saved(changes.from_(self))

        self._delete_box = confirm(
            self,
            self.tr("Delete the contact of {0} ({1})? This cannot be undone.").format(
                row.when, row.family
            ),
            delete,
        )

    # --- the recent list -------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        # The list shows contacts and the codes of their families.
        return changes.concerns(Kind.DESK, Kind.FAMILIES)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        if not self.when_touched:
            self._loading_when = True
            self.when.setMoment(datetime.now())
            self._loading_when = False
        self._load_recent()
        if self.isVisible():
            self.keeper.offer()

    def _load_recent(self) -> None:
        lang = ui_language()
        rows = []
        for entry in recent_desk_contacts(self.session.records, today=date.today()):
            c = entry.contact
            assert c.id is not None
            rows.append(
                ContactRow(
                    contact_id=c.id,
                    family_id=c.family_id,
                    when=to_qdatetime(c.occurred_at).toString(datetime_format()),
                    family=entry.code or self.tr("anonymous"),
                    channel=label(c.channel, lang),
                    outcome=label(c.outcome, lang),
                    request=preview(c.request),
                )
            )
        self.model.set_rows(rows)
        self._selection_changed()

    def _selected(self) -> ContactRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _selection_changed(self, *_: object) -> None:
        self._enable_row_buttons(self._selected())

    def _enable_row_buttons(self, row: ContactRow | None) -> None:
        self.turn_button.setEnabled(row is not None and row.family_id is None)
        self.correct_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.handover.update()

    def _open_linked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and row.family_id is not None:
            self.navigator.open_family(row.family_id, kind="first_contact", ref_id=row.contact_id)

    def turn_into_family(self) -> None:
        row = self._selected()
        if row is None or row.family_id is not None or not self.session.is_unlocked:
            return
        family, changes = turn_into_family(self.session.records, row.contact_id, on=date.today())
        self._load_recent()
        if family is None or family.id is None:  # gone, or linked meanwhile
            return
        self.session.saved(changes.from_(self))
        self.navigator.status(self.tr("Family {0} created from the contact.").format(family.code))
        self.navigator.open_family(family.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.channel.setFocus()  # "When" defaults to now: most contacts start here
        self.keeper.offer()

    def clear(self) -> None:
        self._reset_form()
        self.message.setText("")
        self.codes.setStringList([])
        self.model.set_rows([])
        self._enable_row_buttons(None)
