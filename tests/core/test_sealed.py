"""Sealed bundles on real age files between three real vaults: what is accepted, what is not."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pyrage
import pytest

from ripartire_desktop.reports import bundle, sealed
from ripartire_desktop.reports.sealed import SealedBundleError
from ripartire_desktop.store.errors import EXIT_DAMAGED
from ripartire_desktop.store.records import Records
from tests.core.team_fixtures import NOW, Team, build_team, identity_text, open_at, seal_from
from tests.core.test_reports_aggregates import summary_of


@pytest.fixture
def team(tmp_path: Path) -> Team:
    t = build_team(tmp_path)
    yield t  # type: ignore[misc]
    t.lock()


def _plain(team: Team, raw: bytes) -> bytes:
    """What only the coordinator can read: the signed content (to forge from, in tests)."""
    own = Records(team.coord.connection).team.require_own()
    return pyrage.decrypt(raw, [own.decryption_key()])


def _to_coord(team: Team, plain: bytes) -> bytes:
    """An attacker can always encrypt to the coordinator: its recipient is public."""
    public = Records(team.coord.connection).team.require_own().public()
    return pyrage.encrypt(plain, [public.recipient()])


def _edit_signed(team: Team, raw: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    head, body = _plain(team, raw).split(b"\n", 3)[:3], _plain(team, raw).split(b"\n", 3)[3]
    doc = json.loads(body)
    change(doc)
    new_body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    return _to_coord(team, b"\n".join([*head, new_body]))


def _refused(team: Team, raw: bytes, match: str) -> SealedBundleError:
    with pytest.raises(SealedBundleError, match=match) as caught:
        open_at(team.coord, raw)
    assert caught.value.exit_code == EXIT_DAMAGED
    assert "\n" not in str(caught.value)
    return caught.value


def test_a_sealed_bundle_opens_at_the_coordinator_with_the_same_counts(team: Team) -> None:
    raw = seal_from(team.anna)
    opened = open_at(team.coord, raw)
    assert opened.summary == summary_of(team.anna)
    assert opened.sender.name == "anna" and opened.serial == 1
    assert opened.created == "2026-07-10T09:30:00Z"


def test_nothing_readable_is_in_the_file(team: Team) -> None:
    raw = seal_from(team.anna)
    assert raw.startswith(b"age-encryption.org/v1\n")
    for word in (b"counts", b"first_contacts", b"small_cell_k", b"sources", b"Ente", b"2026"):
        assert word not in raw


def test_it_is_a_standard_age_file_pyrage_opens(team: Team) -> None:
    plain = _plain(team, seal_from(team.anna))
    assert plain.startswith(b"ripartire-sealed-summary v1\nsender: ")
    body = json.loads(plain.split(b"\n", 3)[3])
    assert body["bundle"]["counts"] == summary_of(team.anna).counts


@pytest.mark.skipif(shutil.which("age") is None, reason="the Debian `age` tool is not installed")
def test_the_standard_age_tool_opens_it(team: Team, tmp_path: Path) -> None:
    bundle_file, key_file = tmp_path / "a.age", tmp_path / "coord.key"
    bundle_file.write_bytes(seal_from(team.anna))
    own = Records(team.coord.connection).team.require_own()
    key_file.write_text(own.age_identity + "\n", encoding="ascii")
    key_file.chmod(0o600)
    done = subprocess.run(
        ["age", "--decrypt", "-i", str(key_file), str(bundle_file)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert done.stdout == _plain(team, bundle_file.read_bytes())
    public = own.public().age_recipient
    encrypted = subprocess.run(  # and the other way: a file made by `age` opens with pyrage
        ["age", "-r", public], input=b"hello", capture_output=True, check=True, timeout=60
    ).stdout
    assert pyrage.decrypt(encrypted, [own.decryption_key()]) == b"hello"


# --- refusals --------------------------------------------------------------------------------


def test_every_flipped_byte_is_refused(team: Team) -> None:
    raw = seal_from(team.anna)
    for offset in range(len(raw)):
        damaged = bytearray(raw)
        damaged[offset] ^= 0x01
        with pytest.raises(SealedBundleError) as caught:
            open_at(team.coord, bytes(damaged))
        assert caught.value.exit_code == EXIT_DAMAGED, offset


def test_truncated_or_extended_files_are_refused(team: Team) -> None:
    raw = seal_from(team.anna)
    for damaged in (raw[:-1], raw[: len(raw) // 2], raw[:30], raw + b"\0"):
        with pytest.raises(SealedBundleError):
            open_at(team.coord, damaged)


def test_an_unknown_signer_is_refused(team: Team) -> None:
    raw = seal_from(team.anna)
    Records(team.coord.connection).team.remove("anna")
    _refused(team, raw, "not in your team")


def test_a_bundle_for_someone_else_is_refused(team: Team) -> None:
    Records(team.anna.connection).team.add("bruno", identity_text(team.bruno))
    _refused(team, seal_from(team.anna, "bruno"), "sealed for someone else")


def test_a_bundle_re_addressed_to_the_coordinator_is_refused(team: Team) -> None:
    """Bruno receives a bundle Anna sealed to him and re-encrypts it to the coordinator."""
    Records(team.anna.connection).team.add("bruno", identity_text(team.bruno))
    raw = seal_from(team.anna, "bruno")
    bruno_key = Records(team.bruno.connection).team.require_own().decryption_key()
    forwarded = _to_coord(team, pyrage.decrypt(raw, [bruno_key]))
    _refused(team, forwarded, "addressed by anna to another vault")


@pytest.mark.parametrize(
    ("what", "path", "value"),
    [
        ("small_cell_k lowered", ["bundle", "settings", "small_cell_k"], 3),
        ("source id changed", ["bundle", "sources"], ["fedcba9876543210"]),
        ("a count changed", ["bundle", "counts", "families_reached"], 999),
        ("re-dated", ["created"], "2027-01-01T00:00:00Z"),
        ("serial raised", ["serial"], 99),
        ("recipient changed", ["recipient"], "0" * 64),
    ],
)
def test_an_edited_signed_field_is_refused(
    team: Team, what: str, path: list[str], value: object
) -> None:
    def change(doc: dict) -> None:  # type: ignore[type-arg]
        node = doc
        for key in path[:-1]:
            node = node[key]
        assert path[-1] in node, what
        node[path[-1]] = value

    _refused(team, _edit_signed(team, seal_from(team.anna), change), "altered or forged")


def test_a_sender_header_swapped_to_another_member_is_refused(team: Team) -> None:
    head = _plain(team, seal_from(team.anna)).split(b"\n", 3)
    bruno_fp = Records(team.bruno.connection).team.require_own().public().fingerprint
    head[1] = f"sender: {bruno_fp}".encode()
    _refused(team, _to_coord(team, b"\n".join(head)), "does not match the key of bruno")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b'{"format": "ripartire-summary", "version": 1}', "unsealed bundle"),
        (b"%PDF-1.4", "not an age file"),
        (b"", "not an age file"),
    ],
)
def test_files_that_are_not_sealed_bundles_are_refused(
    team: Team, content: bytes, match: str
) -> None:
    _refused(team, content, match)


def test_an_age_file_of_something_else_is_refused(team: Team) -> None:
    _refused(team, _to_coord(team, b"hello coordinator"), "not a sealed summary bundle")


def test_an_old_plain_bundle_is_refused(team: Team) -> None:
    _refused(team, bundle.dumps(summary_of(team.anna)), "unsealed bundle")


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.age"
    with huge.open("wb") as handle:
        handle.truncate(sealed.MAX_SEALED_BYTES + 1)  # sparse: nothing to read anyway
    with pytest.raises(SealedBundleError, match="too large"):
        sealed.read_capped(huge)


def test_something_other_than_a_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.age"
    os.mkfifo(fifo)
    with pytest.raises(SealedBundleError, match="not a regular file"):
        sealed.read_capped(fifo)  # opening a FIFO would wait for a writer forever


def test_two_bundles_of_one_vault_in_one_merge_are_refused(team: Team) -> None:
    first, second = seal_from(team.anna), seal_from(team.anna)
    coord_team = Records(team.coord.connection).team
    opened = [open_at(team.coord, first), open_at(team.coord, second)]
    with pytest.raises(SealedBundleError, match="same vault"):
        sealed.check_merge_set(opened, coord_team)


def test_an_older_bundle_replayed_after_a_newer_one_is_refused(team: Team) -> None:
    old, new = seal_from(team.anna), seal_from(team.anna)
    coord_team = Records(team.coord.connection).team
    newer = open_at(team.coord, new)
    sealed.check_merge_set([newer], coord_team)
    coord_team.record_merged(sealed.registry_entries([newer]))
    with pytest.raises(SealedBundleError, match="older bundle of anna"):
        sealed.check_merge_set([open_at(team.coord, old)], coord_team)
    sealed.check_merge_set([open_at(team.coord, new)], coord_team)  # the same one again: fine
    newest = open_at(team.coord, seal_from(team.anna))  # a correction: fine
    sealed.check_merge_set([newest], coord_team)


def test_a_second_bundle_with_a_used_serial_is_refused(team: Team) -> None:
    anna = Records(team.anna.connection).team
    recipient = anna.by_name("coord").identity
    summary = summary_of(team.anna)

    def sealed_with(s: object) -> bytes:
        return sealed.seal(s, sender=anna.require_own(), recipient=recipient, serial=5, now=NOW)  # type: ignore[arg-type]

    coord_team = Records(team.coord.connection).team
    first = open_at(team.coord, sealed_with(summary))
    coord_team.record_merged(sealed.registry_entries([first]))
    other = open_at(team.coord, sealed_with(replace(summary, k=6)))
    with pytest.raises(SealedBundleError, match="second, different bundle"):
        sealed.check_merge_set([other], coord_team)


def test_open_files_names_the_refused_file(team: Team, tmp_path: Path) -> None:
    good, bad = tmp_path / "anna.age", tmp_path / "bruno.age"
    good.write_bytes(seal_from(team.anna))
    raw = bytearray(seal_from(team.bruno))
    raw[-5] ^= 0x10
    bad.write_bytes(bytes(raw))
    coord_team = Records(team.coord.connection).team
    with pytest.raises(SealedBundleError, match=r"^bruno\.age: damaged or altered"):
        sealed.open_files([good, bad], own=coord_team.require_own(), team=coord_team)
    opened = sealed.open_files([good], own=coord_team.require_own(), team=coord_team)
    assert [o.sender.name for o in opened] == ["anna"]
