"""Damaged inputs at random places: bit flips in database pages, the write-ahead log, the key
envelope and a backup; truncation; random bytes; bundles with wrong types. Each gets a clear
one-line message and its exit code, no byte of the vault changes, and `verify` names the
damage ("page N", "frame N").

The fixed cases (plaintext SQLite, foreign or newer vault, missing files, envelope fields) are
in tests/core/test_bad_inputs.py and test_backup_restore.py; this file throws random damage.
`make test` tries RIPARTIRE_DAMAGE_RUNS (default 12) of each kind; `make soak` 60.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from ripartire_desktop.reports import bundle
from ripartire_desktop.reports.sealed import seal_document
from ripartire_desktop.store.connection import PAGE_SIZE, WAL_FRAME_HEADER, WAL_HEADER
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import THROTTLE_NAME
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, snapshot
from tests.core.records_fixtures import populated_family
from tests.core.team_fixtures import NOW, build_team
from tests.core.test_reports_aggregates import summary_of
from tests.core.vaults import new_vault
from tests.reliability.figures import record_figure

RUNS = int(os.environ.get("RIPARTIRE_DAMAGE_RUNS", "12"))


def vault_bytes(data_dir: Path) -> dict[str, bytes]:
    # The wrong-attempt counter is the one file a failed unlock is meant to write.
    return {k: v for k, v in snapshot(data_dir).items() if k != THROTTLE_NAME}


def flip_bit(path: Path, offset: int, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def one_line(text: str) -> None:
    assert text.count("\n") == 1 and "Traceback" not in text, text


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault of a dozen full families (about 80 pages)."""
    folder = tmp_path_factory.mktemp("damage") / "template"
    vault, _ = new_vault(folder)
    records = Records(vault.connection)
    for i in range(12):
        populated_family(records, f"Danno{i}" * 20)
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    return folder


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault as a crash leaves it: a dozen commits still in the write-ahead log."""
    base = tmp_path_factory.mktemp("wal")
    vault, _ = new_vault(base / "live")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    records = Records(vault.connection)
    for i in range(12):
        populated_family(records, f"Diario{i}")
    folder = base / "crashed"
    folder.mkdir(mode=0o700)
    for name in ("vault.db", "vault.db-wal", "vault-key.json"):
        shutil.copy2(base / "live" / name, folder / name)
    vault.lock()
    return folder


def _copy(template: Path, tmp_path: Path, run: int) -> Path:
    target = tmp_path / f"run{run}"
    shutil.copytree(template, target)
    return target


def test_a_bit_flip_on_any_page_is_named_and_changes_nothing(
    template: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    pages = (template / "vault.db").stat().st_size // PAGE_SIZE
    rng = random.Random("pages-2026")
    chosen = [1, *rng.sample(range(2, pages + 1), min(RUNS - 1, pages - 1))]
    for run, page in enumerate(chosen):
        data_dir = _copy(template, tmp_path, run)
        flip_bit(data_dir / "vault.db", (page - 1) * PAGE_SIZE + rng.randrange(PAGE_SIZE), rng)
        before = vault_bytes(data_dir)
        result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
        assert result.code == 4, (page, result.out, result.err)
        assert f"page {page}" in result.out + result.err, (page, result.out, result.err)
        if result.err:
            one_line(result.err)
        else:
            assert "DAMAGED" in result.out and "restore the most recent backup" in result.out
        assert vault_bytes(data_dir) == before, f"verify changed the vault (page {page})"
        shutil.rmtree(data_dir)
    record_figure("damage-db-pages", inputs=len(chosen), pages=pages)


def test_a_damaged_frame_of_the_write_ahead_log_is_named_and_changes_nothing(
    crashed: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    wal_size = (crashed / "vault.db-wal").stat().st_size
    frames = (wal_size - WAL_HEADER) // (WAL_FRAME_HEADER + PAGE_SIZE)
    assert frames > 20
    # The untouched log replays: every commit is there.
    sound = _copy(crashed, tmp_path, 999)
    assert cli("verify", "--data-dir", sound, "--passphrase-file", passphrase_file).code == 0
    vault = build_vault(sound)
    vault.unlock_with_passphrase(PASSPHRASE)
    assert vault.connection.execute("SELECT count(*) FROM families").fetchone()[0] == 12
    vault.lock()
    rng = random.Random("wal-2026")
    # Any frame but the last: a damaged last frame is indistinguishable from a torn write.
    chosen = rng.sample(range(1, frames), min(RUNS, frames - 1))
    for run, frame in enumerate(chosen):
        data_dir = _copy(crashed, tmp_path, run)
        start = WAL_HEADER + (frame - 1) * (WAL_FRAME_HEADER + PAGE_SIZE)
        offset = start + rng.randrange(WAL_FRAME_HEADER + PAGE_SIZE)
        flip_bit(data_dir / "vault.db-wal", offset, rng)
        before = vault_bytes(data_dir)
        result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
        assert result.code == 4, (frame, result.out, result.err)
        one_line(result.err)
        assert f"damaged at frame {frame} (page " in result.err, result.err
        assert vault_bytes(data_dir) == before
        shutil.rmtree(data_dir)
    # The log's own header.
    data_dir = _copy(crashed, tmp_path, 1000)
    flip_bit(data_dir / "vault.db-wal", rng.randrange(24), rng)
    before = vault_bytes(data_dir)
    result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4 and "damaged in its header" in result.err, result.err
    assert vault_bytes(data_dir) == before
    record_figure("damage-wal-frames", inputs=len(chosen) + 1, frames=frames)


def test_a_bit_flip_in_the_key_envelope_is_refused_and_changes_nothing(
    template: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    size = (template / "vault-key.json").stat().st_size
    rng = random.Random("envelope-2026")
    seen: dict[int, int] = {}
    for run in range(RUNS * 2):
        data_dir = _copy(template, tmp_path, run)
        flip_bit(data_dir / "vault-key.json", rng.randrange(size), rng)
        before = vault_bytes(data_dir)
        result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
        # 3: the wrapped key no longer opens (indistinguishable from a wrong passphrase);
        # 4: the envelope is unreadable or no longer matches the database; 0: a flip in
        # something the key never depended on (e.g. a space turned into another blank).
        assert result.code in (0, 3, 4), result.err
        seen[result.code] = seen.get(result.code, 0) + 1
        if result.code:  # refused: nothing written (a sound vault records the unlock)
            one_line(result.err)
            assert vault_bytes(data_dir) == before
        shutil.rmtree(data_dir)
    assert seen.get(3, 0) + seen.get(4, 0) >= RUNS
    record_figure("damage-envelope", inputs=RUNS * 2, **{f"exit{k}": v for k, v in seen.items()})


def test_a_damaged_or_truncated_backup_is_refused_before_anything_changes(
    template: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    data_dir = _copy(template, tmp_path, 0)
    good = tmp_path / "copia.ripbak"
    assert (
        cli("backup", "--data-dir", data_dir, "--passphrase-file", passphrase_file, good).code == 0
    )
    size = good.stat().st_size
    before = snapshot(data_dir)
    rng = random.Random("backup-2026")
    tried = 0
    for run in range(RUNS * 2):
        bad = tmp_path / f"bad{run}.ripbak"
        shutil.copy2(good, bad)
        if run % 3 == 2:
            os.truncate(bad, rng.randrange(size))
        elif run % 3 == 1:
            page = rng.randrange(size // PAGE_SIZE)
            flip_bit(bad, min(size - 1, page * PAGE_SIZE + rng.randrange(PAGE_SIZE)), rng)
        else:
            flip_bit(bad, rng.randrange(size), rng)
        result = cli(
            "restore", "--force", "--data-dir", data_dir, "--passphrase-file", passphrase_file, bad
        )
        assert result.code in (3, 4), result.err
        one_line(result.err)
        assert snapshot(data_dir) == before
        tried += 1
    record_figure("damage-backup", inputs=tried)


def test_truncation_and_random_bytes_in_the_database(
    template: Path, tmp_path: Path, passphrase_file: Path, cli
) -> None:
    size = (template / "vault.db").stat().st_size
    rng = random.Random("truncate-2026")
    for run in range(RUNS):
        data_dir = _copy(template, tmp_path, run)
        db = data_dir / "vault.db"
        if run % 2:
            os.truncate(db, rng.randrange(size))  # mostly not a whole number of pages
        else:
            length = rng.choice([0, 17, PAGE_SIZE, size])
            db.write_bytes(rng.randbytes(length))
        before = vault_bytes(data_dir)
        result = cli("verify", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
        assert result.code == 4, result.err
        if result.err:
            one_line(result.err)
        assert vault_bytes(data_dir) == before
        shutil.rmtree(data_dir)
    record_figure("damage-truncation-random", inputs=RUNS)


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [leaf for i, value in enumerate(node) for leaf in _leaves(value, (*path, i))]
    return [path]


def test_a_bundle_with_wrong_types_is_refused(tmp_path: Path, passphrase_file: Path, cli) -> None:
    """A team member's copy that signs a broken document (a bug, or on purpose): the signature
    holds, so the strict reader behind it must refuse each wrong type on its own."""
    team = build_team(tmp_path, families=False)
    anna = Records(team.anna.connection).team
    own, coordinator = anna.require_own(), anna.by_name("coord").identity
    summary = summary_of(team.anna)
    document = bundle.to_document(summary)
    period = {"from": str(summary.period.first), "to": str(summary.period.last)}
    leaves = _leaves(document)
    rng = random.Random("bundle-2026")
    wrong_values: list[Any] = ["sette", None, [], {}, 1.5, -3, 10**30, True, "<5"]
    files = []
    for run in range(RUNS * 3):
        mutated = json.loads(json.dumps(document))
        *parents, last = rng.choice(leaves)
        node = mutated
        for key in parents:
            node = node[key]
        original = node[last]
        value = rng.choice([v for v in wrong_values if type(v) is not type(original)])
        node[last] = value
        bad = tmp_path / f"bad{run}.age"
        bad.write_bytes(
            seal_document(
                mutated, period=period, sender=own, recipient=coordinator, serial=run + 1,
                now=NOW,
            )
        )  # fmt: skip
        files.append(bad)
    team.lock()
    refused = accepted = 0
    for run, bad in enumerate(files):
        out = tmp_path / f"merged{run}.pdf"
        result = cli(
            "report", "merge", bad, "-o", out,
            "--data-dir", tmp_path / "coord", "--passphrase-file", passphrase_file,
        )  # fmt: skip
        if result.code == 0:
            accepted += 1  # e.g. a free-form label: the PDF must then be whole
            assert out.stat().st_size > 0
            continue
        refused += 1
        assert result.code == 4, result.err
        one_line(result.err)
        assert bad.name in result.err
        assert not out.exists()
    assert refused >= RUNS * 2
    record_figure("damage-bundle-types", inputs=RUNS * 3, refused=refused, accepted=accepted)
