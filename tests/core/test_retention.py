"""The retention review lists every final status and old desk text, and the CLI offers to
clear that text while the contacts stay counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from ripartire_desktop.domain import Channel, FamilyStatus, FirstContact, FirstContactOutcome
from ripartire_desktop.domain.outcomes import AssessmentRound
from ripartire_desktop.domain.vocab import RoundKind
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import families as uc
from ripartire_desktop.usecases import privacy
from ripartire_desktop.usecases.session import VaultSession
from tests.core.vaults import new_vault

TODAY = date(2026, 6, 1)
LONG_AGO = date(2020, 1, 10)


def final_family(records: Records, path: tuple[FamilyStatus, ...], on: date) -> str:
    family, _ = uc.new_family(records, on=on)
    assert family.id is not None
    for status in path:
        uc.change_status(records, family.id, status, on=on)
    return family.code


def old_desk_contact(records: Records, at: datetime, *, request: str = "affitto") -> int:
    contact = records.first_contacts.add(
        FirstContact(
            occurred_at=at,
            channel=Channel.PHONE,
            outcome=FirstContactOutcome.INFORMATION_GIVEN,
            request=request,
            notes="nota",
        )
    )
    assert contact.id is not None
    return contact.id


@pytest.fixture
def session(data_dir: Path) -> Iterator[VaultSession]:
    vault, _ = new_vault(data_dir)
    opened = VaultSession(vault, holder="test")
    opened.opened()
    yield opened
    vault.lock()


S = FamilyStatus


def test_every_final_status_past_the_period_is_listed_with_its_date(
    session: VaultSession,
) -> None:
    records = session.records
    withdrew = final_family(records, (S.WITHDREW,), LONG_AGO)
    referred = final_family(records, (S.INTAKE, S.ASSESSMENT, S.REFERRED), LONG_AGO)
    refused = final_family(records, (S.INTAKE, S.ASSESSMENT, S.NOT_ELIGIBLE), LONG_AGO)
    final_family(records, (S.WITHDREW,), TODAY)  # recent: kept
    final_family(records, (S.INTAKE,), LONG_AGO)  # not final: kept

    review = privacy.retention_review(records, today=TODAY)

    assert {(d.code, d.status, d.since) for d in review.due} == {
        (withdrew, S.WITHDREW, LONG_AGO),
        (referred, S.REFERRED, LONG_AGO),
        (refused, S.NOT_ELIGIBLE, LONG_AGO),
    }


def test_an_assessment_after_the_final_status_counts_from_its_day(
    session: VaultSession,
) -> None:
    """A follow-up assessed after the family left the path restarts the period: a family is
    due only when both its final status and its last assessment are older than the period."""
    records = session.records
    followed_late = final_family(records, (S.WITHDREW,), LONG_AGO)
    followed_early = final_family(records, (S.WITHDREW,), LONG_AGO)
    never_followed = final_family(records, (S.WITHDREW,), LONG_AGO)
    late, early = date(2025, 9, 1), date(2021, 3, 5)  # the period: 2024-06-01 and before
    for code, day in ((followed_late, late), (followed_early, early)):
        family_id = records.families.by_code(code).id
        assert family_id is not None
        records.rounds.save(
            AssessmentRound(
                family_id=family_id,
                kind=RoundKind.FOLLOW_UP,
                assessed_on=day,
                follow_up_months=6,
            )
        )

    review = privacy.retention_review(records, today=TODAY)

    assert [(d.code, d.since) for d in review.due] == [
        (never_followed, LONG_AGO),
        (followed_early, early),  # oldest first, from the later of the two dates
    ]
    assert all(d.family_id == records.families.by_code(d.code).id for d in review.due)


def test_old_desk_text_is_listed_and_cleared_keeping_the_count(session: VaultSession) -> None:
    records = session.records
    old = old_desk_contact(records, datetime(2020, 2, 3, 10, 0))
    recent = old_desk_contact(records, datetime(2026, 5, 3, 10, 0))
    old_desk_contact(records, datetime(2020, 2, 4, 10, 0), request="")  # no text: nothing to do
    records.conn.execute("UPDATE first_contacts SET notes = '' WHERE request = ''")

    review = privacy.retention_review(records, today=TODAY)
    assert [(o.contact_id, o.occurred_at) for o in review.desk_text] == [
        (old, datetime(2020, 2, 3, 10, 0))
    ]

    cleared = privacy.clear_old_desk_text(session, [old])

    assert cleared.cleared == 1
    assert records.conn.execute("SELECT count(*) FROM first_contacts").fetchone()[0] == 3
    assert (records.first_contacts.get(old) or pytest.fail()).request == ""
    assert (records.first_contacts.get(recent) or pytest.fail()).request == "affitto"
    assert privacy.retention_review(records, today=TODAY).desk_text == []
    assert records.search.search("affitto", limit=10)  # the recent one is still found


def test_the_cli_lists_both_and_clears_desk_text_when_confirmed(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    withdrew = final_family(records, (S.WITHDREW,), LONG_AGO)
    old_desk_contact(records, datetime(2020, 2, 3, 10, 0))
    vault.lock()
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)

    listed = cli("retention", *args)

    assert listed.code == 0, listed.err
    assert f"{withdrew}  withdrew on {LONG_AGO.isoformat()}" in listed.out
    assert "desk contact of 2020-02-03 10:00" in listed.out

    cleared = cli("retention", "--clear-desk-text", "--yes", *args)
    assert "Cleared the text of 1 desk contacts" in cleared.out
    again = cli("retention", *args)
    assert "desk contact of" not in again.out
    assert withdrew in again.out


def test_the_dashboard_reads_use_their_indexes(session: VaultSession) -> None:
    """What the dashboard asks each time it is shown reads an index range, not every family,
    action or payment (migration 0014: at 50,000 families the retention review took 140 ms,
    the overdue count 101 ms and the budget lines' sums 22 ms before)."""
    conn = session.records.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        privacy.retention_review(session.records, today=TODAY)
        session.records.actions.count_overdue(TODAY)
        session.records.budget.use()
    finally:
        conn.set_trace_callback(None)
    plans = {}
    for sql in statements:
        if sql.lstrip().upper().startswith("SELECT"):
            plans[sql] = [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    retention = next(p for sql, p in plans.items() if "families_final_since" in " ".join(p))
    assert not [line for line in retention if line.startswith("SCAN")]
    overdue = next(p for sql, p in plans.items() if "FROM actions" in sql and "count(" in sql)
    assert any("actions_open_due" in line for line in overdue), overdue
    paid = next(p for sql, p in plans.items() if "FROM aid_payments" in sql and "sum(" in sql)
    assert any("COVERING INDEX aid_budget_line_amounts" in line for line in paid), paid
