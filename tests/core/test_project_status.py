"""The project's places across three real vaults (two counsellors, one coordinator): the places
list in sealed bundles (and older bundles without it), the coordinator's signed status, loading
it, the dashboard's figures and the admission warning; replays, removed or wrong signers,
statuses for someone else, altered ones, and what removal from the team stops."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest

from ripartire_desktop.domain import FamilyStatus
from ripartire_desktop.reports import project_status as status_format
from ripartire_desktop.reports.project_status import ProjectStatusError
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.team import TeamError
from ripartire_desktop.usecases import project_status, summaries
from ripartire_desktop.usecases.project_status import STALE_AFTER
from tests.core.team_fixtures import NOW, Team, build_team, identity_text, open_at, seal_from


@pytest.fixture
def team(tmp_path: Path) -> Team:
    made = build_team(tmp_path)
    yield made
    made.lock()


def records(vault) -> Records:  # type: ignore[no-untyped-def]
    return Records(vault.connection)


def _write(team: Team, target: Path, *, bruno_places: bool = True) -> project_status.StatusWritten:
    opened = [
        open_at(team.coord, seal_from(team.anna)),
        open_at(team.coord, seal_from(team.bruno, places=bruno_places)),
    ]
    return project_status.write_status(records(team.coord), opened, target, now=NOW)


def _state(vault) -> tuple[str | None, int]:  # type: ignore[no-untyped-def]
    held = records(vault).places.held()
    entries = vault.connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return (None if held is None else held.digest), entries


def test_bundles_carry_codes_and_days_only_and_the_status_adds_them_up(
    team: Team, tmp_path: Path
) -> None:
    anna = records(team.anna).places.snapshot()
    opened = open_at(team.coord, seal_from(team.anna))
    assert opened.places == anna
    assert anna.active and anna.waiting
    written = _write(team, tmp_path / "status.age")
    bruno = records(team.bruno).places.snapshot()
    status = written.status
    assert status.taken == len(anna.active) + len(bruno.active)
    assert status.waiting == len(anna.waiting) + len(bruno.waiting)
    assert status.capacity == 25 and status.as_of == NOW.date() and not status.missing
    assert [(v.name, v.active, v.waiting) for v in status.vaults] == [
        ("anna", len(anna.active), len(anna.waiting)),
        ("bruno", len(bruno.active), len(bruno.waiting)),
    ]
    waiting = [w.code for w in status.waiting_list]
    assert sorted(waiting) == sorted(p.code for p in (*anna.waiting, *bruno.waiting))
    assert written.recipients == ("anna", "bruno")
    # The coordinator holds what it sent: its dashboard shows the same figures.
    assert project_status.held_status(records(team.coord)) == status
    # No name of any family leaves in the status (only codes, days and the vaults' handles).
    body = records(team.coord).places.held().body  # type: ignore[union-attr]
    names = team.anna.connection.execute("SELECT given_name FROM identity_people").fetchall()
    assert names and not any(name in body for (name,) in names if name)


def test_both_counsellors_load_it_and_see_the_project(team: Team, tmp_path: Path) -> None:
    target = tmp_path / "status.age"
    written = _write(team, target)
    for vault in (team.anna, team.bruno):
        loaded = project_status.load_status(records(vault), target, now=NOW)
        assert loaded.status == written.status and loaded.signer == "coord"
        places = project_status.project_places(records(vault), today=NOW.date())
        assert places is not None and not places.stale and not places.full
        assert (places.taken, places.capacity) == (written.status.taken, 25)
        stale_day = written.status.as_of + STALE_AFTER + timedelta(days=1)
        later = project_status.project_places(records(vault), today=stale_day)
        assert later is not None and later.stale


def test_an_older_bundle_without_places_is_merged_and_said_to_lack_them(
    team: Team, tmp_path: Path
) -> None:
    old = open_at(team.coord, seal_from(team.bruno, places=False))
    assert old.places is None  # a version-1 bundle opens, with its counts
    assert old.summary.counts
    written = _write(team, tmp_path / "status.age", bruno_places=False)
    assert written.status.missing == ("bruno",)
    assert written.status.taken == len(records(team.anna).places.snapshot().active)
    only_old = [open_at(team.coord, seal_from(team.bruno, places=False))]
    with pytest.raises(ProjectStatusError, match="older version"):
        project_status.write_status(records(team.coord), only_old, tmp_path / "x.age", now=NOW)
    assert not (tmp_path / "x.age").exists()


def test_admission_warns_when_the_project_is_full_by_the_latest_status(
    team: Team, tmp_path: Path
) -> None:
    coord = records(team.coord)
    coord.settings.save(dataclasses.replace(coord.settings.load(), capacity=5))
    target = tmp_path / "status.age"
    written = _write(team, target)
    assert written.status.taken >= 5
    anna = records(team.anna)
    assert project_status.admission_warning(anna, today=NOW.date()) is None  # nothing loaded
    project_status.load_status(anna, target, now=NOW)
    warning = project_status.admission_warning(anna, today=NOW.date())
    assert warning is not None and warning.as_of == NOW.date() and warning.capacity == 5
    # It warns; it does not refuse: the vault's own capacity still decides the path.
    waiting = anna.families.waiting_list()[0]
    assert waiting.family_id is not None
    from ripartire_desktop.usecases.families import change_status

    change = change_status(anna, waiting.family_id, FamilyStatus.ACTIVE_PATH, on=NOW.date())
    assert change.family.status == FamilyStatus.ACTIVE_PATH


def test_a_replayed_or_repeated_status_is_refused_and_changes_nothing(
    team: Team, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.age", tmp_path / "second.age"
    _write(team, first)
    opened = [open_at(team.coord, seal_from(team.anna))]
    project_status.write_status(records(team.coord), opened, second, now=NOW + timedelta(days=1))
    anna = records(team.anna)
    project_status.load_status(anna, second, now=NOW)
    before = _state(team.anna)
    with pytest.raises(ProjectStatusError, match="older than the status already loaded"):
        project_status.load_status(anna, first, now=NOW)
    with pytest.raises(ProjectStatusError, match="already loaded"):
        project_status.load_status(anna, second, now=NOW)
    assert _state(team.anna) == before


def test_a_removed_or_unknown_signer_is_refused(team: Team, tmp_path: Path) -> None:
    target = tmp_path / "status.age"
    _write(team, target)
    anna = records(team.anna)
    anna.team.remove("coord")
    before = _state(team.anna)
    with pytest.raises(ProjectStatusError, match="not in your team"):
        project_status.load_status(anna, target, now=NOW)
    assert _state(team.anna) == before


def test_a_status_signed_by_a_counsellor_is_refused(team: Team, tmp_path: Path) -> None:
    """Only the coordinator's status counts: a colleague's, even from the team, is refused."""
    anna, bruno = records(team.anna), records(team.bruno)
    anna.team.add("bruno", identity_text(team.bruno))
    share = status_format.Share("bruno", "b" * 64, "2026-07-10T09:30:00Z", bruno.places.snapshot())
    document = status_format.build(
        [share], capacity=25, signer=bruno.team.require_own().public().fingerprint,
        recipients=[anna.team.require_own().public().fingerprint], issued=NOW, serial=1,
    )  # fmt: skip
    raw = status_format.seal(
        document, signer=bruno.team.require_own(), recipients=[anna.team.require_own().public()]
    )
    target = tmp_path / "from-bruno.age"
    target.write_bytes(raw)
    with pytest.raises(ProjectStatusError, match="not the coordinator"):
        project_status.load_status(anna, target, now=NOW)
    assert anna.places.held() is None


def test_a_status_for_someone_else_re_addressed_or_altered_is_refused(
    team: Team, tmp_path: Path
) -> None:
    coord, anna = records(team.coord), records(team.anna)
    own = coord.team.require_own()
    share = status_format.Share("anna", "a" * 64, "2026-07-10T09:30:00Z", anna.places.snapshot())

    def document(recipients: list[str], **changed: object) -> dict[str, object]:
        made = status_format.build(
            [share], capacity=25, signer=own.public().fingerprint, recipients=recipients,
            issued=NOW, serial=9,
        )  # fmt: skip
        return {**made, **changed}

    bruno_fp = coord.team.by_name("bruno").fingerprint
    anna_public = coord.team.by_name("anna").identity
    cases = {
        # Encrypted to bruno only: anna's key does not open it.
        "for-bruno": status_format.seal(
            document([bruno_fp]), signer=own, recipients=[coord.team.by_name("bruno").identity]
        ),
        # Signed for bruno, then encrypted to anna as well.
        "re-addressed": status_format.seal(
            document([bruno_fp]), signer=own, recipients=[anna_public]
        ),
        # Totals that do not add up, even signed.
        "wrong-total": status_format.seal(
            document([anna_public.fingerprint], taken=0), signer=own, recipients=[anna_public]
        ),
    }
    # The signed JSON edited after signing, re-encrypted with the same signature.
    good = status_format.seal(
        document([anna_public.fingerprint]), signer=own, recipients=[anna_public]
    )
    plain = pyrage.decrypt(good, [team.anna and anna.team.require_own().decryption_key()])
    head, body = plain.split(b"\n", 3)[:3], plain.split(b"\n", 3)[3]
    edited = json.loads(body)
    edited["capacity"] = 99
    forged = b"\n".join(head) + b"\n" + json.dumps(edited, sort_keys=True).encode()
    cases["altered"] = pyrage.encrypt(forged, [anna_public.recipient()])
    expected = {
        "for-bruno": "made for other vaults",
        "re-addressed": "re-encrypted to this one",
        "wrong-total": "totals do not match",
        "altered": "altered or forged",
    }
    before = _state(team.anna)
    for name, raw in cases.items():
        target = tmp_path / f"{name}.age"
        target.write_bytes(raw)
        with pytest.raises(ProjectStatusError, match=expected[name]) as refused:
            project_status.load_status(anna, target, now=NOW)
        assert "\n" not in str(refused.value) and "nothing was changed" in str(refused.value)
    assert _state(team.anna) == before
    good_file = tmp_path / "good.age"
    good_file.write_bytes(good)
    assert project_status.load_status(anna, good_file, now=NOW).status.capacity == 25


def test_removal_stops_encryption_to_the_colleague(team: Team, tmp_path: Path) -> None:
    coord = records(team.coord)
    anna_bundle = open_at(team.coord, seal_from(team.anna))
    bruno_bundle = open_at(team.coord, seal_from(team.bruno))
    stale_member = coord.team.by_name("bruno")  # e.g. chosen in a window opened before
    coord.team.remove("bruno")
    # The status writer refuses a bundle of a removed colleague...
    with pytest.raises(TeamError, match="no longer in the team"):
        project_status.write_status(
            coord, [anna_bundle, bruno_bundle], tmp_path / "refused.age", now=NOW
        )
    assert not (tmp_path / "refused.age").exists()
    # ...and never encrypts to them: bruno cannot open the next status.
    target = tmp_path / "status.age"
    written = project_status.write_status(coord, [anna_bundle], target, now=NOW)
    assert written.recipients == ("anna",)
    with pytest.raises(ProjectStatusError, match="made for other vaults"):
        project_status.load_status(records(team.bruno), target, now=NOW)
    # The sealed bundle writer refuses a removed recipient, before writing anything.
    prepared = summaries.prepare_summary(
        coord, anna_bundle.summary.period, vault_id=team.coord.vault_id, today=date(2026, 7, 10)
    )
    bundle_file = tmp_path / "to-bruno.age"
    targets = summaries.Targets(bundle=bundle_file, recipient=stale_member)
    releases = team.coord.connection.execute("SELECT count(*) FROM release_months").fetchone()
    with pytest.raises(TeamError, match="no longer in the team"):
        summaries.publish(coord, prepared, targets, lang="it")
    assert not bundle_file.exists()
    assert team.coord.connection.execute("SELECT count(*) FROM release_months").fetchone() == (
        releases
    )


def test_a_merged_bundle_carries_no_places_list(team: Team, tmp_path: Path) -> None:
    coord = records(team.coord)
    opened = [open_at(team.coord, seal_from(team.anna)), open_at(team.coord, seal_from(team.bruno))]
    prepared = summaries.prepare_merge(coord, opened)
    onward = tmp_path / "merged.age"
    targets = summaries.Targets(bundle=onward, recipient=coord.team.by_name("anna"))
    summaries.publish(coord, prepared, targets, lang="it", merged=opened)
    assert open_at(team.anna, onward.read_bytes()).places is None


def test_a_bundle_with_a_hostile_places_list_is_refused(team: Team) -> None:
    from ripartire_desktop.reports import bundle, sealed
    from tests.core.test_reports_aggregates import summary_of

    anna = records(team.anna).team
    summary = summary_of(team.anna)
    for places, words in (
        ({"active": [{"code": "Maria Rossi", "since": "2026-01-01"}], "waiting": []}, "not a"),
        ({"active": [], "waiting": [], "names": []}, "exactly"),
        ({"active": [{"code": "RIP-2026-001", "since": "ieri"}], "waiting": []}, "date"),
        ({"active": [{"code": "RIP-2026-001", "since": "2026-01-01", "x": 1}], "waiting": []},
         "exactly"),
    ):  # fmt: skip
        raw = sealed.seal_document(
            bundle.to_document(summary),
            period={"from": str(summary.period.first), "to": str(summary.period.last)},
            sender=anna.require_own(),
            recipient=anna.by_name("coord").identity,
            serial=anna.next_serial(),
            now=NOW,
            places=places,
        )
        with pytest.raises(bundle.BundleError, match=words):
            open_at(team.coord, raw)
