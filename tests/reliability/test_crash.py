"""kill -9 at chosen moments of writes, key rotations, migrations, backups and restores: the
vault always opens, passes both integrity checks, and holds every write acknowledged before
the kill.

The parent never sleeps and hopes: the child reports each step (progress.py) and the parent
kills it at a point drawn from a seeded rng, counted in acknowledged steps and statements, so
a slow or loaded machine changes how long a run takes, never what it proves. In half the runs
the child freezes at that point, so the kill lands exactly there (inside a transaction, between
the two halves of a key rotation, between two file operations of a restore).

`make test` runs RIPARTIRE_CRASH_RUNS (default 10) kills per mode; `make soak` runs 40 per mode.
The interview autosave has its own kill test (test_draft_kill.py).
"""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from ripartire_desktop.store import backup as backups
from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault, put
from tests.reliability.figures import record_figure
from tests.reliability.progress import KillPoint, ProgressChild

CHILD = Path(__file__).with_name("crash_child.py")
RUNS = int(os.environ.get("RIPARTIRE_CRASH_RUNS", "10"))
# Progress lines per step of each looping mode, as measured: a write is 4 (BEGIN, INSERT,
# COMMIT, ack), a write and its rotation 16, a family 28, a backup 13. A different count after a
# code change only moves some kills to the neighbouring step.
LINES_PER_STEP = {"writes": 4, "rotate": 16, "records": 28, "backup": 13}


def looping_point(mode: str, rng: random.Random, run: int) -> KillPoint:
    """A few acknowledged steps, then anywhere in the next one; frozen every other run."""
    return KillPoint(rng.randint(1, 4), rng.randint(0, LINES_PER_STEP[mode] - 1), run % 2 == 0)


def run_child(
    mode: str, data_dir: Path, point: KillPoint, rng: random.Random, *extra: object
) -> tuple[list[str], bool]:
    """Start the child, wait until it reaches `point`, kill it: (its lines, whether the kill
    interrupted it). A child that is not frozen runs on for a tiny random moment more: it
    varies where the kill lands, and nothing asserted depends on it."""
    child = ProgressChild(CHILD, mode, data_dir, PASSPHRASE, point.arg(), *map(str, extra))
    child.wait_until(point.reached, f"kill point {point}")
    if not point.frozen:
        time.sleep(rng.uniform(0.0, 0.01))
    killed = child.kill()
    return child.lines, killed


def acks(lines: list[str]) -> list[str]:
    return [line.removeprefix("ack ") for line in lines if line.startswith("ack ")]


def open_and_check(data_dir: Path) -> Vault:
    """The vault opens with the passphrase and both integrity checks pass."""
    vault = build_vault(data_dir)
    vault.unlock_with_passphrase(PASSPHRASE)
    conn = vault.connection
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert vault.envelope.pending is None  # an interrupted rotation was completed on open
    return vault


def meta_keys(vault: Vault, prefix: str) -> set[str]:
    rows = vault.connection.execute("SELECT key FROM vault_meta WHERE key LIKE ?", (prefix + "%",))
    return {r[0] for r in rows}


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["writes", "rotate"])
def test_kill_during_writes_and_key_rotation(mode: str, data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    rng = random.Random(f"{mode}-2026")
    acknowledged: set[str] = set()
    kills = 0
    for run in range(RUNS):
        point = looping_point(mode, rng, run)
        lines, killed = run_child(mode, data_dir, point, rng, run * 100_000)
        kills += killed
        acked = acks(lines)
        assert len(acked) >= point.acks, "the kill point is reached only after its commits"
        acknowledged.update(acked)
        reopened = open_and_check(data_dir)
        missing = acknowledged - meta_keys(reopened, "w")
        assert not missing, f"acknowledged writes lost: {sorted(missing)[:5]}"
        reopened.lock()
    assert kills == RUNS, "the child must still be working when killed"
    record_figure(f"crash-{mode}", runs=RUNS, kills=kills, acknowledged=len(acknowledged))


@pytest.mark.slow
def test_kill_while_saving_records(data_dir: Path) -> None:
    from ripartire_desktop.store.records import Records

    vault, _ = new_vault(data_dir)
    vault.lock()
    rng = random.Random("records-2026")
    acknowledged: set[str] = set()
    kills = 0
    for run in range(RUNS):
        point = looping_point("records", rng, run)
        lines, killed = run_child("records", data_dir, point, rng, run * 100_000)
        kills += killed
        assert len(acks(lines)) >= point.acks
        acknowledged.update(acks(lines))
        reopened = open_and_check(data_dir)
        records = Records(reopened.connection)
        for code in acknowledged:
            family = records.families.by_code(code)
            (interview,) = records.interviews.for_family(family.id or 0)
            assert interview.notes.startswith("nota")
        assert records.search.integrity_problems() == []
        reopened.lock()
    assert kills == RUNS
    record_figure("crash-records", runs=RUNS, kills=kills, acknowledged=len(acknowledged))


@pytest.mark.slow
def test_kill_during_migration_from_an_older_schema(tmp_path: Path) -> None:
    latest = migrations.latest_version()
    templates = {}
    for version in range(1, latest):
        folder = tmp_path / f"template-v{version}"
        build_vault(folder, kdf_policy=TEST_POLICY).create(
            PASSPHRASE, kdf_seconds=0, schema_version=version
        )
        _fill_old_vault(folder, rows=150)
        templates[version] = folder
    steps = {version: _migration_steps(folder, tmp_path) for version, folder in templates.items()}
    rng = random.Random("migrate-2026")
    kills = completed = frozen = 0
    for run in range(RUNS):
        version = 1 + run % (latest - 1)
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(templates[version], data_dir)
        # Any statement of the unlock: the backup before the migration, each migration's
        # script, the audit record after them.
        point = KillPoint(0, rng.randint(1, steps[version] - 1), run % 2 == 0)
        _, killed = run_child("migrate", data_dir, point, rng)
        kills += killed
        frozen += point.frozen
        completed += not killed
        reopened = open_and_check(data_dir)
        assert migrations.current_version(reopened.connection) == latest
        assert len(meta_keys(reopened, "old")) == 150, "rows of the old schema lost"
        reopened.lock()
        shutil.rmtree(data_dir)
    # A frozen child cannot finish before its kill, whatever the machine's speed.
    assert kills >= frozen, f"every frozen run must be killed inside the unlock ({kills}/{RUNS})"
    record_figure("crash-migrate", runs=RUNS, kills=kills, completed=completed)


def _migration_steps(template: Path, tmp_path: Path) -> int:
    """How many progress lines the child prints from "ready" to "migrated" on a copy of
    `template`: the same every time, as they count statements, not time."""
    trial = tmp_path / "calibration"
    shutil.copytree(template, trial)
    child = ProgressChild(CHILD, "migrate", trial, PASSPHRASE, "-")
    child.wait_for("migrated")
    child.kill()
    shutil.rmtree(trial)
    return child.lines.index("migrated") - child.lines.index("ready")


def _fill_old_vault(data_dir: Path, *, rows: int) -> None:
    """Rows in an old-schema vault, written without migrating it (a raw connection)."""
    from ripartire_desktop.store.connection import connect

    vault = build_vault(data_dir)
    key = vault.keys_from_passphrase(PASSPHRASE)[0]
    conn = connect(vault.db_path, key)
    try:
        with transaction(conn):
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                [(f"old{i}", "nota di un'altra versione " * 30) for i in range(rows)],
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_during_backups(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    for i in range(200):
        put(vault, f"row{i}", "dati di prova " * 30)
    key = vault.data_key
    vault.lock()
    out = tmp_path / "backups"
    out.mkdir()
    rng = random.Random("backup-2026")
    acknowledged: set[str] = set()
    kills = 0
    for run in range(RUNS):
        point = looping_point("backup", rng, run)
        lines, killed = run_child("backup", data_dir, point, rng, run * 1000, out)
        kills += killed
        acked = set(acks(lines))
        assert len(acked) >= point.acks
        acknowledged.update(acked)
        open_and_check(data_dir).lock()
        # The killed backup's staging copy (it may hold since-erased records) is gone.
        assert not [p.name for p in data_dir.iterdir() if p.name.startswith(".backup-")]
        # Every file under a final name is a complete, sound backup (acknowledged or not).
        finished = {p.name for p in out.glob("*.ripbak")}
        assert acked <= finished
        for name in finished:
            work = tmp_path / f"check-{run}-{name}"
            work.mkdir()
            backups.check_backup(backups.inspect_backup(out / name), key, work)
            shutil.rmtree(work)
            (out / name).rename(out / f"checked-{run}-{name}.done")
    assert kills == RUNS
    record_figure("crash-backup", runs=RUNS, kills=kills, acknowledged=len(acknowledged))


# The steps restore_backup announces, then the child's own last line.
RESTORE_STEPS = ("checked", "moved-aside", "installed", "restored")


@pytest.mark.slow
def test_kill_during_restore(tmp_path: Path) -> None:
    template = tmp_path / "template"
    vault, _ = new_vault(template)
    for i in range(100):
        put(vault, f"before{i}", "nel backup " * 30)
    backup_file = tmp_path / "copia.ripbak"
    backups.write_backup(vault, backup_file)
    for i in range(20):
        put(vault, f"after{i}", "dopo il backup " * 30)  # acknowledged, not in the backup
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    rng = random.Random("restore-2026")
    kills = completed = frozen = 0
    outcomes = {"old vault": 0, "restored": 0}
    for run in range(RUNS):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(template, data_dir)
        # Frozen: exactly between two file operations; not frozen: somewhere in the next one.
        point = KillPoint(0, rng.randint(0, len(RESTORE_STEPS) - 1), run % 2 == 1)
        _, killed = run_child("restore", data_dir, point, rng, backup_file)
        kills += killed
        frozen += point.frozen
        completed += not killed
        reopened = open_and_check(data_dir)
        assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]
        assert len(meta_keys(reopened, "before")) == 100
        after = len(meta_keys(reopened, "after"))
        reopened.lock()
        if after == 20:
            outcomes["old vault"] += 1
        else:
            # The restore went through: the replaced vault, with the later work, is kept aside.
            outcomes["restored"] += 1
            (aside,) = [p for p in data_dir.iterdir() if p.name.startswith("replaced-")]
            old = open_and_check(aside)
            assert len(meta_keys(old, "after")) == 20, "the replaced vault lost work"
            old.lock()
        shutil.rmtree(data_dir)
    assert kills >= frozen, "a frozen child cannot finish before its kill"
    record_figure("crash-restore", runs=RUNS, kills=kills, completed=completed, **outcomes)
