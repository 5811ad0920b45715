"""No network, brute force across real restarts, and secrets that never reach a file.

- Every module of the package, GUI included, imports in a fresh interpreter whose socket
  functions all raise (the whole suite also runs under the conftest socket ban).
- Wrong passphrases in separate `ripartire` processes earn a growing wait that a new process
  does not reset.
- With no keyring backend, a locked one, one failing on write, or a changed one, the app asks
  for the passphrase and no file holds the key (tests/core/test_keystore.py covers the store's
  side of each case; here the desktop app starts on each and the disk is searched).
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from ripartire_desktop.store.errors import UnlockThrottledError
from ripartire_desktop.store.keystore import SystemKeyStore
from ripartire_desktop.store.throttle import delay_after
from ripartire_desktop.store.vault import THROTTLE_NAME
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE, run_subprocess
from tests.core.test_keystore import DictKeyring, LockedKeyring, ReadOnlyKeyring
from tests.core.vaults import new_vault

ROOT = Path(__file__).resolve().parents[2]

GUARDED_IMPORT = """
import importlib, pkgutil, socket, sys
def forbidden(*args, **kwargs):
    raise RuntimeError("network use at import time")
for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair",
             "create_server", "fromfd"):
    setattr(socket, name, forbidden)
import ripartire_desktop
names = [m.name for m in pkgutil.walk_packages(ripartire_desktop.__path__, "ripartire_desktop.")]
for name in names:
    importlib.import_module(name)
from ripartire_desktop.cli import build_parser
build_parser()
print(len(names), "modules", sum(n.startswith("ripartire_desktop.gui") for n in names), "gui")
"""


def test_every_module_gui_included_imports_with_the_network_forbidden() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", GUARDED_IMPORT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    modules, _, gui, _ = proc.stdout.split()
    assert int(modules) > 50 and int(gui) > 20, proc.stdout


def test_the_wait_after_wrong_passphrases_survives_restarts(
    data_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    """Each attempt is a new `ripartire` process, as a user restarting the app would make.
    The real clock is only read in the direction a loaded machine cannot break: a process may
    start late (and then has less, or nothing, left to wait), never try early. The exact wait
    a restart inherits is checked with a fake clock on the file those processes wrote."""
    vault, _ = new_vault(data_dir)
    vault.lock()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("non è la frase giusta\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    last_failure = 0.0
    for attempt in range(1, 5):
        result = run_subprocess("list", "--data-dir", data_dir, "--passphrase-file", wrong, env=env)
        assert result.code == 3 and "Wrong passphrase" in result.err
        assert build_vault(data_dir).throttle.failures == attempt  # counted across processes
        earned = delay_after(attempt - 1)  # three failures earn one second, waited out
        assert _waited(result.err) <= earned
        failed_at = _last_failure(data_dir)
        assert failed_at >= last_failure + earned, "a new process tried before the wait ended"
        last_failure = failed_at
    assert oct((data_dir / THROTTLE_NAME).stat().st_mode & 0o777) == oct(0o600)
    # A restart half a second after the fourth failure still owes 1.5 of its 2 s.
    restarted = build_vault(data_dir, clock=lambda: last_failure + 0.5)
    with pytest.raises(UnlockThrottledError) as raised:
        restarted.unlock_with_passphrase(PASSPHRASE)
    assert raised.value.seconds == pytest.approx(1.5)
    right = run_subprocess("list", "--data-dir", data_dir, "--passphrase-file", passphrase_file,
                           env=env)  # fmt: skip
    assert right.code == 0, right.err
    assert _waited(right.err) <= delay_after(4)
    assert time.time() >= last_failure + delay_after(4), "unlocked before the wait ended"
    assert build_vault(data_dir).throttle.failures == 0  # success resets the count


def _last_failure(data_dir: Path) -> float:
    return float(json.loads((data_dir / THROTTLE_NAME).read_text(encoding="utf-8"))["last_failure"])


def _waited(err: str) -> int:
    """The seconds the CLI said it would wait, 0 if it did not: how much of the wait was
    left when the process got there depends on the machine, so only the ceiling is checked."""
    found = re.search(r"Waiting (\d+) s", err)
    return int(found.group(1)) if found else 0


def _key_forms(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key),
            base64.urlsafe_b64encode(key).rstrip(b"=")]  # fmt: skip


@pytest.mark.parametrize(
    "backend", ["no backend", "locked", "refuses to store", "changed"], ids=str
)
def test_any_keyring_trouble_means_the_passphrase_window_and_no_key_file(
    backend: str, data_dir: Path, tmp_path: Path, qtbot
) -> None:
    from ripartire_desktop.gui.application import AppController

    previous = keyring.get_keyring()
    working = DictKeyring()
    keyring.set_keyring(working)
    try:
        vault, _ = new_vault(data_dir, SystemKeyStore())
        key = vault.data_key
        keyring.set_keyring(
            {
                "no backend": fail.Keyring(),
                "locked": LockedKeyring(),
                "refuses to store": ReadOnlyKeyring(),
                "changed": working,
            }[backend]
        )
        remembered = vault.remember()
        if backend == "changed":
            assert remembered
            other = type("OtherKeyring", (DictKeyring,), {})()
            other.items = dict(working.items)  # same secret, different backend: not trusted
            keyring.set_keyring(other)
        vault.lock()
        controller = AppController(vault=build_vault(data_dir, keystore=SystemKeyStore()))
        qtbot.addWidget(controller.main)
        qtbot.addWidget(controller.unlock_window)
        controller.start()
        assert controller.unlock_window.isVisible(), "the passphrase must be asked"
        assert not controller.session.is_unlocked
        for file in [*data_dir.rglob("*"), *tmp_path.rglob("*")]:
            if file.is_file():
                content = file.read_bytes()
                assert not any(form in content for form in _key_forms(key)), file
    finally:
        keyring.set_keyring(previous)
