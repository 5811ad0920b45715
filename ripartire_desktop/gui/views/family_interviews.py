"""Interviews tab: the timeline of interviews and desk contacts, newest first, and the full note."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from ripartire_desktop.domain import Family, FirstContact, Interview, InterviewMode, NeedArea
from ripartire_desktop.gui.clipboard import (
    ClipboardGuard,
    SensitivePlainTextEdit,
    SensitiveTextEdit,
)
from ripartire_desktop.gui.dates import DateTimeInput, confirm_dates
from ripartire_desktop.gui.forms import child, host_layout
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_dialogs import FormDialog
from ripartire_desktop.gui.views.family_fields import (
    combo_value,
    fill_combo,
    fmt_moment,
    set_combo_value,
    vocab,
)
from ripartire_desktop.gui.views.family_tabs import FamilyTab
from ripartire_desktop.gui.views.family_widgets import (
    RowsModel,
    select_row,
    selected_row,
    setup_table,
)
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.form_drafts import plain, record_from
from ripartire_desktop.usecases.interviews import update_interviews

PREVIEW_LINES = 2
PREVIEW_CHARS = 140


def preview(text: str) -> str:
    """The first lines of a note, on one line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    joined = " / ".join(lines)
    return joined if len(joined) <= PREVIEW_CHARS else joined[: PREVIEW_CHARS - 1] + "…"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    kind: str  # "interview" or "first_contact"
    id: int
    at: datetime
    interview: Interview | None = None
    contact: FirstContact | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


class TimelineModel(RowsModel[TimelineEntry]):
    headers = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "Mode"),
        QT_TRANSLATE_NOOP("TimelineModel", "Duration"),
        QT_TRANSLATE_NOOP("TimelineModel", "Topics"),
        QT_TRANSLATE_NOOP("TimelineModel", "Notes"),
    )

    def row_id(self, row: TimelineEntry) -> tuple[str, int]:
        return row.key

    def cell(self, row: TimelineEntry, column: int) -> str:
        if column == 0:
            return fmt_moment(row.at)
        if row.interview is not None:
            i = row.interview
            cells = (
                vocab(i.mode),
                self.tr("{0} min").format(i.duration_minutes),
                ", ".join(vocab(t) for t in i.topics),
                preview(i.notes),
            )
        else:
            c = row.contact
            assert c is not None
            cells = (
                self.tr("Desk contact ({0})").format(vocab(c.channel)),
                "",
                vocab(c.outcome),
                preview("\n".join(t for t in (c.request, c.notes) if t)),
            )
        return cells[column - 1]


class InterviewDialog(FormDialog):
    """Editing an interview already written (new ones are written in interview mode)."""

    def __init__(
        self,
        interview: Interview,
        store: Callable[[Interview], None],
        parent: QWidget,
        guard: ClipboardGuard,
    ) -> None:
        super().__init__(
            "family_interview_dialog",
            self.tr("Interview of {0}").format(fmt_moment(interview.starts_at)),
            store,
            parent,
        )
        f = self.form
        self.starts_at = child(f, DateTimeInput, "startsAtEdit")
        self.duration = child(f, QSpinBox, "durationSpin")
        self.mode = child(f, QComboBox, "modeCombo")
        self.participants = child(f, QLineEdit, "participantsEdit")
        self.topics = child(f, QListWidget, "topicsList")
        self.next_steps = child(f, QPlainTextEdit, "nextStepsEdit")
        self.next_appointment = child(f, DateTimeInput, "nextAppointmentEdit")
        self.next_appointment.setRequired(False)
        holder = child(f, QWidget, "notesHolder")
        self.notes = SensitivePlainTextEdit(parent=holder, guard=guard)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        host_layout(holder).addWidget(self.notes)
        child(f, QLabel, "notesHolderLabel").setBuddy(self.notes)
        fill_combo(self.mode, list(InterviewMode))
        for area in NeedArea:
            item = QListWidgetItem(vocab(area), self.topics)
            item.setData(Qt.ItemDataRole.UserRole, area.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if area in interview.topics else Qt.CheckState.Unchecked
            )
        self.errors.bind_form(
            f,
            {
                "starts_at": "startsAtEdit",
                "duration_minutes": "durationSpin",
                "participants": "participantsEdit",
                "topics": "topicsList",
                "next_steps": "nextStepsEdit",
                "next_appointment": "nextAppointmentEdit",
            },
        )
        self.errors.bind("notes", self.notes, child(f, QLabel, "notesHolderError"))
        self._interview = interview
        self.starts_at.setMoment(interview.starts_at)
        self.duration.setValue(interview.duration_minutes)
        set_combo_value(self.mode, interview.mode)
        self.participants.setText(interview.participants)
        self.notes.setPlainText(interview.notes)
        self.next_steps.setPlainText(interview.next_steps)
        self.next_appointment.setMoment(interview.next_appointment)
        self.resize(640, 680)

    def value(self) -> Interview:
        topics = tuple(
            NeedArea(self.topics.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.topics.count())
            if self.topics.item(i).checkState() == Qt.CheckState.Checked
        )
        record = replace(
            self._interview,
            starts_at=self.starts_at.required_moment(),
            duration_minutes=self.duration.value(),
            mode=combo_value(self.mode, InterviewMode) or self._interview.mode,
            participants=self.participants.text().strip(),
            notes=self.notes.toPlainText(),
            topics=topics,
            next_steps=self.next_steps.toPlainText().strip(),
            next_appointment=self.next_appointment.moment(),
        )
        confirm_dates(self, record)
        return record


class InterviewsTab(FamilyTab):
    """The family's timeline; an edited interview is staged in it until the tab's Save."""

    form_name = "family_interviews"
    editable = True
    open_interview_mode: Callable[[int], None] | None = None

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        f = self.form
        self.table = child(f, QTableView, "timelineTable")
        self.new_button = child(f, QPushButton, "newNoteButton")
        self.edit_button = child(f, QPushButton, "editButton")
        holder = child(f, QWidget, "detailHolder")
        self.detail = SensitiveTextEdit(parent=holder, guard=session.clipboard)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Full note"))
        self.detail.setPlaceholderText(self.tr("Select an interview to read its full note."))
        host_layout(holder).addWidget(self.detail)
        self.model = TimelineModel(self)
        setup_table(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_button.clicked.connect(self._new_note)
        self._edited: dict[int, Interview] = {}  # staged edits, by interview id
        self._update_buttons()

    def _new_note(self) -> None:
        if self.family is not None and self.family.id is not None and self.open_interview_mode:
            self.open_interview_mode(self.family.id)

    def selected(self) -> TimelineEntry | None:
        return self.model.row_at(selected_row(self.table))

    def _selection_changed(self, *_args: object) -> None:
        entry = self.selected()
        self.detail.setHtml(self.detail_html(entry) if entry else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.edit_button.setEnabled(entry is not None and entry.kind == "interview")
        self.new_button.setEnabled(self.family is not None)

    def edit_selected(self) -> InterviewDialog | None:
        entry = self.selected()
        if entry is None or entry.interview is None:
            return None

        dialog = InterviewDialog(entry.interview, self.stage, self, self.session.clipboard)
        self.run_dialog(dialog)
        return dialog

    def stage(self, value: Interview) -> None:
        """An edited interview replaces its entry in the timeline, unsaved until Save."""
        assert value.id is not None
        self._edited[value.id] = value
        rows = self.model.rows()
        position = self.model.row_of(("interview", value.id))
        rows[position] = TimelineEntry("interview", value.id, value.starts_at, interview=value)
        self.model.set_rows(rows)
        select_row(self.table, position)
        self._selection_changed()
        self.mark_dirty()

    def write(self) -> Changes:
        assert self.family is not None and self.family.id is not None
        return update_interviews(self.records, self.family.id, list(self._edited.values()))

    def draft_extra(self) -> dict[str, Any]:
        return {"edited": plain(list(self._edited.values()))}

    def draft_restore_extra(self, extra: dict[str, Any]) -> None:
        for data in extra.get("edited", []):
            interview = record_from(Interview, data)
            if self.model.row_of(("interview", interview.id)) >= 0:
                self.stage(interview)

    def fill(self, family: Family) -> None:
        assert family.id is not None
        self._edited = {}
        previous = self.selected()
        entries = [
            TimelineEntry("interview", i.id, i.starts_at, interview=i)
            for i in self.records.interviews.for_family(family.id)
            if i.id is not None
        ]
        entries += [
            TimelineEntry("first_contact", c.id, c.occurred_at, contact=c)
            for c in self.records.first_contacts.for_family(family.id)
            if c.id is not None
        ]
        entries.sort(key=lambda e: (e.at, e.kind == "interview", e.id), reverse=True)
        self.model.set_rows(entries)
        if previous is not None:
            select_row(self.table, self.model.row_of(previous.key))
        self._selection_changed()

    def empty(self) -> None:
        self._edited = {}
        self.model.clear()
        self.detail.clear()
        self._update_buttons()

    def select(self, kind: str, ref_id: int) -> bool:
        if kind not in ("interview", "first_contact"):
            return False
        select_row(self.table, self.model.row_of((kind, ref_id)))
        self.table.setFocus()
        return True

    def detail_html(self, entry: TimelineEntry) -> str:
        """The whole entry as escaped rich text: what was typed is never interpreted as markup."""

        def block(title: str, text: str) -> str:
            if not text.strip():
                return ""
            body = html.escape(text).replace("\n", "<br>")
            return f"<p><b>{html.escape(title)}</b><br>{body}</p>"

        if entry.interview is not None:
            i = entry.interview
            head = f"{fmt_moment(i.starts_at)} · {vocab(i.mode)} · " + self.tr("{0} min").format(
                i.duration_minutes
            )
            parts = [
                f"<h3>{html.escape(head)}</h3>",
                block(self.tr("Participants"), i.participants),
                block(self.tr("Topics"), ", ".join(vocab(t) for t in i.topics)),
                block(self.tr("Notes"), i.notes),
                block(self.tr("Next steps"), i.next_steps),
                block(self.tr("Next appointment"), fmt_moment(i.next_appointment)),
            ]
        else:
            c = entry.contact
            assert c is not None
            head = f"{fmt_moment(c.occurred_at)} · " + self.tr("Desk contact ({0})").format(
                vocab(c.channel)
            )
            parts = [
                f"<h3>{html.escape(head)}</h3>",
                block(self.tr("Outcome"), vocab(c.outcome)),
                block(self.tr("Request"), c.request),
                block(self.tr("Notes"), c.notes),
            ]
        return "".join(parts)
