"""A real Secret Service (gnome-keyring-daemon on a private D-Bus session) remembers the key,
opens the vault from it, and forgets it; no key ever reaches a file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("secret_service_child.py")
NEEDED = ("dbus-run-session", "gnome-keyring-daemon")


@pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="needs dbus and gnome-keyring (installed by .ci/run)",
)
def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data_dir = tmp_path / "vault"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_RUNTIME"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    script = (
        'printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets '
        ">/dev/null 2>&1; "
        f'"{sys.executable}" "{CHILD}" "{data_dir}" "{PASSPHRASE}"'
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert proc.returncode == 0, proc.stderr
    assert lines["backend"] == "keyring.backends.SecretService"
    assert lines["remembered"] == "True"
    assert lines["unlocked-from-keyring"] == "True"
    assert lines["same-key"] == "True"
    assert lines["after-forget"] == "False"
    key = bytes.fromhex(lines["key-hex"])
    for file in data_dir.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            assert key not in content and key.hex().encode() not in content, file.name
