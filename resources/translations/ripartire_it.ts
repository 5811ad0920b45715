<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>The project is full: {0} of {1} places taken across the team, by the coordinator&apos;s status of {2}. Places may have freed since then. Admit this family anyway?</source>
        <translation>Il progetto è al completo: {0} posti occupati su {1} in tutto il gruppo, secondo lo stato inviato da chi coordina al {2}. Da allora qualche posto potrebbe essersi liberato. Ammettere comunque questo nucleo familiare?</translation>
    </message>
    <message>
        <source>The project is full</source>
        <translation>Il progetto è al completo</translation>
    </message>
    <message>
        <source>&amp;Admit anyway</source>
        <translation>&amp;Ammetti comunque</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>New plan action</source>
        <translation>Nuova azione del piano</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Azione del piano</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>{0} – overdue</source>
        <translation>{0} – in ritardo</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Remove the action “{0}”? Payments linked to it stay in the ledger, unlinked.</source>
        <translation>Eliminare l&apos;azione “{0}”? I contributi collegati restano nel registro, senza collegamento.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n azione in ritardo</numerusform>
            <numerusform>%n azioni in ritardo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaForm</name>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Precedente</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Successivo ›</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo successivo</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo visualizzato</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;ttimana</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Enter or double-click opens the family at that item.</source>
        <translation>Invio o doppio clic apre la famiglia di quella voce.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Esporta calendario (.ics)…</translation>
    </message>
    <message>
        <source>The period shown, as a calendar file: family codes only, no names, no notes.</source>
        <translation>Il periodo visualizzato, come file di calendario: solo i codici delle famiglie, nessun nome, nessuna nota.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Overdue actions ({0})</source>
        <translation>Azioni in ritardo ({0})</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Desk appointment</source>
        <translation>Appuntamento dallo sportello</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Niente in programma</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up at %n month(s) after closure</source>
        <translation>
            <numerusform>Follow-up a %n mese dalla chiusura</numerusform>
            <numerusform>Follow-up a %n mesi dalla chiusura</numerusform>
        </translation>
    </message>
    <message>
        <source>ISEE expires</source>
        <translation>Scadenza ISEE</translation>
    </message>
    <message>
        <source>Benefit: renewal or expiry</source>
        <translation>Misura: rinnovo o scadenza</translation>
    </message>
    <message>
        <source>{0}: renewal or expiry</source>
        <translation>{0}: rinnovo o scadenza</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>entro {0}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>entro oggi</translation>
    </message>
    <message>
        <source>due</source>
        <translation>in scadenza</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Azione: {0}</translation>
    </message>
    <message>
        <source>{0} (today)</source>
        <translation>{0} (oggi)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to {0}, with family codes only (no names, no notes).</source>
        <translation>
            <numerusform>%n voce scritta in {0}, solo con i codici delle famiglie (nessun nome, nessuna nota).</numerusform>
            <numerusform>%n voci scritte in {0}, solo con i codici delle famiglie (nessun nome, nessuna nota).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AidModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Versato a</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation>Azione collegata</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Linea di budget</translation>
    </message>
</context>
<context>
    <name>AidTab</name>
    <message>
        <source>Remove the payment of {0} on {1} from the ledger?</source>
        <translation>Eliminare dal registro il contributo di {0} del {1}?</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Ancora nessun contributo.</translation>
    </message>
    <message>
        <source>Family total: {0}</source>
        <translation>Totale per la famiglia: {0}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Audit log</source>
        <translation>Registro delle operazioni</translation>
    </message>
    <message>
        <source>The audit log does not match the record of it kept with the vault&apos;s keys: entries were removed or changed outside Ripartire. The records themselves open as usual. Settings, Data, Verify gives the details; restoring a backup brings back a whole log.</source>
        <translation>Il registro delle operazioni non corrisponde alla traccia conservata con le chiavi dell&apos;archivio: alcune voci sono state tolte o modificate fuori da Ripartire. Le schede si aprono come sempre. Impostazioni, Dati, Verifica dà i dettagli; ripristinare un backup riporta un registro completo.</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Unsaved changes from {0}: restore them?</source>
        <translation>Ci sono modifiche non salvate del {0}: ripristinarle?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Not asked yet</source>
        <translation>Non ancora chiesto</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Baseline severity: {0}</source>
        <translation>Gravità iniziale: {0}</translation>
    </message>
    <message>
        <source>Exit severity: {0}</source>
        <translation>Gravità finale: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Non ancora valutata</translation>
    </message>
    <message>
        <source>Meets the project&apos;s criteria</source>
        <translation>Risponde ai criteri del progetto</translation>
    </message>
    <message>
        <source>Does not meet the project&apos;s criteria</source>
        <translation>Non risponde ai criteri del progetto</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro delle operazioni</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Nessuna voce</translation>
    </message>
    <message>
        <source>Entries: {0} (the newest {1} shown; scroll for more)</source>
        <translation>Voci: {0} (mostrate le {1} più recenti; scorri per vederne altre)</translation>
    </message>
    <message>
        <source>Entries: {0}</source>
        <translation>Voci: {0}</translation>
    </message>
    <message>
        <source>Every sensitive action on this vault: unlocks, exports, erasures, backups, restores, key changes. Family codes only, never names. The log cannot be edited here.</source>
        <translation>Ogni operazione delicata su questo archivio: sblocchi, esportazioni, cancellazioni, backup, ripristini, cambi di chiave. Solo codici delle famiglie, mai nomi. Qui il registro non si può modificare.</translation>
    </message>
    <message>
        <source>Family &amp;code:</source>
        <translation>&amp;Codice famiglia:</translation>
    </message>
    <message>
        <source>for example RIP-2026-007</source>
        <translation>per esempio RIP-2026-007</translation>
    </message>
    <message>
        <source>Filter by family code</source>
        <translation>Filtra per codice famiglia</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Voci mostrate</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Voci del registro delle operazioni</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Vault created</source>
        <translation>Archivio creato</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Sbloccato</translation>
    </message>
    <message>
        <source>Family opened</source>
        <translation>Famiglia aperta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Old desk text cleared</source>
        <translation>Testo vecchio dello sportello cancellato</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase segreta cambiata</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Chiave dei dati rinnovata</translation>
    </message>
    <message>
        <source>Demo families added</source>
        <translation>Famiglie dimostrative aggiunte</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nuova chiave di recupero</translation>
    </message>
    <message>
        <source>Audit log re-chained</source>
        <translation>Registro delle operazioni ricatenato</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Squadra modificata</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation>Modifica linea di budget</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nuova linea di budget</translation>
    </message>
    <message>
        <source>for example Fondazione Cariplo 2026</source>
        <translation>ad esempio Fondazione Cariplo 2026</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Funder</source>
        <translation>&amp;Finanziatore</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Ann&amp;o</translation>
    </message>
    <message>
        <source>&amp;Amount granted</source>
        <translation>&amp;Importo stanziato</translation>
    </message>
    <message>
        <source>Problem with this budget line</source>
        <translation>Problema con questa linea di budget</translation>
    </message>
    <message>
        <source>Type a name, for example Fondazione Cariplo 2026.</source>
        <translation>Scrivi un nome, ad esempio Fondazione Cariplo 2026.</translation>
    </message>
    <message>
        <source>Another budget line already has this name.</source>
        <translation>Un&apos;altra linea di budget ha già questo nome.</translation>
    </message>
    <message>
        <source>Type who gives the money, for example Comune di Cernusco.</source>
        <translation>Scrivi chi finanzia, ad esempio Comune di Cernusco.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>L&apos;importo non può essere negativo.</translation>
    </message>
    <message>
        <source>At most two decimals (the cents).</source>
        <translation>Al massimo due decimali (i centesimi).</translation>
    </message>
    <message>
        <source>Check the thousands separators: for example 1.500,00 or 1500,00.</source>
        <translation>Controlla i separatori delle migliaia: ad esempio 1.500,00 oppure 1500,00.</translation>
    </message>
    <message>
        <source>That amount is too large: check the digits.</source>
        <translation>L&apos;importo è troppo grande: controlla le cifre.</translation>
    </message>
    <message>
        <source>Type an amount in euros, for example 1.500,00 or 1500.00.</source>
        <translation>Scrivi un importo in euro, ad esempio 1.500,00 oppure 1500.00.</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Budget lines</source>
        <translation>Linee di budget</translation>
    </message>
    <message>
        <source>The money of each funder for each year. Every aid payment is paid from one line: the only line of its year, or the one chosen in the aid tab. Insert adds a line, Enter edits it, Delete removes a line nothing was paid from; each change is saved at once. Names and funders are printed in the anonymised reports: never write a person&apos;s name in them.</source>
        <translation>I fondi di ciascun finanziatore per ciascun anno. Ogni contributo è pagato da una linea: l&apos;unica linea del suo anno, oppure quella scelta nella scheda dei contributi. Ins aggiunge una linea, Invio la modifica, Canc rimuove una linea da cui non è stato pagato nulla; ogni modifica è salvata subito. Nomi e finanziatori compaiono nei report anonimi: non scriverci mai il nome di una persona.</translation>
    </message>
    <message>
        <source>Add budget line…</source>
        <translation>Aggiungi linea di budget…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Stanziato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Erogato</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>More was paid than this line grants.</source>
        <translation>È stato erogato più di quanto questa linea stanzia.</translation>
    </message>
    <message>
        <source>Budget line {0} saved.</source>
        <translation>Linea di budget {0} salvata.</translation>
    </message>
    <message numerus="yes">
        <source>{0} cannot be removed: %n aid payment(s) are paid from it.</source>
        <translation>
            <numerusform>{0} non si può rimuovere: %n contributo è pagato da questa linea.</numerusform>
            <numerusform>{0} non si può rimuovere: %n contributi sono pagati da questa linea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove budget line</source>
        <translation>Rimuovi linea di budget</translation>
    </message>
    <message>
        <source>Remove the budget line {0}? Nothing was paid from it.</source>
        <translation>Rimuovere la linea di budget {0}? Non è stato pagato nulla da questa linea.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Budget line {0} removed.</source>
        <translation>Linea di budget {0} rimossa.</translation>
    </message>
</context>
<context>
    <name>BundleSourcesModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>no list (older version)</source>
        <translation>nessun elenco (versione precedente)</translation>
    </message>
    <message>
        <source>{0} active, {1} waiting</source>
        <translation>{0} attivi, {1} in attesa</translation>
    </message>
    <message>
        <source>Active paths:</source>
        <translation>Percorsi attivi:</translation>
    </message>
    <message>
        <source>Waiting list:</source>
        <translation>Lista d&apos;attesa:</translation>
    </message>
</context>
<context>
    <name>BusyVault</name>
    <message>
        <source>This vault is open in another Ripartire window (process {0}, since {1}): use that window, or lock or close it first.</source>
        <translation>Questo archivio è aperto in un&apos;altra finestra di Ripartire (processo {0}, dalle {1}): usa quella finestra, oppure bloccala o chiudila prima.</translation>
    </message>
    <message>
        <source>This vault is in use by another Ripartire program ({0}, process {1}): wait for it to finish.</source>
        <translation>Questo archivio è in uso da un altro programma Ripartire ({0}, processo {1}): attendi che finisca.</translation>
    </message>
    <message>
        <source>This vault is in use by another Ripartire program: wait for it to finish.</source>
        <translation>Questo archivio è in uso da un altro programma Ripartire: attendi che finisca.</translation>
    </message>
</context>
<context>
    <name>BusyVaultDialog</name>
    <message>
        <source>Ripartire is already open</source>
        <translation>Ripartire è già aperto</translation>
    </message>
    <message>
        <source>The vault is already open elsewhere.</source>
        <translation>L&apos;archivio è già aperto altrove.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case summary of {0}</source>
        <translation>Scheda del caso {0}</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Scegli dove salvare…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambia la frase segreta</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Le due nuove frasi segrete sono diverse.</translation>
    </message>
    <message>
        <source>Type the new passphrase again to confirm.</source>
        <translation>Inserisci di nuovo la nuova frase segreta per conferma.</translation>
    </message>
    <message>
        <source>The new passphrases match.</source>
        <translation>Le nuove frasi segrete coincidono.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Inserisci la frase segreta attuale.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least {0} characters.</source>
        <translation>La nuova frase segreta deve avere almeno {0} caratteri.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess: {0}</source>
        <translation>La nuova frase segreta è troppo facile da indovinare: {0}</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nuova frase segreta è uguale a quella attuale.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>Cambio della frase segreta in corso… ci vuole qualche secondo.</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on. The recovery key stays the same, and older backups keep opening with the passphrase of their day.</source>
        <translation>Da ora l&apos;archivio si apre con la nuova frase segreta. La chiave di recupero resta la stessa, e i backup precedenti continuano ad aprirsi con la frase segreta in uso quando sono stati fatti.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase segreta &amp;attuale</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nuova frase segreta</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustezza</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustezza della frase segreta</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>&amp;Ripeti la nuova frase segreta</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Suggerimenti sulla frase segreta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambia frase segreta</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <source>&amp;Close the path</source>
        <translation>Chiudi il pe&amp;rcorso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>The path started on {0}. Closing it moves the family to “{1}”.</source>
        <translation>Il percorso è iniziato il {0}. Con la chiusura la famiglia passa a “{1}”.</translation>
    </message>
    <message>
        <source>Only an active path can be closed; this family is “{0}”.</source>
        <translation>Si può chiudere solo un percorso attivo; questa famiglia è in stato “{0}”.</translation>
    </message>
    <message>
        <source>Reminder: no need area has a baseline score, so the report cannot show what improved.</source>
        <translation>Promemoria: nessuna area di bisogno ha un punteggio iniziale, quindi il report non potrà mostrare cosa è migliorato.</translation>
    </message>
    <message>
        <source>Reminder: fill in the exit scores before closing. Still missing: {0}.</source>
        <translation>Promemoria: compila i punteggi finali prima della chiusura. Mancano ancora: {0}.</translation>
    </message>
    <message>
        <source>Exit scores are filled in for every area scored at baseline.</source>
        <translation>I punteggi finali sono compilati per tutte le aree valutate all&apos;inizio.</translation>
    </message>
    <message>
        <source>Choose why the path ends.</source>
        <translation>Scegli perché il percorso si conclude.</translation>
    </message>
    <message>
        <source>Choose what the path achieved.</source>
        <translation>Scegli quale risultato ha raggiunto il percorso.</translation>
    </message>
</context>
<context>
    <name>ClosuresModel</name>
    <message>
        <source>Closed on</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Tipo di lavoro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registra consenso</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Notice version</source>
        <translation>Versione informativa</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Withdrawn on {0}</source>
        <translation>Revocato il {0}</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Valido</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Ripartire

Press Esc to continue</source>
        <translation>Ripartire

Premi Esc per continuare</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Active paths</source>
        <translation>Percorsi attivi</translation>
    </message>
    <message>
        <source>The project&apos;s places</source>
        <translation>I posti del progetto</translation>
    </message>
    <message>
        <source>Load project status…</source>
        <translation>Carica lo stato del progetto…</translation>
    </message>
    <message>
        <source>Load the status file the coordinator sent: the places taken across the whole team</source>
        <translation>Carica il file di stato inviato da chi coordina: i posti occupati in tutto il gruppo</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista d&apos;attesa</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Appuntamenti di oggi</translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation>Appuntamenti della settimana</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Azioni in ritardo</translation>
    </message>
    <message>
        <source>Overdue actions, in the agenda</source>
        <translation>Azioni scadute, nell&apos;agenda</translation>
    </message>
    <message>
        <source>Aid spent</source>
        <translation>Contributi erogati</translation>
    </message>
    <message>
        <source>Aid budget used</source>
        <translation>Budget contributi usato</translation>
    </message>
    <message>
        <source>Due for retention review</source>
        <translation>Conservazione da rivedere</translation>
    </message>
    <message>
        <source>Review, erase, audit log…</source>
        <translation>Rivedi, cancella, registro delle operazioni…</translation>
    </message>
    <message>
        <source>Open the retention review</source>
        <translation>Apri la revisione della conservazione</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Budget lines of this year</source>
        <translation>Linee di budget di quest&apos;anno</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} su {1}</translation>
    </message>
    <message numerus="yes">
        <source>See the %n overdue action(s) in the agenda</source>
        <translation>
            <numerusform>Vedi l&apos;azione scaduta nell&apos;agenda</numerusform>
            <numerusform>Vedi le %n azioni scadute nell&apos;agenda</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Nessuna azione scaduta.</translation>
    </message>
    <message numerus="yes">
        <source>%n old desk contact(s) with text</source>
        <translation>
            <numerusform>%n vecchio contatto dello sportello con testo</numerusform>
            <numerusform>%n vecchi contatti dello sportello con testo</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget line for {0}: add one in Settings.</source>
        <translation>Nessuna linea di budget per il {0}: aggiungila in Impostazioni.</translation>
    </message>
    <message>
        <source>overspent by {0}</source>
        <translation>superata di {0}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>restano {0}</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Vault folder: {0}</source>
        <translation>Cartella dell&apos;archivio: {0}</translation>
    </message>
    <message>
        <source>Back up the vault: choose a file or folder, for example on a USB stick</source>
        <translation>Backup dell&apos;archivio: scegli un file o una cartella, per esempio su una chiavetta USB</translation>
    </message>
    <message>
        <source>Ripartire backups (*{0})</source>
        <translation>Backup di Ripartire (*{0})</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fai il backup ora</translation>
    </message>
    <message>
        <source>{0} already exists: choose another name. Nothing was written.</source>
        <translation>{0} esiste già: scegli un altro nome. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist (was the USB stick removed?).</source>
        <translation>La cartella {0} non esiste (la chiavetta USB è stata rimossa?).</translation>
    </message>
    <message>
        <source>Writing the backup to {0}…</source>
        <translation>Scrittura del backup in {0}…</translation>
    </message>
    <message>
        <source>Backup written to {0} ({1}). It opens with today&apos;s passphrase or with the recovery key. Keep the USB stick somewhere safe, away from this computer.</source>
        <translation>Backup scritto in {0} ({1}). Si apre con la frase segreta di oggi o con la chiave di recupero. Conserva la chiavetta USB in un posto sicuro, lontano da questo computer.</translation>
    </message>
    <message>
        <source>Verify vault: the vault is sound.</source>
        <translation>Verifica archivio: l&apos;archivio è integro.</translation>
    </message>
    <message>
        <source>Verify vault: the vault is damaged. Restore the latest backup.</source>
        <translation>Verifica archivio: l&apos;archivio è danneggiato. Ripristina il backup più recente.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Scegli il backup da ripristinare</translation>
    </message>
    <message>
        <source>Ripartire backups (*{0});;All files (*)</source>
        <translation>Backup di Ripartire (*{0});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Replace the current vault with the backup of {0}? Anything entered after that day is not in the backup. The current vault is moved aside, not deleted.</source>
        <translation>Sostituire l&apos;archivio attuale con il backup del {0}? Quanto inserito dopo quel giorno non è nel backup. L&apos;archivio attuale viene spostato da parte, non eliminato.</translation>
    </message>
    <message>
        <source>Replace the vault…</source>
        <translation>Sostituisci l&apos;archivio…</translation>
    </message>
    <message>
        <source>That recovery key does not open this backup.</source>
        <translation>Questa chiave di recupero non apre questo backup.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup: it opens with the passphrase in use on the day it was made, or with the recovery key.</source>
        <translation>Frase segreta errata per questo backup: si apre con la frase segreta in uso il giorno in cui è stato fatto, oppure con la chiave di recupero.</translation>
    </message>
    <message>
        <source>Checking the backup and putting it in place… Please do not switch off.</source>
        <translation>Controllo del backup e ripristino in corso… Non spegnere il computer.</translation>
    </message>
    <message>
        <source>The backup of {0} was restored.</source>
        <translation>Il backup del {0} è stato ripristinato.</translation>
    </message>
    <message>
        <source>Families erased since the backup was made were erased again: {0}.</source>
        <translation>Le famiglie cancellate dopo il backup sono state cancellate di nuovo: {0}.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept in {0}: delete it only when you are sure nothing in it is missing from the restored one.</source>
        <translation>L&apos;archivio sostituito è conservato in {0}: eliminalo solo dopo aver verificato che nulla di ciò che contiene manchi in quello ripristinato.</translation>
    </message>
    <message>
        <source>Ripartire now locks: unlock the restored vault with the passphrase of the day of the backup, or with the recovery key.</source>
        <translation>Ora Ripartire si blocca: sblocca l&apos;archivio ripristinato con la frase segreta in uso il giorno del backup, oppure con la chiave di recupero.</translation>
    </message>
    <message>
        <source>The current vault was left as it was.</source>
        <translation>L&apos;archivio attuale è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>Ripartire will lock: unlock it again.</source>
        <translation>Ripartire si bloccherà: sbloccalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>New first contact</source>
        <translation>Nuovo primo contatto</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canale</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Cosa è stato chiesto</translation>
    </message>
    <message>
        <source>What was asked, in a few words</source>
        <translation>Cosa è stato chiesto, in poche parole</translation>
    </message>
    <message>
        <source>Request problem</source>
        <translation>Problema nella richiesta</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Family code</source>
        <translation>Codice &amp;famiglia</translation>
    </message>
    <message>
        <source>Family code (empty: anonymous)</source>
        <translation>Codice famiglia (vuoto: anonimo)</translation>
    </message>
    <message>
        <source>Anonymous (or type a code)</source>
        <translation>Anonimo (o inserisci un codice)</translation>
    </message>
    <message>
        <source>Family code problem</source>
        <translation>Problema nel codice famiglia</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>When the contact happened</source>
        <translation>Quando è avvenuto il contatto</translation>
    </message>
    <message>
        <source>A&amp;ppointment on</source>
        <translation>A&amp;ppuntamento il</translation>
    </message>
    <message>
        <source>Date and time of the appointment booked</source>
        <translation>Data e ora dell&apos;appuntamento fissato</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Annulla la correzione</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Recent &amp;contacts (last 30 days)</source>
        <translation>&amp;Ultimi contatti (30 giorni)</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Contatti recenti</translation>
    </message>
    <message>
        <source>Enter on a linked contact opens its family.</source>
        <translation>Invio su un contatto collegato apre la sua famiglia.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>El&amp;imina</translation>
    </message>
    <message>
        <source>T&amp;urn into a family</source>
        <translation>Crea sc&amp;heda famiglia</translation>
    </message>
</context>
<context>
    <name>DeskHandover</name>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>Passa a un colle&amp;ga…</translation>
    </message>
    <message>
        <source>Send the selected contact, sealed and signed, to a colleague on your team</source>
        <translation>Invia il contatto selezionato, sigillato e firmato, a un collega della squadra</translation>
    </message>
    <message>
        <source>desk contact</source>
        <translation>contatto allo sportello</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>anonymous</source>
        <translation>anonimo</translation>
    </message>
    <message>
        <source>Drop-in desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>No family has this code: correct it, or leave it empty.</source>
        <translation>Nessuna famiglia ha questo codice: correggilo o lascia il campo vuoto.</translation>
    </message>
    <message>
        <source>Write what was asked, in a few words (or a note), or a family code.</source>
        <translation>Scrivi in poche parole che cosa è stato chiesto (o una nota), oppure il codice della famiglia.</translation>
    </message>
    <message>
        <source>Contact corrected.</source>
        <translation>Contatto corretto.</translation>
    </message>
    <message>
        <source>Contact saved (linked to {0}).</source>
        <translation>Contatto salvato (collegato a {0}).</translation>
    </message>
    <message>
        <source>Contact saved (anonymous).</source>
        <translation>Contatto salvato (anonimo).</translation>
    </message>
    <message>
        <source>Correct the contact of {0}</source>
        <translation>Correggi il contatto del {0}</translation>
    </message>
    <message>
        <source>What was typed before the lock is back in the form: check it and save.</source>
        <translation>Quello che era stato scritto prima del blocco è di nuovo nel modulo: controllalo e salva.</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>Contatto eliminato.</translation>
    </message>
    <message>
        <source>Delete the contact of {0} ({1})? This cannot be undone.</source>
        <translation>Eliminare il contatto del {0} ({1})? Non si può annullare.</translation>
    </message>
    <message>
        <source>Family {0} created from the contact.</source>
        <translation>Famiglia {0} creata dal contatto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EraseFamilyDialog</name>
    <message>
        <source>Erase family {0}</source>
        <translation>Cancella la famiglia {0}</translation>
    </message>
    <message>
        <source>Erase {0} and everything held about it: household, names, interviews, assessments, actions, payments, consents. Its desk contacts stay only as anonymous counts, and the audit log keeps the code alone. This cannot be undone.</source>
        <translation>Cancellare {0} e tutto ciò che la riguarda: nucleo familiare, nomi, colloqui, valutazioni, azioni, pagamenti, consensi. I suoi contatti allo sportello restano solo come conteggi anonimi e il registro delle operazioni conserva soltanto il codice. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>{0} was erased.</source>
        <translation>{0} è stata cancellata.</translation>
    </message>
    <message>
        <source>Backups made before today still hold it: replace or destroy them. A restore of any of them erases it again.</source>
        <translation>I backup fatti prima di oggi la contengono ancora: sostituiscili o distruggili. Il ripristino di uno di essi la cancella di nuovo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Type the family&apos;s &amp;code to confirm:</source>
        <translation>Per confermare, scrivi il &amp;codice della famiglia:</translation>
    </message>
    <message>
        <source>Family code, to confirm the erasure</source>
        <translation>Codice della famiglia, per confermare la cancellazione</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Cancella &amp;definitivamente</translation>
    </message>
</context>
<context>
    <name>ExportCase</name>
    <message>
        <source>The case summary holds this family&apos;s whole record: household, assessment, interviews with their notes, plan actions, aid, consents and closure. It is meant for your paper file.</source>
        <translation>La scheda del caso riporta tutti i dati di questa famiglia: nucleo, valutazione, colloqui con le relative note, azioni del piano, contributi, consensi e chiusura. È pensata per il tuo fascicolo cartaceo.</translation>
    </message>
    <message>
        <source>Include &amp;names and contact details</source>
        <translation>Includi &amp;nomi e recapiti</translation>
    </message>
    <message>
        <source>Left out by default: the family is named only by its code, and in every typed text names, phone numbers, addresses, tax codes and other personal data become tags such as [NOME] or [TELEFONO]; the PDF says how many. A name the vault does not know may remain: read it through.</source>
        <translation>Esclusi se non scegli diversamente: la famiglia è indicata solo con il suo codice e, in ogni testo libero, nomi, telefoni, indirizzi, codici fiscali e altri dati personali diventano segnaposto come [NOME] o [TELEFONO]; il PDF dice quanti. Il nome di una persona che l&apos;archivio non conosce può restare: rileggilo.</translation>
    </message>
    <message>
        <source>The PDF file is NOT encrypted. Print it, then delete the file, or keep it somewhere only you can reach.</source>
        <translation>Il file PDF NON è cifrato. Stampalo e poi elimina il file, oppure conservalo in un posto a cui puoi accedere solo tu.</translation>
    </message>
</context>
<context>
    <name>ExportPlace</name>
    <message>
        <source>{0} already exists: choose another name. Nothing was written.</source>
        <translation>{0} esiste già: scegli un altro nome. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist (was the USB stick removed?).</source>
        <translation>La cartella {0} non esiste (la chiavetta USB è stata rimossa?).</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Il file NON è cifrato: conservalo al sicuro ed eliminalo quando non serve più.</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Small-cell threshold (k)</source>
        <translation>Soglia minima dei gruppi (k)</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Fonte dei conteggi</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Cosa verrà scritto</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Tables in the report</source>
        <translation>Tabelle del report</translation>
    </message>
    <message>
        <source>Table as it will be published</source>
        <translation>Tabella come verrà pubblicata</translation>
    </message>
    <message>
        <source>Note under the table</source>
        <translation>Nota sotto la tabella</translation>
    </message>
    <message>
        <source>As te&amp;xt</source>
        <translation>Come te&amp;sto</translation>
    </message>
    <message>
        <source>The whole report as text</source>
        <translation>L&apos;intero report come testo</translation>
    </message>
    <message>
        <source>&amp;Bundle (JSON)</source>
        <translation>Pa&amp;cchetto (JSON)</translation>
    </message>
    <message>
        <source>The bundle holds the EXACT counts, without small-cell suppression, so that a coordinator can add up several counsellors&apos; bundles; suppression is applied to the merged report. It holds no names, codes, text or days. It is signed by this vault and sealed (encrypted) to the team member you choose: only their vault can open it.</source>
        <translation>Il pacchetto contiene i conteggi ESATTI, senza nascondere i valori piccoli, così il coordinatore può sommare i pacchetti di più operatori; i valori piccoli vengono nascosti nel report complessivo. Non contiene nomi, codici, testi o date precise. È firmato da questo archivio e sigillato (cifrato) per il membro della squadra che scegli: solo il suo archivio può aprirlo.</translation>
    </message>
    <message>
        <source>The exact counts, without suppression, signed and sealed to your coordinator, who merges them with other counsellors&apos; bundles</source>
        <translation>I conteggi esatti, senza nascondere i valori piccoli, firmati e sigillati per il tuo coordinatore, che li unisce ai pacchetti degli altri operatori</translation>
    </message>
    <message>
        <source>The bundle as it will be written</source>
        <translation>Il pacchetto come verrà scritto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>S&amp;eal bundle for…</source>
        <translation>Si&amp;gilla il pacchetto per…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <source>This is exactly what the report will contain: no names, codes, free text or days. Counts from 1 to {0}, and counts that would let them be worked out (also by comparing this report with those already published), are shown as “n.p.”: none can be narrowed to fewer than {1} possible values.</source>
        <translation>Questo è esattamente ciò che conterrà il rapporto: nessun nome, codice, testo libero o giorno. I valori da 1 a {0}, e quelli che permetterebbero di ricalcolarli (anche confrontando questo rapporto con quelli già pubblicati), sono indicati come «n.p.»: nessuno si può restringere a meno di {1} valori possibili.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>FamiliesForm</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Code (or name, when names are shown)</source>
        <translation>Codice (o nome, se mostrato)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>N&amp;eed</source>
        <translation>&amp;Bisogno</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Cana&amp;le</translation>
    </message>
    <message>
        <source>Co&amp;unsellor</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <source>Sho&amp;w names</source>
        <translation>Mostra i &amp;nomi</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Famiglie</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Importa da foglio di calcolo…</translation>
    </message>
    <message>
        <source>Add families from a spreadsheet (CSV, XLSX or ODS), with a preview and every bad cell named</source>
        <translation>Aggiunge famiglie da un foglio di calcolo (CSV, XLSX o ODS), con un&apos;anteprima e l&apos;indicazione di ogni cella errata</translation>
    </message>
    <message>
        <source>Recei&amp;ve hand-over…</source>
        <translation>&amp;Ricevi passaggio di consegne…</translation>
    </message>
    <message>
        <source>Open a family a colleague handed over to you, or the receipt of one you handed over</source>
        <translation>Apri un nucleo che un collega ti ha passato, o la ricevuta di uno che hai passato tu</translation>
    </message>
    <message>
        <source>E&amp;rase family…</source>
        <translation>Cancella fa&amp;miglia…</translation>
    </message>
    <message>
        <source>Erase the selected family and everything held about it (asks you to type its code)</source>
        <translation>Cancella la famiglia selezionata e tutto ciò che la riguarda (chiede di scriverne il codice)</translation>
    </message>
    <message>
        <source>&amp;New family</source>
        <translation>Nuova &amp;famiglia</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
</context>
<context>
    <name>FamiliesView</name>
    <message>
        <source>Families</source>
        <translation>Famiglie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tutti</translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n famiglia</numerusform>
            <numerusform>%n famiglie</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a family first.</source>
        <translation>Seleziona prima una famiglia.</translation>
    </message>
    <message>
        <source>Family {0} erased.</source>
        <translation>Famiglia {0} cancellata.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>%n nucleo importato dal foglio di calcolo.</numerusform>
            <numerusform>%n nuclei importati dal foglio di calcolo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Family {0} created.</source>
        <translation>Famiglia {0} creata.</translation>
    </message>
</context>
<context>
    <name>FamilyActionDialog</name>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Referente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>the family, the counsellor, a partner</source>
        <translation>la famiglia, chi la segue, un partner</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;ato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>FamilyActionsForm</name>
    <message>
        <source>Plan actions</source>
        <translation>Azioni del piano</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>A&amp;ggiungi azione…</translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation>Mod&amp;ifica azione…</translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation>E&amp;limina azione</translation>
    </message>
</context>
<context>
    <name>FamilyAidForm</name>
    <message>
        <source>Aid payments</source>
        <translation>Contributi erogati</translation>
    </message>
    <message>
        <source>Add pa&amp;yment…</source>
        <translation>A&amp;ggiungi contributo…</translation>
    </message>
    <message>
        <source>&amp;Edit payment…</source>
        <translation>Mod&amp;ifica contributo…</translation>
    </message>
    <message>
        <source>&amp;Remove payment</source>
        <translation>E&amp;limina contributo</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
</context>
<context>
    <name>FamilyAssessmentForm</name>
    <message>
        <source>Assessed on</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Need areas: severity from 0 (no problem) to 3 (severe)</source>
        <translation>Aree di bisogno: gravità da 0 (nessun problema) a 3 (grave)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisiti di accesso</translation>
    </message>
    <message>
        <source>Resident in the pro&amp;ject area</source>
        <translation>&amp;Residente nel territorio del progetto</translation>
    </message>
    <message>
        <source>At least one &amp;minor child</source>
        <translation>Almeno un fi&amp;glio minorenne</translation>
    </message>
    <message>
        <source>Job loss or &amp;economic hardship</source>
        <translation>&amp;Perdita del lavoro o difficoltà economica</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>Decisi&amp;one</translation>
    </message>
    <message>
        <source>Resources and stren&amp;gths</source>
        <translation>Risorse e punti di &amp;forza</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Moti&amp;vation (1-5)</source>
        <translation>Mot&amp;ivazione (1-5)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Resources and strengths</source>
        <translation>Risorse e punti di forza</translation>
    </message>
</context>
<context>
    <name>FamilyClosureForm</name>
    <message>
        <source>Close the path</source>
        <translation>Chiudi il percorso</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>M&amp;otivo</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>E&amp;sito</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>&amp;Kind of work</source>
        <translation>Tipo di &amp;lavoro</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Tipo di lavoro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Fill in the e&amp;xit scores…</source>
        <translation>Compila i &amp;punteggi finali…</translation>
    </message>
    <message>
        <source>Past closures</source>
        <translation>Chiusure precedenti</translation>
    </message>
</context>
<context>
    <name>FamilyConsentDialog</name>
    <message>
        <source>Privacy &amp;notice version</source>
        <translation>Versione dell&apos;&amp;informativa privacy</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Versione dell&apos;informativa privacy</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>es. 2026-01</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Dato il</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Modalità</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <source>&amp;Support path</source>
        <translation>&amp;Percorso di sostegno</translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation>&amp;Statistiche anonime</translation>
    </message>
</context>
<context>
    <name>FamilyConsentForm</name>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registra consenso…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Rev&amp;oca…</translation>
    </message>
</context>
<context>
    <name>FamilyDocuments</name>
    <message>
        <source>Documen&amp;ts</source>
        <translation>&amp;Documenti</translation>
    </message>
    <message>
        <source>Print or export this family&apos;s documents (PDF files)</source>
        <translation>Stampa o esporta i documenti di questa famiglia (file PDF)</translation>
    </message>
    <message>
        <source>&amp;Case summary (PDF)…</source>
        <translation>&amp;Scheda del caso (PDF)…</translation>
    </message>
    <message>
        <source>The family&apos;s whole record as a confidential PDF, for the paper file</source>
        <translation>Tutti i dati della famiglia in un PDF riservato, per il fascicolo cartaceo</translation>
    </message>
    <message>
        <source>&amp;Subject access export…</source>
        <translation>Esportazione per l&apos;&amp;accesso ai dati…</translation>
    </message>
    <message>
        <source>Everything held about the family (GDPR arts. 15 and 20): a new folder with a PDF and a JSON file</source>
        <translation>Tutti i dati conservati sulla famiglia (art. 15 e 20 GDPR): una nuova cartella con un file PDF e un file JSON</translation>
    </message>
    <message>
        <source>C&amp;onsent form (PDF)…</source>
        <translation>&amp;Modulo di consenso (PDF)…</translation>
    </message>
    <message>
        <source>The privacy notice and the consent sheet to print and sign</source>
        <translation>L&apos;informativa privacy e la dichiarazione di consenso da stampare e far firmare</translation>
    </message>
    <message>
        <source>Case summary of {0}</source>
        <translation>Scheda del caso {0}</translation>
    </message>
    <message>
        <source>{0}-case-summary.pdf</source>
        <translation>{0}-scheda-caso.pdf</translation>
    </message>
    <message>
        <source>A copy for the family</source>
        <translation>Una copia per il nucleo familiare</translation>
    </message>
    <message>
        <source>This writes everything held about {0} in plain text: anyone who gets the files can read them. It is meant for the family itself (GDPR arts. 15 and 20). For a colleague, use the sealed hand-over instead.</source>
        <translation>Questa operazione scrive tutti i dati di {0} in chiaro: chiunque riceva i file può leggerli. È pensata per il nucleo familiare stesso (GDPR, artt. 15 e 20). Per una collega o un collega usate invece il passaggio di consegne sigillato.</translation>
    </message>
    <message>
        <source>&amp;Write it for the family</source>
        <translation>&amp;Scrivi per il nucleo familiare</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The case summary of {0} was written to {1}.</source>
        <translation>La scheda del caso {0} è stata scritta in {1}.</translation>
    </message>
    <message>
        <source>Subject access export of {0}</source>
        <translation>Esportazione per l&apos;accesso ai dati della famiglia {0}</translation>
    </message>
    <message>
        <source>Subject access export: name a new folder</source>
        <translation>Esportazione per l&apos;accesso ai dati: dai un nome alla nuova cartella</translation>
    </message>
    <message>
        <source>{0}-subject-access</source>
        <translation>{0}-accesso-dati</translation>
    </message>
    <message>
        <source>Everything held about {0} was written to the folder {1}: {0}.pdf and {0}.json.</source>
        <translation>Tutti i dati conservati sulla famiglia {0} sono stati scritti nella cartella {1}: {0}.pdf e {0}.json.</translation>
    </message>
    <message>
        <source>Consent form of {0}</source>
        <translation>Modulo di consenso della famiglia {0}</translation>
    </message>
    <message>
        <source>{0}-consent-form.pdf</source>
        <translation>{0}-modulo-consenso.pdf</translation>
    </message>
    <message>
        <source>The consent form of {0} was written to {1}: print it and have it signed.</source>
        <translation>Il modulo di consenso della famiglia {0} è stato scritto in {1}: stampalo e fallo firmare.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Scrittura di {0} in corso…</translation>
    </message>
</context>
<context>
    <name>FamilyForms</name>
    <message>
        <source>Please confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annulla modific&amp;he</translation>
    </message>
    <message>
        <source>Discard the changes of this tab</source>
        <translation>Annulla le modifiche di questa scheda</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked in red.</source>
        <translation>Non salvato: correggi il campo segnato in rosso.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>Type a given name or a family name.</source>
        <translation>Inserisci un nome o un cognome.</translation>
    </message>
    <message>
        <source>The last character does not match: one character is mistyped.</source>
        <translation>L&apos;ultimo carattere non corrisponde: c&apos;è un carattere sbagliato.</translation>
    </message>
    <message>
        <source>The date of birth inside this tax code is not valid.</source>
        <translation>La data di nascita contenuta in questo codice fiscale non è valida.</translation>
    </message>
    <message>
        <source>A tax code has 16 letters and digits, e.g. RSSMRA80A01F205X.</source>
        <translation>Un codice fiscale ha 16 lettere e cifre, es. RSSMRA80A01F205X.</translation>
    </message>
    <message>
        <source>Give the date together with a decision (and none while it is pending).</source>
        <translation>Indica la data insieme alla decisione (e nessuna data finché è da decidere).</translation>
    </message>
    <message>
        <source>Choose the kind of work when the outcome is work found, and only then.</source>
        <translation>Scegli il tipo di lavoro solo quando l&apos;esito è “Lavoro trovato”.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Scegli almeno un ambito.</translation>
    </message>
    <message>
        <source>Must be after the interview.</source>
        <translation>Deve essere dopo il colloquio.</translation>
    </message>
    <message>
        <source>The same value is chosen twice.</source>
        <translation>Lo stesso valore è scelto due volte.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Inserisci un numero intero.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Questa data è nel futuro.</translation>
    </message>
    <message>
        <source>the day the family was registered</source>
        <translation>al giorno di registrazione della famiglia</translation>
    </message>
    <message>
        <source>the day the path started</source>
        <translation>all&apos;inizio del percorso</translation>
    </message>
    <message>
        <source>the assessment date</source>
        <translation>alla data della valutazione</translation>
    </message>
    <message>
        <source>the day consent was given</source>
        <translation>al giorno in cui è stato dato il consenso</translation>
    </message>
    <message>
        <source>Must be between {0} and {1}.</source>
        <translation>Deve essere tra {0} e {1}.</translation>
    </message>
    <message>
        <source>Must be at least {0}.</source>
        <translation>Deve essere almeno {0}.</translation>
    </message>
    <message>
        <source>Cannot be before {0}.</source>
        <translation>Non può essere precedente {0}.</translation>
    </message>
    <message>
        <source>that date</source>
        <translation>a quella data</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Questo valore non è valido.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>FamilyHandover</name>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>Passaggio di consegne a un &amp;collega…</translation>
    </message>
    <message>
        <source>Send the whole record, sealed and signed, to a colleague on your team list</source>
        <translation>Invia tutti i dati, sigillati e firmati, a un collega dell&apos;elenco della squadra</translation>
    </message>
    <message>
        <source>Handed over to {0} on {1}: read-only.</source>
        <translation>Passato a {0} il {1}: sola lettura.</translation>
    </message>
    <message>
        <source>Names and notes were removed when the receipt came back.</source>
        <translation>Nomi e note sono stati tolti al ritorno della ricevuta.</translation>
    </message>
</context>
<context>
    <name>FamilyIdentityForm</name>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>People (names appear only here)</source>
        <translation>Persone (i nomi compaiono solo qui)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Aggiungi persona</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno per riga</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>E-mai&amp;l</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact pre&amp;ferences</source>
        <translation>Pre&amp;ferenze di contatto</translation>
    </message>
    <message>
        <source>Municipalit&amp;y</source>
        <translation>Comune di residen&amp;za</translation>
    </message>
    <message>
        <source>First contact channel</source>
        <translation>Canale di primo contatto</translation>
    </message>
    <message>
        <source>Add mem&amp;ber…</source>
        <translation>Aggiungi com&amp;ponente…</translation>
    </message>
    <message>
        <source>Edit &amp;member…</source>
        <translation>Mod&amp;ifica componente…</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Elimina c&amp;omponente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Applicant&apos;s ta&amp;x code</source>
        <translation>Codice fiscale del &amp;richiedente</translation>
    </message>
    <message>
        <source>Applicant&apos;s tax code</source>
        <translation>Codice fiscale del richiedente</translation>
    </message>
    <message>
        <source>Contact preferences</source>
        <translation>Preferenze di contatto</translation>
    </message>
    <message>
        <source>e.g. only after 6 pm, never leave messages</source>
        <translation>es. solo dopo le 18, non lasciare messaggi</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minori</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>Se&amp;guita da</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Known to social services</source>
        <translation>Noto ai servizi sociali</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Componenti del nucleo</translation>
    </message>
</context>
<context>
    <name>FamilyInterviewDialog</name>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Data e ora</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urata</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modalità</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Partecipanti</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>A&amp;rgomenti</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Next &amp;steps</source>
        <translation>Prossimi pa&amp;ssi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Next &amp;appointment</source>
        <translation>Prossimo &amp;appuntamento</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
</context>
<context>
    <name>FamilyInterviewsForm</name>
    <message>
        <source>Ne&amp;w interview note</source>
        <translation>Nuova n&amp;ota di colloquio</translation>
    </message>
    <message>
        <source>Opens interview mode (Ctrl+N)</source>
        <translation>Apre la modalità colloquio (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation>Mod&amp;ifica colloquio…</translation>
    </message>
    <message>
        <source>Interview timeline</source>
        <translation>Cronologia dei colloqui</translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>&amp;Fascia d&apos;età</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Anno di nascita</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>e.g. 2016</source>
        <translation>es. 2016</translation>
    </message>
    <message>
        <source>&amp;Work situation</source>
        <translation>&amp;Condizione lavorativa</translation>
    </message>
    <message>
        <source>Work situation</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>&amp;Unemployed since</source>
        <translation>&amp;Disoccupato/a dal</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Disoccupato/a dal</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Titolo di studio</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Titolo di studio</translation>
    </message>
</context>
<context>
    <name>FamilyOutcomesForm</name>
    <message>
        <source>Baseline, reviews, exit and follow-ups of each path, with the household&apos;s amounts and facts on that day. The baseline&apos;s and the exit&apos;s scores are those of the Assessment tab.</source>
        <translation>Valutazione iniziale, verifiche, uscita e follow-up di ogni percorso, con gli importi e la situazione del nucleo in quel giorno. I punteggi della valutazione iniziale e di uscita sono quelli della scheda Valutazione.</translation>
    </message>
    <message>
        <source>Assessments over time</source>
        <translation>Valutazioni nel tempo</translation>
    </message>
    <message>
        <source>Add assess&amp;ment…</source>
        <translation>A&amp;ggiungi valutazione…</translation>
    </message>
    <message>
        <source>&amp;Edit assessment…</source>
        <translation>Mod&amp;ifica valutazione…</translation>
    </message>
    <message>
        <source>&amp;Remove assessment</source>
        <translation>E&amp;limina valutazione</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Prossime scadenze</translation>
    </message>
</context>
<context>
    <name>FamilyPaymentDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Importo (€)</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Importo in euro</translation>
    </message>
    <message>
        <source>12,50</source>
        <translation>12,50</translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation>&amp;Versato a</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Versato a</translation>
    </message>
    <message>
        <source>Payee &amp;name</source>
        <translation>&amp;Nome del beneficiario</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>Nome del beneficiario</translation>
    </message>
    <message>
        <source>e.g. the energy company</source>
        <translation>es. il fornitore di energia</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Ricevuta</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>Riferimento della ricevuta</translation>
    </message>
    <message>
        <source>Linked ac&amp;tion</source>
        <translation>&amp;Azione collegata</translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation>Azione collegata</translation>
    </message>
    <message>
        <source>Budget &amp;line</source>
        <translation>&amp;Linea di budget</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Linea di budget</translation>
    </message>
</context>
<context>
    <name>FamilyRoundDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Tipo di valutazione</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Follow-up &amp;months</source>
        <translation>&amp;Mesi dalla chiusura</translation>
    </message>
    <message>
        <source>Months after closure</source>
        <translation>Mesi dopo la chiusura del percorso</translation>
    </message>
    <message>
        <source>Severity by area (0 no problem, 3 severe), by domain</source>
        <translation>Gravità per area (0 nessun problema, 3 grave), per dimensione</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Importi</translation>
    </message>
    <message>
        <source>&amp;Income a month (€)</source>
        <translation>&amp;Reddito mensile (€)</translation>
    </message>
    <message>
        <source>Household monthly income in euros</source>
        <translation>Reddito mensile del nucleo in euro</translation>
    </message>
    <message>
        <source>1.200,00</source>
        <translation>1.200,00</translation>
    </message>
    <message>
        <source>De&amp;bts (€)</source>
        <translation>De&amp;biti (€)</translation>
    </message>
    <message>
        <source>Debts in euros</source>
        <translation>Debiti in euro</translation>
    </message>
    <message>
        <source>&amp;Arrears (€)</source>
        <translation>M&amp;orosità (€)</translation>
    </message>
    <message>
        <source>Arrears in euros: rent, bills, instalments</source>
        <translation>Morosità in euro: affitto, bollette, rate</translation>
    </message>
    <message>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <source>IS&amp;EE value (€)</source>
        <translation>Valore IS&amp;EE (€)</translation>
    </message>
    <message>
        <source>ISEE value in euros</source>
        <translation>Valore ISEE in euro</translation>
    </message>
    <message>
        <source>ISEE &amp;type</source>
        <translation>T&amp;ipo di ISEE</translation>
    </message>
    <message>
        <source>ISEE type</source>
        <translation>Tipo di ISEE</translation>
    </message>
    <message>
        <source>I&amp;ssued on</source>
        <translation>Ri&amp;lasciato il</translation>
    </message>
    <message>
        <source>ISEE issued on</source>
        <translation>ISEE rilasciato il</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>S&amp;cade il</translation>
    </message>
    <message>
        <source>ISEE expires on</source>
        <translation>ISEE in scadenza il</translation>
    </message>
    <message>
        <source>Work of each adult</source>
        <translation>Situazione lavorativa di ogni adulto</translation>
    </message>
    <message>
        <source>The adults of the household (Household tab).</source>
        <translation>Gli adulti del nucleo (scheda Nucleo e identità).</translation>
    </message>
    <message>
        <source>Benefits received</source>
        <translation>Misure ricevute</translation>
    </message>
    <message>
        <source>Tick what the household receives; the renewal or expiry date goes to the agenda.</source>
        <translation>Spunta le misure che il nucleo riceve; la data di rinnovo o di scadenza va in agenda.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FamilyStatusDialog</name>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nuovo stato</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuovo stato</translation>
    </message>
    <message>
        <source>I confirm: this ends the family&apos;s path</source>
        <translation>Confermo: così si chiude il percorso della famiglia</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minori</translation>
    </message>
    <message>
        <source>Last interview</source>
        <translation>Ultimo colloquio</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>&amp;Household and identity</source>
        <translation>&amp;Nucleo e identità</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Valutazione</translation>
    </message>
    <message>
        <source>Assessments over time</source>
        <translation>Valutazioni nel tempo</translation>
    </message>
    <message>
        <source>I&amp;nterviews</source>
        <translation>&amp;Colloqui</translation>
    </message>
    <message>
        <source>&amp;Plan actions</source>
        <translation>&amp;Azioni del piano</translation>
    </message>
    <message>
        <source>Ai&amp;d ledger</source>
        <translation>Contri&amp;buti</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>Cons&amp;enso</translation>
    </message>
    <message>
        <source>C&amp;losure</source>
        <translation>Chi&amp;usura</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Family {0}</source>
        <translation>Famiglia {0}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>That family is no longer in the vault.</source>
        <translation>Questa famiglia non è più nell&apos;archivio.</translation>
    </message>
    <message>
        <source>Fill in the reason and the outcome, then close the path.</source>
        <translation>Compila motivo ed esito, poi chiudi il percorso.</translation>
    </message>
    <message>
        <source>The status cannot change from “{0}” to “{1}”.</source>
        <translation>Lo stato non può passare da “{0}” a “{1}”.</translation>
    </message>
    <message>
        <source>No path is free yet (capacity {0}): the family stays on the waiting list.</source>
        <translation>Non ci sono ancora percorsi liberi (posti disponibili: {0}): la famiglia resta in lista d&apos;attesa.</translation>
    </message>
    <message>
        <source>All {0} paths are taken: the family is now on the waiting list.</source>
        <translation>Tutti i {0} percorsi sono occupati: ora la famiglia è in lista d&apos;attesa.</translation>
    </message>
    <message>
        <source>Status changed to “{0}”.</source>
        <translation>Stato cambiato in “{0}”.</translation>
    </message>
    <message>
        <source>The status change can no longer be undone: an interview, an action or a closure was recorded since.</source>
        <translation>Il cambio di stato non si può più annullare: nel frattempo è stato registrato un colloquio, un&apos;azione o una chiusura.</translation>
    </message>
    <message>
        <source>The status change can no longer be undone: the family was changed since.</source>
        <translation>Il cambio di stato non si può più annullare: nel frattempo la famiglia è stata modificata.</translation>
    </message>
    <message>
        <source>Status back to “{0}”.</source>
        <translation>Stato riportato a «{0}».</translation>
    </message>
</context>
<context>
    <name>FamilyViewForm</name>
    <message>
        <source>Family code</source>
        <translation>Codice famiglia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Interview mode</source>
        <translation>&amp;Modalità colloquio</translation>
    </message>
    <message>
        <source>A new interview note, showing only this family (Ctrl+N)</source>
        <translation>Nuova nota di colloquio, con solo questa famiglia a schermo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation>Cambia s&amp;tato…</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Annulla il cambio di stato</translation>
    </message>
    <message>
        <source>Put the family back in the status it had, while nothing depends on the change</source>
        <translation>Riporta la famiglia allo stato che aveva, finché nulla dipende dal cambio</translation>
    </message>
    <message>
        <source>No consent is recorded for this active family: record it in the Consent tab.</source>
        <translation>Per questa famiglia in percorso attivo non è registrato alcun consenso: registralo nella scheda Consenso.</translation>
    </message>
    <message>
        <source>Consent warning</source>
        <translation>Avviso sul consenso</translation>
    </message>
    <message>
        <source>Family record</source>
        <translation>Scheda famiglia</translation>
    </message>
</context>
<context>
    <name>FamilyWithdrawDialog</name>
    <message>
        <source>The consent stays in the record, marked as withdrawn.</source>
        <translation>Il consenso resta nella scheda, segnato come revocato.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>Revocato &amp;il</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Revocato il</translation>
    </message>
</context>
<context>
    <name>FirstRunAbout</name>
    <message>
        <source>Ripartire keeps the records of the families you support in an encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>Ripartire conserva le schede delle famiglie che segui in un archivio cifrato su questo computer. Nessun dato viene inviato altrove.</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizzazione</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Il tuo &amp;nome</translation>
    </message>
    <message>
        <source>Code &amp;mark</source>
        <translation>Si&amp;gla nei codici</translation>
    </message>
    <message>
        <source>One or two letters that every family code of this vault carries (RIP-2026-A017 for A), so your codes never collide with your colleagues&apos;. Agree on it with your team: it never changes.</source>
        <translation>Una o due lettere che compaiono in ogni codice famiglia di questo archivio (RIP-2026-A017 per A), così i tuoi codici non coincidono mai con quelli dei colleghi. Concordala con la squadra: non cambia più.</translation>
    </message>
</context>
<context>
    <name>FirstRunPassphrase</name>
    <message>
        <source>Choose a passphrase: a few words that only you know are easier to remember and harder to guess than a short password. It opens the vault every day.</source>
        <translation>Scegli una frase segreta: poche parole che conosci solo tu sono più facili da ricordare e più difficili da indovinare di una password corta. Ti servirà ogni giorno per aprire l&apos;archivio.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase segreta</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustezza</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustezza della frase segreta</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Suggerimenti sulla frase segreta</translation>
    </message>
    <message>
        <source>Re&amp;member on this device (the app opens without the passphrase on this computer)</source>
        <translation>Ricorda su questo co&amp;mputer (l&apos;app si apre senza chiedere la frase segreta)</translation>
    </message>
</context>
<context>
    <name>FirstRunRecovery</name>
    <message>
        <source>This is your recovery key. It is shown only now. Write it on paper and keep it in a safe place away from this computer: if you forget the passphrase, it is the only way to open the vault. Nobody else can recover your data.</source>
        <translation>Questa è la tua chiave di recupero. Viene mostrata solo ora. Scrivila su carta e conservala in un posto sicuro, lontano da questo computer: se dimentichi la frase segreta, è l&apos;unico modo per aprire l&apos;archivio. Nessun altro può recuperare i tuoi dati.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creazione dell&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Stampa il foglio di recupero…</translation>
    </message>
    <message>
        <source>I have &amp;written it down and put it in a safe place</source>
        <translation>L&apos;ho &amp;trascritta e messa in un posto sicuro</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Ripartire</source>
        <translation>Ti diamo il benvenuto in Ripartire</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crea l&apos;archivio</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Per iniziare</translation>
    </message>
    <message>
        <source>The vault could not be created: {0}</source>
        <translation>Non è stato possibile creare l&apos;archivio: {0}</translation>
    </message>
</context>
<context>
    <name>FormKeeper</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Family {0} has unsaved changes. Save them before leaving?</source>
        <translation>La famiglia {0} ha modifiche non salvate. Salvarle prima di uscire?</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over {0}</source>
        <translation>Passaggio di consegne di {0}</translation>
    </message>
    <message>
        <source>Write the hand-over</source>
        <translation>Scrivi il passaggio di consegne</translation>
    </message>
    <message>
        <source>The whole record of {0}, the reason and its audit entries go to the colleague you choose, in a file only their vault can open.</source>
        <translation>Tutti i dati di {0}, il motivo e le voci del registro di controllo vanno al collega che scegli, in un file che solo il suo archivio può aprire.</translation>
    </message>
    <message>
        <source>The desk contact (its request, notes and appointment) and the reason go to the colleague you choose, in a file only their vault can open.</source>
        <translation>Il contatto allo sportello (richiesta, note e appuntamento) e il motivo vanno al collega che scegli, in un file che solo il suo archivio può aprire.</translation>
    </message>
    <message>
        <source>Your team list is empty: add the colleague in Settings, Team first.</source>
        <translation>L&apos;elenco della squadra è vuoto: aggiungi prima il collega in Impostazioni, Squadra.</translation>
    </message>
    <message>
        <source>Save the hand-over of {0}</source>
        <translation>Salva il passaggio di consegne di {0}</translation>
    </message>
    <message>
        <source>Sealed files (*.age)</source>
        <translation>File sigillati (*.age)</translation>
    </message>
    <message>
        <source>{0} already exists: choose another name.</source>
        <translation>{0} esiste già: scegli un altro nome.</translation>
    </message>
    <message>
        <source>C&amp;olleague</source>
        <translation>C&amp;ollega</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>For example: the family moves to the desk in Gorgonzola</source>
        <translation>Per esempio: il nucleo passa allo sportello di Gorgonzola</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
    <message>
        <source>The file is encrypted to your colleague and signed by this vault. Here the family becomes read-only; its names and notes are removed when your colleague&apos;s receipt comes back (Receive hand-over… in Families).</source>
        <translation>Il file è cifrato per il collega e firmato da questo archivio. Qui il nucleo diventa di sola lettura; nomi e note vengono tolti quando torna la ricevuta del collega (Ricevi passaggio di consegne… in Famiglie).</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Non ancora chiesto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Given name of person {0}</source>
        <translation>Nome della persona {0}</translation>
    </message>
    <message>
        <source>Family name of person {0}</source>
        <translation>Cognome della persona {0}</translation>
    </message>
    <message>
        <source>Tax code of person {0}</source>
        <translation>Codice fiscale della persona {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Remove person {0}</source>
        <translation>Elimina la persona {0}</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address like name@example.org.</source>
        <translation>“{0}” non è un indirizzo e-mail come nome@esempio.it.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview of {0}</source>
        <translation>Colloquio del {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Enter the duration in minutes, from 1 to 1440.</source>
        <translation>Inserisci la durata in minuti, da 1 a 1440.</translation>
    </message>
    <message>
        <source>The next appointment must come after the start of the interview.</source>
        <translation>Il prossimo appuntamento deve essere dopo l&apos;inizio del colloquio.</translation>
    </message>
    <message>
        <source>Check the start, the duration and the mode.</source>
        <translation>Controlla inizio, durata e modalità.</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>Interview note</source>
        <translation>Nota di colloquio</translation>
    </message>
    <message>
        <source>Family code</source>
        <translation>Codice famiglia</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Stato della bozza</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>Start of the interview</source>
        <translation>Inizio del colloquio</translation>
    </message>
    <message>
        <source>&amp;Duration (minutes)</source>
        <translation>&amp;Durata (minuti)</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <source>Duration problem</source>
        <translation>Problema nella durata</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modalità</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Partecipanti</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>e.g. mother, counsellor</source>
        <translation>es. madre, operatore</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Prossimi pa&amp;ssi</translation>
    </message>
    <message>
        <source>Next &amp;appointment</source>
        <translation>Prossimo &amp;appuntamento</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Next appointment problem</source>
        <translation>Problema nel prossimo appuntamento</translation>
    </message>
    <message>
        <source>D&amp;iscard draft</source>
        <translation>Scarta la &amp;bozza</translation>
    </message>
    <message>
        <source>&amp;Close (draft kept)</source>
        <translation>&amp;Chiudi (bozza conservata)</translation>
    </message>
    <message>
        <source>Sa&amp;ve interview</source>
        <translation>Sal&amp;va colloquio</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Interview note</source>
        <translation>Nota di colloquio</translation>
    </message>
    <message>
        <source>New note: it saves itself as you type.</source>
        <translation>Nuova nota: si salva da sola mentre scrivi.</translation>
    </message>
    <message>
        <source>Draft restored from {0}</source>
        <translation>Bozza del {0} ripresa</translation>
    </message>
    <message>
        <source>Draft not saved yet: trying again…</source>
        <translation>Bozza non ancora salvata: nuovo tentativo…</translation>
    </message>
    <message>
        <source>Draft saved at {0}</source>
        <translation>Bozza salvata: {0}</translation>
    </message>
    <message>
        <source>The draft is kept: reopen interview mode to continue.</source>
        <translation>La bozza è conservata: riapri la modalità colloquio per continuare.</translation>
    </message>
    <message>
        <source>Interview saved.</source>
        <translation>Colloquio salvato.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Scarta bozza</translation>
    </message>
    <message>
        <source>Discard this unsaved note? It cannot be recovered.</source>
        <translation>Scartare questa nota non salvata? Non potrà essere recuperata.</translation>
    </message>
    <message>
        <source>Draft discarded: this is a new note.</source>
        <translation>Bozza scartata: questa è una nuova nota.</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Full note</source>
        <translation>Nota completa</translation>
    </message>
    <message>
        <source>Select an interview to read its full note.</source>
        <translation>Seleziona un colloquio per leggerne la nota completa.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Desk contact ({0})</source>
        <translation>Contatto allo sportello ({0})</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview mode: close the note (Esc) before going elsewhere.</source>
        <translation>Modalità colloquio: chiudi la nota (Esc) prima di andare altrove.</translation>
    </message>
    <message>
        <source>Open a family first, then start the interview note.</source>
        <translation>Prima apri una famiglia, poi avvia la nota di colloquio.</translation>
    </message>
</context>
<context>
    <name>MainWindowCentral</name>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importa come</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(senza intestazione)</translation>
    </message>
    <message>
        <source>What column {0} holds</source>
        <translation>Contenuto della colonna {0}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importare)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New household member</source>
        <translation>Nuovo componente del nucleo</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Componente del nucleo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Type a year between {0} and {1}.</source>
        <translation>Inserisci un anno tra {0} e {1}.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Work situation</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Disoccupato/a dal</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>{0} (born {1})</source>
        <translation>{0} (nato/a nel {1})</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Add summary bundles</source>
        <translation>Aggiungi pacchetti di riepilogo</translation>
    </message>
    <message>
        <source>Sealed bundles (*.age);;All files (*)</source>
        <translation>Pacchetti sigillati (*.age);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lettura di %n file in corso…</numerusform>
            <numerusform>Lettura di %n file in corso…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added {0} of %n file(s).</source>
        <translation>
            <numerusform>File aggiunti: {0} su %n.</numerusform>
            <numerusform>File aggiunti: {0} su %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s): {0}</source>
        <translation>
            <numerusform>%n pacchetto: {0}</numerusform>
            <numerusform>%n pacchetti: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>This report cannot be published safely, not even with more figures hidden: {0}. Nothing was written.</source>
        <translation>Questo rapporto non si può pubblicare in modo sicuro, nemmeno nascondendo altri valori: {0}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Preview: merged report</source>
        <translation>Anteprima: report complessivo</translation>
    </message>
    <message>
        <source>ripartire-merged-{0}-{1}</source>
        <translation>ripartire-complessivo-{0}-{1}</translation>
    </message>
    <message>
        <source>Save the project status</source>
        <translation>Salva lo stato del progetto</translation>
    </message>
    <message>
        <source>ripartire-project-status-{0}.age</source>
        <translation>ripartire-stato-progetto-{0}.age</translation>
    </message>
    <message>
        <source>Project status (*.age)</source>
        <translation>Stato del progetto (*.age)</translation>
    </message>
    <message>
        <source>Wrote the project status to {0}: {1} of {2} places taken, {3} waiting, as of {4}; encrypted to {5} and this vault.</source>
        <translation>Stato del progetto scritto in {0}: {1} posti occupati su {2}, {3} in attesa, al {4}; cifrato per {5} e per questo archivio.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKey</name>
    <message>
        <source>New recovery key…</source>
        <translation>Nuova chiave di recupero…</translation>
    </message>
    <message>
        <source>Issues a new recovery key and re-encrypts the vault: the old key and its sheet stop opening it, and old copies of the key file open only what they held. Use it if a recovery sheet was lost or seen by someone else.</source>
        <translation>Crea una nuova chiave di recupero e cifra di nuovo l&apos;archivio: la vecchia chiave e il suo foglio smettono di aprirlo, e le vecchie copie del file delle chiavi aprono solo ciò che contenevano. Usala se un foglio di recupero è andato perso o è stato visto da altri.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nuova chiave di recupero</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops working at once (and so does its printed sheet). The vault is re-encrypted under a new data key; this takes a moment. Type the passphrase to go on.</source>
        <translation>Una nuova chiave di recupero sostituisce quella attuale, che smette subito di funzionare (e con lei il foglio stampato). L&apos;archivio viene cifrato di nuovo con una nuova chiave dei dati; ci vuole qualche istante. Inserisci la frase segreta per continuare.</translation>
    </message>
    <message>
        <source>&amp;Replace the recovery key</source>
        <translation>&amp;Sostituisci la chiave di recupero</translation>
    </message>
    <message>
        <source>Replacing the recovery key and re-encrypting the vault…</source>
        <translation>Sostituzione della chiave di recupero e nuova cifratura dell&apos;archivio…</translation>
    </message>
    <message>
        <source>Ripartire will lock: unlock it with the passphrase.</source>
        <translation>Ripartire si bloccherà: sbloccalo con la frase segreta.</translation>
    </message>
    <message>
        <source>This is the new recovery key, shown only this once. Write it down or save its sheet, and keep it away from this computer. The old key no longer opens the vault.</source>
        <translation>Questa è la nuova chiave di recupero, mostrata solo questa volta. Scrivila o salva il suo foglio, e conservala lontano da questo computer. La vecchia chiave non apre più l&apos;archivio.</translation>
    </message>
    <message>
        <source>Save the recovery &amp;sheet…</source>
        <translation>Salva il &amp;foglio di recupero…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>L&apos;ho scritta</translation>
    </message>
</context>
<context>
    <name>NoticeSection</name>
    <message>
        <source>The default notice is back in the field: save to keep it.</source>
        <translation>L&apos;informativa predefinita è di nuovo nel campo: salva per mantenerla.</translation>
    </message>
    <message>
        <source>The notice is too long: at most {0} characters.</source>
        <translation>L&apos;informativa è troppo lunga: al massimo {0} caratteri.</translation>
    </message>
    <message>
        <source>Notice saved: consent forms print it from now on.</source>
        <translation>Informativa salvata: da ora i moduli di consenso la stampano.</translation>
    </message>
    <message>
        <source>The default notice is in use: consent forms print the built-in text.</source>
        <translation>È in uso l&apos;informativa predefinita: i moduli di consenso stampano il testo incluso in Ripartire.</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Remove the assessment of {0} ({1})?</source>
        <translation>Eliminare la valutazione del {0} ({1})?</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up at %n month(s) after closure: {0}</source>
        <translation>
            <numerusform>Follow-up a %n mese dalla chiusura: {0}</numerusform>
            <numerusform>Follow-up a %n mesi dalla chiusura: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>ISEE expires: {0}</source>
        <translation>Scadenza ISEE: {0}</translation>
    </message>
    <message>
        <source>{0}: renewal or expiry {1}</source>
        <translation>{0}: rinnovo o scadenza il {1}</translation>
    </message>
    <message>
        <source>Nothing scheduled.</source>
        <translation>Nessuna scadenza in programma.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due frasi segrete sono diverse.</translation>
    </message>
    <message>
        <source>Type it again to confirm.</source>
        <translation>Inseriscila di nuovo per conferma.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Le frasi segrete coincidono.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Troppo corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa qualche parola, evita le frasi comuni.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Non servono simboli, cifre o lettere maiuscole.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Aggiungi una o due parole. Meglio parole poco comuni.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Le file di tasti in sequenza sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>I brevi percorsi sulla tastiera sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa un percorso sulla tastiera più lungo e con più svolte.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Le ripetizioni come &quot;aaa&quot; sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita parole e caratteri ripetuti.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Le sequenze come &quot;abc&quot; o &quot;6543&quot; sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita le sequenze.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Gli anni recenti sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita gli anni recenti.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita gli anni legati a te.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Le date sono spesso facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita date e anni legati a te.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>È tra le 10 password più comuni.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>È tra le 100 password più comuni.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>È una password molto comune.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>È simile a una password molto usata.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una parola da sola è facile da indovinare.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Nomi e cognomi da soli sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>I nomi e i cognomi comuni sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Le maiuscole non aiutano molto.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tutto maiuscolo è facile da indovinare quasi quanto tutto minuscolo.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Le parole scritte al contrario non sono molto più difficili da indovinare.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Sostituzioni prevedibili come &apos;@&apos; al posto di &apos;a&apos; non aiutano molto.</translation>
    </message>
    <message>
        <source>It would be guessed quickly: add a few uncommon words.</source>
        <translation>Verrebbe indovinata in fretta: aggiungi qualche parola poco comune.</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>Almeno {0} caratteri.</translation>
    </message>
    <message>
        <source>Too easy to guess: {0}</source>
        <translation>Troppo facile da indovinare: {0}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>New payment</source>
        <translation>Nuovo contributo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>No budget lines yet (add them in Settings)</source>
        <translation>Ancora nessuna linea di budget (aggiungile in Impostazioni)</translation>
    </message>
    <message>
        <source>Choose a budget line…</source>
        <translation>Scegli una linea di budget…</translation>
    </message>
    <message>
        <source>This payment is {0} more than is left on this line ({1}).</source>
        <translation>Questo contributo supera di {0} quanto resta su questa linea ({1}).</translation>
    </message>
    <message>
        <source>Left on this line: {0}.</source>
        <translation>Residuo su questa linea: {0}.</translation>
    </message>
    <message>
        <source>Type an amount greater than zero.</source>
        <translation>Inserisci un importo maggiore di zero.</translation>
    </message>
    <message>
        <source>Type the amount in euros, e.g. 12,50.</source>
        <translation>Inserisci l&apos;importo in euro, es. 12,50.</translation>
    </message>
    <message>
        <source>Type an amount greater than zero: a refund is not a payment.</source>
        <translation>Inserisci un importo maggiore di zero: un rimborso non è un contributo.</translation>
    </message>
    <message>
        <source>At most two decimals (cents), e.g. 12,50.</source>
        <translation>Al massimo due decimali (i centesimi), es. 12,50.</translation>
    </message>
    <message>
        <source>Thousands are grouped by three digits, e.g. 1.234,50 (or type 1234,50).</source>
        <translation>Le migliaia si separano a gruppi di tre cifre, es. 1.234,50 (oppure scrivi 1234,50).</translation>
    </message>
    <message>
        <source>That amount is too large for the ledger.</source>
        <translation>L&apos;importo è troppo alto per il registro.</translation>
    </message>
    <message>
        <source>Type the amount in euros, e.g. 12,50 or 12.50.</source>
        <translation>Inserisci l&apos;importo in euro, es. 12,50 o 12.50.</translation>
    </message>
    <message>
        <source>Choose the budget line this payment is paid from.</source>
        <translation>Scegli la linea di budget da cui è pagato questo contributo.</translation>
    </message>
</context>
<context>
    <name>PreviewSaving</name>
    <message>
        <source>Save the anonymised report</source>
        <translation>Salva il report anonimo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A bundle is sealed to one team member: add your coordinator first in Settings, Team (after checking their fingerprint in person).</source>
        <translation>Un pacchetto è sigillato per un membro della squadra: prima aggiungi il tuo coordinatore in Impostazioni, Squadra (dopo aver controllato di persona la sua impronta).</translation>
    </message>
    <message>
        <source>Only this team member&apos;s vault will be able to open the bundle. Besides the counts shown, it carries this vault&apos;s places list for the project&apos;s count: the codes of the active paths and of the waiting list, with their dates, no names.</source>
        <translation>Solo l&apos;archivio di questo membro della squadra potrà aprire il pacchetto. Oltre ai conteggi mostrati, porta l&apos;elenco dei posti di questo archivio per il conteggio del progetto: i codici dei percorsi attivi e della lista d&apos;attesa, con le loro date, nessun nome.</translation>
    </message>
    <message>
        <source>Seal the bundle for</source>
        <translation>Sigilla il pacchetto per</translation>
    </message>
    <message>
        <source>Only this team member&apos;s vault will be able to open the bundle:</source>
        <translation>Solo l&apos;archivio di questo membro della squadra potrà aprire il pacchetto:</translation>
    </message>
    <message>
        <source>Save the sealed bundle for {0}</source>
        <translation>Salva il pacchetto sigillato per {0}</translation>
    </message>
    <message>
        <source>Sealed bundles (*.age)</source>
        <translation>Pacchetti sigillati (*.age)</translation>
    </message>
    <message>
        <source>Bundle written to {0}, signed and sealed: only the vault of {1} can open it.</source>
        <translation>Pacchetto scritto in {0}, firmato e sigillato: solo l&apos;archivio di {1} può aprirlo.</translation>
    </message>
    <message>
        <source>Report written to {0}.</source>
        <translation>Report scritto in {0}.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Scrittura di {0} in corso…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>What is happening</source>
        <translation>Cosa sta succedendo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
</context>
<context>
    <name>ProjectLine</name>
    <message>
        <source>Project: no status from the coordinator yet.</source>
        <translation>Progetto: nessuno stato ricevuto dalla coordinatrice o dal coordinatore.</translation>
    </message>
    <message>
        <source>Project: {0} of {1} places taken as of {2}</source>
        <translation>Progetto: {0} posti occupati su {1} al {2}</translation>
    </message>
    <message>
        <source>the project is full</source>
        <translation>il progetto è al completo</translation>
    </message>
    <message numerus="yes">
        <source>%n vault(s) not counted</source>
        <translation>
            <numerusform>%n archivio non conteggiato</numerusform>
            <numerusform>%n archivi non conteggiati</numerusform>
        </translation>
    </message>
    <message>
        <source>This status is more than 30 days old: ask the coordinator for a new one.</source>
        <translation>Questo stato ha più di 30 giorni: chiedetene uno aggiornato a chi coordina.</translation>
    </message>
    <message>
        <source>Load the project status</source>
        <translation>Carica lo stato del progetto</translation>
    </message>
    <message>
        <source>Project status (*.age);;All files (*)</source>
        <translation>Stato del progetto (*.age);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Project status of {0} loaded: {1} of {2} places taken.</source>
        <translation>Stato del progetto al {0} caricato: {1} posti occupati su {2}.</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>Stato del progetto</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive hand-over</source>
        <translation>Ricevi passaggio di consegne</translation>
    </message>
    <message>
        <source>Check and receive</source>
        <translation>Controlla e ricevi</translation>
    </message>
    <message>
        <source>Open a hand-over or a receipt</source>
        <translation>Apri un passaggio di consegne o una ricevuta</translation>
    </message>
    <message>
        <source>Sealed files (*.age)</source>
        <translation>File sigillati (*.age)</translation>
    </message>
    <message>
        <source>The file was refused and nothing was changed: {0}</source>
        <translation>Il file è stato rifiutato e non è cambiato nulla: {0}</translation>
    </message>
    <message>
        <source>{0} received from {1}, with the same code. Send this receipt back to {1}: {2}</source>
        <translation>{0} ricevuto da {1}, con lo stesso codice. Rimanda questa ricevuta a {1}: {2}</translation>
    </message>
    <message>
        <source>Receipt from {0}: {1} is now in their vault, and its names and notes were removed from yours.</source>
        <translation>Ricevuta da {0}: ora {1} è nel suo archivio, e nomi e note sono stati tolti dal tuo.</translation>
    </message>
    <message>
        <source>Open a family handed over to you by a colleague, or the receipt of a family you handed over. The file is checked first: signed by a member of your team, addressed to this vault, not altered, not received before.</source>
        <translation>Apri un nucleo che un collega ti ha passato, oppure la ricevuta di un nucleo che hai passato tu. Prima il file viene controllato: firmato da un membro della squadra, indirizzato a questo archivio, non alterato, non già ricevuto.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
</context>
<context>
    <name>RecoverySheetPrinter</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Salva il foglio di recupero</translation>
    </message>
    <message>
        <source>ripartire-recovery-sheet.pdf</source>
        <translation>ripartire-foglio-recupero.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Foglio di recupero</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Scrittura di {0} in corso…</translation>
    </message>
    <message>
        <source>Recovery sheet written to {0}. Print it and keep the paper in a safe place away from this computer, then delete the file: it is NOT encrypted, and with the key anyone can open the vault.</source>
        <translation>Foglio di recupero scritto in {0}. Stampalo e conserva la stampa in un posto sicuro, lontano da questo computer, poi elimina il file: NON è cifrato, e con la chiave chiunque può aprire l&apos;archivio.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Appointment at {0}: {1}</source>
        <translation>Appuntamento alle {0}: {1}</translation>
    </message>
    <message>
        <source>Appointments today:</source>
        <translation>Appuntamenti di oggi:</translation>
    </message>
    <message>
        <source>Actions due today:</source>
        <translation>Azioni in scadenza oggi:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue: see the Agenda.</source>
        <translation>
            <numerusform>%n azione scaduta: vedi l&apos;Agenda.</numerusform>
            <numerusform>%n azioni scadute: vedi l&apos;Agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>&amp;Language of the reports</source>
        <translation>&amp;Lingua dei report</translation>
    </message>
    <message>
        <source>Anonymised summary for a period</source>
        <translation>Riepilogo anonimo di un periodo</translation>
    </message>
    <message>
        <source>Counts for partners and funders: no names, codes, free text or days. Counts smaller than the threshold set in Settings are hidden, so that no family can be recognised. You see exactly what will be written before anything is saved.</source>
        <translation>Conteggi per i partner e i finanziatori: nessun nome, codice, testo libero o data precisa. I conteggi inferiori alla soglia scelta nelle Impostazioni sono nascosti, così nessuna famiglia può essere riconosciuta. Prima di salvare vedi esattamente cosa verrà scritto.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal mese</translation>
    </message>
    <message>
        <source>First month of the period</source>
        <translation>Primo mese del periodo</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al mese</translation>
    </message>
    <message>
        <source>Last month of the period (included)</source>
        <translation>Ultimo mese del periodo (compreso)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Ante&amp;prima…</translation>
    </message>
    <message>
        <source>Count the period and show the report before saving it</source>
        <translation>Conta i dati del periodo e mostra il report prima di salvarlo</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Conteggio in corso</translation>
    </message>
    <message>
        <source>Summary: message</source>
        <translation>Riepilogo: messaggio</translation>
    </message>
    <message>
        <source>Merge bundles from several counsellors</source>
        <translation>Unisci i pacchetti di più operatori</translation>
    </message>
    <message>
        <source>Each counsellor seals a bundle of the same period to this vault from the preview. Add them here to make one report: each signature is checked against your team list, the counts are added up and small counts are hidden on the merged tables.</source>
        <translation>Ogni operatore sigilla per questo archivio, dall&apos;anteprima, un pacchetto dello stesso periodo. Aggiungili qui per fare un unico report: ogni firma è controllata con l&apos;elenco della squadra, i conteggi vengono sommati e i valori piccoli nascosti nelle tabelle unite.</translation>
    </message>
    <message>
        <source>Bundles to merge</source>
        <translation>Pacchetti da unire</translation>
    </message>
    <message>
        <source>&amp;Add bundles…</source>
        <translation>A&amp;ggiungi pacchetti…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Cl&amp;ear the list</source>
        <translation>&amp;Svuota l&apos;elenco</translation>
    </message>
    <message>
        <source>Pr&amp;oject status…</source>
        <translation>Stato del pr&amp;ogetto…</translation>
    </message>
    <message>
        <source>Write the project&apos;s places across the team (codes and dates from the bundles, no names) as a status file signed by this vault and encrypted to every team member</source>
        <translation>Scrive i posti del progetto in tutto il gruppo (codici e date dai pacchetti, nessun nome) in un file di stato firmato da questo archivio e cifrato per ogni persona del gruppo</translation>
    </message>
    <message>
        <source>Preview &amp;merged report…</source>
        <translation>Anteprima del report &amp;complessivo…</translation>
    </message>
    <message>
        <source>Merge: message</source>
        <translation>Unione dei pacchetti: messaggio</translation>
    </message>
</context>
<context>
    <name>ReportsNotice</name>
    <message>
        <source>Privacy notice on the consent form</source>
        <translation>Informativa privacy sul modulo di consenso</translation>
    </message>
    <message>
        <source>The notice printed above the consent sheet. Write your organisation&apos;s own, or keep the default. A line starting with “## ” is a heading; a blank line starts a new paragraph. {organisation}, {municipality}, {code} and {retention_months} are filled in when the form is printed.</source>
        <translation>L&apos;informativa stampata sopra la dichiarazione di consenso. Scrivi quella della tua organizzazione o tieni quella predefinita. Una riga che inizia con “## ” è un titolo; una riga vuota inizia un nuovo paragrafo. {organisation}, {municipality}, {code} e {retention_months} vengono compilati quando il modulo viene stampato.</translation>
    </message>
    <message>
        <source>Privacy notice te&amp;xt</source>
        <translation>Testo dell&apos;informativa privac&amp;y</translation>
    </message>
    <message>
        <source>Privacy notice: message</source>
        <translation>Informativa privacy: messaggio</translation>
    </message>
    <message>
        <source>Restore defa&amp;ult</source>
        <translation>Ripristina &amp;quella predefinita</translation>
    </message>
    <message>
        <source>Put the built-in Italian notice back in the field (save to keep it)</source>
        <translation>Rimette nel campo l&apos;informativa italiana predefinita (salva per mantenerla)</translation>
    </message>
    <message>
        <source>Save t&amp;he notice</source>
        <translation>S&amp;alva l&apos;informativa</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>The current vault will be replaced by this backup. It is not deleted: it is moved aside into a folder named “replaced-…” next to it. Anything entered after the backup was made is not in the backup. Afterwards Ripartire locks, and the restored vault opens with the passphrase of the day of the backup or with the recovery key.</source>
        <translation>L&apos;archivio attuale sarà sostituito da questa copia di sicurezza (backup). Non viene eliminato: viene spostato in una cartella chiamata “replaced-…” lì accanto. Quello che è stato inserito dopo il backup non c&apos;è nel backup. Poi Ripartire si blocca, e l&apos;archivio ripristinato si apre con la frase segreta in uso il giorno del backup o con la chiave di recupero.</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Chiave di recupero</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase segreta</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key first.</source>
        <translation>Inserisci prima la frase segreta o la chiave di recupero.</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Apertura del backup…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>File di backup</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Date of the backup</source>
        <translation>Data del backup</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Open the backup with</source>
        <translation>Apri il backup con</translation>
    </message>
    <message>
        <source>the &amp;passphrase of that day</source>
        <translation>la frase segreta di &amp;quel giorno</translation>
    </message>
    <message>
        <source>the recovery &amp;key</source>
        <translation>la chia&amp;ve di recupero</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Frase segreta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Replace the current vault</source>
        <translation>&amp;Sostituisci l&apos;archivio attuale</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Revisione della conservazione</translation>
    </message>
    <message>
        <source>What the vault keeps longer than its retention period ({0}). Nothing is removed unless you ask: erase a family once its file no longer needs to be kept, clear the text of old desk contacts (they stay as anonymous counts). Every erasure is recorded in the audit log (also under Settings, Backup and restore).</source>
        <translation>Ciò che l&apos;archivio conserva oltre il periodo di conservazione ({0}). Nulla viene eliminato se non lo chiedi: cancella una famiglia quando la sua cartella non deve più essere conservata, cancella il testo dei vecchi contatti dello sportello (restano come conteggi anonimi). Ogni cancellazione è annotata nel registro delle operazioni (anche in Impostazioni, Backup e ripristino).</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Desk contact of {0}</source>
        <translation>Contatto allo sportello del {0}</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} dal {1}</translation>
    </message>
    <message>
        <source>Clear old desk text</source>
        <translation>Cancella il vecchio testo dello sportello</translation>
    </message>
    <message numerus="yes">
        <source>Clear the request and notes of %n desk contact(s)? Each stays as an anonymous count (date, channel, outcome). This cannot be undone.</source>
        <translation>
            <numerusform>Cancellare la richiesta e le note di %n contatto dello sportello? Resta come conteggio anonimo (data, canale, esito). L&apos;operazione non si può annullare.</numerusform>
            <numerusform>Cancellare la richiesta e le note di %n contatti dello sportello? Ciascuno resta come conteggio anonimo (data, canale, esito). L&apos;operazione non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Cancella il testo</translation>
    </message>
    <message numerus="yes">
        <source>Text cleared from %n desk contact(s).</source>
        <translation>
            <numerusform>Testo cancellato da %n contatto dello sportello.</numerusform>
            <numerusform>Testo cancellato da %n contatti dello sportello.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Families in a final status (closed, withdrawn, referred, not eligible):</source>
        <translation>&amp;Famiglie in uno stato finale (chiusa, rinuncia, inviata ad altri servizi, non ammissibile):</translation>
    </message>
    <message>
        <source>Families to review for erasure</source>
        <translation>Famiglie da valutare per la cancellazione</translation>
    </message>
    <message>
        <source>&amp;Open the family</source>
        <translation>&amp;Apri la famiglia</translation>
    </message>
    <message>
        <source>E&amp;rase the family…</source>
        <translation>Ca&amp;ncella la famiglia…</translation>
    </message>
    <message>
        <source>&amp;Desk contacts that still hold a request or notes:</source>
        <translation>Contatti &amp;dello sportello che contengono ancora una richiesta o delle note:</translation>
    </message>
    <message>
        <source>Old desk contacts with text</source>
        <translation>Vecchi contatti dello sportello con testo</translation>
    </message>
    <message>
        <source>&amp;Clear their text…</source>
        <translation>&amp;Cancella il loro testo…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro delle operazioni…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nuova valutazione</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>No ISEE</source>
        <translation>Nessun ISEE</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non valutata</translation>
    </message>
    <message>
        <source>Severity: {0}</source>
        <translation>Gravità: {0}</translation>
    </message>
    <message>
        <source>{0}, born {1}</source>
        <translation>{0}, nato/a nel {1}</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrata</translation>
    </message>
    <message>
        <source>Work situation of adult {0}</source>
        <translation>Situazione lavorativa dell&apos;adulto {0}</translation>
    </message>
    <message>
        <source>No adult recorded in the household.</source>
        <translation>Nessun adulto registrato nel nucleo.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation>€ al mese</translation>
    </message>
    <message>
        <source>Renewal or expiry</source>
        <translation>Rinnovo o scadenza</translation>
    </message>
    <message>
        <source>Other benefit: its name</source>
        <translation>Altra misura: il nome</translation>
    </message>
    <message>
        <source>Name of another benefit</source>
        <translation>Nome di un&apos;altra misura</translation>
    </message>
    <message>
        <source>another benefit</source>
        <translation>un&apos;altra misura</translation>
    </message>
    <message>
        <source>Monthly amount of {0}</source>
        <translation>Importo mensile di {0}</translation>
    </message>
    <message>
        <source>Renewal or expiry of {0}</source>
        <translation>Rinnovo o scadenza di {0}</translation>
    </message>
    <message>
        <source>The baseline&apos;s and the exit&apos;s scores are edited on the Assessment tab.</source>
        <translation>I punteggi della valutazione iniziale e di uscita si modificano nella scheda Valutazione.</translation>
    </message>
    <message>
        <source>The severity of a domain is the highest of its areas.</source>
        <translation>La gravità di una dimensione è la più alta tra le sue aree.</translation>
    </message>
    <message>
        <source>Type an amount of zero or more.</source>
        <translation>Scrivi un importo pari o superiore a zero.</translation>
    </message>
    <message>
        <source>Type the amount in euros, e.g. 1.200,50 or 1200.50.</source>
        <translation>Scrivi l&apos;importo in euro, per esempio 1.200,50 oppure 1200.50.</translation>
    </message>
    <message>
        <source>A benefit&apos;s monthly amount: type euros, e.g. 142,50.</source>
        <translation>Importo mensile di una misura: scrivi gli euro, per esempio 142,50.</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Income a month</source>
        <translation>Reddito mensile</translation>
    </message>
    <message>
        <source>Debts and arrears</source>
        <translation>Debiti e morosità</translation>
    </message>
    <message>
        <source>ISEE</source>
        <translation>ISEE</translation>
    </message>
    <message>
        <source>Adults in work</source>
        <translation>Adulti al lavoro</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up at %n month(s)</source>
        <translation>
            <numerusform>Follow-up a %n mese</numerusform>
            <numerusform>Follow-up a %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} su {1}</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>Search &amp;for</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Words from notes, assessments, actions, or a family code</source>
        <translation>Parole da note, valutazioni, azioni, o un codice famiglia</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>Risultato selezionato</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Family code</source>
        <translation>Codice famiglia</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Assessment note</source>
        <translation>Nota di valutazione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Desk contact</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trovato in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonimo)</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message numerus="yes">
        <source>%n results: the best of the newest {0} matches (about {1} in all). Add a word to search them all.</source>
        <translation>
            <numerusform>%n risultato: il migliore tra le {0} corrispondenze più recenti (circa {1} in tutto). Aggiungi una parola per cercare in tutte.</numerusform>
            <numerusform>%n risultati: i migliori tra le {0} corrispondenze più recenti (circa {1} in tutto). Aggiungi una parola per cercare in tutte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results (best first)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati (prima i più pertinenti)</numerusform>
        </translation>
    </message>
    <message>
        <source>No results. Try fewer or shorter words.</source>
        <translation>Nessun risultato. Prova con meno parole o con parole più corte.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Type it first.</source>
        <translation>Prima inseriscila.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase segreta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Prints a new recovery sheet to a PDF file. Ripartire never stores the recovery key: type it from your sheet or your notes, and it is checked against this vault.</source>
        <translation>Stampa un nuovo foglio di recupero in un file PDF. Ripartire non conserva mai la chiave di recupero: inseriscila copiandola dal tuo foglio o dai tuoi appunti, e verrà verificata su questo archivio.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong: nothing was changed. Check the keyboard layout and Caps Lock.</source>
        <translation>La frase segreta attuale è errata: non è stato cambiato nulla. Controlla la disposizione della tastiera e il Bloc Maiusc.</translation>
    </message>
    <message>
        <source>Passphrase changed and the vault re-encrypted under a new key: old copies of the key file and old backups no longer open today&apos;s data. The recovery key is unchanged.</source>
        <translation>Frase segreta cambiata e archivio cifrato di nuovo con una nuova chiave: le vecchie copie del file delle chiavi e i vecchi backup non aprono più i dati di oggi. La chiave di recupero non cambia.</translation>
    </message>
    <message>
        <source>Rotate data key</source>
        <translation>Rinnova la chiave dei dati</translation>
    </message>
    <message>
        <source>Rotating the data key re-encrypts the whole vault under a new random key, so a copy of the old key (for example on a lost laptop that remembered it) no longer opens it. On a large vault this takes a while, and Ripartire cannot be used meanwhile. The passphrase and the recovery key stay the same; older backups keep opening with the passphrase and recovery key of their day.</source>
        <translation>Rinnovare la chiave dei dati ricifra tutto l&apos;archivio con una nuova chiave casuale, così una copia della vecchia chiave (per esempio su un portatile smarrito che la ricordava) non lo apre più. Su un archivio grande ci vuole un po&apos; di tempo, e nel frattempo Ripartire non si può usare. La frase segreta e la chiave di recupero restano le stesse; i backup precedenti continuano ad aprirsi con la frase segreta e la chiave di recupero in uso quando sono stati fatti.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase segreta</translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
        <translation>&amp;Rinnova chiave</translation>
    </message>
    <message>
        <source>The passphrase is wrong: nothing was changed. Check the keyboard layout and Caps Lock.</source>
        <translation>La frase segreta è errata: non è stato cambiato nulla. Controlla la disposizione della tastiera e il Bloc Maiusc.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault under a new key… Please do not switch off.</source>
        <translation>Ricifratura dell&apos;archivio con una nuova chiave in corso… Non spegnere il computer.</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Stampa il foglio di recupero…</translation>
    </message>
    <message>
        <source>Re-encrypt the whole vault under a new key now? Ripartire cannot be used until it is done, and then it locks.</source>
        <translation>Cifrare ora l&apos;intero archivio con una nuova chiave? Ripartire non si può usare finché l&apos;operazione non è finita, poi si blocca.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continua…</translation>
    </message>
    <message>
        <source>Data key rotated: the vault was re-encrypted under a new key. Older backups still open with the passphrase and recovery key of their day.</source>
        <translation>Chiave dei dati rinnovata: l&apos;archivio è stato ricifrato con una nuova chiave. I backup precedenti si aprono ancora con la frase segreta e la chiave di recupero in uso quando sono stati fatti.</translation>
    </message>
    <message>
        <source>Ripartire will lock: unlock it with the passphrase.</source>
        <translation>Ripartire si bloccherà: sbloccalo con la frase segreta.</translation>
    </message>
    <message>
        <source>The vault still uses its previous key.</source>
        <translation>L&apos;archivio usa ancora la chiave precedente.</translation>
    </message>
    <message>
        <source>Ripartire will lock: unlock it with the passphrase to finish.</source>
        <translation>Ripartire si bloccherà: sbloccalo con la frase segreta per completare.</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Stampa il foglio di recupero</translation>
    </message>
    <message>
        <source>Type the recovery key (nine groups of four characters). Ripartire does not store it, so it cannot print it by itself; it checks that the key opens this vault, then asks where to save the sheet.</source>
        <translation>Inserisci la chiave di recupero (nove gruppi di quattro caratteri). Ripartire non la conserva, quindi non può stamparla da solo: verifica che la chiave apra questo archivio, poi chiede dove salvare il foglio.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Chiave di recupero</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>Co&amp;ntinua…</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault: it may belong to another vault. No sheet was written.</source>
        <translation>Questa chiave di recupero non apre questo archivio: forse appartiene a un altro archivio. Non è stato scritto nessun foglio.</translation>
    </message>
    <message>
        <source>This device no longer remembers the key: the passphrase will be asked at each start.</source>
        <translation>Questo computer non ricorda più la chiave: la frase segreta verrà chiesta a ogni avvio.</translation>
    </message>
    <message>
        <source>The key is remembered in this computer&apos;s keyring: Ripartire opens without the passphrase for anyone who can use your user account here. The keyring is only as safe as your login.</source>
        <translation>La chiave è ricordata nel portachiavi di questo computer: Ripartire si apre senza frase segreta per chiunque possa usare il tuo account utente qui. Il portachiavi è sicuro quanto il tuo accesso al computer.</translation>
    </message>
    <message>
        <source>The key is remembered, but the login keyring {0} has no password: the key is stored there in clear, readable by anyone who can use this account or read its files. Give the keyring a password (Passwords and Keys), or untick this box.</source>
        <translation>La chiave è ricordata, ma il portachiavi di accesso {0} non ha una password: la chiave vi è conservata in chiaro, leggibile da chiunque possa usare questo account o leggerne i file. Imposta una password per il portachiavi (Password e chiavi) oppure togli la spunta.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (credential store), so the key cannot be remembered: the passphrase will be asked at each start.</source>
        <translation>Questo computer non ha un portachiavi del sistema utilizzabile, quindi la chiave non può essere ricordata: la frase segreta verrà chiesta a ogni avvio.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Project and counsellor</source>
        <translation>Progetto e operatore</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizzazione</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problema in questo campo</translation>
    </message>
    <message>
        <source>Counsellor &amp;name</source>
        <translation>&amp;Nome dell&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Comune</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Posti disponibili</translation>
    </message>
    <message>
        <source>How many support paths the project can follow at once; beyond it, families go on the waiting list.</source>
        <translation>Quanti percorsi di sostegno il progetto può seguire contemporaneamente; oltre questo numero, le famiglie vanno in lista d&apos;attesa.</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Tempo di conservazione</translation>
    </message>
    <message>
        <source>How long after closure a family&apos;s record is kept before it is proposed for erasure.</source>
        <translation>Quanto tempo dopo la chiusura si conserva la scheda di una famiglia, prima di proporne la cancellazione.</translation>
    </message>
    <message>
        <source>Privacy and language</source>
        <translation>Privacy e lingua</translation>
    </message>
    <message>
        <source>Small-cell threshold (k)</source>
        <translation>Soglia minima dei gruppi (k)</translation>
    </message>
    <message>
        <source>In anonymised reports, any count below k, and any figure that would reveal one, is shown as “n.p.”, so that no family can be recognised. Never below 3.</source>
        <translation>Nei report anonimi, ogni conteggio inferiore a k, e ogni valore che permetterebbe di ricavarlo, è mostrato come “n.p.”, così nessuna famiglia può essere riconosciuta. Mai meno di 3.</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity</source>
        <translation>Blocca dopo &amp;inattività</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>A new language applies the next time Ripartire starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Ripartire.</translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation>Messaggio delle impostazioni</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annulla modific&amp;he</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>The passphrase opens the vault every day; the recovery key on the printed sheet opens it if the passphrase is forgotten.</source>
        <translation>La frase segreta apre l&apos;archivio ogni giorno; la chiave di recupero sul foglio stampato lo apre se la frase segreta viene dimenticata.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambia &amp;frase segreta…</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The vault is re-encrypted under a new key, so old copies of the key file and old backups never open today&apos;s data with the old passphrase. The recovery key stays the same.</source>
        <translation>Scegli una nuova frase segreta. L&apos;archivio viene cifrato di nuovo con una nuova chiave, così le vecchie copie del file delle chiavi e i vecchi backup non aprono mai i dati di oggi con la vecchia frase segreta. La chiave di recupero resta la stessa.</translation>
    </message>
    <message>
        <source>Rotate data &amp;key…</source>
        <translation>Rinnova chiave &amp;dei dati…</translation>
    </message>
    <message>
        <source>Re-encrypts the whole vault under a new data key. Use it if a copy of the vault and its key may have got out, for example from a lost laptop that remembered the key.</source>
        <translation>Ricifra tutto l&apos;archivio con una nuova chiave dei dati. Usalo se una copia dell&apos;archivio e della sua chiave potrebbe essere finita in mani altrui, per esempio da un portatile smarrito che ricordava la chiave.</translation>
    </message>
    <message>
        <source>Remember on this &amp;device (the app opens without the passphrase on this computer)</source>
        <translation>Ricorda su questo co&amp;mputer (l&apos;app si apre senza chiedere la frase segreta)</translation>
    </message>
    <message>
        <source>The data key goes to this computer&apos;s keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker). The keyring opens when you log in, so anyone who can use your user account here opens the vault without the passphrase; a keyring without a password keeps the key readable in its file.</source>
        <translation>La chiave dei dati va nel portachiavi di questo computer (Portachiavi di GNOME, KWallet, Portachiavi di macOS, Gestione credenziali di Windows). Il portachiavi si apre quando accedi al computer, quindi chiunque possa usare il tuo account utente qui apre l&apos;archivio senza frase segreta; un portachiavi senza password conserva la chiave leggibile nel suo file.</translation>
    </message>
    <message>
        <source>Security: message</source>
        <translation>Sicurezza: messaggio</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Backup e ripristino</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Cartella dell&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Esegui backup ora…</translation>
    </message>
    <message>
        <source>Writes an encrypted copy of the vault to a file, for example on a USB stick. It opens with today&apos;s passphrase or with the recovery key.</source>
        <translation>Scrive una copia di sicurezza (backup) cifrata dell&apos;archivio in un file, per esempio su una chiavetta USB. Si apre con la frase segreta di oggi o con la chiave di recupero.</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Replaces the vault with a backup. The current vault is moved aside, not deleted.</source>
        <translation>Sostituisce l&apos;archivio con un backup. L&apos;archivio attuale viene spostato da parte, non eliminato.</translation>
    </message>
    <message>
        <source>Ver&amp;ify vault</source>
        <translation>&amp;Verifica archivio</translation>
    </message>
    <message>
        <source>Checks every page of the vault, the audit log and the search index for damage.</source>
        <translation>Controlla che ogni pagina dell&apos;archivio, il registro delle operazioni e l&apos;indice di ricerca non siano danneggiati.</translation>
    </message>
    <message>
        <source>Vie&amp;w audit log…</source>
        <translation>Registro delle opera&amp;zioni…</translation>
    </message>
    <message>
        <source>Shows every sensitive action on this vault (unlocks, exports, erasures, backups, key changes) with its date and family code, never names.</source>
        <translation>Mostra ogni operazione delicata su questo archivio (sblocchi, esportazioni, cancellazioni, backup, cambi di chiave) con la data e il codice della famiglia, mai i nomi.</translation>
    </message>
    <message>
        <source>Backup and restore: message</source>
        <translation>Backup e ripristino: messaggio</translation>
    </message>
</context>
<context>
    <name>SettingsTeam</name>
    <message>
        <source>Team and sealed bundles</source>
        <translation>Squadra e pacchetti sigillati</translation>
    </message>
    <message>
        <source>Bundles for the coordinator are signed by this vault and encrypted to the colleague you choose. Exchange public identity files with your colleagues, then read the fingerprints to each other in person or on a call you trust before adding them.</source>
        <translation>I pacchetti per il coordinatore sono firmati da questo archivio e cifrati per il collega che scegli. Scambiate i file di identità pubblica, poi leggetevi le impronte di persona o in una telefonata di cui vi fidate, prima di aggiungervi.</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>La tua impronta</translation>
    </message>
    <message>
        <source>Your name for colleagues</source>
        <translation>Il tuo nome per i colleghi</translation>
    </message>
    <message>
        <source>This vault belongs to</source>
        <translation>Questo archivio è di</translation>
    </message>
    <message>
        <source>Code mark</source>
        <translation>Sigla nei codici</translation>
    </message>
    <message>
        <source>One or two letters that the new family codes of this vault carry (RIP-2026-A017 for A). Set once: it never changes.</source>
        <translation>Una o due lettere che compaiono nei nuovi codici famiglia di questo archivio (RIP-2026-A017 per A). Si imposta una volta: non cambia più.</translation>
    </message>
    <message>
        <source>Set code mark</source>
        <translation>Imposta la sigla</translation>
    </message>
    <message>
        <source>Save name and role</source>
        <translation>Salva nome e ruolo</translation>
    </message>
    <message>
        <source>Export public identity…</source>
        <translation>Esporta l&apos;identità pubblica…</translation>
    </message>
    <message>
        <source>A short text file with your name, role and public keys, for your colleagues. It holds no secret.</source>
        <translation>Un breve file di testo con nome, ruolo e chiavi pubbliche, per i colleghi. Non contiene segreti.</translation>
    </message>
    <message>
        <source>QR code of your fingerprint</source>
        <translation>Codice QR della tua impronta</translation>
    </message>
    <message>
        <source>&amp;Team members</source>
        <translation>Mem&amp;bri della squadra</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membri della squadra</translation>
    </message>
    <message>
        <source>Team: message</source>
        <translation>Squadra: messaggio</translation>
    </message>
    <message>
        <source>&amp;Add team member…</source>
        <translation>A&amp;ggiungi un membro…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n percorso</numerusform>
            <numerusform>%n percorsi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problema in questo campo</translation>
    </message>
    <message>
        <source>In interview mode the screen is first covered after the inactivity time above, without asking for the passphrase in front of the family.</source>
        <translation>In modalità colloquio, trascorso il tempo di inattività indicato sopra, lo schermo viene prima coperto, senza chiedere la passphrase davanti alla famiglia.</translation>
    </message>
    <message>
        <source>Lock during interviews a&amp;fter</source>
        <translation>Blocca durante i colloq&amp;ui dopo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>What was typed before the lock is back in the form: check it and save.</source>
        <translation>Quello che era stato scritto prima del blocco è di nuovo nel modulo: controllalo e salva.</translation>
    </message>
    <message>
        <source>At least {0}: with smaller groups, someone could recognise a family.</source>
        <translation>Almeno {0}: con gruppi più piccoli, qualcuno potrebbe riconoscere una famiglia.</translation>
    </message>
    <message>
        <source>Type the municipality, for example Cernusco sul Naviglio.</source>
        <translation>Inserisci il comune, per esempio Cernusco sul Naviglio.</translation>
    </message>
    <message>
        <source>This value is not accepted: {0}</source>
        <translation>Valore non accettato: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved: check the fields marked.</source>
        <translation>Non è stato salvato nulla: controlla i campi segnalati.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <source>The new language applies the next time Ripartire starts.</source>
        <translation>La nuova lingua si applica al prossimo avvio di Ripartire.</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import families from a spreadsheet</source>
        <translation>Importa famiglie da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import, or save the template first.</source>
        <translation>Scegli il foglio di calcolo da importare, oppure salva prima il modello.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Scegli il foglio di calcolo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv *.xls);;All files (*)</source>
        <translation>Fogli di calcolo (*.xlsx *.ods *.csv *.xls);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lettura di {0}…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Controllo di tutte le righe…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to correct: nothing can be imported until each is right. Correct the spreadsheet and press Reload, or change the columns.</source>
        <translation>
            <numerusform>%n cella da correggere: non si può importare nulla finché non è giusta. Correggi il foglio di calcolo e premi Rileggi, oppure cambia le colonne.</numerusform>
            <numerusform>%n celle da correggere: non si può importare nulla finché non sono tutte giuste. Correggi il foglio di calcolo e premi Rileggi, oppure cambia le colonne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no rows to import.</source>
        <translation>Il foglio non ha righe da importare.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) ready to import</source>
        <translation>
            <numerusform>%n nucleo pronto da importare</numerusform>
            <numerusform>%n nuclei pronti da importare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (from %n row(s)). Nothing is stored until you press Import.</source>
        <translation>
            <numerusform> (da %n riga). Non viene salvato nulla finché non premi Importa.</numerusform>
            <numerusform> (da %n righe). Non viene salvato nulla finché non premi Importa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column choices saved: the next sheet with these headers uses them.</source>
        <translation>Scelte delle colonne salvate: il prossimo foglio con queste intestazioni le userà.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n household(s)…</source>
        <translation>
            <numerusform>Importazione di %n nucleo…</numerusform>
            <numerusform>Importazione di %n nuclei…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported</source>
        <translation>
            <numerusform>%n nucleo importato</numerusform>
            <numerusform>%n nuclei importati</numerusform>
        </translation>
    </message>
    <message>
        <source>: codes {0} to {1}.</source>
        <translation>: codici da {0} a {1}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Salva il modello per l&apos;importazione</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV, headers only (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;Foglio di calcolo OpenDocument (*.ods);;CSV, solo intestazioni (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as {0}: fill the sheet Nuclei, one row per person (the sheets Esempio and Valori ammessi show how).</source>
        <translation>Modello salvato come {0}: compila il foglio Nuclei, una riga per persona (i fogli Esempio e Valori ammessi mostrano come).</translation>
    </message>
</context>
<context>
    <name>SheetImportForm</name>
    <message>
        <source>One row per person: rows with the same Household value form one family (without that column, each row is a family). Nothing is stored until every cell is right and you press Import.</source>
        <translation>Una riga per persona: le righe con lo stesso valore di Nucleo formano una famiglia (senza quella colonna, ogni riga è una famiglia). Non viene salvato nulla finché ogni cella non è giusta e non premi Importa.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>A spreadsheet: .xlsx, .ods or .csv</source>
        <translation>Un foglio di calcolo: .xlsx, .ods o .csv</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ri&amp;leggi</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it in the spreadsheet program</source>
        <translation>Rilegge il file, dopo averlo corretto nel programma del foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;oglio:</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Modello…</translation>
    </message>
    <message>
        <source>Save an empty register with the columns the import knows, an example and the accepted values (in Italian)</source>
        <translation>Salva un registro vuoto con le colonne che l&apos;importazione riconosce, un esempio e i valori ammessi</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>What each column of the sheet holds. Guessed from the headers, or as saved last time; change any that is wrong.</source>
        <translation>Che cosa contiene ogni colonna del foglio: dedotto dalle intestazioni, o come salvato l&apos;ultima volta. Correggi quelle sbagliate.</translation>
    </message>
    <message>
        <source>Columns of the sheet</source>
        <translation>Colonne del foglio</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>Rows as they will be stored</source>
        <translation>Righe come verranno salvate</translation>
    </message>
    <message>
        <source>P&amp;roblems:</source>
        <translation>P&amp;roblemi:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>Sal&amp;va abbinamento</translation>
    </message>
    <message>
        <source>Remember these columns for the next sheet with the same headers (also done by Import)</source>
        <translation>Ricorda queste colonne per il prossimo foglio con le stesse intestazioni (lo fa anche Importa)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Cambia stato</translation>
    </message>
    <message>
        <source>Current status: {0}</source>
        <translation>Stato attuale: {0}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Admit: {0}</source>
        <translation>Ammissione: {0}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Paths in use: {0} of {1}. If none is free, the family goes on the waiting list.</source>
        <translation>Percorsi in uso: {0} su {1}. Se non ce n&apos;è uno libero, la famiglia va in lista d&apos;attesa.</translation>
    </message>
    <message>
        <source>Closing asks for the reason and the outcome in the Closure tab.</source>
        <translation>Per la chiusura vengono chiesti motivo ed esito nella scheda Chiusura.</translation>
    </message>
    <message>
        <source>Reopening starts a fresh intake under the same code; the history stays.</source>
        <translation>La riapertura avvia una nuova accoglienza con lo stesso codice; lo storico resta.</translation>
    </message>
    <message>
        <source>This ends the family&apos;s path: coming back means a new intake. Tick the box to confirm.</source>
        <translation>Così il percorso della famiglia finisce: per tornare servirà una nuova accoglienza. Spunta la casella per confermare.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The period ends before it starts: check the two months.</source>
        <translation>Il periodo finisce prima di iniziare: controlla i due mesi.</translation>
    </message>
    <message>
        <source>Counting {0}…</source>
        <translation>Conteggio del periodo {0} in corso…</translation>
    </message>
    <message>
        <source>This report cannot be published safely, not even with more figures hidden: {0}. Nothing was written.</source>
        <translation>Questo rapporto non si può pubblicare in modo sicuro, nemmeno nascondendo altri valori: {0}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Preview: anonymised summary</source>
        <translation>Anteprima: riepilogo anonimo</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Questo archivio</translation>
    </message>
    <message>
        <source>ripartire-summary-{0}-{1}</source>
        <translation>ripartire-riepilogo-{0}-{1}</translation>
    </message>
</context>
<context>
    <name>TeamAddDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>Aggiungi un membro della squadra</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Aggiungi alla squadra</translation>
    </message>
    <message>
        <source>This file is the public identity of {0}, {1}.</source>
        <translation>Questo file è l&apos;identità pubblica di {0}, {1}.</translation>
    </message>
    <message>
        <source>Whose identity this is</source>
        <translation>Di chi è questa identità</translation>
    </message>
    <message>
        <source>Ask your colleague to open Settings, Team and read their fingerprint aloud, in person or on a call you trust (not by e-mail or chat). Every group of digits must match:</source>
        <translation>Chiedi al collega di aprire Impostazioni, Squadra e di leggere ad alta voce la sua impronta, di persona o in una telefonata di cui vi fidate (non per e-mail o chat). Ogni gruppo di cifre deve coincidere:</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Impronta da confrontare</translation>
    </message>
    <message>
        <source>&amp;Name in your team list</source>
        <translation>&amp;Nome nel tuo elenco</translation>
    </message>
    <message>
        <source>We read the same &amp;digits to each other</source>
        <translation>Ci siamo letti le stesse &amp;cifre</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>a counsellor</source>
        <translation>un operatore</translation>
    </message>
    <message>
        <source>a coordinator (receives and merges bundles)</source>
        <translation>un coordinatore (riceve e unisce i pacchetti)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <source>Code mark</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Calls itself {0}</source>
        <translation>Si presenta come {0}</translation>
    </message>
    <message>
        <source>Saved. The fingerprint stays the same; export the identity again for your colleagues.</source>
        <translation>Salvato. L&apos;impronta resta la stessa; esporta di nuovo l&apos;identità per i colleghi.</translation>
    </message>
    <message>
        <source>New family codes now carry {0} (for example RIP-2026-{0}001); the codes already given stay as they are. Export the identity again for your colleagues.</source>
        <translation>I nuovi codici famiglia ora contengono {0} (per esempio RIP-2026-{0}001); i codici già assegnati restano come sono. Esporta di nuovo l&apos;identità per i colleghi.</translation>
    </message>
    <message>
        <source>Type your name and save it first: colleagues see it.</source>
        <translation>Prima scrivi e salva il tuo nome: i colleghi lo vedono.</translation>
    </message>
    <message>
        <source>Export your public identity</source>
        <translation>Esporta la tua identità pubblica</translation>
    </message>
    <message>
        <source>ripartire-identity-{0}.txt</source>
        <translation>ripartire-identita-{0}.txt</translation>
    </message>
    <message>
        <source>Public identities (*.txt)</source>
        <translation>Identità pubbliche (*.txt)</translation>
    </message>
    <message>
        <source>Written to {0}. It holds no secret: give it to your colleagues, then read your fingerprint to them.</source>
        <translation>Scritta in {0}. Non contiene segreti: dalla ai colleghi, poi leggi loro la tua impronta.</translation>
    </message>
    <message>
        <source>A colleague&apos;s public identity</source>
        <translation>L&apos;identità pubblica di un collega</translation>
    </message>
    <message>
        <source>Public identities (*.txt);;All files (*)</source>
        <translation>Identità pubbliche (*.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>{0} was altered after it was made: ask your colleague for a new copy. Nothing was added.</source>
        <translation>{0} è stato modificato dopo essere stato creato: chiedi una nuova copia al collega. Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>{0} is not a Ripartire public identity. Nothing was added.</source>
        <translation>{0} non è un&apos;identità pubblica di Ripartire. Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>{0} is in the team.</source>
        <translation>{0} fa parte della squadra.</translation>
    </message>
    <message>
        <source>{0} was removed: bundles are no longer sealed to or accepted from them.</source>
        <translation>{0} è stato rimosso: i pacchetti non vengono più sigillati per lui né accettati da lui.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Desk contact ({0})</source>
        <translation>Contatto allo sportello ({0})</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Ripartire: locked</source>
        <translation>Ripartire: bloccato</translation>
    </message>
    <message>
        <source>Demo vault with fictional families. Passphrase: {0}</source>
        <translation>Archivio dimostrativo con famiglie fittizie. Frase segreta: {0}</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase</source>
        <translation>Usa la &amp;frase segreta</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key</source>
        <translation>Usa la c&amp;hiave di recupero</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Inserisci prima la frase segreta.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Sblocco in corso…</translation>
    </message>
    <message>
        <source>This device has no usable keyring: the passphrase will be asked.</source>
        <translation>Questo computer non ha un portachiavi del sistema utilizzabile: verrà chiesta la frase segreta.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {0} seconds.</source>
        <translation>Troppi tentativi errati: riprova tra {0} secondi.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key: check each group of four characters against the recovery sheet.</source>
        <translation>Questa non è una chiave di recupero valida: controlla ogni gruppo di quattro caratteri sul foglio di recupero.</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Chiave di recupero errata.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Frase segreta errata. Controlla la disposizione della tastiera e il Bloc Maiusc.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: {0}</source>
        <translation>Impossibile aprire l&apos;archivio: {0}</translation>
    </message>
    <message>
        <source>Restore the latest backup from Settings or with &apos;ripartire restore&apos;.</source>
        <translation>Ripristina il backup più recente dalle Impostazioni o con &apos;ripartire restore&apos;.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Errore imprevisto: {0}</translation>
    </message>
    <message>
        <source>Ripartire</source>
        <translation>Ripartire</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>L&apos;archivio è bloccato.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase segreta</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Chiave di recupero</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation>&amp;Ricorda su questo computer</translation>
    </message>
    <message>
        <source>The data key goes to this computer&apos;s keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker). The keyring opens when you log in, so anyone who can use your user account here opens the vault without the passphrase; a keyring without a password keeps the key readable in its file.</source>
        <translation>La chiave dei dati va nel portachiavi di questo computer (Portachiavi di GNOME, KWallet, Portachiavi di macOS, Gestione credenziali di Windows). Il portachiavi si apre quando accedi al computer, quindi chiunque possa usare il tuo account utente qui apre l&apos;archivio senza frase segreta; un portachiavi senza password conserva la chiave leggibile nel suo file.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <source>Verify vault</source>
        <translation>Verifica archivio</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Controllo di ogni pagina dell&apos;archivio…</translation>
    </message>
    <message>
        <source>This can take a moment on a large vault.</source>
        <translation>Su un archivio grande può volerci un po&apos;.</translation>
    </message>
    <message>
        <source>The vault is sound: every check passed.</source>
        <translation>L&apos;archivio è integro: tutti i controlli sono superati.</translation>
    </message>
    <message>
        <source>Nothing to do. Keep making regular backups.</source>
        <translation>Non c&apos;è niente da fare. Continua a fare backup regolari.</translation>
    </message>
    <message>
        <source>The vault is damaged.</source>
        <translation>L&apos;archivio è danneggiato.</translation>
    </message>
    <message>
        <source>Stop entering new data. Restore the most recent backup (Restore… in Settings): the damaged vault is moved aside, not deleted, so nothing is lost for good. If there is no backup, ask for technical help before doing anything else.</source>
        <translation>Smetti di inserire nuovi dati. Ripristina il backup più recente (Ripristina… nelle Impostazioni): l&apos;archivio danneggiato viene spostato da parte, non eliminato, quindi nulla va perso definitivamente. Se non c&apos;è un backup, chiedi aiuto tecnico prima di fare qualsiasi altra cosa.</translation>
    </message>
    <message>
        <source>The check could not be completed.</source>
        <translation>Non è stato possibile completare il controllo.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Controlli</translation>
    </message>
    <message>
        <source>Checks and problems</source>
        <translation>Controlli e problemi</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Revoca consenso</translation>
    </message>
    <message>
        <source>Consent to the notice {0} given on {1} stays in the record, marked as withdrawn.</source>
        <translation>Il consenso all&apos;informativa {0} dato il {1} resta nella scheda, segnato come revocato.</translation>
    </message>
</context>
<context>
    <name>ask_if_project_full</name>
    <message>
        <source>Not saved: the project is full. Save again to admit anyway.</source>
        <translation>Non salvato: il progetto è al completo. Salvate di nuovo per ammettere comunque.</translation>
    </message>
</context>
<context>
    <name>describe_bundle_error</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} covers another period than the bundles already in the list: merge only bundles of the same months. It was not added.</source>
        <translation>{0} riguarda un periodo diverso da quello dei pacchetti già nell&apos;elenco: unisci solo pacchetti degli stessi mesi. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} comes from a vault already in the list (the same counsellor twice): its families would be counted twice. It was not added.</source>
        <translation>{0} proviene da un archivio già presente nell&apos;elenco (lo stesso operatore due volte): le sue famiglie verrebbero contate due volte. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} is sealed for someone else: this vault cannot open it. Ask the sender to seal it to you. It was not added.</source>
        <translation>{0} è sigillato per qualcun altro: questo archivio non può aprirlo. Chiedi al mittente di sigillarlo per te. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} is signed by a vault that is not in your team: add its public identity in Settings, Team, after checking its fingerprint in person. It was not added.</source>
        <translation>{0} è firmato da un archivio che non fa parte della tua squadra: aggiungi la sua identità pubblica in Impostazioni, Squadra, dopo averne controllato l&apos;impronta di persona. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} was addressed to another vault and re-encrypted to this one. It was not added.</source>
        <translation>{0} era indirizzato a un altro archivio ed è stato cifrato di nuovo per questo. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} is older than a bundle of the same colleague and period already merged here (a replay): ask for the newest one. It was not added.</source>
        <translation>{0} è più vecchio di un pacchetto dello stesso collega e periodo già unito qui (un pacchetto riproposto): chiedi il più recente. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} is damaged or was altered: its encryption or signature does not check out. It was not added: ask for a new copy.</source>
        <translation>{0} è danneggiato o è stato alterato: la cifratura o la firma non tornano. Non è stato aggiunto: chiedine una nuova copia.</translation>
    </message>
    <message>
        <source>{0} is an unsealed bundle from an older version of Ripartire: ask for a sealed one. It was not added.</source>
        <translation>{0} è un pacchetto non sigillato di una versione precedente di Ripartire: chiedine uno sigillato. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} cannot be merged ({1}).</source>
        <translation>{0} non può essere unito ({1}).</translation>
    </message>
    <message>
        <source>{0} was written by a newer version of Ripartire: update Ripartire to read it. It was not added.</source>
        <translation>{0} è stato scritto da una versione più recente di Ripartire: aggiorna Ripartire per leggerlo. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>Nothing was written: {0}</source>
        <translation>Non è stato scritto nulla: {0}</translation>
    </message>
    <message>
        <source>{0} is not a Ripartire summary bundle. It was not added.</source>
        <translation>{0} non è un pacchetto di riepilogo di Ripartire. Non è stato aggiunto.</translation>
    </message>
    <message>
        <source>{0} is damaged or was altered ({1}). It was not added: ask for a new copy.</source>
        <translation>{0} è danneggiato o è stato alterato ({1}). Non è stato aggiunto: chiedine una nuova copia.</translation>
    </message>
    <message>
        <source>{0} could not be read ({1}). It was not added.</source>
        <translation>Non è stato possibile leggere {0} ({1}). Non è stato aggiunto.</translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <source>Restore the most recent backup (Settings, Restore…).</source>
        <translation>Ripristina il backup più recente (Impostazioni, Ripristina…).</translation>
    </message>
    <message>
        <source>This file is not a Ripartire backup, or it is damaged (truncated, altered or made by a newer version of Ripartire). Nothing was changed: choose another backup.</source>
        <translation>Questo file non è un backup di Ripartire, oppure è danneggiato (troncato, alterato o creato da una versione più recente di Ripartire). Non è stato cambiato nulla: scegli un altro backup.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the data cannot be opened.</source>
        <translation>Manca il file della chiave dell&apos;archivio, quindi i dati non si possono aprire.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged, so the data cannot be opened.</source>
        <translation>Il file della chiave dell&apos;archivio è danneggiato, quindi i dati non si possono aprire.</translation>
    </message>
    <message>
        <source>The vault&apos;s data file is missing from its folder.</source>
        <translation>Il file dei dati dell&apos;archivio non è nella sua cartella.</translation>
    </message>
    <message>
        <source>The data file in the vault&apos;s folder does not belong to this vault (it was replaced by another file).</source>
        <translation>Il file dei dati nella cartella dell&apos;archivio non appartiene a questo archivio (è stato sostituito da un altro file).</translation>
    </message>
    <message>
        <source>The vault&apos;s data file is truncated (cut short).</source>
        <translation>Il file dei dati dell&apos;archivio è troncato (incompleto).</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Ripartire: update the app to open it.</source>
        <translation>Questo archivio è stato scritto da una versione più recente di Ripartire: aggiorna l&apos;app per aprirlo.</translation>
    </message>
    <message>
        <source>The vault&apos;s data file is damaged and cannot be read.</source>
        <translation>Il file dei dati dell&apos;archivio è danneggiato e non si può leggere.</translation>
    </message>
    <message>
        <source>A file of the vault is damaged.</source>
        <translation>Un file dell&apos;archivio è danneggiato.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space or use another drive.</source>
        <translation>Il disco è pieno: non è stato scritto nulla. Libera un po&apos; di spazio o usa un&apos;altra unità.</translation>
    </message>
    <message>
        <source>The drive is read-only (a write-protected USB stick?): nothing was written.</source>
        <translation>L&apos;unità è di sola lettura (una chiavetta USB protetta da scrittura?): non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Permission denied: Ripartire may not write or read there. Choose another folder.</source>
        <translation>Permesso negato: Ripartire non può scrivere o leggere lì. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The file or folder is no longer there (was the USB stick removed?).</source>
        <translation>Il file o la cartella non c&apos;è più (la chiavetta USB è stata rimossa?).</translation>
    </message>
    <message>
        <source>A file with that name already exists: nothing was overwritten.</source>
        <translation>Esiste già un file con quel nome: non è stato sovrascritto nulla.</translation>
    </message>
    <message>
        <source>The drive reported a read or write error (a failing or removed USB stick?).</source>
        <translation>L&apos;unità ha segnalato un errore di lettura o scrittura (una chiavetta USB guasta o rimossa?).</translation>
    </message>
    <message>
        <source>The file could not be read or written ({0}).</source>
        <translation>Non è stato possibile leggere o scrivere il file ({0}).</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {0} seconds.</source>
        <translation>Troppi tentativi errati: riprova tra {0} secondi.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key: check each group of four characters against the recovery sheet.</source>
        <translation>Questa non è una chiave di recupero valida: controlla ogni gruppo di quattro caratteri sul foglio di recupero.</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key: nothing was changed. Check the keyboard layout and Caps Lock.</source>
        <translation>Frase segreta o chiave di recupero errata: non è stato cambiato nulla. Controlla la disposizione della tastiera e il Bloc Maiusc.</translation>
    </message>
    <message>
        <source>A vault already exists in that folder: nothing was changed.</source>
        <translation>Esiste già un archivio in quella cartella: non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The vault is locked: unlock it and try again.</source>
        <translation>L&apos;archivio è bloccato: sbloccalo e riprova.</translation>
    </message>
    <message>
        <source>There is no vault in that folder yet.</source>
        <translation>In quella cartella non c&apos;è ancora un archivio.</translation>
    </message>
    <message>
        <source>Unexpected error ({0}): nothing more is known. Please report it.</source>
        <translation>Errore imprevisto ({0}): non si sa altro. Per favore, segnalalo.</translation>
    </message>
</context>
<context>
    <name>describe_status_error</name>
    <message>
        <source>{0} was made for other vaults: this vault cannot open it. Ask the coordinator to add you to their team list and send a new status.</source>
        <translation>{0} è stato preparato per altri archivi: questo archivio non può aprirlo. Chiedete a chi coordina di aggiungervi all&apos;elenco del gruppo e di inviare uno stato nuovo.</translation>
    </message>
    <message>
        <source>{0} is signed by a vault that is not in your team list (or was removed from it): it was not loaded.</source>
        <translation>{0} è firmato da un archivio che non è nell&apos;elenco del vostro gruppo (o che ne è stato tolto): non è stato caricato.</translation>
    </message>
    <message>
        <source>{0} is signed by a colleague who is not the coordinator in your team list: only the coordinator&apos;s status is loaded.</source>
        <translation>{0} è firmato da una persona del gruppo che nel vostro elenco non ha il ruolo di coordinamento: si carica solo lo stato inviato da chi coordina.</translation>
    </message>
    <message>
        <source>{0} is older than the project status already loaded (a replay): ask the coordinator for the newest. Nothing changed.</source>
        <translation>{0} è più vecchio dello stato del progetto già caricato (un file riproposto): chiedete a chi coordina quello più recente. Non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{0} is already loaded: nothing changed.</source>
        <translation>{0} è già caricato: non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{0} was addressed to other vaults and re-encrypted to this one: it was not loaded.</source>
        <translation>{0} era indirizzato ad altri archivi ed è stato cifrato di nuovo per questo: non è stato caricato.</translation>
    </message>
    <message>
        <source>{0} is damaged or was altered: its encryption or signature does not check out. Ask for a new copy; nothing changed.</source>
        <translation>{0} è danneggiato o è stato alterato: la cifratura o la firma non corrispondono. Chiedetene una copia nuova; non è cambiato nulla.</translation>
    </message>
    <message>
        <source>{0} is not a Ripartire project status file.</source>
        <translation>{0} non è un file di stato del progetto di Ripartire.</translation>
    </message>
</context>
<context>
    <name>role_label</name>
    <message>
        <source>coordinator</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>operatore</translation>
    </message>
</context>
</TS>
