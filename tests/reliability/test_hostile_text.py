"""Hostile text in every text field, through the store, search, the GUI's item models and every
PDF: no exception, the exact text back, and search queries of quotes, operators and
unbalanced parentheses answered (never an SQL error).

Each example builds a complete family whose every text field carries the generated string
(tests/core/records_fixtures.py), so one example exercises all fields at once.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractItemModel

from ripartire_desktop.domain import ValidationError
from ripartire_desktop.gui.session import Session
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.records import Records
from tests.core.records_fixtures import populated_family
from tests.reliability.figures import record_figure

EXAMPLES = int(os.environ.get("RIPARTIRE_HYPOTHESIS_EXAMPLES", "15"))
TODAY = date(2026, 10, 1)

# Scripts, combining marks, right-to-left, zero-width and control characters, emoji, HTML and
# SQL fragments, FTS syntax, and very long text.
HOSTILE = st.one_of(
    st.text(min_size=1, max_size=60),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
    st.sampled_from(
        [
            "<b>grassetto</b> & <script>x</script>",
            "'; DROP TABLE families; --",
            '"unbalanced',
            "((( NEAR AND OR NOT *",
            "\u202eevil\u202c \u200b\u200d\ufeff",
            "Zoë Ñandú 北京 ملف 🙂👨‍👩‍👧",
            "a\r\nb\tc\x0bd\x1fe",
            "%s %d {0} {name} %(x)s",
            "x" * 5000,
        ]
    ),
)
QUERIES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            '"',
            '""',
            "(",
            ")",
            "(()",
            "a AND",
            "OR OR",
            "NOT",
            "*",
            "a*",
            "^x",
            "NEAR(a b",
            "a:b",
            "col:x",
            "'",
            "\\",
            "-a",
            "+",
            "{a b}",
            "a OR (b AND",
            "\x00",
        ]
    ),
)


def _fields_round_trip(records: Records, family_id: int, tag: str) -> None:
    identity = records.identities.get(family_id)
    assert identity is not None
    assert identity.people[0].given_name == f"Nome{tag}"
    assert identity.address == f"Via {tag} 1, Cernusco sul Naviglio"
    assert identity.contact_preferences == f"preferenze {tag}"
    (interview,) = records.interviews.for_family(family_id)
    assert interview.notes == f"colloquio {tag} perché più difficoltà"
    assert interview.next_steps == f"passi {tag}"
    (action,) = records.actions.for_family(family_id)
    assert action.description == f"curriculum {tag}" and action.outcome == f"esito {tag}"
    (payment,) = records.aid.for_family(family_id)
    assert payment.payee_name == f"fornitore {tag}" and payment.receipt_ref == f"ricevuta {tag}"
    (consent,) = records.consents.for_family(family_id)
    assert consent.notice_version == f"2026-{tag}"
    assessment = records.assessments.for_family(family_id)
    assert assessment is not None and assessment.resources == f"risorse {tag}"


@pytest.mark.slow
def test_hostile_text_round_trips_and_every_model_and_pdf_takes_it(
    session: Session, navigator, qtbot, tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    from pytestqt.modeltest import ModelTester

    from ripartire_desktop.gui.views.agenda import AgendaView
    from ripartire_desktop.gui.views.desk import DeskView
    from ripartire_desktop.gui.views.families import FamiliesView
    from ripartire_desktop.gui.views.family import FamilyView
    from ripartire_desktop.gui.views.search import SearchView
    from ripartire_desktop.reports.aggregates import Period, compute_summary
    from ripartire_desktop.reports.case_summary import load_case, write_case_summary
    from ripartire_desktop.reports.consent_form import write_consent_form
    from ripartire_desktop.reports.subject_access import export_subject
    from ripartire_desktop.reports.summary_pdf import write_summary

    records = session.records
    views = [
        cls(session=session, navigator=navigator)
        for cls in (FamiliesView, SearchView, AgendaView, DeskView, FamilyView)
    ]
    for view in views:
        qtbot.addWidget(view)
    families_view, search_view, agenda_view, desk_view, family_view = views
    families_view.names.setChecked(True)  # type: ignore[attr-defined]
    tried: list[str] = []
    # One tester per model stays connected across examples, so every later reset, insert or
    # removal is checked too; a fresh one re-runs the static checks on the new content.
    watching: dict[int, ModelTester] = {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(tag=HOSTILE)
    def check(tag: str) -> None:
        try:
            family = populated_family(records, tag)
        except ValidationError as exc:  # refused clearly, before anything was written
            assert exc.message
            return
        tried.append(tag)
        fid = family.id or 0
        _fields_round_trip(records, fid, tag)
        # The GUI's models, filled with it, pass Qt's model tester.
        families_view.refresh()
        search_view.query.setText(tag[:30])
        with qtbot.waitSignal(search_view.search_finished, timeout=20_000):  # type: ignore[attr-defined]
            search_view.run_search()  # type: ignore[attr-defined]
        agenda_view.show_day(date(2026, 3, 3))  # type: ignore[attr-defined]
        desk_view.refresh()
        family_view.open(fid)  # type: ignore[attr-defined]
        for view in views:
            for model in view.findChildren(QAbstractItemModel):
                if id(model) not in watching:
                    watching[id(model)] = ModelTester(pytestconfig)
                    watching[id(model)].check(model, force_py=True)
                    continue
                fresh = ModelTester(pytestconfig)
                fresh.check(model, force_py=True)
                fresh._cleanup()
        # Every PDF of the family and of the period.
        n = len(tried)
        settings_now = records.settings.load()
        case = load_case(records, family.code)
        for identity in (False, True):
            out = tmp_path / f"case{n}-{identity}.pdf"
            write_case_summary(out, case, organisation=tag, today=TODAY, include_identity=identity)
            assert out.read_bytes().startswith(b"%PDF")
        export_subject(
            records, family.code, tmp_path / f"access{n}", organisation=tag,
            retention_months=24, today=TODAY,
        )  # fmt: skip
        write_consent_form(
            tmp_path / f"consent{n}.pdf", code=family.code, organisation=tag,
            municipality=tag, retention_months=24,
        )  # fmt: skip
        summary = compute_summary(
            records.conn, Period.parse("2026-01", "2026-12"), settings=settings_now, today=TODAY
        )
        write_summary(tmp_path / f"summary{n}.pdf", summary)

    try:
        check()
    finally:
        for tester in watching.values():
            tester._cleanup()
    assert tried, "every example was refused"
    record_figure("hostile-text", examples=len(tried))


def test_search_queries_of_any_shape_are_answered_or_refused_clearly(session: Session) -> None:
    records = session.records
    populated_family(records, 'Ortica "(AND OR)" NEAR')
    answered = refused = 0

    @settings(max_examples=EXAMPLES * 10, deadline=None)
    @given(query=QUERIES)
    def check(query: str) -> None:
        nonlocal answered, refused
        try:
            hits = records.search.search(query, limit=20)
        except (VaultError, ValidationError) as exc:
            refused += 1
            assert str(exc)
            return
        answered += 1
        assert isinstance(hits, list)

    check()
    # Operators are taken as words: the family is found by its odd text.
    assert records.search.search('"(AND OR)"')
    assert records.search.search("Ortica (")
    record_figure("fts-queries", answered=answered, refused=refused)
