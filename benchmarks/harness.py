"""Small timing helpers shared by the benchmarks: medians, percentiles, result rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


def samples_ms(
    action: Callable[[], object],
    runs: int,
    *,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """`runs` timings of `action` in ms after `warmup` untimed runs, by `clock` (the wall
    clock; `time.process_time` for this process's CPU time)."""
    for _ in range(warmup):
        action()
    found = []
    for _ in range(runs):
        start = clock()
        action()
        found.append((clock() - start) * 1000)
    return found


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass
class Result:
    """One row of docs/PERFORMANCE.md."""

    what: str
    value: float
    unit: str
    target: str
    met: bool
    baseline: str = ""
    ratio: float | None = None
    growth: dict[int, float] = field(default_factory=dict)  # families -> value

    def cells(self) -> list[str]:
        shown = f"{self.value:.1f} {self.unit}" if self.unit != "s" else f"{self.value:.2f} s"
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else ""
        growth = " → ".join(f"{v:.1f}" for _, v in sorted(self.growth.items()))
        return [
            self.what,
            shown,
            self.target,
            self.baseline,
            ratio,
            growth,
            "met" if self.met else "**missed**",
        ]
