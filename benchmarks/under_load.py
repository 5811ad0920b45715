"""Run a command while CPU-bound processes keep every core busy, and report its wall time.

`make test-under-load` runs the test suite this way: a test that passes on a quiet machine and
fails here depends on the machine's speed or load. Usage:

    python benchmarks/under_load.py [--hogs N] [--runs N] -- COMMAND...

The hogs are plain Python busy loops at normal priority (the same as the suite's own
processes), started before each run and killed after it. Exit status: the first failing run's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

BUSY_LOOP = "while True: pass"


def run_once(command: list[str], hogs: int) -> tuple[int, float]:
    busy = [subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(hogs)]
    try:
        started = time.monotonic()
        code = subprocess.call(command)
        return code, time.monotonic() - started
    finally:
        for proc in busy:
            proc.kill()
        for proc in busy:
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hogs", type=int, default=os.cpu_count() or 2, help="busy processes")
    parser.add_argument("--runs", type=int, default=1, help="runs in a row; stops at a failure")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    times: list[str] = []
    for run in range(1, args.runs + 1):
        code, seconds = run_once(command, args.hogs)
        times.append(f"{seconds:.0f} s")
        verdict = "passed" if code == 0 else f"FAILED (exit {code})"
        print(
            f"under load ({args.hogs} busy processes), run {run} of {args.runs}: "
            f"{verdict} in {seconds:.1f} s",
            flush=True,
        )
        if code != 0:
            return code
    print("all runs passed under load: " + ", ".join(times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
