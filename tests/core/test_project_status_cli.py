"""The project's places from the command line, with three real vaults: two counsellors seal
bundles, the coordinator merges them and writes the project status, both counsellors load it;
every bad status file is one line, exit 4, and the vault unchanged."""

from __future__ import annotations

from pathlib import Path

from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases import project_status
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.team_fixtures import build_team, bundles_by_cli


def _opened(folder: Path) -> Vault:
    vault = build_vault(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    return vault


def _vault_state(folder: Path) -> tuple[str | None, int]:
    """The held status's digest and the audit entries other than unlocks (every command's
    unlock adds one, and so changes the vault's files)."""
    vault = _opened(folder)
    try:
        records = Records(vault.connection)
        held = records.places.held()
        entries = vault.connection.execute(
            "SELECT count(*) FROM audit_log WHERE action != 'unlock'"
        ).fetchone()[0]
        return (None if held is None else held.digest), int(entries)
    finally:
        vault.lock()


def test_bundles_merge_status_and_load_at_both_counsellors(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    team = build_team(tmp_path)
    expected = {
        name: Records(v.connection).places.snapshot()
        for name, v in (("anna", team.anna), ("bruno", team.bruno))
    }
    team.lock()
    secret = ["--passphrase-file", passphrase_file]
    bundles = bundles_by_cli(cli, tmp_path, secret)
    at_coord = ["--data-dir", tmp_path / "coord", *secret]
    preview = cli("report", "merge", *bundles, "--preview", *at_coord)
    assert preview.code == 0, preview.err
    first_waiting = expected["anna"].waiting[0]
    assert f"waiting  {first_waiting.code}  since {first_waiting.since}" in preview.out
    status_file = tmp_path / "status.age"
    r = cli("report", "merge", *bundles, "-o", tmp_path / "merged.pdf", "--status", status_file,
            *at_coord)  # fmt: skip
    assert r.code == 0, r.err
    taken = len(expected["anna"].active) + len(expected["bruno"].active)
    waiting = len(expected["anna"].waiting) + len(expected["bruno"].waiting)
    assert f"{taken} of 25 places taken, {waiting} waiting" in r.out
    assert "encrypted to anna, bruno and this vault" in r.out
    raw = status_file.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    for place in expected["anna"].waiting:
        assert place.code.encode() not in raw  # encrypted: no code readable on disk

    for name in ("anna", "bruno"):
        loaded = cli("load-status", status_file, "--data-dir", tmp_path / name, *secret)
        assert loaded.code == 0, loaded.err
        assert "signed by coord" in loaded.out and f"{taken} of 25 places taken" in loaded.out
        vault = _opened(tmp_path / name)
        try:
            places = project_status.project_places(
                Records(vault.connection),
                today=project_status.held_status(Records(vault.connection)).as_of,  # type: ignore[union-attr]
            )
        finally:
            vault.lock()
        assert places is not None and (places.taken, places.waiting) == (taken, waiting)

    # The same file again, and an older status after a newer one: replays, refused.
    digest, entries = _vault_state(tmp_path / "anna")
    again = cli("load-status", status_file, "--data-dir", tmp_path / "anna", *secret)
    assert again.code == 4 and "already loaded" in again.err
    assert len(again.err.strip().splitlines()) == 1
    newer = tmp_path / "newer.age"
    r = cli("report", "merge", *bundles, "--status", newer, *at_coord)
    assert r.code == 0, r.err
    assert cli("load-status", newer, "--data-dir", tmp_path / "bruno", *secret).code == 0
    before = _vault_state(tmp_path / "bruno")
    old = cli("load-status", status_file, "--data-dir", tmp_path / "bruno", *secret)
    assert old.code == 4 and "older than the status already loaded" in old.err
    assert len(old.err.strip().splitlines()) == 1 and "nothing was changed" in old.err
    assert _vault_state(tmp_path / "bruno") == before
    assert _vault_state(tmp_path / "anna") == (digest, entries)


def test_a_status_written_alone_and_bad_status_files(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    team = build_team(tmp_path, families=True)
    team.lock()
    secret = ["--passphrase-file", passphrase_file]
    bundle = tmp_path / "anna.age"
    r = cli(
        "report", "summary", "--from", "2026-01", "--to", "2026-06", "--bundle", bundle,
        "--recipient", "coord", "--data-dir", tmp_path / "anna", *secret,
    )  # fmt: skip
    assert r.code == 0, r.err
    at_coord = ["--data-dir", tmp_path / "coord", *secret]
    status_file = tmp_path / "status.age"
    r = cli("report", "merge", bundle, "--status", status_file, *at_coord)
    assert r.code == 0, r.err
    assert not (tmp_path / "merged.pdf").exists()

    flipped = bytearray(status_file.read_bytes())
    flipped[len(flipped) // 2] ^= 0x10
    damaged = tmp_path / "flipped.age"
    damaged.write_bytes(bytes(flipped))
    truncated = tmp_path / "short.age"
    truncated.write_bytes(status_file.read_bytes()[:-40])
    text = tmp_path / "text.age"
    text.write_bytes(b"hello")
    before = _vault_state(tmp_path / "anna")
    for bad, words in (
        (damaged, "damaged or altered"),
        (truncated, "damaged or altered"),
        (text, "not a project status file"),
        (bundle, "made for other vaults"),  # anna's own bundle, sealed to coord
    ):
        r = cli("load-status", bad, "--data-dir", tmp_path / "anna", *secret)
        assert r.code == 4, (bad, r.out, r.err)
        assert words in r.err and len(r.err.strip().splitlines()) == 1, r.err
    assert _vault_state(tmp_path / "anna") == before
    missing = cli("load-status", tmp_path / "nope.age", "--data-dir", tmp_path / "anna", *secret)
    assert missing.code == 1 and "Cannot read" in missing.err

    # A status written alone needs the places lists: a merge-only usage is not changed.
    both = cli("report", "merge", bundle, "--preview", "--status", tmp_path / "x.age", *at_coord)
    assert both.code == 2 and not (tmp_path / "x.age").exists()


def test_help_of_load_status(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("load-status", "--help")
    assert r.code == 0 and "coordinator" in r.out
    r = cli("report", "merge", "--help")
    assert "--status" in r.out
