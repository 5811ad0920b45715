"""The figures quoted in docs/SECURITY.md: each reliability test reports what it tried.

With RIPARTIRE_FIGURES=FILE set (as `make soak` does), one JSON line per test is appended to
FILE; without it the figures are only printed (visible with `pytest -s`).
"""

from __future__ import annotations

import json
import os


def record_figure(name: str, **counts: int) -> None:
    line = json.dumps({"test": name, **counts}, sort_keys=True)
    print(f"\nfigures {line}")
    target = os.environ.get("RIPARTIRE_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
