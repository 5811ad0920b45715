"""The in-process measurements of `make bench` (benchmarks/run.py): store, search, drafts and
reports on one demo vault, each with its raw baseline from the same run."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

from benchmarks.harness import median, p95
from ripartire_desktop.domain import Interview, InterviewDraft, InterviewMode
from ripartire_desktop.reports.aggregates import Period, compute_summary
from ripartire_desktop.reports.case_summary import load_case, write_case_summary
from ripartire_desktop.reports.summary_pdf import write_summary
from ripartire_desktop.store import keys
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.drafts import _UPSERT as UPSERT
from ripartire_desktop.store.records.drafts import DraftRepository
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault

PASSPHRASE = "benchmark passphrase"
TODAY = date.today()


def make_vault(folder: Path, families: int) -> tuple[Vault, float]:
    vault = build_vault(folder)
    vault.create(PASSPHRASE, kdf_seconds=0)
    vault.unlock_with_passphrase(PASSPHRASE)
    start = time.perf_counter()
    generate_demo(
        vault.connection, families=families, interviews_per_family=25, seed=7, today=TODAY
    )
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return vault, time.perf_counter() - start


def measure_autosave(vault: Vault) -> tuple[float, float]:
    """(p95 of the draft autosave as typed, p95 of the raw upsert it performs)."""
    conn = vault.connection
    family_id = conn.execute("SELECT min(id) FROM families").fetchone()[0]
    drafts = DraftRepository(conn)
    text = ""
    ours = []
    for i in range(200):
        text += f"parola{i} "
        draft = InterviewDraft(family_id=family_id, starts_at=datetime(2026, 1, 1, 9), notes=text)
        start = time.perf_counter()
        drafts.save(draft, durable=False)
        ours.append((time.perf_counter() - start) * 1000)
    # The baseline: the same upsert, by hand, with the same no-fsync setting, nothing else.
    raw = []
    conn.execute("PRAGMA synchronous = NORMAL")
    for i in range(200):
        values = (
            family_id,
            "2026-01-01T09:00:00",
            60,
            "desk",
            "",
            text + str(i),
            "",
            "",
            None,
            "2026-01-01T09:00:00",
        )
        start = time.perf_counter()
        conn.execute(UPSERT, values)
        raw.append((time.perf_counter() - start) * 1000)
    conn.execute("PRAGMA synchronous = FULL")
    drafts.delete(family_id)
    return p95(ours), p95(raw)


LONG_NOTE = "Nota lunga di un colloquio vero. " * 150  # ~5 kB, as in gui_probe.long_note_saves


def measure_long_note_raw(vault: Vault) -> tuple[float, float]:
    """Baselines for the long-note draft saves: p95 of the bare upsert of a ~5 kB note,
    (without the disk flush, with it), on the same vault in the same run."""
    conn = vault.connection
    family_id = conn.execute("SELECT min(id) FROM families").fetchone()[0]
    found = []
    for synchronous in ("NORMAL", "FULL"):
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        runs = []
        for i in range(200):
            at, note = "2026-01-01T09:00:00", LONG_NOTE + "x" * i
            values = (family_id, at, 60, "desk", "", note, "", "", None, at)
            start = time.perf_counter()
            conn.execute(UPSERT, values)  # autocommit: one transaction, as each save is
            runs.append((time.perf_counter() - start) * 1000)
        found.append(p95(runs))
    conn.execute("PRAGMA synchronous = FULL")
    DraftRepository(conn).delete(family_id)
    return found[0], found[1]


def measure_case_pdf(vault: Vault, out: Path) -> float:
    records = Records(vault.connection)
    family = records.families.create(on=date(2025, 1, 10))
    with records.transaction():
        for i in range(30):
            records.interviews.add(
                Interview(
                    family_id=family.id or 0,
                    starts_at=datetime(2025, 1, 10 + i % 18, 9 + i % 8),
                    duration_minutes=45,
                    mode=InterviewMode.DESK,
                    notes="La famiglia racconta le difficoltà del mese. " * 12,
                )
            )
    runs = []
    for i in range(5):
        target = out / f"case-{i}.pdf"
        start = time.perf_counter()
        case = load_case(records, family.code)
        write_case_summary(target, case, organisation="Bench", today=TODAY)
        runs.append((time.perf_counter() - start) * 1000)
    return median(runs)


def measure_summary_pdf(vault: Vault, out: Path) -> float:
    records = Records(vault.connection)
    settings = records.settings.load()
    first = vault.connection.execute("SELECT min(created_on) FROM families").fetchone()[0]
    period = Period.parse(first[:7], TODAY.strftime("%Y-%m"))
    runs = []
    for i in range(3):
        start = time.perf_counter()
        summary = compute_summary(vault.connection, period, settings=settings, today=TODAY)
        write_summary(out / f"summary-{i}.pdf", summary)
        runs.append(time.perf_counter() - start)
    return median(runs)


def measure_passphrase_unlock(folder: Path) -> tuple[float, float]:
    """(unlock by passphrase with the calibrated KDF, the Argon2id derivation alone), seconds."""
    vault = build_vault(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.change_passphrase(PASSPHRASE)  # recalibrated for this machine, as at setup
    params = vault.envelope.kdf
    vault.lock()
    unlocks, derives = [], []
    for _ in range(3):
        start = time.perf_counter()
        keys.derive_passphrase_key(PASSPHRASE, params)
        derives.append(time.perf_counter() - start)
        start = time.perf_counter()
        vault.unlock_with_passphrase(PASSPHRASE)
        unlocks.append(time.perf_counter() - start)
        vault.lock()
    return median(unlocks), median(derives)
