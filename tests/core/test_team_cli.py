"""`ripartire identity ...` and `ripartire team ...`: a counsellor and a coordinator set up."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.core.vaults import new_vault


def _locked(folder: Path) -> Path:
    vault, _ = new_vault(folder)
    vault.lock()
    return folder


def test_identity_and_team_from_the_command_line(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    me = ["--data-dir", _locked(tmp_path / "me"), "--passphrase-file", passphrase_file]
    them = ["--data-dir", _locked(tmp_path / "them"), "--passphrase-file", passphrase_file]
    card = tmp_path / "carla.id"
    unnamed = cli("identity", "export", "-o", card, *them)
    assert unnamed.code == 2 and "no name yet" in unnamed.err and not card.exists()
    assert cli("identity", "set", *them).code == 2
    r = cli("identity", "set", "--name", "Carla Bianchi", "--role", "coordinator", *them)
    assert r.code == 0, r.err
    r = cli("identity", "export", "-o", card, *them)
    assert r.code == 0, r.err
    assert stat.S_IMODE(card.stat().st_mode) == 0o600
    spoken = r.out.split("Fingerprint: ")[1].splitlines()[0]
    shown = cli("identity", "show", *them)
    assert "coordinator" in shown.out and spoken in shown.out
    assert cli("identity", "export", "-o", card, *them).code == 1  # never overwrites

    no_tty = cli("team", "add", "coord", card, *me)  # pytest's stdin is not a terminal
    assert no_tty.code == 2 and "--yes" in no_tty.err
    assert "empty" in cli("team", "list", *me).out
    added = cli("team", "add", "coord", card, "--yes", *me)
    assert added.code == 0, added.err
    assert spoken in added.out and "in person" in added.out
    listed = cli("team", "list", *me)
    assert "coord" in listed.out and "[coordinator]" in listed.out and spoken in listed.out
    assert "calls itself Carla Bianchi" in listed.out
    again = cli("team", "add", "coord", card, "--yes", *me)
    assert again.code == 1 and "already has a member" in again.err

    forged = tmp_path / "forged.id"
    forged.write_text(card.read_text().replace("Carla Bianchi", "Mallory"), encoding="utf-8")
    r = cli("team", "add", "mallory", forged, "--yes", *me)
    assert r.code == 4 and "altered" in r.err and len(r.err.strip().splitlines()) == 1
    r = cli("team", "add", "x", tmp_path / "nope.id", "--yes", *me)
    assert r.code == 1 and "Cannot read" in r.err
    r = cli("team", "remove", "coord", *me)
    assert r.code == 0, r.err
    assert cli("team", "remove", "coord", *me).code == 1


def test_init_chooses_the_role_and_name(tmp_path: Path, passphrase_file: Path, cli) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "new"
    r = cli(
        "init", "--data-dir", folder, "--passphrase-file", passphrase_file, "--kdf-seconds", "0",
        "--role", "coordinator", "--name", "Carla",
    )  # fmt: skip
    assert r.code == 0, r.err
    assert "coordinator's vault" in r.out
    shown = cli("identity", "show", "--data-dir", folder, "--passphrase-file", passphrase_file)
    assert "Carla" in shown.out and "coordinator" in shown.out
    bad = cli(
        "init", "--data-dir", tmp_path / "other", "--passphrase-file", passphrase_file,
        "--role", "boss",
    )  # fmt: skip
    assert bad.code == 2 and not (tmp_path / "other").exists()


def test_help_of_the_new_commands(cli) -> None:  # type: ignore[no-untyped-def]
    for args in (["team", "add"], ["team"], ["identity", "export"], ["report", "merge"]):
        r = cli(*args, "--help")
        assert r.code == 0 and "usage" in r.out
