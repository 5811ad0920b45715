"""Settings: the settings table with validation next to each field, plus the Security and
Backup and restore sections (in `settings_security.py` and `settings_data.py`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ripartire_desktop.domain import Settings
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.domain.settings import MIN_SMALL_CELL_K
from ripartire_desktop.gui.dialogs.common import say
from ripartire_desktop.gui.dialogs.errors import describe_error
from ripartire_desktop.gui.forms import child, load_form
from ripartire_desktop.gui.i18n import plural_suffix
from ripartire_desktop.gui.views.base import View
from ripartire_desktop.gui.views.reports_notice import NoticeSection
from ripartire_desktop.gui.views.settings_budget import BudgetSection
from ripartire_desktop.gui.views.settings_data import DataSection
from ripartire_desktop.gui.views.settings_fields import mirror_language
from ripartire_desktop.gui.views.settings_security import SecuritySection
from ripartire_desktop.gui.views.settings_team import TeamSection
from ripartire_desktop.gui.views.view_drafts import ViewKeeper
from ripartire_desktop.usecases.settings import save_settings

# Settings field -> objectName prefix in ui/settings.ui (`<prefix>Edit`, `<prefix>Error`).
FIELDS = {
    "organisation": "organisation",
    "counsellor_name": "counsellorName",
    "municipality": "municipality",
    "capacity": "capacity",
    "retention_months": "retention",
    "small_cell_k": "smallCell",
    "idle_lock_minutes": "idleLock",
    "interview_lock_minutes": "interviewLock",
    "language": "language",
}
TEXT_FIELDS = ("organisation", "counsellor_name", "municipality")
TYPED_FIELDS = TEXT_FIELDS  # line edits
NUMBER_FIELDS = (
    "capacity",
    "retention_months",
    "small_cell_k",
    "idle_lock_minutes",
    "interview_lock_minutes",
)


class SettingsView(View):
    name = "settings"

    def build(self) -> None:
        form = load_form("settings", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self._add_interview_lock_row(form)
        self.edits: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        for field, prefix in FIELDS.items():
            kind: type[QWidget] = QLineEdit
            if field in NUMBER_FIELDS:
                kind = QSpinBox
            elif field == "language":
                kind = QComboBox
            self.edits[field] = child(form, kind, f"{prefix}Edit")
            self.errors[field] = child(form, QLabel, f"{prefix}Error")
        self.language: QComboBox = self.edits["language"]
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Italiano", "it")  # each language in its own words
        self.language.addItem("English", "en")
        units = {
            "capacity": lambda n: self.tr("%n path(s)", "", n),
            "retention_months": lambda n: self.tr("%n month(s)", "", n),
            "idle_lock_minutes": lambda n: self.tr("%n minute(s)", "", n),
            "interview_lock_minutes": lambda n: self.tr("%n minute(s)", "", n),
        }
        for key, unit in units.items():
            plural_suffix(self.edits[key], unit)
        self.save_button = child(form, QPushButton, "saveButton")
        self.revert_button = child(form, QPushButton, "revertButton")
        self.save_message = child(form, QLabel, "saveMessage")
        self.security = SecuritySection(form=form, session=self.session, parent=self)
        self.data = DataSection(form=form, session=self.session, parent=self)
        self._loaded: tuple[object, ...] | None = None
        self._stored: Settings | None = None
        for field in TYPED_FIELDS:
            self.edits[field].textChanged.connect(self._edited)
        for field in NUMBER_FIELDS:
            self.edits[field].valueChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._line_up(form)
        self.notice = NoticeSection(form=form, session=self.session, parent=self)
        self.team = TeamSection(form=form, session=self.session, parent=self)
        self.budget = BudgetSection(form=form, session=self.session, parent=self)
        self._show_errors({})
        say(self.save_message, "")
        self._edited()
        self.keeper = ViewKeeper(
            self,
            self.session,
            "settings",
            unsaved=self.is_dirty,
            fields=self.typed_fields,
            restore=self.restore_fields,
        )

    def _add_interview_lock_row(self, form: QWidget) -> None:
        """ "Lock during interviews after" under "Lock after inactivity": in interview mode
        idleness draws the curtain first and locks only after this longer limit."""
        privacy = child(form, QFormLayout, "privacyForm")
        idle = child(form, QSpinBox, "idleLockEdit")
        edit = QSpinBox(form)
        edit.setObjectName("interviewLockEdit")
        edit.setRange(1, 240)
        edit.setSizePolicy(idle.sizePolicy())
        edit.setMinimumSize(idle.minimumSize())
        error = QLabel(form)
        error.setObjectName("interviewLockError")
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem with this field"))
        hint = QLabel(
            self.tr(
                "In interview mode the screen is first covered after the inactivity time "
                "above, without asking for the passphrase in front of the family."
            ),
            form,
        )
        hint.setWordWrap(True)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        for widget in (edit, hint, error):
            cell.addWidget(widget)
        label = QLabel(self.tr("Lock during interviews a&fter"), form)
        label.setObjectName("interviewLockLabel")
        label.setBuddy(edit)
        position: tuple[int, object] = privacy.getWidgetPosition(  # type: ignore[assignment]
            child(form, QLabel, "idleLockLabel")
        )
        row = position[0]
        privacy.insertRow(row + 1, label, cell)
        QWidget.setTabOrder(idle, edit)

    @staticmethod
    def _line_up(form: QWidget) -> None:
        """One label column width across both field groups, one button width across both
        action groups: the page reads as one form instead of four."""
        labels = [child(form, QLabel, f"{prefix}Label") for prefix in FIELDS.values()]
        buttons = [
            b
            for b in form.findChildren(QPushButton)
            if b.objectName() not in ("saveButton", "revertButton")
        ]
        for group in (labels, buttons):
            width = max(widget.sizeHint().width() for widget in group)
            for widget in group:
                widget.setMinimumWidth(width)

    def title(self) -> str:
        return self.tr("Settings")

    # --- loading and clearing --------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        self.security.refresh()
        self.data.refresh()
        self.notice.refresh()
        self.team.refresh()
        self.budget.refresh()
        if not self.is_dirty():  # never throw away what the user is typing
            self._fill(self.session.records.settings.load())
        if self.isVisible():
            self.keeper.offer()  # what was typed here before a lock

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keeper.offer()

    def _fill(self, settings: Settings) -> None:
        self._stored = settings
        for field in TEXT_FIELDS:
            self.edits[field].setText(getattr(settings, field))
        for field in NUMBER_FIELDS:
            self.edits[field].setValue(getattr(settings, field))
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self._show_errors({})
        self._loaded = self._values()
        self._edited()

    def clear(self) -> None:
        """Drop everything shown (on lock): fields, messages, open dialogs and their secrets."""
        for field in TYPED_FIELDS:
            self.edits[field].clear()
        for field in NUMBER_FIELDS:
            self.edits[field].setValue(self.edits[field].minimum())
            self.edits[field].clear()  # the text too, not only the value
        self.language.setCurrentIndex(0)
        self._show_errors({})
        say(self.save_message, "")
        self.security.clear()
        self.data.clear()
        self.notice.clear()
        self.team.clear()
        self.budget.clear()
        self._loaded = None
        self._stored = None
        self._edited()

    # --- editing -----------------------------------------------------------------------------

    def _values(self) -> tuple[object, ...]:
        texts = tuple(self.edits[f].text() for f in TYPED_FIELDS)
        numbers = tuple(self.edits[f].value() for f in NUMBER_FIELDS)
        return (*texts, *numbers, self.language.currentData())

    def typed_fields(self) -> dict[str, object]:
        """The form as typed (kept over a lock: `ViewKeeper`)."""
        fields: dict[str, object] = {f: self.edits[f].text() for f in TYPED_FIELDS}
        fields.update({f: self.edits[f].value() for f in NUMBER_FIELDS})
        fields["language"] = self.language.currentData()
        return fields

    def restore_fields(self, fields: dict[str, object]) -> None:
        for field in (*TYPED_FIELDS, *NUMBER_FIELDS):
            value = fields.get(field)
            if isinstance(value, str):
                self.edits[field].setText(value)
            elif isinstance(value, int) and field in NUMBER_FIELDS:
                self.edits[field].setValue(value)
        index = self.language.findData(fields.get("language"))
        if index >= 0:
            self.language.setCurrentIndex(index)
        say(
            self.save_message,
            self.tr("What was typed before the lock is back in the form: check it and save."),
        )

    def is_dirty(self) -> bool:
        return self._loaded is not None and self._values() != self._loaded

    def _edited(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            say(self.save_message, "")

    def revert(self) -> None:
        if self._stored is not None:
            self._fill(self._stored)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self.errors.items():
            say(label, errors.get(field, ""), error=True)

    def _collect(self) -> tuple[Settings | None, dict[str, str]]:
        """The settings in the form, or the messages to show next to the fields."""
        errors: dict[str, str] = {}
        if self.edits["small_cell_k"].value() < MIN_SMALL_CELL_K:
            errors["small_cell_k"] = self._field_message("small_cell_k")
        if not self.edits["municipality"].text().strip():
            errors["municipality"] = self._field_message("municipality")
        if errors:
            return None, errors
        try:
            settings = Settings(
                organisation=self.edits["organisation"].text().strip(),
                counsellor_name=self.edits["counsellor_name"].text().strip(),
                municipality=self.edits["municipality"].text().strip(),
                capacity=self.edits["capacity"].value(),
                retention_months=self.edits["retention_months"].value(),
                small_cell_k=self.edits["small_cell_k"].value(),
                idle_lock_minutes=self.edits["idle_lock_minutes"].value(),
                interview_lock_minutes=self.edits["interview_lock_minutes"].value(),
                language=str(self.language.currentData() or ""),
                # Edited and saved in its own section (reports_notice.py): kept as stored.
                privacy_notice=self.session.records.settings.load().privacy_notice,
            )
        except ValidationError as exc:
            return None, {exc.field: self._field_message(exc.field, exc.message)}
        return settings, {}

    def _field_message(self, field: str, fallback: str = "") -> str:
        if field == "small_cell_k":
            return self.tr(
                "At least {0}: with smaller groups, someone could recognise a family."
            ).format(MIN_SMALL_CELL_K)
        if field == "municipality":
            return self.tr("Type the municipality, for example Cernusco sul Naviglio.")
        return self.tr("This value is not accepted: {0}").format(fallback)

    def save(self) -> None:
        if not self.session.is_unlocked:
            return
        settings, errors = self._collect()
        self._show_errors(errors)
        if settings is None:
            say(
                self.save_message,
                self.tr("Nothing was saved: check the fields marked."),
                error=True,
            )
            first = next(f for f in FIELDS if f in errors) if errors else None
            if first is not None:
                self.edits[first].setFocus()
            return
        previous = self._stored
        try:
            changes = save_settings(self.session.core, settings)
        except Exception as exc:
            say(self.save_message, describe_error(exc), error=True)
            return
        message = self.tr("Settings saved.")
        if previous is None or previous.language != settings.language:
            try:
                mirror_language(self.session.core.data_dir, settings.language)
            except OSError as exc:
                message += " " + describe_error(exc)
            else:
                message += " " + self.tr("The new language applies the next time Ripartire starts.")
        self._fill(settings)
        say(self.save_message, message, ok=True)
        self.navigator.status(self.tr("Settings saved."))
        if previous is None or (previous.idle_lock_minutes, previous.interview_lock_minutes) != (
            settings.idle_lock_minutes,
            settings.interview_lock_minutes,
        ):
            self.session.idle_lock_changed.emit(settings.idle_lock_minutes)
        self.session.saved(changes.from_(self))
