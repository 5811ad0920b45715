"""The demo's words: invented names and places, the sentence bank of interview notes, and the
texts of actions and payments. Every name here is fictional (see SURNAMES and STREETS)."""

from __future__ import annotations

from ripartire_desktop.domain.vocab import ActionType, AidCategory, InterviewMode, NeedArea

MUNICIPALITY = "Cernusco sul Naviglio"

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
