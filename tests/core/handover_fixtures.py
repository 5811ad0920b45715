"""Three real vaults of one team for the hand-over tests: two counsellors (anna, mark A; bruno,
mark B) and a coordinator (carla, mark C), each on the others' team lists, as `ripartire team
add` fills them from exported identity files. Each is a VaultSession, as the CLI and the window
hold it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ripartire_desktop.store.identity import Role
from ripartire_desktop.usecases import team as team_cases
from ripartire_desktop.usecases.session import VaultSession
from tests.core.vaults import new_vault

MARKS = {"anna": "A", "bruno": "B", "carla": "C"}


@dataclass
class Team:
    anna: VaultSession
    bruno: VaultSession
    carla: VaultSession

    def sessions(self) -> list[VaultSession]:
        return [self.anna, self.bruno, self.carla]


def identity_text(session: VaultSession) -> bytes:
    return session.records.team.require_own().public_text().encode("utf-8")


def build_team(tmp_path: Path) -> Team:
    sessions = {}
    for name, mark in MARKS.items():
        vault, _ = new_vault(tmp_path / name)
        session = VaultSession(vault, holder="test")
        session.opened()
        role = Role.COORDINATOR if name == "carla" else Role.COUNSELLOR
        team_cases.relabel_identity(session, name=name.title(), role=role)
        team_cases.set_mark(session, mark)
        sessions[name] = session
    for name, session in sessions.items():
        for other, their in sessions.items():
            if other != name:
                team_cases.add_member(session, other, identity_text(their))
    return Team(**sessions)


def rows_of(session: VaultSession) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for "nothing changed" (the audit log included)."""
    conn = session.records.conn
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search%'"
        )
    ]
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def files_of(folder: Path) -> dict[str, str]:
    """The vault folder's files and their hashes (the envelope carries the audit head)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name in {"vault-key.json"}
    }
