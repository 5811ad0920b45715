"""Starting the window where none can open gives one clear line and exit 1, never Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ripartire_desktop.display import install_hint, missing_library

# No X server listens on this display number (it would need /tmp/.X11-unix/X4711).
UNREACHABLE = ":4711"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"}
    }
    env.update(HOME=str(tmp_path), RIPARTIRE_DATA_DIR=str(tmp_path / "vault"), **extra)
    return env


def test_a_missing_library_is_named_with_the_package_to_install() -> None:
    error = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    assert missing_library(error) == "libxcb-cursor.so.0"
    assert missing_library("invalid ELF header") is None
    hint = install_hint(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in hint
    assert "provide them" in install_hint(["libunknown.so.7"])


@pytest.mark.skipif(sys.platform != "linux", reason="X11 displays are a Linux matter")
@pytest.mark.skipif(Path("/tmp/.X11-unix/X4711").exists(), reason="display :4711 is taken")
def test_an_unreachable_display_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ripartire_desktop.cli"],
        env=_env(tmp_path, DISPLAY=UNREACHABLE),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    (line,) = lines
    assert line.startswith("The window cannot open:")
    # Either the display is named with what to run, or the missing libraries with the packages.
    assert f"the display {UNREACHABLE} cannot be reached" in line or "apt-get install" in line
    assert not (tmp_path / "vault").exists(), "nothing is created when no window can open"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb (installed by .ci/run)")
def test_a_reachable_display_passes_the_check(tmp_path: Path) -> None:
    probe = "from ripartire_desktop.display import display_problem; print(display_problem())"
    proc = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", probe],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "None", proc.stdout + proc.stderr
