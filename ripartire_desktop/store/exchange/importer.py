"""Storing the families of a checked family file: all of them in one transaction, or none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.facade import Records

from .reader import join
from .schemas import FamilyBundle, FamilyFileError, ImportedFamily

BULK_IMPORT = 100  # families at least, for the search index to be merged after the import


def import_families(
    records: Records, bundles: list[FamilyBundle], *, on: date
) -> list[ImportedFamily]:
    """Store every family of `bundles` in one transaction: all of them, or none.

    A family keeps the code of its file when that code was never issued in this vault; otherwise
    it gets the next code of its `created_on` year. `on` is the day of the import: a family
    created or updated after it is refused (a wrong date, or a clock set wrong).
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
            code = _store(records, bundle)
            records.audit.record(
                AuditAction.IMPORT, family_code=code, detail=f"code in file {bundle.code_in_file}"
            )
            imported.append(ImportedFamily(bundle.code_in_file, code))
    if len(bundles) >= BULK_IMPORT:
        # Many families arrive as many small pieces of the search index: merged into one,
        # a search reads one list per word instead of dozens.
        records.search.rebuild()
    return imported


def _store(records: Records, bundle: FamilyBundle) -> str:
    stored = records.families.add(bundle.family, keep_code=True)
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
        records.aid.add(replace(linked.payment, family_id=fid, action_id=action_id))
    for consent in bundle.consents:
        records.consents.add(replace(consent, family_id=fid))
    for closure in bundle.closures:
        records.closures.add(replace(closure, family_id=fid))
    return stored.code
