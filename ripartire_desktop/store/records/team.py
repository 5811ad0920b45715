"""This vault's identity, its team list, and the registry of sealed bundles it has merged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ripartire_desktop.domain.codes import check_mark, suggest_mark
from ripartire_desktop.domain.errors import ValidationError
from ripartire_desktop.store import migrations
from ripartire_desktop.store.columns import MERGED_BUNDLES, OWN_IDENTITY, TEAM_MEMBERS, Row
from ripartire_desktop.store.connection import Connection, scalar, transaction
from ripartire_desktop.store.errors import EXIT_USAGE, VaultError
from ripartire_desktop.store.identity import (
    OwnIdentity,
    PublicIdentity,
    Role,
    check_name,
    parse_public,
)

TEAM_VERSION = 5  # the first schema version with identities
MARK_VERSION = 10  # the first with code marks (migration 0010)


class TeamError(VaultError):
    """A team change that cannot be made (a name taken, a member unknown)."""


class InvalidMarkError(TeamError):
    """A code mark that is not one or two letters, or that a colleague already carries."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True, slots=True)
class TeamMember:
    name: str  # the local handle, e.g. `--recipient NAME`
    identity: PublicIdentity
    added_at: str

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint


@dataclass(frozen=True, slots=True)
class MergedBundle:
    serial: int
    digest: str


_OWN = ("name", "role", "signing_private", "age_identity", "mark")
_MEMBER = ("name", "identity_text", "added_at")


def _member(row: Row) -> TeamMember:
    return TeamMember(
        name=row["name"],
        identity=parse_public(row["identity_text"].encode("utf-8")),
        added_at=row["added_at"],
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def has_marks(conn: Connection) -> bool:
    """Whether the schema knows code marks (migration 0010)."""
    return migrations.current_version(conn) >= MARK_VERSION


def own_mark(conn: Connection) -> str:
    """This vault's code mark, "" when it has none (yet, or its schema predates marks)."""
    if not has_marks(conn):
        return ""
    return str(scalar(conn, "SELECT mark FROM own_identity WHERE id = 1") or "")


def ensure_identity(
    conn: Connection, *, name: str = "", role: Role = Role.COUNSELLOR, mark: str = ""
) -> OwnIdentity | None:
    """Make this vault's keys if it has none yet (creation, or the first unlock after migration
    0005: SQL cannot make keys). None on a vault whose schema predates identities."""
    if migrations.current_version(conn) < TEAM_VERSION:
        return None
    team = TeamRepository(conn)
    existing = team.own()
    if existing is not None:
        return existing
    made = OwnIdentity.generate(name, role, check_mark(mark) if mark else "")
    values: tuple[object, ...] = (
        made.name,
        made.role.value,
        made.signing_private,
        made.age_identity,
        made.mark,
    )
    columns: tuple[str, ...] = _OWN
    if migrations.current_version(conn) < MARK_VERSION:
        columns, values = _OWN[:-1], values[:-1]
    with transaction(conn):
        conn.execute(
            OWN_IDENTITY.insert(verb="INSERT OR IGNORE", columns=("id", *columns, "created_at")),
            (1, *values, _now()),
        )
    return team.own()


class TeamRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- this vault ------------------------------------------------------------------------

    def own(self) -> OwnIdentity | None:
        # A vault mid-upgrade (schema 5 to 9) has no mark column yet.
        columns = _OWN if migrations.current_version(self._conn) >= MARK_VERSION else _OWN[:-1]
        found = self._conn.execute(OWN_IDENTITY.select("WHERE id = 1", columns=columns)).fetchone()
        if found is None:
            return None
        row = OWN_IDENTITY.row(found, columns)
        return OwnIdentity(
            name=str(row["name"]),
            role=Role(row["role"]),
            signing_private=bytes(row["signing_private"]),
            age_identity=str(row["age_identity"]),
            mark=str(row.get("mark", "")),
        )

    def require_own(self) -> OwnIdentity:
        own = self.own()
        if own is None:  # only a vault mid-upgrade; the unlock makes the keys
            raise TeamError("This vault has no identity yet: unlock it once to create one.")
        return own

    def set_profile(self, *, name: str | None = None, role: Role | None = None) -> OwnIdentity:
        """Change the name or role shown to colleagues (the keys and fingerprint stay)."""
        own = self.require_own()
        new_name = own.name if name is None else check_name(name)
        new_role = own.role if role is None else role
        with transaction(self._conn):
            self._conn.execute(
                OWN_IDENTITY.update("id = 1", columns=("name", "role")),
                (new_name, new_role.value),
            )
        return self.require_own()

    def set_mark(self, mark: str) -> OwnIdentity:
        """Give this vault its code mark, once: a mark is fixed for the vault's life, and one
        that a colleague on the team list already carries is refused (their codes would
        collide with this vault's)."""
        own = self.require_own()
        try:
            chosen = check_mark(mark)
        except ValidationError as exc:
            raise InvalidMarkError(f"The code mark {mark.strip()[:8]!r} {exc.message}.") from None
        if own.mark:
            if own.mark == chosen:
                return own
            raise TeamError(
                f"This vault's code mark is {own.mark} and never changes (its codes carry it); "
                "nothing was changed."
            )
        for member in self.members():
            if member.identity.mark == chosen:
                raise InvalidMarkError(
                    f"{member.name} already uses the code mark {chosen}: choose another "
                    f"(for example {self.suggested_mark()}); nothing was changed."
                )
        with transaction(self._conn):
            self._conn.execute(OWN_IDENTITY.update("id = 1", columns=("mark",)), (chosen,))
        return self.require_own()

    def taken_marks(self) -> set[str]:
        """The marks of the colleagues on the team list (as their identity files carry them)."""
        return {m.identity.mark for m in self.members() if m.identity.mark}

    def suggested_mark(self, name: str | None = None) -> str:
        own = self.own()
        return suggest_mark(
            name if name is not None else own.name if own else "", self.taken_marks()
        )

    def next_serial(self, *, floor: int = 0) -> int:
        """The serial of the next sealed bundle, consumed now: one more than the last, and at
        least `floor`. Callers pass the current Unix time, so a vault restored from an older
        backup (its counter rolled back) still numbers its next bundle above those already
        sent. A gap after a failed write is harmless; a repeated serial would not be."""
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE own_identity SET bundle_serial = max(bundle_serial + 1, ?)", (floor,)
            )
            serial = scalar(self._conn, "SELECT bundle_serial FROM own_identity")
        if serial is None:
            raise TeamError("This vault has no identity yet: unlock it once to create one.")
        return int(serial)

    # --- the team list ---------------------------------------------------------------------

    def members(self) -> list[TeamMember]:
        rows = self._conn.execute(
            TEAM_MEMBERS.select("ORDER BY name COLLATE NOCASE", columns=_MEMBER)
        ).fetchall()
        return [_member(TEAM_MEMBERS.row(row, _MEMBER)) for row in rows]

    def by_name(self, name: str) -> TeamMember:
        for member in self.members():
            if member.name.casefold() == name.strip().casefold():
                return member
        known = ", ".join(m.name for m in self.members()) or "none yet"
        raise TeamError(
            f"No team member is called {name.strip()[:80]!r} (team: {known}); add them first "
            "with 'ripartire team add'."
        )

    def by_fingerprint(self, fingerprint: str) -> TeamMember | None:
        found = self._conn.execute(
            TEAM_MEMBERS.select("WHERE fingerprint = ?", columns=_MEMBER), (fingerprint,)
        ).fetchone()
        return None if found is None else _member(TEAM_MEMBERS.row(found, _MEMBER))

    def add(self, name: str, identity_text: bytes) -> TeamMember:
        """Add a colleague whose fingerprint was checked in person; refusals change nothing."""
        handle = check_name(name, what="The team member's name")
        public = parse_public(identity_text)
        own = self.own()
        if own is not None and own.public().fingerprint == public.fingerprint:
            raise TeamError("That is this vault's own identity: add your colleagues' files.")
        for member in self.members():
            if member.name.casefold() == handle.casefold():
                raise TeamError(
                    f"The team already has a member called {member.name!r}: remove them first "
                    "or choose another name; nothing was changed."
                )
            if member.fingerprint == public.fingerprint:
                raise TeamError(
                    f"That identity is already in the team as {member.name!r}; nothing was changed."
                )
        clash = _mark_clash(public, own, self.members())
        if clash:
            raise TeamError(
                f"{clash} already uses the code mark {public.mark}: two vaults with one mark "
                "would issue the same family codes; ask your colleague to check theirs. "
                "Nothing was changed."
            )
        stored = public_text_of(identity_text)
        with transaction(self._conn):
            self._conn.execute(
                TEAM_MEMBERS.insert(),
                (handle, stored, public.fingerprint, _now()),
            )
        return self.by_name(handle)

    def remove(self, name: str) -> TeamMember:
        member = self.by_name(name)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM team_members WHERE name = ?", (member.name,))
        return member

    # --- bundles merged here ---------------------------------------------------------------

    def last_merged(self, sender: str, period_from: str, period_to: str) -> MergedBundle | None:
        found = self._conn.execute(
            MERGED_BUNDLES.select(
                "WHERE sender = ? AND period_from = ? AND period_to = ? "
                "ORDER BY serial DESC LIMIT 1",
                columns=("serial", "digest"),
            ),
            (sender, period_from, period_to),
        ).fetchone()
        if found is None:
            return None
        serial, digest = found
        return MergedBundle(serial=int(serial), digest=str(digest))

    def record_merged(
        self,
        entries: list[tuple[str, str, str, int, str, str]],
    ) -> None:
        """(sender, from, to, serial, digest, created) of each bundle of one merge, at once."""
        merged_at = _now()
        with transaction(self._conn):
            self._conn.executemany(
                MERGED_BUNDLES.insert(verb="INSERT OR IGNORE"),
                [(*entry, merged_at) for entry in entries],
            )


def _mark_clash(public: PublicIdentity, own: OwnIdentity | None, members: list[TeamMember]) -> str:
    """Who already carries the new member's mark ("" if nobody): this vault, or a colleague."""
    if not public.mark:
        return ""
    if own is not None and own.mark == public.mark:
        return "This vault"
    return next((m.name for m in members if m.identity.mark == public.mark), "")


def public_text_of(identity_text: bytes) -> str:
    """The identity file as stored: UTF-8, Unix line ends, one final newline."""
    return identity_text.decode("utf-8").replace("\r\n", "\n").strip("\n") + "\n"
