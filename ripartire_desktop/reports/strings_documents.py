"""The words of the confidential documents: page furniture, case summary and
subject access export in Italian and English, parsed by `reports.strings`.

Each entry is its key on a line of its own, then "it:" and "en:" with the text; a text goes on
over the lines indented further (joined by one space), and "\\n" in it starts a new line.
"""

TEXT = r"""
confidential
    it: RISERVATO / CONFIDENTIAL
    en: RISERVATO / CONFIDENTIAL
page_of
    it: pagina {n} di {m}
    en: page {n} of {m}
printed_on
    it: Stampato il {day}
    en: Printed on {day}
anonymous_mark
    it: Dati aggregati e anonimi
    en: Aggregated, anonymised data
yes
    it: sì
    en: yes
no
    it: no
    en: no
not_recorded
    it: non registrato
    en: not recorded
none
    it: nessuno
    en: none
total
    it: Totale
    en: Total
minutes_short
    it: {n} min
    en: {n} min
case_title
    it: Scheda del caso {code}
    en: Case summary {code}
case_subject
    it: Scheda del caso
    en: Case summary
case_intro
    it: Documento riservato per il fascicolo dell'operatore: contiene dati personali. Non
        inoltrare, non lasciare incustodito, distruggere quando non serve più.
    en: Confidential document for the counsellor's file: it holds personal data. Do not
        forward it, do not leave it unattended, destroy it when no longer needed.
section_household
    it: Nucleo familiare
    en: Household
section_identity
    it: Identità
    en: Identity
section_members
    it: Componenti
    en: Members
section_first_contacts
    it: Primi contatti
    en: First contacts
section_assessment
    it: Valutazione
    en: Assessment
section_eligibility
    it: Ammissibilità e decisione
    en: Eligibility and decision
section_interviews
    it: Colloqui
    en: Interviews
section_actions
    it: Azioni del percorso
    en: Path actions
section_aid
    it: Contributi economici
    en: Economic aid
section_consent
    it: Consenso
    en: Consent
section_closure
    it: Chiusura
    en: Closure
section_processing
    it: Informazioni sul trattamento
    en: About the processing
field_code
    it: Codice famiglia
    en: Family code
field_status
    it: Stato
    en: Status
field_counsellor
    it: Operatore/operatrice
    en: Counsellor
field_municipality
    it: Comune di residenza
    en: Municipality of residence
field_adults_minors
    it: Adulti / minori
    en: Adults / minors
field_channel
    it: Primo contatto tramite
    en: First contact by
field_known
    it: Già noto ai servizi sociali
    en: Already known to social services
field_created
    it: Registrato il
    en: Recorded on
field_opened
    it: Percorso avviato il
    en: Path started on
field_closed
    it: Chiuso il
    en: Closed on
field_names
    it: Persone
    en: People
field_phones
    it: Telefoni
    en: Phones
field_emails
    it: E-mail
    en: E-mails
field_address
    it: Indirizzo
    en: Address
field_tax_code
    it: Codice fiscale
    en: Tax code
field_contact_preferences
    it: Preferenze di contatto
    en: Contact preferences
col_role
    it: Ruolo
    en: Role
col_age
    it: Età
    en: Age
col_work
    it: Lavoro
    en: Work
col_education
    it: Istruzione
    en: Education
col_unemployed_since
    it: Disoccupato/a da
    en: Unemployed since
col_date
    it: Data
    en: Date
col_channel
    it: Canale
    en: Channel
col_outcome
    it: Esito
    en: Outcome
col_area
    it: Area di bisogno
    en: Need area
col_baseline
    it: Ingresso
    en: Baseline
col_exit
    it: Uscita
    en: Exit
col_change
    it: Variazione
    en: Change
col_category
    it: Categoria
    en: Category
col_payee
    it: Beneficiario
    en: Paid to
col_receipt
    it: Ricevuta
    en: Receipt
col_amount
    it: Importo
    en: Amount
col_type
    it: Tipo
    en: Type
col_status
    it: Stato
    en: Status
col_due
    it: Scadenza
    en: Due
label_request
    it: Richiesta
    en: Request
label_notes
    it: Note
    en: Notes
label_participants
    it: Partecipanti
    en: Participants
label_topics
    it: Temi
    en: Topics
label_next_steps
    it: Prossimi passi
    en: Next steps
label_next_appointment
    it: Prossimo appuntamento
    en: Next appointment
label_description
    it: Descrizione
    en: Description
label_owner
    it: Chi se ne occupa
    en: Owner
label_action_outcome
    it: Esito
    en: Outcome
label_assessed_on
    it: Data della valutazione
    en: Assessed on
label_motivation
    it: Motivazione (1-5)
    en: Motivation (1-5)
label_resources
    it: Risorse del nucleo
    en: Household resources
label_need_notes
    it: Note per area
    en: Notes by area
label_decision
    it: Decisione
    en: Decision
label_decided_on
    it: Decisa il
    en: Decided on
label_eligible
    it: Criteri del progetto soddisfatti
    en: Project criteria met
label_reason
    it: Motivo
    en: Reason
label_work_type
    it: Tipo di contratto
    en: Type of contract
label_notice_version
    it: Versione dell'informativa
    en: Notice version
label_given_on
    it: Dato il
    en: Given on
label_method
    it: Modalità
    en: Method
label_scopes
    it: Finalità
    en: Scopes
label_withdrawn_on
    it: Revocato il
    en: Withdrawn on
label_active
    it: In vigore
    en: In force
label_total_by_category
    it: Totale per categoria
    en: Total by category
label_total_aid
    it: Totale contributi
    en: Total aid
change_better
    it: migliorata
    en: improved
change_same
    it: invariata
    en: unchanged
change_worse
    it: peggiorata
    en: worse
nothing_recorded
    it: Nessun dato registrato.
    en: Nothing recorded.
no_identity
    it: Nessuna identità registrata.
    en: No identity recorded.
identity_left_out
    it: Nomi e recapiti non inclusi in questa stampa: sono nell'archivio cifrato.
    en: Names and contact details are not in this printout: they stay in the encrypted vault.
notes_redacted
    it: Anche nei testi liberi (note, prossimi passi, partecipanti, azioni, beneficiari,
        chiusura) i nomi delle persone della famiglia, i loro recapiti e gli altri dati che
        identificano qualcuno sono sostituiti da segnaposto come [NOME], [TELEFONO], [EMAIL],
        [INDIRIZZO], [CF], [IBAN], [NASCITA].
    en: In the typed texts too (notes, next steps, participants, actions, payees, closure) the
        names of the family's members, their contact details and anything else that identifies
        someone are replaced by tags such as [NOME] (name), [TELEFONO] (phone), [EMAIL],
        [INDIRIZZO] (address), [CF] (tax code), [IBAN], [NASCITA] (date of birth).
redactions_made
    it: Sostituzioni in questa stampa: {count} ({detail}).
    en: Replacements in this printout: {count} ({detail}).
redactions_none
    it: Nessuna sostituzione è stata necessaria in questa stampa.
    en: No replacement was needed in this printout.
redaction_caveat
    it: La sostituzione è automatica: il nome di una persona che l'archivio non conosce (un
        vicino, un datore di lavoro) può restare. Rileggere prima di consegnare.
    en: The replacement is automatic: the name of someone the vault does not know (a
        neighbour, an employer) may remain. Read it through before handing it on.
redaction_withheld
    it: {count} testi non sono stampati: non è stato possibile oscurarli.
    en: {count} texts are not printed: they could not be redacted.
sar_title
    it: Dati personali della famiglia {code}
    en: Personal data held about family {code}
sar_subject
    it: Accesso ai dati (art. 15 e 20 GDPR)
    en: Subject access (GDPR arts. 15 and 20)
sar_intro
    it: Questo documento riporta tutti i dati che {organisation} conserva sulla famiglia
        {code}, in risposta a una richiesta di accesso (art. 15 del Regolamento UE 2016/679).
        Lo stesso contenuto è nel file JSON allegato, in un formato leggibile da computer
        (portabilità, art. 20).
    en: This document sets out all the data {organisation} holds about family {code}, in
        answer to a request for access (art. 15 of Regulation (EU) 2016/679). The same content
        is in the accompanying JSON file, in a machine-readable format (portability, art. 20).
sar_processing
    it: Finalità: accompagnamento della famiglia nel percorso del progetto Ripartire e, se
        acconsentito, statistiche anonime per i partner e i finanziatori. Base giuridica:
        consenso della famiglia. Destinatari: nessuno al di fuori degli operatori del
        progetto; ai partner arrivano solo dati aggregati e anonimi. Conservazione: {months}
        mesi dopo la chiusura del percorso, poi cancellazione. Diritti: rettifica,
        cancellazione, limitazione, opposizione, revoca del consenso, reclamo al Garante per
        la protezione dei dati personali.
    en: Purposes: supporting the family through the Ripartire project and, with consent,
        anonymous statistics for partners and funders. Legal basis: the family's consent.
        Recipients: nobody outside the project's counsellors; partners receive only
        aggregated, anonymised data. Retention: {months} months after the path is closed, then
        erasure. Rights: rectification, erasure, restriction, objection, withdrawal of
        consent, complaint to the Italian data protection authority (Garante).
"""
