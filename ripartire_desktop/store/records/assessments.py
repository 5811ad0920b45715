"""The lean assessment of a family: one per family, with its need scores."""

from __future__ import annotations

from dataclasses import replace

from ripartire_desktop.domain import Assessment, NeedArea, NeedScore
from ripartire_desktop.store.columns import ASSESSMENTS, NEED_SCORES
from ripartire_desktop.store.connection import scalar
from ripartire_desktop.store.records._table import Repository, Shape

_SCORE = ("area", "baseline", "exit", "note")
_SHAPE = Shape(ASSESSMENTS, Assessment)


class AssessmentRepository(Repository):
    def for_family(self, family_id: int) -> Assessment | None:
        values = self._first(_SHAPE.select("WHERE family_id = ?"), (family_id,))
        if values is None:
            return None
        needs = tuple(
            NeedScore(area=NeedArea(area), baseline=baseline, exit=exit_, note=note)
            for area, baseline, exit_, note in self._conn.execute(
                NEED_SCORES.select(
                    "JOIN assessments a ON a.id = n.assessment_id WHERE a.family_id = ? "
                    "ORDER BY n.id",
                    columns=_SCORE,
                    alias="n",
                ),
                (family_id,),
            )
        )
        return replace(_SHAPE.entity(values), needs=needs)

    def area_of_note(self, note_id: int) -> NeedArea | None:
        """The need area of a need-score row (search results point at the row)."""
        area = scalar(self._conn, "SELECT area FROM need_scores WHERE id = ?", (note_id,))
        return None if area is None else NeedArea(area)

    def save(self, assessment: Assessment) -> Assessment:
        """Insert or replace the family's assessment; need scores are updated in place, so
        the search index follows each note exactly."""
        values = _SHAPE.values(assessment)
        existing = scalar(
            self._conn, "SELECT id FROM assessments WHERE family_id = ?", (assessment.family_id,)
        )
        if existing is None:
            cursor = self._conn.execute(ASSESSMENTS.insert(), values)
            assessment_id = int(cursor.lastrowid or 0)
        else:
            assessment_id = int(existing)
            self._conn.execute(ASSESSMENTS.update(), (*values, assessment_id))
        kept = [n.area.value for n in assessment.needs]
        self._conn.execute(
            f"DELETE FROM need_scores WHERE assessment_id = ? "
            f"AND area NOT IN ({', '.join('?' * len(kept))})",
            (assessment_id, *kept),
        )
        self._conn.executemany(
            NEED_SCORES.upsert(("assessment_id", "area")),
            [(assessment_id, n.area.value, n.baseline, n.exit, n.note) for n in assessment.needs],
        )
        return replace(assessment, id=assessment_id)
