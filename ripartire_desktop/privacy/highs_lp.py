"""HiGHS, the LP solver of the disclosure check, with the numpy arrays it is given.

A module of its own so that HiGHS and numpy (about 0.2 s to import) load when a check runs,
not when the app or a command starts: `privacy/disclosure.py` imports this inside its solver.
"""

from __future__ import annotations

import functools
import math
import os
import sys
from collections.abc import Mapping, Sequence

import highspy
import numpy as np

Row = tuple[Mapping[int, float], float, float]  # coefficients, lower bound, upper bound


class NotOptimal(Exception):
    """The linear program ended without an optimum (its status in the message)."""


@functools.cache
def _banner_printed() -> bool:
    """HiGHS prints its banner on stdout once per process, in C++: send that one to /dev/null
    (the CLI's stdout is the report preview, the GUI's is nobody's)."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 1)
            highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    return True


def new_highs() -> highspy.Highs:
    _banner_printed()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    return h


def model(n: int, rows: Sequence[Row]) -> highspy.Highs:
    """A solver holding `rows` over `n` non-negative unknowns (costs set per question)."""
    h = new_highs()
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = len(rows)
    lp.col_cost_ = np.zeros(n)
    lp.col_lower_ = np.zeros(n)
    lp.col_upper_ = np.full(n, highspy.kHighsInf)
    inf = highspy.kHighsInf
    lp.row_lower_ = np.array([lo if math.isfinite(lo) else -inf for _, lo, _ in rows])
    lp.row_upper_ = np.array([hi if math.isfinite(hi) else inf for _, _, hi in rows])
    starts, index, value = [0], [], []
    for coefficients, _, _ in rows:
        for v, a in sorted(coefficients.items()):
            index.append(v)
            value.append(a)
        starts.append(len(index))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=np.float64)
    h.passModel(lp)
    return h


def optimum(h: highspy.Highs, n: int, coefficients: Mapping[int, float], sense: int) -> float:
    """The smallest (`sense` > 0) or largest value of the linear expression; infinite when
    unbounded. Raises NotOptimal when HiGHS ends any other way."""
    cost = np.zeros(n)
    for v, a in coefficients.items():
        cost[v] = a
    h.changeColsCost(n, np.arange(n, dtype=np.int32), cost)
    h.changeObjectiveSense(highspy.ObjSense.kMinimize if sense > 0 else highspy.ObjSense.kMaximize)
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kUnbounded:
        return math.inf if sense < 0 else -math.inf
    if status != highspy.HighsModelStatus.kOptimal:
        raise NotOptimal(f"the linear program ended with status {status}")
    return float(h.getInfo().objective_function_value)
