"""The agenda: appointments agreed in interviews, action due dates, follow-ups after closure
and renewals (benefits, ISEE), by day or by week, with overdue actions after the days shown.
Codes and vocabulary labels only: no names, no free text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
)

from ripartire_desktop.domain import ActionType, BenefitKind, PlanAction, label
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.dialogs.export_files import ExportPlace
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import ui_language
from ripartire_desktop.gui.models.rows import Index, ListModel
from ripartire_desktop.gui.views.base import View, fixed_rows
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.records.families import FamilyNotFoundError
from ripartire_desktop.usecases import agenda, outcomes
from ripartire_desktop.usecases.changes import Changes, Kind

HEADING, EMPTY, APPOINTMENT, ACTION = "heading", "empty", "appointment", "action"
DUE = "due"  # a follow-up after closure, a benefit to renew, an ISEE that expires


@dataclass(frozen=True, slots=True)
class AgendaRow:
    kind: str  # HEADING, EMPTY, APPOINTMENT, ACTION or DUE
    when: str  # a heading's text, or the time / due date
    family: str = ""  # the code
    what: str = ""
    family_id: int = 0
    ref_id: int = 0  # the action, or the interview that agreed the appointment
    overdue: bool = False


class AgendaModel(ListModel[AgendaRow]):
    """Flat rows: a heading per day, then its entries. Headings are not selectable."""

    headers = (
        QT_TRANSLATE_NOOP("AgendaModel", "When"),
        QT_TRANSLATE_NOOP("AgendaModel", "Family"),
        QT_TRANSLATE_NOOP("AgendaModel", "What"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.when, row.family, row.what)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(QColor(palette.ERROR))
        if role == Qt.ItemDataRole.BackgroundRole and row.kind == HEADING:
            return QBrush(QColor(palette.HEADING_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and row.kind in (HEADING, EMPTY):
            font = QFont()
            font.setBold(row.kind == HEADING)
            font.setItalic(row.kind == EMPTY)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.row_at(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if row.kind in (HEADING, EMPTY):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AgendaView(View):
    name = "agenda"

    def build(self) -> None:
        self.form = self.host_form("agenda")
        self.table = child(self.form, QTableView, "agendaTable")
        self.range_label = child(self.form, QLabel, "rangeLabel")
        self.day_button = child(self.form, QPushButton, "dayButton")
        self.week_button = child(self.form, QPushButton, "weekButton")
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.day_button)
        modes.addButton(self.week_button)
        self.model = AgendaModel(self)
        self.table.setModel(self.model)
        self.model.modelReset.connect(self._span_headings)
        fixed_rows(self.table)
        width = self.table.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(0, width * 20)
        self.table.setColumnWidth(1, width * 16)
        bold = QFont(self.range_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.range_label.setFont(bold)
        self.anchor = date.today()
        child(self.form, QPushButton, "previousButton").clicked.connect(lambda: self._move(-1))
        child(self.form, QPushButton, "nextButton").clicked.connect(lambda: self._move(1))
        child(self.form, QPushButton, "todayButton").clicked.connect(self.show_today)
        self.day_button.toggled.connect(lambda _checked: self.refresh())
        self.table.activated.connect(self._open)
        self.place = ExportPlace(self)
        self.export_button = QPushButton(self.tr("&Export calendar (.ics)…"), self.form)
        self.export_button.setObjectName("exportIcsButton")
        self.export_button.setToolTip(
            self.tr("The period shown, as a calendar file: family codes only, no names, no notes.")
        )
        child(self.form, QHBoxLayout, "toolbar").addWidget(self.export_button)
        self.export_button.clicked.connect(self.export_ics)

    def title(self) -> str:
        return self.tr("Agenda")

    @property
    def week_mode(self) -> bool:
        return self.week_button.isChecked()

    def period(self) -> tuple[date, date]:
        """[first day, day after the last) of what is shown."""
        if not self.week_mode:
            return self.anchor, self.anchor + timedelta(days=1)
        monday = self.anchor - timedelta(days=self.anchor.weekday())
        return monday, monday + timedelta(days=7)

    def _move(self, steps: int) -> None:
        self.anchor += timedelta(days=steps * (7 if self.week_mode else 1))
        self.refresh()

    def show_today(self) -> None:
        self.anchor = date.today()
        self.refresh()

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.day_button.setChecked(True)
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        # Appointments and due dates, with their families' codes.
        return changes.concerns(Kind.AGENDA, Kind.CASE, Kind.FAMILIES)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        records = self.session.records
        lang = ui_language()
        locale = QLocale()
        today = date.today()
        start, end = self.period()
        self.range_label.setText(self._range_text(locale, start, end))
        rows: list[AgendaRow] = []
        by_day: dict[date, list[AgendaRow]] = {}
        for appointment in records.interviews.appointments(
            datetime.combine(start, datetime.min.time()), datetime.combine(end, datetime.min.time())
        ):
            by_day.setdefault(appointment.at.date(), []).append(
                AgendaRow(
                    APPOINTMENT,
                    appointment.at.strftime("%H:%M"),
                    appointment.code or self.tr("anonymous"),
                    self.tr("Desk appointment")
                    if appointment.desk_contact_id
                    else self.tr("Appointment"),
                    family_id=appointment.family_id,
                    ref_id=appointment.interview_id,
                )
            )
        # Open actions already overdue are listed after the days, not again on their day.
        for code, action in records.actions.due_between(max(start, today), end):
            assert action.due_on is not None
            by_day.setdefault(action.due_on, []).append(
                self._action_row(locale, code, action, lang, overdue=False)
            )
        self._outcome_rows(max(start, today), end, by_day)
        day = start
        while day < end:
            entries = by_day.get(day, [])
            if entries or self.week_mode or day == start:
                rows.append(AgendaRow(HEADING, self._day_text(locale, day, today)))
                rows.extend(entries or [AgendaRow(EMPTY, self.tr("Nothing planned"))])
            day += timedelta(days=1)
        # Overdue actions after the period's days: a long backlog must not push this week's
        # appointments off the screen (issue 15); the heading counts them.
        overdue = records.actions.overdue(today)
        if overdue:
            rows.append(
                AgendaRow(
                    HEADING, self.tr("Overdue actions ({0})").format(len(overdue)), overdue=True
                )
            )
            for code, action in overdue:
                rows.append(self._action_row(locale, code, action, lang, overdue=True))
        self.model.set_rows(rows)

    def _outcome_rows(self, start: date, end: date, by_day: dict[date, list[AgendaRow]]) -> None:
        """Follow-ups after closure and renewals (benefits, ISEE) due in [start, end)."""
        if end <= start:
            return
        records = self.session.records
        for due in outcomes.follow_ups_between(records, start, end):
            what = self.tr("Follow-up at %n month(s) after closure", "", due.months)
            row = AgendaRow(DUE, self.tr("due"), due.code, what, family_id=due.family_id)
            by_day.setdefault(due.due_on, []).append(row)
        for fact in outcomes.dated_facts(records, start, end):
            if fact.what == "isee":
                what = self.tr("ISEE expires")
            elif fact.kind == BenefitKind.OTHER.value:
                what = self.tr("Benefit: renewal or expiry")
            else:
                kind = label(BenefitKind(fact.kind), ui_language())
                what = self.tr("{0}: renewal or expiry").format(kind)
            row = AgendaRow(DUE, self.tr("due"), fact.code, what, family_id=fact.family_id)
            by_day.setdefault(fact.on, []).append(row)

    def _action_row(
        self, locale: QLocale, code: str, action: PlanAction, lang: str, *, overdue: bool
    ) -> AgendaRow:
        assert action.due_on is not None and action.id is not None
        due = locale.toString(_qdate(action.due_on), "dd/MM/yyyy")
        kind = label(ActionType(action.action_type), lang)
        if overdue:
            when = self.tr("due {0}").format(due)
        else:
            when = self.tr("due today") if action.due_on == date.today() else self.tr("due")
        return AgendaRow(
            ACTION,
            when,
            code,
            self.tr("Action: {0}").format(kind),
            family_id=action.family_id,
            ref_id=action.id,
            overdue=overdue,
        )

    def _day_text(self, locale: QLocale, day: date, today: date) -> str:
        text = locale.toString(_qdate(day), "dddd d MMMM yyyy")
        text = text[:1].upper() + text[1:]
        return self.tr("{0} (today)").format(text) if day == today else text

    @staticmethod
    def _range_text(locale: QLocale, start: date, end: date) -> str:
        last = end - timedelta(days=1)
        if start == last:
            text = locale.toString(_qdate(start), "dddd d MMMM yyyy")
            return text[:1].upper() + text[1:]
        return (
            f"{locale.toString(_qdate(start), 'd MMMM')} – "
            f"{locale.toString(_qdate(last), 'd MMMM yyyy')}"
        )

    def _span_headings(self) -> None:
        self.table.clearSpans()
        for number, row in enumerate(self.model.rows()):
            if row.kind in (HEADING, EMPTY):
                self.table.setSpan(number, 0, 1, 3)

    # --- opening a family -------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None or row.kind not in (APPOINTMENT, ACTION, DUE) or not row.family_id:
            return  # an anonymous desk appointment has no family to open
        kind = {ACTION: "action", DUE: "round"}.get(row.kind, "interview")
        try:
            self.navigator.open_family(row.family_id, kind=kind, ref_id=row.ref_id)
        except FamilyNotFoundError:  # erased since the agenda was loaded
            self.refresh()

    # --- the calendar file ------------------------------------------------------------------

    def export_ics(self) -> None:
        """The period on screen to an .ics file (never over an existing one), audited."""
        if not self.session.is_unlocked:
            return
        start, end = self.period()
        title = self.tr("Export calendar")
        target = self.place.new_file(
            title=title,
            default_name=f"agenda-{start.strftime('%Y%m%d')}.ics",
            file_filter=self.tr("Calendar (*.ics)"),
            suffix=".ics",
        )
        if target is None:
            return
        try:
            written = agenda.export_ics(
                self.session.core, target, start, end, language=ui_language()
            )
        except (OSError, VaultError) as exc:
            self.place.say(title, describe_error(exc), warning=True)
            return
        count = written.appointments + written.actions + written.due_dates
        self.place.say(
            title,
            self.tr(
                "%n item(s) written to {0}, with family codes only (no names, no notes).", "", count
            ).format(str(target)),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()

    def clear(self) -> None:
        self.place.clear()
        self.model.set_rows([])
        self.range_label.setText("")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
