"""`ripartire report ...` and `ripartire export-subject`: outputs, refusals, exit codes, audit."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ripartire_desktop.commands import report_cmds
from ripartire_desktop.reports.aggregates import Month, Period
from ripartire_desktop.reports.bundle import merge
from ripartire_desktop.store.identity import Role
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, snapshot
from tests.core.records_fixtures import populated_family
from tests.core.team_fixtures import build_team, bundles_by_cli, identity_text, open_at, seal_from
from tests.core.test_reports_aggregates import summary_of, varied_population
from tests.core.vaults import new_vault


@pytest.fixture
def vault_dir(data_dir: Path) -> Iterator[tuple[Path, str]]:
    """A locked vault with a few families; yields its folder and one family's code."""
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = populated_family(records, "CLI")
    varied_population(records, range(30))
    vault.lock()
    yield data_dir, family.code


def audit_entries(data_dir: Path) -> list[tuple[str, str | None, str]]:
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    try:
        return [
            (e.action, e.family_code, e.detail)
            for e in Records(vault.connection).audit.entries()
            if e.action == "export"
        ]
    finally:
        vault.lock()


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_case_summary(
    vault_dir: tuple[Path, str], passphrase_file: Path, tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    data_dir, code = vault_dir
    out = tmp_path / "caso.pdf"
    r = cli(
        "report",
        "case",
        code,
        "-o",
        out,
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
    )
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(b"%PDF") and private(out)
    assert code in r.out and "NOT encrypted" in r.out
    assert audit_entries(data_dir) == [("export", code, "case summary pdf")]
    again = cli(
        "report",
        "case",
        code,
        "-o",
        out,
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
    )
    assert again.code == 1 and "already exists" in again.err
    assert len(again.err.strip().splitlines()) == 1


def test_case_summary_of_an_unknown_family(vault_dir, passphrase_file, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    data_dir, _ = vault_dir
    out = tmp_path / "x.pdf"
    r = cli(
        "report",
        "case",
        "RIP-2099-001",
        "-o",
        out,
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
    )
    assert r.code == 1 and "RIP-2099-001" in r.err
    assert not out.exists()


def test_a_wrong_passphrase_writes_nothing(vault_dir, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    data_dir, code = vault_dir
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("non-è-questa-123\n", encoding="utf-8")
    out = tmp_path / "caso.pdf"
    r = cli("report", "case", code, "-o", out, "--data-dir", data_dir, "--passphrase-file", wrong)
    assert r.code == 3
    assert not out.exists()


def test_output_into_a_missing_folder_is_refused_before_unlocking(vault_dir, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    data_dir, code = vault_dir
    # No passphrase file: the check must come first, or the command would be waiting for one.
    r = cli("report", "case", code, "-o", tmp_path / "nope" / "caso.pdf", "--data-dir", data_dir)
    assert r.code == 1 and "does not exist" in r.err


def _add_coordinator(data_dir: Path, tmp_path: Path) -> Vault:
    """A coordinator's vault in the team of the vault in data_dir (returned unlocked)."""
    coord, _ = new_vault(tmp_path / "coord")
    Records(coord.connection).team.set_profile(name="Coordinatrice", role=Role.COORDINATOR)
    text = identity_text(coord)
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    try:
        records = Records(vault.connection)
        records.team.add("coord", text)
        records.team.set_profile(name="Consulente")
        Records(coord.connection).team.add("consulente", identity_text(vault))
    finally:
        vault.lock()
    return coord


def test_summary_pdf_and_sealed_bundle(vault_dir, passphrase_file, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    data_dir, _ = vault_dir
    coord = _add_coordinator(data_dir, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    pdf, bundle = out / "report.pdf", out / "bundle.age"
    args = [
        "--from",
        "2025-10",
        "--to",
        "2026-06",
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
    ]
    try:
        r = cli("report", "summary", *args, "-o", pdf, "--bundle", bundle, "--recipient", "coord")
        assert r.code == 0, r.err
        assert "sealed to coord" in r.out
        assert private(pdf) and private(bundle)
        assert sorted(p.name for p in out.iterdir()) == ["bundle.age", "report.pdf"]  # no temp
        raw = bundle.read_bytes()
        assert raw.startswith(b"age-encryption.org/v1\n")
        for word in (b"ripartire-summary", b"counts", b"2025-10", b"CLI", b'"period"'):
            assert word not in raw  # no JSON, no period, no names
        opened = open_at(coord, raw)
        assert opened.summary.period == Period(Month(2025, 10), Month(2026, 6))
    finally:
        coord.lock()
    [entry] = audit_entries(data_dir)
    assert entry[2].startswith("summary 2025-10..2026-06 pdf+bundle sealed to ")


def test_summary_preview_prints_the_tables_and_writes_nothing(
    vault_dir, passphrase_file, tmp_path, cli
) -> None:  # type: ignore[no-untyped-def]
    data_dir, _ = vault_dir
    before = snapshot(tmp_path)
    r = cli(
        "report", "summary", "--from", "2025-10", "--to", "2026-06", "--preview",
        "--data-dir", data_dir, "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert r.code == 0, r.err
    assert "PRIMI CONTATTI PER CANALE" in r.out and "Totale" in r.out
    assert "<5" in r.out or "n.p." in r.out
    assert "nothing was written" in r.out
    assert "CLI" not in r.out  # no names
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("vault")} == {
        k: v for k, v in before.items() if not k.startswith("vault")
    }
    assert audit_entries(data_dir) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-13", "--to", "2026-12", "-o", "x.pdf"],
        ["--from", "2026-06", "--to", "2026-01", "-o", "x.pdf"],
        ["--from", "2026-01", "--to", "2026-06"],  # neither -o nor --preview
        ["--from", "2026-01", "-o", "x.pdf"],  # --to missing
        ["--from", "2026-01", "--to", "2026-06", "-o", "same.pdf", "--bundle", "same.pdf",
         "--recipient", "coord"],
        ["--from", "2026-01", "--to", "2026-06", "--bundle", "x.pdf"],  # sealed to whom?
        ["--from", "2026-01", "--to", "2026-06", "-o", "x.pdf", "--recipient", "coord"],
    ],
)  # fmt: skip
def test_summary_usage_errors(args: list[str], vault_dir, tmp_path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data_dir, _ = vault_dir
    monkeypatch.chdir(tmp_path)
    r = cli("report", "summary", *args, "--data-dir", data_dir)
    assert r.code == 2
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "same.pdf").exists()


def test_merge_of_two_counsellors_at_the_coordinator(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    """Counsellors A and B seal to the coordinator; the coordinator's vault verifies and merges."""
    team = build_team(tmp_path)
    union = {
        name: summary_of(vault) for name, vault in (("anna", team.anna), ("bruno", team.bruno))
    }
    team.lock()
    secret = ["--passphrase-file", passphrase_file]
    bundles = bundles_by_cli(cli, tmp_path, secret)
    at_coord = ["--data-dir", tmp_path / "coord", *secret]
    preview = cli("report", "merge", *bundles, "--preview", "--k", "7", *at_coord)
    assert preview.code == 0 and "n.p." in preview.out and "da 1 a 6" in preview.out
    lower = cli("report", "merge", *bundles, "--preview", "--k", "3", *at_coord)
    assert lower.code == 2
    out = tmp_path / "merged.pdf"
    r = cli("report", "merge", *bundles, "-o", out, "--lang", "en", *at_coord)
    assert r.code == 0, r.err
    assert "Merged 2 bundles" in r.out and "anna, bruno; signatures checked" in r.out
    assert private(out)
    coord = build_vault(tmp_path / "coord")
    coord.unlock_with_passphrase(PASSPHRASE)
    try:
        coord_team = Records(coord.connection).team
        opened = [open_at(coord, b.read_bytes()) for b in bundles]
        merged = merge([o.summary for o in opened])
        expected = merge(list(union.values()))
        assert merged.counts == expected.counts  # what the PDF was made of
        assert coord_team.last_merged(opened[0].sender.fingerprint, "2026-01", "2026-06")
    finally:
        coord.lock()
    assert out.read_bytes().startswith(b"%PDF")
    again = cli("report", "merge", *bundles, "-o", tmp_path / "again.pdf", *at_coord)
    assert again.code == 0, again.err  # the same bundles again: the same report
    # A merged bundle, sealed by the coordinator to a colleague (here anna), opens there.
    onward = tmp_path / "merged.age"
    r = cli("report", "merge", *bundles, "--bundle", onward, "--recipient", "anna", *at_coord)
    assert r.code == 0, r.err
    anna = build_vault(tmp_path / "anna")
    anna.unlock_with_passphrase(PASSPHRASE)
    try:
        opened = open_at(anna, onward.read_bytes())
    finally:
        anna.lock()
    assert opened.summary.counts == expected.counts and len(opened.summary.sources) == 2


def _refusal(cli, tmp_path: Path, passphrase_file: Path, *bundles: Path) -> str:  # type: ignore[no-untyped-def]
    """Run a merge that must be refused; its stderr and the coordinator's registry size."""
    out = tmp_path / "refused.pdf"
    r = cli(
        "report", "merge", *bundles, "-o", out,
        "--data-dir", tmp_path / "coord", "--passphrase-file", passphrase_file,
    )  # fmt: skip
    assert r.code == 4, (r.out, r.err)
    assert len(r.err.strip().splitlines()) == 1 and "nothing was merged" in r.err
    assert not out.exists()
    coord = build_vault(tmp_path / "coord")
    coord.unlock_with_passphrase(PASSPHRASE)
    try:
        rows = coord.connection.execute("SELECT count(*) FROM merged_bundles").fetchone()[0]
    finally:
        coord.lock()
    return f"{r.err}|{rows}"


def test_merge_refusals_exit_4_and_change_nothing(
    tmp_path: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    team = build_team(tmp_path, families=False)
    Records(team.anna.connection).team.add("bruno", identity_text(team.bruno))
    old, new = seal_from(team.anna), seal_from(team.anna)
    to_bruno = seal_from(team.anna, "bruno")
    from_bruno = seal_from(team.bruno)
    team.lock()
    files = {}
    for name, raw in (("old", old), ("new", new), ("to_bruno", to_bruno), ("bruno", from_bruno)):
        files[name] = tmp_path / f"{name}.age"
        files[name].write_bytes(raw)
    flipped = bytearray(new)
    flipped[len(flipped) // 2] ^= 0x04
    files["flipped"] = tmp_path / "flipped.age"
    files["flipped"].write_bytes(bytes(flipped))
    files["plain"] = tmp_path / "plain.json"
    files["plain"].write_bytes(b'{"format": "ripartire-summary", "version": 1}')

    assert "flipped.age: damaged or altered" in _refusal(
        cli, tmp_path, passphrase_file, files["bruno"], files["flipped"]
    )
    assert "to_bruno.age: sealed for someone else" in _refusal(
        cli, tmp_path, passphrase_file, files["to_bruno"]
    )
    assert "same vault (anna)" in _refusal(
        cli, tmp_path, passphrase_file, files["old"], files["new"]
    )
    assert "unsealed bundle" in _refusal(cli, tmp_path, passphrase_file, files["plain"])
    assert _refusal(cli, tmp_path, passphrase_file, files["flipped"]).endswith("|0")
    secret = ["--data-dir", tmp_path / "coord", "--passphrase-file", passphrase_file]
    ok = cli("report", "merge", files["new"], "-o", tmp_path / "ok.pdf", *secret)
    assert ok.code == 0, ok.err
    replay = _refusal(cli, tmp_path, passphrase_file, files["old"])
    assert "older bundle of anna" in replay and replay.endswith("|1")
    removed = cli("team", "remove", "anna", *secret)
    assert removed.code == 0, removed.err
    assert "not in your team" in _refusal(cli, tmp_path, passphrase_file, files["new"])


def test_merge_of_a_missing_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("report", "merge", tmp_path / "nope.age", "-o", tmp_path / "out.pdf")
    assert r.code == 1 and "Cannot read" in r.err


def test_export_subject(vault_dir, passphrase_file, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    data_dir, code = vault_dir
    folder = tmp_path / "accesso"
    secret = ["--data-dir", data_dir, "--passphrase-file", passphrase_file]
    # Plain text is only for the family: without the confirmation (no terminal), nothing.
    unconfirmed = cli("export-subject", code, "-o", folder, *secret)
    assert unconfirmed.code == 2 and "--for-the-family" in unconfirmed.err
    assert len(unconfirmed.err.strip().splitlines()) == 1
    assert not folder.exists() and audit_entries(data_dir) == []
    r = cli("export-subject", code, "-o", folder, "--for-the-family", *secret)
    assert r.code == 0, r.err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == [f"{code}.json", f"{code}.pdf"]
    assert all(private(p) for p in folder.iterdir())
    assert audit_entries(data_dir) == [
        ("export", code, "subject access pdf+json, plaintext for the family")
    ]
    again = cli("export-subject", code, "-o", folder, "--for-the-family", *secret)
    assert again.code == 1 and "already exists" in again.err


def test_consent_form(vault_dir, passphrase_file, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    data_dir, code = vault_dir
    out = tmp_path / "consenso.pdf"
    r = cli(
        "report",
        "consent",
        code,
        "-o",
        out,
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
    )
    assert r.code == 0, r.err
    assert private(out)
    assert audit_entries(data_dir) == [("export", code, "consent form pdf")]


def test_a_failed_write_leaves_no_file_behind(
    vault_dir, passphrase_file, tmp_path, cli, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    data_dir, code = vault_dir
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        if str(out_dir) in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    r = cli(
        "report",
        "case",
        code,
        "-o",
        out_dir / "caso.pdf",
        "--data-dir",
        data_dir,
        "--passphrase-file",
        passphrase_file,
    )
    assert r.code == 1 and "No space left" in r.err
    assert list(out_dir.iterdir()) == []  # neither the PDF nor its temp file
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert audit_entries(data_dir) == []  # nothing left the vault, nothing recorded


def test_report_without_a_kind_is_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("report").code == 2


def test_check_new_file_for_the_recovery_sheet(tmp_path: Path) -> None:
    from ripartire_desktop.store.errors import VaultError

    assert report_cmds.check_new_file(str(tmp_path / "foglio.pdf")) == tmp_path / "foglio.pdf"
    (tmp_path / "esiste.pdf").write_bytes(b"x")
    with pytest.raises(VaultError):
        report_cmds.check_new_file(str(tmp_path / "esiste.pdf"))


def test_init_writes_a_recovery_sheet_with_the_printed_key(tmp_path: Path, cli) -> None:
    import shutil
    import subprocess

    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sheet = tmp_path / "foglio.pdf"
    result = cli(
        "init",
        "--data-dir",
        tmp_path / "v",
        "--passphrase-file",
        secret,
        "--kdf-seconds",
        "0",
        "--recovery-sheet",
        sheet,
    )
    assert result.code == 0, result.err
    key = next(line.strip() for line in result.out.splitlines() if line.count("-") == 8)
    assert oct(sheet.stat().st_mode & 0o777) == oct(0o600)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True
        ).stdout
        # The key is drawn one character at a time: compare without the spacing.
        assert key.replace("-", "") in "".join(text.split())


def test_init_refuses_an_existing_sheet_before_creating_anything(tmp_path: Path, cli) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    sheet = tmp_path / "foglio.pdf"
    sheet.write_bytes(b"old")
    result = cli(
        "init",
        "--data-dir",
        tmp_path / "v",
        "--passphrase-file",
        secret,
        "--recovery-sheet",
        sheet,
    )
    assert result.code == 1
    assert not (tmp_path / "v").exists()
    assert sheet.read_bytes() == b"old"


def test_export_family_is_for_the_family_only_and_audited(
    vault_dir, passphrase_file, tmp_path, cli, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Plain text leaves only as the family's own copy (art. 20): a flag, or a yes typed on a
    terminal; each export is in the audit log by code, never with the file's path."""
    data_dir, code = vault_dir
    secret = ["--data-dir", data_dir, "--passphrase-file", passphrase_file]
    target = tmp_path / "famiglia.json"
    refused = cli("export-family", code, "-o", target, *secret)
    assert refused.code == 2 and "only for the family" in refused.err
    assert not target.exists() and audit_entries(data_dir) == []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    declined = cli("export-family", code, "-o", target, *secret)
    assert declined.code == 0 and "readable" not in declined.err
    assert "anyone who gets the file can read it" in declined.out
    assert "Nothing was written." in declined.out and not target.exists()
    monkeypatch.setattr("builtins.input", lambda _prompt: "yes")
    assert cli("export-family", code, "-o", target, *secret).code == 0
    assert target.exists()
    flagged = tmp_path / "again.json"
    assert cli("export-family", code, "-o", flagged, "--for-the-family", *secret).code == 0
    entries = audit_entries(data_dir)
    assert entries == [("export", code, "family json, plaintext for the family (art. 20)")] * 2
    assert not any(str(tmp_path) in detail for _a, _c, detail in entries)
