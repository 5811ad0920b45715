"""Every vocabulary value has a label in Italian and English, and stored values stay stable."""

import importlib
import inspect
import pkgutil
from enum import StrEnum

import pytest

import ripartire_desktop.domain as domain
from ripartire_desktop.domain import (
    LANGUAGES,
    VOCABULARIES,
    AgeBand,
    Channel,
    Decision,
    FamilyStatus,
    NeedArea,
    choices,
    label,
)
from ripartire_desktop.domain.labels import labelled_vocabularies


def _strenums_defined_in_domain() -> set[type[StrEnum]]:
    found: set[type[StrEnum]] = set()
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"ripartire_desktop.domain.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, StrEnum) and obj.__module__ == module.__name__:
                found.add(obj)
    return found


def test_every_vocabulary_in_the_package_is_registered_and_labelled() -> None:
    assert _strenums_defined_in_domain() == set(VOCABULARIES)
    assert labelled_vocabularies() == set(VOCABULARIES)


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_member_has_a_non_empty_label(vocabulary: type[StrEnum], lang: str) -> None:
    labels = [label(member, lang) for member in vocabulary]
    assert all(text.strip() == text and text for text in labels)
    # Two members with one label would be indistinguishable in a combo box.
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_stored_values_are_lowercase_identifiers(vocabulary: type[StrEnum]) -> None:
    for member in vocabulary:
        assert member.value == member.value.lower()
        assert member.value.replace("_", "").isalnum()
        assert member.value.isascii()


def test_italian_labels_read_as_a_social_worker_writes_them() -> None:
    assert label(FamilyStatus.FIRST_CONTACT) == "Primo contatto"
    assert label(FamilyStatus.ACTIVE_PATH) == "Percorso attivo"
    assert label(FamilyStatus.WAITING_LIST, "it") == "Lista d'attesa"
    assert label(Channel.WORD_OF_MOUTH) == "Passaparola"
    assert label(NeedArea.ENERGY_BILLS) == "Bollette energetiche"
    assert label(Channel.PHONE, "en") == "Phone line"


def test_same_value_in_two_vocabularies_keeps_its_own_label() -> None:
    # "social_network" is a contact channel and a need area: different things to a counsellor.
    assert label(Channel.SOCIAL_NETWORK) == "Social network"
    assert label(NeedArea.SOCIAL_NETWORK) == "Rete sociale"
    assert label(Decision.ADMITTED) == "Ammesso al percorso"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        label(FamilyStatus.CLOSED, "fr")


def test_choices_follow_declaration_order() -> None:
    pairs = choices(AgeBand)
    assert pairs[0] == (AgeBand.AGE_0_2, "0-2 anni")
    assert pairs[-1] == (AgeBand.AGE_65_PLUS, "65 anni e oltre")
    assert [v for v, _ in pairs] == list(AgeBand)


def test_stored_values_never_change() -> None:
    # These strings are in the database and in its CHECK constraints.
    assert [s.value for s in FamilyStatus] == [
        "first_contact",
        "intake",
        "assessment",
        "active_path",
        "waiting_list",
        "referred",
        "not_eligible",
        "withdrew",
        "closed",
    ]
    assert [b.value for b in AgeBand] == [
        "0_2",
        "3_5",
        "6_10",
        "11_13",
        "14_17",
        "18_24",
        "25_34",
        "35_44",
        "45_54",
        "55_64",
        "65_plus",
    ]
