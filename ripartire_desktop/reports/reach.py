"""The reach and money counts of the summary (issue 17): households with minors on a path, and
aid paid per budget line, per funder and per budget year.

Budget lines are the vault's own, not a vocabulary, so these parts of the counts have keys
that vary: a line is keyed by the JSON text `[year, "funder", "name"]` (the same line of two
vaults merges into one), a funder by its name, a year by its digits, payments paid from no line
by "". Each group holds `families` (households), `payments`, `cents` and `top_cents`, the
largest amount one household received (merged as the largest of all, since a household is in
one vault). `budget_granted` holds what each line grants (not a count: merged like the aid
budget, once when every vault states the same figure, summed otherwise).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from ripartire_desktop.store.connection import Connection
from ripartire_desktop.store.statistics_reach import Rows, reach_rows

MONEY_KEYS = ("families", "payments", "cents", "top_cents")
GROUPS = ("aid_lines", "aid_funders", "aid_years")  # group node -> {key: {MONEY_KEYS}}
GRANTED = "budget_granted"  # {line key: cents}
VARYING = (*GROUPS, GRANTED)
WITH_MINORS = "with_minors"
UNASSIGNED = ""
MAX_GROUPS = 500  # lines, funders or years in one summary: far above any real project
MAX_KEY_CHARS = 700


class ReachError(ValueError):
    """Varying counts of the wrong shape (a damaged bundle or ledger entry)."""


def empty_reach() -> dict[str, Any]:
    return {WITH_MINORS: 0, **{node: {} for node in VARYING}}


def line_key(year: int, funder: str, name: str) -> str:
    return json.dumps([year, funder, name], ensure_ascii=False, separators=(",", ":"))


def parse_line_key(key: str) -> tuple[int, str, str] | None:
    """(year, funder, name) of a line key; None for payments paid from no line."""
    if key == UNASSIGNED:
        return None
    try:
        year, funder, name = json.loads(key)
    except (ValueError, TypeError):
        raise ReachError(f"{key[:40]!r} is not a budget line") from None
    if not (isinstance(year, int) and isinstance(funder, str) and isinstance(name, str)):
        raise ReachError(f"{key[:40]!r} is not a budget line")
    return year, funder, name


def _line(raw: object) -> str:
    """The key of a line given as (year, funder, name) or as SQLite's JSON text of it."""
    if raw is None:
        return UNASSIGNED
    year, funder, name = json.loads(raw) if isinstance(raw, str) else raw  # type: ignore[misc]
    return line_key(int(year), str(funder), str(name))


def fill_reach(conn: Connection, counts: dict[str, Any], start: Any, end: Any) -> None:
    """Add the reach counts of the families in `temp.report_scope` for [start, end)."""
    found = reach_rows(conn, start, end)
    counts[WITH_MINORS] = found.with_minors
    _groups(counts["aid_lines"], found.by_line, _line)
    _groups(counts["aid_funders"], found.by_funder, lambda g: "" if g is None else str(g))
    _groups(counts["aid_years"], found.by_year, lambda g: "" if g is None else str(int(g)))
    for key, cents in found.granted:
        counts[GRANTED][_line(key)] = int(cents)


def _groups(node: dict[str, Any], rows: Rows, key_of: Any) -> None:
    for group, *values in rows:
        node[key_of(group)] = {k: int(v or 0) for k, v in zip(MONEY_KEYS, values, strict=True)}


# --- reading back (bundles, the ledger) and merging ------------------------------------------


def _whole(value: object, where: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise ReachError(f"{where} must be a whole number from 0 to {high}")
    return value


def checked(found: Mapping[str, object], where: str, high: int) -> dict[str, Any]:
    """The varying nodes of `found`, checked: keys of the right kind, exact inner keys, whole
    non-negative numbers. ReachError says where the first problem is."""
    result: dict[str, Any] = {}
    for node in VARYING:
        inner = found.get(node)
        path = f"{where}.{node}"
        if not isinstance(inner, dict):
            raise ReachError(f"{path} must be an object")
        if len(inner) > MAX_GROUPS:
            raise ReachError(f"{path} has more than {MAX_GROUPS} entries")
        result[node] = {}
        for key, value in inner.items():
            if not isinstance(key, str) or len(key) > MAX_KEY_CHARS:
                raise ReachError(f"{path} has a key that is too long")
            if node in ("aid_lines", GRANTED):
                parse_line_key(key)
            elif node == "aid_years" and key and not key.isdigit():
                raise ReachError(f"{path} has a key that is not a year")
            here = f"{path}.{key[:40]}"
            if node == GRANTED:
                result[node][key] = _whole(value, here, high)
                continue
            if not isinstance(value, dict) or set(value) != set(MONEY_KEYS):
                raise ReachError(f"{here} must have exactly {', '.join(MONEY_KEYS)}")
            result[node][key] = {k: _whole(value[k], f"{here}.{k}", high) for k in MONEY_KEYS}
    return result


def merged(parts: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The varying nodes of several vaults' counts as one (see the module docs)."""
    result: dict[str, Any] = {node: {} for node in VARYING}
    for node in GROUPS:
        for part in parts:
            for key, values in part[node].items():
                into = result[node].setdefault(key, dict.fromkeys(MONEY_KEYS, 0))
                for leaf in ("families", "payments", "cents"):
                    into[leaf] += values[leaf]
                into["top_cents"] = max(into["top_cents"], values["top_cents"])
    stated: dict[str, list[int]] = {}
    for part in parts:
        for key, cents in part[GRANTED].items():
            stated.setdefault(key, []).append(cents)
    for key, values in stated.items():
        result[GRANTED][key] = values[0] if len(set(values)) == 1 else sum(values)
    return result


def sorted_groups(counts: Mapping[str, Any], node: str) -> Iterator[str]:
    """The keys of a group node in print order: lines newest year first, then funder and
    name; funders by name; years newest first; "no line" last."""
    keys = [k for k in counts[node] if k != UNASSIGNED]
    if node == "aid_lines":
        keys.sort(key=_line_order)
    elif node == "aid_years":
        keys.sort(key=lambda k: -int(k))
    else:
        keys.sort(key=str.casefold)
    yield from keys
    if UNASSIGNED in counts[node]:
        yield UNASSIGNED


def _line_order(key: str) -> tuple[int, str, str]:
    year, funder, name = parse_line_key(key) or (0, "", "")
    return -year, funder.casefold(), name.casefold()
