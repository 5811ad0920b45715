"""The strength meter shared by the first-run wizard and the change-passphrase dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QProgressBar

from ripartire_desktop.gui import strength


@pytest.fixture
def meter(qtbot) -> QProgressBar:  # type: ignore[no-untyped-def]
    bar = QProgressBar()
    bar.setRange(0, 4)
    qtbot.addWidget(bar)
    return bar


def test_a_short_passphrase_is_too_short_and_says_how_long_it_must_be(meter: QProgressBar) -> None:
    assert strength.show_on(meter, "corta") == "At least 8 characters."
    assert (meter.value(), meter.format()) == (0, "Too short")


def test_a_full_length_passphrase_scored_zero_is_weak_not_too_short(meter: QProgressBar) -> None:
    hint = strength.show_on(meter, "aaaaaaaaaaaaaaaa")
    assert (meter.value(), meter.format()) == (0, "Weak")
    assert hint.startswith("Too easy to guess: ")
    assert hint != "Too easy to guess: "  # zxcvbn's reason follows


def test_an_acceptable_passphrase_has_no_hint_and_its_own_word(meter: QProgressBar) -> None:
    assert strength.show_on(meter, "tre parole lunghe davvero") == ""
    assert (meter.value(), meter.format()) == (4, "Strong")


def test_the_personal_words_make_a_passphrase_guessable(meter: QProgressBar) -> None:
    assert strength.show_on(meter, "associazionegirasole") == ""
    hint = strength.show_on(meter, "associazionegirasole", ("Associazione Girasole",))
    assert hint.startswith("Too easy to guess: ")
    assert (meter.value(), meter.format()) == (1, "Weak")


def test_the_meter_speaks_italian(meter: QProgressBar, italian: None) -> None:
    assert strength.show_on(meter, "corta") == "Almeno 8 caratteri."
    assert meter.format() == "Troppo corta"
    assert strength.show_on(meter, "aaaaaaaaaaaaaaaa").startswith("Troppo facile da indovinare: ")
    assert meter.format() == "Debole"
    strength.show_on(meter, "tre parole lunghe davvero")
    assert meter.format() == "Forte"


def test_the_new_passphrase_typed_twice_says_what_is_missing_then_that_they_match(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from ripartire_desktop.gui.dialogs.common import embed_form

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = embed_form(dialog, "dialog_passphrase", "Change passphrase")
    personal: tuple[str, ...] = ()
    twice = strength.NewPassphrase(
        form, "newEdit", words=("again", "differ", "match"), personal=lambda: personal
    )
    assert twice.hint.text() == "At least 8 characters."  # shown before anything is typed
    assert twice.meter.format() == "Too short"
    twice.edit.setText("associazionegirasole")
    assert twice.hint.text() == "again" and not twice.complete()
    twice.confirm.setText("associazione")
    assert twice.hint.text() == "differ" and not twice.complete()
    twice.confirm.setText("associazionegirasole")
    assert twice.hint.text() == "match" and twice.complete()
    personal = ("Associazione Girasole",)
    twice.update()
    assert twice.hint.text().startswith("Too easy to guess: ") and not twice.complete()
    twice.confirm.setText("aaaaaaaaaaaaaaaa")  # the strength comes first, whatever the second
    assert twice.hint.text().startswith("Too easy to guess: ")
