"""No plaintext anywhere: a whole working session through the CLI and the real GUI, with unique
canaries in every kind of field, then every file the run created is scanned for them in
UTF-8, UTF-16LE/BE and Latin-1 (PDFs also as their text). Only the deliberately identifiable
exports may hold them; the anonymised ones never. Every file made is 0600, every folder 0700.

The run has a HOME, XDG folders and TMPDIR of its own, so Qt's cache and config locations
(QStandardPaths), platformdirs' data dir and every temp file land where the scan looks.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from ripartire_desktop.store import exchange
from ripartire_desktop.store.records import Records
from tests.conftest import PASSPHRASE, CliResult
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault
from tests.reliability.canaries import files_containing, new_canary, new_tax_code_canary
from tests.reliability.figures import record_figure

ROOT = Path(__file__).resolve().parents[2]
GUI_CHILD = Path(__file__).with_name("gui_session_child.py")


def _environment(run: Path) -> dict[str, str]:
    home = run / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "RIPARTIRE_", "DBUS_")) and k not in ("TMPDIR", "HOME")
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_RUNTIME_DIR=str(run / "runtime"),
        TMPDIR=str(run / "tmp"),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for folder in (home, run / "runtime", run / "tmp"):
        folder.mkdir(mode=0o700, parents=True)
    return env


def _ripartire(env: dict[str, str], *args: str | Path) -> CliResult:
    proc = subprocess.run(
        [sys.executable, "-m", "ripartire_desktop.cli", *[str(a) for a in args]],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def _family_file(inputs: Path, canaries: dict[str, str]) -> Path:
    """A family JSON with a canary in every field, made in a scratch vault outside the run."""
    vault, _ = new_vault(inputs / "scratch")
    records = Records(vault.connection)
    family = populated_family(records, canaries["family"])
    identity = records.identities.get(family.id or 0)
    assert identity is not None
    person = replace(identity.people[0], tax_code=canaries["tax code"])
    records.identities.save(family.id or 0, replace(identity, people=(person,)))
    document = exchange.export_family(records, family.code)
    vault.lock()
    path = inputs / "famiglia.json"
    path.write_bytes(exchange.dumps(document))
    return path


def _modes(root: Path) -> list[str]:
    """Files not 0600 and folders not 0700 under `root`."""
    wrong = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        if not path.is_symlink() and mode != expected:
            wrong.append(f"{path.relative_to(root.parent)} {oct(mode)}")
    return wrong


@pytest.mark.slow
def test_a_whole_session_leaves_no_plaintext_and_only_private_files(tmp_path: Path) -> None:
    run = tmp_path / "run"
    env = _environment(run)
    home = run / "home"
    inputs = tmp_path / "inputs"  # what the test feeds in: outside the scanned folders
    inputs.mkdir()
    passphrase = inputs / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    canaries = {
        "family": new_canary("family"),  # names, phone, e-mail, address, notes, actions, aid...
        "tax code": new_tax_code_canary(),
        "draft": new_canary("draft"),
        "desk": new_canary("desk"),
    }
    family_json = _family_file(inputs, canaries)

    # --- the command line ------------------------------------------------------------------
    coordinator = inputs / "coordinator"  # another vault, the bundle's recipient: not scanned
    card = inputs / "carla.txt"
    steps = [
        ("init", "--passphrase-file", passphrase, "--kdf-seconds", "0", "--name", "Anna"),
        (
            "init",
            "--data-dir",
            coordinator,
            "--passphrase-file",
            passphrase,
            "--kdf-seconds",
            "0",
            "--role",
            "coordinator",
            "--name",
            "Carla",
        ),
        (
            "identity",
            "export",
            "-o",
            card,
            "--data-dir",
            coordinator,
            "--passphrase-file",
            passphrase,
        ),
        ("team", "add", "coord", card, "--yes", "--passphrase-file", passphrase),
        ("import", family_json, "--passphrase-file", passphrase),
        ("list", "--names", "--passphrase-file", passphrase),
        ("search", canaries["family"], "--passphrase-file", passphrase),
    ]
    for args in steps:
        result = _ripartire(env, *args)
        assert result.code == 0, (args, result.err)
    listed = _ripartire(env, "list", "--passphrase-file", passphrase)
    code = listed.out.splitlines()[1].split()[0]
    exports = home / "Documenti"
    exports.mkdir(mode=0o700)
    anonymised = [exports / "sintesi.pdf", exports / "bundle.age", exports / "copia.ripbak"]
    identifiable = [exports / "caso.pdf", exports / "accesso"]
    for args in [
        ("report", "summary", "--from", "2026-01", "--to", "2026-12",
         "-o", anonymised[0], "--bundle", anonymised[1], "--recipient", "coord"),
        ("report", "case", code, "--with-identity", "-o", identifiable[0]),
        ("export-subject", code, "--for-the-family", "-o", identifiable[1]),
        ("backup", anonymised[2]),
    ]:  # fmt: skip
        result = _ripartire(env, *args, "--passphrase-file", passphrase)
        assert result.code == 0, (args, result.err)
    assert all(canaries["family"] not in line for line in listed.out.splitlines()[1:])

    # --- the desktop app -------------------------------------------------------------------
    family_id = "1"
    gui_backup = exports / "copia-gui.ripbak"
    proc = subprocess.run(
        [sys.executable, str(GUI_CHILD), PASSPHRASE, family_id, canaries["draft"],
         canaries["desk"], str(gui_backup)],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip
    assert proc.returncode == 0 and "quit" in proc.stdout, proc.stdout + proc.stderr[-2000:]
    qt_locations = [Path(line.split(" ", 1)[1]) for line in proc.stdout.splitlines()
                    if line.startswith("qt-location ")]  # fmt: skip
    for location in qt_locations:  # Qt's own folders were pointed inside the run
        assert location.is_relative_to(run), location
    anonymised.append(gui_backup)

    # The GUI really wrote the canaries: the vault holds them (a positive control).
    desk = _ripartire(env, "search", canaries["desk"][:20], "--passphrase-file", passphrase)
    assert desk.code == 0 and "No results" not in desk.out, desk.out

    # --- the scan --------------------------------------------------------------------------
    all_canaries = list(canaries.values())
    hits = files_containing(run, all_canaries)
    scanned = sum(1 for p in run.rglob("*") if p.is_file())
    allowed = {identifiable[0], *identifiable[1].iterdir()}
    leaks = [(str(p.relative_to(run)), c) for p, c in hits if p not in allowed]
    assert leaks == [], f"plaintext found outside the identifiable exports: {leaks}"
    # The identifiable exports do hold them (the scanner sees through PDFs and JSON).
    found_in = {p for p, _ in hits}
    assert identifiable[0] in found_in
    assert any(p.parent == identifiable[1] for p in found_in)
    for path in anonymised:
        assert path.exists() and path not in found_in

    # --- permissions -----------------------------------------------------------------------
    data_dir = home / ".local/share/Ripartire"
    assert data_dir.is_dir(), sorted(str(p) for p in home.rglob("*"))[:20]
    assert _modes(data_dir) == []
    assert _modes(exports) == []
    record_figure(
        "canary-session", canaries=len(all_canaries), files_scanned=scanned, leaks=len(leaks)
    )
