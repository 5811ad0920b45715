"""Subject access export (GDPR arts. 15 and 20): one folder with a PDF and a JSON file.

The JSON is the family file of `store.exchange` (the same document `ripartire export-family`
writes and `ripartire import` reads back), so the family can take its data elsewhere. The PDF
says the same for people: every record, names and notes included, and how the data is processed.
The folder appears complete or not at all: it is written under a temporary name and renamed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ripartire_desktop.paths import DIR_MODE
from ripartire_desktop.reports.case_summary import (
    CaseFile,
    case_story,
    confidential_pdf,
    load_case,
)
from ripartire_desktop.reports.pdfbase import (
    escape,
    para,
    section,
    styles,
    write_pdf,
)
from ripartire_desktop.reports.strings import t
from ripartire_desktop.store import exchange
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.fileio import atomic_write, fsync_dir
from ripartire_desktop.store.records import Records


@dataclass(frozen=True, slots=True)
class SubjectExport:
    folder: Path
    pdf: Path
    json: Path


def subject_access_pdf(
    case: CaseFile, *, organisation: str, retention_months: int, today: date, lang: str = "it"
) -> bytes:
    st = styles()
    code = case.family.code
    who = organisation or "—"
    story: list[Flowable] = [
        Paragraph(escape(t("sar_title", lang, code=code)), st.title),
        para(t("sar_intro", lang, organisation=who, code=code), st.body),
        *section(
            t("section_processing", lang),
            [para(t("sar_processing", lang, months=retention_months), st.body)],
            st,
        ),
        *case_story(case, lang=lang, include_identity=True, today=today),
    ]
    subject = t("sar_subject", lang)
    return confidential_pdf(
        story, code=code, organisation=organisation, subject=subject, today=today, lang=lang
    )


def export_subject(
    records: Records,
    code: str,
    folder: Path,
    *,
    organisation: str,
    retention_months: int,
    today: date,
    lang: str = "it",
) -> SubjectExport:
    """Write `folder` (which must not exist) with CODE.pdf and CODE.json inside."""
    if folder.exists():
        raise VaultError(
            f"{folder} already exists: choose another folder name; nothing was written."
        )
    if not folder.parent.is_dir():
        raise VaultError(f"The folder {folder.parent} does not exist; nothing was written.")
    case = load_case(records, code)
    family_code = case.family.code
    pdf = subject_access_pdf(
        case, organisation=organisation, retention_months=retention_months, today=today, lang=lang
    )
    document = exchange.dumps(exchange.export_family(records, family_code))
    staging = folder.with_name(f".{folder.name}.{secrets.token_hex(6)}.tmp")
    os.mkdir(staging, DIR_MODE)
    try:
        write_pdf(staging / f"{family_code}.pdf", pdf)
        atomic_write(staging / f"{family_code}.json", document)
        fsync_dir(staging)
        if folder.exists():  # appeared meanwhile: never replace someone else's folder
            raise VaultError(f"{folder} already exists: nothing was written.")
        os.rename(staging, folder)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
        raise
    fsync_dir(folder.parent)
    return SubjectExport(folder, folder / f"{family_code}.pdf", folder / f"{family_code}.json")
