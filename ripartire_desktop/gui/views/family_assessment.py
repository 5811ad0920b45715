"""Assessment tab: baseline and exit severity side by side, eligibility live, the decision."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ripartire_desktop.domain import (
    Assessment,
    Decision,
    Family,
    NeedArea,
    NeedScore,
    evaluate_eligibility,
)
from ripartire_desktop.gui import palette
from ripartire_desktop.gui.dates import DateInput, NotConfirmed, confirm_dates
from ripartire_desktop.gui.forms import child, on_edit, tab_chain
from ripartire_desktop.gui.session import Session
from ripartire_desktop.gui.views.family_admission import admit_when_full
from ripartire_desktop.gui.views.family_fields import (
    combo_value,
    fill_combo,
    set_combo_value,
    severity_combo,
    vocab,
)
from ripartire_desktop.gui.views.family_tabs import FamilyTab
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.changes import Changes
from ripartire_desktop.usecases.families import (
    ADMITTING,
    assessment_criteria,
    save_assessment,
)


@dataclass
class NeedRow:
    area: NeedArea
    baseline: QComboBox
    exit: QComboBox
    note: QLineEdit


class AssessmentTab(FamilyTab):
    form_name = "family_assessment"
    editable = True

    def __init__(self, *, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session=session, parent=parent)
        f = self.form
        self.assessed_on = child(f, DateInput, "assessedOnEdit")
        self.needs_grid = child(f, QGridLayout, "needsGrid")
        self.resident = child(f, QCheckBox, "residentCheck")
        self.has_minor = child(f, QCheckBox, "minorCheck")
        self.hardship = child(f, QCheckBox, "hardshipCheck")
        self.eligibility_label = child(f, QLabel, "eligibilityLabel")
        self.reasons_label = child(f, QLabel, "reasonsLabel")
        self.motivation = child(f, QComboBox, "motivationCombo")
        self.decision = child(f, QComboBox, "decisionCombo")
        self.decided_on = child(f, DateInput, "decidedOnEdit")
        self.decided_on.required = False
        self.resources = child(f, QPlainTextEdit, "resourcesEdit")
        bold = QFont(self.eligibility_label.font())
        bold.setBold(True)
        self.eligibility_label.setFont(bold)
        self.motivation.addItem(self.tr("Not asked yet"), None)
        for value in range(1, 6):
            self.motivation.addItem(str(value), value)
        fill_combo(self.decision, list(Decision))
        columns = child(f, QHBoxLayout, "columns")
        columns.setStretch(0, 1)
        columns.setStretch(1, 1)
        self.needs: list[NeedRow] = []
        self._build_needs()
        self.errors.bind_form(
            f,
            {
                "assessed_on": "assessedOnEdit",
                "decided_on": "decidedOnEdit",
                "resources": "resourcesEdit",
            },
        )
        self._stored = False  # an assessment is stored: the verdict counts
        self._ticked = False  # the counsellor changed a criterion by hand
        self._filling = False
        criteria = (self.resident, self.has_minor, self.hardship)
        on_edit(
            self.mark_dirty,
            self.assessed_on,
            *criteria,
            self.motivation,
            self.decided_on,
            self.resources,
        )
        on_edit(self._criterion_ticked, *criteria)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._show_eligibility()
        # Tab reads as the eye does: the date, the needs grid row by row, the criteria, the
        # decision column, the resources, then Revert and Save.
        tab_chain(
            self.assessed_on,
            *(w for row in self.needs for w in (row.baseline, row.exit, row.note)),
            self.resident,
            self.has_minor,
            self.hardship,
            self.motivation,
            self.decision,
            self.decided_on,
            self.resources,
            *self.save_buttons(),
        )

    def _build_needs(self) -> None:
        grid = self.needs_grid
        parent = self.form
        for column, text in enumerate(
            (self.tr("Area"), self.tr("Baseline"), self.tr("Exit"), self.tr("Note"))
        ):
            header = QLabel(text, parent)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        not_scored = "–"
        previous: QWidget | None = None
        for index, area in enumerate(NeedArea, start=1):
            name = vocab(area)
            area_label = QLabel(name, parent)
            baseline = severity_combo(parent, not_scored)
            exit_combo = severity_combo(parent, not_scored)
            note = QLineEdit(parent)
            baseline.setAccessibleName(self.tr("Baseline severity: {0}").format(name))
            exit_combo.setAccessibleName(self.tr("Exit severity: {0}").format(name))
            note.setAccessibleName(self.tr("Note: {0}").format(name))
            area_label.setBuddy(baseline)
            grid.addWidget(area_label, index, 0)
            grid.addWidget(baseline, index, 1)
            grid.addWidget(exit_combo, index, 2)
            grid.addWidget(note, index, 3)
            on_edit(self.mark_dirty, baseline, exit_combo, note)
            if previous is not None:
                QWidget.setTabOrder(previous, baseline)
            QWidget.setTabOrder(baseline, exit_combo)
            QWidget.setTabOrder(exit_combo, note)
            previous = note
            self.needs.append(NeedRow(area, baseline, exit_combo, note))
        grid.setColumnStretch(3, 1)

    def need_row(self, area: NeedArea) -> NeedRow:
        return next(row for row in self.needs if row.area == area)

    # --- live eligibility ----------------------------------------------------------------

    def _criterion_ticked(self, *_args: object) -> None:
        if not self._filling:
            self._ticked = True
        self._show_eligibility()

    def _show_eligibility(self, *_args: object) -> None:
        result = evaluate_eligibility(
            self.resident.isChecked(), self.has_minor.isChecked(), self.hardship.isChecked()
        )
        if not (self._stored or self._ticked or result.eligible):
            # Nothing assessed yet: no verdict in red before the counsellor has said anything.
            self.eligibility_label.setText(self.tr("Not assessed yet"))
            self.eligibility_label.setStyleSheet("")
        elif result.eligible:
            self.eligibility_label.setText(self.tr("Meets the project's criteria"))
            self.eligibility_label.setStyleSheet(palette.OK_STYLE)
        else:
            self.eligibility_label.setText(self.tr("Does not meet the project's criteria"))
            self.eligibility_label.setStyleSheet(palette.ERROR_STYLE)
        unmet = set(result.unmet)
        lines = [
            ("✗ " if reason in unmet else "✓ ") + html.escape(vocab(reason))
            for reason in result.reasons
        ]
        self.reasons_label.setText("<br>".join(lines))

    def _decision_changed(self, *_args: object) -> None:
        if self._loading:
            return
        # The date goes with the decision: today when one is made, none while pending.
        decision = combo_value(self.decision, Decision)
        if decision == Decision.PENDING:
            self.decided_on.setDay(None)
        elif not self.decided_on.text().strip():
            self.decided_on.setDay(date.today())
        self.mark_dirty()

    # --- load, save ----------------------------------------------------------------------

    def fill(self, family: Family) -> None:
        assert family.id is not None
        assessment = self.records.assessments.for_family(family.id)
        self._show(assessment)
        if assessment is None:  # a new assessment: ticks the household already answers
            criteria = assessment_criteria(self.records, family.id, on=date.today())
            self._filling = True
            for check, known in (
                (self.resident, criteria.resident),
                (self.has_minor, criteria.has_minor),
                (self.hardship, criteria.hardship),
            ):
                check.setChecked(bool(known))
            self._filling = False
            self._show_eligibility()

    def _show(self, assessment: Assessment | None) -> None:
        self._stored, self._ticked, self._filling = assessment is not None, False, True
        self.assessed_on.setDay(assessment.assessed_on if assessment else date.today())
        for row in self.needs:
            score = assessment.score(row.area) if assessment else None
            row.baseline.setCurrentIndex(
                0 if score is None or score.baseline is None else score.baseline + 1
            )
            row.exit.setCurrentIndex(0 if score is None or score.exit is None else score.exit + 1)
            row.note.setText(score.note if score else "")
        self.resident.setChecked(bool(assessment and assessment.resident))
        self.has_minor.setChecked(bool(assessment and assessment.has_minor))
        self.hardship.setChecked(bool(assessment and assessment.job_loss_or_hardship))
        motivation = assessment.motivation if assessment else None
        self.motivation.setCurrentIndex(0 if motivation is None else motivation)
        set_combo_value(self.decision, assessment.decision if assessment else Decision.PENDING)
        self.decided_on.setDay(assessment.decided_on if assessment else None)
        self.resources.setPlainText(assessment.resources if assessment else "")
        self._filling = False
        self._show_eligibility()

    def empty(self) -> None:
        self._show(None)
        self.assessed_on.setDay(date.today())
        if self.save_bar is not None:
            self.save_bar.say("")

    def assessment(self) -> Assessment:
        """The assessment as the form shows it; ValidationError/FieldError if it is not valid."""
        assert self.family is not None and self.family.id is not None
        needs = []
        for row in self.needs:
            baseline, exit_value = row.baseline.currentData(), row.exit.currentData()
            note = row.note.text().strip()
            if baseline is None and exit_value is None and not note:
                continue
            needs.append(NeedScore(area=row.area, baseline=baseline, exit=exit_value, note=note))
        return Assessment(
            family_id=self.family.id,
            assessed_on=self.assessed_on.required_day(),
            needs=tuple(needs),
            motivation=self.motivation.currentData(),
            resources=self.resources.toPlainText().strip(),
            resident=self.resident.isChecked(),
            has_minor=self.has_minor.isChecked(),
            job_loss_or_hardship=self.hardship.isChecked(),
            decision=combo_value(self.decision, Decision) or Decision.PENDING,
            decided_on=self.decided_on.day(),
        )

    def write(self) -> Changes:
        assessment = self.assessment()
        confirm_dates(self, assessment)
        family = self.family
        admits = assessment.decision == Decision.ADMITTED
        admitting = admits and family is not None and family.status in ADMITTING
        if admitting and not admit_when_full(self, self.records, today=date.today()):
            raise NotConfirmed(
                "decision",
                QCoreApplication.translate(
                    "ask_if_project_full",
                    "Not saved: the project is full. Save again to admit anyway.",
                ),
            )
        return save_assessment(self.records, assessment)

    def select(self, kind: str, ref_id: int) -> bool:
        if kind == "assessment":
            self.assessed_on.setFocus()
            return True
        if kind == "assessment_note":
            area = _note_area(self.records, ref_id)
            if area is not None:
                self.need_row(area).note.setFocus()
            return True
        return False


def _note_area(records: Records, note_id: int) -> NeedArea | None:
    """The need area of a search hit on an assessment note."""
    return records.assessments.area_of_note(note_id)
