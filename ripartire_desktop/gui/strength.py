"""The strength meter: zxcvbn's score (domain/passphrase.py) shown on a progress bar with its
word, and zxcvbn's advice, translated.

zxcvbn speaks English from a closed set of sentences; each is marked here for the Italian
catalogue, so the wizard and the change-passphrase dialog give its reasons in the user's
language. Both show the meter with `show_on`, under the new passphrase typed twice
(`NewPassphrase`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from ripartire_desktop.domain.passphrase import MIN_CHARS, MIN_SCORE, Strength, assess
from ripartire_desktop.gui.forms import child
from ripartire_desktop.gui.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "MIN_CHARS",
    "MIN_SCORE",
    "NewPassphrase",
    "advice",
    "assess",
    "level",
    "score",
    "show_on",
]

_CONTEXT = "PassphraseStrength"
# The meter's word for each score, 0 to 4.
_LEVELS = (
    QT_TRANSLATE_NOOP("PassphraseStrength", "Too short"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Good"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"),
)
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


def level(passphrase: str, rated: Strength) -> str:
    """The meter's word for `passphrase`, translated. Score 0 at full length is "Weak" ("Too
    short" would send people the wrong way)."""
    short = len(passphrase) < MIN_CHARS
    return QCoreApplication.translate(_CONTEXT, _LEVELS[rated.score or (0 if short else 1)])


def show_on(meter: QProgressBar, passphrase: str, personal: tuple[str, ...] = ()) -> str:
    """Show the strength of `passphrase` on `meter` (its score and word). Returns why it is
    refused (too short, or too easy to guess and zxcvbn's advice), or "" when it is acceptable."""
    rated = assess(passphrase, personal=personal)
    meter.setValue(rated.score)
    meter.setFormat(level(passphrase, rated))
    if len(passphrase) < MIN_CHARS:
        return QCoreApplication.translate("PassphraseStrength", "At least {0} characters.").format(
            MIN_CHARS
        )
    if not rated.acceptable:
        return QCoreApplication.translate("PassphraseStrength", "Too easy to guess: {0}").format(
            advice(rated)
        )
    return ""


class NewPassphrase:
    """A new passphrase typed twice under the strength meter: the form's line edit `edit`, then
    `confirmEdit`, `strengthBar` and `hintLabel`. The hint says why the passphrase is refused
    or, once it is acceptable, the caller's `words`: (type it again, the two differ, they
    match). `personal` gives the words an attacker would try first."""

    def __init__(
        self,
        form: QWidget,
        edit: str,
        *,
        words: tuple[str, str, str],
        personal: Callable[[], tuple[str, ...]] = tuple,
    ) -> None:
        self.edit = child(form, QLineEdit, edit)
        self.confirm = child(form, QLineEdit, "confirmEdit")
        self.meter = child(form, QProgressBar, "strengthBar")
        self.hint = child(form, QLabel, "hintLabel")
        self._words = words
        self._personal = personal
        self.edit.textChanged.connect(self.update)
        self.confirm.textChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        text, again = self.edit.text(), self.confirm.text()
        type_again, differ, match = self._words
        self.hint.setText(
            show_on(self.meter, text, self._personal())
            or (type_again if not again else differ if again != text else match)
        )

    def complete(self) -> bool:
        """Acceptable, and typed the same twice."""
        text = self.edit.text()
        return assess(text, personal=self._personal()).acceptable and self.confirm.text() == text
