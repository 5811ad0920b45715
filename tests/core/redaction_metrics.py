"""Recall and precision of redaction per kind, on the fresh corpus (and the first one).

A labelled span is *found* when every letter and digit of it lies inside redacted text (half a
phone number counts as missed), whatever tag replaced it; a redacted span is *correct* when it
overlaps a labelled span (third parties included). Redactions on the hard negatives are false
alarms and count against precision.

    PYTHONPATH=. python -m tests.core.redaction_metrics            # the table, current code
    PYTHONPATH=. python -m tests.core.redaction_metrics OLD.py     # the same for another module
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tests.core import redaction_corpus, redaction_corpus_fresh


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> object: ...


class _Fragment(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def spans(self) -> list[tuple[int, int, str]]: ...
    @property
    def identifiers(self) -> list[str]: ...


FindSpans = Callable[[str, Iterable[str]], Sequence[_Span]]


@dataclass
class Tally:
    labelled: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


@dataclass
class Report:
    kinds: dict[str, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    third_party: Tally = field(default_factory=Tally)
    false_alarms: list[str] = field(default_factory=list)  # "text → redacted part"
    misses: list[str] = field(default_factory=list)

    def table(self, title: str) -> str:
        lines = [title, f"{'kind':<12}{'spans':>6}{'recall':>8}{'redacted':>10}{'precision':>10}"]
        for kind in sorted(self.kinds):
            t = self.kinds[kind]
            lines.append(
                f"{kind:<12}{t.labelled:>6}{t.recall:>8.3f}{t.predicted:>10}{t.precision:>10.3f}"
            )
        t = self.total
        lines.append(
            f"{'all':<12}{t.labelled:>6}{t.recall:>8.3f}{t.predicted:>10}{t.precision:>10.3f}"
        )
        lines.append(
            f"third parties unknown to the vault redacted: "
            f"{self.third_party.found}/{self.third_party.labelled}"
        )
        lines.append(f"false alarms on the hard negatives: {len(self.false_alarms)}")
        return "\n".join(lines)


def _kind_name(kind: object) -> str:
    return str(getattr(kind, "name", kind)) if not isinstance(kind, str) else kind


# The tags' names in the code (Kind.PHONE...) and the corpus labels (TELEFONO...).
_LABEL_OF_TAG = {
    "[NOME]": "NOME", "[TELEFONO]": "TELEFONO", "[EMAIL]": "EMAIL", "[CF]": "CF",
    "[IBAN]": "IBAN", "[INDIRIZZO]": "INDIRIZZO", "[CODICE]": "CODICE", "[CARTA]": "CARTA",
    "[DOCUMENTO]": "DOCUMENTO", "[NASCITA]": "NASCITA", "[TARGA]": "TARGA",
    "[PROTOCOLLO]": "PROTOCOLLO",
}  # fmt: skip


def _label(kind: object) -> str:
    tag = getattr(kind, "tag", None)
    return _LABEL_OF_TAG.get(str(tag), _kind_name(kind))


def measure(
    find: FindSpans, fragments: Sequence[_Fragment], negatives: Sequence[_Fragment] = ()
) -> Report:
    report = Report()
    for f in [*fragments, *negatives]:
        spans = find(f.text, f.identifiers)
        covered = {i for s in spans for i in range(s.start, s.end)}
        for start, end, kind in f.spans:
            hit = all(i in covered for i in range(start, end) if f.text[i].isalnum())
            tally = (
                report.third_party if kind == "ALTRO" else report.kinds.setdefault(kind, Tally())
            )
            tally.labelled += 1
            tally.found += hit
            if kind != "ALTRO":
                report.total.labelled += 1
                report.total.found += hit
                if not hit:
                    report.misses.append(f"{kind}: {f.text[start:end]!r} in {f.text!r}")
        for s in spans:
            ok = any(s.start < end and start < s.end for start, end, _ in f.spans)
            tally = report.kinds.setdefault(_label(s.kind), Tally())
            tally.predicted += 1
            tally.correct += ok
            report.total.predicted += 1
            report.total.correct += ok
            if not ok:
                report.false_alarms.append(f"{f.text!r} → {f.text[s.start : s.end]!r}")
    return report


def fresh(find: FindSpans) -> Report:
    return measure(
        find, redaction_corpus_fresh.fresh_fragments(), redaction_corpus_fresh.hard_negatives()
    )


def first(find: FindSpans) -> Report:
    return measure(find, redaction_corpus.fragments())


def _load(path: str) -> FindSpans:
    spec = importlib.util.spec_from_file_location("redaction_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    found: FindSpans = module.find_spans
    return found


def main(argv: list[str]) -> None:
    if argv:
        find = _load(argv[0])
        name = argv[0]
    else:
        from ripartire_desktop.privacy.redaction import find_spans

        find, name = find_spans, "ripartire_desktop.privacy.redaction"
    now = fresh(find)
    print(now.table(f"fresh corpus ({name})"))
    for line in now.misses:
        print("  missed", line)
    for line in now.false_alarms:
        print("  false alarm", line)
    print()
    print(first(find).table(f"first corpus ({name})"))


if __name__ == "__main__":
    main(sys.argv[1:])
