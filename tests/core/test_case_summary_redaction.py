"""The case summary without identity redacts every typed text with the family's identifiers and
the Italian patterns, and says so; with identity it prints them as written. Real vault, real PDF
(pdftotext)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from ripartire_desktop.domain import (
    ActionType,
    AidCategory,
    AidPayment,
    Closure,
    ClosureReason,
    Identity,
    Interview,
    InterviewMode,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    WorkType,
)
from ripartire_desktop.privacy.redaction import Redactor
from ripartire_desktop.reports.case_summary import case_summary_pdf, identifiers, load_case
from ripartire_desktop.store.records import Records
from tests.core.records_fixtures import populated_family
from tests.core.test_reports_pdf import TODAY, flat, needs_poppler, text_of, write
from tests.core.vaults import new_vault

IDENTITY = Identity(
    people=(
        Person(given_name="Rosa", family_name="Bianco", tax_code="BNCRSO77M52E970Q"),
        Person(given_name="Marco", family_name="Bianco", tax_code="BNCMRC75A01F205I"),
        Person(given_name="Luce", family_name="Bianco"),
    ),
    phones=("348 765 1290", "+39 02 4567 8910"),
    emails=("rosa.bianco77@tiscali.it",),
    address="Via Garibaldi 14, Gorgonzola",
    tax_code="BNCRSO77M52E970Q",
)
NOTES = (
    "ROSA bianco ha chiamato dal 348.765.12.90; scrive da Rosa.Bianco77@Tiscali.it; abita in "
    "via Garibaldi, 14. CF bncrso77m52e970q, del marito BNC MRC 75A01 F205I. IBAN IT37 X030 "
    "6909 6061 0000 0063 217, carta 4023 6009 1234 5677, CIE CA12345BC, nata il 12/03/1977, "
    "auto FG 123 HJ, ISEE protocollo INPS-ISEE-2025-00123456A-00. La figlia luce sta bene. "
    "Il cugino risponde al +212 6 61 23 45 67, mail mario punto rossi chiocciola gmail punto "
    "com. Prossimo colloquio il 20/03/2026."
)
NEXT_STEPS = "Richiamare MARCO al +39 02-4567-8910 e la sig.ra Marchetti (vicina)."
PARTICIPANTS = "Rosa, Marco Bianco, mediatrice"
ACTION = "Accompagnare Rosa Bianco al CAF di Corso Italia 12"
OUTCOME = "Fatto con marco bianco"
PAYEE = "Bianco Marco"
CLOSURE = "Rosa ha trovato lavoro; nuovo numero 3471239876"
TYPED = (NOTES, NEXT_STEPS, PARTICIPANTS, ACTION, OUTCOME, PAYEE, CLOSURE)

# What must not survive, compared on text without spaces, dots and dashes, in lower case.
SECRETS = [
    "rosabianco", "3487651290", "0245678910", "rosabianco77", "tiscali", "garibaldi",
    "bncrso77m52e970q", "bncmrc75a01f205i", "it37x0306909606100000063217", "4023600912345677",
    "ca12345bc", "12/03/1977", "fg123hj", "inpsisee202500123456a00", "212661234567",
    "mariopuntorossi", "chiocciola", "marchetti", "3471239876", "corsoitalia12",
]  # fmt: skip
WORDS = ["rosa", "bianco", "marco", "luce"]  # the family's own names, as whole words


def _case_with_typed_text(data_dir: Path) -> tuple[str, Records]:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = populated_family(records, "X", on=date(2026, 2, 2))
    fid = family.id
    assert fid is not None
    with records.transaction():
        records.identities.save(fid, IDENTITY)
        records.interviews.add(
            Interview(
                family_id=fid,
                starts_at=datetime(2026, 3, 12, 9, 0),
                duration_minutes=40,
                mode=InterviewMode.DESK,
                participants=PARTICIPANTS,
                notes=NOTES,
                next_steps=NEXT_STEPS,
            )
        )
        records.actions.add(
            PlanAction(
                family_id=fid, action_type=ActionType.CV, description=ACTION, outcome=OUTCOME
            )
        )
        records.aid.add(
            AidPayment(
                family_id=fid,
                paid_on=date(2026, 3, 14),
                category=AidCategory.RENT_HOUSING,
                amount_cents=30_000,
                payee_kind=PayeeKind.FAMILY,
                payee_name=PAYEE,
            )
        )
        records.closures.add(
            Closure(
                family_id=fid,
                closed_on=date(2026, 9, 2),
                reason=ClosureReason.PATH_COMPLETED,
                outcome=Outcome.WORK_FOUND,
                work_type=WorkType.FIXED_TERM,
                note=CLOSURE,
            )
        )
    return family.code, records


def _squashed(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text).lower()


@needs_poppler
def test_without_identity_no_known_identifier_nor_pattern_survives(
    data_dir: Path, tmp_path: Path
) -> None:
    code, records = _case_with_typed_text(data_dir)
    case = load_case(records, code)
    for lang in ("it", "en"):
        pdf = case_summary_pdf(case, organisation="", today=TODAY, lang=lang)
        text = text_of(write(tmp_path, f"{lang}.pdf", pdf))
        squashed = _squashed(text)
        for secret in SECRETS:
            assert _squashed(secret) not in squashed, (lang, secret)
        for word in WORDS:
            assert not re.search(rf"\b{word}\b", text, re.IGNORECASE), (lang, word)
        assert "[NOME]" in text and "[TELEFONO]" in text and "[IBAN]" in text
        assert "20/03/2026" in flat(text) or "2026-03-20" in flat(text)  # not a birth date


@needs_poppler
def test_the_page_says_what_was_replaced_and_how_many_times(data_dir: Path, tmp_path: Path) -> None:
    code, records = _case_with_typed_text(data_dir)
    case = load_case(records, code)
    redactor = Redactor(identifiers(case.identity))
    populated_texts = [
        "partecipanti X", "colloquio X perché più difficoltà", "passi X", "richiesta X",
        "nota sportello X", "lavoro X", "bollette X", "risorse X", "curriculum X",
        "responsabile X", "esito X", "fornitore X", "ricevuta X", "chiusura X", "operatrice X",
        "2026-X",
    ]  # fmt: skip
    expected = sum(redactor.redaction(t).total for t in [*TYPED, *populated_texts])
    it = flat(
        text_of(write(tmp_path, "it.pdf", case_summary_pdf(case, organisation="", today=TODAY)))
    )
    assert "sono sostituiti da segnaposto come [NOME], [TELEFONO]" in it
    assert f"Sostituzioni in questa stampa: {expected} (nomi " in it
    assert "Rileggere prima di consegnare" in it
    en_pdf = case_summary_pdf(case, organisation="", today=TODAY, lang="en")
    en = flat(text_of(write(tmp_path, "en.pdf", en_pdf)))
    assert "replaced by tags such as [NOME] (name), [TELEFONO] (phone)" in en
    assert f"Replacements in this printout: {expected} (names " in en


@needs_poppler
def test_with_identity_the_texts_are_printed_as_written(data_dir: Path, tmp_path: Path) -> None:
    code, records = _case_with_typed_text(data_dir)
    case = load_case(records, code)
    pdf = case_summary_pdf(case, organisation="", today=TODAY, include_identity=True)
    text = flat(text_of(write(tmp_path, "named.pdf", pdf)))
    for typed in ("ROSA bianco ha chiamato dal 348.765.12.90;", NEXT_STEPS, CLOSURE, PAYEE):
        assert flat(typed) in text
    assert "[NOME]" not in text and "Sostituzioni" not in text


@needs_poppler
def test_a_case_with_nothing_to_replace_says_so(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    records = Records(vault.connection)
    family = records.families.create(on=date(2026, 2, 2), counsellor="operatrice")
    case = load_case(records, family.code)
    text = flat(
        text_of(write(tmp_path, "empty.pdf", case_summary_pdf(case, organisation="", today=TODAY)))
    )
    assert "Nessuna sostituzione è stata necessaria in questa stampa." in text
