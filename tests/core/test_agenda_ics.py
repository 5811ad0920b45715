"""The agenda as an .ics file: codes and neutral words only, parsed back with icalendar, from
the use case and from `ripartire agenda`, with every error path and its exit code."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar

from ripartire_desktop.store.records import Records
from ripartire_desktop.usecases import agenda
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

TAG = "Calendario"
PRIVATE = (f"Nome{TAG}", f"Cognome{TAG}", "curriculum", "colloquio ", "passi", "responsabile")


def _vault(data_dir: Path) -> str:
    vault, _ = new_vault(data_dir)
    code = populated_family(Records(vault.connection), TAG).code
    vault.lock()
    return code


def _parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_cli_writes_appointments_and_due_actions_with_codes_only(
    data_dir: Path, passphrase_file: Path, tmp_path: Path, cli
) -> None:
    code = _vault(data_dir)
    target = tmp_path / "agenda.ics"
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("agenda", "--ics", target, "--from", "2026-03-01", "--to", "30/04/2026", *args)
    assert result.code == 0, result.err
    assert "1 appointment(s) and 1 due action(s)" in result.out
    calendar = _parse(target)
    events = calendar.walk("VEVENT")
    todos = calendar.walk("VTODO")
    assert [str(e["SUMMARY"]) for e in events] == [f"Colloquio {code}"]
    assert events[0].decoded("DTSTART") == datetime(2026, 3, 10, 10, 0)
    assert [str(t["SUMMARY"]) for t in todos] == [f"Azione in scadenza {code}"]
    assert todos[0].decoded("DUE") == date(2026, 4, 1)
    text = target.read_text(encoding="utf-8")
    for private in PRIVATE:
        assert private not in text
    assert "DESCRIPTION" not in text
    # The export is in the audit log, with its period.
    log = cli("audit", *args)
    assert "agenda ics 2026-03-01..2026-04-30" in log.out


def test_cli_period_outside_the_entries_writes_an_empty_calendar(
    data_dir: Path, passphrase_file: Path, tmp_path: Path, cli
) -> None:
    _vault(data_dir)
    target = tmp_path / "vuota.ics"
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    result = cli("agenda", "--ics", target, "--from", "2027-01-01", "--to", "2027-01-31", *args)
    assert result.code == 0, result.err
    assert not _parse(target).walk("VEVENT") and not _parse(target).walk("VTODO")


def test_cli_error_paths_are_clear_and_write_nothing(
    data_dir: Path, passphrase_file: Path, tmp_path: Path, cli
) -> None:
    _vault(data_dir)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    existing = tmp_path / "esiste.ics"
    existing.write_text("mine", encoding="utf-8")
    result = cli("agenda", "--ics", existing, *args)
    assert result.code == 1 and "already exists" in result.err
    assert existing.read_text(encoding="utf-8") == "mine"
    missing = tmp_path / "nessuna" / "a.ics"
    result = cli("agenda", "--ics", missing, *args)
    assert result.code == 1 and "does not exist" in result.err
    result = cli("agenda", "--ics", tmp_path / "b.ics", "--from", "31/02/2026", *args)
    assert result.code == 2 and "is not a date" in result.err
    result = cli(
        "agenda", "--ics", tmp_path / "c.ics", "--from", "2026-05-01", "--to", "2026-04-01", *args
    )
    assert result.code == 2 and "before --from" in result.err
    result = cli("agenda", *args)
    assert result.code == 2 and "--ics" in result.err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    result = cli(
        "agenda", "--ics", tmp_path / "d.ics", "--data-dir", data_dir, "--passphrase-file", wrong
    )
    assert result.code == 3
    assert not any((tmp_path / n).exists() for n in ("b.ics", "c.ics", "d.ics"))


def test_help_explains_the_command(cli) -> None:
    result = cli("agenda", "--help")
    assert result.code == 0
    assert "--ics FILE" in result.out and "no names" in result.out


def test_reminders_are_the_days_items_and_overdue_actions(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    code = populated_family(records, TAG).code
    on_the_day = agenda.reminders(records, date(2026, 3, 10))
    assert [(i.kind, i.code, i.at) for i in on_the_day] == [
        (agenda.APPOINTMENT, code, datetime(2026, 3, 10, 10, 0).time())
    ]
    later = agenda.reminders(records, date(2026, 4, 2))
    assert [(i.kind, i.summary("en")) for i in later] == [(agenda.ACTION, f"Action due {code}")]
    vault.lock()
