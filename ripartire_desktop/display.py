"""Can a window open here? Checked before Qt starts, because Qt's own answer is an abort.

On Linux with X11, Qt aborts (SIGABRT, a core dump and twenty lines about plugins) when the
display cannot be reached or when a library its xcb plugin needs is missing. This module asks the
same questions first, through the dynamic loader and libxcb, and answers with one line that says
what to install or run. No Qt import: the check must work exactly when Qt would not.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

# The Debian/Ubuntu package that provides each library Qt's xcb plugin loads and a minimal
# desktop install may lack (the list of `.ci/run` and the README).
APT_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb.so.1": "libxcb1",
}
_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def missing_library(loader_error: str) -> str | None:
    """The library named by a dynamic-loader error, or None when the error names none."""
    match = _MISSING.search(loader_error)
    return match.group(1) if match else None


def install_hint(libraries: list[str]) -> str:
    """What to install for the missing `libraries`, as one sentence."""
    names = ", ".join(libraries)
    packages = [APT_PACKAGES[name] for name in libraries if name in APT_PACKAGES]
    if len(packages) < len(libraries):
        return f"{names} missing; install the packages that provide them"
    command = "sudo apt-get install " + " ".join(packages)
    return f"{names} missing; install with `{command}` (Debian, Ubuntu)"


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations)), "Qt/plugins/platforms/libqxcb.so")
    return plugin if plugin.is_file() else None


def _uses_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    # Qt prefers Wayland when a compositor is announced, and falls back to xcb on its own.
    return not os.environ.get("WAYLAND_DISPLAY")


def display_problem() -> str | None:
    """One line saying why no window can open, or None when nothing stands in the way."""
    if sys.platform != "linux" or not _uses_xcb():
        return None
    display = os.environ.get("DISPLAY", "")
    if not display and not os.environ.get("QT_QPA_PLATFORM"):
        return None  # the caller's longer help for a session with no screen at all
    plugin = _xcb_plugin()
    if plugin is None:
        return None  # a frozen app or another Qt layout: let Qt speak for itself
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)
    except OSError as exc:
        library = missing_library(str(exc))
        if library is None:
            return f"Qt's window system plugin cannot be loaded: {exc}"
        # The loader names only the first gap; name them all, so one install fixes it.
        missing = [name for name in APT_PACKAGES if not _loads(name)] or [library]
        return "The window cannot open: " + install_hint(missing) + "."
    return _unreachable_display(display)


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library, mode=os.RTLD_LAZY)
    except OSError:
        return False
    return True


def _unreachable_display(display: str) -> str | None:
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return "The window cannot open: " + install_hint(["libxcb.so.1"]) + "."
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    screen = ctypes.c_int(0)
    connection = xcb.xcb_connect(None, ctypes.byref(screen))
    try:
        if xcb.xcb_connection_has_error(connection):
            return (
                f"The window cannot open: the display {display or '(none)'} cannot be reached. "
                "Start the app from the desktop session, or inside a virtual screen: "
                "`xvfb-run -a ripartire` (Debian package xvfb)."
            )
        return None
    finally:
        xcb.xcb_disconnect(connection)
