"""Files given to the spreadsheet import: the template reads back in all three formats, and
hostile files (not a spreadsheet, a damaged or inflating zip, too many rows, formulas, odd
text, empty) get one clear message and leave the vault as it was; the commands around it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ripartire_desktop.store import sheets
from ripartire_desktop.store.sheets import FileProblem, SheetFileError, read_sheet, reader
from tests.conftest import snapshot
from tests.core.sheet_fixtures import COLUMN, register, write
from tests.core.test_sheet_import import TODAY, session_in


@pytest.mark.parametrize("fmt", ["xlsx", "ods", "csv"])
def test_the_template_reads_back_with_every_header_guessed(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"modello.{fmt}"
    path.write_bytes(sheets.template_bytes(fmt))
    data = read_sheet(path)
    assert data.rows == ()  # the sheet to fill is empty: example rows are never imported
    assert sheets.guess_mapping(list(data.headers)) == {
        i: f.key for i, f in enumerate(sheets.FIELDS)
    }
    if fmt != "csv":
        assert data.sheets == ("Nuclei", "Esempio", "Valori ammessi")
        example = read_sheet(path, "Esempio")
        checked = sheets.check(example, sheets.guess_mapping(list(example.headers)), today=TODAY)
        assert checked.problems == () and len(checked.households) == 2
        assert checked.preview[0].values[COLUMN["aid_amount"]] == "150,00 €"
        accepted = read_sheet(path, "Valori ammessi")
        assert ("Canale", "Telefono; E-mail; Social network; Passaparola; Invio da partner o "
                "servizi; Altro; Di persona") in [r[1][:2] for r in accepted.rows]  # fmt: skip


def _zip_named(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def hostile_files(tmp_path: Path) -> dict[str, tuple[Path, FileProblem]]:
    good = sheets.template_bytes("xlsx")
    files = {
        "pdf named xlsx": (b"%PDF-1.7\n" + b"\x00" * 100, "a.xlsx", FileProblem.NOT_A_SPREADSHEET),
        "empty xlsx": (b"", "b.xlsx", FileProblem.NOT_A_SPREADSHEET),
        "truncated zip": (good[: len(good) // 2], "c.xlsx", FileProblem.DAMAGED),
        "empty csv": (b"", "d.csv", FileProblem.EMPTY),
        "blank csv": (b";;\r\n;;\r\n", "e.csv", FileProblem.EMPTY),
        "utf-16 csv": ("Cognome;Nome\n".encode("utf-16"), "f.csv", FileProblem.NOT_TEXT),
        "binary csv": (bytes(range(256)), "g.csv", FileProblem.NOT_TEXT),
    }
    found = {}
    for what, (data, name, problem) in files.items():
        (tmp_path / name).write_bytes(data)
        found[what] = (tmp_path / name, problem)
    docx = _zip_named(tmp_path / "h.xlsx", {"word/document.xml": b"<w/>"})
    found["a word document"] = (docx, FileProblem.NOT_A_SPREADSHEET)
    broken = _zip_named(tmp_path / "i.xlsx", {"xl/workbook.xml": b"<not xml", "mimetype": b""})
    found["a workbook of broken xml"] = (broken, FileProblem.DAMAGED)
    return found


def test_hostile_files_get_one_clear_message(tmp_path: Path) -> None:
    for what, (path, problem) in hostile_files(tmp_path).items():
        with pytest.raises(SheetFileError) as caught:
            read_sheet(path)
        assert caught.value.problem == problem, what
        assert path.name in caught.value.text("it") or problem == FileProblem.EMPTY, what
        assert "\n" not in str(caught.value)


def test_a_zip_that_inflates_too_far_and_a_sheet_too_long_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "grande.xlsx", register(60))
    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", 2_000)  # the real cap is 200 MB
    with pytest.raises(SheetFileError) as caught:
        read_sheet(path)
    assert caught.value.problem == FileProblem.TOO_BIG
    monkeypatch.undo()
    monkeypatch.setattr(reader, "MAX_ROWS", 50)
    for fmt in ("xlsx", "csv"):
        with pytest.raises(SheetFileError) as caught:
            read_sheet(write(tmp_path / f"lungo.{fmt}", register(60)))
        assert caught.value.text("en") == (
            f"The sheet {'Foglio1' if fmt == 'xlsx' else 'lungo'} has more than 50 rows: split "
            "it into several files."
        )


def test_formulas_and_odd_text_are_named_cell_by_cell(tmp_path: Path) -> None:
    path = tmp_path / "strano.csv"
    path.write_text(
        "Cognome;Nome;Telefono\n"
        '=HYPERLINK("http://x","clic");Ada;333 1234567\n'
        "Rossi\u202e;Eva;=SOMMA(A1:A2)\n"
        "Verdi;Ugo;\n",
        encoding="utf-8",
    )
    data = read_sheet(path)
    checked = sheets.check(data, sheets.guess_mapping(list(data.headers)), today=TODAY)
    assert [p.text("it") for p in checked.problems] == [
        'strano, riga 2, colonna A (Cognome): \'=HYPERLINK("http://x","clic")\' è una formula '
        "non calcolata: salva il foglio con i valori",
        "strano, riga 3, colonna A (Cognome): 'Rossi\\u202e' contiene caratteri di controllo o "
        "di direzione del testo",
        "strano, riga 3, colonna C (Telefono): '=SOMMA(A1:A2)' è una formula non calcolata: "
        "salva il foglio con i valori",
    ]


def test_a_windows_csv_with_accents_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Cognome,Nome,Città\r\nD'Amato,Niccolò,Cernusco\r\n".encode("cp1252"))
    data = read_sheet(path)
    assert data.rows[0][1] == ("D'Amato", "Niccolò", "Cernusco")


def test_a_sheet_without_a_name_column_is_refused_as_a_whole(tmp_path: Path) -> None:
    data = read_sheet(write(tmp_path / "x.ods", [["Telefono"], ["333 1234567"]]))
    with pytest.raises(SheetFileError) as caught:
        sheets.check(data, sheets.guess_mapping(list(data.headers)), today=TODAY)
    assert caught.value.problem == FileProblem.NOTHING_MAPPED


# --- the commands ---------------------------------------------------------------------------


def test_import_sheet_dry_run_then_import(
    tmp_path: Path, data_dir: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    session_in(data_dir).lock()
    rows = [["Cognome", "Nome", "Ingresso", "Tel"], ["Rossi", "Ada", "03/02/2026", "333 1234567"]]
    path = write(tmp_path / "elenco.xlsx", rows)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    before = snapshot(data_dir)

    result = cli("import-sheet", path, "--mapping", "Ingresso=first_contact", "--dry-run", *args)
    assert result.code == 0, result.err
    assert "C Ingresso -> First contact date" in result.out
    assert "03/02/2026 | +39 333 123 4567" in result.out
    assert "Dry run: 1 household from 1 row would be imported; nothing was written." in result.out
    list_before = cli("list", *args).out

    result = cli("import-sheet", path, "--mapping", "C=Data primo contatto", *args)
    assert result.code == 0, result.err
    assert "Imported RIP-2026-001 (row 2)" in result.out
    assert "RIP-2026-001" not in list_before
    assert "1 household imported from Foglio1; the column mapping is saved." in result.out
    again = cli("import-sheet", path, "--dry-run", "--lang", "it", *args)  # the mapping is kept
    assert "C Ingresso -> Data primo contatto" in again.out
    assert "Prova: 1 nucleo da 1 riga verrebbe importato; non è stato scritto nulla." in again.out
    assert snapshot(data_dir) != before


def test_import_sheet_lists_every_bad_cell_and_changes_nothing(
    tmp_path: Path, data_dir: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    session_in(data_dir).lock()
    rows = register(30)
    rows[4][COLUMN["first_contact"]] = "31/02/2026"
    rows[9][COLUMN["phone"]] = "12"
    path = write(tmp_path / "registro.ods", rows)
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file)
    families_before = cli("list", *args).out

    result = cli("import-sheet", path, "--lang", "it", *args)

    assert result.code == 4
    lines = result.err.strip().splitlines()
    assert (
        lines[0] == "Foglio1, riga 5, colonna M (Data primo contatto): '31/02/2026' non è una data"
    )
    assert lines[1].startswith("Foglio1, riga 10, colonna I (Telefono): '12' non è un numero")
    assert lines[2] == (
        "ripartire: 2 celle errate in Foglio1: non è stato importato nulla (correggile nel "
        "foglio, o cambia la corrispondenza delle colonne, e riprova)."
    )
    assert cli("list", *args).out == families_before


def test_one_bad_cell_is_counted_as_one(
    tmp_path: Path, data_dir: Path, passphrase_file: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    session_in(data_dir).lock()
    rows = register(3)
    rows[1][COLUMN["phone"]] = "12"
    path = write(tmp_path / "registro.csv", rows)
    result = cli("import-sheet", path, "--data-dir", data_dir, "--passphrase-file", passphrase_file)
    assert result.code == 4
    assert "ripartire: 1 bad cell in registro: nothing was imported (correct it in" in result.err
    args = ("--data-dir", data_dir, "--passphrase-file", passphrase_file, "--lang", "it")
    italian = cli("import-sheet", path, *args)
    assert italian.code == 4
    assert "ripartire: 1 cella errata in registro: non è stato importato nulla" in italian.err


def test_import_sheet_refuses_hostile_files_before_the_vault_opens(
    tmp_path: Path, data_dir: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    for path, _problem in hostile_files(tmp_path).values():
        result = cli("import-sheet", path, "--data-dir", data_dir)  # no vault, no passphrase
        assert result.code == 4, path
        assert result.err.count("\n") == 1 and "nothing was imported" in result.err
    result = cli("import-sheet", tmp_path / "a.xlsx", "--sheet", "Nope", "--data-dir", data_dir)
    assert result.code == 4


def test_sheet_template_writes_each_format_once(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("xlsx", "ods", "csv"):
        target = tmp_path / f"modello.{fmt}"
        assert cli("sheet-template", "-o", target).code == 0
        assert read_sheet(target).headers[:3] == ("Nucleo", "Cognome", "Nome")
        assert target.stat().st_mode & 0o077 == 0
        refused = cli("sheet-template", "-o", target)
        assert refused.code == 1 and "already exists" in refused.err
    wrong = cli("sheet-template", "-o", tmp_path / "modello.pdf")
    assert wrong.code == 2 and ".xlsx, .ods or .csv" in wrong.err


def test_a_file_over_twenty_megabytes_is_refused_unread(tmp_path: Path) -> None:
    for name in ("enorme.csv", "enorme.xlsx"):
        path = tmp_path / name
        with path.open("wb") as handle:
            handle.truncate(reader.MAX_FILE_BYTES + 1)  # sparse: nothing to write or read
        with pytest.raises(SheetFileError) as caught:
            read_sheet(path)
        assert caught.value.text("it") == (
            f"{name} è troppo grande per un registro di nuclei: non è stato importato nulla."
        )
