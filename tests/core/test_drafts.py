"""Interview drafts: exact round trip, one per family, erased with the family, migrated in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.domain import (
    Family,
    InterviewDraft,
    InterviewMode,
    NeedArea,
    ValidationError,
)
from ripartire_desktop.store import migrations
from ripartire_desktop.store.connection import DatabaseError, connect
from ripartire_desktop.store.keys import TEST_POLICY
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.records.drafts import DraftRepository
from ripartire_desktop.store.records.erasure import erase_family
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault
from tests.conftest import PASSPHRASE
from tests.core.records_fixtures import populated_family
from tests.core.vaults import new_vault

ANY_TEXT = st.text(max_size=300) | st.sampled_from(
    ["", "<b>&amp;</b>", "a" * 100_000, "🙂👪🏽", "مرحبا", "Zoë\u0301", "line\nbreak\ttab", "\x00"]
)
START = datetime(2026, 3, 9, 10, 0)


@pytest.fixture
def records(data_dir: Path) -> Records:
    vault, _ = new_vault(data_dir)
    return Records(vault.connection)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=ANY_TEXT,
    participants=ANY_TEXT,
    next_steps=ANY_TEXT,
    duration=st.integers(min_value=-5, max_value=5000),
    topics=st.lists(st.sampled_from(list(NeedArea)), unique=True),
    mode=st.sampled_from(list(InterviewMode)),
)
def test_a_draft_comes_back_exactly_as_typed(
    records: Records,
    notes: str,
    participants: str,
    next_steps: str,
    duration: int,
    topics: list[NeedArea],
    mode: InterviewMode,
) -> None:
    family = records.families.create(on=date(2026, 3, 1))
    assert family.id is not None
    drafts = DraftRepository(records.conn)
    draft = InterviewDraft(
        family_id=family.id,
        starts_at=START,
        duration_minutes=duration,  # a half-typed value is kept, not refused
        mode=mode,
        participants=participants,
        notes=notes,
        topics=tuple(topics),
        next_steps=next_steps,
        next_appointment=datetime(2026, 3, 16, 9, 30),
    )
    saved_at = drafts.save(draft, now=datetime(2026, 3, 9, 10, 42, 7, 123))
    back = drafts.get(family.id)
    assert back is not None
    assert back.updated_at == saved_at == datetime(2026, 3, 9, 10, 42, 7)
    assert back == replace(draft, updated_at=saved_at)


def test_one_draft_per_family_the_latest_wins(records: Records) -> None:
    one = records.families.create(on=date(2026, 3, 1))
    two = records.families.create(on=date(2026, 3, 1))
    assert one.id is not None and two.id is not None
    drafts = DraftRepository(records.conn)
    drafts.save(InterviewDraft(family_id=one.id, starts_at=START, notes="prima"))
    drafts.save(InterviewDraft(family_id=one.id, starts_at=START, notes="prima e seconda"))
    drafts.save(InterviewDraft(family_id=two.id, starts_at=START, notes="altra famiglia"))
    count = records.conn.execute("SELECT count(*) FROM interview_drafts").fetchone()[0]
    assert count == 2
    mine = drafts.get(one.id)
    assert mine is not None and mine.notes == "prima e seconda"
    assert {code for _, code, _ in drafts.pending()} == {one.code, two.code}
    assert drafts.delete(one.id) is True
    assert drafts.delete(one.id) is False
    assert drafts.get(one.id) is None


def test_a_draft_needs_an_existing_family(records: Records) -> None:
    with pytest.raises(DatabaseError, match="FOREIGN KEY"):
        DraftRepository(records.conn).save(InterviewDraft(family_id=999, starts_at=START))


def test_a_draft_is_checked_only_when_it_becomes_an_interview(records: Records) -> None:
    family = records.families.create(on=date(2026, 3, 1))
    assert family.id is not None
    late = InterviewDraft(
        family_id=family.id, starts_at=START, next_appointment=datetime(2026, 3, 1, 9, 0)
    )
    with pytest.raises(ValidationError) as error:
        late.to_interview()
    assert error.value.field == "next_appointment"
    with pytest.raises(ValidationError) as error:
        InterviewDraft(family_id=family.id, starts_at=START, duration_minutes=0).to_interview()
    assert error.value.field == "duration_minutes"
    good = InterviewDraft(family_id=family.id, starts_at=START, notes="ok").to_interview()
    assert good.notes == "ok" and good.duration_minutes == 60


def test_erasing_a_family_erases_its_draft(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    gone = populated_family(records, "Cancellanda")
    keep = populated_family(records, "Restante")
    assert gone.id is not None and keep.id is not None
    drafts = DraftRepository(records.conn)
    drafts.save(InterviewDraft(family_id=gone.id, starts_at=START, notes="bozza Cancellanda"))
    drafts.save(InterviewDraft(family_id=keep.id, starts_at=START, notes="bozza Restante"))
    erase_family(vault.connection, gone.code)
    assert drafts.get(gone.id) is None
    assert drafts.get(keep.id) is not None
    plain = tmp_path / "decrypted.db"
    vault.connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    vault.connection.execute("SELECT sqlcipher_export('plain')")
    vault.connection.execute("DETACH DATABASE plain")
    raw = plain.read_bytes()
    assert b"bozza Restante" in raw
    assert b"Cancellanda" not in raw


def _key(vault: Vault) -> bytes:
    keys = vault.keys_from_passphrase(PASSPHRASE)
    return keys[0]


def test_a_version_2_vault_gains_the_drafts_table_and_keeps_its_families(
    data_dir: Path,
) -> None:
    # What the previous release left on disk: a vault of schema 2, no drafts table.
    old = build_vault(data_dir, kdf_policy=TEST_POLICY)
    old.create(PASSPHRASE, kdf_seconds=0, schema_version=2)
    conn = connect(old.db_path, _key(old))
    family = Records(conn).families.add(
        Family(code="RIP-2026-001", created_on=date(2026, 3, 1), updated_on=date(2026, 3, 1))
    )
    conn.close()
    reopened = build_vault(data_dir)
    reopened.unlock_with_passphrase(PASSPHRASE)
    assert migrations.current_version(reopened.connection) == migrations.latest_version() >= 3
    records = Records(reopened.connection)
    assert family.id is not None
    assert records.families.by_code(family.code).id == family.id
    DraftRepository(reopened.connection).save(
        InterviewDraft(family_id=family.id, starts_at=START, notes="dopo la migrazione")
    )
    back = DraftRepository(reopened.connection).get(family.id)
    assert back is not None and back.notes == "dopo la migrazione"
    assert list((data_dir / "backups").glob("before-migration-v2-to-v*.ripbak"))


def test_form_and_view_drafts_keep_one_per_key_the_latest_wins(records: Records) -> None:
    """The family view's form drafts (by family) and the desk's and settings' (by view) share one
    repository base: save replaces under the key, get finds, delete says whether there was one."""
    from ripartire_desktop.store.records.form_drafts import (
        FormDraft,
        FormDraftRepository,
        ViewDraft,
        ViewDraftRepository,
    )

    one = records.families.create(on=date(2026, 3, 1))
    two = records.families.create(on=date(2026, 3, 1))
    assert one.id is not None and two.id is not None
    forms = FormDraftRepository(records.conn)
    forms.save(FormDraft(family_id=one.id, data='{"a": 1}', updated_at=START))
    forms.save(FormDraft(family_id=one.id, data='{"a": 2}', updated_at=START))
    forms.save(FormDraft(family_id=two.id, data="{}", updated_at=START))
    assert records.conn.execute("SELECT count(*) FROM form_drafts").fetchone()[0] == 2
    assert forms.get(one.id) == FormDraft(family_id=one.id, data='{"a": 2}', updated_at=START)
    assert forms.delete(one.id) is True and forms.delete(one.id) is False
    assert forms.get(one.id) is None and forms.get(two.id) is not None
    views = ViewDraftRepository(records.conn)
    views.save(ViewDraft(view="desk", data='{"b": 1}', updated_at=START))
    views.save(ViewDraft(view="desk", data='{"b": 2}', updated_at=START))
    views.save(ViewDraft(view="settings", data="{}", updated_at=START))
    assert views.get("desk") == ViewDraft(view="desk", data='{"b": 2}', updated_at=START)
    assert views.delete("desk") is True and views.delete("desk") is False
    assert views.get("desk") is None and views.get("settings") is not None
