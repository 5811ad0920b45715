"""Budget lines per funder and year (issue 17): the migration of the old single budget, the
use cases and their refusals, which line a payment is paid from, the family file, the demo and
`ripartire budget`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ripartire_desktop.domain import (
    AidCategory,
    AidPayment,
    BudgetLine,
    PayeeKind,
    ValidationError,
    resolve_line,
)
from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import connect
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.exchange import export_family, import_families, parse_document
from ripartire_desktop.store.exchange.export import dumps
from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases import budget as budget_cases
from ripartire_desktop.usecases.compose import build_vault
from ripartire_desktop.usecases.families import save_aid_payments
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

CARIPLO = BudgetLine(
    name="Fondazione Cariplo 2026", funder="Fondazione Cariplo", year=2026, amount_cents=1_500_000
)
COMUNE = BudgetLine(
    name="Comune di Cernusco 2026", funder="Comune di Cernusco", year=2026, amount_cents=800_000
)


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault.connection)


def payment(family_id: int, day: date, cents: int, line_id: int | None = None) -> AidPayment:
    return AidPayment(
        family_id=family_id,
        paid_on=day,
        category=AidCategory.ENERGY_BILLS,
        amount_cents=cents,
        payee_kind=PayeeKind.FAMILY,
        budget_line_id=line_id,
    )


def _budget_version() -> int:
    return next(m.version for m in migrations.available() if m.name == "budget_lines")


# --- the migration ----------------------------------------------------------------------------


def test_the_old_budget_becomes_a_line_of_this_year_with_every_payment(data_dir: Path) -> None:
    before = _budget_version() - 1
    old = build_vault(data_dir, kdf_policy=TEST_POLICY)
    old.create(PASSPHRASE, kdf_seconds=0, schema_version=before)
    conn = connect(old.db_path, old.keys_from_passphrase(PASSPHRASE)[0])
    conn.executescript(
        """
        INSERT INTO settings (key, value) VALUES ('organisation', 'Associazione Ripartire'),
            ('aid_budget_cents', '3500000');
        INSERT INTO issued_codes (code, year, seq) VALUES ('RIP-2025-001', 2025, 1);
        INSERT INTO families (code, status, created_on, updated_on)
            VALUES ('RIP-2025-001', 'intake', '2025-01-02', '2025-01-02');
        INSERT INTO aid_payments (family_id, paid_on, category, amount_cents, payee_kind)
            VALUES (1, '2025-02-01', 'energy_bills', 12000, 'family'),
                   (1, '2025-03-01', 'food_vouchers', 5000, 'family');
        """
    )
    conn.close()
    old.unlock_with_passphrase(PASSPHRASE)
    try:
        records = Records(old.connection)
        [use] = budget_cases.budget_use(records)
        year = date.today().year
        assert use.line.name == f"Budget {year}" and use.line.year == year
        assert (use.line.funder, use.line.amount_cents) == ("Associazione Ripartire", 3_500_000)
        assert (use.spent_cents, use.payments, use.remaining_cents) == (17_000, 2, 3_483_000)
        stored = old.connection.execute("SELECT key FROM settings").fetchall()
        assert ("aid_budget_cents",) not in stored
    finally:
        old.lock()


def test_a_vault_without_budget_or_payments_gets_no_line(data_dir: Path) -> None:
    old = build_vault(data_dir, kdf_policy=TEST_POLICY)
    old.create(PASSPHRASE, kdf_seconds=0, schema_version=_budget_version() - 1)
    old.unlock_with_passphrase(PASSPHRASE)
    try:
        assert budget_cases.budget_lines(Records(old.connection)) == []
    finally:
        old.lock()


# --- the use cases ----------------------------------------------------------------------------


def test_lines_are_added_edited_listed_and_removed(records: Records) -> None:
    comune, _ = budget_cases.save_budget_line(records, COMUNE)
    cariplo, changes = budget_cases.save_budget_line(
        records, BudgetLine(name="  Cariplo 2026 ", funder=" Fondazione Cariplo", year=2026,
                            amount_cents=1)
    )  # fmt: skip
    assert cariplo.name == "Cariplo 2026" and cariplo.funder == "Fondazione Cariplo"
    assert "settings" in {k.value for k in changes.kinds}
    budget_cases.save_budget_line(records, BudgetLine(**{**_fields(cariplo), "amount_cents": 9}))
    older, _ = budget_cases.save_budget_line(
        records, BudgetLine(name="Doniamo Energia", funder="Doniamo Energia", year=2025,
                            amount_cents=0)
    )  # fmt: skip
    names = [line.name for line in budget_cases.budget_lines(records)]
    assert names == ["Comune di Cernusco 2026", "Cariplo 2026", "Doniamo Energia"]
    assert budget_cases.find_line(records, "cariplo 2026").amount_cents == 9
    assert older.id is not None and comune.id is not None
    budget_cases.remove_budget_line(records, older.id)
    assert [line.name for line in budget_cases.budget_lines(records)][-1] == "Cariplo 2026"


def _fields(line: BudgetLine) -> dict[str, object]:
    return {
        "id": line.id,
        "name": line.name,
        "funder": line.funder,
        "year": line.year,
        "amount_cents": line.amount_cents,
    }


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ({"name": "   "}, "name"),
        ({"funder": ""}, "funder"),
        ({"year": 1999}, "year"),
        ({"amount_cents": -1}, "amount_cents"),
    ],
)
def test_a_bad_line_is_refused_by_field(line: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        BudgetLine(**{**_fields(CARIPLO), **line})  # type: ignore[arg-type]
    assert caught.value.field == field


def test_refusals_change_nothing(records: Records) -> None:
    cariplo, _ = budget_cases.save_budget_line(records, CARIPLO)
    family = populated_family(records, "Bilancio")
    assert family.id is not None and cariplo.id is not None
    save_aid_payments(records, family.id, [payment(family.id, date(2026, 3, 1), 5000)], [])
    with pytest.raises(ValidationError, match="already a budget line"):
        budget_cases.save_budget_line(
            records, BudgetLine(**{**_fields(COMUNE), "name": "FONDAZIONE cariplo 2026"})
        )
    with pytest.raises(ValidationError, match="1 aid payment"):
        budget_cases.remove_budget_line(records, cariplo.id)
    with pytest.raises(ValidationError, match="no budget line called"):
        budget_cases.find_line(records, "Nessuna")
    with pytest.raises(ValidationError, match="no longer exists"):
        budget_cases.save_budget_line(records, BudgetLine(**{**_fields(COMUNE), "id": 999}))
    [use] = budget_cases.budget_use(records)
    assert (use.line, use.payments) == (cariplo, 1)


# --- which line a payment is paid from -------------------------------------------------------


def test_a_payment_goes_to_the_only_line_of_its_year_or_must_choose(records: Records) -> None:
    family = populated_family(records, "Linee")
    fid = family.id
    assert fid is not None
    before = len(records.aid.for_family(fid))
    save_aid_payments(records, fid, [payment(fid, date(2026, 2, 1), 1000)], [])  # no lines yet
    cariplo, _ = budget_cases.save_budget_line(records, CARIPLO)
    save_aid_payments(records, fid, [payment(fid, date(2026, 2, 2), 2000)], [])
    stored = {p.amount_cents: p.budget_line_id for p in records.aid.for_family(fid)}
    assert stored[1000] is None and stored[2000] == cariplo.id
    comune, _ = budget_cases.save_budget_line(records, COMUNE)
    two = [payment(fid, date(2026, 2, 3), 3000), payment(fid, date(2026, 2, 4), 4000)]
    with pytest.raises(ValidationError, match="2 budget lines are open for 2026"):
        save_aid_payments(records, fid, two, [])
    with pytest.raises(ValidationError, match="no budget line for 2027"):
        save_aid_payments(records, fid, [payment(fid, date(2027, 1, 5), 5000)], [])
    assert len(records.aid.for_family(fid)) == before + 2  # nothing of the refused saves
    save_aid_payments(records, fid, [payment(fid, date(2026, 2, 3), 3000, comune.id)], [])
    uses = {u.line.name: u for u in budget_cases.budget_use(records)}
    assert uses[COMUNE.name].spent_cents == 3000 and uses[CARIPLO.name].spent_cents == 2000
    with pytest.raises(ValidationError, match="not a budget line"):
        resolve_line([cariplo], 2026, 12345)


# --- the family file ---------------------------------------------------------------------------


def test_the_family_file_carries_the_line_and_an_import_finds_or_adds_it(
    records: Records, tmp_path: Path
) -> None:
    budget_cases.save_budget_line(records, CARIPLO)
    family = populated_family(records, "Scambio")
    assert family.id is not None
    save_aid_payments(records, family.id, [payment(family.id, date(2026, 4, 1), 7000)], [])
    doc = export_family(records, family.code)
    paid = [p for p in doc["family"]["aid_payments"] if p["amount_cents"] == 7000]
    assert paid[0]["budget_line"] == {
        "name": "Fondazione Cariplo 2026",
        "funder": "Fondazione Cariplo",
        "year": 2026,
    }
    other, _ = new_vault(tmp_path / "other")
    try:
        there = Records(other.connection)
        budget_cases.save_budget_line(there, BudgetLine(**{**_fields(COMUNE), "id": None}))
        [imported] = import_families(there, parse_document(dumps(doc)), on=date(2026, 7, 1))
        lines = {u.line.name: u for u in budget_cases.budget_use(there)}
        added = lines["Fondazione Cariplo 2026"]
        assert added.line.amount_cents == 0  # the amount is each vault's own: filled in later
        assert added.spent_cents == 7000
        # The fixture's own payment was stored with no line: here it goes to 2026's only
        # line before the file's line was added.
        assert lines[COMUNE.name].payments == 1
        again = export_family(there, imported.code_assigned)["family"]["aid_payments"]
        assert [p["budget_line"]["name"] for p in again] == [COMUNE.name, CARIPLO.name]
    finally:
        other.lock()


def test_a_file_naming_a_line_badly_is_refused_by_path(records: Records) -> None:
    family = populated_family(records, "Rotto")
    doc = export_family(records, family.code)
    doc["family"]["aid_payments"][0]["budget_line"] = {"name": "X", "funder": "Y", "year": 1850}
    from ripartire_desktop.store.exchange import FamilyFileError

    with pytest.raises(FamilyFileError) as caught:
        parse_document(dumps(doc))
    assert caught.value.path == "family.aid_payments[0].budget_line.year"


# --- the demo --------------------------------------------------------------------------------


def test_the_demo_pays_from_two_funders_lines_of_each_payment_year(vault: Vault) -> None:
    generate_demo(
        vault.connection, families=40, interviews_per_family=1, seed=3, today=date(2026, 7, 10)
    )
    records = Records(vault.connection)
    uses = budget_cases.budget_use(records)
    assert {u.line.funder for u in uses} == {
        "Fondazione Cariplo",
        "Comune di Cernusco sul Naviglio",
    }
    assert len({u.line.year for u in uses}) >= 2
    assert all(u.payments > 0 for u in uses)
    rows = vault.connection.execute(
        "SELECT p.paid_on, b.year FROM aid_payments p JOIN budget_lines b "
        "ON b.id = p.budget_line_id"
    ).fetchall()
    total = vault.connection.execute("SELECT count(*) FROM aid_payments").fetchone()[0]
    assert len(rows) == total > 0
    assert all(int(paid[:4]) == year for paid, year in rows)


# --- ripartire budget --------------------------------------------------------------------------


def test_budget_commands(data_dir: Path, passphrase_file: Path, cli) -> None:  # type: ignore[no-untyped-def]
    vault, _ = new_vault(data_dir)
    vault.lock()
    on = ["--data-dir", data_dir, "--passphrase-file", passphrase_file]
    r = cli("budget", "list", *on)
    assert r.code == 0 and "No budget lines yet" in r.out
    r = cli("budget", "add", "Fondazione Cariplo 2026", "--funder", "Fondazione Cariplo",
            "--year", "2026", "--amount", "15.000,00", *on)  # fmt: skip
    assert r.code == 0 and "15.000,00 €" in r.out, r.err
    refused = [
        ("budget", "add", "fondazione CARIPLO 2026", "--funder", "X", "--year", "2026"),
        ("budget", "edit", "Nessuna", "--amount", "5"),
        ("budget", "remove", "Nessuna"),
    ]
    for args in refused:
        r = cli(*args, *on)
        assert r.code == 1 and len(r.err.strip().splitlines()) == 1, (args, r.err)
    usage = [
        ("budget", "add", "Comune 2026", "--funder", "Comune", "--year", "26"),
        ("budget", "add", "Comune 2026", "--funder", "Comune", "--year", "2026", "--amount", "-3"),
        ("budget", "edit", "Fondazione Cariplo 2026"),
    ]
    for args in usage:
        assert cli(*args, *on).code == 2, args
    r = cli("budget", "edit", "fondazione cariplo 2026", "--name", "Cariplo 2026",
            "--amount", "20000", *on)  # fmt: skip
    assert r.code == 0, r.err
    r = cli("budget", "list", "--lang", "en", *on)
    assert r.code == 0 and "Cariplo 2026" in r.out and "€20,000.00" in r.out
    assert "Fondazione Cariplo 2026" not in r.out
    assert cli("budget", "remove", "Cariplo 2026", *on).code == 0
    assert "No budget lines yet" in cli("budget", "list", *on).out
