"""Entry points of the window and the screenshots: the vault comes from usecases.compose."""

from __future__ import annotations

from pathlib import Path

from ripartire_desktop.store.keystore import SystemKeyStore
from ripartire_desktop.usecases.compose import DEMO_PASSPHRASE, build_demo_vault, build_vault


def run_gui(*, data_dir: Path, demo: bool = False) -> int:
    """Start the desktop app on the vault in `data_dir` (or on a demo vault)."""
    from ripartire_desktop.gui.application import run

    if demo:
        return run(vault=build_demo_vault(), demo_passphrase=DEMO_PASSPHRASE)
    return run(vault=build_vault(data_dir, keystore=SystemKeyStore()))


def run_screenshots(out: Path, *, scale: float = 1.0, language: str = "it") -> int:
    """Render every main view of a demo vault to PNG files in `out` (no screen needed)."""
    from ripartire_desktop.gui.screenshots import main

    return main(
        out,
        vault=build_demo_vault(),
        demo_passphrase=DEMO_PASSPHRASE,
        scale=scale,
        language=language,
    )
