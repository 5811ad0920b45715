"""Where Ripartire keeps its files and finds its resources, in one place.

Nothing here runs at import time: callers ask for a directory when they need it, so tests can
point everything at a temporary folder with `--data-dir` or `RIPARTIRE_DATA_DIR`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Ripartire"
DATA_DIR_ENV = "RIPARTIRE_DATA_DIR"

DIR_MODE = 0o700
FILE_MODE = 0o600
PRIVATE_UMASK = 0o077


def restrict_umask() -> None:
    """Make every file and folder this process creates private to the user (0600/0700)."""
    os.umask(PRIVATE_UMASK)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault's folder: the override, else $RIPARTIRE_DATA_DIR, else the platform's data dir."""
    if override:
        return Path(override).expanduser().absolute()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make sure only the user can enter it."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)
    return path


def _resource_roots() -> list[Path]:
    """Resource folders in the order they are searched: frozen app, wheel, source tree."""
    package_dir = Path(__file__).resolve().parent
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(package_dir / "_data")  # installed wheel (force-include in pyproject.toml)
    roots.append(package_dir.parent)  # source tree / editable install
    return roots


def resource(relative: str) -> Path:
    """Path of a file under `resources/` (or `ui/` when `relative` starts with "ui/").

    `resource("icons/lock.svg")` and `resource("ui/unlock.ui")` work the same from the source
    tree, an installed wheel and the frozen app.
    """
    parts = relative.split("/")
    sub = Path(*parts) if parts[0] == "ui" else Path("resources", *parts)
    for root in _resource_roots():
        candidate = root / sub
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource not found: {relative}")
