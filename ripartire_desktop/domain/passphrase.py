"""How hard a new passphrase is to guess: zxcvbn, told the words an attacker would try first.

Besides zxcvbn's own (English) lists it gets common Italian words and names, the project's
town and vocabulary (domain/passphrase_words.txt) and whatever the caller knows about this
vault (organisation, counsellor's name). Below MIN_SCORE a new passphrase is refused.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

MIN_CHARS = 8
MIN_SCORE = 3  # zxcvbn 0-4: 3 is "safely unguessable" (about 10^10 guesses)
_MAX_CHECKED = 100  # zxcvbn's time grows with length; the rest of a long phrase only helps


@functools.cache
def project_words() -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("passphrase_words.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0-4
    warning: str  # zxcvbn's warning, English ("" when none)
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    def reason(self) -> str:
        """One sentence for a refusal: zxcvbn's warning and advice."""
        parts = [self.warning] if self.warning else []
        parts.extend(self.suggestions)
        return " ".join(parts) or "It would be guessed quickly: add a few uncommon words."


def _personal(words: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for text in words:
        found.append(text.lower())
        found.extend(part for part in re.split(r"\W+", text.lower()) if len(part) >= 3)
    return found


def assess(passphrase: str, *, personal: tuple[str, ...] = ()) -> Strength:
    if len(passphrase) < MIN_CHARS:
        return Strength(0, f"It is shorter than {MIN_CHARS} characters.", ())
    from zxcvbn import zxcvbn  # its word lists take ~0.1 s to load: not at start-up

    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=[*project_words(), *_personal(personal)])
    feedback = result.get("feedback", {})
    return Strength(
        int(result["score"]),
        str(feedback.get("warning") or ""),
        tuple(str(s) for s in feedback.get("suggestions") or ()),
    )
