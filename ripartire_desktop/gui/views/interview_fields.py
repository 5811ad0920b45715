"""The inputs of interview mode: reading them into a draft, filling them from one, emptying them."""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ripartire_desktop.domain import InterviewDraft, InterviewMode, NeedArea, choices
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.clipboard import ClipboardGuard, SensitivePlainTextEdit
from ripartire_desktop.gui.dates import DateProblem, DateTimeInput
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.forms import child, host_layout, on_edit
from ripartire_desktop.gui.lang import from_qdatetime, ui_language

DEFAULT_MINUTES = 60


def _typed(edit: DateTimeInput, fallback: datetime) -> datetime:
    """What `edit` shows, or `fallback` while its text is not a date yet (a draft is always
    written; saving the note refuses until the text is corrected)."""
    value = edit.dateTime()
    return from_qdatetime(value) if value.isValid() else fallback


def this_minute() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


class InterviewFields(QObject):
    """Wraps the loaded `interview` form. `changed` fires on every edit a user makes;
    `focus_left` when a text input loses focus (the view saves the draft at once then)."""

    changed = Signal()
    focus_left = Signal()

    def __init__(self, form: QWidget, *, guard: ClipboardGuard) -> None:
        super().__init__(form)
        self._loaded_start = this_minute()  # until a draft is loaded
        self.code = child(form, QLabel, "codeLabel")
        self.status = child(form, QLabel, "draftStatusLabel")
        self.start = child(form, DateTimeInput, "startEdit")
        self.duration = child(form, QSpinBox, "durationSpin")
        self.mode = child(form, QComboBox, "modeCombo")
        self.participants = child(form, QLineEdit, "participantsEdit")
        self.has_next = child(form, QCheckBox, "nextAppointmentCheck")
        self.next_appointment = child(form, DateTimeInput, "nextAppointmentEdit")
        self.duration_error = child(form, QLabel, "durationError")
        self.appointment_error = child(form, QLabel, "appointmentError")
        self.notes = self._editor(form, "notesHost", "notesLabel", guard, self.tr("Notes"))
        self.next_steps = self._editor(
            form, "nextStepsHost", "nextStepsLabel", guard, self.tr("Next steps")
        )
        self._style(form)
        for value, text in choices(InterviewMode, ui_language()):
            self.mode.addItem(text, value.value)
        self.topics = self._topic_boxes(child(form, QGroupBox, "topicsBox"))
        self._tab_order(form)
        # The details never get narrower than their content: the page gives way instead.
        scroll = child(form, QScrollArea, "detailsScroll")
        panel = child(form, QWidget, "detailsPanel")
        panel.ensurePolished()
        panel_layout = panel.layout()
        assert panel_layout is not None
        panel_layout.invalidate()  # the topic boxes were added after the form was measured
        panel_layout.activate()
        scroll.setMinimumWidth(
            panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        self.has_next.toggled.connect(self.next_appointment.setEnabled)
        on_edit(
            self.changed,
            self.start,
            self.duration,
            self.mode,
            self.participants,
            self.notes,
            self.next_steps,
            self.has_next,
            self.next_appointment,
            *self.topics.values(),
        )
        for widget in (self.notes, self.next_steps, self.participants):
            widget.installEventFilter(self)

    def _editor(
        self, form: QWidget, host: str, label: str, guard: ClipboardGuard, name: str
    ) -> SensitivePlainTextEdit:
        # Custom widgets are not in the .ui (QUiLoader would not know them): placed here.
        holder = child(form, QWidget, host)
        editor = SensitivePlainTextEdit(guard=guard, parent=holder)
        editor.setObjectName(host.replace("Host", "Edit"))
        editor.setAccessibleName(name)
        editor.setTabChangesFocus(True)  # plain notes need no tab characters; keyboard users do
        host_layout(holder).addWidget(editor)
        caption = child(form, QLabel, label)
        caption.setBuddy(editor)
        caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return editor

    def _style(self, form: QWidget) -> None:
        title = child(form, QLabel, "titleLabel")
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        title.setFont(big)
        self.code.setFont(big)
        self.status.setStyleSheet(f"color: {palette.MUTED};")
        # A readable page: larger type and generous margins, as on paper.
        reading = QFont(self.notes.font())
        reading.setPointSizeF(max(reading.pointSizeF() * 1.25, 12.0))
        self.notes.setFont(reading)
        self.notes.document().setDocumentMargin(18)
        steps_height = self.next_steps.fontMetrics().lineSpacing() * 5 + 16
        self.next_steps.setMaximumHeight(steps_height)
        host = self.next_steps.parentWidget()
        if host is not None:
            host.setMaximumHeight(steps_height)
        for error in (self.duration_error, self.appointment_error):
            say(error, "", error=True)  # hidden until it has something to say, in red
        # A date that cannot be read is explained in the error line under it.
        self.start.use_label("starts_at", lambda text: say(self.duration_error, text, error=True))
        self.next_appointment.use_label(
            "next_appointment", lambda text: say(self.appointment_error, text, error=True)
        )

    def _topic_boxes(self, box: QGroupBox) -> dict[NeedArea, QCheckBox]:
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        boxes: dict[NeedArea, QCheckBox] = {}
        for index, (area, text) in enumerate(choices(NeedArea, ui_language())):
            check = QCheckBox(text, box)
            check.setObjectName(f"topic_{area.value}")
            grid.addWidget(check, index // 2, index % 2)
            boxes[NeedArea(area)] = check
        box.updateGeometry()  # the panel around it measures it again
        return boxes

    def _tab_order(self, form: QWidget) -> None:
        # The page first (where the counsellor writes), then the details top to bottom.
        chain: list[QWidget] = [
            self.notes,
            self.start,
            self.duration,
            self.mode,
            self.participants,
            *self.topics.values(),
            self.next_steps,
            self.has_next,
            self.next_appointment,
        ]
        for name in ("saveButton", "closeButton", "discardButton"):
            chain.append(child(form, QWidget, name))
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return False

    # --- reading and writing ----------------------------------------------------------------

    def draft(self, family_id: int) -> InterviewDraft:
        return InterviewDraft(
            family_id=family_id,
            starts_at=_typed(self.start, self._loaded_start),
            duration_minutes=self.duration.value(),
            mode=InterviewMode(self.mode.currentData()),
            participants=self.participants.text(),
            notes=self.notes.toPlainText(),
            topics=tuple(area for area, box in self.topics.items() if box.isChecked()),
            next_steps=self.next_steps.toPlainText(),
            next_appointment=(
                _typed(self.next_appointment, self._loaded_start)
                if self.has_next.isChecked()
                else None
            ),
        )

    def load(self, draft: InterviewDraft) -> None:
        self._loaded_start = draft.starts_at
        self.start.setMoment(draft.starts_at)
        self.duration.setValue(max(0, min(draft.duration_minutes, self.duration.maximum())))
        self.mode.setCurrentIndex(max(0, self.mode.findData(InterviewMode(draft.mode).value)))
        self.participants.setText(draft.participants)
        self.notes.setPlainText(draft.notes)
        self.next_steps.setPlainText(draft.next_steps)
        for area, box in self.topics.items():
            box.setChecked(area in draft.topics)
        self.has_next.setChecked(draft.next_appointment is not None)
        when = draft.next_appointment or draft.starts_at
        self.next_appointment.setMoment(when)
        self.notes.moveCursor(QTextCursor.MoveOperation.End)
        self.clear_errors()

    def reset(self, now: datetime) -> None:
        """A new, empty note starting `now`."""
        self.load(InterviewDraft(family_id=1, starts_at=now, duration_minutes=DEFAULT_MINUTES))

    def empty(self) -> None:
        """Forget everything typed. setText/setPlainText also drop the undo history, which
        would otherwise keep the text in memory (QLineEdit.clear() does not)."""
        self.code.setText("")
        self.status.setText("")
        self.participants.setText("")
        self.notes.setPlainText("")
        self.next_steps.setPlainText("")
        for box in self.topics.values():
            box.setChecked(False)
        self.has_next.setChecked(False)
        self.clear_errors()

    # --- validation next to the fields ---------------------------------------------------

    def check(self) -> bool:
        """Show every problem next to its field; True when the note can be saved."""
        self.clear_errors()
        dates_ok = True
        typed = [self.start, self.next_appointment] if self.has_next.isChecked() else [self.start]
        for edit in typed:
            try:
                edit.required_moment()  # what is typed must be a date: the draft keeps the last one
            except DateProblem:
                dates_ok = False
        ok = dates_ok
        draft = self.draft(1)
        if not 1 <= draft.duration_minutes <= 1440:
            self.show_error("duration_minutes")
            ok = False
        if (
            dates_ok
            and draft.next_appointment is not None
            and draft.next_appointment <= draft.starts_at
        ):
            self.show_error("next_appointment")
            ok = False
        return ok

    def show_error(self, field: str) -> QWidget:
        """Show the translated message for a domain field; returns the input to focus."""
        if field == "duration_minutes":
            self.duration_error.setText(self.tr("Enter the duration in minutes, from 1 to 1440."))
            self.duration_error.show()
            return self.duration
        if field == "next_appointment":
            self.appointment_error.setText(
                self.tr("The next appointment must come after the start of the interview.")
            )
            self.appointment_error.show()
            return self.next_appointment
        # Any other field: the only free inputs left are the start and the texts.
        self.duration_error.setText(self.tr("Check the start, the duration and the mode."))
        self.duration_error.show()
        return self.start

    def clear_errors(self) -> None:
        for error in (self.duration_error, self.appointment_error):
            error.setText("")
            error.hide()

    def all_text_inputs(self) -> list[QPlainTextEdit | QLineEdit]:
        return [self.notes, self.next_steps, self.participants]
