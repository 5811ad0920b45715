"""The key figures on the first page of the anonymised summary, each read from a published
(suppressed) table or from a one-cell table of its own, so none reveals a hidden count."""

from __future__ import annotations

from dataclasses import dataclass

from ripartire_desktop.domain import AidCategory, Channel, InterviewMode, format_cents
from ripartire_desktop.privacy.suppression import NOT_PUBLISHED, ratio
from ripartire_desktop.reports.outcome_tables import improved_households_figure
from ripartire_desktop.reports.strings import format_decimal, format_int, t
from ripartire_desktop.reports.table_specs import (
    AID_CENTS,
    INTERVIEW_MINUTES,
    Builder,
    leaf,
    not_known_share,
)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str


def _with_share(text: str, share: str) -> str:
    return text + (f" ({share})" if share else "")


def key_figures(b: Builder) -> list[KeyFigure]:
    s, lang = b.summary, b.lang
    sup = b.suppressed

    def total_of(key: str) -> str:
        """The grand total of a table: its last row, its last column."""
        table = sup[key].table
        return b.fmt(sup[key], (table.n_rows, table.n_cols - 1 + int(table.row_totals)))

    reached = sup["reached"]
    rows = len(Channel) + 1
    known, not_known = reached.published((rows, 0)), reached.published((rows, 1))
    active_share = ratio(sup["kf_active"].published((0, 0)), s.capacity)
    n_modes = len(InterviewMode)
    minutes = sum(INTERVIEW_MINUTES.values(s.counts))
    aid = sup["aid"]
    n_cat = len(AidCategory)
    spent = sum(AID_CENTS.values(s.counts))
    spent_text = b.follow(aid, (n_cat, 0), lambda: format_cents(spent, lang))
    spent_share = ratio(None if aid.hidden((n_cat, 0)) else spent, s.aid_budget_cents)
    improved = sup["improved_any"]
    improved_share = ratio(improved.published((0, 0)), improved.published((2, 0)))
    baseline_text, baseline_share = improved_households_figure(b)
    figures = [
        KeyFigure(t("kf_first_contacts", lang), total_of("first_contacts")),
        KeyFigure(t("kf_families_reached", lang), total_of("reached")),
        KeyFigure(
            t("kf_numero_oscuro", lang),
            b.percent(not_known_share(reached.published, rows, rows))
            or ("—" if known == not_known == 0 else NOT_PUBLISHED),
        ),
        KeyFigure(t("kf_assessments", lang), total_of("assessments")),
        KeyFigure(t("kf_on_path", lang), total_of("households")),
        KeyFigure(t("kf_opened", lang), b.single("kf_opened")),
        KeyFigure(
            t("kf_active", lang, capacity=format_int(s.capacity, lang)),
            _with_share(b.single("kf_active"), b.percent(active_share)),
        ),
        KeyFigure(t("kf_waiting", lang), b.single("kf_waiting")),
        KeyFigure(t("kf_interviews", lang), total_of("interviews")),
        KeyFigure(
            t("kf_hours", lang),
            b.follow(sup["interviews"], (n_modes, 0), lambda: format_decimal(minutes / 60, lang)),
        ),
        KeyFigure(t("kf_families_interviewed", lang), b.single("kf_families_interviewed")),
        KeyFigure(t("kf_aid", lang), _with_share(spent_text, b.percent(spent_share))),
        KeyFigure(t("kf_budget", lang), format_cents(s.aid_budget_cents, lang)),
        KeyFigure(t("kf_aid_families", lang), b.single("kf_aid_families")),
        KeyFigure(t("kf_closures", lang), total_of("outcomes")),
        KeyFigure(
            t("kf_improved", lang),
            _with_share(b.fmt(improved, (0, 0)), b.percent(improved_share)),
        ),
        KeyFigure(
            t("kf_improved_baseline", lang),
            _with_share(baseline_text, b.percent(baseline_share)),
        ),
    ]
    if leaf(s.counts, "statistics_objections"):
        figures.append(KeyFigure(t("kf_objections", lang), b.single("kf_objections")))
    return figures
