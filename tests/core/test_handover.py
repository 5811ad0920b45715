"""Teamwork between three real vaults (two counsellors and a coordinator): codes with marks never
collide, a family handed over with its receipt end to end, and every bad file refused with
nothing changed on either side."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pyrage
import pytest

from ripartire_desktop.domain import Identity, Person, parse_code
from ripartire_desktop.store.exchange.handover import HandoverFileError
from ripartire_desktop.store.records.handovers import HandedOverError
from ripartire_desktop.store.records.team import InvalidMarkError, TeamError
from ripartire_desktop.usecases import families as family_cases
from ripartire_desktop.usecases import handover as cases
from ripartire_desktop.usecases import records_io
from ripartire_desktop.usecases import team as team_cases
from ripartire_desktop.usecases.session import VaultSession
from tests.core.handover_fixtures import Team, build_team, files_of, identity_text, rows_of
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

TODAY = date(2026, 6, 30)
NOW = datetime(2026, 6, 30, 9, 0, tzinfo=UTC)
TAX_CODE = "RSSMRA85T10A562S"
IDENTIFYING = (
    "NomeZeffiro", "CognomeZeffiro", "Via Zeffiro", "Zeffiro@", "preferenze Zeffiro",
    "richiesta Zeffiro", "nota sportello Zeffiro", "lavoro Zeffiro", "risorse Zeffiro",
    "curriculum Zeffiro", "partecipanti Zeffiro", "colloquio Zeffiro", "passi Zeffiro",
    "chiusura Zeffiro", "esito Zeffiro", TAX_CODE,
)  # fmt: skip


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return build_team(tmp_path)


def _family_with_identity(session: VaultSession, tag: str) -> str:
    family = populated_family(session.records, tag)
    assert family.id is not None
    identity = session.records.identities.get(family.id)
    assert identity is not None
    person = replace(identity.people[0], tax_code=TAX_CODE)
    session.records.identities.save(family.id, replace(identity, people=(person,)))
    return family.code


def test_each_vault_issues_codes_with_its_own_mark_and_they_never_collide(team: Team) -> None:
    codes: list[str] = []
    for session in team.sessions():
        records_io.add_demo(session, families=12, interviews_per_family=1, seed=3, today=TODAY)
        for _ in range(3):
            family, _changes = family_cases.new_family(session.records, on=TODAY)
            codes.append(family.code)
        codes += [c for (c,) in session.records.conn.execute("SELECT code FROM families")]
    assert len(set(codes)) == len(set(codes)) and len(set(codes)) == 3 * 15
    marks = {parse_code(code).mark for code in codes}
    assert marks == {"A", "B", "C"}
    anna = [c for (c,) in team.anna.records.conn.execute("SELECT code FROM families")]
    assert all(parse_code(c).mark == "A" for c in anna)
    assert "RIP-2026-A001" in anna or any(c.startswith("RIP-2025-A0") for c in anna)


def test_a_mark_is_fixed_once_set_and_a_colleagues_mark_is_refused(
    team: Team, tmp_path: Path
) -> None:
    with pytest.raises(TeamError, match="never changes"):
        team_cases.set_mark(team.anna, "Z")
    assert team_cases.set_mark(team.anna, "a").mark == "A"  # the same mark again: no change
    vault, _ = new_vault(tmp_path / "dora")
    dora = VaultSession(vault, holder="test")
    dora.opened()
    team_cases.add_member(dora, "anna", identity_text(team.anna))
    before = rows_of(dora)
    with pytest.raises(InvalidMarkError, match="anna already uses the code mark A"):
        team_cases.set_mark(dora, "A")
    for bad in ("", "ABC", "1", "È"):
        with pytest.raises(InvalidMarkError):
            team_cases.set_mark(dora, bad)
    assert rows_of(dora) == before
    assert team_cases.suggested_mark(dora) != "A"
    # An old vault's codes stay; new ones carry the mark.
    old, _ = family_cases.new_family(dora.records, on=TODAY)
    assert old.code == "RIP-2026-001"
    team_cases.set_mark(dora, "D")
    new, _ = family_cases.new_family(dora.records, on=TODAY)
    assert (old.code, new.code) == ("RIP-2026-001", "RIP-2026-D001")
    assert dora.records.families.by_code("RIP-2026-001").id == old.id
    # A colleague whose file carries a mark already taken in the team is refused at `team add`.
    eva_vault, _ = new_vault(tmp_path / "eva")
    eva = VaultSession(eva_vault, holder="test")
    eva.opened()
    team_cases.relabel_identity(eva, name="Eva")
    team_cases.set_mark(eva, "A")  # her team list is still empty: nothing to compare with
    with pytest.raises(TeamError, match="anna already uses the code mark A"):
        team_cases.add_member(team.bruno, "eva", identity_text(eva))
    with pytest.raises(TeamError, match="This vault already uses the code mark A"):
        team_cases.add_member(team.anna, "eva", identity_text(eva))


def test_a_hand_over_and_its_receipt_end_to_end(team: Team, tmp_path: Path) -> None:
    code = _family_with_identity(team.anna, "Zeffiro")
    team.anna.audit(family_cases.AuditAction.OPEN_FAMILY, family_code=code)
    sent_file = tmp_path / "to-bruno.age"

    written = cases.hand_over(
        team.anna, code, to="bruno", reason="Trasferimento allo sportello di Bruno",
        target=sent_file, now=NOW,
    )  # fmt: skip

    raw = sent_file.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert b"Zeffiro" not in raw and code.encode() not in raw
    assert written.handover.peer_name == "bruno"
    # The sender's copy is read-only from now on, for every editing use case.
    anna_family = team.anna.records.families.by_code(code)
    assert cases.handed_over(team.anna.records, code) is not None
    with pytest.raises(HandedOverError, match="handed over to bruno on 2026-06-30"):
        family_cases.change_status(
            team.anna.records, anna_family.id or 0, family_cases.FamilyStatus.CLOSED, on=TODAY
        )
    with pytest.raises(HandedOverError):
        family_cases.save_consents(team.anna.records, anna_family.id or 0, [], [])

    received = cases.receive(team.bruno, sent_file, now=NOW)
    assert isinstance(received, cases.Received)
    assert received.receipt == tmp_path / "to-bruno-receipt.age"
    here = team.bruno.records.families.by_code(code)  # the same code
    identity = team.bruno.records.identities.get(here.id or 0)
    assert identity is not None and identity.people[0].family_name == "CognomeZeffiro"
    assert [i.notes for i in team.bruno.records.interviews.for_family(here.id or 0)] == [
        "colloquio Zeffiro perché più difficoltà"
    ]
    assert len(team.bruno.records.aid.for_family(here.id or 0)) == 1
    entry = team.bruno.records.audit.entries()[0]
    assert (entry.action, entry.family_code) == ("handover_received", code)
    history = json.loads(team.bruno.records.handovers.get(written.handover.id).history)  # type: ignore[union-attr]
    assert [e["action"] for e in history] == ["open_family"]
    # Bruno can edit it; new codes at Bruno's still carry B.
    family_cases.save_consents(team.bruno.records, here.id or 0, [], [])
    new, _ = family_cases.new_family(team.bruno.records, on=TODAY)
    assert parse_code(new.code).mark == "B"

    applied = cases.receive(team.anna, received.receipt, now=NOW)
    assert isinstance(applied, cases.ReceiptApplied)
    fid = anna_family.id or 0
    assert team.anna.records.identities.get(fid) is None
    kept = team.anna.records.families.by_code(code)
    assert kept.status == anna_family.status and kept.created_on == anna_family.created_on
    notes = team.anna.records.interviews.for_family(fid)
    assert len(notes) == 1 and notes[0].notes == "" and notes[0].duration_minutes == 50
    assert team.anna.records.aid.for_family(fid)[0].amount_cents == 12_345
    # What named or described the family is gone; the counsellor's name (staff) and the
    # supplier paid (the project's accounts) stay.
    left = {
        (table, word)
        for table, rows in rows_of(team.anna).items()
        for row in rows
        for word in IDENTIFYING
        if word in repr(row)
    }
    assert left == set()
    assert team.anna.records.audit.entries()[0].action == "handover_receipt"
    with pytest.raises(HandedOverError):  # still read-only
        family_cases.save_consents(team.anna.records, fid, [], [])


def _unchanged(team: Team, tmp_path: Path, raw: bytes, match: str, *, at: str = "bruno") -> None:
    session = getattr(team, at)
    before = (rows_of(session), files_of(session.data_dir), rows_of(team.anna))
    source = tmp_path / "incoming.age"
    source.write_bytes(raw)
    with pytest.raises(HandoverFileError, match=match):
        cases.receive(session, source, now=NOW)
    assert (rows_of(session), files_of(session.data_dir), rows_of(team.anna)) == before
    assert not (tmp_path / "incoming-receipt.age").exists()
    source.unlink()


def _handed(team: Team, tmp_path: Path, to: str = "bruno") -> tuple[str, bytes]:
    code = _family_with_identity(team.anna, "Quercia")
    target = tmp_path / f"handover-{to}.age"
    cases.hand_over(team.anna, code, to=to, reason="ferie", target=target, now=NOW)
    return code, target.read_bytes()


def test_a_second_receive_of_the_same_file_is_refused(team: Team, tmp_path: Path) -> None:
    _code, raw = _handed(team, tmp_path)
    first = tmp_path / "first.age"
    first.write_bytes(raw)
    cases.receive(team.bruno, first, now=NOW)
    _unchanged(team, tmp_path, raw, "already received here on 2026-06-30")


def test_a_file_for_someone_else_or_altered_is_refused(team: Team, tmp_path: Path) -> None:
    _code, raw = _handed(team, tmp_path, to="carla")
    _unchanged(team, tmp_path, raw, "sealed for someone else")
    altered = bytearray(raw)
    altered[len(altered) // 2] ^= 0x01
    _unchanged(team, tmp_path, bytes(altered), "damaged or altered", at="carla")
    _unchanged(team, tmp_path, b'{"format": "ripartire-handover"}', "not an age file")


def test_a_re_encrypted_or_forged_file_is_refused(team: Team, tmp_path: Path) -> None:
    _code, raw = _handed(team, tmp_path, to="carla")
    carla_key = team.carla.records.team.require_own().decryption_key()
    plain = pyrage.decrypt(raw, [carla_key])
    bruno = team.anna.records.team.by_name("bruno").identity.recipient()
    # Carla passes Anna's hand-over on to Bruno: the signature names Carla as recipient.
    _unchanged(team, tmp_path, pyrage.encrypt(plain, [bruno]), "addressed by anna to another")
    edited = plain.replace(b"ferie", b"ferIE")
    _unchanged(team, tmp_path, pyrage.encrypt(edited, [bruno]), "altered or forged")


def test_a_removed_or_unknown_signer_is_refused(team: Team, tmp_path: Path) -> None:
    _code, raw = _handed(team, tmp_path)
    team_cases.remove_member(team.bruno, "anna")
    _unchanged(team, tmp_path, raw, "not in your team")


def test_a_code_already_present_is_refused_naming_it(team: Team, tmp_path: Path) -> None:
    code, raw = _handed(team, tmp_path)
    # Bruno already holds the same people under his own code (an earlier plain import).
    family, _ = family_cases.new_family(team.bruno.records, on=TODAY)
    team.bruno.records.identities.save(
        family.id or 0,
        Identity(people=(Person(given_name="Mario", family_name="Rossi", tax_code=TAX_CODE),)),
    )
    _unchanged(team, tmp_path, raw, f"{code} is already here as {family.code}")
    # The very code in use here (two vaults from before marks both issued RIP-2026-001).
    with team.bruno.records.transaction():
        team.bruno.records.conn.execute(
            "INSERT INTO issued_codes (code, year, seq, mark) VALUES (?, 2026, ?, 'A')",
            (code, parse_code(code).seq),
        )
    _unchanged(team, tmp_path, raw, f"the code {code} of this hand-over is already used")


def test_receipts_that_do_not_fit_are_refused(team: Team, tmp_path: Path) -> None:
    _code, raw = _handed(team, tmp_path)
    source = tmp_path / "in.age"
    source.write_bytes(raw)
    receipt = cases.receive(team.bruno, source, now=NOW)
    assert isinstance(receipt, cases.Received)
    receipt_raw = receipt.receipt.read_bytes()
    # Carla's vault never wrote that hand-over; re-encrypted to her the signature still names Anna.
    anna_key = team.anna.records.team.require_own().decryption_key()
    carla = team.bruno.records.team.by_name("carla").identity.recipient()
    plain = pyrage.decrypt(receipt_raw, [anna_key])
    _unchanged(team, tmp_path, pyrage.encrypt(plain, [carla]), "to another vault", at="carla")
    before = rows_of(team.anna)
    source.write_bytes(receipt_raw)
    cases.receive(team.anna, source, now=NOW)
    assert rows_of(team.anna) != before
    _unchanged(team, tmp_path, receipt_raw, "already applied", at="anna")


def test_a_desk_contact_is_handed_over_and_its_text_removed_by_the_receipt(
    team: Team, tmp_path: Path
) -> None:
    from ripartire_desktop.domain import Channel, FirstContact, FirstContactOutcome
    from ripartire_desktop.usecases import desk

    contact, _ = desk.save_desk_contact(
        team.anna.records,
        FirstContact(
            occurred_at=datetime(2026, 6, 29, 10, 0),
            channel=Channel.IN_PERSON,
            outcome=FirstContactOutcome.APPOINTMENT_BOOKED,
            request="Chiede aiuto per le bollette",
            notes="Verrà da Bruno giovedì",
            appointment_at=datetime(2026, 7, 2, 9, 30),
        ),
    )
    assert contact.id is not None
    target = tmp_path / "desk.age"
    cases.hand_over_desk_contact(
        team.anna, contact.id, to="bruno", reason="Appuntamento da Bruno", target=target, now=NOW
    )
    with pytest.raises(HandedOverError):
        desk.delete_desk_contact(team.anna.records, contact.id)
    received = cases.receive(team.bruno, target, now=NOW)
    assert isinstance(received, cases.Received) and received.family_id is None
    at_bruno = team.bruno.records.first_contacts.get(received.handover.desk_contact_id or 0)
    assert at_bruno is not None and at_bruno.request == "Chiede aiuto per le bollette"
    assert at_bruno.appointment_at == datetime(2026, 7, 2, 9, 30) and at_bruno.family_id is None
    _unchanged(team, tmp_path, target.read_bytes(), "already received")
    applied = cases.receive(team.anna, received.receipt, now=NOW)
    assert isinstance(applied, cases.ReceiptApplied)
    kept = team.anna.records.first_contacts.get(contact.id)
    assert kept is not None and (kept.request, kept.notes) == ("", "")
    assert kept.channel == Channel.IN_PERSON  # still counted


def test_a_desk_contact_of_a_family_goes_with_the_family(team: Team, tmp_path: Path) -> None:
    family = populated_family(team.anna.records, "Acero")
    contact = team.anna.records.first_contacts.for_family(family.id or 0)[0]
    before = rows_of(team.anna)
    with pytest.raises(HandoverFileError, match=f"belongs to {family.code}"):
        cases.hand_over_desk_contact(
            team.anna, contact.id or 0, to="bruno", reason="x", target=tmp_path / "d.age"
        )
    assert rows_of(team.anna) == before and not (tmp_path / "d.age").exists()


def test_a_family_handed_over_is_counted_by_the_receiver_only(team: Team, tmp_path: Path) -> None:
    from ripartire_desktop.domain import FamilyStatus
    from ripartire_desktop.store.statistics import report_scope

    family = populated_family(team.anna.records, "Betulla")
    active = FamilyStatus.ACTIVE_PATH
    team.anna.records.conn.execute(
        "UPDATE families SET status = 'active_path', opened_on = '2026-03-02' WHERE id = ?",
        (family.id,),
    )

    def counted(session: VaultSession) -> tuple[int, int]:
        conn = session.records.conn
        with report_scope(conn, None, TODAY):
            scope = conn.execute("SELECT count(*) FROM temp.report_scope").fetchone()[0]
        return session.records.families.count(active), scope

    assert counted(team.anna) == (1, 1) and counted(team.bruno) == (0, 0)
    target = tmp_path / "betulla.age"
    cases.hand_over(team.anna, family.code, to="bruno", reason="r", target=target, now=NOW)
    cases.receive(team.bruno, target, now=NOW)
    assert counted(team.anna) == (0, 0)  # the place is free here, the summary leaves it out
    assert counted(team.bruno) == (1, 1)


def test_a_lost_file_may_be_written_again_until_the_receipt_comes_back(
    team: Team, tmp_path: Path
) -> None:
    code = populated_family(team.anna.records, "Frassino").code
    lost, again = tmp_path / "lost.age", tmp_path / "again.age"
    cases.hand_over(team.anna, code, to="bruno", reason="r", target=lost, now=NOW)
    with pytest.raises(HandedOverError, match="already handed over to bruno"):
        cases.hand_over(team.anna, code, to="carla", reason="r", target=again, now=NOW)
    assert not again.exists()
    cases.hand_over(team.anna, code, to="bruno", reason="r", target=again, now=NOW)
    received = cases.receive(team.bruno, again, now=NOW)
    assert isinstance(received, cases.Received)
    _unchanged(team, tmp_path, lost.read_bytes(), f"the code {code} of this hand-over is already")
    cases.receive(team.anna, received.receipt, now=NOW)
    with pytest.raises(HandedOverError):
        cases.hand_over(team.anna, code, to="bruno", reason="r", target=tmp_path / "x", now=NOW)


@pytest.mark.parametrize(
    ("code", "parts"),
    [("RIP-2026-A017", (2026, "A", 17)), ("RIP-2026-BR1000", (2026, "BR", 1000)),
     ("RIP-2026-017", (2026, "", 17))],
)  # fmt: skip
def test_codes_of_both_forms_parse_and_print_back(code: str, parts: tuple[int, str, int]) -> None:
    from ripartire_desktop.domain import format_family_code, parse_family_code

    assert (parse_code(code).year, parse_code(code).mark, parse_code(code).seq) == parts
    assert str(parse_code(code)) == code
    assert format_family_code(parts[0], parts[2], mark=parts[1]) == code
    assert parse_family_code(code) == (parts[0], parts[2])


@pytest.mark.parametrize(
    "bad", ["RIP-2026-a017", "RIP-2026-ABC017", "RIP-2026-A0017", "RIP-2026-A17", "RIP-2026-Å017",
            "RIP-2026-A 017", "RIP-2026-A000"],
)  # fmt: skip
def test_marked_codes_have_one_spelling(bad: str) -> None:
    from ripartire_desktop.domain import ValidationError

    with pytest.raises(ValidationError):
        parse_code(bad)


def test_marked_codes_sort_by_year_mark_and_number() -> None:
    from ripartire_desktop.domain import family_code_sort_key

    codes = ["RIP-2026-B002", "RIP-2026-A1000", "RIP-2025-B900", "RIP-2026-010", "RIP-2026-A999"]
    assert sorted(codes, key=family_code_sort_key) == [
        "RIP-2025-B900", "RIP-2026-010", "RIP-2026-A999", "RIP-2026-A1000", "RIP-2026-B002",
    ]  # fmt: skip
