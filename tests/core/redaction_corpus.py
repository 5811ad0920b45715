# ruff: noqa: E501 (one fragment per line reads best; they are data, not code)
"""A corpus of Italian note fragments, as counsellors write them, annotated for redaction.

Every person, number and address here is FICTIONAL (tax codes and IBANs are made up, with valid
check characters so the pattern checks can be exercised).

Markup: `{KIND:text}` marks what `redact` must remove, KIND being NOME, TELEFONO, EMAIL, CF, IBAN,
INDIRIZZO or CODICE. `{ALTRO:text}` marks a third party's name the vault does not know (a
neighbour, an employer): out of scope for `redact` (there is no name recogniser), counted apart
so docs/reports.md can say how often such names get through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The identifiers each family's vault record holds, as `IdentityRepository.identifiers` gives.
FAMILIES: dict[str, list[str]] = {
    "esposito": [
        "Anna", "Esposito", "Anna Esposito", "Luca", "Ferri", "Luca Ferri",
        "347 123 4567", "02 9234 5678", "anna.esposito85@libero.it",
        "Via Buonarroti 23, Cernusco sul Naviglio", "SPSNNA85M41C523M", "FRRLCU82B12F205U",
    ],
    "popescu": [
        "Ioana", "Popescu", "Ioana Popescu", "Mihai", "Popescu", "Mihai Popescu",
        "+40 721 555 019", "+39 320 987 6543", "ioana.popescu@yahoo.com",
        "Piazza Unità d'Italia 4/B, Cernusco sul Naviglio", "PPSNIO88E55Z129W",
    ],
    "elamrani": [
        "Fatima", "El Amrani", "Fatima El Amrani", "Youssef", "El Amrani", "Youssef El Amrani",
        "Amina", "El Amrani", "Amina El Amrani", "351 222 3344", "fatima.elamrani@gmail.com",
        "Via Giuseppe Mazzini 101, Cernusco sul Naviglio", "LMRFTM90A60Z330Q",
    ],
    "dangelo": [
        "Giuseppe", "D'Angelo", "Giuseppe D'Angelo", "Maria Teresa", "Colombo",
        "Maria Teresa Colombo", "0292101234", "mt.colombo@pec.it",
        "Corso Roma 8, Cernusco sul Naviglio", "DNGGPP79C03F839P", "CLMMTR81H47F205C",
    ],
    "nguyen": [
        "Thi Lan", "Nguyen", "Thi Lan Nguyen", "+39 333 4445566", "lan.nguyen@outlook.it",
        "Vicolo dei Mulini 3, Cernusco sul Naviglio", "NGYTHL87T52Z251A",
    ],
    "kovalenko": [
        "Olena", "Kovalenko", "Olena Kovalenko", "Dmytro", "Kovalenko", "Dmytro Kovalenko",
        "+380 67 123 4567", "olena.kov@ukr.net", "Via Fiume 17, Cernusco sul Naviglio",
        "KVLLNO83L60Z138W",
    ],
    "ricci": [
        "Sara", "Ricci", "Sara Ricci", "Paolo", "Brambilla", "Paolo Brambilla",
        "02 9230 1122", "339.876.5432", "sara.ricci91@gmail.com",
        "Largo Cavour 2, Cernusco sul Naviglio", "RCCSRA91D44C523D", "BRMPLA86R19F205C",
    ],
    "santos": [
        "Ana Lúcia", "Santos", "Ana Lúcia Santos", "Nicolás", "Santos", "Nicolás Santos",
        "+39 388 765 4321", "analucia.santos@hotmail.com", "Viale Assunta 55, Cernusco sul Naviglio",
        "SNTNLC84S53Z602U",
    ],
    "nessuna": [],  # a desk note before the family gave any name
}  # fmt: skip

CORPUS: list[tuple[str, str]] = [
    # --- esposito ---------------------------------------------------------------------------
    (
        "esposito",
        "Primo colloquio con la signora {NOME:Anna Esposito}, accompagnata dal compagno {NOME:Luca Ferri}.",
    ),
    (
        "esposito",
        "{NOME:Anna} riferisce che {NOME:Luca} ha perso il lavoro in magazzino a gennaio.",
    ),
    (
        "esposito",
        "La sig.ra {NOME:ESPOSITO} chiede di essere richiamata al {TELEFONO:347 1234567} dopo le 17.",
    ),
    (
        "esposito",
        "Recapito alternativo: {TELEFONO:02/92345678} (casa), oppure cell. {TELEFONO:347-123-45-67}.",
    ),
    (
        "esposito",
        "Mandato il modulo ISEE a {EMAIL:anna.esposito85@libero.it}, attendiamo risposta.",
    ),
    ("esposito", "Residenza: {INDIRIZZO:via Buonarroti 23}, secondo piano senza ascensore."),
    (
        "esposito",
        "Verificato il codice fiscale {CF:SPSNNA85M41C523M} per la domanda dell'assegno unico.",
    ),
    (
        "esposito",
        "Il CF del sig. {NOME:Ferri} ({CF:FRRLCU82B12F205U}) risulta corretto sul portale INPS.",
    ),
    (
        "esposito",
        "{NOME:anna} è molto preoccupata per l'affitto di marzo; il proprietario ha mandato un sollecito.",
    ),
    (
        "esposito",
        "Appuntamento fissato per il 14/03/2026 alle 10.30 in sede, con {NOME:Anna} e la mediatrice.",
    ),
    (
        "esposito",
        "Bonifico del contributo sull'IBAN {IBAN:IT60 X054 2811 1010 0000 0123 456} intestato a {NOME:Esposito Anna}.",
    ),
    (
        "esposito",
        "Il figlio maggiore (14 anni) frequenta la scuola media di {INDIRIZZO:via Dante}; nessun problema segnalato.",
    ),
    (
        "esposito",
        "{NOME:Luca Ferri} ha fatto domanda in due cooperative della zona, per ora senza risposta.",
    ),
    (
        "esposito",
        "Chiamato il {TELEFONO:+39 347 123 4567}: non risponde, lasciato messaggio in segreteria.",
    ),
    # --- popescu ------------------------------------------------------------------------------
    (
        "popescu",
        "{NOME:Ioana Popescu} arriva allo sportello su indicazione della parrocchia di {ALTRO:don Carlo}.",
    ),
    (
        "popescu",
        "{NOME:Mihai} lavora come muratore a chiamata, tre giorni alla settimana in media.",
    ),
    (
        "popescu",
        "Numero romeno del marito: {TELEFONO:+40 721 555 019}; in Italia usa il {TELEFONO:320 987 6543}.",
    ),
    (
        "popescu",
        "La famiglia {NOME:POPESCU} vive in {INDIRIZZO:piazza Unità d'Italia 4/B} da due anni.",
    ),
    ("popescu", "Inviata la lista dei documenti a {EMAIL:ioana.popescu@yahoo.com} e per WhatsApp."),
    ("popescu", "Il CF di {NOME:Ioana} è {CF:PPSNIO88E55Z129W}, nata in Romania."),
    (
        "popescu",
        "Il conto romeno {IBAN:RO55 RNCB 0082 0044 1123 0001} non può ricevere il contributo comunale.",
    ),
    (
        "popescu",
        "{NOME:ioana} chiede se il corso di italiano serale è gratuito: sì, iscritta per ottobre.",
    ),
    (
        "popescu",
        "Colloquio via Teams con {NOME:Mihai Popescu}, che è fuori per lavoro fino a venerdì.",
    ),
    ("popescu", "Telefono fisso non disponibile; recapito solo al {TELEFONO:0039 320 9876543}."),
    ("popescu", "{NOME:Popescu Mihai} ha portato la busta paga di febbraio: 640 euro netti."),
    (
        "popescu",
        "Sig.ra {NOME:Popescù} (scritto così sul modulo della scuola) conferma la presenza giovedì.",
    ),
    # --- el amrani ---------------------------------------------------------------------------
    ("elamrani", "{NOME:Fatima El Amrani} si presenta con la figlia {NOME:Amina}, 7 anni."),
    ("elamrani", "Il marito {NOME:Youssef} ha un contratto a termine che scade a fine aprile."),
    (
        "elamrani",
        "Abitano in {INDIRIZZO:Via Giuseppe Mazzini 101}, scala B, con un'altra famiglia.",
    ),
    (
        "elamrani",
        "Per le comunicazioni usare {EMAIL:fatima.elamrani@gmail.com} oppure il {TELEFONO:351.222.33.44}.",
    ),
    (
        "elamrani",
        "{NOME:Fatima} chiede aiuto per la bolletta del gas (312,40 euro) in scadenza il 20.",
    ),
    ("elamrani", "La signora {NOME:el amrani} ha frequentato due lezioni del corso per OSS."),
    ("elamrani", "{NOME:Amina El Amrani} è seguita dalla logopedista della ASL ogni martedì."),
    (
        "elamrani",
        "CF della richiedente: {CF:LMR FTM 90A60 Z330Q}, permesso di soggiorno in rinnovo.",
    ),
    (
        "elamrani",
        "{NOME:Youssef El-Amrani} ha portato il curriculum aggiornato; da rivedere insieme.",
    ),
    ("elamrani", "Fissato un incontro con la maestra di {NOME:Amina} e con l'assistente sociale."),
    ("elamrani", "Il datore di lavoro, {ALTRO:ditta Brivio}, ha confermato la proroga di un mese."),
    (
        "elamrani",
        "Contattata la famiglia al {TELEFONO:3512223344}: {NOME:Fatima} conferma l'appuntamento.",
    ),
    # --- d'angelo / colombo ------------------------------------------------------------------
    (
        "dangelo",
        "Il sig. {NOME:Giuseppe D’Angelo} è disoccupato da settembre dopo la chiusura del negozio.",
    ),
    ("dangelo", "{NOME:Maria Teresa Colombo} lavora part-time come addetta alle pulizie."),
    (
        "dangelo",
        "La moglie, {NOME:Maria Teresa}, preferisce essere chiamata sul fisso {TELEFONO:02 9210 1234}.",
    ),
    ("dangelo", "Indirizzo: {INDIRIZZO:C.so Roma 8}; il contratto d'affitto scade a giugno."),
    ("dangelo", "Documenti inviati via PEC a {EMAIL:mt.colombo@pec.it}."),
    (
        "dangelo",
        "{NOME:Dangelo} (senza apostrofo sul modulo) deve rinnovare la DID al Centro per l'impiego.",
    ),
    ("dangelo", "Codici fiscali: {CF:DNGGPP79C03F839P} e {CF:CLMMTR81H47F205C}."),
    ("dangelo", "{NOME:Giuseppe} ha debiti con il condominio per circa 1.800 euro."),
    (
        "dangelo",
        "I {NOME:Colombo-D'Angelo} hanno due figli di 9 e 12 anni, entrambi alla primaria di Cernusco.",
    ),
    ("dangelo", "Chiesto alla sig.ra {NOME:COLOMBO} di portare le ultime tre bollette della luce."),
    (
        "dangelo",
        "Ci vediamo in {INDIRIZZO:Piazza Matteotti} davanti al Comune, luogo neutro scelto da {NOME:Giuseppe}.",
    ),
    ("dangelo", "Il numero {TELEFONO:(02) 92101234} risulta staccato; aggiornare il recapito."),
    # --- nguyen ------------------------------------------------------------------------------
    ("nguyen", "{NOME:Thi Lan Nguyen} è arrivata in Italia nel 2015 e lavora in un ristorante."),
    ("nguyen", "La signora {NOME:Nguyen} chiede informazioni sul bonus asilo nido."),
    ("nguyen", "Recapiti: {TELEFONO:333 444 55 66}, {EMAIL:lan.nguyen@outlook.it}."),
    ("nguyen", "Vive in {INDIRIZZO:vicolo dei Mulini, 3} con il figlio di 4 anni."),
    ("nguyen", "{NOME:Lan} (si fa chiamare così) è in cerca di un lavoro con orari diurni."),
    ("nguyen", "Verificato il CF {CF:ngythl87t52z251a} sul tesserino sanitario."),
    ("nguyen", "{NOME:Thi-Lan} ha chiesto di spostare il colloquio al pomeriggio."),
    ("nguyen", "Il ristorante chiude per due mesi: {NOME:NGUYEN THI LAN} resterà senza stipendio."),
    ("nguyen", "Richiamare il {TELEFONO:+393334445566} per il modulo del Comune."),
    ("nguyen", "Accompagnata al CAF per la DSU; prossimo passo: domanda di assegno unico."),
    # --- kovalenko ---------------------------------------------------------------------------
    ("kovalenko", "{NOME:Olena Kovalenko} è arrivata dall'Ucraina con i due figli nel 2022."),
    ("kovalenko", "Il marito {NOME:Dmytro} è rimasto a Kharkiv; lo sentono ogni sera."),
    ("kovalenko", "Numero ucraino: {TELEFONO:+380 67 123 4567}, usato solo su WhatsApp."),
    ("kovalenko", "Per iscritto: {EMAIL:olena.kov@ukr.net} (legge meglio che parlare)."),
    ("kovalenko", "Alloggio in {INDIRIZZO:via Fiume n. 17} messo a disposizione dalla parrocchia."),
    (
        "kovalenko",
        "La sig.ra {NOME:KOVALENKO} ha un diploma di infermiera non riconosciuto in Italia.",
    ),
    (
        "kovalenko",
        "Avviata la pratica di riconoscimento del titolo; referente {ALTRO:dott.ssa Galli}.",
    ),
    ("kovalenko", "CF provvisorio: {CF:KVLLNO83L60Z138W}."),
    ("kovalenko", "{NOME:Olena} frequenta il corso di italiano A2 il lunedì e il giovedì."),
    (
        "kovalenko",
        "{NOME:Kovalenko Olena}: contributo di 250,00 € per le spese scolastiche dei figli.",
    ),
    # --- ricci / brambilla -------------------------------------------------------------------
    ("ricci", "{NOME:Sara Ricci} e {NOME:Paolo Brambilla}, due figli, lei in cassa integrazione."),
    (
        "ricci",
        "{NOME:Paolo} ha trovato un lavoro interinale di tre mesi in un magazzino a Pioltello.",
    ),
    ("ricci", "Contatti: {TELEFONO:339 876 5432} ({NOME:Sara}), fisso {TELEFONO:02.9230.1122}."),
    ("ricci", "Scrive sempre da {EMAIL:sara.ricci91@gmail.com}."),
    ("ricci", "Abitano in {INDIRIZZO:largo Cavour 2}, casa popolare, affitto in regola."),
    ("ricci", "{NOME:RICCI SARA} - CF {CF:RCCSRA91D44C523D}."),
    (
        "ricci",
        "Il sig. {NOME:Brambilla} ({CF:BRMPLA86R19F205C}) chiede se può accedere al microcredito.",
    ),
    (
        "ricci",
        "Pagato il saldo della mensa scolastica direttamente alla scuola (IBAN {IBAN:IT62Q0306909606100000063912}).",
    ),
    ("ricci", "{NOME:sara} racconta che i bambini hanno ripreso a dormire meglio."),
    ("ricci", "Chiamata ricevuta dal {TELEFONO:3398765432}: {NOME:Paolo} conferma il tirocinio."),
    ("ricci", "Consegnati buoni spesa per 150 € a {NOME:Sara Ricci}; firma sulla ricevuta n. 42."),
    # --- santos ------------------------------------------------------------------------------
    ("santos", "{NOME:Ana Lúcia Santos} è madre sola con un figlio di 6 anni, {NOME:Nicolás}."),
    ("santos", "{NOME:Ana Lucia} lavora come badante, ma la signora che assisteva è mancata."),
    ("santos", "Cellulare {TELEFONO:388 7654321}; e-mail {EMAIL:analucia.santos@hotmail.com}."),
    ("santos", "Domicilio in {INDIRIZZO:viale Assunta 55}, ospite di una connazionale."),
    ("santos", "{NOME:Nicolas} frequenta la prima elementare e ha bisogno del pre-scuola."),
    ("santos", "CF {CF:SNTNLC84S53Z602U}; passaporto brasiliano in corso di validità."),
    ("santos", "La signora {NOME:SANTOS} chiede un aiuto per l'abbonamento dei mezzi."),
    ("santos", "{NOME:Ana Lúcia} si è iscritta al corso per assistente familiare della Regione."),
    ("santos", "Il colloquio si è svolto in portoghese con la mediatrice {ALTRO:Beatriz}."),
    ("santos", "Proposto tirocinio in una RSA di {INDIRIZZO:Via Mazzini 12} a Vimodrone."),
    # --- patterns only, no identity on file ------------------------------------------------
    ("nessuna", "Telefonata anonima allo sportello: una madre chiede informazioni sul progetto."),
    ("nessuna", "Ha lasciato il numero {TELEFONO:340 112 2334} per essere richiamata."),
    (
        "nessuna",
        "Richiesta arrivata da {EMAIL:famiglia.verdi2019@gmail.com}, nessun nome indicato.",
    ),
    ("nessuna", "La persona abita in {INDIRIZZO:via Cavour, 41} e non conosce i servizi sociali."),
    ("nessuna", "Ha detto di chiamare il {TELEFONO:+39 02 9812 3456} solo in mattinata."),
    ("nessuna", "CF comunicato al telefono: {CF:SPSNNA85M41C523M}."),
    ("nessuna", "Secondo numero: {TELEFONO:0039 345 678 9012}; preferisce gli SMS."),
    ("nessuna", "Scrive da {EMAIL:m.bianchi@studenti.unimi.it} per conto della sorella."),
    ("nessuna", "Indirizzo di residenza: {INDIRIZZO:P.zza Gavazzi 3/A}, Cernusco sul Naviglio."),
    ("nessuna", "Il conto per il bonifico è {IBAN:IT85B0760101600001023456789}."),
    ("nessuna", "Vive in {INDIRIZZO:Alzaia Naviglio Martesana 14}, vicino al ponte."),
    ("nessuna", "Contatto tramite la mail {EMAIL:info.famiglia@libero.it} del cognato."),
    ("nessuna", "Numero fisso dichiarato: {TELEFONO:02-95140011}."),
    ("nessuna", "Chiede di non chiamare il {TELEFONO:347.998.1122} durante l'orario di lavoro."),
    ("nessuna", "Il padre lavora in {INDIRIZZO:via Torino 2} a Milano, turno di notte."),
    ("nessuna", "Codice famiglia {CODICE:RIP-2026-014}: aggiornata la scheda dopo il colloquio."),
    # --- nothing to redact: dates, amounts, places, services ---------------------------------
    ("nessuna", "Colloquio del 03/02/2026 alle 9.30, durata 50 minuti, in sede."),
    ("nessuna", "La bolletta della luce è di 1.250,00 euro per il bimestre; scadenza 15.04.2026."),
    (
        "nessuna",
        "La famiglia è seguita dai servizi sociali del Comune di Cernusco sul Naviglio dal 2021.",
    ),
    ("nessuna", "È andata via presto perché doveva prendere i bambini alle 16."),
    ("nessuna", "Contattata via WhatsApp 2 volte, nessuna risposta."),
    ("nessuna", "Iscritto a un corso di formazione di 3 mesi per carrellista."),
    ("nessuna", "Protocollo della domanda: {PROTOCOLLO:2026/000123}, presentata il 12 marzo."),
    ("nessuna", "ISEE di 4.350 euro; due minori di 5 e 8 anni; affitto 620 euro al mese."),
    ("nessuna", "Accompagnata in Piazza perché il mercato del sabato offre lavoretti saltuari."),
    ("nessuna", "Il CAF di via chiede una marca da bollo da 16 euro."),
    ("nessuna", "Percorso concluso: lavoro a tempo determinato per 12 mesi, 30 ore settimanali."),
    ("nessuna", "Proposta una borsa lavoro da 400 euro mensili per 6 mesi presso una cooperativa."),
    ("nessuna", "Il numero verde 800 123 456 del gestore non risponde mai."),
    ("nessuna", "Ricevuta n. 2026-017 per il contributo alle spese scolastiche (85,50 €)."),
    ("nessuna", "Prossimo appuntamento lunedì 9 alle 14.00, poi un incontro di verifica a giugno."),
]

# Written after the rules above were tuned and measured before any further change, so the
# figures for this part (docs/reports.md) are not flattered by the tuning.
LATER: list[tuple[str, str]] = [
    (
        "esposito",
        "Sig. {NOME:ESPÒSITO} al telefono: il {TELEFONO:347/1234567} è il suo nuovo numero.",
    ),
    ("esposito", "Scrivere in stampatello: {EMAIL:ANNA.ESPOSITO85@LIBERO.IT}."),
    ("esposito", "Recapito del compagno: tel {TELEFONO:02 92 34 56 78}."),
    ("esposito", "CF riportato a mano: {CF:spsnna 85m41 c523m}."),
    ("esposito", "{NOME:Anna E.} ha firmato il consenso per le statistiche anonime."),
    ("esposito", "IBAN in minuscolo sul modulo: {IBAN:it60x0542811101000000123456}."),
    ("popescu", "Visto {NOME:Mihai P.} in sede per il curriculum; {NOME:Ioana} non c'era."),
    ("popescu", "Cell. {TELEFONO:(+39) 320 987 6543}, numero estero {TELEFONO:+40-721-555-019}."),
    ("popescu", "Abitano in {INDIRIZZO:p.zza Unità d'Italia 4b} al terzo piano."),
    ("popescu", "Mail alternativa: {EMAIL:ioana.popescu(at)yahoo.com}."),
    ("elamrani", "{NOME:Fatima} e {NOME:Youssef} hanno chiesto un incontro insieme."),
    ("elamrani", "Nuovo indirizzo dopo lo sfratto: {INDIRIZZO:Via 25 Aprile 5}."),
    ("elamrani", "Ricordare a {NOME:El Amrani} di portare il permesso di soggiorno."),
    ("elamrani", "Il vecchio indirizzo era {INDIRIZZO:via G. Mazzini, 101}."),
    ("elamrani", "Numero: {TELEFONO:+39-351-2223344}."),
    ("dangelo", "{NOME:Giuseppe} detto {ALTRO:Pino} si presenta sempre in anticipo."),
    ("dangelo", "{NOME:D'ANGELO GIUSEPPE}, nato nel 1979, ex commerciante."),
    ("dangelo", "Trasferiti da {INDIRIZZO:corso roma 8} a casa della sorella."),
    ("dangelo", "Fisso: {TELEFONO:02.92.10.12.34}."),
    ("nguyen", "La sig.ra {NOME:Thi Lan} ha trovato lavoro in una mensa aziendale."),
    (
        "nguyen",
        "Telefono: {TELEFONO:333 4445566} (non {TELEFONO:333 4445567}, numero sbagliato nel modulo).",
    ),
    ("nguyen", "Indirizzo: {INDIRIZZO:Vicolo Mulini 3}."),
    ("kovalenko", "{NOME:Dmytro Kovalenko} ha chiamato dall'Ucraina al {TELEFONO:+380671234567}."),
    ("kovalenko", "La signora {NOME:Kovalenko} è in lista per una casa ALER."),
    ("kovalenko", "Ospitati in {INDIRIZZO:Via Fiume, 17}."),
    (
        "ricci",
        "{NOME:Paolo B.} ha iniziato il tirocinio in {INDIRIZZO:via Lombardia 32}, Pioltello.",
    ),
    ("ricci", "Cell. {TELEFONO:339-876.54.32}."),
    ("ricci", "{NOME:Sara} chiede se il bonus bollette vale anche per il gas."),
    ("ricci", "La mail {EMAIL:Sara.Ricci91@Gmail.com} non funziona più."),
    ("santos", "{NOME:Ana} ha portato {NOME:Nicolás} dal pediatra."),
    ("santos", "Abita in {INDIRIZZO:V.le Assunta 55}."),
    ("santos", "La {NOME:Santos} chiede di parlare con una mediatrice."),
    ("santos", "Cell {TELEFONO:388.765.43.21}."),
    ("nessuna", "Numero lasciato in segreteria: {TELEFONO:349 555 0101}."),
    ("nessuna", "Scrive da {EMAIL:genitori.insieme@gmail.com}."),
    ("nessuna", "Residente in {INDIRIZZO:Via San Francesco d'Assisi 10}."),
    ("nessuna", "Residente in {INDIRIZZO:Via IV Novembre 12}."),
    ("nessuna", "Il corso base è su 2 livelli; il primo inizia a maggio."),
    ("nessuna", "La via più breve per arrivare in sede è a piedi, 10 minuti."),
    ("nessuna", "Codice famiglia {CODICE:RIP-2025-102}, riaperta dopo la chiusura."),
    (
        "nessuna",
        "Bonifico da {IBAN:IT17 S050 3433 3200 0000 0012 345}, causale contributo affitto.",
    ),
    ("nessuna", "Appuntamento fissato per il 02.03.2026 alle ore 15:00."),
]

_MARK = re.compile(r"\{(NOME|TELEFONO|EMAIL|CF|IBAN|INDIRIZZO|CODICE|PROTOCOLLO|ALTRO):([^{}]*)\}")


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
    last = 0
    length = 0
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


def fragments(*, later: bool = True) -> list[Fragment]:
    """The corpus; `later=False` leaves out the part written after tuning."""
    return [parse(family, marked) for family, marked in CORPUS + (LATER if later else [])]


def later_fragments() -> list[Fragment]:
    return [parse(family, marked) for family, marked in LATER]
