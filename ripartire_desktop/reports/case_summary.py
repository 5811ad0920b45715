"""The case summary PDF: everything about one family, for the counsellor's paper file.

Marked confidential on every page, with the family code in the header and "pagina N di M" at
the foot. The PDF's metadata carry the code only (title) and the organisation (author): never a
name. Names and contacts are printed only when asked for (`include_identity`), as the subject
access export does; the vault keeps them either way. Without identity every typed text (notes,
next steps, participants, actions, payees, closures) is redacted with every identifier the vault
knows for the family, and the page says what was replaced.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from ripartire_desktop.domain import Identity
from ripartire_desktop.privacy.redaction import Redactor
from ripartire_desktop.reports import case_rounds
from ripartire_desktop.reports import case_sections as sections
from ripartire_desktop.reports.case_file import CaseFile, load_case
from ripartire_desktop.reports.case_sections import FreeText
from ripartire_desktop.reports.pdfbase import (
    Metadata,
    PageFurniture,
    escape,
    para,
    render,
    styles,
    write_pdf,
)
from ripartire_desktop.reports.strings import format_day, t

__all__ = [
    "CaseFile",
    "case_story",
    "case_summary_pdf",
    "confidential_pdf",
    "load_case",
    "write_case_summary",
]


def identifiers(identity: Identity | None) -> list[str]:
    """Every identifying string the vault holds for the family: each person's names (alone and
    together), phones, e-mails, address and tax codes."""
    if identity is None:
        return []
    found: list[str] = []
    for person in identity.people:
        found += [
            person.given_name,
            person.family_name,
            f"{person.given_name} {person.family_name}",
        ]
    found += [*identity.phones, *identity.emails, identity.address, *identity.all_tax_codes()]
    return [s for s in dict.fromkeys(found) if s.strip()]


def case_story(case: CaseFile, *, lang: str, include_identity: bool, today: date) -> list[Flowable]:
    """The body of the case summary (shared with the subject access export)."""
    st = styles()
    text = FreeText(None if include_identity else Redactor(identifiers(case.identity)))
    # The identity block reports on the redaction of all the others: it is built last.
    body = [
        *sections.members(case, st, lang, today),
        *sections.first_contacts(case, st, lang, text),
        *sections.assessment(case, st, lang, text),
        *case_rounds.rounds(case, st, lang, text),
        *sections.interviews(case, st, lang, text),
        *sections.actions(case, st, lang, text),
        *sections.aid(case, st, lang, text),
        *sections.consents(case, st, lang, today, text),
        *sections.closures(case, st, lang, text),
    ]
    household = sections.household(case, st, lang, text)
    return [*household, *sections.identity(case, st, lang, text), *body]


def confidential_pdf(
    story: list[Flowable], *, code: str, organisation: str, subject: str, today: date, lang: str
) -> bytes:
    """A confidential document about one family: its code and "printed on" on every page."""
    return render(
        story,
        metadata=Metadata(title=code, author=organisation, subject=subject),
        furniture=PageFurniture(
            lang=lang,
            header_left=t("confidential", lang),
            header_right=code,
            footer_left=organisation,
            footer_right=t("printed_on", lang, day=format_day(today, lang)),
            confidential=True,
        ),
    )


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
    subject = t("case_subject", lang)
    return confidential_pdf(
        story, code=code, organisation=organisation, subject=subject, today=today, lang=lang
    )


def write_case_summary(path: Path, case: CaseFile, **options: Any) -> None:
    """`case_summary_pdf(case, **options)` written to `path` (0600, atomically)."""
    write_pdf(path, case_summary_pdf(case, **options))
