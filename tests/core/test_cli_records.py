"""The case-record commands from a terminal: list, search, retention, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.search import SearchIndex
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault


def _vault_with_families(data_dir: Path) -> list[str]:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    codes = [populated_family(records, tag).code for tag in ("Uno", "Due", "Tre")]
    vault.lock()
    return codes


def test_list_shows_codes_not_names_unless_asked(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    codes = _vault_with_families(data_dir)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("list", *args)
    assert result.code == 0, result.err
    for code in codes:
        assert code in result.out
    assert "NomeUno" not in result.out
    assert "3 families" in result.out
    named = cli("list", "--names", "--text", "Due", *args)
    assert "NomeDue CognomeDue" in named.out
    assert "1 families" in named.out


def test_search_prints_code_date_kind_and_snippet(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    codes = _vault_with_families(data_dir)
    result = cli(
        "search", "perche Tre", "--data-dir", data_dir, "--passphrase-file", passphrase_file
    )
    assert result.code == 0, result.err
    line = next(line for line in result.out.splitlines() if "interview" in line)
    assert line.startswith(codes[2])
    assert "2026-03-03" in line
    assert "[perché]" in line


def test_search_of_a_very_common_word_says_what_was_ranked(
    data_dir: Path, passphrase_file: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    _vault_with_families(data_dir)
    # The limits of a large vault, scaled to three families (each has "colloquio ... perché").
    monkeypatch.setattr(SearchIndex, "FULL_RANK_LIMIT", 2)
    monkeypatch.setattr(SearchIndex, "WINDOW", 2)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("search", "perche", *args)
    assert result.code == 0, result.err
    assert "the best of the newest 2 matches (about 3 in all)" in result.out
    assert "Add a word to search them all." in result.out


def test_search_with_syntax_characters(data_dir: Path, passphrase_file: Path, cli) -> None:
    _vault_with_families(data_dir)
    result = cli("search", '"((', "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 0
    assert "No results." in result.out


def test_retention_lists_nothing_for_recent_closures(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    _vault_with_families(data_dir)
    result = cli("retention", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 0
    assert "Nothing is kept past the retention period" in result.out


def test_bad_arguments_are_usage_errors(data_dir: Path, passphrase_file: Path, cli) -> None:
    _vault_with_families(data_dir)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert cli("list", "--status", "bogus", *args).code == 2
    assert cli("list", "--limit", "-3", *args).code == 2
    assert cli("demo", "--families", "zero", *args).code == 2
