"""The one date input of the application (and the date-and-time input built from it): typed
Italian dates, the format as placeholder, a calendar popup, precise messages, and nothing typed
is ever changed into another date. Also the "Save anyway?" question for unlikely dates."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ripartire_desktop.domain.day_text import DayTextError, parse_day_text, parse_moment_text
from ripartire_desktop.domain.plausibility import Concern, DateWarning, Record, date_warnings
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.lang import show_date
from ripartire_desktop.gui.views.family_fields import FieldError
from ripartire_desktop.paths import resource

V = TypeVar("V", date, datetime)

# The type, by another name: DateInput.date() (Qt's name) hides it inside the class.
Day = date


class DateProblem(FieldError):
    """What is wrong with a typed date, already translated; `widget` is where it was typed."""

    def __init__(self, field: str, text: str, widget: QWidget) -> None:
        super().__init__(field, text)
        self.widget = widget


class _TypedInput(QLineEdit, Generic[V]):
    """A line edit for a typed date (or date and time) with a calendar button inside it.

    A problem is said under the field by the form (`use_label`) or, alone, in the tooltip and
    the accessible description; what was typed stays exactly as it is until it is corrected.
    A valid text is rewritten the usual way when the field is left: the same day, never another.
    """

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = True
        self.field = ""  # the record's field, set when a form binds its error label
        self._say: Callable[[str], None] | None = None
        self._problem_shown = False
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = self.addAction(
            QIcon(str(resource("icons/calendar.svg"))),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.setToolTip(_tr("Choose from the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self._finished)
        self.textEdited.connect(self._edited)
        # Any change of the text, valid or not: the form is edited (and an unreadable text
        # must stop a "when" that follows the clock, not be replaced by it).
        self.textChanged.connect(self.dateChanged)

    # --- reading --------------------------------------------------------------------------

    def parsed(self) -> V | None:
        """The value of the text; DayTextError when it is not one (subclasses)."""
        raise NotImplementedError

    def shown(self, value: object) -> str:
        return show_date(value)

    def readable(self) -> V | None:
        """The value of the text, or None when it is empty or not readable."""
        try:
            return self.parsed()
        except DayTextError:
            return None

    def needed(self) -> V:
        """The value of a field that must have one (DateProblem otherwise)."""
        value = self.value()
        if value is None:
            raise self.problem(self.empty_message())
        return value

    def show_value(self, value: V | None) -> None:
        self.setText(show_date(value))
        self.clear_problem()

    def value(self) -> V | None:
        """The typed value, None when empty and optional; DateProblem (also shown) otherwise."""
        try:
            value = self.parsed()
        except DayTextError as exc:
            raise self.problem(describe(exc)) from None
        if value is None and self.required:
            raise self.problem(self.empty_message())
        return value

    def empty_message(self) -> str:
        return _tr("Type a date, e.g. 04/12/2026.")

    def use_label(self, field: str, say: Callable[[str], None]) -> None:
        """Let the form show problems under the row (`say("")` hides them)."""
        self.field = field
        self._say = say

    # --- behaviour ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def calendar_day(self) -> Day | None:
        raise NotImplementedError

    def pick(self, day: Day) -> None:
        raise NotImplementedError

    def show_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setObjectName("datePopup")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setLocale(QLocale())
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        shown = self.calendar_day() or date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        self._calendar = calendar

    def _picked(self, value: QDate) -> None:
        self.pick(date(value.year(), value.month(), value.day()))
        self.clear_problem()
        if self._calendar is not None:
            self._calendar.close()
            self._calendar = None
        self.setFocus()

    def _finished(self) -> None:
        try:
            value = self.value()
        except DateProblem:
            return
        if value is not None and self.text() != self.shown(value):
            self.setText(self.shown(value))  # the same day, written the usual way
        self.clear_problem()

    def _edited(self) -> None:
        self.clear_problem()

    def problem(self, text: str) -> DateProblem:
        self._problem_shown = True
        if self._say is not None:
            self._say(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(f"border: 1px solid {palette.ERROR};")
        return DateProblem(self.field, text, self)

    def clear_problem(self) -> None:
        if not self._problem_shown:
            return
        self._problem_shown = False
        if self._say is not None:
            self._say("")
        self.setToolTip(self.placeholderText())
        self.setAccessibleDescription("")
        self.setStyleSheet("")


class DateInput(_TypedInput[date]):
    """A typed day: dd/mm/yyyy, also d/m/yy, 4-12-2026, 04.12.2026, "oggi"/"today"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("dd/mm/yyyy"))
        self.setToolTip(self.placeholderText())

    def parsed(self) -> Day | None:
        return parse_day_text(self.text(), date.today())

    # The day (None when empty and optional), a day that must be there, showing one.
    day = _TypedInput.value
    required_day = _TypedInput.needed
    setDay = _TypedInput.show_value

    def date(self) -> QDate:
        """As Qt's date edit gives it: the day, or an invalid QDate."""
        value = self.readable()
        return QDate(value.year, value.month, value.day) if isinstance(value, date) else QDate()

    def setDate(self, value: QDate) -> None:
        valid = value.isValid()
        self.setDay(date(value.year(), value.month(), value.day()) if valid else None)

    def calendar_day(self) -> Day | None:
        value = self.readable()
        return value if isinstance(value, date) else None

    def pick(self, day: Day) -> None:
        self.setDay(day)


class DateTimeInput(_TypedInput[datetime]):
    """A typed day and time: "04/12/2026 09:30", "4/12/26 9.30", "oggi 10"."""

    dateTimeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("dd/mm/yyyy hh:mm"))
        self.setToolTip(self.placeholderText())
        self.dateChanged.connect(self.dateTimeChanged)

    def parsed(self) -> datetime | None:
        found = parse_moment_text(self.text(), date.today())
        if found is None:
            return None
        day, at = found
        if at is None:
            raise DayTextError("no_time", self.text().strip())
        return datetime.combine(day, at)

    def empty_message(self) -> str:
        return _tr("Type a date and time, e.g. 04/12/2026 09:30.")

    moment = _TypedInput.value
    required_moment = _TypedInput.needed
    setMoment = _TypedInput.show_value

    def dateTime(self) -> QDateTime:
        """The day and time, or an invalid QDateTime."""
        value = self.readable()
        if not isinstance(value, datetime):
            return QDateTime()
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))

    def setDateTime(self, value: QDateTime) -> None:
        d, t = value.date(), value.time()
        self.setMoment(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def setRequired(self, required: bool) -> None:
        self.required = required

    def calendar_day(self) -> Day | None:
        found = None
        with contextlib.suppress(DayTextError):
            found = parse_moment_text(self.text(), date.today())
        return None if found is None else found[0]

    def pick(self, day: Day) -> None:
        """The picked day, keeping the time already typed (or asking for one)."""
        _day, _, time_text = self.text().strip().partition(" ")
        self.setText(f"{show_date(day)} {time_text.strip()}".strip())
        if not time_text.strip():
            self.setCursorPosition(len(self.text()))
            self.insert(" ")


def _tr(source: str) -> str:
    return QCoreApplication.translate("DateInput", source)


def month_name(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def describe(error: DayTextError) -> str:
    """The precise, translated reason a typed text is not a date."""
    if error.kind == "day":
        return _tr("{0} is not a date: {1} {2} has {3} days").format(
            error.text, month_name(error.month), error.year, error.days
        )
    if error.kind == "month":
        return _tr("{0} is not a date: there is no month {1}").format(error.text, error.month)
    if error.kind == "no_time":
        return _tr("{0}: add the time, e.g. {0} 09:30").format(error.text)
    if error.kind == "time":
        return _tr("{0} is not a time: type hh:mm, e.g. 09:30").format(error.text)
    return _tr("“{0}” is not a date: type dd/mm/yyyy, e.g. 04/12/2026").format(error.text)


def warning_text(warning: DateWarning) -> str:
    shown = show_date(warning.day)
    if warning.concern == Concern.FAR_AHEAD:
        return _tr("{0} is more than a year from today.").format(shown)
    if warning.concern == Concern.FUTURE:
        return _tr("{0} is in the future, but this has already happened.").format(shown)
    if warning.concern == Concern.PAST_DUE:
        return _tr("{0} is already past: the new action would be overdue at once.").format(shown)
    return _tr("{0} is before {1}, the year of birth.").format(shown, warning.birth_year)


def save_anyway(parent: QWidget, warnings: list[DateWarning]) -> bool:
    """Ask, giving each reason, whether to save dates that look mistyped; True to save."""
    if not warnings:
        return True
    box = QMessageBox(parent)
    box.setObjectName("saveAnywayBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Check the dates"))
    reasons = "\n".join(warning_text(w) for w in warnings)
    box.setText(reasons)
    box.setInformativeText(_tr("Save anyway?"))
    save = box.addButton(_tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(_tr("Go back and correct"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save


class NotConfirmed(FieldError):
    """The counsellor chose to go back and correct an unlikely date: nothing was saved."""


def confirm_dates(parent: QWidget, record: Record, *, new: bool = False) -> None:
    """Ask about `record`'s unlikely dates; NotConfirmed (the form stays as it is) on "no"."""
    warnings = date_warnings(record, today=date.today(), new=new)
    if warnings and not save_anyway(parent, warnings):
        raise NotConfirmed(
            warnings[0].field, _tr("Not saved: correct the date, or save again and confirm it.")
        )
