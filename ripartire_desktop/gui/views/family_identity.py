"""Household and identity tab: names, contacts, household counts and members.

The only place names are shown. Member changes are staged with the other fields and written
together on Save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from ripartire_desktop.domain import (
    Channel,
    Family,
    Identity,
    Member,
    Person,
    ValidationError,
    household_counts,
)
from ripartire_desktop.gui.forms import child, on_edit, tab_chain
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_fields import (
    FieldError,
    combo_value,
    fill_combo,
    set_combo_value,
)
from ripartire_desktop.gui.views.family_members import MemberDialog, MembersModel
from ripartire_desktop.gui.views.family_tabs import FamilyTab
from ripartire_desktop.gui.views.family_widgets import (
    put_row,
    selected_row,
    setup_table,
    take_row,
)
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.families import Household, save_household
from ripartire_desktop.usecases.form_drafts import plain, record_from


@dataclass
class PersonRow:
    given: QLineEdit
    family: QLineEdit
    tax_code: QLineEdit
    remove: QPushButton
    errors: tuple[QLabel, QLabel, QLabel]


class IdentityTab(FamilyTab):
    form_name = "family_identity"
    editable = True

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        f = self.form
        self.people_grid = child(f, QGridLayout, "peopleGrid")
        self.add_person_button = child(f, QPushButton, "addPersonButton")
        self.phones = child(f, QPlainTextEdit, "phonesEdit")
        self.emails = child(f, QPlainTextEdit, "emailsEdit")
        self.address = child(f, QLineEdit, "addressEdit")
        self.tax_code = child(f, QLineEdit, "taxCodeEdit")
        self.contact_prefs = child(f, QLineEdit, "contactPrefsEdit")
        self.adults = child(f, QSpinBox, "adultsSpin")
        self.minors = child(f, QSpinBox, "minorsSpin")
        self.counsellor = child(f, QLineEdit, "counsellorEdit")
        self.municipality = child(f, QLineEdit, "municipalityEdit")
        self.channel = child(f, QComboBox, "channelCombo")
        self.known = child(f, QComboBox, "knownCombo")
        self.members_table = child(f, QTableView, "membersTable")
        self.add_member_button = child(f, QPushButton, "addMemberButton")
        self.edit_member_button = child(f, QPushButton, "editMemberButton")
        self.remove_member_button = child(f, QPushButton, "removeMemberButton")
        self.members_model = MembersModel(self)
        setup_table(self.members_table, self.members_model)
        self.members_table.setMinimumHeight(
            self.members_table.verticalHeader().defaultSectionSize() * 5
        )
        self.people: list[PersonRow] = []
        self._removed_members: list[int] = []
        for label_text, column in (
            (self.tr("Given name"), 0),
            (self.tr("Family name"), 1),
            (self.tr("Tax code"), 2),
        ):
            header = QLabel(label_text, f)
            self.people_grid.addWidget(header, 0, column)
        fill_combo(self.channel, list(Channel), empty=self.tr("Not recorded"))
        self.known.addItem(self.tr("Not asked yet"), None)
        self.known.addItem(self.tr("Yes"), True)
        self.known.addItem(self.tr("No"), False)
        self.errors.bind_form(
            f,
            {
                "phones": "phonesEdit",
                "emails": "emailsEdit",
                "address": "addressEdit",
                "tax_code": "taxCodeEdit",
                "contact_preferences": "contactPrefsEdit",
                "adults": "adultsSpin",
                "minors": "minorsSpin",
                "counsellor": "counsellorEdit",
                "municipality": "municipalityEdit",
            },
        )
        on_edit(
            self.mark_dirty,
            self.address,
            self.tax_code,
            self.contact_prefs,
            self.counsellor,
            self.municipality,
            self.phones,
            self.emails,
            self.adults,
            self.minors,
            self.channel,
            self.known,
        )
        self.add_person_button.clicked.connect(self._add_person_clicked)
        self.add_member_button.clicked.connect(lambda: self.edit_member(None))
        self.edit_member_button.clicked.connect(self._edit_selected_member)
        self.remove_member_button.clicked.connect(self.remove_selected_member)
        self.members_table.doubleClicked.connect(lambda _i: self._edit_selected_member())
        self.members_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- people rows, built in code because a household has one or more -----------------

    def add_person(self, person: Person | None = None) -> PersonRow:
        index = len(self.people)
        grid_row = 1 + index * 2
        n = index + 1
        given = QLineEdit(self.form)
        family = QLineEdit(self.form)
        tax_code = QLineEdit(self.form)
        given.setAccessibleName(self.tr("Given name of person {0}").format(n))
        family.setAccessibleName(self.tr("Family name of person {0}").format(n))
        tax_code.setAccessibleName(self.tr("Tax code of person {0}").format(n))
        remove = QPushButton(self.tr("Remove"), self.form)
        remove.setAccessibleName(self.tr("Remove person {0}").format(n))
        labels = tuple(QLabel(self.form) for _ in range(3))
        for column, widget in enumerate((given, family, tax_code, remove)):
            self.people_grid.addWidget(widget, grid_row, column)
        for column, (field, widget) in enumerate(
            (("given_name", given), ("family_name", family), ("tax_code", tax_code))
        ):
            self.people_grid.addWidget(labels[column], grid_row + 1, column)
            self.errors.bind(f"person{index}.{field}", widget, labels[column])
        row = PersonRow(given, family, tax_code, remove, labels)  # type: ignore[arg-type]
        if person is not None:
            given.setText(person.given_name)
            family.setText(person.family_name)
            tax_code.setText(person.tax_code or "")
        on_edit(self.mark_dirty, given, family, tax_code)
        remove.clicked.connect(lambda _=False, r=row: self._remove_person(r))
        self.people.append(row)
        self._order_tabs()
        return row

    def _order_tabs(self) -> None:
        """Tab follows the reading order: the people one after the other (names first), the
        contacts, the household column, the members, then Revert and Save."""
        people = [w for r in self.people for w in (r.given, r.family, r.tax_code, r.remove)]
        tab_chain(
            *people,
            self.add_person_button,
            self.phones,
            self.emails,
            self.address,
            self.tax_code,
            self.contact_prefs,
            self.adults,
            self.minors,
            self.counsellor,
            self.municipality,
            self.channel,
            self.known,
            self.members_table,
            self.add_member_button,
            self.edit_member_button,
            self.remove_member_button,
            *self.save_buttons(),
        )

    def _add_person_clicked(self) -> None:
        row = self.add_person()
        row.given.setFocus()
        self.mark_dirty()

    def _remove_person(self, row: PersonRow) -> None:
        values = [
            (r.given.text(), r.family.text(), r.tax_code.text())
            for r in self.people
            if r is not row
        ]
        self._clear_people()
        for given, family, tax_code in values:
            added = self.add_person()
            added.given.setText(given)
            added.family.setText(family)
            added.tax_code.setText(tax_code)
        self.mark_dirty()

    def _clear_people(self) -> None:
        for row in self.people:
            for widget in (row.given, row.family, row.tax_code, row.remove, *row.errors):
                self.people_grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
                if isinstance(widget, QLineEdit):
                    widget.setText("")  # setText, not clear(): clear() keeps an undo history
        self.people.clear()
        self.errors.forget("person")

    # --- members -------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        has = selected_row(self.members_table) >= 0
        self.edit_member_button.setEnabled(has)
        self.remove_member_button.setEnabled(has)
        self.add_member_button.setEnabled(self.family is not None)
        self.add_person_button.setEnabled(self.family is not None)

    def _edit_selected_member(self) -> None:
        row = selected_row(self.members_table)
        if row >= 0:
            self.edit_member(row)

    def edit_member(self, row: int | None) -> MemberDialog | None:
        """Open the member dialog for `row` (None: a new member); Save stages the change."""
        if self.family is None:
            return None
        member = None if row is None else self.members_model.row_at(row)

        def stage(value: Member) -> None:
            put_row(self.members_table, self.members_model, row, value)
            self._count_members()
            self.mark_dirty()

        dialog = MemberDialog(member, stage, self)
        self.run_dialog(dialog)
        return dialog

    def remove_selected_member(self) -> None:
        row = selected_row(self.members_table)
        if take_row(self.members_model, row, self._removed_members):
            self._count_members()
            self.mark_dirty()
            self._update_buttons()

    def _count_members(self) -> None:
        """Adults and minors follow the members listed: typed once, in the member dialog."""
        rows = self.members_model.rows()
        if rows:
            adults, minors = household_counts(rows, date.today())
            self.adults.setValue(adults)
            self.minors.setValue(minors)

    # --- load, save ----------------------------------------------------------------------

    def fill(self, family: Family) -> None:
        assert family.id is not None
        identity = self.records.identities.get(family.id) or Identity()
        self._clear_people()
        for person in identity.people or (None,):
            self.add_person(person)
        self.phones.setPlainText("\n".join(identity.phones))
        self.emails.setPlainText("\n".join(identity.emails))
        self.address.setText(identity.address)
        self.tax_code.setText(identity.tax_code or "")
        self.contact_prefs.setText(identity.contact_preferences)
        self.adults.setValue(family.adults)
        self.minors.setValue(family.minors)
        self.counsellor.setText(family.counsellor)
        self.municipality.setText(family.municipality)
        set_combo_value(self.channel, family.first_contact_channel)
        self.known.setCurrentIndex({None: 0, True: 1, False: 2}[family.known_to_social_services])
        self.members_model.set_rows(self.records.members.for_family(family.id))
        self._removed_members = []
        self._update_buttons()

    def empty(self) -> None:
        self._clear_people()
        for edit in (self.address, self.tax_code, self.contact_prefs, self.counsellor):
            edit.setText("")  # setText, not clear(): clear() keeps an undo history
        self.municipality.clear()
        self.phones.clear()
        self.emails.clear()
        self.adults.setValue(0)
        self.minors.setValue(0)
        self.channel.setCurrentIndex(0)
        self.known.setCurrentIndex(0)
        self.members_model.clear()
        self._removed_members = []
        if self.save_bar is not None:
            self.save_bar.say("")
        self._update_buttons()

    def _identity(self) -> Identity:
        people: list[Person] = []
        for index, row in enumerate(self.people):
            given, family_name = row.given.text().strip(), row.family.text().strip()
            tax_code = row.tax_code.text().strip() or None
            if not (given or family_name or tax_code):
                continue  # an untouched empty row
            try:
                people.append(Person(given_name=given, family_name=family_name, tax_code=tax_code))
            except ValidationError as exc:
                raise ValidationError(f"person{index}.{exc.field}", exc.message) from None
        phones = tuple(
            line.strip() for line in self.phones.toPlainText().splitlines() if line.strip()
        )
        emails = tuple(
            line.strip() for line in self.emails.toPlainText().splitlines() if line.strip()
        )
        for email in emails:
            name, at, domain = email.partition("@")
            if not (name and at and domain) or " " in email:
                raise FieldError(
                    "emails",
                    self.tr("“{0}” is not an e-mail address like name@example.org.").format(email),
                )
        return Identity(
            people=tuple(people),
            phones=phones,
            emails=emails,
            address=self.address.text().strip(),
            tax_code=self.tax_code.text().strip() or None,
            contact_preferences=self.contact_prefs.text().strip(),
        )

    def write(self) -> Changes:
        assert self.family is not None and self.family.id is not None
        identity = self._identity()
        known = self.known.currentData()
        household = Household(
            adults=self.adults.value(),
            minors=self.minors.value(),
            counsellor=self.counsellor.text().strip(),
            municipality=self.municipality.text().strip(),
            first_contact_channel=combo_value(self.channel, Channel),
            known_to_social_services=None if known is None else bool(known),
        )
        self.family, changes = save_household(
            self.records,
            self.family.id,
            household,
            identity,
            members=self.members_model.rows(),
            removed_member_ids=self._removed_members,
            today=date.today(),
        )
        return changes

    def select(self, kind: str, ref_id: int) -> bool:
        return kind == "family"

    def draft_extra(self) -> dict[str, Any]:
        members = self.members_model.rows()
        return {"people": len(self.people), "members": plain(members),
                "removed_members": list(self._removed_members)}  # fmt: skip

    def draft_restore_extra(self, extra: dict[str, Any]) -> None:
        while len(self.people) < int(extra.get("people", 0)):
            self.add_person()
        if "members" in extra:
            self.members_model.set_rows([record_from(Member, m) for m in extra["members"]])
            self._removed_members = list(extra.get("removed_members", []))
