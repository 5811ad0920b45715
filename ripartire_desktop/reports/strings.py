"""Words of the printed documents in Italian and English, and how numbers and dates are written.

Vocabulary values get their labels from `domain.labels.label`; this table holds everything else
a PDF says. Italian is the default language.
"""

from __future__ import annotations

from datetime import date, datetime

from ripartire_desktop.domain.labels import LANGUAGES

_MONTHS = {
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

# key -> (Italian, English)
_STRINGS: dict[str, tuple[str, str]] = {
    # page furniture
    "confidential": ("RISERVATO / CONFIDENTIAL", "RISERVATO / CONFIDENTIAL"),
    "page_of": ("pagina {n} di {m}", "page {n} of {m}"),
    "printed_on": ("Stampato il {day}", "Printed on {day}"),
    "anonymous_mark": ("Dati aggregati e anonimi", "Aggregated, anonymised data"),
    "yes": ("sì", "yes"),
    "no": ("no", "no"),
    "not_recorded": ("non registrato", "not recorded"),
    "none": ("nessuno", "none"),
    "total": ("Totale", "Total"),
    "minutes_short": ("{n} min", "{n} min"),
    # case summary
    "case_title": ("Scheda del caso {code}", "Case summary {code}"),
    "case_subject": ("Scheda del caso", "Case summary"),
    "case_intro": (
        "Documento riservato per il fascicolo dell'operatore: contiene dati personali. "
        "Non inoltrare, non lasciare incustodito, distruggere quando non serve più.",
        "Confidential document for the counsellor's file: it holds personal data. Do not "
        "forward it, do not leave it unattended, destroy it when no longer needed.",
    ),
    "section_household": ("Nucleo familiare", "Household"),
    "section_identity": ("Identità", "Identity"),
    "section_members": ("Componenti", "Members"),
    "section_first_contacts": ("Primi contatti", "First contacts"),
    "section_assessment": ("Valutazione", "Assessment"),
    "section_eligibility": ("Ammissibilità e decisione", "Eligibility and decision"),
    "section_interviews": ("Colloqui", "Interviews"),
    "section_actions": ("Azioni del percorso", "Path actions"),
    "section_aid": ("Contributi economici", "Economic aid"),
    "section_consent": ("Consenso", "Consent"),
    "section_closure": ("Chiusura", "Closure"),
    "section_processing": ("Informazioni sul trattamento", "About the processing"),
    "field_code": ("Codice famiglia", "Family code"),
    "field_status": ("Stato", "Status"),
    "field_counsellor": ("Operatore/operatrice", "Counsellor"),
    "field_municipality": ("Comune di residenza", "Municipality of residence"),
    "field_adults_minors": ("Adulti / minori", "Adults / minors"),
    "field_channel": ("Primo contatto tramite", "First contact by"),
    "field_known": ("Già noto ai servizi sociali", "Already known to social services"),
    "field_created": ("Registrato il", "Recorded on"),
    "field_opened": ("Percorso avviato il", "Path started on"),
    "field_closed": ("Chiuso il", "Closed on"),
    "field_names": ("Persone", "People"),
    "field_phones": ("Telefoni", "Phones"),
    "field_emails": ("E-mail", "E-mails"),
    "field_address": ("Indirizzo", "Address"),
    "field_tax_code": ("Codice fiscale", "Tax code"),
    "field_contact_preferences": ("Preferenze di contatto", "Contact preferences"),
    "col_role": ("Ruolo", "Role"),
    "col_age": ("Età", "Age"),
    "col_work": ("Lavoro", "Work"),
    "col_education": ("Istruzione", "Education"),
    "col_unemployed_since": ("Disoccupato/a da", "Unemployed since"),
    "col_date": ("Data", "Date"),
    "col_channel": ("Canale", "Channel"),
    "col_outcome": ("Esito", "Outcome"),
    "col_area": ("Area di bisogno", "Need area"),
    "col_baseline": ("Ingresso", "Baseline"),
    "col_exit": ("Uscita", "Exit"),
    "col_change": ("Variazione", "Change"),
    "col_category": ("Categoria", "Category"),
    "col_payee": ("Beneficiario", "Paid to"),
    "col_receipt": ("Ricevuta", "Receipt"),
    "col_amount": ("Importo", "Amount"),
    "col_type": ("Tipo", "Type"),
    "col_status": ("Stato", "Status"),
    "col_due": ("Scadenza", "Due"),
    "label_request": ("Richiesta", "Request"),
    "label_notes": ("Note", "Notes"),
    "label_participants": ("Partecipanti", "Participants"),
    "label_topics": ("Temi", "Topics"),
    "label_next_steps": ("Prossimi passi", "Next steps"),
    "label_next_appointment": ("Prossimo appuntamento", "Next appointment"),
    "label_description": ("Descrizione", "Description"),
    "label_owner": ("Chi se ne occupa", "Owner"),
    "label_action_outcome": ("Esito", "Outcome"),
    "label_assessed_on": ("Data della valutazione", "Assessed on"),
    "label_motivation": ("Motivazione (1-5)", "Motivation (1-5)"),
    "label_resources": ("Risorse del nucleo", "Household resources"),
    "label_need_notes": ("Note per area", "Notes by area"),
    "label_decision": ("Decisione", "Decision"),
    "label_decided_on": ("Decisa il", "Decided on"),
    "label_eligible": ("Criteri del progetto soddisfatti", "Project criteria met"),
    "label_reason": ("Motivo", "Reason"),
    "label_work_type": ("Tipo di contratto", "Type of contract"),
    "label_notice_version": ("Versione dell'informativa", "Notice version"),
    "label_given_on": ("Dato il", "Given on"),
    "label_method": ("Modalità", "Method"),
    "label_scopes": ("Finalità", "Scopes"),
    "label_withdrawn_on": ("Revocato il", "Withdrawn on"),
    "label_active": ("In vigore", "In force"),
    "label_total_by_category": ("Totale per categoria", "Total by category"),
    "label_total_aid": ("Totale contributi", "Total aid"),
    "change_better": ("migliorata", "improved"),
    "change_same": ("invariata", "unchanged"),
    "change_worse": ("peggiorata", "worse"),
    "nothing_recorded": ("Nessun dato registrato.", "Nothing recorded."),
    "no_identity": ("Nessuna identità registrata.", "No identity recorded."),
    "identity_left_out": (
        "Nomi e recapiti non inclusi in questa stampa: sono nell'archivio cifrato.",
        "Names and contact details are not in this printout: they stay in the encrypted vault.",
    ),
    "notes_redacted": (
        "Anche nei testi liberi (note, prossimi passi, partecipanti, azioni, "
        "beneficiari, chiusura) i nomi delle persone della famiglia, i loro recapiti e gli altri "
        "dati che identificano qualcuno sono sostituiti da segnaposto come [NOME], [TELEFONO], "
        "[EMAIL], [INDIRIZZO], [CF], [IBAN], [NASCITA].",
        "In the typed texts too (notes, next steps, participants, actions, payees, closure) the "
        "names of the family's members, their contact details and anything else that identifies "
        "someone are replaced by tags such as [NOME] (name), [TELEFONO] (phone), [EMAIL], "
        "[INDIRIZZO] (address), [CF] (tax code), [IBAN], [NASCITA] (date of birth).",
    ),
    "redactions_made": (
        "Sostituzioni in questa stampa: {count} ({detail}).",
        "Replacements in this printout: {count} ({detail}).",
    ),
    "redactions_none": (
        "Nessuna sostituzione è stata necessaria in questa stampa.",
        "No replacement was needed in this printout.",
    ),
    "redaction_caveat": (
        "La sostituzione è automatica: il nome di una persona che l'archivio non conosce (un "
        "vicino, un datore di lavoro) può restare. Rileggere prima di consegnare.",
        "The replacement is automatic: the name of someone the vault does not know (a "
        "neighbour, an employer) may remain. Read it through before handing it on.",
    ),
    "redaction_withheld": (
        "{count} testi non sono stampati: non è stato possibile oscurarli.",
        "{count} texts are not printed: they could not be redacted.",
    ),
    # subject access
    "sar_title": ("Dati personali della famiglia {code}", "Personal data held about family {code}"),
    "sar_subject": (
        "Accesso ai dati (art. 15 e 20 GDPR)",
        "Subject access (GDPR arts. 15 and 20)",
    ),
    "sar_intro": (
        "Questo documento riporta tutti i dati che {organisation} conserva sulla famiglia "
        "{code}, in risposta a una richiesta di accesso (art. 15 del Regolamento UE 2016/679). "
        "Lo stesso contenuto è nel file JSON allegato, in un formato leggibile da computer "
        "(portabilità, art. 20).",
        "This document sets out all the data {organisation} holds about family {code}, in "
        "answer to a request for access (art. 15 of Regulation (EU) 2016/679). The same "
        "content is in the accompanying JSON file, in a machine-readable format (portability, "
        "art. 20).",
    ),
    "sar_processing": (
        "Finalità: accompagnamento della famiglia nel percorso del progetto Ripartire e, se "
        "acconsentito, statistiche anonime per i partner e i finanziatori. Base giuridica: "
        "consenso della famiglia. Destinatari: nessuno al di fuori degli operatori del progetto; "
        "ai partner arrivano solo dati aggregati e anonimi. Conservazione: {months} mesi dopo la "
        "chiusura del percorso, poi cancellazione. Diritti: rettifica, cancellazione, "
        "limitazione, opposizione, revoca del consenso, reclamo al Garante per la protezione dei "
        "dati personali.",
        "Purposes: supporting the family through the Ripartire project and, with consent, "
        "anonymous statistics for partners and funders. Legal basis: the family's consent. "
        "Recipients: nobody outside the project's counsellors; partners receive only aggregated, "
        "anonymised data. Retention: {months} months after the path is closed, then erasure. "
        "Rights: rectification, erasure, restriction, objection, withdrawal of consent, "
        "complaint to the Italian data protection authority (Garante).",
    ),
    # anonymised summary
    "summary_title": ("Ripartire: report anonimo", "Ripartire: anonymised report"),
    "summary_subject": ("Report anonimo {period}", "Anonymised report {period}"),
    "summary_period": ("Periodo: {period}", "Period: {period}"),
    "summary_organisations": ("Enti: {names}", "Organisations: {names}"),
    "summary_generated": ("Preparato a {month}", "Prepared in {month}"),
    "summary_sources": ("Archivi riuniti: {n}", "Vaults merged: {n}"),
    "summary_rules": (
        "Tutti i numeri sono aggregati: nessun nome, codice, testo libero o data precisa. "
        "Per proteggere le famiglie, i valori da 1 a {k1} e quelli che permetterebbero di "
        "ricalcolarli, anche confrontando questo rapporto con quelli già pubblicati, sono "
        "indicati come «n.p.» (non pubblicato): nessun valore nascosto si può restringere a meno "
        "di {k} valori possibili. Anche le percentuali che ne derivano non sono pubblicate. Lo "
        "zero è indicato come tale.",
        "All figures are aggregates: no names, codes, free text or exact dates. To protect the "
        "families, values from 1 to {k1}, and those that would let them be worked out, also by "
        'comparing this report with those already published, are shown as "n.p." (not '
        "published): no hidden value can be narrowed to fewer than {k} possible values. "
        "Percentages derived from them are not published either. Zero is shown as zero.",
    ),
    "summary_reissued": (
        "Questo periodo era già stato pubblicato il {day}: i numeri sono quelli di allora, "
        "invariati, perché un confronto tra due versioni rivelerebbe i dati di singole famiglie.",
        "This period was already published on {day}: the figures are those published then, "
        "unchanged, because comparing two versions would reveal single families' data.",
    ),
    "key_figures": ("Numeri principali", "Key figures"),
    "kf_first_contacts": ("Primi contatti allo sportello", "First contacts at the desk"),
    "kf_families_reached": ("Famiglie raggiunte", "Families reached"),
    "kf_numero_oscuro": (
        "Famiglie non note ai servizi sociali (tra chi ha risposto)",
        "Families not known to the social services (of those who answered)",
    ),
    "kf_assessments": ("Valutazioni svolte", "Assessments carried out"),
    "kf_on_path": ("Famiglie in percorso nel periodo", "Families on a path in the period"),
    "kf_opened": ("Percorsi avviati nel periodo", "Paths started in the period"),
    "kf_active": (
        "Percorsi attivi a fine periodo (capacità {capacity})",
        "Paths active at the end of the period (capacity {capacity})",
    ),
    "kf_waiting": (
        "In lista d'attesa a fine periodo",
        "On the waiting list at the end of the period",
    ),
    "kf_interviews": ("Colloqui", "Interviews"),
    "kf_hours": ("Ore di colloquio", "Interview hours"),
    "kf_families_interviewed": ("Famiglie incontrate in colloquio", "Families interviewed"),
    "kf_aid": ("Contributi erogati", "Aid paid"),
    "kf_budget": ("Budget per i contributi", "Aid budget"),
    "kf_aid_families": ("Famiglie che hanno ricevuto contributi", "Families who received aid"),
    "kf_closures": ("Percorsi chiusi nel periodo", "Paths closed in the period"),
    "kf_improved": (
        "Famiglie migliorate in almeno un'area (alla chiusura)",
        "Families improved in at least one area (at closure)",
    ),
    "kf_objections": (
        "Famiglie escluse perché contrarie alle statistiche",
        "Families left out because they objected to statistics",
    ),
    "col_figure": ("Indicatore", "Indicator"),
    "col_value": ("Valore", "Value"),
    "col_share": ("%", "%"),
    "col_count": ("Numero", "Number"),
    "col_contacts": ("Contatti", "Contacts"),
    "col_families": ("Famiglie", "Families"),
    "col_known": ("Già noti ai servizi", "Known to services"),
    "col_not_known": ("Non noti", "Not known"),
    "col_not_asked": ("Non chiesto", "Not asked"),
    "col_share_not_known": ("% non noti", "% not known"),
    "col_severity": ("Gravità {n}", "Severity {n}"),
    "col_with_need": ("% con bisogno", "% with need"),
    "col_minors": ("Minori nel nucleo", "Minors in household"),
    "col_adults": ("Adulti: {n}", "Adults: {n}"),
    "col_children": ("Figli minori", "Minor children"),
    "col_improved": ("Migliorate", "Improved"),
    "col_not_improved": ("Non migliorate", "Not improved"),
    "col_share_improved": ("% migliorate", "% improved"),
    "col_interviews": ("Colloqui", "Interviews"),
    "col_hours": ("Ore", "Hours"),
    "col_share_done": ("% completate", "% done"),
    "col_payments": ("Pagamenti", "Payments"),
    "col_decision": ("Decisione", "Decision"),
    "col_mode": ("Modalità", "Mode"),
    "col_age_band": ("Fascia d'età", "Age band"),
    "col_result": ("Esito", "Outcome"),
    "t_first_contacts": ("Primi contatti per canale", "First contacts by channel"),
    "t_first_contacts_note": (
        "Contatti registrati allo sportello nel periodo, anche anonimi.",
        "Contacts logged at the desk in the period, anonymous ones included.",
    ),
    "t_reached": (
        "Famiglie raggiunte: canale e conoscenza dei servizi sociali",
        "Families reached: channel and whether known to social services",
    ),
    "t_reached_note": (
        "Famiglie registrate nel periodo. La quota «non noti» (tra chi ha risposto) misura il "
        "«numero oscuro» che il progetto vuole raggiungere.",
        'Families recorded in the period. The "not known" share (of those who answered) '
        'measures the "numero oscuro" the project sets out to reach.',
    ),
    "t_assessments": ("Valutazioni e decisioni", "Assessments and decisions"),
    "t_assessments_note": (
        "Valutazioni svolte nel periodo, per decisione registrata.",
        "Assessments carried out in the period, by the decision recorded.",
    ),
    "t_needs": ("Bisogni all'ingresso", "Needs at baseline"),
    "t_needs_note": (
        "Gravità all'ingresso (0 nessun problema, 3 grave) delle famiglie valutate nel periodo.",
        "Severity at baseline (0 no problem, 3 severe) of the families assessed in the period.",
    ),
    "t_households": ("Composizione dei nuclei", "Household composition"),
    "t_households_note": (
        "Famiglie con un percorso aperto nel periodo, per numero di minori e di adulti.",
        "Families with a path open in the period, by number of minors and adults.",
    ),
    "t_children": ("Figli minori per fascia d'età", "Minor children by age band"),
    "t_children_note": (
        "Figli minori delle famiglie in percorso, età all'ultimo giorno del periodo.",
        "Minor children of the families on a path, age on the last day of the period.",
    ),
    "t_improvement": ("Miglioramento per area", "Improvement by area"),
    "t_improvement_note": (
        "Famiglie chiuse nel periodo con un bisogno all'ingresso (gravità 1-3) e una "
        "valutazione di uscita nell'area: migliorate se la gravità è scesa.",
        "Families closed in the period with a need at baseline (severity 1-3) and an exit "
        "score in the area: improved when the severity went down.",
    ),
    "t_improved_any": ("Miglioramento complessivo", "Overall improvement"),
    "t_improved_any_note": (
        "Famiglie chiuse nel periodo migliorate in almeno un'area di bisogno.",
        "Families closed in the period that improved in at least one need area.",
    ),
    "t_interviews": ("Colloqui per modalità", "Interviews by mode"),
    "t_interviews_note": ("Colloqui svolti nel periodo.", "Interviews held in the period."),
    "t_actions": ("Azioni per tipo e stato", "Actions by type and status"),
    "t_actions_note": (
        "Azioni dei percorsi aperti nel periodo, con lo stato registrato oggi.",
        "Actions of the paths open in the period, with the status recorded today.",
    ),
    "t_aid": ("Contributi per categoria", "Aid by category"),
    "t_aid_note": (
        "Contributi pagati nel periodo. Una famiglia può comparire in più categorie.",
        "Aid paid in the period. A family may appear in several categories.",
    ),
    "t_outcomes": ("Esiti alla chiusura", "Outcomes at closure"),
    "t_outcomes_note": ("Percorsi chiusi nel periodo.", "Paths closed in the period."),
    "withheld": (
        "Tabella non pubblicata: i numeri sono troppo piccoli per essere pubblicati senza "
        "rendere riconoscibili le famiglie.",
        "Table not published: the numbers are too small to publish without making families "
        "recognisable.",
    ),
    "chart_contacts": ("Primi contatti per canale", "First contacts by channel"),
    "chart_needs": (
        "Famiglie con il bisogno all'ingresso (%)",
        "Families with the need at baseline (%)",
    ),
    "chart_improvement": (
        "Famiglie migliorate per area, alla chiusura (%)",
        "Families improved by area, at closure (%)",
    ),
    "chart_hidden": ("{label}: valore non pubblicato", "{label}: value not published"),
    "stories_title": ("Storie (testo anonimizzato)", "Stories (anonymised text)"),
    "work_found": ("Lavoro trovato: {type}", "Work found: {type}"),
    # consent form
    "consent_title": (
        "Informativa sul trattamento dei dati personali e consenso",
        "Privacy notice and consent",
    ),
    "consent_family": ("Famiglia: {code}", "Family: {code}"),
    "consent_controller": (
        "Titolare del trattamento: {organisation}",
        "Controller: {organisation}",
    ),
    "consent_version": ("Versione dell'informativa: {version}", "Notice version: {version}"),
    "consent_declaration": ("Dichiarazione di consenso", "Consent"),
    "consent_intro": (
        "Letta l'informativa, il/la sottoscritto/a, per sé e per i componenti minorenni del "
        "nucleo:",
        "Having read the notice, the undersigned, for themselves and the household's minors:",
    ),
    "consent_scope_path": (
        "acconsente al trattamento dei dati per il percorso di sostegno del progetto Ripartire",
        "consents to the processing of the data for the Ripartire support path",
    ),
    "consent_scope_statistics": (
        "acconsente all'uso dei dati, in forma aggregata e anonima, per statistiche destinate "
        "ai partner e ai finanziatori del progetto",
        "consents to the use of the data, aggregated and anonymised, for statistics for the "
        "project's partners and funders",
    ),
    "consent_give": ("Do il consenso", "I consent"),
    "consent_refuse": ("Nego il consenso", "I do not consent"),
    "consent_place_date": ("Luogo e data", "Place and date"),
    "consent_signature": ("Firma", "Signature"),
    "consent_counsellor": ("Firma dell'operatore/operatrice", "Counsellor's signature"),
    "consent_name_line": ("Nome e cognome (in stampatello)", "Full name (block capitals)"),
    # recovery sheet
    "recovery_title": ("Foglio di recupero dell'archivio", "Vault recovery sheet"),
    "recovery_subject": ("Chiave di recupero", "Recovery key"),
    "recovery_organisation": ("Ente: {organisation}", "Organisation: {organisation}"),
    "recovery_created": ("Archivio creato il {day}", "Vault created on {day}"),
    "recovery_key": ("Chiave di recupero", "Recovery key"),
    "recovery_warning": (
        "Chi possiede questo foglio può aprire l'archivio e leggere i dati di tutte le famiglie.",
        "Whoever holds this sheet can open the vault and read every family's data.",
    ),
    "recovery_instructions_title": ("Istruzioni", "Instructions"),
    "recovery_instructions": (
        "Conservate questo foglio in un luogo sicuro e chiuso a chiave, lontano dal computer "
        "(per esempio nella cassaforte dell'ente), e non fotografatelo.\n"
        "La chiave serve se la frase segreta viene dimenticata: all'apertura scegliete «Usa la "
        "chiave di recupero» (oppure, da terminale, ripartire … --recovery-key-file) e "
        "digitatela; maiuscole, minuscole, spazi e trattini non contano.\n"
        "Subito dopo scegliete una nuova frase segreta. La chiave di recupero resta la stessa.\n"
        "Apre anche i backup fatti con questo archivio.\n"
        "Se il foglio viene perso o visto da altri, create un nuovo archivio o ruotate la chiave "
        "dei dati e stampate un nuovo foglio.",
        "Keep this sheet in a safe, locked place away from the computer (for example the "
        "organisation's safe), and do not photograph it.\n"
        'The key is for when the passphrase is forgotten: when opening the vault choose "Use '
        'the recovery key" (or, from a terminal, ripartire … --recovery-key-file) and type it; '
        "case, spaces and dashes do not matter.\n"
        "Then choose a new passphrase at once. The recovery key stays the same.\n"
        "It also opens the backups made from this vault.\n"
        "If the sheet is lost or seen by others, create a new vault or rotate the data key and "
        "print a new sheet.",
    ),
}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    return lang


def t(key: str, lang: str = "it", **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`."""
    text = _STRINGS[key][LANGUAGES.index(check_lang(lang))]
    return text.format(**values) if values else text


def keys() -> frozenset[str]:
    return frozenset(_STRINGS)


def format_int(n: int, lang: str = "it") -> str:
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if lang == "it" else grouped


def format_decimal(value: float, lang: str = "it", digits: int = 1) -> str:
    text = f"{value:,.{digits}f}"
    if lang == "it":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(share: float | None, lang: str = "it") -> str:
    """A share (0-1) as a whole percentage; "" when it is not published."""
    if share is None:
        return ""
    return f"{round(share * 100)}%"


def format_day(day: date | None, lang: str = "it") -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if lang == "it" else day.isoformat()


def format_moment(moment: datetime | None, lang: str = "it") -> str:
    if moment is None:
        return ""
    return f"{format_day(moment.date(), lang)} {moment.strftime('%H:%M')}"


def format_month(year: int, month: int, lang: str = "it") -> str:
    return f"{_MONTHS[check_lang(lang)][month - 1]} {year}"


def format_month_of(day: date | None, lang: str = "it") -> str:
    return "" if day is None else format_month(day.year, day.month, lang)


def yes_no(value: bool | None, lang: str = "it") -> str:
    if value is None:
        return t("not_recorded", lang)
    return t("yes" if value else "no", lang)
