"""When a word reads as a person's name: ordinary Italian words that are also names ("Luce",
"Rosa", "Sole", "Acqua") and names after a title ("sig.ra Rota", "dott.ssa Colombo")."""

from __future__ import annotations

import re

from ripartire_desktop.privacy.redaction.spans import Kind, Span

# Words of everyday Italian that are also first names or surnames. A part of a family's compound
# name that is one of these ("Rosa" of "Maria Rosa", "Acqua" of "Dell'Acqua") is redacted only
# where it reads as a name; the family's whole names are always redacted, in any case.
ORDINARY_WORDS = frozenset(
    [
        "acqua", "alba", "alto", "amato", "ambra", "amore", "angelo", "aurora", "basso", "bella",
        "bello", "benedetto", "bianca", "bianchi", "bianco", "biondi", "biondo", "bosco", "bruno",
        "campo", "cane", "capo", "carbone", "caro", "casa", "castello", "colombo", "conte", "corsi",
        "corso", "costa", "croce", "fabbri", "fabbro", "felice", "ferri", "ferro", "fiore", "fiori",
        "fontana", "forte", "fortuna", "fortunato", "franco", "gallo", "gatti", "gatto", "gemma",
        "gioia", "giusto", "grande", "grassi", "grasso", "guerra", "lago", "leone", "longo",
        "lunga", "lupo", "luce", "mancini", "mare", "marino", "martello", "monaco", "monte",
        "monti", "moro", "neri", "nero", "noce", "onesto", "orso", "pace", "palma", "papa",
        "pastore", "perla", "pietra", "ponte", "porta", "re", "ricci", "riva", "rocca", "rosa",
        "rose", "rossi", "rosso", "sala", "salvo", "santo", "sarto", "serena", "sereno", "sole",
        "speranza", "stella", "testa", "torre", "valle", "vecchi", "vecchio", "verde", "verdi",
        "villa", "vita", "vittoria", "viola", "volpe"
    ]
)  # fmt: skip

# A title before a capitalised word makes it a name, known to the vault or not.
_TITLE = (
    r"(?:sig(?:nor|\.\s?ra|\.ra|ra)?|signora|signorina|sig\.na|dott(?:\.ssa|ssa|ore|oressa)?|"
    r"dr|prof(?:\.ssa|essore|essoressa)?|avv|avvocato|avvocata|ing|don|suor|mons|madame|"
    r"mister|mr|mrs|ms)"
)
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’]*"
_AFTER_TITLE = re.compile(
    rf"(?<![\w.])(?i:{_TITLE})\.?\s+(?P<name>{_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)"
)
# Capitalised words after a title that are not names ("la signora Comune" never occurs, but
# "sig. Assistente sociale" might in a hurried note).
_NOT_NAMES = frozenset(["il", "la", "lo", "le", "i", "gli", "un", "una", "e", "di", "da"])


def find_titled_names(text: str) -> list[Span]:
    """The one or two capitalised words after "sig.", "signora", "dott.ssa", "don"..."""
    found = []
    for m in _AFTER_TITLE.finditer(text):
        words = m.group("name").split()
        if words[0].lower() in _NOT_NAMES:
            continue
        if len(words) > 1 and words[1].lower() in _NOT_NAMES:
            found.append(Span(m.start("name"), m.start("name") + len(words[0]), Kind.NAME))
        else:
            found.append(Span(m.start("name"), m.end("name"), Kind.NAME))
    return found


_TITLE_BEFORE = re.compile(rf"(?i:(?<![\w.]){_TITLE})\.?\s+$")


def reads_as_name(text: str, start: int, end: int, names: list[Span]) -> bool:
    """Whether text[start:end], an ordinary word, is used as a name here: capitalised, after a
    title, or right next to another name of the family ("Maria Rosa", "rosa bianco")."""
    word = text[start:end]
    if word[:1].isupper():
        return True
    if _TITLE_BEFORE.search(text, max(0, start - 16), start):
        return True
    for other in names:
        if other.start == start and other.end == end:
            continue
        between = text[other.end : start] if other.end <= start else text[end : other.start]
        if len(between) <= 2 and between.strip(" -'’") == "":
            return True
    return False
