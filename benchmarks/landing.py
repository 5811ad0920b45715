"""Issue 18's measures beside `make bench`'s own: the dashboard (the landing view), the
anonymised summary's counts, an unlock after a crash, and the start-up against a bare window
(benchmarks/startup.py). Each has its baseline from the same run: the way it was done before
(every overdue action read to show a count, the interviews grouped by a sorter, the log's
frames checked at each reading of the envelope)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks import startup
from benchmarks.harness import Result, median, samples_ms
from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.reports.aggregates import Period, compute_summary
from ripartire_desktop.store import connection
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.families import FamilyQuery
from ripartire_desktop.store.statistics import QUERIES, PeriodStatistics, report_scope
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.privacy import retention_review

SHOWN = 50  # the dashboard's lists show this many


def cpu_ms(action: Callable[[], object], runs: int) -> float:
    """Median CPU time of `action` in this process, ms (one warm-up run): on a shared machine
    the wall clock also counts the neighbours' work."""
    return median(samples_ms(action, runs, clock=time.process_time))


def _dashboard(records: Records, *, old: bool) -> None:
    """What DashboardView.refresh reads; `old`: the former reads (every row, then len)."""
    today = date.today()
    start = datetime.combine(today, datetime.min.time())
    records.settings.load()
    records.families.count(FamilyStatus.ACTIVE_PATH)
    records.families.list(FamilyQuery(statuses=frozenset({FamilyStatus.ACTIVE_PATH}), limit=SHOWN))
    records.families.waiting_list()
    for days in (1, 7):
        window = (start, start + timedelta(days=days))
        if old:
            len(records.interviews.appointments(*window))
        else:
            records.interviews.appointments(*window, limit=SHOWN)
            records.interviews.count_appointments(*window)
    if old:
        len(records.actions.overdue(today))
    else:
        records.actions.count_overdue(today)
    records.aid.total_cents()
    retention_review(records, today=today)


def measure_dashboard(vault: Vault) -> dict[str, float]:
    """Median ms of the dashboard's reads and of the former reads, wall clock and CPU."""
    records = Records(vault.connection)
    return {
        "dashboard_ms": median(samples_ms(lambda: _dashboard(records, old=False), 7)),
        "dashboard_old_ms": median(samples_ms(lambda: _dashboard(records, old=True), 7)),
        "dashboard_cpu_ms": cpu_ms(lambda: _dashboard(records, old=False), 7),
        "dashboard_old_cpu_ms": cpu_ms(lambda: _dashboard(records, old=True), 7),
    }


def _period(vault: Vault) -> Period:
    first = vault.connection.execute("SELECT min(created_on) FROM families").fetchone()[0]
    return Period.parse(first[:7], date.today().strftime("%Y-%m"))


def measure_summary(vault: Vault) -> tuple[float, float, float, float]:
    """(median s of the summary's counts, the same in CPU time, median ms of the interviews by
    mode, the same by the former GROUP BY)."""
    conn = vault.connection
    settings = Records(conn).settings.load()
    period, today = _period(vault), date.today()

    def counts() -> None:
        compute_summary(conn, period, settings=settings, today=today)

    summary = median(samples_ms(counts, 3)) / 1000
    summary_cpu = cpu_ms(counts, 3) / 1000
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    with report_scope(conn, None, today):
        stats = PeriodStatistics(conn, period.start, period.end)
        by_mode = median(samples_ms(lambda: stats.rows("interviews"), 3))
        group_by = median(
            samples_ms(lambda: conn.execute(QUERIES["interviews"], params).fetchall(), 3)
        )
    return summary, summary_cpu, by_mode, group_by


def crashed_copy(vault: Vault, work: Path, families: int = 400) -> Path:
    """A copy of the vault as a crash leaves it: `families` families' worth of commits still
    in the write-ahead log (the vault itself is left as it was, with the changes kept)."""
    from ripartire_desktop.store.demo import generate_demo

    conn = vault.connection
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # let the log grow, as between checkpoints
    generate_demo(conn, families=families, interviews_per_family=5, seed=18, today=date.today())
    target = work / "crashed"
    target.mkdir(mode=0o700)
    for name in ("vault.db", "vault.db-wal", "vault-key.json"):
        shutil.copy2(vault.db_path.with_name(name), target / name)
    conn.execute("PRAGMA wal_autocheckpoint = 1000")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return target


def measure_crash_unlock(folder: Path, passphrase: str) -> tuple[float, float, float]:
    """(log size MB, median s of the unlock's file checks now, the same as before: the frames
    checked at each of the unlock's three readings of the envelope). The key derivation is
    left out: it is the same either way."""
    db = folder / "vault.db"
    wal = folder / "vault.db-wal"
    size = wal.stat().st_size / 1e6
    vault = build_vault(folder)

    def now() -> None:
        connection._SOUND_WALS.clear()  # a fresh process: nothing checked yet
        for _ in range(3):
            vault.load_envelope(check_salt=False)

    def before() -> None:
        for _ in range(3):
            connection._check_frames(wal, wal.read_bytes())

    ours = median(samples_ms(now, 3)) / 1000
    old = median(samples_ms(before, 3)) / 1000
    assert db.exists()
    return size, ours, old


def measure_startup(folder: Path, passphrase: str) -> dict[str, float]:
    startup.remember_key(folder, passphrase)
    return {f"start_{name}": value for name, value in startup.measure(folder).items()}


def results(per_size: dict[int, dict[str, float]]) -> list[Result]:
    """The rows of docs/PERFORMANCE.md for issue 18, from the figures run.py gathered."""
    sizes = sorted(per_size)
    n = sizes[-1]
    big = per_size[n]
    growth = {s: per_size[s]["dashboard_ms"] for s in sizes}
    return [
        Result(
            f"remembered key to the landing view painted ({n}), process start",
            big["start_app_s"],
            "s",
            "≤ 2x bare",
            big["start_app_s"] <= 2 * big["start_bare_s"],
            f"bare PySide6 window {big['start_bare_s']:.2f} s (CPU time: app "
            f"{big['start_app_cpu_s']:.2f} s, bare {big['start_bare_cpu_s']:.2f} s, "
            f"{big['start_app_cpu_s'] / big['start_bare_cpu_s']:.2f}x)",
            big["start_app_s"] / big["start_bare_s"],
        ),
        Result(
            f"dashboard reads ({n})",
            big["dashboard_ms"],
            "ms",
            "≤ 100 ms",
            big["dashboard_ms"] <= 100,
            f"former reads (every row) {big['dashboard_old_ms']:.1f} ms (CPU time: "
            f"{big['dashboard_cpu_ms']:.1f} ms, former {big['dashboard_old_cpu_ms']:.1f} ms)",
            big["dashboard_ms"] / big["dashboard_old_ms"],
            growth,
        ),
        Result(
            f"anonymised summary counts ({n} families)",
            big["summary_counts_s"],
            "s",
            "≤ 1 s",
            big["summary_counts_s"] <= 1,
            f"CPU time {big['summary_cpu_s']:.2f} s",
            growth={s: per_size[s]["summary_counts_s"] for s in sizes},
        ),
        Result(
            f"summary: interviews by mode ({n})",
            big["by_mode_ms"],
            "ms",
            "",
            True,
            f"GROUP BY mode {big['group_by_ms']:.0f} ms",
            big["by_mode_ms"] / big["group_by_ms"],
        ),
        Result(
            f"unlock after a crash: file checks ({big['wal_mb']:.0f} MB log)",
            big["crash_checks_s"],
            "s",
            "one check",
            big["crash_checks_s"] < big["crash_checks_old_s"],
            f"frames checked 3 times {big['crash_checks_old_s']:.2f} s",
            big["crash_checks_s"] / big["crash_checks_old_s"],
        ),
    ]


def measure_all(folder: Path, work: Path, passphrase: str) -> dict[str, float]:
    """Every figure above on the vault in `folder` (locked before and after; the crash copy
    adds a few hundred families to it, so this runs after the other measures)."""
    vault = build_vault(folder)
    vault.unlock_with_passphrase(passphrase)
    found: dict[str, float] = {}
    found.update(measure_dashboard(vault))
    (
        found["summary_counts_s"],
        found["summary_cpu_s"],
        found["by_mode_ms"],
        found["group_by_ms"],
    ) = measure_summary(vault)
    crashed = crashed_copy(vault, work)
    vault.lock()
    found["wal_mb"], found["crash_checks_s"], found["crash_checks_old_s"] = measure_crash_unlock(
        crashed, passphrase
    )
    shutil.rmtree(crashed, ignore_errors=True)
    start = time.perf_counter()
    found.update(measure_startup(folder, passphrase))
    found["startup_runs_s"] = time.perf_counter() - start
    return found
