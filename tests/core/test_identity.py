"""Team identities: keys made with the vault, a self-signed public file, a team list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import connect
from ripartire_desktop.store.errors import EXIT_DAMAGED, EXIT_USAGE
from ripartire_desktop.store.identity import (
    IdentityError,
    InvalidNameError,
    OwnIdentity,
    Role,
    parse_public,
    spoken_fingerprint,
)
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.team import TEAM_VERSION, TeamError
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.team_fixtures import identity_text
from tests.core.vaults import new_vault


def _own(name: str = "Anna Rossi", role: Role = Role.COUNSELLOR) -> OwnIdentity:
    return OwnIdentity.generate(name, role)


def test_a_new_vault_has_its_own_keys_inside_the_database(data_dir: Path) -> None:
    vault = build_vault(data_dir)
    vault.create(PASSPHRASE, kdf_seconds=0, name="Anna Rossi", role=Role.COORDINATOR)
    vault.unlock_with_passphrase(PASSPHRASE)
    try:
        own = Records(vault.connection).team.require_own()
    finally:
        vault.lock()
    assert own.name == "Anna Rossi" and own.role is Role.COORDINATOR
    assert own.age_identity.startswith("AGE-SECRET-KEY-1")
    secret = own.age_identity.encode()
    for path in data_dir.rglob("*"):  # the private halves only inside the encrypted database
        if path.is_file():
            assert secret not in path.read_bytes()
            assert own.signing_private not in path.read_bytes()


def test_two_vaults_have_different_identities(tmp_path: Path) -> None:
    a, _ = new_vault(tmp_path / "a")
    b, _ = new_vault(tmp_path / "b")
    try:
        fa = Records(a.connection).team.require_own().public().fingerprint
        fb = Records(b.connection).team.require_own().public().fingerprint
    finally:
        a.lock()
        b.lock()
    assert fa != fb


@pytest.mark.parametrize("version", range(1, TEAM_VERSION))
def test_a_vault_from_before_identities_gets_keys_on_its_first_unlock(
    version: int, data_dir: Path
) -> None:
    old = build_vault(data_dir)
    old.create(PASSPHRASE, kdf_seconds=0, schema_version=version)
    conn = connect(old.db_path, old.keys_from_passphrase(PASSPHRASE)[0])
    assert migrations.current_version(conn) == version
    conn.close()
    old.unlock_with_passphrase(PASSPHRASE)
    try:
        first = Records(old.connection).team.require_own()
    finally:
        old.lock()
    old.unlock_with_passphrase(PASSPHRASE)  # made once, then kept
    try:
        assert Records(old.connection).team.require_own() == first
        assert first.role is Role.COUNSELLOR and first.name == ""
    finally:
        old.lock()


def test_the_public_file_reads_back_and_says_no_secret() -> None:
    own = _own()
    text = own.public_text()
    public = parse_public(text.encode())
    assert public == own.public()
    assert len(text.encode()) < 400 and "SECRET" not in text
    assert parse_public(text.replace("\n", "\r\n").encode()) == public  # mailed from Windows
    assert re.fullmatch(r"(\d{5} ){5}\d{5}", public.spoken)


def test_renaming_keeps_the_fingerprint() -> None:
    own = _own()
    renamed = OwnIdentity("Anna R.", Role.COORDINATOR, own.signing_private, own.age_identity)
    assert renamed.public().fingerprint == own.public().fingerprint


def _swap(text: str, field: str, value: str) -> str:
    return re.sub(rf"^{field}: .*$", f"{field}: {value}", text, flags=re.M)


@pytest.mark.parametrize("field", ["name", "role", "age", "signing"])
def test_a_swapped_field_is_detected(field: str) -> None:
    own, other = _own(), _own("Mallory", Role.COORDINATOR)
    theirs = parse_public(other.public_text().encode())
    value = {
        "name": "Mallory",
        "role": "coordinator",
        "age": theirs.age_recipient,
        "signing": re.search(r"^signing: (.*)$", other.public_text(), re.M).group(1),  # type: ignore[union-attr]
    }[field]
    with pytest.raises(IdentityError, match="altered") as caught:
        parse_public(_swap(own.public_text(), field, value).encode())
    assert caught.value.exit_code == EXIT_DAMAGED


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe",
        b"ripartire-identity v2\n",
        b"age1qqqqqq",
        b"ripartire-identity v1\nname: x\n",
        b"x" * 5000,
    ],
    ids=["empty", "binary", "version", "bare-recipient", "truncated", "huge"],
)
def test_files_that_are_not_identities_are_refused(data: bytes) -> None:
    with pytest.raises(IdentityError) as caught:
        parse_public(data)
    assert "\n" not in str(caught.value)


def test_a_bad_age_recipient_or_key_length_is_refused() -> None:
    text = _own().public_text()
    with pytest.raises(IdentityError, match="age recipient"):
        parse_public(_swap(text, "age", "age1notbech32").encode())
    with pytest.raises(IdentityError, match="signing key"):
        parse_public(_swap(text, "signing", "AAAA").encode())


def test_the_spoken_fingerprint_is_groups_of_digits() -> None:
    assert spoken_fingerprint("00" * 32) == "00000 00000 00000 00000 00000 00000"
    assert spoken_fingerprint("ff" * 32) != spoken_fingerprint("fe" + "ff" * 31)


def test_team_add_list_remove(tmp_path: Path) -> None:
    me, _ = new_vault(tmp_path / "me")
    other, _ = new_vault(tmp_path / "other")
    try:
        Records(other.connection).team.set_profile(name="Carla", role=Role.COORDINATOR)
        Records(me.connection).team.set_profile(name="Anna")
        text = identity_text(other)
        team = Records(me.connection).team
        member = team.add("coord", text)
        assert member.identity.name == "Carla" and member.identity.role is Role.COORDINATOR
        assert [m.name for m in team.members()] == ["coord"]
        assert team.by_name("COORD") == member
        with pytest.raises(TeamError, match="already has a member"):
            team.add("Coord", text)
        with pytest.raises(TeamError, match="already in the team"):
            team.add("carla again", text)
        with pytest.raises(TeamError, match="own identity"):
            team.add("me", identity_text(me))
        with pytest.raises(InvalidNameError) as bad_name:
            team.add("a\nb", text)
        assert bad_name.value.exit_code == EXIT_USAGE
        assert [m.name for m in team.members()] == ["coord"]
        team.remove("coord")
        assert team.members() == []
        with pytest.raises(TeamError, match="No team member"):
            team.remove("coord")
    finally:
        me.lock()
        other.lock()


def test_serials_only_grow(data_dir: Path) -> None:
    vault, _ = new_vault(data_dir)
    try:
        team = Records(vault.connection).team
        assert [team.next_serial() for _ in range(3)] == [1, 2, 3]
        # With the clock as the floor: a restored vault (counter rolled back) stays ahead.
        assert team.next_serial(floor=1_780_000_000) == 1_780_000_000
        assert team.next_serial(floor=1_700_000_000) == 1_780_000_001
    finally:
        vault.lock()
