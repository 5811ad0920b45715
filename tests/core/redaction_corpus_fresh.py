# ruff: noqa: E501 (one fragment per line reads best; they are data, not code)
"""A second, FRESH corpus of counsellor notes, written before the redaction rules of issue 12
were tuned (committed on its own, ahead of any change to privacy/redaction), so that the figures
measured on it are not flattered by the tuning.

Everything here is FICTIONAL: people, phone numbers (reserved or invented), tax codes and IBANs
(made up, with valid check characters), card numbers (test numbers that pass Luhn), documents,
number plates. Markup as in redaction_corpus.py: `{KIND:text}` must be redacted, KIND one of
NOME, TELEFONO, EMAIL, CF, IBAN, INDIRIZZO, CODICE, CARTA (payment card), DOCUMENTO (identity
card, passport, driving licence), NASCITA (a date of birth), TARGA (number plate), PROTOCOLLO
(a protocol number of an ISEE/DSU/ADI/INPS file); `{ALTRO:text}` is a third party the vault does
not know (counted apart). HARD_NEGATIVES hold text that must come out unchanged: ordinary words
that are also names of these families, dates that are not births, amounts, courses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FAMILIES: dict[str, list[str]] = {
    "bianco": [
        "Rosa", "Bianco", "Rosa Bianco", "Marco", "Bianco", "Marco Bianco", "Luce", "Bianco",
        "Luce Bianco", "348 765 1290", "+39 02 4567 8910", "rosa.bianco77@tiscali.it",
        "Via Garibaldi 14, Gorgonzola", "BNCRSO77M52E970Q", "BNCMRC75A01F205I",
    ],
    "dellacqua": [
        "Giovanni", "Dell'Acqua", "Giovanni Dell'Acqua", "Maria Rosa", "Dell'Acqua",
        "Maria Rosa Dell'Acqua", "+39 333 908 7766", "g.dellacqua@alice.it",
        "Corso Italia 12, Melzo", "DLLGNN70C10F205E", "DLLMRS72D50F205L",
    ],
    "dalsole": [
        "Francesco", "Dal Sole", "Francesco Dal Sole", "Serena", "Ferraro", "Serena Ferraro",
        "0039 349 112 2334", "francesco.dalsole@gmail.com", "Via Matteotti 3, Cassina de' Pecchi",
        "SLEFNC80E15H501R",
    ],
    "okonkwo": [
        "Chinonye", "Okonkwo", "Chinonye Okonkwo", "Emeka", "Okonkwo", "Emeka Okonkwo",
        "+234 803 123 4567", "351 998 7654", "chinonye.ok@yahoo.com",
        "Via Leonardo da Vinci 7, Pioltello", "OKNCHN91B47Z335I",
    ],
    "hassan": [
        "Karim", "Hassan", "Karim Hassan", "Samira", "Benali", "Samira Benali",
        "+212 6 61 23 45 67", "+39 320 445 5667", "karim.hassan86@outlook.com",
        "Piazza della Repubblica 9, Segrate", "HSSKRM86P20Z352U",
    ],
    "verdi": [
        "Paola", "Verdi", "Paola Verdi", "02 8765 4321", "paola.verdi@libero.it",
        "Largo Donegani 5, Milano", "VRDPLA94H41F205S",
    ],
    "nessuna": [],
}  # fmt: skip

CORPUS: list[tuple[str, str]] = [
    # --- known names, in every case and spacing ---------------------------------------------
    ("bianco", "Colloquio con {NOME:Rosa Bianco} e il marito {NOME:Marco}."),
    ("bianco", "{NOME:BIANCO ROSA} firma il patto di servizio."),
    ("bianco", "La piccola {NOME:Luce} ha iniziato la scuola dell'infanzia."),
    ("bianco", "{NOME:luce} ha la febbre, la mamma rimanda l'incontro."),
    ("bianco", "Il sig. {NOME:bianco} cerca lavoro come magazziniere."),
    ("bianco", "{NOME:Marco B.} ha portato la busta paga di febbraio."),
    ("dellacqua", "{NOME:Giovanni Dell'Acqua} è in cassa integrazione da marzo."),
    ("dellacqua", "La signora {NOME:Rosa} chiede aiuto per la mensa scolastica."),
    ("dellacqua", "{NOME:DELL ACQUA} non si è presentato all'appuntamento."),
    ("dellacqua", "Presente anche {NOME:Maria Rosa}, la moglie."),
    ("dellacqua", "Il sig. {NOME:Dellacqua} riferisce debiti con la finanziaria."),
    ("dellacqua", "Parlato con {NOME:Giovanni} e {NOME:Rosa} insieme."),
    ("dalsole", "{NOME:Francesco Dal Sole} arriva su segnalazione del parroco."),
    ("dalsole", "Il sig. {NOME:Sole} ha perso il lavoro in tipografia."),
    ("dalsole", "{NOME:DAL SOLE FRANCESCO} ha rinnovato la DID al centro per l'impiego."),
    ("dalsole", "La compagna {NOME:Serena Ferraro} lavora part-time in un bar."),
    ("dalsole", "{NOME:serena} chiede informazioni sul bonus nido."),
    ("okonkwo", "{NOME:Chinonye} racconta di essere arrivata nel 2019."),
    ("okonkwo", "Il marito {NOME:Emeka Okonkwo} ha un contratto a chiamata."),
    ("okonkwo", "{NOME:OKONKWO} chiede un corso di italiano per il marito."),
    ("okonkwo", "Con {NOME:Chinonye O.} abbiamo compilato il bilancio familiare."),
    ("hassan", "{NOME:Karim Hassan} e {NOME:Samira Benali} si presentano con i tre figli."),
    ("hassan", "{NOME:Samira} vorrebbe un tirocinio in una mensa."),
    ("hassan", "Il sig. {NOME:hassan} ha portato il contratto d'affitto."),
    ("hassan", "{NOME:K. Hassan} non ha ancora il permesso rinnovato."),
    ("verdi", "{NOME:Paola Verdi}, madre sola, chiede il contributo affitto."),
    ("verdi", "{NOME:VERDI PAOLA} rinuncia al percorso per trasferimento."),
    ("verdi", "{NOME:Paola} ha trovato lavoro come addetta alle pulizie."),
    # --- third parties the vault does not know -----------------------------------------------
    ("bianco", "Segnalata dalla vicina, la signora {ALTRO:Marchetti}."),
    ("okonkwo", "Il datore di lavoro, sig. {ALTRO:Galbiati}, non ha pagato l'ultimo mese."),
    ("hassan", "L'assistente sociale dott.ssa {ALTRO:Colombo} seguirà la pratica."),
    ("verdi", "L'ex marito {ALTRO:Fabio Moretti} non versa il mantenimento."),
    ("nessuna", "Ha chiamato la sig.ra {ALTRO:Rota} per conto della figlia."),
    # --- phone numbers: Italian and foreign, every spacing ------------------------------------
    ("bianco", "Cellulare {TELEFONO:348 765 1290}, fisso {TELEFONO:02 4567 8910}."),
    ("bianco", "Nuovo numero di {NOME:Marco}: {TELEFONO:339 22 33 441}."),
    ("bianco", "Richiamare al {TELEFONO:348.765.12.90} dopo le 18."),
    ("dellacqua", "Tel. {TELEFONO:333-908-7766} (solo messaggi)."),
    ("dellacqua", "Numero della figlia: {TELEFONO:3471239876}."),
    ("dalsole", "Contatto: {TELEFONO:+39 349 112 2334}, anche WhatsApp."),
    ("dalsole", "Fisso dei nonni {TELEFONO:0295 123456}."),
    ("okonkwo", "Il fratello in Nigeria risponde al {TELEFONO:+234 803 123 4567}."),
    (
        "okonkwo",
        "Cell. italiano {TELEFONO:351 998 7654}, numero nigeriano {TELEFONO:00234 805 555 0199}.",
    ),
    ("hassan", "La madre in Marocco: {TELEFONO:+212 6 61 23 45 67}."),
    ("hassan", "Numero marocchino scritto con i punti: {TELEFONO:+212.661.234.567}."),
    ("hassan", "Telefono di {NOME:Samira}: {TELEFONO:320 445 5667}."),
    ("verdi", "Ufficio della signora: {TELEFONO:02 8765 4321}, interno 12."),
    ("nessuna", "Il cugino in Romania: {TELEFONO:0040 744 123 456}."),
    ("nessuna", "Numero tedesco lasciato al centralino: {TELEFONO:+49 151 2345 6789}."),
    ("nessuna", "Zia a Londra, {TELEFONO:+44 7700 900123}."),
    ("nessuna", "Numero francese: {TELEFONO:+33 6 12 34 56 78}."),
    ("nessuna", "Lo zio in Perù risponde al {TELEFONO:+51 987 654 321}."),
    ("nessuna", "Albania: {TELEFONO:+355 69 234 5678}."),
    ("nessuna", "Cell {TELEFONO:328/4455667}."),
    ("nessuna", "Fisso a Roma {TELEFONO:06 1234 5678}, cellulare {TELEFONO:366 1234567}."),
    ("nessuna", "Chiamata dal {TELEFONO:011.4567890} (Torino)."),
    ("nessuna", "Il suo numero è {TELEFONO:0039-345-6789012}."),
    ("nessuna", "Recapito in Ucraina {TELEFONO:+380 (67) 765 43 21}."),
    ("nessuna", "Numero: {TELEFONO:(0521) 234567}."),
    ("nessuna", "Scrivere al {TELEFONO:+1 415 555 0134} (fratello negli Stati Uniti)."),
    ("nessuna", "Cellulare cinese del marito: {TELEFONO:+86 139 1234 5678}."),
    ("nessuna", "Lasciato il numero {TELEFONO:389 123 45 67} alla reception."),
    # --- e-mail addresses, also written out ----------------------------------------------------
    ("bianco", "Mail: {EMAIL:rosa.bianco77@tiscali.it}."),
    ("dellacqua", "Scrive da {EMAIL:G.DellAcqua@Alice.it}."),
    ("dalsole", "Il suo indirizzo è {EMAIL:francesco punto dalsole chiocciola gmail punto com}."),
    ("okonkwo", "Email: {EMAIL:chinonye.ok at yahoo.com}."),
    ("hassan", "Mandare i moduli a {EMAIL:karim.hassan86 [at] outlook [dot] com}."),
    ("verdi", "Mail personale {EMAIL:paola.verdi@libero.it}, PEC non disponibile."),
    ("nessuna", "Indirizzo: {EMAIL:mario punto rossi chiocciola gmail punto com}."),
    ("nessuna", "Scrivere a {EMAIL:luca_b chiocciola hotmail.it} per conferma."),
    ("nessuna", "Contatto mail {EMAIL:giulia.neri(at)virgilio(punto)it}."),
    ("nessuna", "Mail della scuola per la figlia: {EMAIL:f.costa2010@gmail.com}."),
    ("nessuna", "La mail è {EMAIL:anna_rizzo @ yahoo.it}."),
    ("nessuna", "Email scritta sul foglio: {EMAIL:tommaso.gatti AT libero.it}."),
    # --- tax codes -------------------------------------------------------------------------------
    ("bianco", "CF di {NOME:Rosa}: {CF:BNCRSO77M52E970Q}."),
    ("bianco", "Codice fiscale del marito {CF:bncmrc75a01f205i}."),
    ("dellacqua", "CF {CF:DLL GNN 70C10 F205E} copiato dalla tessera sanitaria."),
    ("okonkwo", "Codice fiscale: {CF:OKNCHN91B47Z335I}."),
    ("nessuna", "Il CF del figlio è {CF:VRDPLA94H41F205S}."),
    # --- IBAN ------------------------------------------------------------------------------------
    ("bianco", "IBAN per il contributo: {IBAN:IT37 X030 6909 6061 0000 0063 217}."),
    ("dellacqua", "Conto {IBAN:IT34Q0200801633000100123456} intestato alla moglie."),
    ("dalsole", "Iban scritto a mano: {IBAN:it34 q 02008 01633 000100123456}."),
    ("hassan", "Conto marocchino {IBAN:MA64 0115 1900 0001 2050 0053 4921}, non utilizzabile."),
    ("nessuna", "Conto spagnolo {IBAN:ES91-2100-0418-4502-0005-1332}."),
    ("nessuna", "IBAN polacco {IBAN:PL61 1090 1014 0000 0712 1981 2874}."),
    ("nessuna", "Bonifico sull'IBAN {IBAN:IT37X 03069 09606 100000063217}."),
    ("nessuna", "IBAN {IBAN:IT 37 X 03069 09606 1000 0006 3217} (Intesa)."),
    # --- payment cards ---------------------------------------------------------------------------
    ("bianco", "Carta prepagata {CARTA:5354 2000 1234 5671} per ricevere il bonus."),
    ("dalsole", "Postepay n. {CARTA:4023-6009-1234-5677}."),
    ("okonkwo", "Ha dato il numero di carta {CARTA:4917611234567897} per la ricarica."),
    ("nessuna", "Carta di credito {CARTA:3714 496353 98431} bloccata dalla banca."),
    ("nessuna", "Carta {CARTA:6011 0009 9013 9424} scaduta."),
    ("nessuna", "Numero carta: {CARTA:5454.5454.5454.5454}."),
    # --- identity documents ------------------------------------------------------------------
    ("bianco", "Carta d'identità n. {DOCUMENTO:AX 1234567} rilasciata dal Comune."),
    ("dellacqua", "CIE {DOCUMENTO:CA12345BC}, scade nel 2031."),
    ("dalsole", "Carta d'identità elettronica {DOCUMENTO:CA 00000 AA}."),
    ("okonkwo", "Passaporto nigeriano {DOCUMENTO:A12345678}."),
    ("hassan", "Passaporto n. {DOCUMENTO:YA1234567}, valido."),
    ("hassan", "Patente {DOCUMENTO:U1A234567B} del marito."),
    ("verdi", "Patente di guida {DOCUMENTO:MI2345678X}, categoria B."),
    ("nessuna", "Documento: carta d'identità {DOCUMENTO:AU 7654321}."),
    ("nessuna", "Passaporto italiano {DOCUMENTO:YB7654321} in rinnovo."),
    ("nessuna", "Numero CIE {DOCUMENTO:CB98765DE}."),
    ("nessuna", "Patente n. {DOCUMENTO:U17654321Z}."),
    # --- dates of birth ----------------------------------------------------------------------
    ("bianco", "{NOME:Luce} è nata il {NASCITA:12/03/2019}."),
    ("dellacqua", "{NOME:Giovanni}, nato il {NASCITA:10 marzo 1970}, ex operaio."),
    ("dalsole", "Data di nascita: {NASCITA:15.05.1980}."),
    ("okonkwo", "{NOME:Emeka} nato a Lagos il {NASCITA:3/7/1988}."),
    ("hassan", "Il figlio minore, nato il {NASCITA:02-11-2021}, frequenta il nido."),
    ("verdi", "Nata il {NASCITA:1 giugno 1994} a Milano."),
    ("nessuna", "d.o.b. {NASCITA:14/02/1976}."),
    ("nessuna", "Born {NASCITA:5 April 1990}."),
    ("nessuna", "Luogo e data di nascita: Tirana, {NASCITA:20/08/1985}."),
    ("nessuna", "La figlia (nata il {NASCITA:7.9.2015}) ha bisogno di un logopedista."),
    ("nessuna", "Nascita: {NASCITA:30 gennaio 2002}."),
    # --- number plates -----------------------------------------------------------------------
    ("bianco", "Auto del marito, targa {TARGA:FG 123 HJ}, da vendere."),
    ("dalsole", "Multa sull'auto {TARGA:EX456TR} non pagata."),
    ("nessuna", "Auto targata {TARGA:AB 123 CD} intestata al padre."),
    ("nessuna", "Il furgone {TARGA:GH-789-KL} è in fermo amministrativo."),
    # --- protocol numbers ----------------------------------------------------------------------
    ("bianco", "ISEE protocollo {PROTOCOLLO:INPS-ISEE-2025-00123456A-00} presentato al CAF."),
    ("dellacqua", "DSU n. {PROTOCOLLO:INPS-ISEE-2026-12345678B-01} in lavorazione."),
    ("dalsole", "Domanda ADI n. {PROTOCOLLO:1234567890}, in attesa."),
    ("okonkwo", "Protocollo {PROTOCOLLO:2026/004567} del Comune per il contributo affitto."),
    ("hassan", "Domanda INPS prot. {PROTOCOLLO:INPS.5500.12/03/2026.0123456}."),
    ("verdi", "Numero di protocollo: {PROTOCOLLO:PG 0045678/2026}."),
    ("nessuna", "ADI: domanda {PROTOCOLLO:ADI-2025-0099887} accolta."),
    ("nessuna", "Protocollo DSU {PROTOCOLLO:INPS-ISEE-2025-99887766C-00}."),
    # --- addresses ----------------------------------------------------------------------------
    ("bianco", "Abitano in {INDIRIZZO:via Garibaldi 14}, a Gorgonzola."),
    ("dellacqua", "Indirizzo: {INDIRIZZO:Corso Italia 12}, terzo piano."),
    ("dellacqua", "Casa in {INDIRIZZO:c.so Italia n. 12}."),
    ("dalsole", "Si sono trasferiti in {INDIRIZZO:Corso Buenos Aires 45}."),
    ("okonkwo", "Vivono in {INDIRIZZO:via Leonardo da Vinci 7}."),
    ("hassan", "Domicilio: {INDIRIZZO:Piazza della Repubblica 9}."),
    ("verdi", "Nuovo indirizzo {INDIRIZZO:Largo Donegani 5}."),
    ("nessuna", "Ospiti di un parente in {INDIRIZZO:Via Monte Grappa 21}."),
    ("nessuna", "Abita in {INDIRIZZO:viale Lombardia, 88}."),
    ("nessuna", "Residenza in {INDIRIZZO:Corso Garibaldi 7/A}."),
    # --- family codes --------------------------------------------------------------------------
    ("nessuna", "Fascicolo {CODICE:RIP-2026-031} riaperto."),
    ("bianco", "Unita al fascicolo {CODICE:RIP 2025 114}."),
    # --- more of the rarer kinds, mixed ------------------------------------------------------
    (
        "verdi",
        "Carta {CARTA:4023 6009 1234 5677} e IBAN {IBAN:IT34 Q020 0801 6330 0010 0123 456} della stessa banca.",
    ),
    ("hassan", "Il sig. {NOME:Hassan} ha la carta RdC n. {CARTA:5354200012345671}."),
    ("nessuna", "Carta bancomat {CARTA:4917 6112 3456 7897} smarrita il 3 marzo."),
    ("okonkwo", "Auto usata {TARGA:DZ 987 MN} comprata da un conoscente."),
    ("nessuna", "Targa {TARGA:CV234LP}, assicurazione scaduta."),
    ("dalsole", "Codice fiscale {CF:SLE FNC 80E15 H501R} e tessera sanitaria in regola."),
    ("verdi", "{NOME:Paola} ({CF:vrdpla94h41f205s}) ha firmato il consenso."),
    ("nessuna", "Il padre, {CF:OKNCHN91B47Z335I}, è irreperibile."),
    ("dellacqua", "Codice famiglia {CODICE:RIP-2024-007} nella lettera del Comune."),
    ("nessuna", "Vedi anche {CODICE:rip-2026-142}."),
    ("okonkwo", "ISEE: protocollo {PROTOCOLLO:INPS-ISEE-2026-00998877D-00}, valore 3.200 euro."),
    ("nessuna", "INPS: domanda n. {PROTOCOLLO:202600123456} per l'assegno unico."),
    ("hassan", "Trasferiti da {INDIRIZZO:piazza della Repubblica, 9} a una casa ALER."),
    ("nessuna", "Lavora in un negozio di {INDIRIZZO:Corso Vittorio Emanuele 15}."),
    ("bianco", "{NOME:Rosa} e {NOME:Luce} abitano dalla nonna in {INDIRIZZO:via Roma 3}."),
    ("nessuna", "Telefono {TELEFONO:347 12 34 567} ed email {EMAIL:s.moretti@gmail.com}."),
]

HARD_NEGATIVES: list[tuple[str, str]] = [
    # ordinary words that are also parts of these families' names, in lower case
    ("dellacqua", "In casa non hanno acqua calda da due settimane."),
    ("dellacqua", "La bambina voleva uno zaino rosa per la scuola."),
    ("dalsole", "Consigliato di portare i bambini al parco quando c'è il sole."),
    ("dalsole", "Pannelli a energia solare: il Comune ha un bando."),
    ("okonkwo", "Bolletta della luce di 180 euro, scaduta."),
    ("hassan", "Il frigorifero è bianco e funziona ancora."),
    ("nessuna", "Chiesto aiuto per la bolletta della luce e dell'acqua."),
    ("nessuna", "Buoni spesa per frutta, verdura e vino bianco no."),
    ("nessuna", "Consegnato un mazzo di fiori: rose rosa per la festa della mamma."),
    # courses and other street-like words
    ("nessuna", "Iscritta al corso di italiano per stranieri, 2 volte a settimana."),
    ("nessuna", "Il corso per OSS dura 1000 ore."),
    ("nessuna", "Pratica in corso di valutazione da 3 settimane."),
    ("nessuna", "Nel corso del 2025 ha lavorato 4 mesi."),
    ("nessuna", "Il corso serale finisce alle 22."),
    ("nessuna", "Corso di alfabetizzazione: 40 ore, inizio a ottobre."),
    ("nessuna", "Frequenta il corso base 2 del CPIA."),
    ("nessuna", "È andato via da casa a 18 anni."),
    ("nessuna", "Ci siamo sentiti via mail 3 volte."),
    # dates that are not births, times, amounts, ordinary numbers
    ("nessuna", "Appuntamento il 12/03/2026 alle 9:30."),
    ("nessuna", "Colloquio del 4 luglio 2025, durata 45 minuti."),
    ("nessuna", "Scadenza della bolletta: 15.04.2026."),
    ("nessuna", "Il contratto è stato firmato il 01/02/2026 e dura 12 mesi."),
    ("nessuna", "Bolletta da 1.250,00 euro, rateizzata in 10 rate."),
    ("nessuna", "ISEE 2026 di 6.780,45 euro."),
    ("nessuna", "L'ISEE è di 4.350 euro; ADI di 500 euro al mese."),
    ("nessuna", "Affitto di 650 euro, arretrati di 1.950 euro."),
    ("nessuna", "Tre figli di 4, 7 e 12 anni."),
    ("nessuna", "Orari di lavoro 8-12 e 14-18, dal lunedì al venerdì."),
    ("nessuna", "Numero verde del Comune 800 123 456."),
    ("nessuna", "Ricevuta n. 2026-044 per il contributo di 120 euro."),
    ("nessuna", "Pagati 3 mesi di mensa, 85,50 euro ciascuno."),
    ("nessuna", "Lavora 20 ore settimanali per 780 euro netti."),
    ("nessuna", "Contributo di 1.200 euro in 2 rate, erogato il 15/01/2026."),
    ("nessuna", "Dal 2019 al 2023 ha lavorato in un'impresa di pulizie."),
    ("nessuna", "La domanda sarà valutata entro 30 giorni dal 10 marzo."),
    ("nessuna", "Codice ATECO 56.10.11, ristorazione."),
    ("nessuna", "CAP 20063, ufficio postale centrale."),
    ("nessuna", "Il bambino è in classe 2B, sezione A."),
    ("nessuna", "La madre ha 45 anni, il padre 48."),
    ("nessuna", "Modello F24 pagato per 230 euro."),
    ("nessuna", "Abitano al 3° piano senza ascensore."),
    ("nessuna", "Il bonus sociale copre il 30% della bolletta."),
    ("nessuna", "Prossimo colloquio lunedì 9 marzo alle 14.00."),
    ("nessuna", "Il figlio è nato prematuro ma ora sta bene."),
    ("nessuna", "Codice pratica AB12 3456 7890 1234 del gestore."),
    ("nessuna", "Tessera della biblioteca n. 1234 5678 9012 3456."),
    ("nessuna", "Ha lavorato per 7 anni in una ditta di trasporti."),
    ("nessuna", "La scuola ha chiesto 25 euro per la gita del 20 maggio."),
    ("nessuna", "Contratto CCNL multiservizi livello 2, 1.100 euro lordi."),
]


# Written after the rules were tuned on CORPUS and HARD_NEGATIVES, and measured before any
# further change: the honest estimate of how the rules do on notes they were not tuned on.
LATER: list[tuple[str, str]] = [
    ("bianco", "Telefonata di {NOME:Marco} dal numero {TELEFONO:348 7651290} alle 8:15."),
    (
        "bianco",
        "{NOME:rosa bianco} ha consegnato l'ISEE ({PROTOCOLLO:INPS-ISEE-2026-00554433E-00}).",
    ),
    ("bianco", "Per {NOME:Luce} serve il certificato del pediatra entro il 30/04/2026."),
    (
        "dellacqua",
        "{NOME:Giovanni} chiede di non chiamare sul fisso ma al {TELEFONO:+39 333 9087766}.",
    ),
    ("dellacqua", "Rubinetto rotto: la casa è senza acqua da venerdì, avvisato il proprietario."),
    ("dellacqua", "{NOME:Maria Rosa D.} è nata il {NASCITA:10/04/1972} a Bergamo."),
    ("dalsole", "Scrivere a {EMAIL:francesco.dalsole at gmail dot com} per il promemoria."),
    ("dalsole", "{NOME:Serena} porterà la carta d'identità n. {DOCUMENTO:CA54321FG}."),
    (
        "dalsole",
        "Trasloco da {INDIRIZZO:via Matteotti 3} a un bilocale in {INDIRIZZO:Corso Europa 101}.",
    ),
    ("okonkwo", "{NOME:Emeka} ha ricevuto un messaggio dal {TELEFONO:0039 351 998 76 54}."),
    ("okonkwo", "Permesso di soggiorno n. {DOCUMENTO:I00123456} in scadenza a giugno."),
    ("okonkwo", "Nel corso dell'incontro {NOME:Chinonye} ha pianto."),
    ("hassan", "Bonifico all'IBAN {IBAN:IT60 X054 2811 1010 0000 0123 456} di {NOME:Samira B.}."),
    ("hassan", "La suocera in Tunisia: {TELEFONO:+216 20 123 456}."),
    ("hassan", "{NOME:Karim} ha l'auto ferma, targa {TARGA:EF 321 GH}, per l'assicurazione."),
    (
        "verdi",
        "{NOME:Paola V.} lavora dalle 6 alle 10 in un'impresa di pulizie di {INDIRIZZO:viale Monza 140}.",
    ),
    ("verdi", "Il suo nuovo cellulare è {TELEFONO:371 223 3445}."),
    ("verdi", "Codice fiscale della figlia: {CF:VRDSFO15E41F205W}."),
    ("nessuna", "Il sig. {ALTRO:Brambilla} (padrone di casa) ha chiesto lo sfratto."),
    ("nessuna", "Mail: {EMAIL:giorgia.fontana at alice punto it}."),
    ("nessuna", "Recapito: {TELEFONO:+40 (0)744 555 666}."),
    ("nessuna", "Carta Postepay Evolution {CARTA:4023 6009 0000 0007}."),
    ("nessuna", "Domanda ADI protocollo n. {PROTOCOLLO:ADI2026-0012345}."),
    ("nessuna", "Data di nascita del padre: {NASCITA:3 marzo 1968}."),
    ("nessuna", "Patente {DOCUMENTO:BG1234567Z} sospesa per punti."),
    ("nessuna", "Scrive la scuola: {EMAIL:segreteria.ic.verdi@istruzione.it}."),
    ("nessuna", "Nel 2024 ha fatto un corso da 200 ore per magazziniere."),
    ("nessuna", "Il corso di italiano A2 è il lunedì e il giovedì."),
    ("nessuna", "Appuntamento al CAF il 15 maggio 2026 alle 10."),
    ("nessuna", "Bolletta della luce di 320 euro, ISEE sotto 9.530 euro."),
    ("nessuna", "Il marito è nato in Egitto, la moglie in Perù."),
    ("nessuna", "Ha chiamato dal centralino del Comune, interno 214."),
    ("nessuna", "La figlia frequenta la 3A della scuola primaria."),
    ("nessuna", "Affitto 700 euro, 3 mensilità arretrate (2.100 euro)."),
    ("nessuna", "Sentito il numero verde 800 01 02 03 per la rateizzazione."),
]


KINDS = (
    "NOME", "TELEFONO", "EMAIL", "CF", "IBAN", "INDIRIZZO", "CODICE", "CARTA", "DOCUMENTO",
    "NASCITA", "TARGA", "PROTOCOLLO",
)  # fmt: skip
_MARK = re.compile(r"\{(" + "|".join(KINDS) + r"|ALTRO):([^{}]*)\}")


@dataclass(frozen=True)
class Fragment:
    family: str
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, kind) in `text`

    @property
    def identifiers(self) -> list[str]:
        return FAMILIES[self.family]


def parse(family: str, marked: str) -> Fragment:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    last = length = 0
    for m in _MARK.finditer(marked):
        before = marked[last : m.start()]
        out.append(before)
        length += len(before)
        spans.append((length, length + len(m.group(2)), m.group(1)))
        out.append(m.group(2))
        length += len(m.group(2))
        last = m.end()
    out.append(marked[last:])
    return Fragment(family, "".join(out), spans)


def fresh_fragments() -> list[Fragment]:
    return [parse(family, marked) for family, marked in CORPUS]


def later_fragments() -> list[Fragment]:
    return [parse(family, marked) for family, marked in LATER]


def hard_negatives() -> list[Fragment]:
    return [parse(family, text) for family, text in HARD_NEGATIVES]
