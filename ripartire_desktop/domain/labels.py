"""The one translation table for vocabulary values: Italian (default) and English labels.

Keyed by vocabulary and value, because the same value (e.g. "withdrew", "other") appears in
several vocabularies and may read differently in each.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from . import vocab as v

LANGUAGES: tuple[str, ...] = ("it", "en")

# value -> (Italian, English)
_TABLE: Mapping[type[StrEnum], Mapping[str, tuple[str, str]]] = {
    v.FamilyStatus: {
        "first_contact": ("Primo contatto", "First contact"),
        "intake": ("Accoglienza", "Intake"),
        "assessment": ("Valutazione", "Assessment"),
        "active_path": ("Percorso attivo", "Active path"),
        "waiting_list": ("Lista d'attesa", "Waiting list"),
        "referred": ("Inviato ad altri servizi", "Referred elsewhere"),
        "not_eligible": ("Non ammissibile", "Not eligible"),
        "withdrew": ("Rinuncia", "Withdrew"),
        "closed": ("Chiuso", "Closed"),
    },
    v.Channel: {
        "phone": ("Telefono", "Phone line"),
        "email": ("E-mail", "E-mail"),
        "social_network": ("Social network", "Social network"),
        "word_of_mouth": ("Passaparola", "Word of mouth"),
        "referral": ("Invio da partner o servizi", "Referral by partner or service"),
        "other": ("Altro", "Other"),
        "in_person": ("Di persona", "In person"),
    },
    v.AgeBand: {
        "0_2": ("0-2 anni", "0-2 years"),
        "3_5": ("3-5 anni", "3-5 years"),
        "6_10": ("6-10 anni", "6-10 years"),
        "11_13": ("11-13 anni", "11-13 years"),
        "14_17": ("14-17 anni", "14-17 years"),
        "18_24": ("18-24 anni", "18-24 years"),
        "25_34": ("25-34 anni", "25-34 years"),
        "35_44": ("35-44 anni", "35-44 years"),
        "45_54": ("45-54 anni", "45-54 years"),
        "55_64": ("55-64 anni", "55-64 years"),
        "65_plus": ("65 anni e oltre", "65 and over"),
    },
    v.MemberRole: {
        "parent": ("Genitore", "Parent"),
        "child": ("Figlio/a", "Child"),
        "other_adult": ("Altro adulto", "Other adult"),
    },
    v.WorkSituation: {
        "employed": ("Occupato/a", "Employed"),
        "unemployed": ("Disoccupato/a", "Unemployed"),
        "precarious": ("Lavoro precario", "Precarious work"),
        "never_worked": ("In cerca di prima occupazione", "Never worked"),
        "student": ("Studente/studentessa", "Student"),
        "retired": ("Pensionato/a", "Retired"),
        "homemaker": ("Casalingo/a", "Homemaker"),
        "unable_to_work": ("Inabile al lavoro", "Unable to work"),
        "other": ("Altro", "Other"),
    },
    v.Education: {
        "none": ("Nessun titolo di studio", "No qualification"),
        "primary": ("Licenza elementare", "Primary school"),
        "lower_secondary": ("Licenza media", "Lower secondary school"),
        "upper_secondary": ("Diploma di scuola superiore", "Upper secondary diploma"),
        "vocational": ("Qualifica professionale", "Vocational qualification"),
        "university": ("Laurea", "University degree"),
        "foreign_unrecognised": (
            "Titolo estero non riconosciuto",
            "Foreign qualification, not recognised",
        ),
        "other": ("Altro", "Other"),
    },
    v.NeedArea: {
        "work": ("Lavoro", "Work"),
        "income": ("Reddito", "Income"),
        "debt": ("Debiti", "Debt"),
        "housing": ("Casa", "Housing"),
        "energy_bills": ("Bollette energetiche", "Energy bills"),
        "childcare": ("Cura dei figli", "Childcare"),
        "health": ("Salute", "Health"),
        "education_training": ("Istruzione e formazione", "Education and training"),
        "social_network": ("Rete sociale", "Social network"),
        "benefits_access": ("Accesso alle misure di sostegno", "Access to benefits"),
    },
    v.Decision: {
        "pending": ("Da decidere", "Pending"),
        "admitted": ("Ammesso al percorso", "Admitted"),
        "waiting_list": ("Lista d'attesa", "Waiting list"),
        "referred": ("Inviato ad altri servizi", "Referred elsewhere"),
        "not_eligible": ("Non ammissibile", "Not eligible"),
        "withdrew": ("Rinuncia", "Withdrew"),
    },
    v.EligibilityReason: {
        "resident": ("Residente nel territorio del progetto", "Resident in the project area"),
        "not_resident": (
            "Non residente nel territorio del progetto",
            "Not resident in the project area",
        ),
        "has_minor": ("Almeno un figlio minorenne", "At least one minor child"),
        "no_minor": ("Nessun figlio minorenne", "No minor child"),
        "hardship": (
            "Perdita del lavoro o difficoltà economica",
            "Job loss or economic hardship",
        ),
        "no_hardship": (
            "Nessuna perdita del lavoro né difficoltà economica",
            "No job loss or economic hardship",
        ),
    },
    v.InterviewMode: {
        "desk": ("In sede", "At the desk"),
        "phone": ("Telefonico", "Phone"),
        "video": ("Videochiamata", "Video call"),
        "home_visit": ("Visita domiciliare", "Home visit"),
        "neutral_place": ("Luogo neutro", "Neutral place"),
    },
    v.ActionType: {
        "job_orientation": ("Orientamento al lavoro", "Job orientation"),
        "cv": ("Curriculum vitae", "CV"),
        "job_search": ("Ricerca attiva del lavoro", "Job search"),
        "traineeship": ("Tirocinio", "Traineeship"),
        "training_course": ("Corso di formazione", "Training course"),
        "emergency_cash_aid": ("Contributo economico d'emergenza", "Emergency cash aid"),
        "energy_bills": ("Bollette energetiche", "Energy bills"),
        "microcredit": ("Microcredito", "Microcredit"),
        "public_benefits": ("Accesso alle misure pubbliche", "Access to public benefits"),
        "psychological_support": ("Sostegno psicologico", "Psychological support"),
        "school_childcare_support": (
            "Sostegno scolastico e cura dei figli",
            "School and childcare support",
        ),
        "referral": ("Invio ad altri servizi", "Referral"),
        "other": ("Altro", "Other"),
    },
    v.ActionStatus: {
        "planned": ("Da fare", "Planned"),
        "in_progress": ("In corso", "In progress"),
        "blocked": ("Sospesa", "On hold"),
        "done": ("Completata", "Done"),
        "cancelled": ("Annullata", "Cancelled"),
    },
    v.AidCategory: {
        "emergency_cash": ("Contributo d'emergenza", "Emergency cash"),
        "energy_bills": ("Bollette energetiche", "Energy bills"),
        "rent_housing": ("Affitto e spese per la casa", "Rent and housing"),
        "school_costs": ("Spese scolastiche", "School costs"),
        "food_vouchers": ("Buoni spesa", "Food and shopping vouchers"),
        "health": ("Spese sanitarie", "Health costs"),
        "transport": ("Trasporti", "Transport"),
        "training_costs": ("Spese per la formazione", "Training costs"),
        "other": ("Altro", "Other"),
    },
    v.PayeeKind: {
        "family": ("Famiglia", "Family"),
        "supplier": ("Fornitore", "Supplier"),
    },
    v.ConsentScope: {
        "path": ("Percorso di sostegno", "Support path"),
        "anonymous_statistics": ("Statistiche anonime", "Anonymous statistics"),
    },
    v.ConsentMethod: {
        "signed_paper": ("Modulo cartaceo firmato", "Signed paper form"),
        "verbal_recorded": ("Consenso verbale verbalizzato", "Verbal, recorded"),
        "digital": ("Modulo digitale", "Digital form"),
    },
    v.ClosureReason: {
        "path_completed": ("Percorso concluso", "Path completed"),
        "withdrew": ("Rinuncia della famiglia", "Family withdrew"),
        "moved_away": ("Trasferimento", "Moved away"),
        "no_contact": ("Famiglia irreperibile", "Lost contact"),
        "referred": ("Invio ad altri servizi", "Referred elsewhere"),
        "other": ("Altro", "Other"),
    },
    v.Outcome: {
        "work_found": ("Lavoro trovato", "Work found"),
        "training_completed": ("Formazione completata", "Training completed"),
        "needs_met": ("Bisogni soddisfatti", "Needs met"),
        "moved_away": ("Trasferimento", "Moved away"),
        "withdrew": ("Rinuncia", "Withdrew"),
        "referred_to_services": ("Presa in carico dai servizi", "Referred to services"),
        "no_contact": ("Perdita di contatto", "No contact"),
        "other": ("Altro", "Other"),
    },
    v.WorkType: {
        "permanent": ("Tempo indeterminato", "Permanent"),
        "fixed_term": ("Tempo determinato", "Fixed term"),
        "temporary": ("Somministrazione (interinale)", "Temporary (agency)"),
        "self_employed": ("Lavoro autonomo", "Self-employed"),
        "traineeship_paid": ("Tirocinio retribuito", "Paid traineeship"),
    },
    v.FirstContactOutcome: {
        "information_given": ("Informazioni fornite", "Information given"),
        "appointment_booked": ("Appuntamento fissato", "Appointment booked"),
        "referred_elsewhere": ("Inviato ad altro servizio", "Referred elsewhere"),
        "not_pertinent": ("Richiesta non pertinente", "Not pertinent"),
        "other": ("Altro", "Other"),
    },
    v.RoundKind: {
        "baseline": ("Valutazione iniziale", "Baseline"),
        "review": ("Verifica intermedia", "Review"),
        "exit": ("Valutazione di uscita", "Exit"),
        "follow_up": ("Follow-up dopo la chiusura", "Follow-up after closure"),
    },
    v.AssessmentDomain: {
        "personal_social": ("Funzionamento personale e sociale", "Personal and social functioning"),
        "economic": ("Situazione economica", "Economic situation"),
        "work": (
            "Situazione lavorativa e profilo di occupabilità",
            "Work situation and employability",
        ),
        "education": ("Educazione, istruzione e formazione", "Education and training"),
        "housing": ("Condizione abitativa", "Housing"),
        "networks": (
            "Reti familiari, di prossimità e sociali",
            "Family, neighbourhood and social networks",
        ),
    },
    v.IseeType: {
        "ordinario": ("ISEE ordinario", "ISEE ordinario (standard)"),
        "corrente": ("ISEE corrente", "ISEE corrente (current)"),
        "minorenni": ("ISEE minorenni", "ISEE minorenni (for minors)"),
        "universitario": ("ISEE universitario", "ISEE universitario (university)"),
        "sociosanitario": ("ISEE sociosanitario", "ISEE sociosanitario (social care)"),
        "sociosanitario_residenze": (
            "ISEE sociosanitario residenze",
            "ISEE sociosanitario residenze (care homes)",
        ),
    },
    v.BenefitKind: {
        "assegno_inclusione": ("Assegno di inclusione", "Assegno di inclusione (ADI)"),
        "carta_dedicata_a_te": ("Carta Dedicata a te", "Carta Dedicata a te (food card)"),
        "assegno_unico": ("Assegno unico e universale", "Assegno unico (child benefit)"),
        "supporto_formazione_lavoro": (
            "Supporto per la formazione e il lavoro",
            "Supporto formazione e lavoro (training support)",
        ),
        "naspi": ("NASpI", "NASpI (unemployment benefit)"),
        "bonus_sociale": ("Bonus sociale bollette", "Bonus sociale (utility bills)"),
        "other": ("Altra misura", "Other benefit"),
    },
}


def label(value: StrEnum, lang: str = "it") -> str:
    """The label of a vocabulary value in `lang` ("it" or "en")."""
    try:
        column = LANGUAGES.index(lang)
    except ValueError:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}") from None
    return _TABLE[type(value)][value.value][column]


def choices(vocabulary: type[StrEnum], lang: str = "it") -> list[tuple[StrEnum, str]]:
    """(value, label) pairs in declaration order, e.g. to fill a combo box."""
    return [(member, label(member, lang)) for member in vocabulary]


def labelled_vocabularies() -> frozenset[type[StrEnum]]:
    return frozenset(_TABLE)
