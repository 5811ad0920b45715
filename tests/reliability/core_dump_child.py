"""Unlock and lock a vault, then crash: does the crash leave a core file behind?

argv: mode (`hardened`: through `ripartire list`, as a user would, so the command's own start
hardens the process; `control`: the same unlock and lock through the Vault API with core dumps
allowed, to prove this machine would write one), data dir, passphrase file, crash (`abort`,
or `segv`: a read of address 0). Prints its own core limit and dumpable flag, then crashes.
"""

from __future__ import annotations

import ctypes
import faulthandler
import os
import resource
import sys
from pathlib import Path

from ripartire_desktop.usecases.compose import build_vault


def main() -> None:
    mode, data_dir, passphrase_file, crash = sys.argv[1:5]
    if mode == "hardened":
        from ripartire_desktop.cli import main as ripartire

        code = ripartire(["list", "--data-dir", data_dir, "--passphrase-file", passphrase_file])
        assert code == 0, code
    else:
        from ripartire_desktop.store.keystore import MemoryKeyStore

        limit = resource.RLIM_INFINITY
        resource.setrlimit(resource.RLIMIT_CORE, (limit, limit))
        vault = build_vault(Path(data_dir), keystore=MemoryKeyStore())
        vault.unlock_with_passphrase(Path(passphrase_file).read_text().splitlines()[0])
        vault.lock()
    from ripartire_desktop.hardening import current_hardening

    facts = current_hardening()
    print(f"core-limit {facts.core_limit[0]} {facts.core_limit[1]}", flush=True)  # type: ignore[index]
    print(f"dumpable {facts.dumpable}", flush=True)
    print(f"pid {os.getpid()}", flush=True)
    if crash == "segv":
        # A real invalid read (faulthandler._sigsegv would switch core files off itself).
        faulthandler.disable()
        ctypes.string_at(0)
    os.abort()


if __name__ == "__main__":
    main()
