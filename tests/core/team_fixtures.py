"""Three real vaults that know each other: two counsellors (anna, bruno) and a coordinator.

Each is a real SQLCipher vault with its own keys (made by Vault.create in the templates); the
team lists are filled the way `ripartire team add` fills them, from exported identity files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ripartire_desktop.reports import bundle, sealed
from ripartire_desktop.reports.aggregates import Summary
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from tests.core.test_reports_aggregates import summary_of, varied_population
from tests.core.vaults import new_vault

NOW = datetime(2026, 7, 10, 9, 30, tzinfo=UTC)


@dataclass
class Team:
    anna: Vault
    bruno: Vault
    coord: Vault

    def vaults(self) -> list[Vault]:
        return [self.anna, self.bruno, self.coord]

    def lock(self) -> None:
        for vault in self.vaults():
            vault.lock()


def identity_text(vault: Vault) -> bytes:
    return Records(vault.connection).team.require_own().public_text().encode("utf-8")


def build_team(tmp_path: Path, *, families: bool = True) -> Team:
    """Unlocked vaults in tmp_path/anna, /bruno, /coord, each in the others' team lists."""
    vaults = {name: new_vault(tmp_path / name)[0] for name in ("anna", "bruno", "coord")}
    for name, vault in vaults.items():
        role = Role.COORDINATOR if name == "coord" else Role.COUNSELLOR
        Records(vault.connection).team.set_profile(name=name.title(), role=role)
    coord_text = identity_text(vaults["coord"])
    for name in ("anna", "bruno"):
        Records(vaults[name].connection).team.add("coord", coord_text)
        Records(vaults["coord"].connection).team.add(name, identity_text(vaults[name]))
    if families:
        varied_population(Records(vaults["anna"].connection), range(0, 8))
        varied_population(Records(vaults["bruno"].connection), range(8, 18))
    return Team(**vaults)


def seal_from(
    sender: Vault,
    recipient: str = "coord",
    *,
    summary: Summary | None = None,
    places: bool = True,
    now: datetime = NOW,
) -> bytes:
    """What `report summary --bundle --recipient` writes, as bytes (with the sender's places
    list, as since version 2; `places=False`: as an older version wrote it, version 1)."""
    records = Records(sender.connection)
    team = records.team
    chosen = summary if summary is not None else summary_of(sender)
    if not places:
        return sealed.seal_document(
            bundle.to_document(chosen),
            period={"from": str(chosen.period.first), "to": str(chosen.period.last)},
            sender=team.require_own(),
            recipient=team.by_name(recipient).identity,
            serial=team.next_serial(),
            now=now,
            version=1,
        )
    return sealed.seal(
        chosen,
        sender=team.require_own(),
        recipient=team.by_name(recipient).identity,
        serial=team.next_serial(),
        now=now,
        places=records.places.snapshot(),
    )


def open_at(vault: Vault, raw: bytes) -> sealed.OpenedBundle:
    team = Records(vault.connection).team
    return sealed.open_sealed(raw, own=team.require_own(), team=team)


def bundles_by_cli(cli, tmp_path: Path, secret: list[str | Path]) -> list[Path]:  # type: ignore[no-untyped-def]
    """Anna's and Bruno's sealed summaries of 2026-01..06 for the coordinator, each written
    with `ripartire report summary --bundle` in its own vault folder."""
    bundles = []
    for name in ("anna", "bruno"):
        bundle = tmp_path / f"{name}.age"
        r = cli(
            "report", "summary", "--from", "2026-01", "--to", "2026-06", "--bundle", bundle,
            "--recipient", "coord", "--data-dir", tmp_path / name, *secret,
        )  # fmt: skip
        assert r.code == 0, r.err
        bundles.append(bundle)
    return bundles
