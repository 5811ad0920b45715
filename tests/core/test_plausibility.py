"""Issue 15, dates without Qt: reading typed Italian dates, and the warnings that ask."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from ripartire_desktop.domain import Channel, FirstContact, FirstContactOutcome, Member, MemberRole
from ripartire_desktop.domain.day_text import DayTextError, parse_day_text, parse_moment_text
from ripartire_desktop.domain.path import PlanAction
from ripartire_desktop.domain.plausibility import Concern, date_warnings
from ripartire_desktop.domain.vocab import ActionType

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    "text", ["04/12/2026", "4/12/26", "4-12-2026", "04.12.2026", "2026-12-04", "4 / 12 / 2026"]
)
def test_the_ways_counsellors_write_a_day(text: str) -> None:
    assert parse_day_text(text, TODAY) == date(2026, 12, 4)


def test_words_and_empty_text() -> None:
    assert parse_day_text("oggi", TODAY) == TODAY
    assert parse_day_text("Today", TODAY) == TODAY
    assert parse_day_text("  ", TODAY) is None
    assert parse_day_text("1/1/80", TODAY) == date(1980, 1, 1)  # two digits: the likely century
    assert parse_moment_text("04/12/2026 9.30", TODAY) == (date(2026, 12, 4), time(9, 30))


def test_what_is_wrong_is_said_precisely() -> None:
    with pytest.raises(DayTextError) as caught:
        parse_day_text("31/02/2026", TODAY)
    assert (caught.value.kind, caught.value.month, caught.value.year, caught.value.days) == (
        "day",
        2,
        2026,
        28,
    )
    with pytest.raises(DayTextError) as caught:
        parse_day_text("12/13/2026", TODAY)
    assert caught.value.kind == "month"
    with pytest.raises(DayTextError) as caught:
        parse_day_text("domani mattina", TODAY)
    assert caught.value.kind == "format"


def test_unlikely_dates_give_warnings() -> None:
    desk = FirstContact(
        occurred_at=datetime(2030, 1, 1, 10, 0),
        channel=Channel.PHONE,
        outcome=FirstContactOutcome.INFORMATION_GIVEN,
    )
    assert [w.concern for w in date_warnings(desk, today=TODAY)] == [Concern.FAR_AHEAD]
    tomorrow = FirstContact(
        occurred_at=datetime(2026, 11, 29, 10, 0),
        channel=Channel.PHONE,
        outcome=FirstContactOutcome.INFORMATION_GIVEN,
    )
    assert [w.concern for w in date_warnings(tomorrow, today=TODAY)] == [Concern.FUTURE]
    member = Member(role=MemberRole.PARENT, birth_year=1990, unemployed_since=date(1985, 1, 1))
    assert [w.concern for w in date_warnings(member, today=TODAY)] == [Concern.BEFORE_BIRTH]
    action = PlanAction(family_id=1, action_type=ActionType.OTHER, due_on=date(2020, 6, 1))
    assert [w.concern for w in date_warnings(action, today=TODAY, new=True)] == [Concern.PAST_DUE]
    assert date_warnings(action, today=TODAY) == []  # an old action is simply overdue
    assert date_warnings(object(), today=TODAY) == []
