"""`ripartire handover` and `ripartire receive` between real vaults, and codes with marks on the
command line: what a counsellor types, what they read, and the exit codes."""

from __future__ import annotations

from pathlib import Path

from tests.core.handover_fixtures import build_team, rows_of
from tests.core.records_fixtures import populated_family


def test_handover_and_receive_from_the_command_line(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    team = build_team(tmp_path)
    code = populated_family(team.anna.records, "Olmo").code
    for session in team.sessions():
        session.lock()
    anna = ["--data-dir", tmp_path / "anna", "--passphrase-file", passphrase_file]
    bruno = ["--data-dir", tmp_path / "bruno", "--passphrase-file", passphrase_file]
    carla = ["--data-dir", tmp_path / "carla", "--passphrase-file", passphrase_file]
    sealed = tmp_path / "olmo.age"

    r = cli("handover", code.lower(), "--to", "bruno", "--reason", "cambio sportello\x1b[2J",
            "-o", sealed, *anna)  # fmt: skip
    assert r.code == 0, r.err
    assert f"{code} is read-only here" in r.out and sealed.exists()
    again = cli("handover", code, "--to", "carla", "--reason", "x", "-o", tmp_path / "b", *anna)
    assert again.code == 2 and "already handed over to bruno" in again.err

    neither = cli("handover", "--to", "bruno", "--reason", "x", "-o", tmp_path / "n.age", *anna)
    assert neither.code == 2 and "--desk" in neither.err
    wrong = cli("receive", sealed, *carla)
    assert wrong.code == 4 and "sealed for someone else" in wrong.err
    assert len(wrong.err.strip().splitlines()) == 1
    r = cli("receive", sealed, *bruno)
    assert r.code == 0, r.err
    assert f"Received {code} from anna" in r.out and "cambio sportello\\x1b[2J" in r.out
    assert "\x1b" not in r.out  # the sender's text cannot clear this terminal
    receipt = tmp_path / "olmo-receipt.age"
    assert receipt.exists()
    replay = cli("receive", sealed, *bruno)
    assert replay.code == 4 and "already received" in replay.err
    listed = cli("list", *bruno)
    assert code in listed.out

    stranger = cli("receive", receipt, *carla)
    assert stranger.code == 4 and len(stranger.err.strip().splitlines()) == 1
    r = cli("receive", receipt, *anna)
    assert r.code == 0, r.err
    assert "Removed its identity" in r.out
    twice = cli("receive", receipt, *anna)
    assert twice.code == 4 and "already applied" in twice.err
    not_sealed = tmp_path / "plain.json"
    not_sealed.write_text("{}", encoding="utf-8")
    r = cli("receive", not_sealed, *anna)
    assert r.code == 4 and "not an age file" in r.err


def test_init_and_identity_set_the_mark(tmp_path: Path, passphrase_file: Path, cli) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "new"
    base = ["--data-dir", folder, "--passphrase-file", passphrase_file]
    bad = cli("init", *base, "--kdf-seconds", "0", "--mark", "A1")
    assert bad.code == 2 and "--mark" in bad.err and not folder.exists()
    r = cli("init", *base, "--kdf-seconds", "0", "--name", "Anna Rossi")
    assert r.code == 0, r.err
    assert "No code mark yet" in r.out and "--mark AR" in r.out
    assert "(none yet" in cli("identity", "show", *base).out
    r = cli("identity", "set", "--mark", "ar", *base)
    assert r.code == 0, r.err
    assert "RIP-YYYY-AR001" in r.out
    assert "Code mark:   AR" in cli("identity", "show", *base).out
    r = cli("identity", "set", "--mark", "B", *base)
    assert r.code == 1 and "never changes" in r.err
    marked = tmp_path / "marked"
    r = cli("init", "--data-dir", marked, "--passphrase-file", passphrase_file,
            "--kdf-seconds", "0", "--mark", "c")  # fmt: skip
    assert r.code == 0 and "RIP-2026-C001" in r.out


def test_a_read_only_family_refuses_edits_and_nothing_changes(tmp_path: Path) -> None:
    from ripartire_desktop.store.records.handovers import HandedOverError
    from ripartire_desktop.usecases import handover as cases
    from ripartire_desktop.usecases import interviews

    team = build_team(tmp_path)
    family = populated_family(team.anna.records, "Faggio")
    cases.hand_over(team.anna, family.code, to="carla", reason="r", target=tmp_path / "f.age")
    before = rows_of(team.anna)
    stored = team.anna.records.interviews.for_family(family.id or 0)[0]
    for attempt in (
        lambda: interviews.update_interview(team.anna.records, stored),
        lambda: interviews.update_interviews(team.anna.records, family.id or 0, [stored]),
    ):
        try:
            attempt()
        except HandedOverError as exc:
            assert "read-only" in str(exc)
        else:
            raise AssertionError("an edit of a handed-over family went through")
    assert rows_of(team.anna) == before
