"""Redaction of free text before it leaves the vault: known identifiers and Italian patterns.

`redact(text, identifiers)` replaces with a bracketed tag

- every identifier the vault holds for the family (names, phones, e-mails, addresses, tax codes),
  matched without regard to case or accents, with flexible spacing and punctuation
  (`known`); a part of a compound name that is also an everyday word ("Rosa" of "Maria Rosa")
  only where it reads as a name (`names`);
- whoever they belong to: codici fiscali, IBANs, payment cards and phone numbers of every
  country (`numbers`); e-mail addresses, also written out, street addresses and family codes
  (`contacts`); identity documents, number plates, protocol numbers and dates of birth
  (`documents`); names after a title such as "sig.ra" (`names`).

Tags: [NOME], [TELEFONO], [EMAIL], [CF], [IBAN], [INDIRIZZO], [CODICE], [CARTA], [DOCUMENTO],
[NASCITA], [TARGA], [PROTOCOLLO]. Recall comes first. docs/reports.md lists the rules and the
measured recall and precision.
"""

from ripartire_desktop.privacy.redaction.redactor import (
    WITHHELD_TEXT,
    Redaction,
    Redactor,
    find_spans,
    redact,
)
from ripartire_desktop.privacy.redaction.spans import Kind, Span

__all__ = ["WITHHELD_TEXT", "Kind", "Redaction", "Redactor", "Span", "find_spans", "redact"]
