"""The dialog of one assessment over time: kind and day, severity per need area grouped by the
domains of art. 5, amounts, ISEE, the work of each adult and the benefits received."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ripartire_desktop.domain import (
    AdultWork,
    AssessmentDomain,
    AssessmentRound,
    Benefit,
    BenefitKind,
    IseeType,
    Member,
    MemberRole,
    NeedArea,
    RoundKind,
    RoundScore,
    WorkSituation,
    isee_expiry,
)
from ripartire_desktop.domain.outcomes import areas_of
from ripartire_desktop.gui.dates import DateInput, confirm_dates
from ripartire_desktop.gui.forms import child, tab_chain
from ripartire_desktop.gui.views.family_dialogs import FormDialog
from ripartire_desktop.gui.views.family_fields import (
    FieldError,
    combo_value,
    fill_combo,
    set_combo_value,
    severity_combo,
    vocab,
)
from ripartire_desktop.gui.views.family_money import AmountError, cents_to_text, parse_euros

_OTHER_ROWS = 2  # benefits typed by name


@dataclass
class _BenefitRow:
    kind: BenefitKind
    ticked: QCheckBox | None  # a named benefit: ticked when received
    name: QLineEdit | None  # another benefit: its name
    amount: QLineEdit
    renewal: DateInput


class RoundDialog(FormDialog):
    def __init__(
        self,
        found: AssessmentRound | None,
        family_id: int,
        adults: list[Member],
        store: Callable[[AssessmentRound], None],
        parent: QWidget,
    ) -> None:
        title = self.tr("New assessment") if found is None else self.tr("Assessment")
        super().__init__("family_round_dialog", title, store, parent)
        f = self.form
        self.kind = child(f, QComboBox, "kindCombo")
        self.assessed_on = child(f, DateInput, "assessedOnEdit")
        self.months = child(f, QSpinBox, "monthsSpin")
        self.scores_note = child(f, QLabel, "scoresNote")
        self.income = child(f, QLineEdit, "incomeEdit")
        self.debt = child(f, QLineEdit, "debtEdit")
        self.arrears = child(f, QLineEdit, "arrearsEdit")
        self.isee = child(f, QLineEdit, "iseeEdit")
        self.isee_type = child(f, QComboBox, "iseeTypeCombo")
        self.isee_issued = child(f, DateInput, "iseeIssuedEdit")
        self.isee_expires = child(f, DateInput, "iseeExpiresEdit")
        self.note = child(f, QPlainTextEdit, "noteEdit")
        self.isee_issued.required = self.isee_expires.required = False
        fill_combo(self.kind, list(RoundKind))
        fill_combo(self.isee_type, list(IseeType), empty=self.tr("No ISEE"))
        self.errors.bind_form(
            f,
            {
                "assessed_on": "assessedOnEdit",
                "follow_up_months": "monthsSpin",
                "income_cents": "incomeEdit",
                "debt_cents": "debtEdit",
                "arrears_cents": "arrearsEdit",
                "isee_cents": "iseeEdit",
                "isee_type": "iseeTypeCombo",
                "isee_issued_on": "iseeIssuedEdit",
                "isee_expires_on": "iseeExpiresEdit",
            },
        )
        self.scores = self._score_rows(child(f, QGridLayout, "scoresGrid"))
        self.adults = adults
        self.work = self._work_rows(child(f, QGridLayout, "workGrid"))
        self.benefits = self._benefit_rows(child(f, QGridLayout, "benefitsGrid"))
        self._found = found
        self._family_id = family_id
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.isee_type.currentIndexChanged.connect(self._suggest_expiry)
        self.isee_issued.editingFinished.connect(self._suggest_expiry)
        tab_chain(
            self.kind, self.assessed_on, self.months,
            *(combo for combo in self.scores.values()),
            self.income, self.debt, self.arrears,
            self.isee, self.isee_type, self.isee_issued, self.isee_expires,
            *(combo for _m, combo in self.work),
            *(w for b in self.benefits for w in (b.ticked or b.name, b.amount, b.renewal) if w),
            self.note,
        )  # fmt: skip
        self._show(found)
        self.resize(640, 720)

    # --- building ---------------------------------------------------------------------------

    def _score_rows(self, grid: QGridLayout) -> dict[NeedArea, QComboBox]:
        combos: dict[NeedArea, QComboBox] = {}
        row = 0
        for domain in AssessmentDomain:
            heading = QLabel(vocab(domain), self.form)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for area in areas_of(domain):
                name = QLabel(vocab(area), self.form)
                combo = severity_combo(self.form, self.tr("not scored"))
                combo.setObjectName(f"score_{area.value}")
                combo.setAccessibleName(self.tr("Severity: {0}").format(vocab(area)))
                name.setBuddy(combo)
                grid.addWidget(name, row, 0)
                grid.addWidget(combo, row, 1)
                combos[area] = combo
                row += 1
        return combos

    def _work_rows(self, grid: QGridLayout) -> list[tuple[int | None, QComboBox]]:
        rows: list[tuple[int | None, QComboBox]] = []
        for n, member in enumerate(self.adults, start=1):
            text = vocab(member.role)
            if member.birth_year:
                text = self.tr("{0}, born {1}").format(text, member.birth_year)
            name = QLabel(self.tr("{0}. {1}").format(n, text), self.form)
            combo = QComboBox(self.form)
            combo.setObjectName(f"work_{n}")
            fill_combo(combo, list(WorkSituation), empty=self.tr("not recorded"))
            combo.setAccessibleName(self.tr("Work situation of adult {0}").format(n))
            name.setBuddy(combo)
            grid.addWidget(name, n - 1, 0)
            grid.addWidget(combo, n - 1, 1)
            rows.append((member.id, combo))
        if not rows:
            grid.addWidget(QLabel(self.tr("No adult recorded in the household."), self.form))
        return rows

    def _benefit_rows(self, grid: QGridLayout) -> list[_BenefitRow]:
        grid.addWidget(QLabel(self.tr("Benefit"), self.form), 0, 0)
        grid.addWidget(QLabel(self.tr("€ a month"), self.form), 0, 1)
        grid.addWidget(QLabel(self.tr("Renewal or expiry"), self.form), 0, 2)
        kinds: list[BenefitKind] = [k for k in BenefitKind if k != BenefitKind.OTHER]
        kinds += [BenefitKind.OTHER] * _OTHER_ROWS
        rows = []
        for n, kind in enumerate(kinds, start=1):
            ticked = name = None
            if kind == BenefitKind.OTHER:
                name = QLineEdit(self.form)
                name.setPlaceholderText(self.tr("Other benefit: its name"))
                name.setAccessibleName(self.tr("Name of another benefit"))
                name.setObjectName(f"benefit_name_{n}")
                grid.addWidget(name, n, 0)
                what = self.tr("another benefit")
            else:
                ticked = QCheckBox(vocab(kind), self.form)
                ticked.setObjectName(f"benefit_{kind.value}")
                grid.addWidget(ticked, n, 0)
                what = vocab(kind)
            amount = QLineEdit(self.form)
            amount.setObjectName(f"benefit_amount_{n}")
            amount.setAccessibleName(self.tr("Monthly amount of {0}").format(what))
            renewal = DateInput(self.form)
            renewal.required = False
            renewal.setObjectName(f"benefit_renewal_{n}")
            renewal.setAccessibleName(self.tr("Renewal or expiry of {0}").format(what))
            grid.addWidget(amount, n, 1)
            grid.addWidget(renewal, n, 2)
            rows.append(_BenefitRow(kind, ticked, name, amount, renewal))
        return rows

    # --- showing ----------------------------------------------------------------------------

    def _show(self, found: AssessmentRound | None) -> None:
        if found is None:
            self.assessed_on.setDay(date.today())
            set_combo_value(self.kind, RoundKind.REVIEW)
            self._kind_changed()
            return
        set_combo_value(self.kind, found.kind)
        self.assessed_on.setDay(found.assessed_on)
        self.months.setValue(found.follow_up_months or 6)
        for area, combo in self.scores.items():
            score = found.score(area)
            combo.setCurrentIndex(0 if score is None else score + 1)
        for edit, cents in (
            (self.income, found.income_cents),
            (self.debt, found.debt_cents),
            (self.arrears, found.arrears_cents),
            (self.isee, found.isee_cents),
        ):
            edit.setText("" if cents is None else cents_to_text(cents))
        set_combo_value(self.isee_type, found.isee_type)
        self.isee_issued.setDay(found.isee_issued_on)
        self.isee_expires.setDay(found.isee_expires_on)
        for n, (member_id, combo) in enumerate(self.work):
            match = [w for w in found.work if w.member_id == member_id and member_id is not None]
            kept = match[0] if match else (found.work[n] if n < len(found.work) else None)
            set_combo_value(combo, None if kept is None else kept.work_situation)
        others = iter(b for b in found.benefits if b.kind == BenefitKind.OTHER)
        for row in self.benefits:
            if row.ticked is not None:
                benefit = next((b for b in found.benefits if b.kind == row.kind), None)
                row.ticked.setChecked(benefit is not None)
            else:
                benefit = next(others, None)
                assert row.name is not None
                row.name.setText("" if benefit is None else benefit.name)
            if benefit is not None:
                cents = benefit.monthly_cents
                row.amount.setText("" if cents is None else cents_to_text(cents))
                row.renewal.setDay(benefit.renewal_on)
        self.note.setPlainText(found.note)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        kind = combo_value(self.kind, RoundKind) or RoundKind.REVIEW
        self.months.setEnabled(kind == RoundKind.FOLLOW_UP)
        from_tab = kind in (RoundKind.BASELINE, RoundKind.EXIT)
        for combo in self.scores.values():
            combo.setEnabled(not from_tab)
        self.scores_note.setText(
            self.tr("The baseline's and the exit's scores are edited on the Assessment tab.")
            if from_tab
            else self.tr("The severity of a domain is the highest of its areas.")
        )

    def _suggest_expiry(self, *_args: object) -> None:
        """The usual expiry once type and issue day are known, unless one is typed."""
        kind = combo_value(self.isee_type, IseeType)
        issued = self.isee_issued.readable()
        if kind is not None and issued is not None and not self.isee_expires.text().strip():
            self.isee_expires.setDay(isee_expiry(kind, issued))

    # --- reading ----------------------------------------------------------------------------

    def _cents(self, edit: QLineEdit, field: str) -> int | None:
        if not edit.text().strip():
            return None
        try:
            return parse_euros(edit.text())
        except AmountError as exc:
            if exc.reason == AmountError.NEGATIVE:
                raise FieldError(field, self.tr("Type an amount of zero or more.")) from None
            raise FieldError(
                field, self.tr("Type the amount in euros, e.g. 1.200,50 or 1200.50.")
            ) from None

    def _benefit_values(self) -> tuple[Benefit, ...]:
        found = []
        for row in self.benefits:
            name = "" if row.name is None else row.name.text().strip()
            if (row.ticked is not None and not row.ticked.isChecked()) or (
                row.ticked is None and not name
            ):
                continue
            try:
                cents = parse_euros(row.amount.text()) if row.amount.text().strip() else None
            except AmountError:
                row.amount.setFocus()
                raise FieldError(
                    "benefits", self.tr("A benefit's monthly amount: type euros, e.g. 142,50.")
                ) from None
            renewal = row.renewal.day()
            found.append(Benefit(kind=row.kind, name=name, monthly_cents=cents, renewal_on=renewal))
        return tuple(found)

    def value(self) -> AssessmentRound:
        kind = combo_value(self.kind, RoundKind) or RoundKind.REVIEW
        scores = tuple(
            RoundScore(area=area, severity=combo.currentData())
            for area, combo in self.scores.items()
            if combo.currentData() is not None
        )
        work = tuple(
            AdultWork(member_id=member_id, work_situation=situation)
            for member_id, combo in self.work
            if (situation := combo_value(combo, WorkSituation)) is not None
        )
        fields: dict[str, Any] = {
            "kind": kind,
            "assessed_on": self.assessed_on.required_day(),
            "follow_up_months": self.months.value() if kind == RoundKind.FOLLOW_UP else None,
            "income_cents": self._cents(self.income, "income_cents"),
            "debt_cents": self._cents(self.debt, "debt_cents"),
            "arrears_cents": self._cents(self.arrears, "arrears_cents"),
            "isee_cents": self._cents(self.isee, "isee_cents"),
            "isee_type": combo_value(self.isee_type, IseeType),
            "isee_issued_on": self.isee_issued.day(),
            "isee_expires_on": self.isee_expires.day(),
            "note": self.note.toPlainText(),
            "scores": scores,
            "work": work,
            "benefits": self._benefit_values(),
        }
        if self._found is not None:
            found = replace(self._found, **fields)
        else:
            found = AssessmentRound(family_id=self._family_id, **fields)
        confirm_dates(self, found)
        return found


def adults_of(members: list[Member]) -> list[Member]:
    """The household members whose work situation an assessment records."""
    return [m for m in members if m.role != MemberRole.CHILD or m.work_situation is not None]
