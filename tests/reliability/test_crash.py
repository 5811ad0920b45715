"""kill -9 at random moments of writes, key rotations, migrations, backups and restores: the
vault always opens, passes both integrity checks, and holds every write acknowledged before
the kill.

`make test` runs RIPARTIRE_CRASH_RUNS (default 10) kills per mode; `make soak` runs 40 per mode.
The interview autosave has its own kill test (test_draft_kill.py).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ripartire_desktop.store import backup as backups
from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.vaults import new_vault, put
from tests.reliability.figures import record_figure

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("RIPARTIRE_CRASH_RUNS", "10"))


class Child:
    """The crash child, read line by line until the parent decides to kill it."""

    def __init__(self, *args: str | Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), *[str(a) for a in args]],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []

    def wait_for(self, wanted: str) -> bool:
        """Read lines until `wanted`; False if the child ended first."""
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if self.lines[-1] == wanted:
                return True
        return False

    def kill(self) -> bool:
        """SIGKILL now; True if the kill interrupted the child (False: it had finished)."""
        self.proc.send_signal(signal.SIGKILL)
        out, err = self.proc.communicate(timeout=60)
        self.lines += out.splitlines()
        if self.proc.returncode not in (0, -signal.SIGKILL):
            raise AssertionError(f"the child failed on its own: {err[-800:]}")
        return self.proc.returncode == -signal.SIGKILL


def open_and_check(data_dir: Path) -> Vault:
    """The vault opens with the passphrase and both integrity checks pass."""
    vault = Vault(data_dir)
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
        child = Child(mode, data_dir, PASSPHRASE, run * 100_000)
        assert child.wait_for("ready"), child.lines
        time.sleep(rng.uniform(0.0, 0.25))
        kills += child.kill()
        acknowledged.update(line for line in child.lines if line.startswith("w"))
        reopened = open_and_check(data_dir)
        missing = acknowledged - meta_keys(reopened, "w")
        assert not missing, f"acknowledged writes lost: {sorted(missing)[:5]}"
        reopened.lock()
    assert kills == RUNS, "the child must still be working when killed"
    assert len(acknowledged) > RUNS, "the children must have committed work before the kills"
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
        child = Child("records", data_dir, PASSPHRASE, run * 100_000)
        assert child.wait_for("ready"), child.lines
        time.sleep(rng.uniform(0.0, 0.25))
        kills += child.kill()
        acknowledged.update(line[1:] for line in child.lines if line.startswith("f"))
        reopened = open_and_check(data_dir)
        records = Records(reopened.connection)
        for code in acknowledged:
            family = records.families.by_code(code)
            (interview,) = records.interviews.for_family(family.id or 0)
            assert interview.notes.startswith("nota")
        assert records.search.integrity_problems() == []
        reopened.lock()
    assert kills == RUNS
    assert len(acknowledged) > RUNS
    record_figure("crash-records", runs=RUNS, kills=kills, acknowledged=len(acknowledged))


@pytest.mark.slow
def test_kill_during_migration_from_an_older_schema(tmp_path: Path) -> None:
    latest = migrations.latest_version()
    templates = {}
    for version in range(1, latest):
        folder = tmp_path / f"template-v{version}"
        Vault(folder).create(PASSPHRASE, kdf_seconds=0, schema_version=version)
        _fill_old_vault(folder, rows=150)
        templates[version] = folder
    window = {version: _migration_time(folder, tmp_path) for version, folder in templates.items()}
    rng = random.Random("migrate-2026")
    kills = completed = 0
    for run in range(RUNS):
        version = 1 + run % (latest - 1)
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(templates[version], data_dir)
        child = Child("migrate", data_dir, PASSPHRASE)
        assert child.wait_for("ready"), child.lines
        time.sleep(rng.uniform(0.0, window[version]))
        killed = child.kill()
        kills += killed
        completed += not killed
        reopened = open_and_check(data_dir)
        assert migrations.current_version(reopened.connection) == latest
        assert len(meta_keys(reopened, "old")) == 150, "rows of the old schema lost"
        reopened.lock()
        shutil.rmtree(data_dir)
    assert kills >= RUNS // 2, f"most kills must land inside the migration ({kills}/{RUNS})"
    record_figure("crash-migrate", runs=RUNS, kills=kills, completed=completed)


def _migration_time(template: Path, tmp_path: Path) -> float:
    """How long the child takes from "ready" to "migrated" on a copy of `template`."""
    trial = tmp_path / "calibration"
    shutil.copytree(template, trial)
    child = Child("migrate", trial, PASSPHRASE)
    assert child.wait_for("ready"), child.lines
    started = time.perf_counter()
    assert child.wait_for("migrated"), child.lines
    elapsed = time.perf_counter() - started
    child.kill()
    shutil.rmtree(trial)
    return elapsed


def _fill_old_vault(data_dir: Path, *, rows: int) -> None:
    """Rows in an old-schema vault, written without migrating it (a raw connection)."""
    from ripartire_desktop.store.connection import connect

    vault = Vault(data_dir)
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
        child = Child("backup", data_dir, PASSPHRASE, run * 1000, out)
        assert child.wait_for("ready"), child.lines
        time.sleep(rng.uniform(0.0, 0.3))
        kills += child.kill()
        acked = {line[1:] for line in child.lines if line.startswith("b")}
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
    assert len(acknowledged) >= 1
    record_figure("crash-backup", runs=RUNS, kills=kills, acknowledged=len(acknowledged))


# Half the kills freeze the child exactly between two file operations of the restore, the
# other half land after a random delay.
RESTORE_POINTS = ("checked", "moved-aside", "installed")


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
    kills = completed = 0
    outcomes = {"old vault": 0, "restored": 0}
    for run in range(RUNS):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(template, data_dir)
        point = RESTORE_POINTS[run % len(RESTORE_POINTS)] if run % 2 else ""
        child = Child("restore", data_dir, PASSPHRASE, backup_file, point)
        assert child.wait_for(point or "ready"), child.lines
        time.sleep(rng.uniform(0.0, 0.06) if not point else 0.0)
        killed = child.kill()
        kills += killed
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
    assert kills >= RUNS // 2
    record_figure("crash-restore", runs=RUNS, kills=kills, completed=completed, **outcomes)
