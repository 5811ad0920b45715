"""What the CLI prints of user data cannot drive the terminal, and what it reads is bounded.

Names and notes may hold ESC sequences (retitle or clear the terminal), carriage returns and
bidirectional overrides; every output of user data shows them escaped (issue 13). Imported
files are refused unread above their cap, with the size and the limit in the message.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ripartire_desktop.commands.terminal import shown
from ripartire_desktop.domain import Identity, Person
from ripartire_desktop.store import exchange
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.audit import AuditAction
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault
from tests.reliability.figures import record_figure

TITLE_ATTACK = "\x1b]0;pwned\x07"  # OSC: sets the terminal's title
CLEAR_ATTACK = "\x1b[2J\x1b[H"  # CSI: clears the screen
BIDI = "\u202egnp.exe"  # right-to-left override


def test_shown_escapes_controls_and_bidi_and_keeps_ordinary_text() -> None:
    assert shown("Zoë Đurić – perché") == "Zoë Đurić – perché"
    assert shown(TITLE_ATTACK) == "\\x1b]0;pwned\\x07"
    assert shown("a\rb\nc\td\x9bz") == "a\\x0db\\x0ac\\x09d\\x9bz"
    assert shown(BIDI) == "\\u202egnp.exe"
    for char in "\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u061c":
        assert "\\u" in shown(char)
    assert shown("x\x02y\x03", keep="\x02\x03") == "x\x02y\x03"


def _vault_with_hostile_name(data_dir: Path) -> str:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = populated_family(records, "Uno")
    assert family.id is not None
    with records.transaction():
        records.identities.save(
            family.id,
            Identity(people=(Person(given_name=f"Anna{TITLE_ATTACK}", family_name=f"X{BIDI}"),)),
        )
    vault.record(AuditAction.EXPORT, family_code=family.code, detail=f"note{CLEAR_ATTACK}")
    vault.lock()
    return family.code


def test_list_names_prints_escape_sequences_escaped(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    _vault_with_hostile_name(data_dir)
    result = cli("list", "--names", "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "\x07" not in result.out and "\u202e" not in result.out
    assert "Anna\\x1b]0;pwned\\x07 X\\u202egnp.exe" in result.out


def test_audit_lists_date_action_code_never_names(
    data_dir: Path, passphrase_file: Path, cli
) -> None:
    code = _vault_with_hostile_name(data_dir)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("audit", *args)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["DATE", "ACTION", "CODE", "DETAIL"]
    assert lines[1].split()[2] == "unlock"  # this very command's unlock, newest first
    export = next(line for line in lines if " export " in line)
    assert code in export
    assert "note\\x1b[2J\\x1b[H" in export
    assert "\x1b" not in result.out
    assert "Anna" not in result.out
    assert lines[-1].endswith("entries, newest first.")

    only = cli("audit", "--code", code.lower(), *args)
    body = only.out.splitlines()[1:-1]
    assert body and all(code in line for line in body)
    assert only.out.splitlines()[-1] == f"1 entry for {code}, newest first."

    as_json = cli("audit", "--json", "--limit", "2", *args)
    document = json.loads(as_json.out)
    assert len(document["entries"]) == 2
    assert document["total"] >= 4
    assert set(document["entries"][0]) == {"id", "at", "action", "family_code", "detail"}
    assert as_json.out.isascii()

    none = cli("audit", "--code", "RIP-1999-999", *args)
    assert none.code == 0
    assert none.out.splitlines()[-1] == "No audit entries for RIP-1999-999."


def test_a_200_mb_family_file_is_refused_unread(
    data_dir: Path, passphrase_file: Path, cli, tmp_path: Path
) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200_000_000)
    started = time.perf_counter()
    result = cli("import", huge, "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    elapsed = time.perf_counter() - started
    assert result.code == 4
    assert "is 200.0 MB; a family file is at most 16.0 MB: nothing was read." in result.err
    assert len(result.err.strip().splitlines()) == 1
    record_figure("200 MB family file refused", milliseconds=round(elapsed * 1000))


def test_a_family_file_that_reports_no_size_is_read_only_up_to_the_cap() -> None:
    # /dev/zero says it is empty and never ends, as a pipe would.
    try:
        exchange.read_family_file(Path("/dev/zero"))
    except exchange.VaultError as exc:
        assert "holds more than 16.0 MB" in str(exc)
    else:
        raise AssertionError("an endless family file was accepted")


def test_a_passphrase_file_that_never_ends_is_a_usage_error(data_dir: Path, cli) -> None:
    vault, _ = new_vault(data_dir)
    vault.lock()
    result = cli("list", "--data-dir", data_dir, "--passphrase-file", "/dev/zero")
    assert result.code == 2
    assert "holds more than 65,536 bytes" in result.err


def test_search_prints_a_hostile_note_escaped_and_marks_the_match(
    data_dir: Path, passphrase_file: Path, cli, tmp_path: Path
) -> None:
    vault, _ = new_vault(data_dir)
    code = populated_family(Records(vault.connection), "Uno").code
    vault.lock()
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    exported = tmp_path / "family.json"
    assert cli("export-family", code, "-o", exported, "--for-the-family", *args).code == 0
    document = json.loads(exported.read_text())
    document["family"]["interviews"][0]["notes"] = f"zanzibar {TITLE_ATTACK} e {BIDI}"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(document))
    assert cli("import", hostile, *args).code == 0

    result = cli("search", "zanzibar", *args)
    assert result.code == 0, result.err
    assert "[zanzibar] \\x1b]0;pwned\\x07 e \\u202egnp.exe" in result.out
    assert "\x1b" not in result.out and "\u202e" not in result.out
