"""The lean assessment of a family: one per family, with its need scores."""

from __future__ import annotations

from dataclasses import replace

from ripartire_desktop.domain import Assessment, Decision, NeedArea, NeedScore
from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.records import _convert as cv


class AssessmentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def for_family(self, family_id: int) -> Assessment | None:
        row = self._conn.execute(
            "SELECT id, assessed_on, motivation, resources, resident, has_minor, "
            "job_loss_or_hardship, decision, decided_on FROM assessments WHERE family_id = ?",
            (family_id,),
        ).fetchone()
        if row is None:
            return None
        needs = tuple(
            NeedScore(area=NeedArea(r[0]), baseline=r[1], exit=r[2], note=r[3])
            for r in self._conn.execute(
                "SELECT area, baseline, exit, note FROM need_scores WHERE assessment_id = ? "
                "ORDER BY id",
                (row[0],),
            )
        )
        return Assessment(
            id=row[0],
            family_id=family_id,
            assessed_on=cv.to_day_req(row[1]),
            needs=needs,
            motivation=row[2],
            resources=row[3],
            resident=bool(row[4]),
            has_minor=bool(row[5]),
            job_loss_or_hardship=bool(row[6]),
            decision=Decision(row[7]),
            decided_on=cv.to_day(row[8]),
        )

    def area_of_note(self, note_id: int) -> NeedArea | None:
        """The need area of a need-score row (search results point at the row)."""
        row = self._conn.execute("SELECT area FROM need_scores WHERE id = ?", (note_id,))
        found = row.fetchone()
        return None if found is None else NeedArea(found[0])

    def save(self, assessment: Assessment) -> Assessment:
        """Insert or replace the family's assessment; need scores are updated in place, so
        the search index follows each note exactly."""
        values = (
            cv.day(assessment.assessed_on),
            assessment.motivation,
            assessment.resources,
            int(assessment.resident),
            int(assessment.has_minor),
            int(assessment.job_loss_or_hardship),
            assessment.decision.value,
            cv.day(assessment.decided_on),
        )
        existing = self._conn.execute(
            "SELECT id FROM assessments WHERE family_id = ?", (assessment.family_id,)
        ).fetchone()
        if existing is None:
            cursor = self._conn.execute(
                "INSERT INTO assessments (assessed_on, motivation, resources, resident, "
                "has_minor, job_loss_or_hardship, decision, decided_on, family_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, assessment.family_id),
            )
            assessment_id = int(cursor.lastrowid)
        else:
            assessment_id = int(existing[0])
            self._conn.execute(
                "UPDATE assessments SET assessed_on = ?, motivation = ?, resources = ?, "
                "resident = ?, has_minor = ?, job_loss_or_hardship = ?, decision = ?, "
                "decided_on = ? WHERE id = ?",
                (*values, assessment_id),
            )
        kept = [n.area.value for n in assessment.needs]
        self._conn.execute(
            f"DELETE FROM need_scores WHERE assessment_id = ? "
            f"AND area NOT IN ({', '.join('?' * len(kept))})",
            (assessment_id, *kept),
        )
        self._conn.executemany(
            "INSERT INTO need_scores (assessment_id, area, baseline, exit, note) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, area) DO UPDATE SET "
            "baseline = excluded.baseline, exit = excluded.exit, note = excluded.note",
            [(assessment_id, n.area.value, n.baseline, n.exit, n.note) for n in assessment.needs],
        )
        return replace(assessment, id=assessment_id)
