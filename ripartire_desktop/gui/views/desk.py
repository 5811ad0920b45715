"""The drop-in desk: log a first contact in seconds (anonymous unless a code is typed), see
the last 30 days, and turn an anonymous contact into a family. Codes only, never names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from ripartire_desktop.domain import (
    Channel,
    FirstContact,
    FirstContactOutcome,
    choices,
    label,
)
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.clipboard import SensitivePlainTextEdit
from ripartire_desktop.gui.dates import DateProblem, DateTimeInput, NotConfirmed, confirm_dates
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.forms import child, host_layout
from ripartire_desktop.gui.lang import datetime_format, to_qdatetime, ui_language
from ripartire_desktop.gui.models.rows import Index, ListModel
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.base import View, fixed_rows
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.desk import (
    UnknownFamilyCodeError,
    family_codes_like,
    recent_desk_contacts,
    save_desk_contact,
    turn_into_family,
)

PREVIEW_CHARS = 60


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The first words of a request, on one line."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut + "…"


@dataclass(frozen=True, slots=True)
class ContactRow:
    contact_id: int
    family_id: int | None
    when: str
    family: str  # the code, or "anonymous"
    channel: str
    outcome: str
    request: str


class ContactsModel(ListModel[ContactRow]):
    """Recent desk contacts, newest first (ordered in SQL); display text only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("When"),
            self.tr("Family"),
            self.tr("Channel"),
            self.tr("Outcome"),
            self.tr("Request"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.when, row.family, row.channel, row.outcome, row.request)[index.column()]
        return None


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
        self.message = child(self.form, QLabel, "messageLabel")
        self.save_button = child(self.form, QPushButton, "saveButton")
        self.turn_button = child(self.form, QPushButton, "turnButton")
        self.table = child(self.form, QTableView, "contactsTable")
        self.notes = self._notes_editor(self.session)
        self._fill_choices()
        self.family_error.setStyleSheet(palette.ERROR_STYLE)
        self.when.use_label("occurred_at", lambda text: say(self.message, text, error=True))
        self.family_error.hide()
        self.codes = self._code_completer()
        self.model = ContactsModel(self)
        self.table.setModel(self.model)
        self._set_up_table()
        self._when_touched = False
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

    def _notes_editor(self, session: Session) -> SensitivePlainTextEdit:
        notes = SensitivePlainTextEdit(guard=session.clipboard, parent=self.form)
        notes.setObjectName("notesEdit")
        notes.setAccessibleName(self.tr("Notes"))
        notes.setTabChangesFocus(True)
        # A fixed height: an expanding editor would make the form spread its rows apart.
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 14)
        notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        holder = child(self.form, QWidget, "notesHost")
        host_layout(holder).addWidget(notes)
        child(self.form, QLabel, "notesLabel").setBuddy(notes)
        QWidget.setTabOrder(self.request, notes)
        QWidget.setTabOrder(notes, self.family)
        QWidget.setTabOrder(self.family, self.when)
        return notes

    def _fill_choices(self) -> None:
        lang = ui_language()
        for value, text in choices(Channel, lang):
            self.channel.addItem(text, value.value)
        for value, text in choices(FirstContactOutcome, lang):
            self.outcome.addItem(text, value.value)

    def _code_completer(self) -> QStringListModel:
        # Codes only: the completer never sees a name.
        codes = QStringListModel(self)
        completer = QCompleter(codes, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.family.setCompleter(completer)
        self.family.textEdited.connect(self._suggest_codes)
        return codes

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fixed_rows(table)
        # Widths from the longest possible text, not from the rows (no per-row measuring).
        metrics = table.fontMetrics()
        lang = ui_language()
        samples = (
            ["00/00/0000 00:00"],
            ["RIP-0000-000", self.tr("anonymous")],
            [text for _, text in choices(Channel, lang)],
            [text for _, text in choices(FirstContactOutcome, lang)],
        )
        for column, texts in enumerate(samples):
            width = max(metrics.horizontalAdvance(text) for text in texts) + 24
            if column >= 2:  # long channel and outcome labels elide; the tooltip has them
                width = min(width, metrics.averageCharWidth() * 18)
            table.setColumnWidth(column, width)

    def title(self) -> str:
        return self.tr("Drop-in desk")

    # --- the form -------------------------------------------------------------------------

    def _touch_when(self) -> None:
        if not self._loading_when:
            self._when_touched = True

    def _reset_form(self) -> None:
        self._loading_when = True
        self.when.setMoment(datetime.now())
        self._loading_when = False
        self._when_touched = False
        self.channel.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.request.setText("")  # setText, not clear(): clear() keeps an undo history
        self.notes.setPlainText("")
        self.family.setText("")
        self.family_error.setText("")
        self.family_error.hide()

    def _suggest_codes(self, text: str) -> None:
        if not self.session.is_unlocked or len(text.strip()) < 2:
            self.codes.setStringList([])
            return
        self.codes.setStringList(family_codes_like(self.session.records, text))

    def save_contact(self) -> None:
        if not self.session.is_unlocked:
            return
        code = self.family.text().strip()
        # "When" means now unless the counsellor changed it: the form may have been open a while.
        try:
            moment = self.when.required_moment() if self._when_touched else datetime.now()
        except DateProblem:
            self.when.setFocus()
            return
        typed = FirstContact(
            occurred_at=moment.replace(microsecond=0),
            channel=Channel(self.channel.currentData()),
            outcome=FirstContactOutcome(self.outcome.currentData()),
            request=self.request.text(),
            notes=self.notes.toPlainText(),
        )
        try:
            confirm_dates(self, typed)
        except NotConfirmed:
            self.when.setFocus()
            return
        try:
            contact, changes = save_desk_contact(self.session.records, typed, family_code=code)
        except UnknownFamilyCodeError:
            self.family_error.setText(
                self.tr("No family has this code: correct it, or leave it empty.")
            )
            self.family_error.show()
            self.family.setFocus()
            return
        assert contact.id is not None
        self._reset_form()
        self.message.setText(
            self.tr("Contact saved (linked to {0}).").format(code.upper())
            if contact.family_id is not None
            else self.tr("Contact saved (anonymous).")
        )
        self.channel.setFocus()
        self._load_recent()
        self.session.saved(changes.from_(self))
        self.contact_logged.emit(contact.id)

    # --- the recent list -------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        # The list shows contacts and the codes of their families.
        return changes.concerns(Kind.DESK, Kind.FAMILIES)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        if not self._when_touched:
            self._loading_when = True
            self.when.setMoment(datetime.now())
            self._loading_when = False
        self._load_recent()

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
        row = self._selected()
        self.turn_button.setEnabled(row is not None and row.family_id is None)

    def _open_linked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and row.family_id is not None:
            self.navigator.open_family(row.family_id, kind="first_contact", ref_id=row.contact_id)

    def turn_into_family(self) -> None:
        row = self._selected()
        if row is None or row.family_id is not None or not self.session.is_unlocked:
            return
        family, changes = turn_into_family(self.session.records, row.contact_id, on=date.today())
        if family is None:  # gone, or linked meanwhile
            self._load_recent()
            return
        assert family.id is not None
        self._load_recent()
        self.session.saved(changes.from_(self))
        self.navigator.status(self.tr("Family {0} created from the contact.").format(family.code))
        self.navigator.open_family(family.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.channel.setFocus()  # "When" defaults to now: most contacts start here

    def clear(self) -> None:
        self._reset_form()
        self.message.setText("")
        self.codes.setStringList([])
        self.model.set_rows([])
        self.turn_button.setEnabled(False)
