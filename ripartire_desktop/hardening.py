"""Process hardening at start, before anything secret exists: no crash dumps.

A core dump of a process that ever unlocked a vault holds the data key and whatever records
were read (a test found an 18 MB core with both). So the command sets, before it parses its
arguments: RLIMIT_CORE = 0 (Linux, macOS), PR_SET_DUMPABLE = 0 (Linux: no core, and other
processes of the same user cannot ptrace it or read its memory through /proc), and on Windows
SetErrorMode so a crash ends the process without the Windows Error Reporting dialog.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
# SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
_WINDOWS_ERROR_MODE = 0x0001 | 0x0002 | 0x8000


@dataclass(frozen=True, slots=True)
class Hardening:
    """What was put in place (for tests and `--self-test`); None where the OS has no such knob."""

    core_limit: tuple[int, int] | None
    dumpable: int | None
    windows_error_mode: int | None


def _libc_prctl(option: int, value: int) -> int | None:
    import ctypes

    # The symbols already loaded into the process (libc among them): no library search,
    # which would start ldconfig or a compiler at every start.
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    result = int(prctl(option, value, 0, 0, 0))
    return None if result < 0 else result


def _no_core_files() -> tuple[int, int] | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return resource.getrlimit(resource.RLIMIT_CORE)


def _windows_error_mode() -> int | None:
    if sys.platform != "win32":
        return None
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    mode = int(kernel32.GetErrorMode()) | _WINDOWS_ERROR_MODE
    kernel32.SetErrorMode(mode)
    return mode


def harden_process() -> Hardening:
    """Switch off crash dumps for this process (idempotent; never raises)."""
    core = _no_core_files()
    dumpable = None
    if sys.platform.startswith("linux"):
        _libc_prctl(PR_SET_DUMPABLE, 0)
        dumpable = _libc_prctl(PR_GET_DUMPABLE, 0)
    return Hardening(core, dumpable, _windows_error_mode())


def current_hardening() -> Hardening:
    """The same facts, read without changing anything."""
    core = None
    with contextlib.suppress(ImportError):
        import resource

        core = resource.getrlimit(resource.RLIMIT_CORE)
    dumpable = _libc_prctl(PR_GET_DUMPABLE, 0) if sys.platform.startswith("linux") else None
    return Hardening(core, dumpable, None)
