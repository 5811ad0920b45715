"""Families from a spreadsheet on real vaults: a 500-row register in CSV, XLSX and ODS with
three bad cells names all three and changes nothing; without them every household is stored,
with its people, members and aid, in one transaction; the mapping is kept in the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.domain import AidCategory, Channel, FamilyStatus, MemberRole
from ripartire_desktop.store.records.audit import AuditAction
from ripartire_desktop.store.sheets import column_letter, normalise
from ripartire_desktop.usecases import sheet_import
from ripartire_desktop.usecases.changes import Kind
from ripartire_desktop.usecases.session import VaultSession
from tests.core.sheet_fixtures import COLUMN, HEADERS, register, write
from tests.core.vaults import new_vault

TODAY = date(2026, 6, 30)
FORMATS = ("xlsx", "ods", "csv")


def session_in(folder: Path) -> VaultSession:
    vault, _ = new_vault(folder)
    session = VaultSession(vault, holder="test")
    session.opened()
    return session


def every_row(session: VaultSession) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: the vault as a whole, to show nothing changed."""
    conn = session.records.conn
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in tables}


def check(session: VaultSession, path: Path) -> tuple[sheet_import.SheetData, dict[int, str]]:
    data = sheet_import.read_sheet(path)
    return data, sheet_import.mapping_for(session.records, data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_three_bad_cells_of_five_hundred_rows_are_all_named_and_nothing_changes(
    tmp_path: Path, fmt: str
) -> None:
    rows = register(500)
    rows[13][COLUMN["first_contact"]] = "31/02/2026"  # sheet row 14
    rows[250][COLUMN["tax_code"]] = "RSSMRA85T41C523A"  # a mistyped check character
    rows[480][COLUMN["aid_amount"]] = "12,345"  # three decimals
    path = write(tmp_path / f"registro.{fmt}", rows)
    session = session_in(tmp_path / "vault")
    before = every_row(session)

    data, mapping = check(session, path)
    checked = sheet_import.check_sheet(data, mapping, today=TODAY)

    sheet = "registro" if fmt == "csv" else "Foglio1"
    first = column_letter(COLUMN["first_contact"])
    assert [p.text("it") for p in checked.problems] == [
        f"{sheet}, riga 14, colonna {first} (Data primo contatto): '31/02/2026' non è una data",
        f"{sheet}, riga 251, colonna {column_letter(COLUMN['tax_code'])} (Codice fiscale): "
        "'RSSMRA85T41C523A': il carattere di controllo del codice fiscale non torna (un "
        "carattere è sbagliato)",
        f"{sheet}, riga 481, colonna {column_letter(COLUMN['aid_amount'])} (Importo "
        "contributo): '12,345' non è un importo in euro (per esempio 150 o 1.250,50)",
    ]
    assert checked.problems[0].text("en").startswith(f"{sheet}, row 14, column {first}")
    assert not checked.ok and checked.households == ()
    with pytest.raises(ValueError, match="never imported"):
        sheet_import.import_sheet(session.records, data, mapping, checked, on=TODAY)
    assert every_row(session) == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_five_hundred_good_rows_are_all_imported(tmp_path: Path, fmt: str) -> None:
    rows = register(500)
    path = write(tmp_path / f"registro.{fmt}", rows)
    session = session_in(tmp_path / "vault")
    data, mapping = check(session, path)
    assert sorted(mapping.values()) == sorted(field for field in COLUMN)  # every header guessed
    checked = sheet_import.check_sheet(data, mapping, today=TODAY)
    assert checked.problems == ()
    households = {row[COLUMN["household"]] for row in rows[1:]}

    imported = sheet_import.import_sheet(session.records, data, mapping, checked, on=TODAY)

    records = session.records
    assert len(imported.households) == len(households) == records.families.count()
    assert sum(len(h.rows) for h in imported.households) == 500
    assert imported.changes.concerns(*Kind)
    people = records.conn.execute("SELECT count(*) FROM identity_people").fetchone()[0]
    members = records.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    assert people == members == 500
    first = imported.households[0]
    family = records.families.by_code(first.code)
    assert family.created_on == rows[1][COLUMN["first_contact"]] or fmt == "csv"
    identity = records.identities.get(family.id or 0)
    assert identity is not None
    assert identity.people[0].family_name == rows[1][COLUMN["family_name"]]
    assert identity.phones[0].startswith("+39 3")
    assert records.aid.for_family(family.id or 0)[0].category == AidCategory.FOOD_VOUCHERS
    entries = [e for e in records.audit.entries(limit=1000) if e.action == AuditAction.IMPORT]
    assert len(entries) == len(households)
    assert all(e.detail.startswith("spreadsheet row ") for e in entries)


def test_one_row_per_family_without_a_household_column(tmp_path: Path) -> None:
    path = write(
        tmp_path / "famiglie.xlsx",
        [
            ["N°", "COGNOME", "nome", "Cod. fiscale", "Tel.", "Data di primo contatto",
             "Come ci ha conosciuto", "Stato", "Data chiusura", "N. minori"],
            [1, "Verdi", "Rosa", None, "0292101234", "2/3/26", "Tramite amici", None, None, 2],
            [2, "Neri", "Ugo", None, "+33 1 42 68 53 00", "5 marzo 2026", "passaparola",
             "Chiuso", "30/04/2026", 0],
        ],
    )  # fmt: skip
    session = session_in(tmp_path / "vault")
    data, mapping = check(session, path)
    assert "household" not in mapping.values()  # "N°" is not a household: left for the person
    mapping[6] = "channel"
    checked = sheet_import.check_sheet(data, mapping, today=TODAY)
    assert [p.text("en") for p in checked.problems] == [
        "Foglio1, row 2, column G (Come ci ha conosciuto): 'Tramite amici' is not one of the "
        "accepted values: Telefono, E-mail, Social network, Passaparola, Invio da partner o "
        "servizi, Altro, Di persona"
    ]
    mapping.pop(6)
    checked = sheet_import.check_sheet(data, mapping, today=TODAY)
    imported = sheet_import.import_sheet(session.records, data, mapping, checked, on=TODAY)
    verdi, neri = (session.records.families.by_code(h.code) for h in imported.households)
    assert (verdi.created_on, verdi.minors, verdi.status) == (
        date(2026, 3, 2),
        2,
        FamilyStatus.FIRST_CONTACT,
    )
    assert (neri.status, neri.closed_on) == (FamilyStatus.CLOSED, date(2026, 4, 30))
    phones = [session.records.identities.get(f.id or 0).phones for f in (verdi, neri)]  # type: ignore[union-attr]
    assert phones == [("+39 02 9210 1234",), ("+33 1 42 68 53 00",)]
    assert verdi.first_contact_channel is None


def test_the_saved_mapping_comes_back_for_the_same_headers(tmp_path: Path) -> None:
    rows = [["Cognome", "Nome", "Ingresso", "Note libere"], ["Gialli", "Ada", "01/02/2026", "x"]]
    path = write(tmp_path / "a.ods", rows)
    session = session_in(tmp_path / "vault")
    data, mapping = check(session, path)
    assert mapping == {0: "family_name", 1: "given_name"}  # "Ingresso" is not guessed
    mapping[2] = "first_contact"
    sheet_import.save_mapping(session.records, data, mapping)

    again = write(tmp_path / "b.csv", [["Note libere", "INGRESSO", "Nome", "Cognome"]])
    data = sheet_import.read_sheet(again)
    assert sheet_import.mapping_for(session.records, data) == {
        1: "first_contact", 2: "given_name", 3: "family_name"
    }  # fmt: skip
    stored = session.records.conn.execute(
        "SELECT value FROM settings WHERE key = 'sheet_import_mapping'"
    ).fetchone()[0]
    assert normalise("Ingresso") in stored and "Gialli" not in stored  # headers, never cells


def test_households_are_checked_as_a_whole(tmp_path: Path) -> None:
    h = HEADERS
    blank = [None] * len(h)

    def row(**values: object) -> list[object]:
        found = list(blank)
        for key, value in values.items():
            found[COLUMN[key]] = value
        return found

    rows = [
        h,
        row(household="A", family_name="Blu", given_name="Eva", first_contact="01/03/2026"),
        row(household="A", family_name="Blu", given_name="Ivo", first_contact="02/03/2026"),
        row(household="B", family_name="Rosa", status="Chiuso"),
        row(family_name="Orfano"),
        row(household="C", given_name="Pia", role="Figlia", birth_year="2016"),
        row(household="C", tax_code="RSSLCU15C10C523G", work="Occupato"),
        row(household="D", family_name="Viola", aid_amount="50"),
    ]
    path = write(tmp_path / "nuclei.csv", rows)  # type: ignore[arg-type]
    session = session_in(tmp_path / "vault")
    data, mapping = check(session, path)
    checked = sheet_import.check_sheet(data, mapping, today=TODAY, lang="en")
    texts = [p.text("en").split(": ", 1)[1] for p in checked.problems]
    assert texts == [
        "'02/03/2026' differs from '01/03/2026' on row 2 of the same household",
        "'Chiuso': a closed household needs its closing date",
        "the household is missing: rows with the same value form one household",
        "there is a tax code but neither a given nor a family name",
        "the role (parent, child, other adult) or the year of birth is missing",
        "there is an amount but no aid date",
    ]
    assert [p.row for p in checked.problems] == [3, 4, 5, 7, 7, 8]


def test_members_take_their_role_from_the_sheet_or_their_age(tmp_path: Path) -> None:
    rows = [
        ["Famiglia", "Cognome", "Nome", "Data di nascita", "Parentela"],
        ["x", "Lilla", "Gea", "12/05/1980", "madre"],
        ["x", "Lilla", "Teo", "2019", None],
        ["x", "Lilla", "Ada", "1950", "nonna"],
    ]
    session = session_in(tmp_path / "vault")
    data, mapping = check(session, write(tmp_path / "s.xlsx", rows))
    checked = sheet_import.check_sheet(data, mapping, today=TODAY)
    (household,) = checked.households
    members = household.bundle.members
    assert [m.role for m in members] == [
        MemberRole.PARENT,
        MemberRole.CHILD,
        MemberRole.OTHER_ADULT,
    ]
    assert [m.birth_year for m in members] == [1980, 2019, 1950]
    assert (household.bundle.family.adults, household.bundle.family.minors) == (2, 1)
    assert household.bundle.family.first_contact_channel is None
    assert Channel.PHONE not in {household.bundle.family.first_contact_channel}


def test_the_same_people_twice_are_refused(tmp_path: Path) -> None:
    rows = [
        ["Nucleo", "Cognome", "Nome", "Codice fiscale"],
        ["1", "Rossi", "Maria", "RSSMRA85T41C523U"],
        ["1", "Rossi", "Luca", "RSSLCU15C10C523G"],
    ]
    session = session_in(tmp_path / "vault")
    data, mapping = check(session, write(tmp_path / "uno.xlsx", rows))
    first = sheet_import.check_sheet(data, mapping, today=TODAY)
    (done,) = sheet_import.import_sheet(session.records, data, mapping, first, on=TODAY).households

    again = sheet_import.check_sheet(
        data, mapping, today=TODAY, in_vault=sheet_import.people_in_vault(session.records)
    )
    assert [p.text("it") for p in again.problems] == [
        f"Foglio1, riga {n}, colonna D (Codice fiscale): '{code}' è già nel vault, nella "
        f"famiglia {done.code}"
        for n, code in ((2, "RSSMRA85T41C523U"), (3, "RSSLCU15C10C523G"))
    ]
    twice = write(tmp_path / "due.csv", [*rows, ["2", "Rossi", "Mario", "rss mra 85t41 c523u"]])
    data = sheet_import.read_sheet(twice)
    checked = sheet_import.check_sheet(data, mapping, today=TODAY)
    assert [p.text("en") for p in checked.problems] == [
        "due, row 4, column D (Codice fiscale): 'rss mra 85t41 c523u' also appears on row 2"
    ]
