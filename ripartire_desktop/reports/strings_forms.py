"""The words of the forms to print (the consent form and the recovery sheet) in Italian and
English, parsed by `reports.strings`.

Each entry is its key on a line of its own, then "it:" and "en:" with the text; a text goes on
over the lines indented further (joined by one space), and "\\n" in it starts a new line.
"""

TEXT = r"""
consent_title
    it: Informativa sul trattamento dei dati personali e consenso
    en: Privacy notice and consent
consent_family
    it: Famiglia: {code}
    en: Family: {code}
consent_controller
    it: Titolare del trattamento: {organisation}
    en: Controller: {organisation}
consent_version
    it: Versione dell'informativa: {version}
    en: Notice version: {version}
consent_declaration
    it: Dichiarazione di consenso
    en: Consent
consent_intro
    it: Letta l'informativa, il/la sottoscritto/a, per sé e per i componenti minorenni del
        nucleo:
    en: Having read the notice, the undersigned, for themselves and the household's minors:
consent_scope_path
    it: acconsente al trattamento dei dati per il percorso di sostegno del progetto Ripartire
    en: consents to the processing of the data for the Ripartire support path
consent_scope_statistics
    it: acconsente all'uso dei dati, in forma aggregata e anonima, per statistiche destinate
        ai partner e ai finanziatori del progetto
    en: consents to the use of the data, aggregated and anonymised, for statistics for the
        project's partners and funders
consent_give
    it: Do il consenso
    en: I consent
consent_refuse
    it: Nego il consenso
    en: I do not consent
consent_place_date
    it: Luogo e data
    en: Place and date
consent_signature
    it: Firma
    en: Signature
consent_counsellor
    it: Firma dell'operatore/operatrice
    en: Counsellor's signature
consent_name_line
    it: Nome e cognome (in stampatello)
    en: Full name (block capitals)
recovery_title
    it: Foglio di recupero dell'archivio
    en: Vault recovery sheet
recovery_subject
    it: Chiave di recupero
    en: Recovery key
recovery_organisation
    it: Ente: {organisation}
    en: Organisation: {organisation}
recovery_created
    it: Archivio creato il {day}
    en: Vault created on {day}
recovery_key
    it: Chiave di recupero
    en: Recovery key
recovery_warning
    it: Chi possiede questo foglio può aprire l'archivio e leggere i dati di tutte le
        famiglie.
    en: Whoever holds this sheet can open the vault and read every family's data.
recovery_instructions_title
    it: Istruzioni
    en: Instructions
recovery_instructions
    it: Conservate questo foglio in un luogo sicuro e chiuso a chiave, lontano dal computer
        (per esempio nella cassaforte dell'ente), e non fotografatelo.\n La chiave serve se la
        frase segreta viene dimenticata: all'apertura scegliete «Usa la chiave di recupero»
        (oppure, da terminale, ripartire … --recovery-key-file) e digitatela; maiuscole,
        minuscole, spazi e trattini non contano.\n Subito dopo scegliete una nuova frase
        segreta. La chiave di recupero resta la stessa.\n Apre anche i backup fatti con questo
        archivio.\n Se il foglio viene perso o visto da altri, create un nuovo archivio o
        ruotate la chiave dei dati e stampate un nuovo foglio.
    en: Keep this sheet in a safe, locked place away from the computer (for example the
        organisation's safe), and do not photograph it.\n The key is for when the passphrase
        is forgotten: when opening the vault choose "Use the recovery key" (or, from a
        terminal, ripartire … --recovery-key-file) and type it; case, spaces and dashes do not
        matter.\n Then choose a new passphrase at once. The recovery key stays the same.\n It
        also opens the backups made from this vault.\n If the sheet is lost or seen by others,
        create a new vault or rotate the data key and print a new sheet.
"""
