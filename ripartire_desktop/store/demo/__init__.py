"""Demo data: a vault full of obviously fictional families, for trying the app and for benchmarks.

Rows are written straight into the schema in batches (`bulk`), so every value here must keep
the domain's rules; the tests read each generated family back through the repositories to prove
it. Everything comes from one seeded generator: the same seed and the same `today` give the
same content on a fresh vault. The pieces: `words` (invented names, sentence bank), `odds` (how
the families are spread), `plan` (one timeline per family), `people`, `case` and `writer` (the
rows), `bulk` (how they reach the vault).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from ripartire_desktop.domain.budget import BudgetLine
from ripartire_desktop.domain.settings import Settings
from ripartire_desktop.store.connection import Connection, scalar, transaction
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.budget import BudgetRepository
from ripartire_desktop.store.records.search import SearchIndex
from ripartire_desktop.store.records.settings import SettingsRepository

from .bulk import CHUNK_FAMILIES, TABLES, Writer, staging, written
from .odds import ANONYMOUS_CONTACT_SHARE
from .people import fake_tax_code
from .plan import plan_all, status_counts
from .writer import anonymous_contacts, write

__all__ = [
    "CHUNK_FAMILIES",
    "DEMO_SETTINGS",
    "TABLES",
    "DemoStats",
    "fake_tax_code",
    "generate_demo",
    "written",
]

DEMO_SETTINGS = Settings(
    organisation="Associazione Demo (dati fittizi)",
    counsellor_name="Operatrice Demo",
)
# Two funders, each with a line for every year a demo payment falls in.
DEMO_FUNDERS = (("Fondazione Cariplo", 4_000_000), ("Comune di Cernusco sul Naviglio", 2_000_000))


@dataclass(frozen=True, slots=True)
class DemoStats:
    """What one run added (first contacts: linked and anonymous), and how long it took."""

    families: int
    interviews: int
    actions: int
    payments: int
    first_contacts: int
    seconds: float


def generate_demo(
    conn: Connection,
    *,
    families: int,
    interviews_per_family: int,
    seed: int,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> DemoStats:
    """Add `families` fictional families (and `families * interviews_per_family` interviews,
    more for families on a path, fewer for first contacts) to an unlocked vault.

    Each chunk of CHUNK_FAMILIES families is its own transaction; codes continue after those
    already issued, so running it again adds more families. Settings are filled in only if
    never changed. `progress(done, total)` is called with 0 first and after each chunk.
    """
    if families < 0 or interviews_per_family < 0:
        raise ValueError("families and interviews_per_family must not be negative")
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 (reproducible fake data, nothing secret)
    settings_repo = SettingsRepository(conn)
    settings = settings_repo.load()
    active = int(scalar(conn, "SELECT count(*) FROM families WHERE status = 'active_path'"))
    counts = status_counts(
        families, free_paths=max(0, settings.capacity - active), capacity=settings.capacity
    )
    plans = plan_all(rng, counts, families * interviews_per_family, today)
    writer = Writer(conn, rng, today)
    writer.lines_of_year = partial(_demo_budget_lines, BudgetRepository(conn))
    with staging(conn):
        if progress is not None:
            progress(0, families)
        for start in range(0, families, CHUNK_FAMILIES):
            with transaction(conn):
                write(writer, plans[start : start + CHUNK_FAMILIES])
            if progress is not None:
                progress(min(families, start + CHUNK_FAMILIES), families)
        with transaction(conn):
            anonymous_contacts(writer, round(families * ANONYMOUS_CONTACT_SHARE))
            writer.flush()
            if settings == Settings():
                settings_repo.save(DEMO_SETTINGS)
            AuditLog(conn).record(AuditAction.DEMO, detail=f"{families} families")
        # The chunks left the search index in many pieces: one merge, so a search reads
        # one list per word.
        SearchIndex(conn).rebuild()
    totals = writer.totals
    return DemoStats(
        families=totals["families"],
        interviews=totals["interviews"],
        actions=totals["actions"],
        payments=totals["aid_payments"],
        first_contacts=totals["first_contacts"],
        seconds=time.perf_counter() - started,
    )


def _demo_budget_lines(repo: BudgetRepository, year: int) -> list[int]:
    """The demo's budget lines of `year` ("Fondazione Cariplo 2026"...), first funder first:
    made when a payment of that year first needs them (inside the writer's transaction),
    reused by a second run."""
    found = []
    for funder, cents in DEMO_FUNDERS:
        name = f"{funder} {year}"
        line = repo.by_name(name) or repo.add(
            BudgetLine(name=name, funder=funder, year=year, amount_cents=cents)
        )
        assert line.id is not None
        found.append(line.id)
    return found
