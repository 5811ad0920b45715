"""Turns the plans into rows: one family at a time, with every record its status implies, and
the anonymous desk contacts of people who gave no name."""

from __future__ import annotations

from collections.abc import Sequence

from ripartire_desktop.domain.codes import format_family_code
from ripartire_desktop.domain.vocab import Channel, FirstContactOutcome
from ripartire_desktop.store.records.team import own_mark

from .bulk import FLUSH_ROWS, Writer
from .case import assessment, closure, consent, interviews, path
from .odds import CHANNEL, DESK_OUTCOME, HISTORY_DAYS, S
from .people import household, identity
from .plan import Plan, days, moment, weekday
from .rounds import rounds
from .words import COUNSELLORS, DESK_NOTES, MUNICIPALITY, NEIGHBOUR_TOWNS, REQUESTS


def write(w: Writer, plans: Sequence[Plan]) -> None:
    """Insert the families of `plans` (call inside a transaction)."""
    w.number_from_vault()
    mark = own_mark(w.conn)
    seqs = dict(
        w.conn.execute(
            "SELECT year, max(seq) FROM issued_codes WHERE mark = ? GROUP BY year", (mark,)
        )
    )
    for plan in plans:
        year = plan.created.year
        seqs[year] = seqs.get(year, 0) + 1
        code = format_family_code(year, seqs[year], mark=mark)
        _family(w, plan, (code, year, seqs[year], mark))
        if len(w.rows["interviews"]) >= FLUSH_ROWS:
            w.flush()
    w.flush()


def _family(w: Writer, plan: Plan, issued: tuple[str, int, int, str]) -> None:
    code = issued[0]
    rng = w.rng
    fid = w.take_id("families")
    channel = CHANNEL(rng)
    adults, minors, story = household(w, fid, plan)
    municipality = rng.choice(NEIGHBOUR_TOWNS) if plan.unmet == "resident" else MUNICIPALITY
    w.rows["issued_codes"].append(issued)
    w.rows["families"].append(
        (
            fid,
            code,
            plan.status.value,
            rng.choice(COUNSELLORS),
            municipality,
            adults,
            minors,
            channel.value,
            _known(w, plan, channel),
            plan.created.isoformat(),
            plan.updated.isoformat(),
            None if plan.opened is None else plan.opened.isoformat(),
            None if plan.closed is None else plan.closed.isoformat(),
        )
    )
    identity(w, fid, plan, story, municipality)
    w.rows["first_contacts"].append(
        (
            fid,
            moment(plan.created, rng),
            channel.value,
            (
                FirstContactOutcome.APPOINTMENT_BOOKED
                if rng.random() < 0.85
                else FirstContactOutcome.INFORMATION_GIVEN
            ).value,
            rng.choice(REQUESTS),
            "",
            None,  # appointment_at: the demo's appointments are its interviews
        )
    )
    areas = assessment(w, fid, plan, story)
    rounds(w, fid, plan, story, minors)
    interviews(w, fid, plan, story, areas)
    path(w, fid, plan)
    if plan.status != S.FIRST_CONTACT:
        consent(w, fid, plan)
    if plan.status == S.CLOSED:
        closure(w, fid, plan, story)


def _known(w: Writer, plan: Plan, channel: Channel) -> int | None:
    """Known to the social services: mostly not (the "numero oscuro"), None if not asked."""
    r = w.rng.random()
    if plan.status == S.FIRST_CONTACT and r < 0.4:
        return None
    if r < 0.05:
        return None
    return int(r > (0.5 if channel == Channel.REFERRAL else 0.76))


def anonymous_contacts(w: Writer, count: int) -> None:
    """Desk contacts of people who gave no name: counted in the reach, linked to nobody."""
    rng, today = w.rng, w.today
    low = today - days(HISTORY_DAYS)
    for _ in range(count):
        day = weekday(today - days(rng.randint(0, HISTORY_DAYS)), low, today)
        w.rows["first_contacts"].append(
            (
                None,
                moment(day, rng),
                CHANNEL(rng).value,
                DESK_OUTCOME(rng).value,
                rng.choice(REQUESTS),
                rng.choice(DESK_NOTES),
                None,  # appointment_at
            )
        )
