"""What a use case changed, so each screen refreshes only what concerns it.

Modelled on Anki's `OpChanges`: the operation says which kinds of record it touched (and which
families), and the screen that made the change is named as `origin`, so it is not reloaded
from under the person typing in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    FAMILIES = "families"  # a family's own fields, status, code, household, identity
    CASE = "case"  # interviews, assessments, actions, aid, consent, closure of a family
    DESK = "desk"  # drop-in desk contacts not yet a family
    AGENDA = "agenda"  # appointments and due dates
    SETTINGS = "settings"
    TEAM = "team"  # this vault's identity and the team list
    RELEASES = "releases"  # published summaries and merged bundles
    AUDIT = "audit"


@dataclass(frozen=True, slots=True)
class Changes:
    kinds: frozenset[Kind] = frozenset()
    # The families whose records changed; empty means "not one family in particular".
    family_ids: frozenset[int] = frozenset()
    origin: object | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls, *kinds: Kind, family_id: int | None = None, origin: object | None = None
    ) -> Changes:
        ids = frozenset() if family_id is None else frozenset({family_id})
        return cls(frozenset(kinds) | {Kind.AUDIT}, ids, origin)

    @classmethod
    def everything(cls, origin: object | None = None) -> Changes:
        """A restore, an import, demo data: every screen reloads."""
        return cls(frozenset(Kind), frozenset(), origin)

    def concerns(self, *kinds: Kind) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def concerns_family(self, family_id: int | None) -> bool:
        """Whether the records of `family_id` may have changed."""
        if not self.concerns(Kind.FAMILIES, Kind.CASE):
            return False
        return not self.family_ids or family_id in self.family_ids

    def from_(self, origin: object) -> Changes:
        return Changes(self.kinds, self.family_ids, origin)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.family_ids | other.family_ids,
            self.origin or other.origin,
        )
