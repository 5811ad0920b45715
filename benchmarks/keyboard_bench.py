"""`make bench`'s keyboard flows (benchmarks/keyboard_flows.py): each language in processes of
its own, offscreen, three runs on fresh vaults; medians into a small table of PERFORMANCE.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.harness import median

LANGUAGES = ("it", "en")
FLOWS = (
    ("desk", "anonymous desk contact with an appointment"),
    ("family", "desk contact to family, assessment, admitted"),
    ("note", "interview note (two sentences)"),
)


def one_run(language: str) -> dict[str, list[float]]:
    """{flow: [keys, seconds]} of one process running the three flows."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.keyboard_flows", language],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def measure(runs: int = 3) -> dict[str, dict[str, tuple[int, float]]]:
    """{language: {flow: (keys, median seconds)}}; keys are the same in every run (checked)."""
    found: dict[str, dict[str, tuple[int, float]]] = {}
    for language in LANGUAGES:
        samples = [one_run(language) for _ in range(runs)]
        found[language] = {}
        for flow, _ in FLOWS:
            keys = {int(sample[flow][0]) for sample in samples}
            if len(keys) != 1:
                raise RuntimeError(f"{flow} ({language}): key counts differ between runs: {keys}")
            seconds = median([float(sample[flow][1]) for sample in samples])
            found[language][flow] = (keys.pop(), seconds)
    return found


def table(found: dict[str, dict[str, tuple[int, float]]], runs: int = 3) -> list[str]:
    """The section of docs/PERFORMANCE.md, as lines."""
    lines = [
        "## Keyboard flows (keys, seconds) — it / en",
        "",
        "Issue 15's flows driven with the keyboard only in the real window "
        "(`benchmarks/keyboard_flows.py`; `tests/gui/test_keyboard_flows.py` holds the key "
        "counts to a budget): the first two from the dashboard after the unlock, the note on "
        "the family the assessment left open. Keys: every press, a typed character counts "
        "one, a chord (Ctrl+3, Alt+S) one. Seconds: the application's own time to handle "
        f"those keys, offscreen, median of {runs} runs on fresh vaults, including Qt's 0.1 s "
        "pressed look of each button or tick reached by its Alt letter (four in the family "
        "flow); a person's typing time comes on top.",
        "",
        "| flow | keys it | seconds it | keys en | seconds en |",
        "|---|---|---|---|---|",
    ]
    for flow, what in FLOWS:
        cells = [what]
        for language in LANGUAGES:
            keys, seconds = found[language][flow]
            cells += [str(keys), f"{seconds:.2f} s"]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


if __name__ == "__main__":
    print("\n".join(table(measure())))
