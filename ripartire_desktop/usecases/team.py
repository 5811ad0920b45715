"""Team use cases: relabel this vault's identity, add and remove a colleague, each with its
audit entry. The Settings team group and `ripartire identity|team` call the same functions."""

from __future__ import annotations

from ripartire_desktop.store.identity import OwnIdentity, Role
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.records.team import TeamMember
from ripartire_desktop.usecases.session import VaultSession


def relabel_identity(
    session: VaultSession, *, name: str | None = None, role: Role | None = None
) -> OwnIdentity:
    """Change the name or role colleagues see (the keys and the fingerprint stay)."""
    own = session.records.team.set_profile(name=name, role=role)
    session.audit(AuditAction.TEAM, detail="own identity relabelled")
    return own


def set_mark(session: VaultSession, mark: str) -> OwnIdentity:
    """Give this vault its code mark, once (a vault that had none: its old codes stay)."""
    before = session.records.team.require_own().mark
    own = session.records.team.set_mark(mark)
    if own.mark != before:
        session.audit(AuditAction.TEAM, detail=f"code mark set to {own.mark}")
    return own


def suggested_mark(session: VaultSession) -> str:
    """A mark from this vault's name that no colleague on the team list carries."""
    return session.records.team.suggested_mark()


def add_member(session: VaultSession, name: str, identity_text: bytes) -> TeamMember:
    """Add a colleague whose fingerprint was compared in person; refusals change nothing."""
    member = session.records.team.add(name, identity_text)
    session.audit(AuditAction.TEAM, detail=f"member added {member.fingerprint[:16]}")
    return member


def remove_member(session: VaultSession, name: str) -> TeamMember:
    member = session.records.team.remove(name)
    session.audit(AuditAction.TEAM, detail=f"member removed {member.fingerprint[:16]}")
    return member
