"""Rules: family codes, status transitions, eligibility, capacity, aid totals, improvement."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ripartire_desktop.domain import (
    DEFAULT_CAPACITY,
    AgeBand,
    AidCategory,
    AidPayment,
    EligibilityReason,
    FamilyStatus,
    TransitionError,
    ValidationError,
    WaitingEntry,
    age_band_for_age,
    age_band_for_birth_year,
    allowed_next,
    check_transition,
    evaluate_eligibility,
    format_cents,
    format_family_code,
    improved,
    is_allowed,
    is_minor,
    next_from_waiting_list,
    parse_family_code,
    place_admitted,
    remaining_budget,
    total_cents,
    totals_by_category,
    waiting_list_order,
)

S = FamilyStatus

# --- Family codes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "seq", "code"),
    [(2026, 7, "RIP-2026-007"), (2026, 999, "RIP-2026-999"), (2027, 1000, "RIP-2027-1000")],
)
def test_family_code_round_trip(year: int, seq: int, code: str) -> None:
    assert format_family_code(year, seq) == code
    assert parse_family_code(code) == (year, seq)


@pytest.mark.parametrize(
    "bad", ["", "RIP-2026-7", "RIP-2026-0007", "rip-2026-007", "RIP-2026-000", " RIP-2026-007",
            "RIP-2026-007\n", "RIP-٢٠٢٦-007", "XYZ-2026-007"],
)  # fmt: skip
def test_non_canonical_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_family_code(bad)
    assert info.value.field == "code"


@pytest.mark.parametrize(("year", "seq"), [(26, 1), (2026, 0), (2026, -3), (10000, 1)])
def test_format_refuses_bad_parts(year: int, seq: int) -> None:
    with pytest.raises(ValidationError):
        format_family_code(year, seq)


@given(st.integers(1000, 9999), st.integers(1, 10**7))
def test_any_code_parses_back(year: int, seq: int) -> None:
    assert parse_family_code(format_family_code(year, seq)) == (year, seq)


# --- Transitions ---------------------------------------------------------------------------------

EXPECTED = {
    S.FIRST_CONTACT: {S.INTAKE, S.WITHDREW},
    S.INTAKE: {S.ASSESSMENT, S.WITHDREW},
    S.ASSESSMENT: {S.ACTIVE_PATH, S.WAITING_LIST, S.REFERRED, S.NOT_ELIGIBLE, S.WITHDREW},
    S.WAITING_LIST: {S.ACTIVE_PATH, S.WITHDREW, S.REFERRED},
    S.ACTIVE_PATH: {S.CLOSED, S.WITHDREW},
    S.REFERRED: {S.INTAKE},
    S.NOT_ELIGIBLE: {S.INTAKE},
    S.WITHDREW: {S.INTAKE},
    S.CLOSED: {S.INTAKE},
}


@pytest.mark.parametrize("old", list(S))
@pytest.mark.parametrize("new", list(S))
def test_every_pair_of_states(old: FamilyStatus, new: FamilyStatus) -> None:
    if old == new or new in EXPECTED[old]:
        check_transition(old, new)
        assert is_allowed(old, new)
    else:
        with pytest.raises(TransitionError) as info:
            check_transition(old, new)
        assert (info.value.old, info.value.new) == (old.value, new.value)
        assert not is_allowed(old, new)
    assert allowed_next(old) == EXPECTED[old]


def test_refusal_names_both_states_in_italian() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(S.CLOSED, S.ACTIVE_PATH)
    assert "«Chiuso»" in str(info.value)
    assert "«Percorso attivo»" in str(info.value)


def test_every_open_state_can_withdraw_and_every_state_is_reachable() -> None:
    for status in (S.FIRST_CONTACT, S.INTAKE, S.ASSESSMENT, S.WAITING_LIST, S.ACTIVE_PATH):
        assert is_allowed(status, S.WITHDREW)
    reachable = {S.FIRST_CONTACT}
    for _ in S:
        reachable |= {n for s in reachable for n in allowed_next(s)}
    assert reachable == set(S)


# --- Eligibility ---------------------------------------------------------------------------------


@given(st.booleans(), st.booleans(), st.booleans())
def test_eligibility_needs_all_three_criteria(resident: bool, minor: bool, hard: bool) -> None:
    result = evaluate_eligibility(resident, minor, hard)
    assert result.eligible == (resident and minor and hard)
    assert len(result.reasons) == 3
    assert (EligibilityReason.RESIDENT in result.reasons) == resident
    assert (EligibilityReason.NO_MINOR in result.reasons) == (not minor)
    assert (len(result.unmet) == 0) == result.eligible


def test_eligibility_reasons_for_a_non_resident() -> None:
    result = evaluate_eligibility(resident=False, has_minor=True, hardship=True)
    assert result.reasons == (
        EligibilityReason.NOT_RESIDENT,
        EligibilityReason.HAS_MINOR,
        EligibilityReason.HARDSHIP,
    )
    assert result.unmet == (EligibilityReason.NOT_RESIDENT,)


# --- Capacity and waiting list -------------------------------------------------------------------


def test_admission_fills_paths_then_the_waiting_list() -> None:
    assert DEFAULT_CAPACITY == 25
    assert place_admitted(24) == S.ACTIVE_PATH
    assert place_admitted(25) == S.WAITING_LIST
    assert place_admitted(30, capacity=25) == S.WAITING_LIST
    assert place_admitted(0, capacity=0) == S.WAITING_LIST
    with pytest.raises(ValidationError):
        place_admitted(-1)


def entry(code: str, day: int) -> WaitingEntry:
    return WaitingEntry(code=code, admitted_on=date(2026, 1, day))


def test_waiting_list_is_first_admitted_first_then_by_code() -> None:
    entries = [
        entry("RIP-2026-1000", 5),
        entry("RIP-2026-012", 5),
        entry("RIP-2025-999", 9),
        entry("RIP-2026-003", 2),
    ]
    ordered = [e.code for e in waiting_list_order(entries)]
    assert ordered == ["RIP-2026-003", "RIP-2026-012", "RIP-2026-1000", "RIP-2025-999"]


def test_next_from_waiting_list_only_when_a_path_is_free() -> None:
    entries = [entry("RIP-2026-020", 3), entry("RIP-2026-004", 7)]
    assert next_from_waiting_list(entries, active_count=25) is None
    nxt = next_from_waiting_list(entries, active_count=24)
    assert nxt is not None and nxt.code == "RIP-2026-020"
    assert next_from_waiting_list([], active_count=0) is None


@given(
    st.lists(
        st.builds(
            WaitingEntry,
            code=st.builds(format_family_code, st.integers(2024, 2027), st.integers(1, 2000)),
            admitted_on=st.dates(date(2024, 1, 1), date(2027, 12, 31)),
        )
    )
)
def test_waiting_list_order_is_a_sorted_permutation(entries: list[WaitingEntry]) -> None:
    ordered = waiting_list_order(entries)
    assert sorted(ordered, key=id) == sorted(entries, key=id)
    keys = [(e.admitted_on, parse_family_code(e.code)) for e in ordered]
    assert keys == sorted(keys)


# --- Aid -----------------------------------------------------------------------------------------


def pay(category: AidCategory, cents: int) -> AidPayment:
    return AidPayment(
        family_id=1, paid_on=date(2026, 2, 1), category=category, amount_cents=cents,
        payee_kind="family",
    )  # fmt: skip


def test_totals_per_category_and_budget() -> None:
    payments = [
        pay(AidCategory.ENERGY_BILLS, 12_000),
        pay(AidCategory.ENERGY_BILLS, 3_456),
        pay(AidCategory.FOOD_VOUCHERS, 5_000),
    ]
    totals = totals_by_category(payments)
    assert totals[AidCategory.ENERGY_BILLS] == 15_456
    assert totals[AidCategory.FOOD_VOUCHERS] == 5_000
    assert totals[AidCategory.TRANSPORT] == 0
    assert list(totals) == list(AidCategory)
    assert total_cents(payments) == 20_456
    assert remaining_budget(100_000, payments) == 79_544
    assert remaining_budget(10_000, payments) == -10_456  # overspent shows as negative


@pytest.mark.parametrize(
    ("cents", "it", "en"),
    [
        (0, "0,00 €", "€0.00"),
        (5, "0,05 €", "€0.05"),
        (123_456, "1.234,56 €", "€1,234.56"),
        (100_000_000, "1.000.000,00 €", "€1,000,000.00"),
        (-2_550, "-25,50 €", "-€25.50"),
    ],
)
def test_format_cents(cents: int, it: str, en: str) -> None:
    assert format_cents(cents) == it
    assert format_cents(cents, "en") == en


@given(st.integers(-(10**12), 10**12))
def test_format_cents_keeps_every_cent(cents: int) -> None:
    text = format_cents(cents).removesuffix(" €").replace(".", "").replace(",", "")
    assert int(text) == cents


# --- Improvement and age bands -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "exit_", "expected"),
    [(3, 1, True), (2, 2, False), (1, 2, False), (None, 1, None), (2, None, None)],
)
def test_improved(baseline: int | None, exit_: int | None, expected: bool | None) -> None:
    assert improved(baseline, exit_) is expected


@pytest.mark.parametrize(
    ("age", "band"),
    [(0, AgeBand.AGE_0_2), (2, AgeBand.AGE_0_2), (3, AgeBand.AGE_3_5), (17, AgeBand.AGE_14_17),
     (18, AgeBand.AGE_18_24), (64, AgeBand.AGE_55_64), (65, AgeBand.AGE_65_PLUS)],
)  # fmt: skip
def test_age_band_boundaries(age: int, band: AgeBand) -> None:
    assert age_band_for_age(age) == band


def test_age_band_from_birth_year_keeps_a_turning_18_child_a_minor() -> None:
    on = date(2026, 3, 2)
    assert age_band_for_birth_year(2008, on) == AgeBand.AGE_14_17
    assert is_minor(age_band_for_birth_year(2008, on))
    assert age_band_for_birth_year(2007, on) == AgeBand.AGE_18_24
    assert age_band_for_birth_year(2026, on) == AgeBand.AGE_0_2
    with pytest.raises(ValidationError):
        age_band_for_birth_year(2027, on)
    with pytest.raises(ValidationError):
        age_band_for_birth_year(1800, on)


def test_minor_bands() -> None:
    assert [b for b in AgeBand if is_minor(b)] == list(AgeBand)[:5]
    assert not is_minor(AgeBand.AGE_18_24)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@given(
    st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.dates(date(1990, 1, 1), date(2030, 12, 31))
)
def test_band_from_year_is_never_older_than_the_real_age(born: date, on: date) -> None:
    if born > on:
        return
    bands = list(AgeBand)
    band = age_band_for_birth_year(born.year, on)
    real = age_band_for_age(_age(born, on))
    # Never older, and at most one band younger (only around a birthday on a band boundary).
    assert 0 <= bands.index(real) - bands.index(band) <= 1
