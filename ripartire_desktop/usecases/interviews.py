"""Interview notes: the draft kept while the counsellor types, and the note saved from it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ripartire_desktop.domain import Interview, InterviewDraft
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.changes import Changes, Kind
from ripartire_desktop.usecases.handover import require_editable


def _interviews_of(family_id: int) -> Changes:
    # An interview may agree the next appointment: the agenda shows it.
    return Changes.of(Kind.CASE, Kind.AGENDA, family_id=family_id)


def keep_interview_draft(
    records: Records, draft: InterviewDraft, *, durable: bool = True
) -> datetime:
    """Store what is typed so far (replacing the family's previous draft); returns when.

    A draft is nobody else's business until it is saved as a note: no change notice.
    `durable=False` (saves while typing) skips the disk flush, see `DraftRepository.save`."""
    return records.drafts.save(draft, durable=durable)


def interview_draft(records: Records, family_id: int) -> InterviewDraft | None:
    return records.drafts.get(family_id)


def discard_interview_draft(records: Records, family_id: int) -> bool:
    """Drop the family's draft; False if there was none."""
    return records.drafts.delete(family_id)


def save_interview_note(records: Records, draft: InterviewDraft) -> tuple[Interview, Changes]:
    """The draft becomes an interview of the family, and the draft is gone, together.

    ValidationError (nothing written) when the draft is not a valid interview yet."""
    require_editable(records, draft.family_id)
    interview = draft.to_interview()
    with records.transaction():
        saved = records.interviews.add(interview)
        records.drafts.delete(draft.family_id)
    return saved, _interviews_of(draft.family_id)


def update_interviews(records: Records, family_id: int, edited: Sequence[Interview]) -> Changes:
    """The Interviews tab's Save: every edited interview of the family, in one transaction."""
    require_editable(records, family_id)
    with records.transaction():
        for interview in edited:
            records.interviews.update(interview)
    return _interviews_of(family_id)


def update_interview(records: Records, interview: Interview) -> Changes:
    """An edit of a saved interview (from the family's Interviews tab)."""
    require_editable(records, interview.family_id)
    with records.transaction():
        records.interviews.update(interview)
    return _interviews_of(interview.family_id)
