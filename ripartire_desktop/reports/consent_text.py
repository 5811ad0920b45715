"""The default privacy notice printed on the consent form (editable in Settings later).

Placeholders, filled by plain replacement (a notice edited by hand may contain any braces):
{organisation}, {municipality}, {code}, {retention_months}. Paragraphs are separated by a blank
line; a line starting with "## " is a heading.
"""

from __future__ import annotations

import hashlib
import re

DEFAULT_NOTICE_VERSION = "2026-01"
PLACEHOLDERS = ("{organisation}", "{municipality}", "{code}", "{retention_months}")
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS))

DEFAULT_NOTICE_IT = """\
## Chi tratta i dati
Il titolare del trattamento è {organisation}, che gestisce lo sportello del progetto Ripartire \
per il Comune di {municipality}. Per ogni domanda sui dati potete rivolgervi all'operatore o \
all'operatrice che vi segue, o scrivere al titolare.

## Perché trattiamo i dati
Per accompagnare la vostra famiglia nel percorso del progetto Ripartire: capire insieme i bisogni \
e le risorse del nucleo, decidere l'accesso al percorso, concordare le azioni (lavoro, \
formazione, contributi economici, accesso alle misure pubbliche, sostegno ai figli) e seguirne \
l'andamento nei colloqui.
Se lo consentite, anche per statistiche anonime sul progetto destinate ai partner e ai \
finanziatori: solo numeri aggregati, in cui nessuna famiglia è riconoscibile.

## Quali dati
Nomi e recapiti, composizione del nucleo (compresi i figli minori), situazione di lavoro, \
reddito, casa e spese, eventuali informazioni sulla salute che decidete di condividere, gli \
appunti dei colloqui, le azioni concordate e i contributi ricevuti. Le informazioni sulla salute \
sono dati particolari: le trattiamo solo con il vostro consenso esplicito.

## Base giuridica e conferimento
Il trattamento si basa sul vostro consenso (art. 6, par. 1, lett. a, e art. 9, par. 2, lett. a, \
del Regolamento UE 2016/679). Dare i dati è facoltativo, ma senza di essi non è possibile \
avviare il percorso. Il consenso alle statistiche anonime è separato e facoltativo: negarlo non \
cambia nulla nel percorso.

## Come sono protetti
I dati sono conservati in un archivio cifrato sul computer dell'operatore, protetto da \
passphrase, e non vengono inviati in rete. Nei documenti usciti dallo sportello la famiglia è \
indicata con un codice (per questa famiglia: {code}). I colloqui sono riservati.

## A chi vengono comunicati
A nessuno al di fuori degli operatori del progetto, salvo obblighi di legge. Ai partner e ai \
finanziatori arrivano solo statistiche aggregate e anonime.

## Per quanto tempo
Per la durata del percorso e per {retention_months} mesi dalla sua chiusura; poi i dati vengono \
cancellati.

## I vostri diritti
Potete chiedere in ogni momento di vedere i vostri dati e di riceverne una copia, di correggerli, \
di cancellarli, di limitarne l'uso, di opporvi e di portarli altrove (artt. 15-22 del \
Regolamento). Potete revocare il consenso in qualsiasi momento, senza conseguenze per quanto fatto \
prima. Potete proporre reclamo al Garante per la protezione dei dati personali \
(www.garanteprivacy.it).
"""

DEFAULT_NOTICE_EN = """\
## Who processes the data
The controller is {organisation}, which runs the Ripartire project desk for the Municipality of \
{municipality}. For any question about your data, ask the counsellor who supports you, or write \
to the controller.

## Why we process the data
To support your family through the Ripartire project: understanding the household's needs and \
resources together, deciding on access to the path, agreeing on actions (work, training, \
financial aid, access to public benefits, support for the children) and following them up in \
the interviews.
If you consent, also for anonymous statistics about the project for its partners and funders: \
only aggregated figures, in which no family can be recognised.

## Which data
Names and contact details, the household's composition (including minor children), the work, \
income, housing and expenses situation, any health information you choose to share, the notes \
of the interviews, the actions agreed and the aid received. Health information is a special \
category of data: we process it only with your explicit consent.

## Legal basis
The processing is based on your consent (art. 6(1)(a) and art. 9(2)(a) of Regulation (EU) \
2016/679). Giving the data is optional, but without it the path cannot start. Consent to \
anonymous statistics is separate and optional: refusing it changes nothing in the path.

## How the data is protected
The data is kept in an encrypted vault on the counsellor's computer, protected by a passphrase, \
and is not sent over any network. Documents leaving the desk name the family by a code (for this \
family: {code}). Interviews are confidential.

## Who receives the data
Nobody outside the project's counsellors, unless the law requires it. Partners and funders \
receive only aggregated, anonymous statistics.

## How long
For the duration of the path and {retention_months} months after it closes; then the data is \
erased.

## Your rights
You may at any time ask to see your data and receive a copy, to correct it, to erase it, to \
restrict its use, to object and to take it elsewhere (arts. 15-22 of the Regulation). You may \
withdraw consent at any time, without affecting what was done before. You may lodge a complaint \
with the Italian data protection authority (Garante per la protezione dei dati personali, \
www.garanteprivacy.it).
"""


def default_notice(lang: str = "it") -> str:
    return DEFAULT_NOTICE_EN if lang == "en" else DEFAULT_NOTICE_IT


def fill_notice(
    notice: str, *, organisation: str, municipality: str, code: str, retention_months: int
) -> str:
    """The notice with its placeholders replaced; anything else in it is left as written."""
    values = {
        "{organisation}": organisation or "—",
        "{municipality}": municipality or "—",
        "{code}": code,
        "{retention_months}": str(retention_months),
    }
    # One pass, so a value that itself contains "{code}" is not filled in again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(0)], notice)


def notice_for_form(stored: str) -> tuple[str | None, str]:
    """The notice text to print (None: the built-in one) and the version printed with it.

    An organisation's own text gets a version made from its content, so the version recorded
    with a consent changes whenever the text does."""
    if not stored.strip():
        return None, DEFAULT_NOTICE_VERSION
    digest = hashlib.sha256(stored.encode("utf-8")).hexdigest()[:8]
    return stored, f"{DEFAULT_NOTICE_VERSION}-{digest}"
