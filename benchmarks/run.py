"""`make bench`: every performance target of the project, measured against its baseline in the
same run, on demo vaults of 1,000, 10,000 and 50,000 families (generated once and cached:
benchmarks/vaults.py); writes docs/PERFORMANCE.md. No test asserts a speed (STYLE.md 17):
every target lives here.

Run: .venv/bin/python -m benchmarks.run [--sizes 1000 10000 50000] [--out docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from benchmarks import keyboard_bench, landing
from benchmarks.handover import measure_handover
from benchmarks.handover import results as handover_results
from benchmarks.harness import Result, median
from benchmarks.search_list import measure_list, measure_search, plain_copy
from benchmarks.sheet_import import measure_sheet_import
from benchmarks.store_measures import (
    PASSPHRASE,
    make_vault,
    measure_autosave,
    measure_case_pdf,
    measure_long_note_raw,
    measure_passphrase_unlock,
    measure_summary_pdf,
)
from benchmarks.vaults import cached_vault, copy_vault
from ripartire_desktop.usecases.compose import build_vault

DEMO_TARGET_FAMILIES = 10_000  # the demo generation target: this many families, fresh


def start_to_window(script: str, runs: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
        found.append(time.perf_counter() - start)
    return median(found)


BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([]); w = QLabel('x'); w.show(); w.grab()\n"
)
UNLOCK_WINDOW = (
    "import sys\nfrom pathlib import Path\n"
    "from ripartire_desktop.gui.application import AppController, make_application\n"
    "from ripartire_desktop.store.keystore import MemoryKeyStore\n"
    "from ripartire_desktop.usecases.compose import build_vault\n"
    "app = make_application('it')\n"
    "c = AppController(vault=build_vault(Path({vault!r}), keystore=MemoryKeyStore()))\n"
    "c.start(); c.unlock_window.grab()\n"
)


def gui_probe(*args: str, module: str = "benchmarks.gui_probe") -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def memory_security(sizes: list[int], work: Path) -> list[Result]:
    """The same work with SQLCipher's memory security on and off, each in its own process,
    on a copy of the middle-sized vault."""
    families = sorted(sizes)[len(sizes) // 2]
    found = {}
    for mode in ("off", "on"):
        folder = copy_vault(cached_vault(families)[0], work / f"secure-{mode}")
        found[mode] = gui_probe(mode, str(folder), PASSPHRASE, module="benchmarks.memory_security")
        shutil.rmtree(folder, ignore_errors=True)
    on, off = found["on"], found["off"]
    rows = []
    for key, what, unit in (
        ("open_ms", "open by raw key", "ms"),
        ("list_worst_ms", f"worst list sort or filter ({families})", "ms"),
        ("search_median_ms", f"search, median of the words ({families})", "ms"),
        ("demo_s", "demo generation, 1000 families", "s"),
    ):
        rows.append(
            Result(
                f"memory security ON vs the app (OFF): {what}",
                on[key],
                unit,
                "measured (issue 18)",
                True,
                f"app, memory security off: {off[key]:.2f} {unit}",
                on[key] / max(off[key], 0.001),
            )
        )
    return rows


def run(sizes: list[int], out: Path) -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix="ripartire-bench-"))
    growth: dict[str, dict[int, float]] = {
        "list": {},
        "list_ratio": {},
        "search": {},
        "search_plain": {},
        "common": {},
        "autosave": {},
        "summary": {},
    }
    per_size: dict[int, dict[str, float]] = {}
    try:
        for families in sizes:
            source, _generated, _today = cached_vault(families)
            folder = copy_vault(source, work / f"v{families}")
            vault = build_vault(folder)
            vault.unlock_with_passphrase(PASSPHRASE)
            figures: dict[str, float] = {}
            with plain_copy(vault.connection, work) as plain:
                listed = measure_list(vault.connection, plain)
                searched = measure_search(vault.connection, plain)
            figures["list_ms"], figures["list_ratio"] = listed.worst_ms, listed.worst_ratio_plain
            figures["list_ratio_sql"] = listed.worst_ratio_sql
            figures["search_ms"] = searched.target_worst_ms
            figures["search_plain_ms"] = searched.target_plain_ms
            figures["search_overlap"] = searched.target_overlap
            figures["common_ms"] = searched.common_ms
            figures["common_plain_ms"] = searched.common_plain_ms
            figures["common_overlap"] = searched.common_overlap
            figures["autosave_p95"], figures["autosave_raw_p95"] = measure_autosave(vault)
            figures["long_raw_p95"], figures["long_raw_fsync_p95"] = measure_long_note_raw(vault)
            figures["case_pdf_ms"] = measure_case_pdf(vault, work)
            figures["summary_pdf_s"] = measure_summary_pdf(vault, work)
            vault.lock()
            figures.update(gui_probe("app", str(folder), PASSPHRASE))
            figures["unlock_pass_s"], figures["argon2_s"] = measure_passphrase_unlock(folder)
            figures.update(landing.measure_all(folder, work, PASSPHRASE))  # issue 18, last
            per_size[families] = figures
            for key, value in (
                ("list", listed.worst_ms),
                ("list_ratio", listed.worst_ratio_plain),
                ("search", searched.target_worst_ms),
                ("search_plain", searched.target_plain_ms),
                ("common", searched.common_ms),
                ("autosave", figures["autosave_p95"]),
                ("summary", figures["summary_pdf_s"]),
            ):
                growth[key][families] = value
            print(f"{families} families: {json.dumps(figures)}", flush=True)
            print(f"  list: {json.dumps(listed.per_query)}", flush=True)
            print(
                f"  worst: {listed.worst_what}; worst ratio: {listed.worst_ratio_what}",
                flush=True,
            )
            print(f"  search: {json.dumps(searched.per_word)}", flush=True)
            if families != max(sizes):
                shutil.rmtree(folder, ignore_errors=True)
        largest = per_size[max(sizes)]
        bare_start = start_to_window(BARE_WINDOW)
        app_start = start_to_window(UNLOCK_WINDOW.format(vault=str(work / f"v{max(sizes)}")))
        bare_rss = gui_probe("bare")["rss_mb"]
        sheet_results = measure_sheet_import(work)
        handover = measure_handover(work)
        shutil.rmtree(work / f"v{max(sizes)}", ignore_errors=True)
        secure = memory_security(sizes, work)
        _demo_vault, generated = make_vault(work / "demo", DEMO_TARGET_FAMILIES)
        _demo_vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    n = max(sizes)
    extra = largest["unlock_pass_s"] - largest["argon2_s"]
    return [
        Result(
            "process start to unlock window painted",
            app_start,
            "s",
            "≤ 0.6 s, ≤ 3x bare",
            app_start <= 0.6 and app_start / bare_start <= 3,
            f"bare PySide6 window {bare_start:.2f} s",
            app_start / bare_start,
        ),
        Result(
            f"unlock with remembered key to family list painted ({n}; main window built)",
            largest["unlock_to_list_s"],
            "s",
            "≤ 0.25 s",
            largest["unlock_to_list_s"] <= 0.25,
        ),
        Result(
            f"unlock with passphrase ({n}): beyond Argon2id",
            extra,
            "s",
            "Argon2id + ≤ 0.25 s",
            extra <= 0.25,
            f"Argon2id as calibrated {largest['argon2_s']:.2f} s",
        ),
        Result(
            f"family list, worst sort or filter ({n}), store",
            largest["list_ms"],
            "ms",
            "≤ 50 ms, ≤ 2x plain SQLite",
            largest["list_ms"] <= 50 and largest["list_ratio"] <= 2,
            "the same call on a plain SQLite copy (worst ratio); "
            f"bare SQL on the app's connection ≤ {largest['list_ratio_sql']:.2f}x",
            largest["list_ratio"],
            growth["list"],
        ),
        Result(
            f"family list, click on a column header ({n}), GUI",
            largest["gui_sort_max_ms"],
            "ms",
            "≤ 100 ms",
            largest["gui_sort_max_ms"] <= 100,
        ),
        Result(
            f"search, top 50 ranked over every match, words in ≤ 10k notes ({n}), worst",
            largest["search_ms"],
            "ms",
            "≤ 50 ms; overlap with full ranking 50/50",
            largest["search_ms"] <= 50 and largest["search_overlap"] >= 50,
            f"full bm25 on a plain SQLite copy {largest['search_plain_ms']:.1f} ms; "
            f"overlap {largest['search_overlap']:.0f}/50",
            largest["search_ms"] / max(largest["search_plain_ms"], 0.05),
            growth["search"],
        ),
        Result(
            f"search, very common words ({n}): best of the newest window, median overlap",
            largest["common_ms"],
            "ms",
            "bounded, off the GUI thread",
            True,
            f"full bm25 on a plain SQLite copy {largest['common_plain_ms']:.1f} ms; "
            f"overlap {largest['common_overlap']:.0f}/50",
            largest["common_ms"] / max(largest["common_plain_ms"], 0.05),
            growth["common"],
        ),
        *secure,
        Result(
            "interview autosave p95, GUI thread",
            largest["autosave_p95_ms"],
            "ms",
            "≤ 10 ms, ≤ 3x raw",
            largest["autosave_p95_ms"] <= 10
            and largest["autosave_p95_ms"] / max(largest["autosave_raw_p95"], 0.05) <= 3,
            f"raw upsert p95 {largest['autosave_raw_p95']:.2f} ms",
            largest["autosave_p95_ms"] / max(largest["autosave_raw_p95"], 0.05),
            growth["autosave"],
        ),
        Result(
            "interview autosave p95, 5 kB note, GUI thread",
            largest["long_autosave_p95_ms"],
            "ms",
            "≤ 10 ms",
            largest["long_autosave_p95_ms"] <= 10,
            f"raw upsert p95 {largest['long_raw_p95']:.2f} ms",
            largest["long_autosave_p95_ms"] / max(largest["long_raw_p95"], 0.05),
        ),
        Result(
            "interview draft save with disk flush p95, 5 kB note, GUI thread",
            largest["long_durable_p95_ms"],
            "ms",
            "≤ 100 ms (GUI stall)",
            largest["long_durable_p95_ms"] <= 100,
            f"raw upsert with flush p95 {largest['long_raw_fsync_p95']:.2f} ms",
            largest["long_durable_p95_ms"] / max(largest["long_raw_fsync_p95"], 0.05),
        ),
        Result(
            "case summary PDF, 30 interviews",
            largest["case_pdf_ms"],
            "ms",
            "≤ 300 ms",
            largest["case_pdf_ms"] <= 300,
        ),
        Result(
            f"anonymised summary PDF, {n} families",
            largest["summary_pdf_s"],
            "s",
            "≤ 2 s",
            largest["summary_pdf_s"] <= 2,
            growth=growth["summary"],
        ),
        Result(
            f"peak memory, {n} vault open in the GUI",
            largest["rss_mb"],
            "MB",
            "≤ 300 MB RSS",
            largest["rss_mb"] <= 300,
            f"bare PySide6 window {bare_rss:.0f} MB",
            largest["rss_mb"] / bare_rss,
        ),
        Result(
            f"demo generation, {DEMO_TARGET_FAMILIES} families / "
            f"{25 * DEMO_TARGET_FAMILIES} interviews, index merged",
            generated,
            "s",
            "≤ 40 s",
            generated <= 40,
        ),
        Result(
            "longest GUI-thread stall during the GUI measurements",
            largest["gui_longest_stall_ms"],
            "ms",
            "≤ 100 ms",
            largest["gui_longest_stall_ms"] <= 100,
        ),
        *sheet_results,
        *handover_results(handover),
        *landing.results(per_size),
    ]


def write_report(
    results: list[Result], sizes: list[int], out: Path, seconds: float, extra: Sequence[str] = ()
) -> None:
    header = [
        "what",
        "median",
        "target",
        "baseline (same run)",
        "ratio",
        f"growth {' → '.join(str(s) for s in sizes)}",
        "",
    ]
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`benchmarks/run.py`); do not edit by hand.",
        "",
        f"- Date: {datetime.now():%Y-%m-%d %H:%M}",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.platform()}",
        f"- Vaults: demo data, {', '.join(str(s) for s in sizes)} families, 25 interviews each, "
        "generated once and cached (benchmarks/vaults.py); SQLCipher with the app's settings "
        "(WAL, synchronous=FULL, cipher_memory_security off); baselines: the same call on a "
        "plain SQLite copy, and memory security on in a process of its own",
        f"- Whole run: {seconds:.0f} s",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in results]
    lines.append("")
    lines += extra  # sections of their own (the keyboard flows)
    notes = Path(__file__).with_name("PERFORMANCE_NOTES.md")
    lines.append(notes.read_text(encoding="utf-8"))
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--out", type=Path, default=Path("docs/PERFORMANCE.md"))
    args = parser.parse_args()
    os.umask(0o077)
    started = time.perf_counter()
    results = run(args.sizes, args.out)
    flows = keyboard_bench.table(keyboard_bench.measure())
    write_report(results, args.sizes, args.out, time.perf_counter() - started, flows)
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
