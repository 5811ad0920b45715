"""Summary bundles: exact counts out, checked on the way in, and merged bundles add up."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ripartire_desktop.domain import Settings
from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.aggregates import Month, Summary, compute_summary, empty_counts
from ripartire_desktop.reports.bundle import BundleError, BundleMergeError, merge, parse
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.errors import EXIT_DAMAGED, DamagedError
from ripartire_desktop.store.records import Records
from tests.core.test_reports_aggregates import (
    PERIOD,
    SETTINGS,
    TODAY,
    summary_of,
    varied_population,
)
from tests.core.vaults import new_vault


def example(**changes: Any) -> Summary:
    counts = empty_counts()
    counts["first_contacts"]["phone"] = 7  # type: ignore[index]
    counts["aid"]["energy_bills"]["cents"] = 12_345  # type: ignore[index]
    s = Summary(
        period=PERIOD,
        organisations=("Ente A",),
        capacity=25,
        aid_budget_cents=500_000,
        k=5,
        generated=Month(2026, 7),
        counts=counts,
        sources=("0123456789abcdef",),
    )
    return replace(s, **changes)


def doc(summary: Summary | None = None) -> dict[str, Any]:
    return json.loads(bundle.dumps(summary or example()))


def raw(document: object) -> bytes:
    return json.dumps(document).encode()


def test_a_bundle_reads_back_as_it_was_written() -> None:
    s = example()
    assert parse(bundle.dumps(s)) == s
    assert bundle.dumps(s) == bundle.dumps(parse(bundle.dumps(s)))


def test_a_bundle_holds_counts_months_and_settings_only() -> None:
    d = doc()
    assert set(d) == {
        "format", "version", "period", "generated", "organisations", "sources", "settings",
        "counts",
    }  # fmt: skip
    assert d["period"] == {"from": "2026-01", "to": "2026-06"}
    assert d["generated"] == "2026-07"

    def leaves(node: object) -> list[object]:
        if isinstance(node, dict):
            return [leaf for value in node.values() for leaf in leaves(value)]
        return [node]

    assert all(isinstance(v, int) and not isinstance(v, bool) for v in leaves(d["counts"]))


def _mutations() -> list[tuple[str, Any]]:
    def set_(path: list[str], value: object) -> Any:
        def change(d: dict[str, Any]) -> None:
            node = d
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value

        return change

    def delete(path: list[str]) -> Any:
        def change(d: dict[str, Any]) -> None:
            node = d
            for key in path[:-1]:
                node = node[key]
            del node[path[-1]]

        return change

    return [
        ("negative count", set_(["counts", "first_contacts", "phone"], -1)),
        ("count as text", set_(["counts", "first_contacts", "phone"], "7")),
        ("count as float", set_(["counts", "first_contacts", "phone"], 7.0)),
        ("count as bool", set_(["counts", "first_contacts", "phone"], True)),
        ("count as null", set_(["counts", "first_contacts", "phone"], None)),
        ("huge count", set_(["counts", "first_contacts", "phone"], 10**15)),
        ("table as list", set_(["counts", "aid"], [])),
        ("missing table", delete(["counts", "outcomes"])),
        ("missing cell", delete(["counts", "aid", "health", "cents"])),
        ("unknown cell", set_(["counts", "first_contacts", "pigeon"], 1)),
        ("unknown top-level entry", set_(["names"], ["Mario Rossi"])),
        ("wrong format", set_(["format"], "ripartire-family")),
        ("newer version", set_(["version"], 3)),
        ("earlier version", set_(["version"], 1)),
        ("version zero", set_(["version"], 0)),
        ("version as text", set_(["version"], "1")),
        ("period not months", set_(["period", "from"], "2026-01-15")),
        ("period backwards", set_(["period", "to"], "2025-12")),
        ("month 13", set_(["generated"], "2026-13")),
        ("k below three", set_(["settings", "small_cell_k"], 2)),
        ("extra setting", set_(["settings", "colour"], 1)),
        ("organisations not texts", set_(["organisations"], [1])),
        ("sources not ids", set_(["sources"], ["Mario Rossi"])),
        ("missing period", delete(["period"])),
    ]


@pytest.mark.parametrize(("what", "change"), _mutations(), ids=[m[0] for m in _mutations()])
def test_damaged_or_foreign_bundles_are_refused_clearly(what: str, change: Any) -> None:
    d = doc()
    change(d)
    with pytest.raises(BundleError) as caught:
        parse(raw(d))
    assert isinstance(caught.value, DamagedError)
    assert caught.value.exit_code == EXIT_DAMAGED
    message = str(caught.value)
    assert message and "\n" not in message and len(message) < 300


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        b'{"format": "ripartire-summary"',
        b"%PDF-1.4 a pdf, not a bundle",
        b'{"format": "ripartire-summary", "version": NaN}',
        b"[" * 100_000 + b"]" * 100_000,
        b" " * (bundle.MAX_BYTES + 1),
    ],
    ids=["empty", "binary", "list", "truncated", "pdf", "nan", "deep", "huge"],
)
def test_files_that_are_not_bundles_are_refused(data: bytes) -> None:
    with pytest.raises(BundleError):
        parse(data)


def test_a_duplicated_key_is_refused() -> None:
    line = '"format": "ripartire-summary",'
    text = bundle.dumps(example()).decode().replace(line, line + line)
    with pytest.raises(BundleError, match="twice"):
        parse(text.encode())


def test_a_newer_version_says_to_update() -> None:
    d = doc()
    d["version"] = 7
    with pytest.raises(BundleError, match="newer version"):
        parse(raw(d))


# --- merging ----------------------------------------------------------------------------------


def test_merge_adds_counts_and_keeps_the_strictest_threshold() -> None:
    a = example()
    b = example(organisations=("Ente B",), sources=("fedcba9876543210",), k=7)
    m = merge([a, b])
    assert m.counts["first_contacts"]["phone"] == 14  # type: ignore[index]
    assert m.counts["aid"]["energy_bills"]["cents"] == 24_690  # type: ignore[index]
    assert m.organisations == ("Ente A", "Ente B")
    assert m.k == 7
    assert m.sources == ("0123456789abcdef", "fedcba9876543210")
    assert (m.capacity, m.aid_budget_cents) == (25, 500_000)  # the same project: not doubled


def test_merge_sums_capacities_that_differ() -> None:
    b = example(sources=("fedcba9876543210",), capacity=10, aid_budget_cents=100_000)
    m = merge([example(), b])
    assert (m.capacity, m.aid_budget_cents) == (35, 600_000)


def test_the_same_vault_twice_is_refused() -> None:
    with pytest.raises(BundleMergeError, match="same vault"):
        merge([example(), example()])


def test_different_periods_are_refused() -> None:
    other = example(sources=("fedcba9876543210",), period=replace(PERIOD, last=Month(2026, 12)))
    with pytest.raises(BundleMergeError, match="different periods"):
        merge([example(), other])


def test_nothing_to_merge_is_refused() -> None:
    with pytest.raises(BundleMergeError):
        merge([])


def test_merged_bundles_equal_the_summary_of_the_union(tmp_path: Path) -> None:
    """Two counsellors' vaults, and one vault holding both their families: same counts."""
    vaults = {}
    for name, numbers in {"a": range(0, 23), "b": range(23, 60), "union": range(0, 60)}.items():
        vault, _ = new_vault(tmp_path / name)
        varied_population(Records(vault.connection), numbers)
        vaults[name] = vault
    try:
        a, b, union = (summary_of(vaults[n]) for n in ("a", "b", "union"))
        via_files = [parse(bundle.dumps(s)) for s in (a, b)]  # as a coordinator receives them
        merged = merge(via_files)
        assert merged.counts == union.counts
        assert merged.capacity == union.capacity and merged.k == union.k
        assert merged.period == union.period
    finally:
        for vault in vaults.values():
            vault.lock()


def test_subsets_of_a_demo_vault_merge_to_the_whole(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "demo")
    try:
        generate_demo(vault.connection, families=150, interviews_per_family=4, seed=11, today=TODAY)
        ids = [r[0] for r in vault.connection.execute("SELECT id FROM families ORDER BY id")]
        settings = Records(vault.connection).settings.load()

        def of(family_ids: list[int] | None, anonymous: bool = True) -> Summary:
            return compute_summary(
                vault.connection,
                PERIOD,
                settings=settings,
                today=TODAY,
                family_ids=family_ids,
                include_anonymous_contacts=anonymous,
            )

        whole = of(None)
        parts = [of(ids[0::3]), of(ids[1::3], False), of(ids[2::3], False)]
        assert merge(parts).counts == whole.counts
        assert sum(whole.counts["first_contacts"].values()) > 0  # type: ignore[union-attr]
    finally:
        vault.lock()


def test_bundles_of_an_empty_vault_merge_to_zeros(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "empty")
    try:
        s = compute_summary(vault.connection, PERIOD, settings=Settings(), today=date(2026, 7, 1))
    finally:
        vault.lock()
    assert parse(bundle.dumps(s)).counts == empty_counts()
    assert SETTINGS.small_cell_k == 5
