"""Issue 12's attacks on a real vault with real releases: none recovers a hidden cell, none
narrows one below k, none forms a small difference that no report prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ripartire_desktop.reports.publication import prepare
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.records import Records
from tests.core.disclosure_attacks import differencing, lp_attack, publish
from tests.core.vaults import new_vault

TODAY = date(2026, 11, 20)
K = 5


def _demo(data_dir: Path, families: int = 40):  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    generate_demo(vault.connection, families=families, interviews_per_family=6, seed=7, today=TODAY)
    return vault


def test_january_to_july_minus_january_to_june_reveals_no_july_cell(data_dir: Path) -> None:
    vault = _demo(data_dir)
    try:
        first_half = publish(vault, "2026-01", "2026-06", today=TODAY)
        july = publish(vault, "2026-07", "2026-07", today=TODAY)
        seven = publish(vault, "2026-01", "2026-07", today=TODAY)
    finally:
        vault.lock()
    assert differencing(seven, first_half, july) == 0
    outcome = lp_attack([first_half, july, seven], K)
    assert outcome.recovered == outcome.narrow == outcome.small_differences == 0
