"""The PDFs as a reader gets them: text (pdftotext), fonts (pdffonts), metadata (pdfinfo).

The poppler checks are skipped only when poppler-utils is missing; CI installs it.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AidCategory,
    AidPayment,
    Assessment,
    Channel,
    Closure,
    ClosureReason,
    Consent,
    ConsentMethod,
    ConsentScope,
    Decision,
    Family,
    FamilyStatus,
    FirstContact,
    FirstContactOutcome,
    Identity,
    Interview,
    InterviewMode,
    Member,
    MemberRole,
    NeedArea,
    NeedScore,
    Outcome,
    PayeeKind,
    Person,
    PlanAction,
    Settings,
    WorkType,
)
from ripartire_desktop.reports.aggregates import Period, Summary, compute_summary, empty_counts
from ripartire_desktop.reports.case_summary import CaseFile, case_summary_pdf, load_case
from ripartire_desktop.reports.consent_form import consent_form_pdf, write_consent_form
from ripartire_desktop.reports.recovery_sheet import recovery_sheet_pdf, write_recovery_sheet
from ripartire_desktop.reports.subject_access import export_subject, subject_access_pdf
from ripartire_desktop.reports.summary_pdf import Story, summary_pdf, write_summary
from ripartire_desktop.store import exchange
from ripartire_desktop.store.demo import generate_demo
from ripartire_desktop.store.errors import VaultError
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from tests.core.records_fixtures import populated_family
from tests.core.test_reports_aggregates import TODAY, varied_population
from tests.core.vaults import new_vault

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed"
)
ORGANISATION = "Ente di prova del progetto"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def flat(text: str) -> str:
    """Text with every run of whitespace as one space: lines wrap where the layout wants."""
    return " ".join(text.split())


def pages_of(path: Path) -> list[str]:
    return text_of(path).split("\f")[:-1]


def fonts_of(path: Path) -> list[tuple[str, str]]:
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


def info_of(path: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def assert_fonts_embedded(path: Path) -> None:
    fonts = fonts_of(path)
    assert fonts, "no fonts at all?"
    for name, embedded in fonts:
        assert embedded == "yes", name
        assert "DejaVuSans" in name


# --- fixtures ---------------------------------------------------------------------------------

CANARY_NAME = ("Zebedeocanarino", "Quaglierottis")
CANARY_PHONE = "+39 347 000 1122"
CANARY_EMAIL = "canarino.quaglia@example.org"
CANARY_ADDRESS = "Via dei Canarini Gialli 77, Cernusco sul Naviglio"
CANARY_TAX_CODE = "QGLZBD80A01C523K"
CANARY_NOTE = "CANARINONOTA"


def plant_canaries(records: Records) -> str:
    family = populated_family(records, CANARY_NOTE, on=date(2026, 2, 2))
    assert family.id is not None
    with records.transaction():
        records.identities.save(
            family.id,
            Identity(
                people=(
                    Person(
                        given_name=CANARY_NAME[0],
                        family_name=CANARY_NAME[1],
                        tax_code=CANARY_TAX_CODE,
                    ),
                ),
                phones=(CANARY_PHONE,),
                emails=(CANARY_EMAIL,),
                address=CANARY_ADDRESS,
            ),
        )
    return family.code


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, str]]:
    """A vault of demo and hand-made families, with canaries planted in one identity."""
    vault, _ = new_vault(tmp_path_factory.mktemp("demo") / "vault")
    records = Records(vault.connection)
    generate_demo(vault.connection, families=300, interviews_per_family=5, seed=3, today=TODAY)
    varied_population(records, range(40))
    code = plant_canaries(records)
    with records.transaction():
        # The demo's organisation contains "fittizi", also a demo surname.
        records.settings.save(replace(records.settings.load(), organisation=ORGANISATION))
    try:
        yield vault, code
    finally:
        vault.lock()


def every_identifier(vault: Vault) -> list[str]:
    records = Records(vault.connection)
    ids = [r[0] for r in vault.connection.execute("SELECT id FROM families")]
    found: set[str] = set()
    for fid in ids:
        found.update(records.identities.identifiers(fid))
    return sorted(found)


def _flexible(identifier: str) -> re.Pattern[str]:
    """How an identifier could appear in extracted text: any case, any spacing."""
    parts = re.findall(r"\w+", identifier)
    return re.compile(r"(?<!\w)" + r"\W{0,3}".join(map(re.escape, parts)) + r"(?!\w)", re.I)


# --- anonymised summary -----------------------------------------------------------------------


@needs_poppler
def test_the_anonymised_summary_names_nobody(demo: tuple[Vault, str], tmp_path: Path) -> None:
    vault, _ = demo
    settings = Records(vault.connection).settings.load()
    summary = compute_summary(
        vault.connection, Period.parse("2025-01", "2026-12"), settings=settings, today=TODAY
    )
    path = tmp_path / "summary.pdf"
    write_summary(path, summary)
    text = text_of(path)
    assert "Ripartire: report anonimo" in text
    assert "Primi contatti per canale" in text and "Famiglie raggiunte" in text
    identifiers = every_identifier(vault)
    assert len(identifiers) > 500
    leaks = [i for i in identifiers if _flexible(i).search(text)]
    assert leaks == []
    for canary in (*CANARY_NAME, CANARY_PHONE, CANARY_EMAIL, CANARY_TAX_CODE, CANARY_NOTE):
        assert not _flexible(canary).search(text)
    assert not re.search(r"RIP-\d{4}-\d{3,}", text)  # no family code
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", text)  # no day, months at most
    assert "nota riservata" not in text and "colloquio riservato" not in text  # no free text
    info = info_of(path)
    assert info["Author"] == ORGANISATION
    assert not any(_flexible(i).search(" ".join(info.values())) for i in identifiers)
    assert_fonts_embedded(path)


@needs_poppler
def test_the_summary_shows_small_counts_as_below_k(tmp_path: Path) -> None:
    counts = empty_counts()
    counts["first_contacts"].update(phone=2, email=30, referral=12)  # type: ignore[union-attr]
    summary = Summary(
        period=Period.parse("2026-01", "2026-03"),
        organisations=("Ente A", "Ente B"),
        capacity=25,
        aid_budget_cents=0,
        k=5,
        generated=Period.parse("2026-04", "2026-04").first,
        counts=counts,
        sources=("0123456789abcdef", "fedcba9876543210"),
    )
    path = write(tmp_path, "s.pdf", summary_pdf(summary))
    text = text_of(path)
    assert "<5" not in text and "n.p." in text
    assert "44" in text  # the published total
    assert "Archivi riuniti: 2" in text
    assert "gennaio 2026 – marzo 2026" in text
    english = text_of(write(tmp_path, "en.pdf", summary_pdf(summary, lang="en")))
    assert "Anonymised report" in english or "anonymised report" in english
    assert "January 2026 – March 2026" in english


@needs_poppler
def test_stories_in_the_summary_are_redacted(tmp_path: Path) -> None:
    story = Story(
        "La sig.ra Quaglierottis (tel. 347 000 1122) ha trovato lavoro.",
        identifiers=("Quaglierottis",),
    )
    summary = Summary(
        period=Period.parse("2026-01", "2026-01"),
        organisations=(),
        capacity=25,
        aid_budget_cents=0,
        k=5,
        generated=Period.parse("2026-02", "2026-02").first,
        counts=empty_counts(),
    )
    text = text_of(write(tmp_path, "s.pdf", summary_pdf(summary, stories=[story])))
    assert "[NOME]" in text and "[TELEFONO]" in text
    assert "Quaglierottis" not in text and "1122" not in text


def test_a_summary_pdf_of_a_big_vault_is_written_atomically_0600(
    demo: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = demo
    settings = Records(vault.connection).settings.load()
    summary = compute_summary(
        vault.connection, Period.parse("2026-01", "2026-06"), settings=settings, today=TODAY
    )
    path = tmp_path / "s.pdf"
    write_summary(path, summary)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.pdf"]


# --- case summary -----------------------------------------------------------------------------


def thirty_interviews(records: Records) -> str:
    family = populated_family(records, "TRENTA", on=date(2026, 1, 5))
    assert family.id is not None
    with records.transaction():
        for i in range(30):
            records.interviews.add(
                Interview(
                    family_id=family.id,
                    starts_at=datetime(2026, 1, 7, 10, 0) + timedelta(days=4 * i),
                    duration_minutes=45 + i,
                    mode=list(InterviewMode)[i % len(InterviewMode)],
                    participants="madre, operatrice",
                    notes=f"Colloquio numero {i + 1}. "
                    + "La famiglia racconta le difficoltà del mese e i passi fatti. " * 6,
                    topics=(NeedArea.WORK, NeedArea.HOUSING),
                    next_steps="Portare le bollette.",
                )
            )
    return family.code


@needs_poppler
def test_the_case_summary_has_everything_and_is_marked_on_every_page(
    data_dir: Path, tmp_path: Path
) -> None:
    vault, _ = new_vault(data_dir)
    try:
        records = Records(vault.connection)
        code = thirty_interviews(records)
        case = load_case(records, code)
        data = case_summary_pdf(case, organisation=ORGANISATION, today=TODAY)
    finally:
        vault.lock()
    # Its speed is a `make bench` target (case summary PDF, 30 interviews), not asserted here.
    path = write(tmp_path, "case.pdf", data)
    pages = pages_of(path)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert "RISERVATO / CONFIDENTIAL" in page
        assert code in page
        assert f"pagina {n} di {len(pages)}" in page
    text = "\n".join(pages)
    for expected in [
        f"Scheda del caso {code}",
        "Nucleo familiare",
        "Valutazione",
        "Ammissibilità e decisione",
        "Ammesso al percorso",
        "Colloqui (31)",
        "Colloquio numero 30.",
        "perché più difficoltà",  # the notes, redacted: TRENTA is the family's e-mail name
        "Azioni del percorso",
        "Curriculum vitae",
        "Contributi economici",
        "123,45 €",
        "Totale contributi",
        "Consenso",
        "Chiusura",
        "Lavoro trovato",
        # The assessments over time, with amounts, ISEE, adults' work and benefits.
        "Valutazioni nel tempo",
        "Verifica intermedia",
        "Situazione lavorativa e profilo di occupabilità 2",
        "910,00 €",
        "ISEE corrente",
        "Genitore (1985): Lavoro precario",
        "Assegno unico e universale, 142,50 € al mese",
    ]:
        assert expected in flat(text), expected
    assert "verifica TRENTA" not in flat(text) and "misura TRENTA" not in flat(text)
    assert "NomeTRENTA" not in text and "+39 000 TRENTA" not in text  # identity left out
    assert "colloquio TRENTA" not in flat(text) and "Sostituzioni in questa stampa" in text
    info = info_of(path)
    assert info["Title"] == code
    assert info["Author"] == ORGANISATION
    assert "TRENTA" not in info["Title"] + info["Author"] + info.get("Subject", "")
    assert_fonts_embedded(path)


@needs_poppler
def test_the_case_summary_prints_names_only_when_asked(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    try:
        records = Records(vault.connection)
        family = populated_family(records, "NOMI")
        case = load_case(records, family.code)
    finally:
        vault.lock()
    plain = text_of(write(tmp_path, "a.pdf", case_summary_pdf(case, organisation="", today=TODAY)))
    named = text_of(
        write(
            tmp_path,
            "b.pdf",
            case_summary_pdf(case, organisation="", today=TODAY, include_identity=True),
        )
    )
    assert "NomeNOMI" not in plain and "NOMI@example.org" not in plain
    assert "NomeNOMI CognomeNOMI" in named and "NOMI@example.org" in named
    english = text_of(
        write(tmp_path, "c.pdf", case_summary_pdf(case, organisation="", today=TODAY, lang="en"))
    )
    assert f"Case summary {family.code}" in english and "page 1 of" in english


@needs_poppler
def test_markup_in_user_text_is_printed_not_obeyed(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    try:
        records = Records(vault.connection)
        family = populated_family(records, "X")
        assert family.id is not None
        with records.transaction():
            records.interviews.add(
                Interview(
                    family_id=family.id,
                    starts_at=datetime(2026, 3, 9, 9, 0),
                    duration_minutes=30,
                    mode=InterviewMode.DESK,
                    notes='<b>grassetto</b> & <font color="red">rosso</font> </para> &amp;',
                )
            )
        case = load_case(records, family.code)
    finally:
        vault.lock()
    text = text_of(write(tmp_path, "m.pdf", case_summary_pdf(case, organisation="", today=TODAY)))
    assert '<b>grassetto</b> & <font color="red">rosso</font> </para> &amp;' in text


# --- subject access, consent form, recovery sheet ----------------------------------------------


@needs_poppler
def test_subject_access_export_is_one_private_folder(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = new_vault(data_dir)
    try:
        records = Records(vault.connection)
        family = populated_family(records, "ACCESSO")
        result = export_subject(
            records,
            family.code,
            tmp_path / "accesso",
            organisation=ORGANISATION,
            retention_months=24,
            today=TODAY,
        )
        with pytest.raises(VaultError, match="already exists"):
            export_subject(
                records,
                family.code,
                tmp_path / "accesso",
                organisation=ORGANISATION,
                retention_months=24,
                today=TODAY,
            )
    finally:
        vault.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accesso", "vault"]  # no staging left
    assert stat.S_IMODE(result.folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in result.folder.iterdir()) == [
        f"{family.code}.json",
        f"{family.code}.pdf",
    ]
    for path in (result.pdf, result.json):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    (bundle,) = exchange.parse_document(result.json.read_bytes())  # readable by `import`
    assert bundle.identity is not None
    assert bundle.identity.people[0].given_name == "NomeACCESSO"
    text = flat(text_of(result.pdf))
    for expected in [
        f"Dati personali della famiglia {family.code}",
        "art. 15",
        "Informazioni sul trattamento",
        "24 mesi",
        "NomeACCESSO CognomeACCESSO",
        "ACCESSO@example.org",
        "colloquio ACCESSO",
        "risorse ACCESSO",
    ]:
        assert expected in flat(text), expected
    assert info_of(result.pdf)["Title"] == family.code


@needs_poppler
def test_the_consent_form_is_filled_in(tmp_path: Path) -> None:
    path = tmp_path / "consenso.pdf"
    write_consent_form(
        path,
        code="RIP-2026-007",
        organisation=ORGANISATION,
        municipality="Cernusco sul Naviglio",
        retention_months=24,
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = text_of(path)
    for expected in [
        "Informativa sul trattamento dei dati personali e consenso",
        "RIP-2026-007",
        ORGANISATION,
        "Comune di Cernusco sul Naviglio",
        "24 mesi",
        "Do il consenso",
        "Nego il consenso",
        "statistiche",
        "Firma",
    ]:
        assert expected in flat(text), expected
    assert "{" not in text
    info = info_of(path)
    assert info["Title"] == "RIP-2026-007" and info["Author"] == ORGANISATION
    assert_fonts_embedded(path)


@needs_poppler
def test_an_edited_notice_is_printed_as_written(tmp_path: Path) -> None:
    notice = "## Titolo\nTesto {code} con {graffe} e {organisation}{ e <b> &.\n\nAltro {"
    data = consent_form_pdf(
        code="RIP-2026-008",
        organisation="{code}",
        municipality="M",
        retention_months=12,
        notice_text=notice,
        lang="en",
    )
    text = text_of(write(tmp_path, "c.pdf", data))
    assert "Testo RIP-2026-008 con {graffe} e {code}{ e <b> &." in text
    assert "Privacy notice and consent" in text


@needs_poppler
def test_the_recovery_sheet_holds_the_key_and_nothing_else_does(tmp_path: Path) -> None:
    key = "ERF6-G426-KE71-MXP0-R9F1-FK7H-3JY5-Y7ET-KT5P"
    folder = tmp_path / "stampa"
    folder.mkdir()
    path = folder / "foglio.pdf"
    write_recovery_sheet(path, key, organisation=ORGANISATION, created=date(2026, 3, 2))
    assert sorted(p.name for p in folder.iterdir()) == ["foglio.pdf"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = text_of(path)
    assert key.replace("-", "") in re.sub(r"[\s–-]", "", text)
    assert "02/03/2026" in text and ORGANISATION in text
    assert "Conservate questo foglio" in text
    info = info_of(path)
    assert key.replace("-", "")[:8] not in re.sub(r"\W", "", " ".join(info.values()))
    assert_fonts_embedded(path)
    english = text_of(
        write(
            tmp_path,
            "en.pdf",
            recovery_sheet_pdf(key, organisation="", created=date(2026, 3, 2), lang="en"),
        )
    )
    assert "Vault recovery sheet" in english and "2026-03-02" in english


def test_the_recovery_key_reaches_no_other_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every file opened for writing while printing the sheet is the target's temp file."""
    import builtins

    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(c in mode for c in "wax+"):
            opened.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def spy_os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            opened.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    write_recovery_sheet(
        tmp_path / "k.pdf", "AAAA-BBBB-CCCC", organisation="", created=date(2026, 1, 1)
    )
    assert opened and all(Path(p).parent == tmp_path and "k.pdf" in p for p in opened)


# --- anything in any field: no exception ---------------------------------------------------------

ANY_TEXT = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=120),
    st.sampled_from(
        [
            "",
            "<b>",
            "</para>",
            "& &amp; &#0; &bogus;",
            '<font name="Nope">x</font>',
            "A" * 3000,
            "parola " * 600,
            "\u202eevil",
            "中文字符",
            "👪🏽🙂",
            "مرحبا بكم",
            "Ωμέγα Кириллица",
            "\x00\x01\x1b[31m",
            "\ud800\udfff",
            "x\ny\r\nz\tw",
            "\n" * 80,
        ]
    ),
)
NONBLANK = ANY_TEXT.filter(lambda s: bool(s.strip()))
FUZZ = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def case_files(draw: st.DrawFn) -> CaseFile:
    text = lambda: draw(ANY_TEXT)  # noqa: E731
    on = date(2026, 3, 2)
    family = Family(
        code="RIP-2026-001",
        created_on=on,
        updated_on=on,
        status=FamilyStatus.CLOSED,
        counsellor=text(),
        municipality=text(),
        adults=draw(st.integers(0, 99)),
        minors=draw(st.integers(0, 99)),
        first_contact_channel=draw(st.sampled_from([None, *Channel])),
        known_to_social_services=draw(st.sampled_from([None, True, False])),
        opened_on=on,
        closed_on=on,
    )
    identity = Identity(
        people=(Person(given_name=draw(NONBLANK), family_name=text()),),
        phones=(draw(NONBLANK),),
        emails=(draw(NONBLANK),),
        address=text(),
        contact_preferences=text(),
    )
    return CaseFile(
        family=family,
        identity=identity,
        members=(
            Member(role=MemberRole.PARENT, birth_year=draw(st.integers(1880, 2026))),
            Member(role=MemberRole.CHILD, birth_year=2999),  # a typo from the future
        ),
        first_contacts=(
            FirstContact(
                occurred_at=datetime(2026, 3, 1, 9, 0),
                channel=Channel.PHONE,
                outcome=FirstContactOutcome.OTHER,
                request=text(),
                notes=text(),
            ),
        ),
        assessment=Assessment(
            family_id=1,
            assessed_on=on,
            needs=tuple(
                NeedScore(area=a, baseline=draw(st.sampled_from([None, 0, 3])), note=text())
                for a in list(NeedArea)[:3]
            ),
            resources=text(),
            decision=Decision.NOT_ELIGIBLE,
            decided_on=on,
        ),
        interviews=(
            Interview(
                family_id=1,
                starts_at=datetime(2026, 3, 2, 9, 0),
                duration_minutes=draw(st.integers(1, 1440)),
                mode=InterviewMode.HOME_VISIT,
                participants=text(),
                notes=text(),
                next_steps=text(),
            ),
        ),
        actions=(
            PlanAction(
                family_id=1,
                action_type=ActionType.OTHER,
                description=text(),
                owner=text(),
                outcome=text(),
                status=ActionStatus.BLOCKED,
            ),
        ),
        payments=(
            AidPayment(
                family_id=1,
                paid_on=on,
                category=AidCategory.OTHER,
                amount_cents=draw(st.integers(1, 99_999_999_999)),
                payee_kind=PayeeKind.SUPPLIER,
                payee_name=draw(NONBLANK),
                receipt_ref=text(),
            ),
        ),
        consents=(
            Consent(
                family_id=1,
                notice_version=draw(NONBLANK),
                given_on=on,
                method=ConsentMethod.DIGITAL,
                scopes=frozenset({ConsentScope.PATH}),
            ),
        ),
        closures=(
            Closure(
                family_id=1,
                closed_on=on,
                reason=ClosureReason.OTHER,
                outcome=Outcome.WORK_FOUND,
                work_type=WorkType.SELF_EMPLOYED,
                note=text(),
            ),
        ),
    )


@FUZZ
@given(case_files(), ANY_TEXT, st.sampled_from(["it", "en"]))
def test_any_text_in_a_case_prints(case: CaseFile, organisation: str, lang: str) -> None:
    assert case_summary_pdf(case, organisation=organisation, today=TODAY, lang=lang)[:4] == b"%PDF"
    assert (
        subject_access_pdf(
            case, organisation=organisation, retention_months=24, today=TODAY, lang=lang
        )[:4]
        == b"%PDF"
    )


@FUZZ
@given(ANY_TEXT, ANY_TEXT, ANY_TEXT, st.one_of(st.none(), ANY_TEXT), st.sampled_from(["it", "en"]))
def test_any_text_in_a_consent_form_prints(
    organisation: str, municipality: str, version: str, notice: str | None, lang: str
) -> None:
    data = consent_form_pdf(
        code="RIP-2026-001",
        organisation=organisation,
        municipality=municipality,
        retention_months=24,
        notice_text=notice,
        notice_version=version,
        lang=lang,
    )
    assert data[:4] == b"%PDF"


@FUZZ
@given(ANY_TEXT, ANY_TEXT, st.sampled_from(["it", "en"]))
def test_any_key_and_organisation_print_on_a_recovery_sheet(
    key: str, organisation: str, lang: str
) -> None:
    data = recovery_sheet_pdf(key, organisation=organisation, created=TODAY, lang=lang)
    assert data[:4] == b"%PDF"


@FUZZ
@given(
    st.lists(ANY_TEXT, max_size=3),
    st.lists(st.tuples(ANY_TEXT, st.lists(ANY_TEXT, max_size=3)), max_size=2),
    st.dictionaries(st.sampled_from(["phone", "email", "referral"]), st.integers(0, 10**9)),
    st.integers(3, 100),
    st.sampled_from(["it", "en"]),
)
def test_any_organisation_story_and_count_print_in_a_summary(
    organisations: list[str],
    stories: list[tuple[str, list[str]]],
    contacts: dict[str, int],
    k: int,
    lang: str,
) -> None:
    counts = empty_counts()
    counts["first_contacts"].update(contacts)  # type: ignore[union-attr]
    summary = Summary(
        period=Period.parse("2026-01", "2026-12"),
        organisations=tuple(organisations),
        capacity=0,
        aid_budget_cents=0,
        k=k,
        generated=Period.parse("2027-01", "2027-01").first,
        counts=counts,
    )
    data = summary_pdf(summary, lang=lang, stories=[Story(t, tuple(ids)) for t, ids in stories])
    assert data[:4] == b"%PDF"


def test_default_settings_print_everything(tmp_path: Path) -> None:
    """A vault with settings never filled in (no organisation) still gets every document."""
    s = Settings()
    assert (
        consent_form_pdf(
            code="RIP-2026-001",
            organisation=s.organisation,
            municipality=s.municipality,
            retention_months=s.retention_months,
        )[:4]
        == b"%PDF"
    )


def test_a_table_heads_each_column_with_its_text_and_gives_it_its_share_of_the_width() -> None:
    from ripartire_desktop.reports.pdf_tables import table
    from ripartire_desktop.reports.pdfbase import CONTENT_WIDTH, styles
    from ripartire_desktop.reports.strings import t

    columns = (("col_date", 0.25), ("col_amount", 0.75))
    for lang in ("it", "en"):
        made = table(columns, [["1 marzo", "€ 10,00"]], styles(), lang, right_from=1)
        assert made._colWidths == [CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75]
        cells = made._cellvalues
        assert [cell.text for cell in cells[0]] == [t("col_date", lang), t("col_amount", lang)]
        assert [cell.text for cell in cells[1]] == ["1 marzo", "€ 10,00"]
    with pytest.raises(KeyError):
        table((("col_no_such_column", 1.0),), [], styles(), "it")
