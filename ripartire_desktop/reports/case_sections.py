"""The sections of the case summary, and the free text they print: as written, or redacted
with every identifier the vault knows for the family (`FreeText`)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from ripartire_desktop.domain import format_cents, label
from ripartire_desktop.domain.aid import total_cents, totals_by_category
from ripartire_desktop.privacy.redaction import Kind, Redactor
from ripartire_desktop.reports.case_file import CaseFile
from ripartire_desktop.reports.pdf_tables import Columns, table
from ripartire_desktop.reports.pdfbase import (
    CONTENT_WIDTH,
    Styles,
    escape,
    gap,
    grid,
    labelled,
    markup,
    para,
    section,
)
from ripartire_desktop.reports.strings import (
    format_day,
    format_moment,
    format_month_of,
    t,
    yes_no,
)


class FreeText:
    """Whatever a counsellor typed, as the document may print it: as written (`redactor` None)
    or redacted, counting the replacements so that the page can say what was done."""

    def __init__(self, redactor: Redactor | None) -> None:
        self._redactor = redactor
        self.counts: Counter[Kind] = Counter()
        self.withheld = 0  # texts held back whole because redaction failed (fail closed)

    @property
    def redacting(self) -> bool:
        return self._redactor is not None

    def __call__(self, text: str) -> str:
        if self._redactor is None or not text.strip():
            return text
        result = self._redactor.redaction(text)
        self.counts.update(result.counts)
        self.withheld += result.withheld
        return result.text


def _key_values(pairs: list[tuple[str, object]], st: Styles) -> Flowable:
    rows = [[Paragraph(f"<b>{escape(k)}</b>", st.cell), para(v, st.cell)] for k, v in pairs]
    return grid(rows, [CONTENT_WIDTH * 0.34, CONTENT_WIDTH * 0.66], st, header=False)


def household(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    f = case.family
    channel = label(f.first_contact_channel, lang) if f.first_contact_channel else ""
    pairs: list[tuple[str, object]] = [
        (t("field_code", lang), f.code),
        (t("field_status", lang), label(f.status, lang)),
        (t("field_counsellor", lang), text(f.counsellor)),
        (t("field_municipality", lang), text(f.municipality)),
        (t("field_adults_minors", lang), f"{f.adults} / {f.minors}"),
        (t("field_channel", lang), channel or t("not_recorded", lang)),
        (t("field_known", lang), yes_no(f.known_to_social_services, lang)),
        (t("field_created", lang), format_day(f.created_on, lang)),
    ]
    if f.opened_on:
        pairs.append((t("field_opened", lang), format_day(f.opened_on, lang)))
    if f.closed_on:
        pairs.append((t("field_closed", lang), format_day(f.closed_on, lang)))
    return section(t("section_household", lang), [_key_values(pairs, st)], st)


def identity(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    """Names and contacts, or (without identity) what was left out and what was redacted: call
    it after the sections whose free text it reports on."""
    if text.redacting:
        return [
            gap(2),
            para(t("identity_left_out", lang), st.muted),
            *_redaction_note(text, st, lang),
        ]
    record = case.identity
    if record is None:
        return section(t("section_identity", lang), [para(t("no_identity", lang), st.body)], st)
    people = [
        " ".join(p for p in (person.given_name, person.family_name) if p)
        + (f" ({person.tax_code})" if person.tax_code else "")
        for person in record.people
    ]
    pairs: list[tuple[str, object]] = [
        (t("field_names", lang), "\n".join(people)),
        (t("field_phones", lang), "\n".join(record.phones)),
        (t("field_emails", lang), "\n".join(record.emails)),
        (t("field_address", lang), record.address),
        (t("field_tax_code", lang), record.tax_code or ""),
        (t("field_contact_preferences", lang), record.contact_preferences),
    ]
    return section(t("section_identity", lang), [_key_values(pairs, st)], st)


# What each tag replaced, in the words of the page: (Italian, English).
_KIND_WORDS: dict[Kind, tuple[str, str]] = {
    Kind.NAME: ("nomi", "names"),
    Kind.PHONE: ("telefoni", "phone numbers"),
    Kind.EMAIL: ("e-mail", "e-mail addresses"),
    Kind.ADDRESS: ("indirizzi", "addresses"),
    Kind.TAX_CODE: ("codici fiscali", "tax codes"),
    Kind.IBAN: ("IBAN", "IBANs"),
    Kind.CARD: ("carte di pagamento", "payment cards"),
    Kind.DOCUMENT: ("documenti", "identity documents"),
    Kind.BIRTH_DATE: ("date di nascita", "dates of birth"),
    Kind.PLATE: ("targhe", "number plates"),
    Kind.PROTOCOL: ("numeri di protocollo", "protocol numbers"),
    Kind.CODE: ("codici famiglia", "family codes"),
}


def _redaction_note(text: FreeText, st: Styles, lang: str) -> list[Flowable]:
    words = _KIND_WORDS if lang == "it" else {k: v[::-1] for k, v in _KIND_WORDS.items()}
    total = sum(text.counts.values())
    if total:
        detail = ", ".join(
            f"{words[kind][0]} {count}" for kind, count in text.counts.most_common() if count
        )
        made = t("redactions_made", lang, count=total, detail=detail)
    else:
        made = t("redactions_none", lang)
    lines = [t("notes_redacted", lang), made, t("redaction_caveat", lang)]
    if text.withheld:
        lines.append(t("redaction_withheld", lang, count=text.withheld))
    return [para(line, st.muted) for line in lines]


_MEMBER_COLUMNS: Columns = (
    ("col_role", 0.16),
    ("col_age", 0.16),
    ("col_work", 0.24),
    ("col_education", 0.28),
    ("col_unemployed_since", 0.16),
)


def members(case: CaseFile, st: Styles, lang: str, today: date) -> list[Flowable]:
    if not case.members:
        return []
    rows: list[list[object]] = []
    for m in case.members:
        try:
            band = m.band_on(today)
        except ValueError:  # a birth year in the future of `today`: show what is stored
            band = m.age_band
        rows.append(
            [
                label(m.role, lang),
                label(band, lang) if band else "",
                label(m.work_situation, lang) if m.work_situation else "",
                label(m.education, lang) if m.education else "",
                format_month_of(m.unemployed_since, lang),
            ]
        )
    return section(t("section_members", lang), [table(_MEMBER_COLUMNS, rows, st, lang)], st)


def _block(title: str, fields: list[tuple[str, str]], st: Styles) -> list[Flowable]:
    """A bold line, then "label: text" paragraphs for the non-empty fields."""
    items: list[Flowable] = [Paragraph(markup(title), st.h2)]
    items += [labelled(k, v, st) for k, v in fields if v.strip()]
    return items


def first_contacts(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    if not case.first_contacts:
        return []
    items: list[Flowable] = []
    for c in case.first_contacts:
        title = " · ".join(
            [format_moment(c.occurred_at, lang), label(c.channel, lang), label(c.outcome, lang)]
        )
        items += _block(
            title,
            [(t("label_request", lang), text(c.request)), (t("label_notes", lang), text(c.notes))],
            st,
        )
    return section(t("section_first_contacts", lang), items, st)


_NEED_COLUMNS: Columns = (
    ("col_area", 0.46),
    ("col_baseline", 0.16),
    ("col_exit", 0.16),
    ("col_change", 0.22),
)


def assessment(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    a = case.assessment
    if a is None:
        return []
    items: list[Flowable] = [
        labelled(t("label_assessed_on", lang), format_day(a.assessed_on, lang), st),
        labelled(
            t("label_motivation", lang),
            "" if a.motivation is None else str(a.motivation),
            st,
        ),
    ]
    if a.needs:
        rows: list[list[object]] = []
        for n in a.needs:
            change = ""
            if n.baseline is not None and n.exit is not None:
                key = (
                    "change_better" if n.exit < n.baseline
                    else "change_worse" if n.exit > n.baseline
                    else "change_same"
                )  # fmt: skip
                change = t(key, lang)
            rows.append(
                [
                    label(n.area, lang),
                    "" if n.baseline is None else str(n.baseline),
                    "" if n.exit is None else str(n.exit),
                    change,
                ]
            )
        items += [gap(), table(_NEED_COLUMNS, rows, st, lang), gap()]
    if a.resources.strip():
        items.append(labelled(t("label_resources", lang), text(a.resources), st))
    notes = [(label(n.area, lang), text(n.note)) for n in a.needs if n.note.strip()]
    if notes:
        items.append(Paragraph(escape(t("label_need_notes", lang)), st.h2))
        items += [labelled(k, v, st) for k, v in notes]
    flowables = section(t("section_assessment", lang), items, st)
    eligibility = a.eligibility
    reasons = [
        Paragraph(("✓ " if r not in eligibility.unmet else "✗ ") + escape(label(r, lang)), st.body)
        for r in eligibility.reasons
    ]
    decision: list[Flowable] = [
        labelled(t("label_eligible", lang), yes_no(eligibility.eligible, lang), st),
        *reasons,
        labelled(t("label_decision", lang), label(a.decision, lang), st),
    ]
    if a.decided_on:
        decision.append(labelled(t("label_decided_on", lang), format_day(a.decided_on, lang), st))
    return flowables + section(t("section_eligibility", lang), decision, st)


def interviews(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    if not case.interviews:
        return []
    items: list[Flowable] = []
    for i in case.interviews:
        title = " · ".join(
            [
                format_moment(i.starts_at, lang),
                label(i.mode, lang),
                t("minutes_short", lang, n=i.duration_minutes),
            ]
        )
        items += _block(
            title,
            [
                (t("label_participants", lang), text(i.participants)),
                (t("label_topics", lang), ", ".join(label(a, lang) for a in i.topics)),
                (t("label_notes", lang), text(i.notes)),
                (t("label_next_steps", lang), text(i.next_steps)),
                (t("label_next_appointment", lang), format_moment(i.next_appointment, lang)),
            ],
            st,
        )
    return section(f"{t('section_interviews', lang)} ({len(case.interviews)})", items, st)


_ACTION_COLUMNS: Columns = (
    ("col_type", 0.22),
    ("col_status", 0.13),
    ("col_due", 0.13),
    ("label_notes", 0.52),
)


def actions(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    if not case.actions:
        return []
    rows: list[list[object]] = []
    for a in case.actions:
        details = [
            f"<b>{escape(k)}:</b> {markup(text(v))}"
            for k, v in (
                (t("label_description", lang), a.description),
                (t("label_owner", lang), a.owner),
                (t("label_action_outcome", lang), a.outcome),
            )
            if v.strip()
        ]
        rows.append(
            [
                label(a.action_type, lang),
                label(a.status, lang),
                format_day(a.due_on, lang),
                Paragraph("<br/>".join(details), st.cell),
            ]
        )
    return section(t("section_actions", lang), [table(_ACTION_COLUMNS, rows, st, lang)], st)


_AID_COLUMNS: Columns = (
    ("col_date", 0.13),
    ("col_category", 0.22),
    ("col_payee", 0.30),
    ("col_receipt", 0.17),
    ("col_amount", 0.18),
)


def aid(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    if not case.payments:
        return []
    rows: list[list[object]] = []
    for p in case.payments:
        payee = label(p.payee_kind, lang) + (
            f": {text(p.payee_name)}" if p.payee_name.strip() else ""
        )
        rows.append(
            [
                format_day(p.paid_on, lang),
                label(p.category, lang),
                payee,
                text(p.receipt_ref),
                format_cents(p.amount_cents, lang),
            ]
        )
    rows.append(
        ["", t("label_total_aid", lang), "", "", format_cents(total_cents(case.payments), lang)]
    )
    ledger = table(_AID_COLUMNS, rows, st, lang, right_from=4, bold_last=True)
    by_category = [
        [label(category, lang), format_cents(cents, lang)]
        for category, cents in totals_by_category(case.payments).items()
        if cents
    ]
    columns = (("label_total_by_category", 0.5), ("col_amount", 0.2))
    totals = table(columns, by_category, st, lang, right_from=1)
    totals.hAlign = "LEFT"
    return section(t("section_aid", lang), [ledger, gap(6), totals], st)


_CONSENT_COLUMNS: Columns = (
    ("label_notice_version", 0.16),
    ("label_given_on", 0.13),
    ("label_method", 0.2),
    ("label_scopes", 0.27),
    ("label_withdrawn_on", 0.13),
    ("label_active", 0.11),
)


def consents(case: CaseFile, st: Styles, lang: str, today: date, text: FreeText) -> list[Flowable]:
    if not case.consents:
        return []
    rows = [
        [
            text(c.notice_version),
            format_day(c.given_on, lang),
            label(c.method, lang),
            ", ".join(label(s, lang) for s in sorted(c.scopes)),
            format_day(c.withdrawn_on, lang),
            yes_no(c.is_active(today), lang),
        ]
        for c in case.consents
    ]
    return section(t("section_consent", lang), [table(_CONSENT_COLUMNS, rows, st, lang)], st)


def closures(case: CaseFile, st: Styles, lang: str, text: FreeText) -> list[Flowable]:
    if not case.closures:
        return []
    items: list[Flowable] = []
    for c in case.closures:
        fields = [
            (t("label_reason", lang), label(c.reason, lang)),
            (t("col_outcome", lang), label(c.outcome, lang)),
            (t("label_work_type", lang), label(c.work_type, lang) if c.work_type else ""),
            (t("label_notes", lang), text(c.note)),
        ]
        items += _block(format_day(c.closed_on, lang), fields, st)
    return section(t("section_closure", lang), items, st)
