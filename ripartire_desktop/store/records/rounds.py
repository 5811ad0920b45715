"""Assessments over time (store side): a family's rounds with their scores, adults' work and
benefits, and the dates the agenda shows (benefit renewals, ISEE expiry, follow-ups)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ripartire_desktop.domain import (
    AdultWork,
    Assessment,
    AssessmentRound,
    Benefit,
    BenefitKind,
    NeedArea,
    RoundKind,
    RoundScore,
    WorkSituation,
    episode_for,
)
from ripartire_desktop.store.columns import (
    ASSESSMENT_ROUNDS,
    ROUND_BENEFITS,
    ROUND_SCORES,
    ROUND_WORK,
)
from ripartire_desktop.store.records import _convert as cv
from ripartire_desktop.store.records._table import Repository, Shape

_SHAPE = Shape(ASSESSMENT_ROUNDS, AssessmentRound)
_ORDER = "ORDER BY episode, assessed_on, id"
_FOR_FAMILY = _SHAPE.select(f"WHERE family_id = ? {_ORDER}")
_SCORES = ROUND_SCORES.select(
    "WHERE round_id IN (SELECT id FROM assessment_rounds WHERE family_id = ?) ORDER BY area"
)
_WORK = ROUND_WORK.select(
    "WHERE round_id IN (SELECT id FROM assessment_rounds WHERE family_id = ?) ORDER BY position",
    columns=("round_id", "member_id", "work_situation"),
)
_BENEFITS = ROUND_BENEFITS.select(
    "WHERE round_id IN (SELECT id FROM assessment_rounds WHERE family_id = ?) ORDER BY position",
    columns=("round_id", "kind", "name", "monthly_cents", "renewal_on"),
)
# The latest round of each family (by day, then id): its benefits and ISEE are the ones now.
# The latest round of round r's family (an index of migration 0014 finds it in one step).
_LATEST_OF_R = """
    SELECT r2.id FROM assessment_rounds r2 WHERE r2.family_id = r.family_id
    ORDER BY r2.assessed_on DESC, r2.id DESC LIMIT 1
"""


def _families(
    column: str,
    only: int | None = None,
    closed_within: Sequence[tuple[date, date]] = (),
) -> tuple[str, tuple[object, ...]]:
    """Conditions on `column` (a family id) keeping one family's rows (`only`: a family's own
    tab asks for its own dates), and those of families whose last closure falls in one of
    the `closed_within` ranges (inclusive: the closures whose follow-ups can fall in the
    agenda's window). At 50,000 families, reading every family's took 0.9 s."""
    sql = ""
    params: list[object] = []
    if only is not None:
        sql, params = f" AND {column} = ?", [only]
    if closed_within:
        ranges = " OR ".join("max(closed_on) BETWEEN ? AND ?" for _ in closed_within)
        sql += (
            f" AND {column} IN (SELECT family_id FROM closures GROUP BY family_id HAVING {ranges})"
        )
        params += [cv.day(day) for pair in closed_within for day in pair]
    return sql, tuple(params)


@dataclass(frozen=True, slots=True)
class DatedFact:
    """A day the agenda shows for a family: a benefit to renew, an ISEE that expires."""

    family_id: int
    code: str
    on: date
    what: str  # "benefit" or "isee"
    kind: str  # the benefit kind or the ISEE type (vocabulary values)
    name: str = ""  # the name of an "other" benefit


class RoundRepository(Repository):
    def for_family(self, family_id: int) -> list[AssessmentRound]:
        """The family's rounds, path by path, oldest first, with everything recorded in them."""
        scores: dict[int, list[RoundScore]] = defaultdict(list)
        for round_id, area, severity in self._conn.execute(_SCORES, (family_id,)):
            scores[round_id].append(RoundScore(area=NeedArea(area), severity=severity))
        work: dict[int, list[AdultWork]] = defaultdict(list)
        for round_id, member_id, situation in self._conn.execute(_WORK, (family_id,)):
            work[round_id].append(
                AdultWork(member_id=member_id, work_situation=WorkSituation(situation))
            )
        benefits: dict[int, list[Benefit]] = defaultdict(list)
        for round_id, kind, name, cents, renewal in self._conn.execute(_BENEFITS, (family_id,)):
            benefits[round_id].append(
                Benefit(
                    kind=BenefitKind(kind),
                    name=name,
                    monthly_cents=cents,
                    renewal_on=cv.to_day(renewal),
                )
            )
        return [
            replace(
                found,
                scores=tuple(scores[found.id or 0]),
                work=tuple(work[found.id or 0]),
                benefits=tuple(benefits[found.id or 0]),
            )
            for found in map(_SHAPE.entity, self._conn.execute(_FOR_FAMILY, (family_id,)))
        ]

    def save(self, found: AssessmentRound, *, with_scores: bool = True) -> AssessmentRound:
        """Insert or update a round and its lists; `with_scores=False` keeps the stored
        scores (a baseline's and an exit's scores are those of the assessment tab)."""
        values = _SHAPE.values(found)
        if found.id is None:
            cursor = self._conn.execute(ASSESSMENT_ROUNDS.insert(), values)
            found = replace(found, id=int(cursor.lastrowid or 0))
        else:
            self._conn.execute(ASSESSMENT_ROUNDS.update(), (*values, found.id))
        if with_scores:
            self.put_scores(found.id or 0, found.scores)
        self._conn.execute("DELETE FROM round_work WHERE round_id = ?", (found.id,))
        self._conn.executemany(
            ROUND_WORK.insert(),
            [(found.id, i, w.member_id, w.work_situation.value) for i, w in enumerate(found.work)],
        )
        self._conn.execute("DELETE FROM round_benefits WHERE round_id = ?", (found.id,))
        self._conn.executemany(
            ROUND_BENEFITS.insert(),
            [
                (found.id, i, b.kind.value, b.name, b.monthly_cents, cv.day(b.renewal_on))
                for i, b in enumerate(found.benefits)
            ],
        )
        return found

    def mirror(self, assessment: Assessment, *, today: date) -> None:
        """The assessment's baseline scores as the baseline round of the path it is for, and
        its exit scores (when any) as that path's exit round, dated on the path's closure or,
        while it is open, `today`; amounts and facts already in those rounds stay. (The
        assessment tab's Save and the import of a family file without rounds.)"""
        family_id = assessment.family_id
        closures = [
            cv.to_day_req(day)
            for (day,) in self._conn.execute(
                "SELECT closed_on FROM closures WHERE family_id = ? ORDER BY closed_on",
                (family_id,),
            )
        ]
        episode = episode_for(RoundKind.BASELINE, assessment.assessed_on, closures)
        baseline = tuple(
            RoundScore(area=n.area, severity=n.baseline)
            for n in assessment.needs
            if n.baseline is not None
        )
        exits = tuple(
            RoundScore(area=n.area, severity=n.exit) for n in assessment.needs if n.exit is not None
        )
        self._put_end(family_id, (episode, RoundKind.BASELINE), assessment.assessed_on, baseline)
        if exits:
            closed = [d for d in closures if d >= assessment.assessed_on]
            exit_day = closed[0] if closed else max(today, assessment.assessed_on)
            self._put_end(family_id, (episode, RoundKind.EXIT), exit_day, exits)

    def _put_end(
        self, family_id: int, end: tuple[int, RoundKind], day: date, scores: tuple[RoundScore, ...]
    ) -> None:
        episode, kind = end
        found = self.end_of_path(family_id, episode, kind)
        if found is None:
            found = AssessmentRound(
                family_id=family_id, kind=kind, assessed_on=day, episode=episode
            )
        elif kind == RoundKind.BASELINE:
            # The baseline is on the assessment's day; an exit keeps the day it has.
            found = replace(found, assessed_on=day)
        self.save(replace(found, scores=scores))

    def put_scores(self, round_id: int, scores: Sequence[RoundScore]) -> None:
        self._conn.execute("DELETE FROM round_scores WHERE round_id = ?", (round_id,))
        self._conn.executemany(
            ROUND_SCORES.insert(), [(round_id, s.area.value, s.severity) for s in scores]
        )

    def delete(self, round_id: int) -> None:
        self._conn.execute("DELETE FROM assessment_rounds WHERE id = ?", (round_id,))

    def end_of_path(self, family_id: int, episode: int, kind: RoundKind) -> AssessmentRound | None:
        """The baseline or the exit of a path, if recorded."""
        return next(
            (
                r
                for r in self.for_family(family_id)
                if r.episode == episode and r.kind == RoundKind(kind)
            ),
            None,
        )

    def recorded_follow_ups(
        self, only: int | None = None, closed_within: Sequence[tuple[date, date]] = ()
    ) -> dict[int, set[tuple[int, int]]]:
        """(episode, months) of every follow-up recorded, by family (see `_families`)."""
        found: dict[int, set[tuple[int, int]]] = defaultdict(set)
        one, params = _families("family_id", only, closed_within)
        for family_id, episode, months in self._conn.execute(
            "SELECT family_id, episode, follow_up_months FROM assessment_rounds "
            f"WHERE kind = 'follow_up'{one}",
            params,
        ):
            found[family_id].add((episode, months))
        return found

    def dated_facts(self, start: date, end: date, only: int | None = None) -> list[DatedFact]:
        """Benefit renewals and ISEE expiries in [start, end) recorded in each family's
        latest round (of family `only`), soonest first."""
        one, family = _families("r.family_id", only)
        window = (cv.day(start), cv.day(end), *family)
        rows = self._conn.execute(
            f"""
            SELECT r.family_id, f.code, b.renewal_on, 'benefit', b.kind, b.name
            FROM round_benefits b JOIN assessment_rounds r ON r.id = b.round_id
            JOIN families f ON f.id = r.family_id
            WHERE b.renewal_on >= ? AND b.renewal_on < ? AND r.id = ({_LATEST_OF_R}){one}
            UNION ALL
            SELECT r.family_id, f.code, r.isee_expires_on, 'isee', r.isee_type, ''
            FROM assessment_rounds r JOIN families f ON f.id = r.family_id
            WHERE r.isee_expires_on >= ? AND r.isee_expires_on < ? AND r.id = ({_LATEST_OF_R}){one}
            ORDER BY 3, 2
            """,
            window * 2,
        )
        return [
            DatedFact(family_id, code, cv.to_day_req(on), what, kind, name)
            for family_id, code, on, what, kind, name in rows
        ]

    def closed_paths(
        self, only: int | None = None, closed_within: Sequence[tuple[date, date]] = ()
    ) -> dict[int, tuple[str, list[date]]]:
        """For each family whose path is closed now (see `_families`): its code and closure
        days, oldest first."""
        found: dict[int, tuple[str, list[date]]] = {}
        one, params = _families("c.family_id", only, closed_within)
        for family_id, code, closed_on in self._conn.execute(
            "SELECT c.family_id, f.code, c.closed_on FROM closures c "
            f"JOIN families f ON f.id = c.family_id WHERE f.status = 'closed'{one} "
            "ORDER BY c.family_id, c.closed_on",
            params,
        ):
            found.setdefault(family_id, (code, []))[1].append(cv.to_day_req(closed_on))
        return found
