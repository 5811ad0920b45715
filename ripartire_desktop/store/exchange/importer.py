"""Storing the families of a checked family file: all of them in one transaction, or none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from ripartire_desktop.domain import BudgetLine, default_line
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.facade import Records

from .reader import join
from .schemas import FamilyBundle, FamilyFileError, ImportedFamily, LinkedPayment

BULK_IMPORT = 100  # families at least, for the search index to be merged after the import


def import_families(
    records: Records,
    bundles: list[FamilyBundle],
    *,
    on: date,
    keep_codes: bool = True,
    detail: Callable[[FamilyBundle], str] | None = None,
) -> list[ImportedFamily]:
    """Store every family of `bundles` in one transaction: all of them, or none.

    A family keeps the code of its file when that code was never issued in this vault; otherwise
    it gets the next code of its `created_on` year (always, with `keep_codes` False: the
    spreadsheet import's families have no code yet). `on` is the day of the import: a family
    created or updated after it is refused (a wrong date, or a clock set wrong). `detail` gives
    each family's audit detail (by default the code it had in the file).
    """
    for bundle in bundles:
        for name in ("created_on", "updated_on"):
            if getattr(bundle.family, name) > on:
                raise FamilyFileError(
                    join(bundle.path, name), f"is after the day of import ({on.isoformat()})"
                )
    imported: list[ImportedFamily] = []
    with records.transaction():
        for bundle in bundles:
            code = store_family(records, bundle, keep_code=keep_codes, on=on)
            said = f"code in file {bundle.code_in_file}" if detail is None else detail(bundle)
            records.audit.record(AuditAction.IMPORT, family_code=code, detail=said)
            imported.append(ImportedFamily(bundle.code_in_file, code))
    if len(bundles) >= BULK_IMPORT:
        # Many families arrive as many small pieces of the search index: merged into one,
        # a search reads one list per word instead of dozens.
        records.search.rebuild()
    return imported


def store_family(
    records: Records, bundle: FamilyBundle, *, keep_code: bool = True, on: date | None = None
) -> str:
    """Store one checked family and its records (in the caller's transaction); its code.
    `on`: the day of the import (today if not given), for a version-1 file's assessment."""
    stored = records.families.add(bundle.family, keep_code=keep_code)
    fid = stored.id
    assert fid is not None
    if bundle.identity is not None:
        records.identities.save(fid, replace(bundle.identity, family_id=fid))
    for member in bundle.members:
        records.members.add(fid, member)
    for contact in bundle.first_contacts:
        records.first_contacts.add(replace(contact, family_id=fid))
    if bundle.assessment is not None:
        records.assessments.save(replace(bundle.assessment, family_id=fid))
    for interview in bundle.interviews:
        records.interviews.add(replace(interview, family_id=fid))
    action_ids = [records.actions.add(replace(a, family_id=fid)).id for a in bundle.actions]
    for linked in bundle.aid_payments:
        action_id = None if linked.action_index is None else action_ids[linked.action_index]
        line_id = _line_id(records, linked)
        records.aid.add(
            replace(linked.payment, family_id=fid, action_id=action_id, budget_line_id=line_id)
        )
    for consent in bundle.consents:
        records.consents.add(replace(consent, family_id=fid))
    for closure in bundle.closures:
        records.closures.add(replace(closure, family_id=fid))
    member_ids = [m.id for m in records.members.for_family(fid)]
    for found in bundle.rounds or ():
        work = tuple(
            replace(w, member_id=None if w.member_id is None else member_ids[w.member_id - 1])
            for w in found.work
        )
        records.rounds.save(replace(found, family_id=fid, work=work))
    if bundle.rounds is None and bundle.assessment is not None:
        # A file of format version 1: its assessment is the baseline (and exit) of its path.
        records.rounds.mirror(replace(bundle.assessment, family_id=fid), today=on or date.today())
    return stored.code


def _line_id(records: Records, linked: LinkedPayment) -> int | None:
    """The budget line a payment read from a file is paid from in this vault.

    The line of the same name when there is one; a line the file names that this vault lacks
    is added with amount 0 (the coordinator fills in the amount: nothing in the file is lost);
    a payment of a file without lines goes to the only line of its year, else to none.
    """
    if linked.budget_line is None:
        found = default_line(records.budget.all(), linked.payment.paid_on.year)
        return None if found is None else found.id
    name, funder, year = linked.budget_line
    line = records.budget.by_name(name) or records.budget.add(
        BudgetLine(name=name, funder=funder, year=year, amount_cents=0)
    )
    return line.id
