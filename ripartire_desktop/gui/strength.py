"""The strength meter's words: zxcvbn's score (domain/passphrase.py) and its advice, translated.

zxcvbn speaks English from a closed set of sentences; each is marked here for the Italian
catalogue, so the wizard and the change-passphrase dialog give its reasons in the user's
language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ripartire_desktop.domain.passphrase import MIN_CHARS, MIN_SCORE, Strength, assess
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP

__all__ = ["MIN_CHARS", "MIN_SCORE", "advice", "assess", "score"]

_CONTEXT = "PassphraseStrength"
# Every sentence zxcvbn 4.x can say, so lupdate puts them in the catalogue.
_FEEDBACK = (
    QT_TRANSLATE_NOOP("PassphraseStrength", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("PassphraseStrength", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("PassphraseStrength", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid sequences."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid recent years."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "This is a very common password."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP(
        "PassphraseStrength", "All-uppercase is almost as easy to guess as all-lowercase."
    ),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "PassphraseStrength",
        "Predictable substitutions like '@' instead of 'a' don't help very much.",
    ),
    QT_TRANSLATE_NOOP(
        "PassphraseStrength", "It would be guessed quickly: add a few uncommon words."
    ),
)


def score(passphrase: str, personal: tuple[str, ...] = ()) -> int:
    """0 too short or trivially guessed ... 4 strong; below MIN_SCORE is refused."""
    return assess(passphrase, personal=personal).score


def advice(strength: Strength) -> str:
    """zxcvbn's warning and suggestions in the interface language."""
    parts = [strength.warning] if strength.warning else []
    parts.extend(strength.suggestions)
    if not parts:
        parts = ["It would be guessed quickly: add a few uncommon words."]
    return " ".join(QCoreApplication.translate(_CONTEXT, part) for part in parts)
