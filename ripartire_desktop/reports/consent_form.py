"""The consent form: the privacy notice and the consent sheet, filled in, to print and sign."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from ripartire_desktop.reports.consent_text import (
    DEFAULT_NOTICE_VERSION,
    default_notice,
    fill_notice,
)
from ripartire_desktop.reports.pdfbase import (
    CONTENT_WIDTH,
    FONT,
    MUTED,
    Metadata,
    PageFurniture,
    Styles,
    escape,
    gap,
    markup,
    para,
    render,
    styles,
    write_pdf,
)
from ripartire_desktop.reports.strings import t

BOX = "☐"  # U+2610, in DejaVu Sans


def _notice(text: str, st: Styles) -> list[Flowable]:
    """The notice's paragraphs; "## " starts a heading."""
    items: list[Flowable] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = block.strip("\n").split("\n")
        if lines and lines[0].startswith("## "):
            items.append(Paragraph(markup(lines[0][3:]), st.h2))
            lines = lines[1:]
        body = "\n".join(lines).strip()
        if body:
            items.append(para(body, st.body))
    return items


def _choice(text: str, st: Styles, lang: str) -> Flowable:
    """One scope with its two boxes, each option in its own column so it never wraps."""
    box = f'<font size="13">{BOX}</font>'
    table = Table(
        [
            [
                para(text, st.body),
                Paragraph(f"{box} {escape(t('consent_give', lang))}", st.body),
                Paragraph(f"{box} {escape(t('consent_refuse', lang))}", st.body),
            ]
        ],
        colWidths=[CONTENT_WIDTH * 0.56, CONTENT_WIDTH * 0.22, CONTENT_WIDTH * 0.22],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.4, MUTED),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _signature_lines(st: Styles, lang: str) -> Flowable:
    labels = [
        t("consent_name_line", lang),
        t("consent_place_date", lang),
        t("consent_signature", lang),
        t("consent_counsellor", lang),
    ]
    rows = [[para(label, st.small), ""] for label in labels]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.32, CONTENT_WIDTH * 0.68], rowHeights=26)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the empty cells too: no Helvetica
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, MUTED),
            ]
        )
    )
    return table


def consent_form_pdf(
    *,
    code: str,
    organisation: str,
    municipality: str,
    retention_months: int,
    notice_text: str | None = None,
    notice_version: str = DEFAULT_NOTICE_VERSION,
    lang: str = "it",
) -> bytes:
    st = styles()
    notice = fill_notice(
        default_notice(lang) if notice_text is None else notice_text,
        organisation=organisation,
        municipality=municipality,
        code=code,
        retention_months=retention_months,
    )
    who = organisation or "—"
    story: list[Flowable] = [
        Paragraph(escape(t("consent_title", lang)), st.title),
        Paragraph(f"<b>{markup(t('consent_family', lang, code=code))}</b>", st.body),
        para(t("consent_controller", lang, organisation=who), st.body),
        para(t("consent_version", lang, version=notice_version), st.muted),
        gap(4),
        *_notice(notice, st),
        KeepTogether(
            [
                Paragraph(escape(t("consent_declaration", lang)), st.h1),
                para(t("consent_intro", lang), st.body),
                gap(4),
                _choice(t("consent_scope_path", lang), st, lang),
                gap(4),
                _choice(t("consent_scope_statistics", lang), st, lang),
                gap(10),
                _signature_lines(st, lang),
            ]
        ),
    ]
    return render(
        story,
        metadata=Metadata(title=code, author=organisation, subject=t("consent_title", lang)),
        furniture=PageFurniture(
            lang=lang,
            header_left=organisation,
            header_right=code,
            footer_left=t("consent_version", lang, version=notice_version),
        ),
    )


def write_consent_form(path: Path, **fields: Any) -> None:
    """`consent_form_pdf(**fields)` written to `path` (0600, atomically)."""
    write_pdf(path, consent_form_pdf(**fields))
