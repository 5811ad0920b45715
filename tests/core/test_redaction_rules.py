"""Redaction that fails less (issue 12): phones of every country, IBANs in any spacing, cards,
documents, dates of birth, plates, protocol numbers, e-mails written out; fewer false alarms on
courses and everyday words; measured per kind on the fresh corpus; idempotent, never raises.

Run with `-s` to see the table (or `python -m tests.core.redaction_metrics`); docs/reports.md
quotes it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.privacy.redaction import Kind, Redactor, redact
from tests.core.redaction_corpus_fresh import later_fragments
from tests.core.redaction_metrics import first, fresh, measure

# Floors set from the measured figures (all 1.000 on both corpora when they were set), with a
# margin for one miss in the small categories: a change that loses more fails here.
HIGH_RISK = ("NOME", "TELEFONO", "EMAIL", "CF", "IBAN", "CARTA", "DOCUMENTO", "NASCITA")
RECALL_FLOOR = {kind: 0.95 for kind in HIGH_RISK} | {
    "INDIRIZZO": 0.9, "CODICE": 0.75, "TARGA": 0.8, "PROTOCOLLO": 0.9,
}  # fmt: skip
PRECISION_FLOOR = 0.95
MAX_FALSE_ALARMS = 1  # on the 49 hard negatives


def test_recall_and_precision_per_kind_on_the_fresh_corpus() -> None:
    from ripartire_desktop.privacy.redaction import find_spans

    report = fresh(find_spans)
    print("\n" + report.table("fresh corpus"))
    for kind, floor in RECALL_FLOOR.items():
        assert report.kinds[kind].recall >= floor, (kind, report.misses)
    assert report.total.precision >= PRECISION_FLOOR, report.false_alarms
    assert len(report.false_alarms) <= MAX_FALSE_ALARMS, report.false_alarms
    assert report.total.labelled >= 150


def test_the_part_written_after_tuning() -> None:
    from ripartire_desktop.privacy.redaction import find_spans

    later = later_fragments()
    report = measure(find_spans, [f for f in later if f.spans], [f for f in later if not f.spans])
    print("\n" + report.table("fresh corpus, written after tuning"))
    assert report.total.recall >= 0.95 and report.total.precision >= 0.9


def test_the_first_corpus_still_measures_as_before() -> None:
    from ripartire_desktop.privacy.redaction import find_spans

    report = first(find_spans)
    print("\n" + report.table("first corpus"))
    assert report.total.recall >= 0.98
    assert report.total.precision >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phones of every country, 00 or +, spaces, dots, dashes, brackets
        ("cugino 0040 744 123 456.", "cugino [TELEFONO]."),
        ("Nigeria 00234 805 555 0199", "Nigeria [TELEFONO]"),
        ("Marocco +212.661.234.567", "Marocco [TELEFONO]"),
        ("Ucraina +380 (67) 765 43 21", "Ucraina [TELEFONO]"),
        ("USA +1 415-555-0134", "USA [TELEFONO]"),
        ("Perù +51 987 654 321", "Perù [TELEFONO]"),
        ("fisso (0521) 234567", "fisso [TELEFONO]"),
        ("cell 347 12 34 567", "cell [TELEFONO]"),
        # IBAN in any spacing, with its checksum
        ("IBAN it34 q 02008 01633 000100123456", "IBAN [IBAN]"),
        ("IBAN ES91-2100-0418-4502-0005-1332", "IBAN [IBAN]"),
        ("IBAN IT 37 X 03069 09606 1000 0006 3217", "IBAN [IBAN]"),
        # payment cards
        ("carta 4023-6009-1234-5677", "carta [CARTA]"),
        ("Amex 3714 496353 98431", "Amex [CARTA]"),
        # documents
        ("C.I. AX 1234567", "C.I. [DOCUMENTO]"),
        ("CIE CA00000AA", "CIE [DOCUMENTO]"),
        ("patente U1A234567B", "patente [DOCUMENTO]"),
        ("patente MI2345678X", "patente [DOCUMENTO]"),
        ("passaporto nigeriano A12345678", "passaporto nigeriano [DOCUMENTO]"),
        # dates of birth, and only those
        ("nata il 12/03/2019", "nata il [NASCITA]"),
        ("nato a Lagos il 3 luglio 1988", "nato a Lagos il [NASCITA]"),
        ("d.o.b. 14/02/1976", "d.o.b. [NASCITA]"),
        (
            "Appuntamento il 12/03/2026, nato da poco il bimbo",
            "Appuntamento il 12/03/2026, nato da poco il bimbo",
        ),
        # plates and protocol numbers
        ("auto FG 123 HJ", "auto [TARGA]"),
        ("ISEE protocollo INPS-ISEE-2025-00123456A-00", "ISEE protocollo [PROTOCOLLO]"),
        ("domanda ADI n. 1234567890", "domanda ADI n. [PROTOCOLLO]"),
        ("ISEE di 4.350 euro, ADI 500 euro", "ISEE di 4.350 euro, ADI 500 euro"),
        # e-mails written out
        ("mario punto rossi chiocciola gmail punto com", "[EMAIL]"),
        ("anna.b at libero.it", "[EMAIL]"),
        ("k.h86 [at] outlook [dot] com", "[EMAIL]"),
        ("ci vediamo at home", "ci vediamo at home"),
        # courses are not streets; Corso Italia 12 is
        ("nel corso del 2025 e al corso base 2", "nel corso del 2025 e al corso base 2"),
        ("abita in Corso Italia 12", "abita in [INDIRIZZO]"),
        # names after a title, known or not
        ("la sig.ra Rota e il dott. Galbiati", "la sig.ra [NOME] e il dott. [NOME]"),
    ],
)
def test_patterns_of_issue_12(text: str, expected: str) -> None:
    assert redact(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("senza acqua calda", "senza acqua calda"),
        ("uno zaino rosa", "uno zaino rosa"),
        ("la signora Rosa", "la signora [NOME]"),
        ("Giovanni e Rosa", "[NOME] e [NOME]"),
        ("ha parlato con rosa dell'acqua", "ha parlato con [NOME]"),
        ("il sig. acqua", "il sig. [NOME]"),
    ],
)
def test_everyday_words_in_compound_names_only_where_they_read_as_names(
    text: str, expected: str
) -> None:
    family = ["Giovanni", "Dell'Acqua", "Giovanni Dell'Acqua", "Maria Rosa"]
    assert redact(text, family) == expected


def test_a_family_s_own_names_are_redacted_in_any_case_even_everyday_words() -> None:
    assert redact("bolletta della luce; Luce sta bene", ["Luce", "Bianco"]) == (
        "bolletta della [NOME]; [NOME] sta bene"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ro\u200bsa Bian\u00adco ha chiamato", "[NOME] ha chiamato"),  # zero-width, soft hyphen
        ("Rosa\u2060Bianco", "[NOME]\u2060[NOME]"),  # a word joiner between two names
        ("tel 348\u200b765\u200b1290", "tel [TELEFONO]"),
        ("IBAN IT60\u200bX0542811101000000123456", "IBAN [IBAN]"),
        ("CF BNCRSO77M\u200b52E970Q", "CF [CF]"),
    ],
)
def test_invisible_characters_pasted_into_a_note_hide_nothing(text: str, expected: str) -> None:
    # A PDF does not show them: what the reader sees is "Rosa Bianco".
    assert redact(text, ["Rosa", "Bianco", "348 765 1290"]) == expected


def test_toll_free_and_business_numbers_stay() -> None:
    assert redact("numero verde 800 123 456", []) == "numero verde 800 123 456"


def test_a_luhn_failure_is_not_a_card_unless_it_follows_the_word_card() -> None:
    assert redact("tessera 1234 5678 9012 3456", []) == "tessera 1234 5678 9012 3456"
    assert redact("Carta Postepay 4023 6009 0000 0007", []) == "Carta Postepay [CARTA]"


@pytest.mark.parametrize(
    "text",
    [
        "Appuntamento al CAF il 15 maggio 2026 alle 10.",  # "il 15..." once passed mod-97
        "Sentito il numero verde 800 01 02 03 per la rateizzazione.",
    ],
)
def test_false_alarms_found_on_the_part_written_after_tuning(text: str) -> None:
    assert redact(text, []) == text


def test_the_redaction_counts_what_it_replaced() -> None:
    result = Redactor(["Anna Rossi"]).redaction("Anna Rossi, 333 1234567, anna at libero.it")
    assert result.text == "[NOME], [TELEFONO], [EMAIL]"
    assert result.counts == {Kind.NAME: 1, Kind.PHONE: 1, Kind.EMAIL: 1}
    assert result.total == 3 and not result.withheld


# --- properties -------------------------------------------------------------------------------

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
NOTE_ALPHABET = st.sampled_from(
    [
        *"0123456789 +-./()@[]:,;'",
        *["at", "punto", "chiocciola", "nato", "ISEE", "IT", "CA", "Rosa", "rosa", "Via"],
        *["corso", "sig.", "[NOME]", "[TELEFONO]", "U1", "AB", "il"],
    ]
)
NOTE_LIKE = st.lists(NOTE_ALPHABET, max_size=60).map("".join)
IDENTIFIERS = st.lists(
    st.one_of(ANY_TEXT, st.sampled_from(["Rosa", "Maria Rosa", "333 1234567", "Nome", "a@b.it"])),
    max_size=5,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ANY_TEXT, NOTE_LIKE), IDENTIFIERS)
def test_redaction_never_raises_and_is_idempotent(text: str, identifiers: list[str]) -> None:
    redactor = Redactor(identifiers)
    spans = redactor.spans(text)  # no fail-closed net under this call
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    once = redactor.redaction(text)
    assert not once.withheld
    assert redactor.redact(once.text) == once.text


def test_a_phone_stored_with_words_around_it_is_still_found() -> None:
    # Phones are kept as typed; a foreign number without its prefix is found only this way.
    stored = ["7765 123 456 (solo sera)", "dopo le 18: 02 1234 5678"]
    assert redact("chiamare 7765123456 o 02.1234.5678", stored) == (
        "chiamare [TELEFONO] o [TELEFONO]"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nata nel 1985, colloquio il 12/03/2026", "nata nel 1985, colloquio il 12/03/2026"),
        ("nata a Marzabotto il 3/4/1990", "nata a Marzabotto il [NASCITA]"),
        ("nato il 4 luglio 1979 a Bari", "nato il [NASCITA] a Bari"),
    ],
)
def test_a_date_of_birth_is_the_first_date_after_the_word(text: str, expected: str) -> None:
    assert redact(text, []) == expected


def test_a_number_counts_only_right_after_its_keyword_and_filler_words() -> None:
    """documents._numbers_after: the keyword scan both document and protocol numbers use."""
    import re

    from ripartire_desktop.privacy.redaction.documents import _CONTEXT, _numbers_after

    word, filler, number = re.compile(r"doc"), re.compile(r"[\s:]*(?:n\.\s*)?"), re.compile(r"\d+")
    text = "doc: n. 12345, doc 678, doc x 9, 55 doc " + "1" * (_CONTEXT + 5)
    found = list(_numbers_after(text, word, filler, number))
    assert [m.group() for m in found] == ["12345", "678", "1" * _CONTEXT]
    assert [m.start() for m in found[:2]] == [8, 19]
