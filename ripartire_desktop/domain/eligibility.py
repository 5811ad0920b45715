"""The project's admission criteria and the reasons shown next to the decision."""

from __future__ import annotations

from dataclasses import dataclass

from .vocab import EligibilityReason as R


@dataclass(frozen=True, slots=True)
class Eligibility:
    eligible: bool
    # One reason per criterion, met or unmet, in a fixed order; label() gives the text.
    reasons: tuple[R, ...]

    @property
    def unmet(self) -> tuple[R, ...]:
        return tuple(r for r in self.reasons if r in _UNMET)


_UNMET = frozenset({R.NOT_RESIDENT, R.NO_MINOR, R.NO_HARDSHIP})


def evaluate_eligibility(resident: bool, has_minor: bool, hardship: bool) -> Eligibility:
    """Eligible when resident, with at least one minor child, after job loss or hardship."""
    reasons = (
        R.RESIDENT if resident else R.NOT_RESIDENT,
        R.HAS_MINOR if has_minor else R.NO_MINOR,
        R.HARDSHIP if hardship else R.NO_HARDSHIP,
    )
    return Eligibility(eligible=resident and has_minor and hardship, reasons=reasons)


@dataclass(frozen=True, slots=True)
class Criteria:
    """The criteria ticks the household and the municipality already answer (None: unknown)."""

    resident: bool | None
    has_minor: bool | None
    hardship: bool | None


_HARDSHIP_WORK = frozenset({"unemployed", "precarious"})


def derived_criteria(
    *,
    minors: int,
    member_minors: int,
    work_situations: tuple[str, ...],
    municipality: str,
    project_municipality: str,
) -> Criteria:
    """What the assessment can take from the household instead of asking it again.

    Resident when the family's municipality is the project's; a minor when the household
    counts one; hardship when an adult is unemployed or precarious. Anything the record does
    not answer stays None for the counsellor to tick."""
    place = " ".join(municipality.split()).casefold()
    project = " ".join(project_municipality.split()).casefold()
    resident = (place == project) if place and project else None
    has_minor = True if max(minors, member_minors) > 0 else None
    hardship = True if _HARDSHIP_WORK & set(work_situations) else None
    return Criteria(resident=resident, has_minor=has_minor, hardship=hardship)
