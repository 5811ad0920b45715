"""The case summary's assessments over time: one line per round (amounts, ISEE, adults in
work), then each round's severity by domain of art. 5, adults' work, benefits and note."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from ripartire_desktop.domain import (
    AssessmentDomain,
    AssessmentRound,
    BenefitKind,
    Member,
    RoundKind,
    format_cents,
    label,
)
from ripartire_desktop.reports.case_file import CaseFile
from ripartire_desktop.reports.case_sections import FreeText
from ripartire_desktop.reports.pdf_tables import Columns, table
from ripartire_desktop.reports.pdfbase import (
    Styles,
    gap,
    labelled,
    markup,
    para,
    section,
)
from ripartire_desktop.reports.strings import format_day, t


def _cents(value: int | None, lang: str) -> str:
    return "" if value is None else format_cents(value, lang)


def _kind(found: AssessmentRound, lang: str) -> str:
    if found.kind == RoundKind.FOLLOW_UP and found.follow_up_months is not None:
        return t("round_follow_up", lang, months=found.follow_up_months)
    return label(found.kind, lang)


_OVERVIEW_COLUMNS: Columns = (
    ("col_date", 0.13),
    ("col_round", 0.27),
    ("col_income", 0.15),
    ("col_debts", 0.15),
    ("col_arrears", 0.15),
    ("col_isee", 0.15),
)


def _overview(case: CaseFile, st: Styles, lang: str) -> Flowable:
    rows: list[list[object]] = []
    for r in case.rounds:
        rows.append(
            [
                format_day(r.assessed_on, lang),
                _kind(r, lang),
                _cents(r.income_cents, lang),
                _cents(r.debt_cents, lang),
                _cents(r.arrears_cents, lang),
                _cents(r.isee_cents, lang),
            ]
        )
    return table(_OVERVIEW_COLUMNS, rows, st, lang, right_from=2)


def _adult(n: int, member: Member | None, lang: str) -> str:
    if member is None:
        return t("adult_unnamed", lang, n=n)
    year = f" ({member.birth_year})" if member.birth_year else ""
    return f"{label(member.role, lang)}{year}"


def _details(
    r: AssessmentRound, case: CaseFile, st: Styles, lang: str, text: FreeText
) -> list[Flowable]:
    title = t(
        "round_title",
        lang,
        kind=_kind(r, lang),
        day=format_day(r.assessed_on, lang),
        episode=r.episode,
    )
    items: list[Flowable] = [Paragraph(markup(title), st.h2)]
    domains = r.domain_scores()
    if domains:
        shown = "; ".join(
            f"{label(d, lang)} {domains[d]}" for d in AssessmentDomain if d in domains
        )
        items.append(labelled(t("label_domains", lang), shown, st))
    if r.isee_cents is not None and r.isee_type is not None:
        isee = t(
            "isee_text",
            lang,
            amount=format_cents(r.isee_cents, lang),
            kind=label(r.isee_type, lang),
            issued=format_day(r.isee_issued_on, lang) or "—",
            expires=format_day(r.isee_expires_on, lang) or "—",
        )
        items.append(labelled(t("label_isee", lang), isee, st))
    members = {m.id: m for m in case.members}
    if r.work:
        work = "; ".join(
            f"{_adult(n, members.get(w.member_id), lang)}: {label(w.work_situation, lang)}"
            for n, w in enumerate(r.work, start=1)
        )
        items.append(labelled(t("label_adults_work", lang), work, st))
    if r.benefits:
        benefits = "; ".join(
            t(
                "benefit_text",
                lang,
                name=text(b.name) if b.kind == BenefitKind.OTHER else label(b.kind, lang),
                amount=""
                if b.monthly_cents is None
                else t("benefit_amount", lang, amount=format_cents(b.monthly_cents, lang)),
                renewal=""
                if b.renewal_on is None
                else t("benefit_renewal", lang, day=format_day(b.renewal_on, lang)),
            )
            for b in r.benefits
        )
        items.append(labelled(t("label_benefits", lang), benefits, st))
    if r.note.strip():
        items.append(labelled(t("label_round_note", lang), text(r.note), st))
    return items


def rounds(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    """The section; `text` prints typed text as the rest of the document does (FreeText)."""
    if not case.rounds:
        return []
    items: list[Flowable] = [
        para(t("rounds_intro", lang), st.muted),
        gap(),
        _overview(case, st, lang),
    ]
    for r in case.rounds:
        items += _details(r, case, st, lang, text)
    return section(t("section_rounds", lang), items, st)
