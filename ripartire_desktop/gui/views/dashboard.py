"""Dashboard: the day at a glance. Codes and counts only, never names."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ripartire_desktop.domain import FamilyStatus, format_cents
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.dialogs.retention import RetentionDialog
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.lang import show, show_date, ui_language
from ripartire_desktop.gui.palette import ERROR
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.gui.views.dashboard_project import ProjectLine
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.budget import budget_use
from ripartire_desktop.usecases.privacy import retention_review

CARDS = ("paths", "waiting", "today", "week", "overdue", "aid", "retention")
MAX_LISTED = 50


class DashboardView(View):
    name = "dashboard"

    def build(self) -> None:
        form = self.host_form("dashboard", margin=None)
        self.values = {key: child(form, QLabel, f"{key}Value") for key in CARDS}
        self.lists = {
            key: child(form, QListWidget, f"{key}List")
            for key in CARDS
            if key not in ("aid", "overdue")
        }
        # Overdue actions are summed up with a link to the agenda: a long red list would push
        # the week's appointments out of sight.
        self.overdue_note = child(form, QLabel, "overdueNote")
        self.overdue_button = child(form, QPushButton, "overdueButton")
        self.overdue_button.clicked.connect(lambda: self.navigator.show_view("agenda"))
        self.retention_note = child(form, QLabel, "retentionNote")
        self.retention_button = child(form, QPushButton, "retentionButton")
        self.retention_button.clicked.connect(self.show_retention_review)
        for button in (self.overdue_button, self.retention_button):
            button.setStyleSheet(palette.LINK_BUTTON_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retention_dialog: RetentionDialog | None = None
        self.aid_bar = child(form, QProgressBar, "aidBar")
        # The project's places across vaults, from the coordinator's latest status (issue 16).
        self.project = ProjectLine(
            self,
            child(form, QLabel, "projectLabel"),
            child(form, QPushButton, "loadStatusButton"),
        )
        # What is left of each of this year's budget lines, under the bar.
        self.aid_lines = QLabel()
        self.aid_lines.setObjectName("aidLines")
        self.aid_lines.setWordWrap(True)
        self.aid_lines.setTextFormat(Qt.TextFormat.RichText)
        self.aid_lines.setAccessibleName(self.tr("Budget lines of this year"))
        child(form, QVBoxLayout, "aidLayout").addWidget(self.aid_lines)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        for label in self.values.values():
            label.setFont(big)
        for widget in self.lists.values():
            widget.itemActivated.connect(self._open)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        records = self.session.records
        settings = records.settings.load()
        today = date.today()
        active = records.families.count(FamilyStatus.ACTIVE_PATH)
        self.values["paths"].setText(self.tr("{0} of {1}").format(active, settings.capacity))
        self._fill("paths", self._codes_with_status(FamilyStatus.ACTIVE_PATH))
        waiting = records.families.waiting_list()
        self.values["waiting"].setText(str(len(waiting)))
        self._fill(
            "waiting",
            [(w.family_id or 0, f"{i}. {w.code}") for i, w in enumerate(waiting, start=1)],
        )
        start = datetime.combine(today, time.min)
        # Counted in SQL, and only the rows shown are read (issue 18).
        day, week = (start, start + timedelta(days=1)), (start, start + timedelta(days=7))
        todays = records.interviews.appointments(*day, limit=MAX_LISTED)
        self.values["today"].setText(str(records.interviews.count_appointments(*day)))
        self._fill("today", [(a.family_id, f"{a.at:%H:%M}  {a.code}") for a in todays])
        weeks = records.interviews.appointments(*week, limit=MAX_LISTED)
        self.values["week"].setText(str(records.interviews.count_appointments(*week)))
        self._fill("week", [(a.family_id, f"{show_date(a.at)}  {a.code}") for a in weeks])
        overdue = records.actions.count_overdue(today)
        self.values["overdue"].setText(str(overdue))
        self.overdue_button.setText(
            self.tr("See the %n overdue action(s) in the agenda", "", overdue)
        )
        self.overdue_button.setVisible(bool(overdue))
        self.overdue_note.setText("" if overdue else self.tr("No action is overdue."))
        self.overdue_note.setVisible(not overdue)
        self._show_budget(records, today.year)
        review = retention_review(records, today=today)
        due = review.due
        self.values["retention"].setText(str(len(due) + len(review.desk_text)))
        self._fill(
            "retention",
            [(d.family_id, f"{d.code}  {show(d.status)}  {show_date(d.since)}") for d in due],
        )
        old_desk = self.tr("%n old desk contact(s) with text", "", len(review.desk_text))
        self.retention_note.setText(old_desk if review.desk_text else "")
        self.retention_note.setVisible(bool(review.desk_text))
        self.project.refresh(records, today=today)

    def _show_budget(self, records: Records, year: int) -> None:
        """This year's budget lines: paid out of granted, and each line's remainder (red when
        a line is overspent: a payment was recorded beyond what its funder granted)."""
        lang = ui_language()
        uses = [u for u in budget_use(records) if u.line.year == year]
        budget = sum(u.line.amount_cents for u in uses)
        if not uses:
            self.values["aid"].setText(format_cents(records.aid.total_cents(), lang))
            self.aid_bar.hide()
            self.aid_lines.setText(
                self.tr("No budget line for {0}: add one in Settings.").format(year)
            )
            return
        spent = sum(u.spent_cents for u in uses)
        self.values["aid"].setText(
            self.tr("{0} of {1}").format(format_cents(spent, lang), format_cents(budget, lang))
        )
        if budget:
            self.aid_bar.setRange(0, 1000)
            self.aid_bar.setValue(min(1000, spent * 1000 // budget))
            self.aid_bar.setFormat(f"{spent * 100 // budget} %")
            self.aid_bar.show()
        else:
            self.aid_bar.hide()
        rows = []
        for use in uses:
            left = use.remaining_cents
            if left < 0:
                state = self.tr("overspent by {0}").format(format_cents(-left, lang))
                state = f'<span style="color:{ERROR}">{escape(state)}</span>'
            else:
                state = escape(self.tr("{0} left").format(format_cents(left, lang)))
            rows.append(f"{escape(use.line.label)}: {state}")
        self.aid_lines.setText("<br>".join(rows))

    def show_retention_review(self) -> RetentionDialog:
        """The retention review (erasure, old desk text, the audit log): closed on lock."""
        if self.retention_dialog is not None:
            self.retention_dialog.close()
        dialog = RetentionDialog(self.session, self)
        dialog.open_family.connect(self._open_from_review)
        self.retention_dialog = dialog
        dialog.show()
        return dialog

    def _open_from_review(self, family_id: int) -> None:
        if self.retention_dialog is not None:
            self.retention_dialog.close()
        self.navigator.open_family(family_id)

    def _codes_with_status(self, status: FamilyStatus) -> list[tuple[int, str]]:
        from ripartire_desktop.store.records.families import FamilyQuery

        page = self.session.records.families.list(
            FamilyQuery(statuses=frozenset({status}), limit=MAX_LISTED)
        )
        return [(row.id, row.code) for row in page.rows]

    def _fill(self, key: str, entries: list[tuple[int, str]]) -> None:
        widget = self.lists[key]
        widget.clear()
        for family_id, text in entries[:MAX_LISTED]:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, family_id)
            widget.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        family_id = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        if family_id:
            self.navigator.open_family(family_id)

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("–")
        for widget in self.lists.values():
            widget.clear()
        self.overdue_note.clear()
        self.overdue_button.setText("")
        self.retention_note.clear()
        self.aid_bar.reset()
        self.project.clear()
        self.aid_lines.clear()
        if self.retention_dialog is not None:
            self.retention_dialog.clear()
            self.retention_dialog.close()
            self.retention_dialog = None
