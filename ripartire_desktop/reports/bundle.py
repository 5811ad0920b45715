"""Summary bundles: the exact aggregate counts of a period as JSON, and merging several.

This JSON never reaches the disk on its own: reports/sealed.py signs it and encrypts it to the
coordinator (a sealed bundle), and merge reads only sealed bundles.

A bundle carries no rows, no free text and no day: counts keyed by vocabulary values, the period
and the month it was made in, the organisation, and the settings the report needs (capacity, aid
budget, small-cell threshold). Suppression is applied only when a report is rendered, so merged
bundles are suppressed on the merged counts. docs/reports.md shows an example.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.privacy.suppression import MAX_K, check_k
from ripartire_desktop.reports import reach
from ripartire_desktop.reports.aggregates import Counts, Month, Period, Summary, empty_counts
from ripartire_desktop.store.errors import DamagedError, VaultError

FORMAT = "ripartire-summary"
VERSION = 2  # bump on any change an older reader would misread (2: budget lines, issue 17)
MAX_BYTES = 2_000_000
MAX_COUNT = 10**12  # far above any real count; catches garbage and overflow
MAX_ORGANISATIONS = 200
MAX_TEXT = 500
_SOURCE = re.compile(r"[0-9a-f]{16}")
_KEYS = ("format", "version", "period", "generated", "organisations", "sources", "settings",
         "counts")  # fmt: skip


class BundleError(DamagedError):
    """A bundle that cannot be read: not a bundle, damaged, or from a newer version."""


class BundleMergeError(VaultError):
    """Bundles that cannot be added up (different periods, the same vault twice)."""


# --- writing ----------------------------------------------------------------------------------


def to_document(summary: Summary) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "period": {"from": str(summary.period.first), "to": str(summary.period.last)},
        "generated": str(summary.generated),
        "organisations": list(summary.organisations),
        "sources": list(summary.sources),
        "settings": {
            "capacity": summary.capacity,
            "aid_budget_cents": summary.aid_budget_cents,
            "small_cell_k": summary.k,
        },
        "counts": summary.counts,
    }


def dumps(summary: Summary) -> bytes:
    """UTF-8 JSON, keys sorted, so two bundles of the same counts are byte-equal."""
    text = json.dumps(
        to_document(summary), ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False
    )
    return (text + "\n").encode("utf-8")


# --- reading ----------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BundleError(f"the key {key[:40]!r} appears twice")
        result[key] = value
    return result


def _reject_constant(name: str) -> object:
    raise BundleError(f"{name} is not a count")


def _int(value: object, where: str, *, low: int = 0, high: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BundleError(f"{where} must be a whole number, not {type(value).__name__}")
    if not low <= value <= high:
        if value < 0 and low == 0:
            raise BundleError(f"{where} is negative ({value}): counts cannot be")
        raise BundleError(f"{where} is out of range ({low} to {high})")
    return value


def _month(value: object, where: str) -> Month:
    if not isinstance(value, str):
        raise BundleError(f"{where} must be a month like 2026-03")
    try:
        return Month.parse(value)
    except ValidationError:
        raise BundleError(f"{where} must be a month like 2026-03") from None


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BundleError(f"{where} must be an object")
    return value


def _summary_counts(value: object) -> Counts:
    """A summary's counts: exactly the keys of `empty_counts`, and the budget lines' parts,
    whose keys are the lines, funders and years of the vaults (reports/reach.py)."""
    found = _object(value, "counts")
    try:
        varying = reach.checked(found, "counts", MAX_COUNT)
    except reach.ReachError as exc:
        raise BundleError(str(exc)) from None
    rest = {k: v for k, v in found.items() if k not in reach.VARYING}
    shape = {k: v for k, v in empty_counts().items() if k not in reach.VARYING}
    return {**_counts(rest, shape, "counts"), **varying}


def _counts(value: object, template: Counts, where: str) -> Counts:
    found = _object(value, where)
    missing = [k for k in template if k not in found]
    extra = [k for k in found if k not in template]
    if missing:
        raise BundleError(f"{where}.{missing[0]} is missing")
    if extra:
        raise BundleError(f"{where} has an unknown entry {extra[0][:40]!r}")
    result: Counts = {}
    for key, shape in template.items():
        inner = f"{where}.{key}"
        if isinstance(shape, dict):
            result[key] = _counts(found[key], shape, inner)
        else:
            result[key] = _int(found[key], inner)
    return result


def _strings(value: object, where: str, *, limit: int) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > limit:
        raise BundleError(f"{where} must be a list of at most {limit} texts")
    for item in value:
        if not isinstance(item, str) or len(item) > MAX_TEXT:
            raise BundleError(f"{where} must be a list of texts of at most {MAX_TEXT} characters")
    return tuple(value)


def loads_strict(raw: bytes, *, what: str = "a summary bundle") -> object:
    """JSON with no duplicated keys and no NaN/Infinity; BundleError in one line if not."""
    if len(raw) > MAX_BYTES:
        raise BundleError(f"too large for {what} ({len(raw)} bytes)")
    try:
        return json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
        )
    except UnicodeDecodeError:
        raise BundleError(f"not {what} (not UTF-8 text)") from None
    except RecursionError:
        raise BundleError(f"not {what} (nested too deeply)") from None
    except json.JSONDecodeError as exc:
        raise BundleError(f"not {what} (not JSON: {exc.msg}, line {exc.lineno})") from None


def _check_document(doc: object) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BundleError(f"not a summary bundle (the format is not {FORMAT!r})")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise BundleError(
            f"written by a newer version of Ripartire (bundle version {version}, this one reads "
            f"{VERSION}): update Ripartire to read it"
        )
    if _int(version, "version", low=1, high=VERSION) < VERSION:
        raise BundleError(
            f"written by an earlier version of Ripartire (bundle version {version}, this one "
            f"reads {VERSION}): the sender must update Ripartire and seal the bundle again"
        )
    unknown = [key for key in doc if key not in _KEYS]
    if unknown:
        raise BundleError(f"unknown entry {unknown[0][:40]!r}")
    missing = [key for key in _KEYS if key not in doc]
    if missing:
        raise BundleError(f"{missing[0]} is missing")
    return doc


def _period(value: object) -> Period:
    period = _object(value, "period")
    if set(period) != {"from", "to"}:
        raise BundleError("period must have exactly 'from' and 'to'")
    first, last = _month(period["from"], "period.from"), _month(period["to"], "period.to")
    if last < first:
        raise BundleError(f"period ends ({last}) before it starts ({first})")
    return Period(first, last)


def parse(raw: bytes) -> Summary:
    """A bundle's summary, fully checked; BundleError says what is wrong with it."""
    return parse_document(loads_strict(raw))


def parse_document(value: object) -> Summary:
    """The summary of a bundle document already decoded from JSON (e.g. inside a sealed one)."""
    doc = _check_document(value)
    settings = _object(doc["settings"], "settings")
    if set(settings) != {"capacity", "aid_budget_cents", "small_cell_k"}:
        raise BundleError("settings must have exactly capacity, aid_budget_cents, small_cell_k")
    sources = _strings(doc["sources"], "sources", limit=MAX_ORGANISATIONS)
    if not all(_SOURCE.fullmatch(s) for s in sources):
        raise BundleError("sources must be 16 hexadecimal digits each")
    return Summary(
        period=_period(doc["period"]),
        organisations=_strings(doc["organisations"], "organisations", limit=MAX_ORGANISATIONS),
        capacity=_int(settings["capacity"], "settings.capacity", high=10_000 * MAX_ORGANISATIONS),
        aid_budget_cents=_int(settings["aid_budget_cents"], "settings.aid_budget_cents"),
        k=_int(settings["small_cell_k"], "settings.small_cell_k", low=3, high=MAX_K),
        generated=_month(doc["generated"], "generated"),
        counts=_summary_counts(doc["counts"]),
        sources=sources,
    )


# --- merging ----------------------------------------------------------------------------------


def _sum(a: Counts, b: Counts) -> Counts:
    result: Counts = {}
    for key, left in a.items():
        right = b[key]
        if isinstance(left, dict) and isinstance(right, dict):
            result[key] = _sum(left, right)
        elif isinstance(left, int) and isinstance(right, int):
            result[key] = left + right
        else:  # pragma: no cover - both come from the same template
            raise BundleMergeError(f"the bundles disagree on the shape of {key!r}")
    return result


def _shared_or_sum(values: Sequence[int]) -> int:
    """The project's figure when every counsellor states the same one, else their sum."""
    return values[0] if len(set(values)) == 1 else sum(values)


def merge(summaries: Sequence[Summary]) -> Summary:
    """Several counsellors' summaries of the same period as one.

    Counts add up. Capacity and aid budget are the project's: one value when all bundles agree,
    their sum when they differ (each counsellor then has a share of them). The threshold k is the
    strictest of all. The same vault twice is refused: it would count its families twice.
    """
    if not summaries:
        raise BundleMergeError("no bundles to merge")
    period = summaries[0].period
    for s in summaries[1:]:
        if s.period != period:
            raise BundleMergeError(
                f"the bundles cover different periods ({period} and {s.period}): "
                "merge only bundles of the same months"
            )
    sources: list[str] = []
    for s in summaries:
        for source in s.sources:
            if source in sources:
                raise BundleMergeError(
                    "two bundles come from the same vault: its families would be counted twice."
                )
            sources.append(source)
    fixed = [{k: v for k, v in s.counts.items() if k not in reach.VARYING} for s in summaries]
    counts = fixed[0]
    for other in fixed[1:]:
        counts = _sum(counts, other)
    counts = {**counts, **reach.merged([s.counts for s in summaries])}
    organisations = tuple(dict.fromkeys(o for s in summaries for o in s.organisations))
    k = max(s.k for s in summaries)
    check_k(k)
    return Summary(
        period=period,
        organisations=organisations,
        capacity=_shared_or_sum([s.capacity for s in summaries]),
        aid_budget_cents=_shared_or_sum([s.aid_budget_cents for s in summaries]),
        k=k,
        generated=max(s.generated for s in summaries),
        counts=counts,
        sources=tuple(sources),
    )
