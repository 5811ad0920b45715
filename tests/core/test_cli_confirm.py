"""secrets_input.confirmed: the one yes-or-no question the CLI asks before what cannot be undone."""

from __future__ import annotations

import pytest

from ripartire_desktop.commands import secrets_input
from ripartire_desktop.commands.secrets_input import YES, UsageError, confirmed


def _terminal(monkeypatch: pytest.MonkeyPatch, answer: str, asked: list[str]) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return answer

    monkeypatch.setattr("builtins.input", typed)


def test_the_option_confirms_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    _terminal(monkeypatch, "no", asked)
    assert confirmed(True, "no terminal", "Sure? ") is True
    assert asked == []


def test_without_a_terminal_it_is_a_usage_error_saying_how(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(UsageError, match=r"^Confirm with --yes.$") as raised:
        confirmed(False, "Confirm with --yes.", "Sure? ")
    assert raised.value.exit_code == 2


@pytest.mark.parametrize("answer", ["yes", " Y ", "si", "Sì\n"])
def test_a_typed_yes_in_english_or_italian_confirms(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answer: str
) -> None:
    asked: list[str] = []
    _terminal(monkeypatch, answer, asked)
    assert confirmed(False, "no terminal", "Sure? ", first="It cannot be undone.") is True
    assert asked == ["Sure? "]
    assert capsys.readouterr().out == "It cannot be undone.\n"


@pytest.mark.parametrize("answer", ["", "no", "n", "s", "yes please"])
def test_anything_else_declines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answer: str
) -> None:
    _terminal(monkeypatch, answer, [])
    assert confirmed(False, "no terminal", "Sure? ") is False
    assert capsys.readouterr().out == ""


def test_a_caller_may_take_more_words_for_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    _terminal(monkeypatch, "s", [])
    assert confirmed(False, "no terminal", "[y/N] ", yes=secrets_input.YES | {"s"}) is True
    assert "s" not in YES
