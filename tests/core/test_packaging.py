"""The app finds its forms, fonts, icons and translations wherever it is installed, and its
`--self-test` proves it: from the source tree and from a wheel installed in a fresh venv (the
frozen app is built and self-tested by CI: `make dist`)."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from ripartire_desktop import paths

REPO = Path(__file__).resolve().parents[2]
QM = REPO / "resources" / "translations" / "ripartire_it.qm"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
# What a counsellor's copy needs, as `paths.resource` names it.
NEEDED = (
    "ui/unlock.ui",
    "ui/main_window.ui",
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "icons/ripartire.svg",
    "icons/calendar.svg",  # the date inputs' calendar button
    *(f"icons/ripartire-{size}.png" for size in ICON_SIZES),
    "translations/ripartire_it.qm",
    "ripartire.desktop",
)


def _need_qm() -> None:
    if not QM.exists():
        pytest.fail("resources/translations/ripartire_it.qm is missing: run `make translations`")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A child environment with its own empty home and temp folder, to see what it leaves."""
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    home.mkdir(exist_ok=True)
    temp.mkdir(exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "RIPARTIRE_", "PYTHON")) and key != "DISPLAY"
    }
    env.update(
        HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", **extra
    )
    return env


def _run(args: list[str | Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=180,
        check=False,
    )


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_resources_resolve_from_the_source_tree() -> None:
    _need_qm()
    for name in NEEDED:
        found = paths.resource(name)
        assert found.is_file(), name
        assert found.is_relative_to(REPO), f"{name} found outside the source tree: {found}"


def test_icons_come_in_every_size_a_desktop_asks_for() -> None:
    svg = paths.resource("icons/ripartire.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 256 256"' in svg
    for size in ICON_SIZES:
        assert _png_size(paths.resource(f"icons/ripartire-{size}.png")) == (size, size)


def test_desktop_entry_starts_the_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(paths.resource("ripartire.desktop"), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "ripartire"  # the console script and the frozen executable
    assert desktop["Terminal"] == "false"
    assert desktop["Icon"] == "ripartire"
    # Must match QApplication.setDesktopFileName("ripartire") so the window gets this icon.
    assert desktop["StartupWMClass"] == "ripartire"
    assert "Office;" in desktop["Categories"]


def _self_test_lines(proc: subprocess.CompletedProcess) -> list[str]:
    lines = proc.stdout.splitlines()
    assert lines, proc.stderr
    return lines


def test_self_test_passes_from_the_source_tree_and_leaves_nothing_behind(tmp_path: Path) -> None:
    _need_qm()
    env = _env(tmp_path)
    proc = _run([sys.executable, "-m", "ripartire_desktop.cli", "--self-test"], env, tmp_path)
    lines = _self_test_lines(proc)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    checks = lines[1:-1]
    assert checks and all(line.startswith("ok ") for line in checks), proc.stdout
    for what in (
        "vault",
        "note and search",
        "case PDF",
        "anonymised PDF",
        "spreadsheets",
        "forms",
        "translations",
    ):
        assert any(line.startswith(f"ok {what}:") for line in checks), what
    assert f"source tree in {REPO}" in proc.stdout
    assert lines[-1].startswith("self-test passed")
    # The throwaway vault and PDFs are gone; nothing was written in the user's home.
    assert list((tmp_path / "tmp").iterdir()) == []
    assert list((tmp_path / "home").rglob("*")) == []


def test_self_test_names_what_is_missing_and_fails(tmp_path: Path) -> None:
    """A copy without its compiled translation (`make translations` forgotten) is refused."""
    copy = tmp_path / "copy"
    ignore = shutil.ignore_patterns("__pycache__", "*.qm")
    for part in ("ripartire_desktop", "ui", "resources"):
        shutil.copytree(REPO / part, copy / part, ignore=ignore)
    env = _env(tmp_path, PYTHONPATH=str(copy))
    proc = _run([sys.executable, "-m", "ripartire_desktop.cli", "--self-test"], env, copy)
    lines = _self_test_lines(proc)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"source tree in {copy}" in proc.stdout
    (failed,) = [line for line in lines if line.startswith("FAILED")]
    assert failed.startswith("FAILED translations:") and "make translations" in failed
    assert lines[-1].startswith("SELF-TEST FAILED: 1 of ") and "translations" in lines[-1]


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
WHEEL_QM = "ripartire_desktop/_data/resources/translations/ripartire_it.qm"


def _clean_checkout(into: Path) -> Path:
    """What a fresh clone holds: sources without any build output (no .qm, no caches)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "*.pyc")
    for part in ("ripartire_desktop", "ui", "resources", ".ci"):
        shutil.copytree(REPO / part, into / part, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, into / name)
    return into


@pytest.mark.slow
def test_installed_wheel_finds_its_resources_and_passes_self_test(tmp_path: Path) -> None:
    """`pip install .` from a clean checkout into a fresh venv: the wheel compiles and carries
    the translations itself (.ci/hatch_build.py), with no `make` run first. The build runs
    without isolation (hatchling and PySide6 from this venv, as pinned by the lock) and the
    dependencies are borrowed from this venv (a .pth line), so the test takes seconds."""
    checkout = _clean_checkout(tmp_path / "checkout")
    env = _env(tmp_path)
    pip_env = {**env, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    wheel_args = ["wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp_path / "wheels"]
    built = _run(
        [sys.executable, "-m", "pip", *wheel_args, checkout],
        pip_env,
        tmp_path,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (tmp_path / "wheels").glob("ripartire_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        qm = archive.read(WHEEL_QM)
    assert qm.startswith(QM_MAGIC) and len(qm) > 10_000, "the wheel's .qm is not a translation"
    for name in NEEDED:
        inside = name if name.startswith("ui/") else f"resources/{name}"
        assert f"ripartire_desktop/_data/{inside}" in names, f"{name} is not in the wheel"
    assert not any("hatch_build" in name for name in names), "build tooling leaked into the wheel"

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    install = _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel],
        pip_env,
        tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    where = _run(
        [
            python,
            "-c",
            "from ripartire_desktop.paths import resource\n"
            f"for name in {NEEDED!r}: print(resource(name))",
        ],
        env,
        tmp_path,
    )
    assert where.returncode == 0, where.stderr
    data = site / "ripartire_desktop" / "_data"
    for name, found in zip(NEEDED, where.stdout.splitlines(), strict=True):
        assert Path(found).is_relative_to(data), f"{name} resolved to {found}, not the wheel"

    proc = _run([bin_dir / "ripartire", "--self-test"], env, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"installed wheel in {site / 'ripartire_desktop'}" in proc.stdout
    assert _self_test_lines(proc)[-1].startswith("self-test passed")
