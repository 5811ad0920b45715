"""A family's documents, each written with its audit entry: case summary, consent form and
subject access export. The window (off its GUI thread) and the command line call these.

The target is checked just before writing (a file that appeared meanwhile is kept), the file
is written atomically and 0600, and the audit entry names the family by code and the kind of
document only, never a name.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ripartire_desktop.domain import Family
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.usecases.changes import Changes

FALLBACK_LANGUAGE = "it"


@dataclass(frozen=True, slots=True)
class Written:
    """What a document use case wrote: where, for which family, and what changed."""

    paths: tuple[Path, ...]
    family_code: str | None
    changes: Changes


def refuse_existing(path: Path) -> None:
    """Called just before writing: a file that appeared meanwhile is kept, never replaced."""
    if path.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))


def document_language(records: Records, lang: str | None) -> str:
    """The language asked for, else the one in the settings, else Italian."""
    return lang or records.settings.load().language or FALLBACK_LANGUAGE


def record_export(
    records: Records, detail: str, *, family: Family | None = None, family_code: str | None = None
) -> Changes:
    """The audit entry of an export, in its own transaction right after the file."""
    code = family.code if family is not None else family_code
    with records.transaction():
        records.audit.record(AuditAction.EXPORT, family_code=code, detail=detail)
    return Changes.of()


def case_summary(
    records: Records, code: str, target: Path, *, today: date, lang: str | None, identity: bool
) -> Written:
    """The case summary PDF of one family (names and contacts only with `identity`; without
    them the notes are redacted)."""
    from ripartire_desktop.reports.case_summary import load_case, write_case_summary

    settings = records.settings.load()
    case = load_case(records, code)
    refuse_existing(target)
    write_case_summary(
        target,
        case,
        organisation=settings.organisation,
        today=today,
        lang=document_language(records, lang),
        include_identity=identity,
    )
    detail = "case summary pdf" + (" with identity" if identity else "")
    changes = record_export(records, detail, family=case.family)
    return Written((target,), case.family.code, changes)


def consent_form(
    records: Records, family: str | int, target: Path, *, lang: str | None = None
) -> Written:
    """The privacy notice (the organisation's own, if it set one) and the consent sheet of a
    family, named by code or by id (its code may have changed since the caller read it)."""
    from ripartire_desktop.reports.consent_form import write_consent_form
    from ripartire_desktop.reports.consent_text import notice_for_form

    settings = records.settings.load()
    found = (
        records.families.get(family)
        if isinstance(family, int)
        else records.families.by_code(family)
    )
    text, version = notice_for_form(settings.privacy_notice)
    refuse_existing(target)
    write_consent_form(
        target,
        code=found.code,
        organisation=settings.organisation,
        municipality=found.municipality or settings.municipality,
        retention_months=settings.retention_months,
        notice_text=text,
        notice_version=version,
        lang=document_language(records, lang),
    )
    changes = record_export(records, "consent form pdf", family=found)
    return Written((target,), found.code, changes)


def subject_access(
    records: Records, code: str, folder: Path, *, today: date, lang: str | None = None
) -> Written:
    """Everything held about a family (GDPR arts. 15 and 20): a new folder with CODE.pdf and
    CODE.json (the folder must not exist yet)."""
    from ripartire_desktop.reports.subject_access import export_subject

    settings = records.settings.load()
    refuse_existing(folder)
    result = export_subject(
        records,
        code,
        folder,
        organisation=settings.organisation,
        retention_months=settings.retention_months,
        today=today,
        lang=document_language(records, lang),
    )
    family_code = result.json.stem
    changes = record_export(
        records, "subject access pdf+json, plaintext for the family", family_code=family_code
    )
    return Written((result.folder, result.pdf, result.json), family_code, changes)
