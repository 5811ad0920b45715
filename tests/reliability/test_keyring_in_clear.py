"""A real GNOME login keyring with no password stores a remembered key in clear, and
`ripartire remember` says so (issue 13: the README used to say the key is never in a file)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
# gnome-keyring's plain text format: what it writes for a keyring whose password is empty.
EMPTY_PASSWORD_KEYRING = (
    "[keyring]\ndisplay-name=Login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n"
)


@pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="needs dbus and gnome-keyring (installed by .ci/run)",
)
def test_remember_warns_when_the_login_keyring_has_no_password(
    tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "home"
    keyrings = home / ".local/share/keyrings"
    keyrings.mkdir(parents=True)
    (keyrings / "login.keyring").write_text(EMPTY_PASSWORD_KEYRING)
    (keyrings / "default").write_text("login\n")
    data_dir = tmp_path / "vault"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_RUNTIME"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    ripartire = f'"{sys.executable}" -m ripartire_desktop.cli'
    script = (
        "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; "
        f'{ripartire} init --kdf-seconds 0 --data-dir "{data_dir}" '
        f'--passphrase-file "{passphrase_file}" --remember'
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "The key is remembered on this device" in proc.stdout
    assert f"WARNING: the login keyring {keyrings / 'login.keyring'} has no password" in (
        proc.stdout
    )
    assert "secret=" in (keyrings / "login.keyring").read_text()  # in clear, as warned
