"""The household members of the family view's identity tab: their table and their dialog.

Members are staged in the tab and written with its other fields on Save."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ripartire_desktop.domain import AgeBand, Education, Member, MemberRole, WorkSituation
from ripartire_desktop.gui.dates import DateInput, confirm_dates
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP
from ripartire_desktop.gui.views.family_dialogs import FormDialog
from ripartire_desktop.gui.views.family_fields import (
    FieldError,
    combo_value,
    fill_combo,
    fmt_day,
    set_combo_value,
    vocab,
)
from ripartire_desktop.gui.views.family_widgets import RowsModel

MAX_AGE = 130


class MembersModel(RowsModel[Member]):
    headers = (
        QT_TRANSLATE_NOOP("MembersModel", "Role"),
        QT_TRANSLATE_NOOP("MembersModel", "Age"),
        QT_TRANSLATE_NOOP("MembersModel", "Work situation"),
        QT_TRANSLATE_NOOP("MembersModel", "Unemployed since"),
        QT_TRANSLATE_NOOP("MembersModel", "Education"),
    )

    def cell(self, row: Member, column: int) -> str:
        if column == 0:
            return vocab(row.role)
        if column == 1:
            band = vocab(row.band_on(date.today()))
            if row.birth_year is not None:
                return self.tr("{0} (born {1})").format(band, row.birth_year)
            return band
        if column == 2:
            return vocab(row.work_situation)
        if column == 3:
            return fmt_day(row.unemployed_since)
        return vocab(row.education)


class MemberDialog(FormDialog):
    def __init__(
        self, member: Member | None, store: Callable[[Member], None], parent: QWidget
    ) -> None:
        title = self.tr("New household member") if member is None else self.tr("Household member")
        super().__init__("family_member_dialog", title, store, parent)
        f = self.form
        self.role = child(f, QComboBox, "roleCombo")
        self.age_band = child(f, QComboBox, "ageBandCombo")
        self.birth_year = child(f, QLineEdit, "birthYearEdit")
        self.work = child(f, QComboBox, "workCombo")
        self.unemployed_since = child(f, DateInput, "unemployedSinceEdit")
        self.unemployed_since.required = False
        self.education = child(f, QComboBox, "educationCombo")
        not_recorded = self.tr("Not recorded")
        fill_combo(self.role, list(MemberRole))
        fill_combo(self.age_band, list(AgeBand), empty=not_recorded)
        fill_combo(self.work, list(WorkSituation), empty=not_recorded)
        fill_combo(self.education, list(Education), empty=not_recorded)
        self.errors.bind_form(
            f,
            {
                "age_band": "ageBandCombo",
                "birth_year": "birthYearEdit",
                "unemployed_since": "unemployedSinceEdit",
            },
        )
        self._member = member
        if member is not None:
            set_combo_value(self.role, member.role)
            set_combo_value(self.age_band, member.age_band)
            self.birth_year.setText("" if member.birth_year is None else str(member.birth_year))
            set_combo_value(self.work, member.work_situation)
            self.unemployed_since.setDay(member.unemployed_since)
            set_combo_value(self.education, member.education)

    def value(self) -> Member:
        year_text = self.birth_year.text().strip()
        birth_year: int | None = None
        if year_text:
            this_year = date.today().year
            if not year_text.isdigit() or not this_year - MAX_AGE <= int(year_text) <= this_year:
                raise FieldError(
                    "birth_year",
                    self.tr("Type a year between {0} and {1}.").format(
                        this_year - MAX_AGE, this_year
                    ),
                )
            birth_year = int(year_text)
        base = self._member or Member(role=MemberRole.PARENT)
        record = replace(
            base,
            role=combo_value(self.role, MemberRole) or MemberRole.PARENT,
            age_band=combo_value(self.age_band, AgeBand),
            birth_year=birth_year,
            work_situation=combo_value(self.work, WorkSituation),
            unemployed_since=self.unemployed_since.day(),
            education=combo_value(self.education, Education),
        )
        confirm_dates(self, record)
        return record
