"""The desk form's parts that are not the view's flow: the notes editor, and the keeper of
what was typed and not saved when the vault locked (offered back when the desk shows again)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ripartire_desktop.domain import FirstContactOutcome
from ripartire_desktop.gui.clipboard import SensitivePlainTextEdit
from ripartire_desktop.gui.forms import child, host_layout
from ripartire_desktop.gui.views.view_drafts import ViewKeeper

if TYPE_CHECKING:
    from ripartire_desktop.gui.views.desk import DeskView

DESK = "desk"  # the view_drafts row of the desk


def notes_editor(view: DeskView) -> SensitivePlainTextEdit:
    notes = SensitivePlainTextEdit(guard=view.session.clipboard, parent=view.form)
    notes.setObjectName("notesEdit")
    notes.setAccessibleName(QCoreApplication.translate("DeskView", "Notes"))
    notes.setTabChangesFocus(True)
    # A fixed height: an expanding editor would make the form spread its rows apart.
    notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 14)
    notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    holder = child(view.form, QWidget, "notesHost")
    host_layout(holder).addWidget(notes)
    child(view.form, QLabel, "notesLabel").setBuddy(notes)
    QWidget.setTabOrder(view.request, notes)
    QWidget.setTabOrder(notes, view.family)
    QWidget.setTabOrder(view.family, view.when)
    return notes


def desk_fields(view: DeskView) -> dict[str, Any]:
    """The form as typed: dates as their text (a half-typed date is kept too), "when" only if
    the counsellor changed it (otherwise it means "now"), the appointment only when booked."""
    booked = view.outcome.currentData() == FirstContactOutcome.APPOINTMENT_BOOKED.value
    return {
        "when": view.when.text() if view.when_touched else None,
        "channel": view.channel.currentData(),
        "outcome": view.outcome.currentData(),
        "request": view.request.text(),
        "notes": view.notes.toPlainText(),
        "family": view.family.text(),
        "appointment": view.appointment.text() if booked else None,
        "editing": view.editing,
    }


def desk_unsaved(view: DeskView) -> bool:
    """Something typed that Save has not stored: any text of a new contact, or a correction
    that differs from the stored contact."""
    fields = desk_fields(view)
    if view.editing is None:
        return any(fields[key].strip() for key in ("request", "notes", "family"))
    return fields != view.loaded_fields


def restore_desk(view: DeskView, fields: dict[str, Any]) -> None:
    """Put kept fields back in the form, unsaved. A correction whose contact was deleted
    meanwhile comes back as a new contact, so its text is not lost."""
    editing = fields.get("editing")
    if not (isinstance(editing, int) and view.edit_contact(editing)):
        view.cancel_correction()
    for combo, key in ((view.channel, "channel"), (view.outcome, "outcome")):
        index = combo.findData(fields.get(key))
        if index >= 0:
            combo.setCurrentIndex(index)
    for edit, key in ((view.request, "request"), (view.family, "family")):
        edit.setText(str(fields.get(key) or ""))
    view.notes.setPlainText(str(fields.get("notes") or ""))
    when, appointment = fields.get("when"), fields.get("appointment")
    if isinstance(when, str):
        view.when.setText(when)
        view.when_touched = True
    if isinstance(appointment, str):
        view.appointment.setText(appointment)
    view.say_restored()


def keep_desk_form(view: DeskView) -> ViewKeeper:
    return ViewKeeper(
        view,
        view.session,
        DESK,
        unsaved=lambda: desk_unsaved(view),
        fields=lambda: desk_fields(view),
        restore=lambda fields: restore_desk(view, fields),
    )
