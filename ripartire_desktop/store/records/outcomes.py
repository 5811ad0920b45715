"""Consent to the privacy notice, and the closure of a path."""

from __future__ import annotations

from ripartire_desktop.domain import Closure, Consent
from ripartire_desktop.store.columns import CLOSURES, CONSENTS
from ripartire_desktop.store.records._table import FamilyTable, Shape


class ConsentRepository(FamilyTable[Consent]):
    shape = Shape(CONSENTS, Consent)
    family_order = "given_on, id"


class ClosureRepository(FamilyTable[Closure]):
    shape = Shape(CLOSURES, Closure)
    family_order = "closed_on, id"
