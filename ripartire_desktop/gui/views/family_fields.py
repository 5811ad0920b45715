"""Form fields of the family view: dates as shown, field errors under the field, combos.

Validation follows one rule: the domain constructors say what is wrong (`ValidationError.field`),
the form shows a translated message under that field, and nothing is written until all is valid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ripartire_desktop.domain import ValidationError
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.lang import show

E = TypeVar("E", bound=StrEnum)

# The label of a vocabulary value in the interface language ("" for None).
vocab = show


# --- dates ----------------------------------------------------------------------------------


def fmt_day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def fmt_moment(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")


class FieldError(Exception):
    """A value the form itself could not read (a date, an amount): already translated."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(f"{field}: {text}")
        self.field = field
        self.text = text


# --- messages -------------------------------------------------------------------------------

_RANGE = re.compile(r"must be between (-?\d+) and (-?\d+)")
_AT_LEAST = re.compile(r"must be at least (-?\d+)")

# Domain message -> what the counsellor reads (marked for lupdate, translated when shown).
_FIXED = {
    "is required": QT_TRANSLATE_NOOP("FamilyForms", "This field is required."),
    "a person needs a given name or a family name": QT_TRANSLATE_NOOP(
        "FamilyForms", "Type a given name or a family name."
    ),
    "the check character does not match: a character is mistyped": QT_TRANSLATE_NOOP(
        "FamilyForms", "The last character does not match: one character is mistyped."
    ),
    "the date of birth in this codice fiscale is not valid": QT_TRANSLATE_NOOP(
        "FamilyForms", "The date of birth inside this tax code is not valid."
    ),
    "a codice fiscale has 16 letters and digits, e.g. RSSMRA80A01F205X": QT_TRANSLATE_NOOP(
        "FamilyForms", "A tax code has 16 letters and digits, e.g. RSSMRA80A01F205X."
    ),
    "is set when, and only when, a decision is made": QT_TRANSLATE_NOOP(
        "FamilyForms", "Give the date together with a decision (and none while it is pending)."
    ),
    "is given when, and only when, work was found": QT_TRANSLATE_NOOP(
        "FamilyForms", "Choose the kind of work when the outcome is work found, and only then."
    ),
    "at least one scope is required": QT_TRANSLATE_NOOP(
        "FamilyForms", "Choose at least one scope."
    ),
    "must be after the interview": QT_TRANSLATE_NOOP("FamilyForms", "Must be after the interview."),
    "contains the same value twice": QT_TRANSLATE_NOOP(
        "FamilyForms", "The same value is chosen twice."
    ),
    "must be a whole number": QT_TRANSLATE_NOOP("FamilyForms", "Type a whole number."),
    "cannot be in the future": QT_TRANSLATE_NOOP("FamilyForms", "This date is in the future."),
}
_EARLIER = {
    "created_on": QT_TRANSLATE_NOOP("FamilyForms", "the day the family was registered"),
    "opened_on": QT_TRANSLATE_NOOP("FamilyForms", "the day the path started"),
    "assessed_on": QT_TRANSLATE_NOOP("FamilyForms", "the assessment date"),
    "given_on": QT_TRANSLATE_NOOP("FamilyForms", "the day consent was given"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("FamilyForms", source)


def message_for(error: ValidationError) -> str:
    """The counsellor-facing, translated text for a domain validation error."""
    msg = error.message
    if msg in _FIXED:
        return _tr(_FIXED[msg])
    if match := _RANGE.fullmatch(msg):
        return QCoreApplication.translate("FamilyForms", "Must be between {0} and {1}.").format(
            match.group(1), match.group(2)
        )
    if match := _AT_LEAST.fullmatch(msg):
        return QCoreApplication.translate("FamilyForms", "Must be at least {0}.").format(
            match.group(1)
        )
    if msg.startswith("cannot be before"):
        earlier = _EARLIER.get(msg.rsplit(" ", 1)[-1])
        return QCoreApplication.translate("FamilyForms", "Cannot be before {0}.").format(
            _tr(earlier) if earlier else QCoreApplication.translate("FamilyForms", "that date")
        )
    return QCoreApplication.translate("FamilyForms", "This value is not valid.")


class FieldErrors:
    """Maps field names (as in `ValidationError.field`) to a widget and the red label under it."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def bind(self, field: str, widget: QWidget, error_label: QLabel) -> None:
        error_label.setStyleSheet(palette.ERROR_STYLE)
        font = QFont(error_label.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        error_label.setFont(font)
        error_label.setWordWrap(True)
        error_label.setAccessibleName(QCoreApplication.translate("FamilyForms", "Error"))
        self._fields[field] = (widget, error_label)
        self._set_visible(error_label, False)
        use_label = getattr(widget, "use_label", None)  # a date input reports typing mistakes
        if use_label is not None:
            use_label(field, lambda text: self.note(field, text))

    def bind_form(self, form: QWidget, mapping: dict[str, str]) -> None:
        """`{"tax_code": "taxCodeEdit"}`: the error label is the widget name + "Error"."""
        for field, name in mapping.items():
            widget = child(form, QWidget, name)
            self.bind(field, widget, child(form, QLabel, name + "Error"))

    def widget(self, field: str) -> QWidget | None:
        found = self._fields.get(field)
        return None if found is None else found[0]

    def text(self, field: str) -> str:
        found = self._fields.get(field)
        return "" if found is None else found[1].text()

    def show(self, field: str, text: str) -> bool:
        """Show `text` under the field; False when the form has no such field."""
        found = self._fields.get(field)
        if found is None:
            return False
        widget, error_label = found
        error_label.setText(text)
        self._set_visible(error_label, True)
        widget.setAccessibleDescription(text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def note(self, field: str, text: str) -> None:
        """Show (or with "" hide) `text` under the field without moving the focus."""
        found = self._fields.get(field)
        if found is not None:
            found[1].setText(text)
            self._set_visible(found[1], bool(text))

    def show_error(self, error: Exception) -> bool:
        if isinstance(error, FieldError):
            return self.show(error.field, error.text)
        if isinstance(error, ValidationError):
            return self.show(error.field, message_for(error))
        return False

    def clear(self) -> None:
        for widget, error_label in self._fields.values():
            error_label.clear()
            self._set_visible(error_label, False)
            widget.setAccessibleDescription("")

    def forget(self, prefix: str) -> None:
        """Drop bindings whose field starts with `prefix` (rows built in code, then removed)."""
        for field in [f for f in self._fields if f.startswith(prefix)]:
            del self._fields[field]

    @staticmethod
    def _set_visible(error_label: QLabel, visible: bool) -> None:
        # Inside a form layout the whole row is hidden, so an empty error takes no space.
        parent = error_label.parentWidget()
        for form in parent.findChildren(QFormLayout) if parent is not None else []:
            if form.indexOf(error_label) >= 0:
                form.setRowVisible(error_label, visible)
                return
        error_label.setVisible(visible)


# --- combo boxes ----------------------------------------------------------------------------


def fill_combo(combo: QComboBox, values: Sequence[StrEnum], *, empty: str | None = None) -> None:
    """Labelled vocabulary values, with an optional first entry meaning "not recorded"."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(vocab(value), value.value)


def combo_value(combo: QComboBox, vocabulary: type[E]) -> E | None:
    data = combo.currentData()
    return None if data is None else vocabulary(data)


def set_combo_value(combo: QComboBox, value: StrEnum | None) -> None:
    index = combo.findData(None if value is None else value.value)
    combo.setCurrentIndex(max(index, 0))


def severity_combo(parent: QWidget, empty: str) -> QComboBox:
    """A need's severity, 0 to 3, or `empty` for none given (the assessment and its rounds)."""
    combo = QComboBox(parent)
    combo.addItem(empty, None)
    for value in range(4):
        combo.addItem(str(value), value)
    return combo
