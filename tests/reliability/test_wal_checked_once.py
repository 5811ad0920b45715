"""An unlock after a crash checks the write-ahead log's frames once (issue 18): the envelope
is read two or three times during one unlock, and the same log bytes are not checked again;
changed bytes are, and a damaged log is refused every time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ripartire_desktop.store import connection
from ripartire_desktop.store.connection import PAGE_SIZE, WAL_FRAME_HEADER, WAL_HEADER
from ripartire_desktop.store.errors import DamagedWalError
from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    """A vault as a crash leaves it: commits still in the write-ahead log."""
    vault, _ = new_vault(tmp_path / "live")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    records = Records(vault.connection)
    for i in range(6):
        populated_family(records, f"Diario{i}")
    folder = tmp_path / "crashed"
    folder.mkdir(mode=0o700)
    for name in ("vault.db", "vault.db-wal", "vault-key.json"):
        shutil.copy2(tmp_path / "live" / name, folder / name)
    vault.lock()
    return folder


@pytest.fixture
def frame_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each time the frames of a log are checked (the real check runs)."""
    checked: list[Path] = []
    real = connection._check_frames

    def counting(wal: Path, data: bytes) -> None:
        checked.append(wal)
        real(wal, data)

    monkeypatch.setattr(connection, "_check_frames", counting)
    return checked


def test_an_unlock_after_a_crash_checks_the_log_once(crashed: Path, frame_checks) -> None:
    vault = build_vault(crashed)
    vault.load_envelope()  # what the unlock window's first look does
    vault.unlock_with_passphrase(PASSPHRASE)  # reads the envelope twice more
    assert frame_checks == [crashed / "vault.db-wal"]
    assert vault.connection.execute("SELECT count(*) FROM families").fetchone()[0] == 6
    vault.lock()


def test_changed_log_bytes_are_checked_again_and_damage_is_refused_each_time(
    crashed: Path, frame_checks
) -> None:
    wal = crashed / "vault.db-wal"
    db = crashed / "vault.db"
    connection.check_wal(db)
    connection.check_wal(db)
    assert len(frame_checks) == 1
    data = bytearray(wal.read_bytes())
    frame = 2  # not the last: a damaged last frame reads as a torn write
    data[WAL_HEADER + (frame - 1) * (WAL_FRAME_HEADER + PAGE_SIZE) + WAL_FRAME_HEADER + 7] ^= 1
    wal.write_bytes(bytes(data))
    for attempt in range(2):
        with pytest.raises(DamagedWalError, match="damaged at frame 2"):
            connection.check_wal(db)
        assert len(frame_checks) == 2 + attempt
