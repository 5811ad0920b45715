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
