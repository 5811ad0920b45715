"""Demo data: a vault full of obviously fictional families, for trying the app and for benchmarks.

Rows are written straight into the schema in batches (the per-row repositories are far too
slow for 250,000 interviews), so every value here must keep the domain's rules; the tests read
each generated family back through the repositories to prove it. Everything comes from one
seeded generator: the same seed and the same `today` give the same content on a fresh vault.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from ripartire_desktop.domain import (
    ActionStatus,
    ActionType,
    AidCategory,
    Channel,
    ClosureReason,
    ConsentMethod,
    ConsentScope,
    Decision,
    Education,
    FamilyStatus,
    FirstContactOutcome,
    InterviewMode,
    MemberRole,
    NeedArea,
    Outcome,
    PayeeKind,
    Settings,
    WorkSituation,
    WorkType,
    age_band_for_birth_year,
    format_family_code,
)
from ripartire_desktop.domain.tax_code import check_character
from ripartire_desktop.store.connection import Connection, transaction
from ripartire_desktop.store.records.audit import AuditAction, AuditLog
from ripartire_desktop.store.records.settings import SettingsRepository

T = TypeVar("T")
S = FamilyStatus

# Families per transaction: big enough for few commits and few full-text segments, small
# enough that the WAL stays small and the progress bar moves.
CHUNK_FAMILIES = 1000
FLUSH_ROWS = 50_000  # interview rows held in memory at most
DEMO_SETTINGS = Settings(
    organisation="Associazione Demo (dati fittizi)",
    counsellor_name="Operatrice Demo",
    aid_budget_cents=3_500_000,
)
MUNICIPALITY = "Cernusco sul Naviglio"
# A Belfiore (birthplace) code that no municipality has: every demo codice fiscale is fake.
FAKE_BIRTHPLACE = "X000"

# --- invented names and places ------------------------------------------------------------
# INVENTED surnames, chosen to sound like "fictional, sample, mock-up": no real family is meant.
SURNAMES = (
    "Fittizi", "Esempio", "Provini", "Demolli", "Simulati", "Inventati", "Finzioni",
    "Immaginari", "Modellini", "Prototipi", "Campionari", "Ipotetici", "Fintoni", "Verosimili",
    "Figurati", "Fantasiosi", "Supposti", "Presunti", "Bozzettoni", "Provvisori",
)  # fmt: skip
# Common given names; only ever combined with the invented surnames above.
MALE_NAMES = (
    "Marco", "Luca", "Alessandro", "Andrea", "Paolo", "Davide", "Matteo", "Giorgio", "Stefano",
    "Roberto", "Francesco", "Simone", "Ahmed", "Mihai", "Jorge", "Karim",
)  # fmt: skip
FEMALE_NAMES = (
    "Giulia", "Sara", "Francesca", "Chiara", "Elena", "Anna", "Federica", "Laura", "Silvia",
    "Valentina", "Martina", "Paola", "Fatima", "Ioana", "Olga", "Lucia",
)  # fmt: skip
# INVENTED streets.
STREETS = (
    "Via dei Prototipi", "Via degli Esempi", "Piazza delle Prove", "Viale delle Ipotesi",
    "Via della Simulazione", "Vicolo dei Modelli", "Via dei Campioni Fittizi", "Largo dei Bozzetti",
)  # fmt: skip
NEIGHBOUR_TOWNS = ("Pioltello", "Carugate", "Vimodrone", "Bussero", "Cassina de' Pecchi")
COUNSELLORS = ("Operatrice Demo", "Operatrice Demo", "Operatrice Demo", "Operatore Esempio")
CONTACT_PREFERENCES = (
    "", "", "", "Solo dopo le 18.", "Non lasciare messaggi in segreteria.",
    "Preferisce il contatto via e-mail.", "Chiamare sul cellulare, mai sul fisso.",
)  # fmt: skip

# --- the sentence bank of interview notes ---------------------------------------------------
# Placeholders come from the family's story: {G}/{g} the parent who speaks most ("Il padre" /
# "il padre"), {o} the gender ending, {job}, {month}, {child}/{Child}, {amount}.
AREA_FRAGMENTS: dict[NeedArea, tuple[str, ...]] = {
    NeedArea.WORK: (
        "{G} ha perso il lavoro {job} a {month}.",
        "{G} lavora {job} con un contratto a chiamata, poche ore alla settimana.",
        "{G} ha fatto due colloqui di lavoro, per ora senza risposta.",
        "Il contratto a termine di {g} scade a fine mese e non verrà rinnovato.",
        "{G} è disponibile anche su turni, ma non la sera perché non sa a chi lasciare i bambini.",
        "{G} si è iscritt{o} al Centro per l'impiego e ha rilasciato la DID.",
        "Valutata la possibilità di un tirocinio retribuito in un'attività della zona.",
        "{G} vorrebbe cambiare settore: più stabilità, anche con uno stipendio più basso.",
    ),
    NeedArea.INCOME: (
        "Le entrate del nucleo non bastano più a coprire le spese fisse del mese.",
        "Dopo l'affitto restano circa {amount} euro per tutto il mese.",
        "La famiglia vive con l'assegno unico e qualche lavoretto saltuario.",
        "{G} riferisce che quest'anno le spese sono cresciute più delle entrate.",
    ),
    NeedArea.DEBT: (
        "Ci sono rate arretrate di un finanziamento per l'auto.",
        "La famiglia ha un debito con il condominio per le spese degli ultimi mesi.",
        "{G} ha chiesto un prestito a parenti e ora fatica a restituirlo.",
        "È emersa una cartella esattoriale che la famiglia non sapeva di avere.",
    ),
    NeedArea.HOUSING: (
        "Il contratto d'affitto scade tra pochi mesi e il proprietario non vuole rinnovarlo.",
        "L'appartamento è piccolo e umido, i bambini dormono nella stanza dei genitori.",
        "Due mensilità di affitto arretrate: il proprietario ha mandato un sollecito.",
        "La famiglia è in graduatoria per una casa popolare, ma i tempi sono lunghi.",
    ),
    NeedArea.ENERGY_BILLS: (
        "La famiglia riferisce difficoltà a pagare le bollette di luce e gas.",
        "È arrivato un avviso di sospensione della fornitura del gas.",
        "La bolletta della luce dell'inverno è più che raddoppiata rispetto all'anno scorso.",
        "Verificato il bonus sociale per le bollette: la domanda non era mai stata fatta.",
    ),
    NeedArea.CHILDCARE: (
        "{Child} ha iniziato il nido a settembre, ma la retta pesa molto.",
        "Senza una rete vicina, {g} non riesce a conciliare il lavoro con gli orari della scuola.",
        "Serve un posto al pre-scuola per poter accettare un lavoro che inizia alle 8.",
        "I nonni aiutano con i bambini solo nel fine settimana.",
    ),
    NeedArea.HEALTH: (
        "{G} ha problemi alla schiena che limitano i lavori pesanti.",
        "{Child} segue una terapia logopedica che la famiglia fatica a pagare.",
        "{G} riferisce stanchezza e preoccupazione, dorme poco.",
    ),
    NeedArea.EDUCATION_TRAINING: (
        "{G} ha un diploma ottenuto all'estero non ancora riconosciuto in Italia.",
        "Interesse per un corso serale di italiano e per il corso da operatore socio-sanitario.",
        "{G} vorrebbe prendere la patente per avere più possibilità di lavoro.",
        "{Child} ha difficoltà a scuola; i genitori chiedono un aiuto per i compiti.",
    ),
    NeedArea.SOCIAL_NETWORK: (
        "La famiglia è arrivata a Cernusco da poco e non conosce quasi nessuno.",
        "{G} si vergogna a chiedere aiuto e non si era mai rivolt{o} ai servizi.",
        "Parenti lontani, nessuno su cui contare in caso di emergenza.",
        "Proposto il gruppo di mutuo aiuto dei genitori che si incontra in oratorio.",
    ),
    NeedArea.BENEFITS_ACCESS: (
        "La famiglia non aveva mai richiesto l'ISEE: fissato appuntamento al CAF.",
        "Verificati i requisiti per l'assegno di inclusione: mancano alcuni documenti.",
        "La domanda di assegno unico è ferma perché manca un documento.",
        "{G} non sapeva di poter chiedere l'esenzione dalla mensa scolastica.",
    ),
}
AREAS = tuple(AREA_FRAGMENTS)
OPENERS: dict[InterviewMode, tuple[str, ...]] = {
    InterviewMode.DESK: (
        "Colloquio allo sportello.",
        "Colloquio in sede, clima sereno.",
        "{G} è venut{o} allo sportello senza appuntamento.",
    ),
    InterviewMode.PHONE: ("Colloquio telefonico di aggiornamento.", "Sentit{o} {g} per telefono."),
    InterviewMode.VIDEO: ("Colloquio in videochiamata perché {g} non poteva spostarsi.",),
    InterviewMode.HOME_VISIT: ("Visita domiciliare concordata con la famiglia.",),
    InterviewMode.NEUTRAL_PLACE: (
        "Colloquio in un luogo neutro, come preferito dalla famiglia.",
        "Incontro al bar vicino alla stazione, su richiesta di {g}.",
    ),
}
CLOSERS = (
    "La famiglia appare motivata e collabora.",
    "{G} è più tranquill{o} rispetto all'ultimo incontro.",
    "Situazione stabile, nessuna novità rilevante.",
    "Si percepisce molta preoccupazione per i figli.",
    "Buoni progressi nelle attività concordate.",
    "{G} chiede perché la domanda sia così lenta; spiegati i tempi.",
)
NEXT_STEPS = (
    "",
    "Concordato di aggiornare il curriculum entro la prossima settimana.",
    "{G} porterà le ultime bollette al prossimo colloquio.",
    "L'operatrice contatterà il fornitore per una rateizzazione.",
    "Fissare appuntamento al CAF per l'ISEE.",
    "Inviare la candidatura per il tirocinio entro venerdì.",
    "Verificare con la scuola la disponibilità del pre-scuola.",
    "Raccogliere i documenti per la domanda di assegno di inclusione.",
    "Iscrizione al corso di formazione entro la scadenza del bando.",
    "Richiamare tra due settimane per un aggiornamento.",
)
PARTICIPANTS = (
    "{g}, operatrice",
    "{g}, operatrice",
    "entrambi i genitori, operatrice",
    "{g}, operatrice, mediatrice culturale",
    "{g}, operatrice, educatrice del servizio minori",
)
RESOURCES = (
    "Buona rete familiare: la nonna aiuta con i bambini.",
    "{G} ha esperienza {job} e la patente B.",
    "Forte motivazione a rimettersi in gioco.",
    "La figlia maggiore aiuta con i fratelli più piccoli.",
    "Buona conoscenza dell'italiano e del computer.",
    "Disponibilità a spostarsi nei comuni vicini.",
)
JOBS = (
    "in magazzino", "in un'impresa di pulizie", "nella ristorazione", "in cantiere",
    "come autista", "in un negozio di abbigliamento", "in una cooperativa di logistica",
    "come badante", "in un supermercato",
)  # fmt: skip
MONTHS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip
CHILDREN = ("il figlio maggiore", "la figlia più piccola", "il bambino", "la bambina")
REQUESTS = (
    "Chiede informazioni sul progetto dopo aver visto il post sui social.",
    "Chiede un aiuto per le bollette arretrate.",
    "Ha perso il lavoro e chiede come funziona lo sportello.",
    "Chiede se il progetto aiuta anche chi non è residente a Cernusco.",
    "Chiede un sostegno per le spese scolastiche dei figli.",
    "Vuole sapere se può avere un aiuto per l'affitto.",
)
DESK_NOTES = (
    "",
    "Non ha voluto lasciare il nome, richiamerà.",
    "Date le informazioni sui requisiti e sugli orari dello sportello.",
    "Indirizzata al CAF per l'ISEE.",
    "Non residente: indicati i servizi del suo comune.",
)
ACTION_TEXT: dict[ActionType, tuple[str, str]] = {
    # type: (description, outcome when done)
    ActionType.JOB_ORIENTATION: (
        "Colloquio di orientamento al lavoro con l'ente partner.",
        "Individuati due settori su cui puntare.",
    ),
    ActionType.CV: ("Aggiornare il curriculum e la lettera di presentazione.", "CV aggiornato."),
    ActionType.JOB_SEARCH: (
        "Candidature mirate alle offerte della zona.",
        "Inviate dieci candidature, due colloqui.",
    ),
    ActionType.TRAINEESHIP: (
        "Attivazione di un tirocinio retribuito in un'attività locale.",
        "Tirocinio avviato.",
    ),
    ActionType.TRAINING_COURSE: ("Iscrizione a un corso di formazione.", "Corso completato."),
    ActionType.EMERGENCY_CASH_AID: (
        "Contributo economico urgente per le spese essenziali.",
        "Contributo erogato.",
    ),
    ActionType.ENERGY_BILLS: (
        "Pagamento delle bollette arretrate di luce e gas e richiesta di rateizzazione.",
        "Sospensione evitata, piano di rientro concordato.",
    ),
    ActionType.MICROCREDIT: ("Accompagnamento alla domanda di microcredito.", "Domanda accolta."),
    ActionType.PUBLIC_BENEFITS: (
        "Domanda di assegno di inclusione e aggiornamento dell'ISEE.",
        "Beneficio riconosciuto.",
    ),
    ActionType.PSYCHOLOGICAL_SUPPORT: (
        "Invio al consultorio per un sostegno psicologico.",
        "Primi colloqui svolti.",
    ),
    ActionType.SCHOOL_CHILDCARE_SUPPORT: (
        "Contributo per libri di testo, mensa e pre-scuola.",
        "Spese scolastiche coperte.",
    ),
    ActionType.REFERRAL: ("Invio ai servizi sociali del comune.", "Presa in carico avviata."),
    ActionType.OTHER: ("Accompagnamento per pratiche varie.", "Pratica conclusa."),
}
OWNERS = ("famiglia", "operatrice", "operatrice", "Centro per l'impiego", "CAF", "ente partner")
CANCELLED_OUTCOME = "Annullata: la famiglia ha trovato un'altra soluzione."
# INVENTED suppliers.
SUPPLIERS: dict[AidCategory, str] = {
    AidCategory.ENERGY_BILLS: "Fornitore Energia Demo S.p.A.",
    AidCategory.RENT_HOUSING: "Immobiliare Esempio S.r.l.",
    AidCategory.SCHOOL_COSTS: "Cartoleria Fittizia S.n.c.",
    AidCategory.FOOD_VOUCHERS: "Supermercato Demo (buoni spesa)",
    AidCategory.HEALTH: "Farmacia Esempio",
    AidCategory.TRANSPORT: "Trasporti Pubblici Demo",
    AidCategory.TRAINING_COSTS: "Ente di Formazione Demo",
}
# Range of an aid payment in cents, and the share paid to a supplier rather than the family.
AID_AMOUNTS: dict[AidCategory, tuple[int, int, float]] = {
    AidCategory.EMERGENCY_CASH: (10_000, 50_000, 0.0),
    AidCategory.ENERGY_BILLS: (6_000, 48_000, 0.9),
    AidCategory.RENT_HOUSING: (35_000, 80_000, 0.7),
    AidCategory.SCHOOL_COSTS: (5_000, 30_000, 0.6),
    AidCategory.FOOD_VOUCHERS: (5_000, 20_000, 1.0),
    AidCategory.HEALTH: (2_000, 25_000, 0.5),
    AidCategory.TRANSPORT: (3_500, 12_000, 0.8),
    AidCategory.TRAINING_COSTS: (10_000, 60_000, 1.0),
    AidCategory.OTHER: (2_000, 20_000, 0.0),
}
ACTION_AID: dict[ActionType, AidCategory] = {
    ActionType.EMERGENCY_CASH_AID: AidCategory.EMERGENCY_CASH,
    ActionType.ENERGY_BILLS: AidCategory.ENERGY_BILLS,
    ActionType.SCHOOL_CHILDCARE_SUPPORT: AidCategory.SCHOOL_COSTS,
    ActionType.TRAINING_COURSE: AidCategory.TRAINING_COSTS,
    ActionType.TRAINEESHIP: AidCategory.TRANSPORT,
}
CLOSURE_NOTES = (
    "Percorso concluso come concordato.",
    "La famiglia ringrazia e resta in contatto con lo sportello.",
    "Obiettivi raggiunti in parte; indicati i servizi del territorio.",
)


@dataclass(frozen=True, slots=True)
class DemoStats:
    """What one run added (first contacts: linked and anonymous), and how long it took."""

    families: int
    interviews: int
    actions: int
    payments: int
    first_contacts: int
    seconds: float


class _Pick(Generic[T]):
    """A weighted choice drawn with one `random()` call (much cheaper than `choices`)."""

    def __init__(self, weighted: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in weighted]
        self.cum = list(itertools.accumulate(w for _, w in weighted))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


# --- how the families are spread ------------------------------------------------------------
# Shares of the families that are neither on a path nor waiting (those follow the capacity).
OTHER_STATUSES: tuple[tuple[FamilyStatus, float], ...] = (
    (S.FIRST_CONTACT, 9),
    (S.INTAKE, 7),
    (S.ASSESSMENT, 7),
    (S.REFERRED, 11),
    (S.NOT_ELIGIBLE, 9),
    (S.WITHDREW, 12),
    (S.CLOSED, 30),
)
WAITING_SHARE = 0.06
# How many interviews a family of each status gets, relative to the others.
INTERVIEW_WEIGHT: dict[FamilyStatus, float] = {
    S.FIRST_CONTACT: 0.1,
    S.INTAKE: 0.3,
    S.ASSESSMENT: 0.5,
    S.WAITING_LIST: 0.6,
    S.ACTIVE_PATH: 1.6,
    S.REFERRED: 0.4,
    S.NOT_ELIGIBLE: 0.3,
    S.WITHDREW: 0.5,
    S.CLOSED: 1.4,
}
CHANNEL = _Pick(
    [
        (Channel.PHONE, 30),
        (Channel.EMAIL, 15),
        (Channel.SOCIAL_NETWORK, 25),
        (Channel.WORD_OF_MOUTH, 20),
        (Channel.REFERRAL, 8),
        (Channel.OTHER, 2),
    ]
)
MODE = _Pick(
    [
        (InterviewMode.DESK, 45),
        (InterviewMode.PHONE, 25),
        (InterviewMode.VIDEO, 8),
        (InterviewMode.HOME_VISIT, 7),
        (InterviewMode.NEUTRAL_PLACE, 15),
    ]
)
DURATIONS = (20, 30, 30, 45, 45, 45, 60, 60, 75, 90)
CHILD_COUNT = _Pick([(1, 35), (2, 40), (3, 18), (4, 7)])
SPEAKER_WORK = _Pick(
    [
        (WorkSituation.UNEMPLOYED, 50),
        (WorkSituation.PRECARIOUS, 30),
        (WorkSituation.EMPLOYED, 5),
        (WorkSituation.NEVER_WORKED, 5),
        (WorkSituation.HOMEMAKER, 10),
    ]
)
PARTNER_WORK = _Pick(
    [
        (WorkSituation.EMPLOYED, 40),
        (WorkSituation.PRECARIOUS, 20),
        (WorkSituation.UNEMPLOYED, 15),
        (WorkSituation.HOMEMAKER, 20),
        (WorkSituation.UNABLE_TO_WORK, 5),
    ]
)
EDUCATION = _Pick(
    [
        (Education.PRIMARY, 6),
        (Education.LOWER_SECONDARY, 30),
        (Education.UPPER_SECONDARY, 28),
        (Education.VOCATIONAL, 15),
        (Education.UNIVERSITY, 8),
        (Education.FOREIGN_UNRECOGNISED, 11),
        (Education.NONE, 2),
    ]
)
BASELINE = _Pick([(0, 10), (1, 25), (2, 35), (3, 30)])
MOTIVATION = _Pick([(1, 3), (2, 8), (3, 25), (4, 35), (5, 29)])
ACTION_TYPE = _Pick(
    [
        (ActionType.JOB_ORIENTATION, 10),
        (ActionType.CV, 12),
        (ActionType.JOB_SEARCH, 14),
        (ActionType.TRAINEESHIP, 6),
        (ActionType.TRAINING_COURSE, 8),
        (ActionType.EMERGENCY_CASH_AID, 10),
        (ActionType.ENERGY_BILLS, 12),
        (ActionType.MICROCREDIT, 3),
        (ActionType.PUBLIC_BENEFITS, 10),
        (ActionType.PSYCHOLOGICAL_SUPPORT, 4),
        (ActionType.SCHOOL_CHILDCARE_SUPPORT, 7),
        (ActionType.REFERRAL, 2),
        (ActionType.OTHER, 2),
    ]
)
A = ActionStatus
ACTION_STATUS: dict[FamilyStatus, _Pick[ActionStatus]] = {
    S.ACTIVE_PATH: _Pick(
        [(A.PLANNED, 25), (A.IN_PROGRESS, 30), (A.BLOCKED, 8), (A.DONE, 30), (A.CANCELLED, 7)]
    ),
    S.WAITING_LIST: _Pick([(A.PLANNED, 50), (A.IN_PROGRESS, 30), (A.DONE, 20)]),
    S.CLOSED: _Pick([(A.DONE, 78), (A.CANCELLED, 22)]),
    S.WITHDREW: _Pick([(A.DONE, 40), (A.CANCELLED, 60)]),
}
WAITING_ACTIONS = (
    ActionType.EMERGENCY_CASH_AID,
    ActionType.PUBLIC_BENEFITS,
    ActionType.ENERGY_BILLS,
)
EXTRA_AID = _Pick(
    [
        (AidCategory.FOOD_VOUCHERS, 40),
        (AidCategory.RENT_HOUSING, 20),
        (AidCategory.HEALTH, 15),
        (AidCategory.TRANSPORT, 15),
        (AidCategory.OTHER, 10),
    ]
)
CONSENT_METHOD = _Pick(
    [
        (ConsentMethod.SIGNED_PAPER, 60),
        (ConsentMethod.DIGITAL, 25),
        (ConsentMethod.VERBAL_RECORDED, 15),
    ]
)
CLOSURE = _Pick(
    [
        ((ClosureReason.PATH_COMPLETED, Outcome.WORK_FOUND), 30),
        ((ClosureReason.PATH_COMPLETED, Outcome.TRAINING_COMPLETED), 12),
        ((ClosureReason.PATH_COMPLETED, Outcome.NEEDS_MET), 18),
        ((ClosureReason.NO_CONTACT, Outcome.NO_CONTACT), 10),
        ((ClosureReason.MOVED_AWAY, Outcome.MOVED_AWAY), 8),
        ((ClosureReason.REFERRED, Outcome.REFERRED_TO_SERVICES), 10),
        ((ClosureReason.WITHDREW, Outcome.WITHDREW), 7),
        ((ClosureReason.OTHER, Outcome.OTHER), 5),
    ]
)
WORK_TYPE = _Pick(
    [
        (WorkType.PERMANENT, 20),
        (WorkType.FIXED_TERM, 40),
        (WorkType.TEMPORARY, 20),
        (WorkType.SELF_EMPLOYED, 5),
        (WorkType.TRAINEESHIP_PAID, 15),
    ]
)
DESK_OUTCOME = _Pick(
    [
        (FirstContactOutcome.INFORMATION_GIVEN, 50),
        (FirstContactOutcome.REFERRED_ELSEWHERE, 20),
        (FirstContactOutcome.NOT_PERTINENT, 20),
        (FirstContactOutcome.OTHER, 10),
    ]
)
UNMET = _Pick([("resident", 50), ("minor", 30), ("hardship", 20)])
ANONYMOUS_CONTACT_SHARE = 0.15
HISTORY_DAYS = 700  # everything happens within about two years before `today`


# --- the plan: one status and timeline per family -----------------------------------------


@dataclass(slots=True)
class _Plan:
    status: FamilyStatus
    created: date
    updated: date
    decision: Decision | None = None  # None: not assessed
    assessed: date | None = None
    decided: date | None = None
    opened: date | None = None
    closed: date | None = None
    left: date | None = None  # the day contact ended (closure, withdrawal, referral, ...)
    unmet: str = ""  # the criterion a not-eligible family misses
    interviews: int = 0

    @property
    def end(self) -> date:
        return self.left or self.updated


def _days(n: int) -> timedelta:
    return timedelta(days=n)


def _assessed(rng: random.Random, status: FamilyStatus, decided: date, decision: Decision) -> _Plan:
    """A family assessed a few weeks after its first contact, decided on `decided`."""
    assessed = decided - _days(rng.randint(0, 14))
    created = assessed - _days(rng.randint(3, 21))
    return _Plan(status, created, decided, decision=decision, assessed=assessed, decided=decided)


def _plan_first_contact(rng: random.Random, today: date) -> _Plan:
    created = today - _days(rng.randint(0, 30))
    return _Plan(S.FIRST_CONTACT, created, created)


def _plan_intake(rng: random.Random, today: date) -> _Plan:
    created = today - _days(rng.randint(3, 60))
    return _Plan(S.INTAKE, created, created + _days(rng.randint(0, 3)))


def _plan_assessment(rng: random.Random, today: date) -> _Plan:
    assessed = today - _days(rng.randint(0, 30))
    created = assessed - _days(rng.randint(3, 21))
    return _Plan(S.ASSESSMENT, created, assessed, decision=Decision.PENDING, assessed=assessed)


def _plan_waiting(rng: random.Random, today: date) -> _Plan:
    decided = today - _days(rng.randint(1, 240))
    return _assessed(rng, S.WAITING_LIST, decided, Decision.WAITING_LIST)


def _plan_active(rng: random.Random, today: date) -> _Plan:
    opened = today - _days(rng.randint(7, 420))
    # About a third came off the waiting list, weeks after the decision.
    wait = rng.randint(10, 120) if rng.random() < 0.3 else rng.randint(0, 7)
    plan = _assessed(rng, S.ACTIVE_PATH, opened - _days(wait), Decision.ADMITTED)
    plan.opened = plan.updated = opened
    return plan


def _plan_closed(rng: random.Random, today: date) -> _Plan:
    closed = today - _days(rng.randint(1, 300))
    opened = closed - _days(rng.randint(60, 330))
    plan = _assessed(rng, S.CLOSED, opened - _days(rng.randint(0, 30)), Decision.ADMITTED)
    plan.opened, plan.closed, plan.left, plan.updated = opened, closed, closed, closed
    return plan


def _plan_referred(rng: random.Random, today: date) -> _Plan:
    plan = _assessed(rng, S.REFERRED, today - _days(rng.randint(1, 680)), Decision.REFERRED)
    plan.left = plan.decided
    return plan


def _plan_not_eligible(rng: random.Random, today: date) -> _Plan:
    decided = today - _days(rng.randint(1, 680))
    plan = _assessed(rng, S.NOT_ELIGIBLE, decided, Decision.NOT_ELIGIBLE)
    plan.left, plan.unmet = plan.decided, UNMET(rng)
    return plan


def _plan_withdrew(rng: random.Random, today: date) -> _Plan:
    stage = rng.random()
    if stage < 0.3:  # before any assessment
        created = today - _days(rng.randint(10, HISTORY_DAYS))
        left = min(today, created + _days(rng.randint(1, 30)))
        return _Plan(S.WITHDREW, created, left, left=left)
    if stage < 0.6:  # at the assessment
        plan = _assessed(rng, S.WITHDREW, today - _days(rng.randint(1, 680)), Decision.WITHDREW)
        plan.left = plan.decided
        return plan
    left = today - _days(rng.randint(1, 450))  # during the path
    opened = left - _days(rng.randint(20, 200))
    plan = _assessed(rng, S.WITHDREW, opened - _days(rng.randint(0, 14)), Decision.ADMITTED)
    plan.opened, plan.left, plan.updated = opened, left, left
    return plan


PLANNERS: dict[FamilyStatus, Callable[[random.Random, date], _Plan]] = {
    S.FIRST_CONTACT: _plan_first_contact,
    S.INTAKE: _plan_intake,
    S.ASSESSMENT: _plan_assessment,
    S.WAITING_LIST: _plan_waiting,
    S.ACTIVE_PATH: _plan_active,
    S.CLOSED: _plan_closed,
    S.REFERRED: _plan_referred,
    S.NOT_ELIGIBLE: _plan_not_eligible,
    S.WITHDREW: _plan_withdrew,
}


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """`total` split in proportion to `weights` (largest remainder), summing exactly to it."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _status_counts(families: int, *, free_paths: int, capacity: int) -> dict[FamilyStatus, int]:
    """How many families of each status: the paths follow the capacity, the rest is spread."""
    active = min(free_paths, math.ceil(families * 0.42))
    # A big stress-test vault gets a plausible share of paths, not 25 out of 10,000.
    if capacity > 0 and families >= 20 * capacity:
        active = max(active, families // 20)
    paths_full = free_paths - active <= 0
    waiting = min(families - active, round(families * WAITING_SHARE)) if paths_full else 0
    counts = {S.ACTIVE_PATH: active, S.WAITING_LIST: waiting}
    rest = _apportion(families - active - waiting, [w for _, w in OTHER_STATUSES])
    counts.update({status: n for (status, _), n in zip(OTHER_STATUSES, rest, strict=True)})
    return counts


def _plan_all(
    rng: random.Random, counts: dict[FamilyStatus, int], interviews: int, today: date
) -> list[_Plan]:
    statuses = [status for status in FamilyStatus for _ in range(counts.get(status, 0))]
    rng.shuffle(statuses)
    plans = [PLANNERS[status](rng, today) for status in statuses]
    weights = [
        INTERVIEW_WEIGHT[p.status] * math.sqrt((p.end - p.created).days + 7) * (0.6 + rng.random())
        for p in plans
    ]
    for plan, n in zip(plans, _apportion(interviews, weights), strict=True):
        plan.interviews = n
    # Codes are issued in order of first contact, as they would have been at the desk.
    order = sorted(range(len(plans)), key=lambda i: (plans[i].created, i))
    return [plans[i] for i in order]


# --- writing the rows -----------------------------------------------------------------------

# The columns written per table, in dependency order (parents first).
COLUMNS: dict[str, tuple[str, ...]] = {
    "issued_codes": ("code", "year", "seq"),
    "families": (
        "id", "code", "status", "counsellor", "municipality", "adults", "minors",
        "first_contact_channel", "known_to_social_services", "created_on", "updated_on",
        "opened_on", "closed_on",
    ),
    "identities": ("family_id", "address", "tax_code", "contact_preferences"),
    "identity_people": ("family_id", "position", "given_name", "family_name", "tax_code"),
    "identity_contacts": ("family_id", "kind", "position", "value"),
    "members": (
        "family_id", "role", "age_band", "birth_year", "work_situation", "unemployed_since",
        "education",
    ),
    "first_contacts": ("family_id", "occurred_at", "channel", "outcome", "request", "notes"),
    "actions": (
        "id", "family_id", "action_type", "description", "owner", "due_on", "status", "outcome",
    ),
    "aid_payments": (
        "id", "family_id", "paid_on", "category", "amount_cents", "payee_kind", "payee_name",
        "receipt_ref", "action_id",
    ),
    "consents": ("family_id", "notice_version", "given_on", "method", "scopes", "withdrawn_on"),
    "closures": ("family_id", "closed_on", "reason", "outcome", "work_type", "note"),
    "assessments": (
        "id", "family_id", "assessed_on", "motivation", "resources", "resident", "has_minor",
        "job_loss_or_hardship", "decision", "decided_on",
    ),
    "need_scores": ("assessment_id", "area", "baseline", "exit", "note"),
    "interviews": (
        "family_id", "starts_at", "duration_minutes", "mode", "participants", "notes", "topics",
        "next_steps", "next_appointment",
    ),
}  # fmt: skip


STAGE = "ripartire_demo_stage_"  # prefix of the in-memory staging tables
TEMP_STORE_MEMORY = 2  # PRAGMA temp_store value: no temp table ever reaches the disk


@dataclass(frozen=True, slots=True)
class _Bulk:
    """The statements that move one table's batch through its in-memory staging table.

    With SQLCipher's memory security on, every execution of a statement on the encrypted
    database pays for locking and wiping its allocations (and for a statement journal when
    triggers fire). Rows therefore go first into a temp table (in memory: temp_store=MEMORY)
    and then into the real table with one INSERT ... SELECT per batch, about five times
    faster than `executemany` on the table itself. The triggers still fire for every row.
    """

    create: str
    stage: str
    copy: str
    clear: str
    drop: str


def _bulk(table: str) -> _Bulk:
    columns = ", ".join(COLUMNS[table])
    marks = ", ".join("?" * len(COLUMNS[table]))
    stage = f"temp.{STAGE}{table}"
    return _Bulk(
        create=f"CREATE TEMP TABLE IF NOT EXISTS {STAGE}{table} ({columns})",
        stage=f"INSERT INTO {stage} ({columns}) VALUES ({marks})",
        copy=f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM {stage} ORDER BY rowid",
        clear=f"DELETE FROM {stage}",
        drop=f"DROP TABLE IF EXISTS {stage}",
    )


BULK = {table: _bulk(table) for table in COLUMNS}


# Tables whose ids other rows point to are numbered here; the rest let SQLite number them.
NUMBERED = ("families", "assessments", "actions", "aid_payments")
_SCOPES_ALL = f"{ConsentScope.ANONYMOUS_STATISTICS.value} {ConsentScope.PATH.value}"
_TAX_MONTHS = "ABCDEHLMPRST"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()


def _tax_code_part(name: str, *, given: bool) -> str:
    letters = [c for c in _ascii(name) if c.isalpha()]
    consonants = [c for c in letters if c not in "AEIOU"]
    if given and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    vowels = [c for c in letters if c in "AEIOU"]
    return "".join(consonants + vowels + ["X"] * 3)[:3]


def fake_tax_code(family_name: str, given_name: str, born: date, *, female: bool) -> str:
    """A well-formed codice fiscale with a correct check character but a birthplace (X000)
    that does not exist, so it can never be a real person's."""
    day = born.day + (40 if female else 0)
    first15 = (
        f"{_tax_code_part(family_name, given=False)}{_tax_code_part(given_name, given=True)}"
        f"{born.year % 100:02d}{_TAX_MONTHS[born.month - 1]}{day:02d}{FAKE_BIRTHPLACE}"
    )
    return first15 + check_character(first15)


def _moment(day: date, rng: random.Random) -> str:
    """An office-hours time on `day`, on the quarter hour."""
    return f"{day.isoformat()}T{rng.randint(9, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}:00"


def _weekday(day: date, low: date, high: date) -> date:
    """`day`, or the nearest working day within [low, high] if it falls on a weekend."""
    weekday = day.weekday()
    if weekday < 5:
        return day
    before, after = day - _days(weekday - 4), day + _days(7 - weekday)
    if before >= low:
        return before
    return after if after <= high else day


@dataclass(slots=True)
class _Parent:
    given: str
    family_name: str
    female: bool
    born: date


class _Writer:
    """Turns plans into rows, a chunk at a time, with one shared random generator."""

    def __init__(self, conn: Connection, rng: random.Random, today: date) -> None:
        self.conn = conn
        self.rng = rng
        self.today = today
        self.rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in COLUMNS}
        self.next_id: dict[str, int] = {}
        self.totals = dict.fromkeys(COLUMNS, 0)

    # --- one chunk ------------------------------------------------------------------------

    def write(self, plans: Sequence[_Plan]) -> None:
        """Insert the families of `plans` (call inside a transaction)."""
        for table in NUMBERED:
            row = self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
            self.next_id[table] = int(row[0])
        seqs = dict(self.conn.execute("SELECT year, max(seq) FROM issued_codes GROUP BY year"))
        for plan in plans:
            year = plan.created.year
            seqs[year] = seqs.get(year, 0) + 1
            self._family(plan, format_family_code(year, seqs[year]), year, seqs[year])
            if len(self.rows["interviews"]) >= FLUSH_ROWS:
                self.flush()
        self.flush()

    def flush(self) -> None:
        for table, bulk in BULK.items():  # in dependency order
            rows = self.rows[table]
            if rows:
                self.conn.executemany(bulk.stage, rows)
                self.conn.execute(bulk.copy)
                self.conn.execute(bulk.clear)
                self.totals[table] += len(rows)
                rows.clear()

    def _take_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def _family(self, plan: _Plan, code: str, year: int, seq: int) -> None:
        rng = self.rng
        fid = self._take_id("families")
        channel = CHANNEL(rng)
        adults, minors, story = self._household(fid, plan)
        municipality = rng.choice(NEIGHBOUR_TOWNS) if plan.unmet == "resident" else MUNICIPALITY
        self.rows["issued_codes"].append((code, year, seq))
        self.rows["families"].append(
            (
                fid,
                code,
                plan.status.value,
                rng.choice(COUNSELLORS),
                municipality,
                adults,
                minors,
                channel.value,
                self._known(plan, channel),
                plan.created.isoformat(),
                plan.updated.isoformat(),
                None if plan.opened is None else plan.opened.isoformat(),
                None if plan.closed is None else plan.closed.isoformat(),
            )
        )
        self._identity(fid, plan, story, municipality)
        self.rows["first_contacts"].append(
            (
                fid,
                _moment(plan.created, rng),
                channel.value,
                (
                    FirstContactOutcome.APPOINTMENT_BOOKED
                    if rng.random() < 0.85
                    else FirstContactOutcome.INFORMATION_GIVEN
                ).value,
                rng.choice(REQUESTS),
                "",
            )
        )
        areas = self._assessment(fid, plan, story)
        self._interviews(fid, plan, story, areas)
        self._path(fid, plan)
        if plan.status != S.FIRST_CONTACT:
            self._consent(fid, plan)
        if plan.status == S.CLOSED:
            self._closure(fid, plan, story)

    def _known(self, plan: _Plan, channel: Channel) -> int | None:
        """Known to the social services: mostly not (the "numero oscuro"), None if not asked."""
        r = self.rng.random()
        if plan.status == S.FIRST_CONTACT and r < 0.4:
            return None
        if r < 0.05:
            return None
        return int(r > (0.5 if channel == Channel.REFERRAL else 0.76))

    # --- the household and its identity ---------------------------------------------------

    def _born(self, low: int, high: int) -> date:
        rng = self.rng
        year = self.today.year - rng.randint(low, high)
        return date(year, rng.randint(1, 12), rng.randint(1, 28))

    def _age(self, born_year: int) -> tuple[str | None, int | None]:
        """(age band, birth year) as a counsellor records it: mostly the year, else the band."""
        if self.rng.random() < 0.8:
            return None, born_year
        return age_band_for_birth_year(born_year, self.today).value, None

    def _household(self, fid: int, plan: _Plan) -> tuple[int, int, _Story]:
        rng, year = self.rng, self.today.year
        low, high = (45, 58) if plan.unmet == "minor" else (24, 52)
        surname = rng.choice(SURNAMES)
        mother_name = surname if rng.random() < 0.3 else rng.choice(SURNAMES)
        mother = _Parent(rng.choice(FEMALE_NAMES), mother_name, True, self._born(low, high))
        father = _Parent(rng.choice(MALE_NAMES), surname, False, self._born(low, high))
        if rng.random() < 0.68:
            parents = [father, mother] if rng.random() < 0.55 else [mother, father]
        else:
            parents = [mother] if rng.random() < 0.75 else [father]
        speaker_work = SPEAKER_WORK(rng) if plan.unmet != "hardship" else WorkSituation.EMPLOYED
        members = self.rows["members"]
        for i, parent in enumerate(parents):
            work = speaker_work if i == 0 else PARTNER_WORK(rng)
            since = None
            if work == WorkSituation.UNEMPLOYED:
                since = (plan.created - _days(rng.randint(15, 400))).isoformat()
            band, born_year = self._age(parent.born.year)
            role = MemberRole.PARENT.value
            members.append((fid, role, band, born_year, work.value, since, EDUCATION(rng).value))
        adults, minors = len(parents), 0
        youngest = max(p.born.year for p in parents)
        if plan.unmet == "minor":  # only a grown-up child at home
            band, born_year = self._age(year - rng.randint(20, 25))
            grown = rng.choice((WorkSituation.STUDENT, WorkSituation.UNEMPLOYED)).value
            upper = Education.UPPER_SECONDARY.value
            members.append((fid, MemberRole.CHILD.value, band, born_year, grown, None, upper))
            adults += 1
        else:
            for _ in range(CHILD_COUNT(rng)):
                band, born_year = self._age(rng.randint(max(year - 17, youngest + 18), year))
                members.append((fid, MemberRole.CHILD.value, band, born_year, None, None, None))
                minors += 1
        if rng.random() < 0.1:  # a grandparent living with the family
            band, born_year = self._age(year - rng.randint(62, 80))
            retired = WorkSituation.RETIRED.value
            members.append(
                (fid, MemberRole.OTHER_ADULT.value, band, born_year, retired, None, None)
            )
            adults += 1
        speaker = parents[0]
        who = "La madre" if speaker.female else "Il padre"
        child = rng.choice(CHILDREN)
        ctx = {
            "G": who,
            "g": who.lower(),
            "o": "a" if speaker.female else "o",
            "job": rng.choice(JOBS),
            "month": rng.choice(MONTHS),
            "child": child,
            "Child": child[0].upper() + child[1:],
            "amount": str(rng.randrange(150, 650, 50)),
        }
        return adults, minors, _Story(parents, ctx)

    def _identity(self, fid: int, plan: _Plan, story: _Story, municipality: str) -> None:
        rng = self.rng
        people = self.rows["identity_people"]
        contacts = self.rows["identity_contacts"]
        speaker_code = None
        if plan.status == S.FIRST_CONTACT and rng.random() < 0.5:  # just a first name so far
            people.append((fid, 0, story.parents[0].given, "", None))
            address = ""
        else:
            for i, p in enumerate(story.parents):
                code = None
                if rng.random() < 0.25:
                    code = fake_tax_code(p.family_name, p.given, p.born, female=p.female)
                    speaker_code = code if i == 0 else speaker_code
                people.append((fid, i, p.given, p.family_name, code))
            address = f"{rng.choice(STREETS)} {rng.randint(1, 120)}, {municipality}"
        tax_code = speaker_code if rng.random() < 0.8 else None
        preference = rng.choice(CONTACT_PREFERENCES)
        self.rows["identities"].append((fid, address, tax_code, preference))
        mobile = f"+39 000 {rng.randint(100, 999)} {rng.randint(0, 9999):04d}"
        contacts.append((fid, "phone", 0, mobile))
        if rng.random() < 0.3:
            contacts.append((fid, "phone", 1, f"02 0000 {rng.randint(0, 9999):04d}"))
        if rng.random() < 0.65:
            speaker = story.parents[0]
            local = f"{_ascii(speaker.given)}.{_ascii(speaker.family_name)}".lower()
            contacts.append((fid, "email", 0, f"{local}{rng.randint(1, 99)}@example.org"))

    # --- assessment, interviews, path -----------------------------------------------------

    def _assessment(self, fid: int, plan: _Plan, story: _Story) -> list[NeedArea]:
        """The assessment row and scores; returns the areas the family's story is about."""
        rng = self.rng
        if plan.decision is None or plan.assessed is None:
            return rng.sample(AREAS, 3)
        aid = self._take_id("assessments")
        pending = plan.decision == Decision.PENDING
        if plan.status == S.CLOSED:
            story.closure = CLOSURE(rng)
        resources = " ".join(rng.sample(RESOURCES, rng.randint(1, 2))).format_map(story.ctx)
        self.rows["assessments"].append(
            (
                aid,
                fid,
                plan.assessed.isoformat(),
                None if pending and rng.random() < 0.3 else MOTIVATION(rng),
                resources,
                int(plan.unmet != "resident"),
                int(plan.unmet != "minor"),
                int(plan.unmet != "hardship"),
                plan.decision.value,
                None if plan.decided is None else plan.decided.isoformat(),
            )
        )
        story_areas: list[NeedArea] = []
        scores = self.rows["need_scores"]
        areas = [NeedArea.WORK, NeedArea.INCOME, *rng.sample(AREAS[2:], rng.randint(2, 6))]
        for area in areas:
            baseline: int | None = BASELINE(rng)
            if plan.unmet == "hardship":
                baseline = min(1, BASELINE(rng))
            elif pending and rng.random() < 0.15:
                baseline = None  # not scored yet
            exit_score = self._exit(area, baseline, story) if plan.status == S.CLOSED else None
            note = ""
            if rng.random() < 0.25:
                note = rng.choice(AREA_FRAGMENTS[area]).format_map(story.ctx)
            scores.append((aid, area.value, baseline, exit_score, note))
            if baseline is not None and baseline >= 2:
                story_areas.append(area)
        return story_areas or areas

    def _exit(self, area: NeedArea, baseline: int | None, story: _Story) -> int | None:
        """Exit severity: about 7 in 10 improve, as the funder's monitoring reported."""
        if baseline is None:
            return None
        r = self.rng.random()
        if r < 0.71:
            score = max(0, baseline - self.rng.randint(1, 2))
        elif r < 0.95:
            score = baseline
        else:
            score = min(3, baseline + 1)
        if area == NeedArea.WORK and story.closure[1] == Outcome.WORK_FOUND:
            score = min(score, 1)
        return score

    def _interviews(self, fid: int, plan: _Plan, story: _Story, areas: list[NeedArea]) -> None:
        count = plan.interviews
        if count == 0:
            return
        rng, ctx = self.rng, story.ctx
        start, end = plan.created, plan.left or self.today
        span = (end - start).days
        moments = sorted(
            _moment(_weekday(start + _days(rng.randint(0, span)), start, end), rng)
            for _ in range(count)
        )
        participants = (
            PARTICIPANTS if len(story.parents) > 1 else PARTICIPANTS[:2] + PARTICIPANTS[3:]
        )
        rows = self.rows["interviews"]
        for i, at in enumerate(moments):
            mode = MODE(rng)
            parts = [rng.choice(OPENERS[mode])]
            topics: dict[NeedArea, None] = {}
            for _ in range(rng.randint(1, 3)):
                area = rng.choice(areas) if rng.random() < 0.8 else rng.choice(AREAS)
                topics[area] = None
                parts.append(rng.choice(AREA_FRAGMENTS[area]))
            if rng.random() < 0.5:
                parts.append(rng.choice(CLOSERS))
            if i + 1 < count:
                following = moments[i + 1]
                upcoming = following if following > at and rng.random() < 0.9 else None
            else:
                upcoming = self._last_appointment(plan)
            rows.append(
                (
                    fid,
                    at,
                    rng.choice(DURATIONS),
                    mode.value,
                    rng.choice(participants).format_map(ctx),
                    " ".join(parts).format_map(ctx),
                    " ".join(a.value for a in topics),
                    rng.choice(NEXT_STEPS).format_map(ctx),
                    upcoming,
                )
            )

    def _last_appointment(self, plan: _Plan) -> str | None:
        """The next appointment agreed at the latest interview: after `today` for most open
        families, so the agenda has something in it."""
        share = {S.ACTIVE_PATH: 0.85, S.WAITING_LIST: 0.4, S.ASSESSMENT: 0.6, S.INTAKE: 0.6}
        if self.rng.random() >= share.get(plan.status, 0.0):
            return None
        low = self.today + _days(1)
        return _moment(
            _weekday(low + _days(self.rng.randint(0, 20)), low, low + _days(30)), self.rng
        )

    def _path(self, fid: int, plan: _Plan) -> None:
        rng, today = self.rng, self.today
        if plan.opened is not None:
            base, types = plan.opened, [ACTION_TYPE(rng) for _ in range(rng.randint(2, 6))]
        elif plan.status == S.WAITING_LIST and plan.decided is not None and rng.random() < 0.4:
            base, types = plan.decided, [rng.choice(WAITING_ACTIONS)]  # help while waiting
        else:
            return
        limit = plan.left or today
        status_pick = ACTION_STATUS[plan.status]
        for action_type in types:
            status = status_pick(rng)
            due = None
            if rng.random() < 0.9:  # open ones due before today are the overdue list
                reach = (today - base).days + 60 if plan.left is None else (limit - base).days
                due = (base + _days(rng.randint(7, max(7, reach)))).isoformat()
            description, done = ACTION_TEXT[action_type]
            outcome = {A.DONE: done, A.CANCELLED: CANCELLED_OUTCOME}.get(status, "")
            action_id = self._take_id("actions")
            owner = rng.choice(OWNERS)
            self.rows["actions"].append(
                (action_id, fid, action_type.value, description, owner, due, status.value, outcome)
            )
            category = ACTION_AID.get(action_type)
            if category is not None and status in (A.DONE, A.IN_PROGRESS):
                for _ in range(rng.randint(1, 3) if status == A.DONE else 1):
                    self._payment(fid, category, base, limit, action_id)
        if plan.opened is not None and rng.random() < 0.35:
            self._payment(fid, EXTRA_AID(rng), base, limit, None)

    def _payment(
        self, fid: int, category: AidCategory, low: date, high: date, action_id: int | None
    ) -> None:
        rng = self.rng
        paid = low + _days(rng.randint(0, max(0, (high - low).days)))
        least, most, supplier_share = AID_AMOUNTS[category]
        amount = rng.randint(least, most)
        if category in (AidCategory.EMERGENCY_CASH, AidCategory.RENT_HOUSING):
            amount -= amount % 500  # round sums; bills keep their cents
        supplier = SUPPLIERS.get(category) if rng.random() < supplier_share else None
        kind = PayeeKind.FAMILY if supplier is None else PayeeKind.SUPPLIER
        payment_id = self._take_id("aid_payments")
        self.rows["aid_payments"].append(
            (
                payment_id,
                fid,
                paid.isoformat(),
                category.value,
                amount,
                kind.value,
                supplier or "",
                f"DEMO-{paid.year}-{payment_id:06d}",
                action_id,
            )
        )

    def _consent(self, fid: int, plan: _Plan) -> None:
        rng = self.rng
        given = min(plan.end, plan.created + _days(rng.randint(0, 7)))
        withdrawn = None
        if plan.status == S.WITHDREW and rng.random() < 0.25:
            withdrawn = max(given, plan.end).isoformat()
        scopes = _SCOPES_ALL if rng.random() < 0.85 else ConsentScope.PATH.value
        self.rows["consents"].append(
            (
                fid,
                f"{given.year}-01",
                given.isoformat(),
                CONSENT_METHOD(rng).value,
                scopes,
                withdrawn,
            )
        )

    def _closure(self, fid: int, plan: _Plan, story: _Story) -> None:
        reason, outcome = story.closure
        work_type = WORK_TYPE(self.rng).value if outcome == Outcome.WORK_FOUND else None
        closed = plan.closed.isoformat() if plan.closed else None
        note = self.rng.choice(CLOSURE_NOTES)
        self.rows["closures"].append((fid, closed, reason.value, outcome.value, work_type, note))

    def anonymous_contacts(self, count: int) -> None:
        """Desk contacts of people who gave no name: counted in the reach, linked to nobody."""
        rng, today = self.rng, self.today
        low = today - _days(HISTORY_DAYS)
        for _ in range(count):
            day = _weekday(today - _days(rng.randint(0, HISTORY_DAYS)), low, today)
            self.rows["first_contacts"].append(
                (
                    None,
                    _moment(day, rng),
                    CHANNEL(rng).value,
                    DESK_OUTCOME(rng).value,
                    rng.choice(REQUESTS),
                    rng.choice(DESK_NOTES),
                )
            )


@dataclass(slots=True)
class _Story:
    """What the notes of one family keep coming back to."""

    parents: list[_Parent]
    ctx: dict[str, str]
    closure: tuple[ClosureReason, Outcome] = (ClosureReason.OTHER, Outcome.OTHER)


def generate_demo(
    conn: Connection,
    *,
    families: int,
    interviews_per_family: int,
    seed: int,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> DemoStats:
    """Add `families` fictional families (and `families * interviews_per_family` interviews,
    more for families on a path, fewer for first contacts) to an unlocked vault.

    Each chunk of CHUNK_FAMILIES families is its own transaction; codes continue after those
    already issued, so running it again adds more families. Settings are filled in only if
    never changed. `progress(done, total)` is called with 0 first and after each chunk.
    """
    if families < 0 or interviews_per_family < 0:
        raise ValueError("families and interviews_per_family must not be negative")
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 (reproducible fake data, nothing secret)
    settings_repo = SettingsRepository(conn)
    settings = settings_repo.load()
    row = conn.execute("SELECT count(*) FROM families WHERE status = 'active_path'").fetchone()
    counts = _status_counts(
        families, free_paths=max(0, settings.capacity - int(row[0])), capacity=settings.capacity
    )
    plans = _plan_all(rng, counts, families * interviews_per_family, today)
    if conn.execute("PRAGMA temp_store").fetchone()[0] != TEMP_STORE_MEMORY:
        raise RuntimeError("demo data is staged in temp tables, which must stay in memory")
    writer = _Writer(conn, rng, today)
    for bulk in BULK.values():
        conn.execute(bulk.create)
    try:
        if progress is not None:
            progress(0, families)
        for start in range(0, families, CHUNK_FAMILIES):
            with transaction(conn):
                writer.write(plans[start : start + CHUNK_FAMILIES])
            if progress is not None:
                progress(min(families, start + CHUNK_FAMILIES), families)
        with transaction(conn):
            writer.anonymous_contacts(round(families * ANONYMOUS_CONTACT_SHARE))
            writer.flush()
            if settings == Settings():
                settings_repo.save(DEMO_SETTINGS)
            AuditLog(conn).record(AuditAction.DEMO, detail=f"{families} families")
    finally:
        for bulk in BULK.values():
            conn.execute(bulk.drop)
    totals = writer.totals
    return DemoStats(
        families=totals["families"],
        interviews=totals["interviews"],
        actions=totals["actions"],
        payments=totals["aid_payments"],
        first_contacts=totals["first_contacts"],
        seconds=time.perf_counter() - started,
    )
