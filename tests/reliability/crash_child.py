"""A child process for the crash tests: works on a vault until it is killed with SIGKILL.

It prints one line per acknowledged (committed) step, so the parent knows exactly what must
survive the kill.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ripartire_desktop.store.connection import transaction
from ripartire_desktop.store.vault import Vault


def main() -> None:
    mode, data_dir, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    vault = Vault(data_dir)
    vault.unlock_with_passphrase(passphrase)
    print("ready", flush=True)
    step = int(sys.argv[4])
    while True:
        step += 1
        with transaction(vault.connection) as conn:
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                (f"w{step}", "nota di colloquio " * 50),
            )
        print(f"w{step}", flush=True)
        if mode == "rotate":
            vault.rotate_key(passphrase)
            print("rotated", flush=True)


if __name__ == "__main__":
    main()
