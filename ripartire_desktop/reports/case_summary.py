"""The case summary PDF: everything about one family, for the counsellor's paper file.

Marked confidential on every page, with the family code in the header and "pagina N di M" at
the foot. The PDF's metadata carry the code only (title) and the organisation (author): never a
name. Names and contacts are printed only when asked for (`include_identity`), as the subject
access export does; the vault keeps them either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ripartire_desktop.domain import (
    AidPayment,
    Assessment,
    Closure,
    Consent,
    Family,
    FirstContact,
    Identity,
    Interview,
    Member,
    PlanAction,
    format_cents,
    label,
)
from ripartire_desktop.domain.aid import total_cents, totals_by_category
from ripartire_desktop.reports.pdfbase import (
    CONTENT_WIDTH,
    Metadata,
    PageFurniture,
    Styles,
    escape,
    gap,
    grid,
    labelled,
    markup,
    para,
    render,
    section,
    styles,
    write_pdf,
)
from ripartire_desktop.reports.strings import (
    format_day,
    format_moment,
    format_month_of,
    t,
    yes_no,
)
from ripartire_desktop.store.records import Records


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything the vault holds about one family, read once for a document."""

    family: Family
    identity: Identity | None
    members: tuple[Member, ...] = ()
    first_contacts: tuple[FirstContact, ...] = ()
    assessment: Assessment | None = None
    interviews: tuple[Interview, ...] = ()  # oldest first, as a paper file reads
    actions: tuple[PlanAction, ...] = ()
    payments: tuple[AidPayment, ...] = ()
    consents: tuple[Consent, ...] = ()
    closures: tuple[Closure, ...] = ()


def load_case(records: Records, code: str) -> CaseFile:
    """The family with `code` and all its records (FamilyNotFoundError if there is none)."""
    family = records.families.by_code(code)
    fid = family.id
    assert fid is not None  # a stored family has an id
    interviews = sorted(records.interviews.for_family(fid), key=lambda i: (i.starts_at, i.id or 0))
    return CaseFile(
        family=family,
        identity=records.identities.get(fid),
        members=tuple(records.members.for_family(fid)),
        first_contacts=tuple(records.first_contacts.for_family(fid)),
        assessment=records.assessments.for_family(fid),
        interviews=tuple(interviews),
        actions=tuple(records.actions.for_family(fid)),
        payments=tuple(records.aid.for_family(fid)),
        consents=tuple(records.consents.for_family(fid)),
        closures=tuple(records.closures.for_family(fid)),
    )


# --- sections ---------------------------------------------------------------------------------


def _key_values(pairs: list[tuple[str, object]], st: Styles) -> Flowable:
    rows = [[Paragraph(f"<b>{escape(k)}</b>", st.cell), para(v, st.cell)] for k, v in pairs]
    return grid(rows, [CONTENT_WIDTH * 0.34, CONTENT_WIDTH * 0.66], st, header=False)


def _household(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
    f = case.family
    channel = label(f.first_contact_channel, lang) if f.first_contact_channel else ""
    pairs: list[tuple[str, object]] = [
        (t("field_code", lang), f.code),
        (t("field_status", lang), label(f.status, lang)),
        (t("field_counsellor", lang), f.counsellor),
        (t("field_municipality", lang), f.municipality),
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


def _identity(case: CaseFile, st: Styles, lang: str, include: bool) -> list[Flowable]:
    if not include:
        return [gap(2), para(t("identity_left_out", lang), st.muted)]
    identity = case.identity
    if identity is None:
        return section(t("section_identity", lang), [para(t("no_identity", lang), st.body)], st)
    people = [
        " ".join(p for p in (person.given_name, person.family_name) if p)
        + (f" ({person.tax_code})" if person.tax_code else "")
        for person in identity.people
    ]
    pairs: list[tuple[str, object]] = [
        (t("field_names", lang), "\n".join(people)),
        (t("field_phones", lang), "\n".join(identity.phones)),
        (t("field_emails", lang), "\n".join(identity.emails)),
        (t("field_address", lang), identity.address),
        (t("field_tax_code", lang), identity.tax_code or ""),
        (t("field_contact_preferences", lang), identity.contact_preferences),
    ]
    return section(t("section_identity", lang), [_key_values(pairs, st)], st)


def _members(case: CaseFile, st: Styles, lang: str, today: date) -> list[Flowable]:
    if not case.members:
        return []
    rows: list[list[object]] = [
        [
            t("col_role", lang),
            t("col_age", lang),
            t("col_work", lang),
            t("col_education", lang),
            t("col_unemployed_since", lang),
        ]
    ]
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
    w = CONTENT_WIDTH
    return section(
        t("section_members", lang),
        [grid(rows, [w * 0.16, w * 0.16, w * 0.24, w * 0.28, w * 0.16], st)],
        st,
    )


def _block(title: str, fields: list[tuple[str, str]], st: Styles) -> list[Flowable]:
    """A bold line, then "label: text" paragraphs for the non-empty fields."""
    items: list[Flowable] = [Paragraph(markup(title), st.h2)]
    items += [labelled(k, v, st) for k, v in fields if v.strip()]
    return items


def _first_contacts(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
    if not case.first_contacts:
        return []
    items: list[Flowable] = []
    for c in case.first_contacts:
        title = " · ".join(
            [format_moment(c.occurred_at, lang), label(c.channel, lang), label(c.outcome, lang)]
        )
        items += _block(
            title, [(t("label_request", lang), c.request), (t("label_notes", lang), c.notes)], st
        )
    return section(t("section_first_contacts", lang), items, st)


def _assessment(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
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
        rows: list[list[object]] = [
            [
                t("col_area", lang),
                t("col_baseline", lang),
                t("col_exit", lang),
                t("col_change", lang),
            ]
        ]
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
        w = CONTENT_WIDTH
        items += [gap(), grid(rows, [w * 0.46, w * 0.16, w * 0.16, w * 0.22], st), gap()]
    if a.resources.strip():
        items.append(labelled(t("label_resources", lang), a.resources, st))
    notes = [(label(n.area, lang), n.note) for n in a.needs if n.note.strip()]
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


def _interviews(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
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
                (t("label_participants", lang), i.participants),
                (t("label_topics", lang), ", ".join(label(a, lang) for a in i.topics)),
                (t("label_notes", lang), i.notes),
                (t("label_next_steps", lang), i.next_steps),
                (t("label_next_appointment", lang), format_moment(i.next_appointment, lang)),
            ],
            st,
        )
    return section(f"{t('section_interviews', lang)} ({len(case.interviews)})", items, st)


def _actions(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
    if not case.actions:
        return []
    rows: list[list[object]] = [
        [t("col_type", lang), t("col_status", lang), t("col_due", lang), t("label_notes", lang)]
    ]
    for a in case.actions:
        details = [
            f"<b>{escape(k)}:</b> {markup(v)}"
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
    w = CONTENT_WIDTH
    return section(
        t("section_actions", lang), [grid(rows, [w * 0.22, w * 0.13, w * 0.13, w * 0.52], st)], st
    )


def _aid(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
    if not case.payments:
        return []
    rows: list[list[object]] = [
        [
            t("col_date", lang),
            t("col_category", lang),
            t("col_payee", lang),
            t("col_receipt", lang),
            t("col_amount", lang),
        ]
    ]
    for p in case.payments:
        payee = label(p.payee_kind, lang) + (f": {p.payee_name}" if p.payee_name.strip() else "")
        rows.append(
            [
                format_day(p.paid_on, lang),
                label(p.category, lang),
                payee,
                p.receipt_ref,
                format_cents(p.amount_cents, lang),
            ]
        )
    rows.append(
        ["", t("label_total_aid", lang), "", "", format_cents(total_cents(case.payments), lang)]
    )
    w = CONTENT_WIDTH
    ledger = grid(
        rows, [w * 0.13, w * 0.22, w * 0.30, w * 0.17, w * 0.18], st, right_from=4, bold_last=True
    )
    by_category = [[t("label_total_by_category", lang), t("col_amount", lang)]] + [
        [label(category, lang), format_cents(cents, lang)]
        for category, cents in totals_by_category(case.payments).items()
        if cents
    ]
    totals = grid(by_category, [w * 0.5, w * 0.2], st, right_from=1)
    totals.hAlign = "LEFT"
    return section(t("section_aid", lang), [ledger, gap(6), totals], st)


def _consents(case: CaseFile, st: Styles, lang: str, today: date) -> list[Flowable]:
    if not case.consents:
        return []
    rows: list[list[object]] = [
        [
            t("label_notice_version", lang),
            t("label_given_on", lang),
            t("label_method", lang),
            t("label_scopes", lang),
            t("label_withdrawn_on", lang),
            t("label_active", lang),
        ]
    ]
    for c in case.consents:
        rows.append(
            [
                c.notice_version,
                format_day(c.given_on, lang),
                label(c.method, lang),
                ", ".join(label(s, lang) for s in sorted(c.scopes)),
                format_day(c.withdrawn_on, lang),
                yes_no(c.is_active(today), lang),
            ]
        )
    w = CONTENT_WIDTH
    widths = [w * 0.16, w * 0.13, w * 0.2, w * 0.27, w * 0.13, w * 0.11]
    return section(t("section_consent", lang), [grid(rows, widths, st)], st)


def _closures(case: CaseFile, st: Styles, lang: str) -> list[Flowable]:
    if not case.closures:
        return []
    items: list[Flowable] = []
    for c in case.closures:
        fields = [
            (t("label_reason", lang), label(c.reason, lang)),
            (t("col_outcome", lang), label(c.outcome, lang)),
            (t("label_work_type", lang), label(c.work_type, lang) if c.work_type else ""),
            (t("label_notes", lang), c.note),
        ]
        items += _block(format_day(c.closed_on, lang), fields, st)
    return section(t("section_closure", lang), items, st)


def case_story(case: CaseFile, *, lang: str, include_identity: bool, today: date) -> list[Flowable]:
    """The body of the case summary (shared with the subject access export)."""
    st = styles()
    return [
        *_household(case, st, lang),
        *_identity(case, st, lang, include_identity),
        *_members(case, st, lang, today),
        *_first_contacts(case, st, lang),
        *_assessment(case, st, lang),
        *_interviews(case, st, lang),
        *_actions(case, st, lang),
        *_aid(case, st, lang),
        *_consents(case, st, lang, today),
        *_closures(case, st, lang),
    ]


def case_summary_pdf(
    case: CaseFile,
    *,
    organisation: str,
    today: date,
    lang: str = "it",
    include_identity: bool = False,
) -> bytes:
    st = styles()
    code = case.family.code
    story: list[Flowable] = [
        Paragraph(escape(t("case_title", lang, code=code)), st.title),
        para(t("case_intro", lang), st.muted),
        *case_story(case, lang=lang, include_identity=include_identity, today=today),
    ]
    return render(
        story,
        metadata=Metadata(title=code, author=organisation, subject=t("case_subject", lang)),
        furniture=PageFurniture(
            lang=lang,
            header_left=t("confidential", lang),
            header_right=code,
            footer_left=organisation,
            footer_right=t("printed_on", lang, day=format_day(today, lang)),
            confidential=True,
        ),
    )


def write_case_summary(
    path: Path,
    case: CaseFile,
    *,
    organisation: str,
    today: date,
    lang: str = "it",
    include_identity: bool = False,
) -> None:
    data = case_summary_pdf(
        case, organisation=organisation, today=today, lang=lang, include_identity=include_identity
    )
    write_pdf(path, data)
