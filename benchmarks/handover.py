"""The sealed hand-over of one family with 30 interviews of realistic length: the file's size,
and the time to seal it (export, sign, encrypt) and to open it (decrypt, verify, check every
field), medians of several runs. Part of `make bench`; `python -m benchmarks.handover` alone.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.harness import Result, median
from ripartire_desktop.domain import (
    ActionType,
    AidCategory,
    AidPayment,
    Identity,
    Interview,
    InterviewMode,
    NeedArea,
    PayeeKind,
    Person,
    PlanAction,
)
from ripartire_desktop.store.exchange import dumps, export_family
from ripartire_desktop.store.exchange.handover import open_file, seal_handover
from ripartire_desktop.store.records import Records
from ripartire_desktop.store.vault import Vault
from ripartire_desktop.usecases.compose import build_vault

PASSPHRASE = "benchmark passphrase"
RUNS = 15
SENTENCES = (
    "La signora riferisce che il marito ha perso il lavoro in magazzino a febbraio.",
    "Concordato di aggiornare il curriculum e di iscriversi al centro per l'impiego.",
    "Le bollette di luce e gas sono arretrate di tre mesi; si valuta il fondo energia.",
    "Il figlio maggiore frequenta la scuola media e ha bisogno di supporto nei compiti.",
    "Colloquio sereno, la famiglia appare motivata e collabora con le proposte.",
    "Si verifica la domanda di assegno di inclusione presentata all'INPS il mese scorso.",
    "La rete familiare è limitata: i nonni vivono in Puglia e non possono aiutare.",
    "Proposto un tirocinio retribuito presso una cooperativa di Cernusco sul Naviglio.",
    "La padrona di casa ha sollecitato l'affitto di marzo; si concorda un piano di rientro.",
    "Prossimo passo: appuntamento con l'orientatrice per il bilancio di competenze.",
)


@dataclass(frozen=True)
class HandoverFigures:
    file_bytes: int
    plain_json_bytes: int
    seal_ms: float
    open_ms: float


def _vault(folder: Path, name: str) -> Vault:
    vault = build_vault(folder)
    vault.create(PASSPHRASE, kdf_seconds=0, name=name, mark=name[0].upper())
    vault.unlock_with_passphrase(PASSPHRASE)
    return vault


def _family(records: Records) -> str:
    rng = random.Random(16)
    family = records.families.create(on=date(2025, 9, 1), adults=2, minors=2)
    fid = family.id or 0
    with records.transaction():
        records.identities.save(
            fid,
            Identity(
                people=(
                    Person(given_name="Maria", family_name="Esposito", tax_code="RSSMRA85T10A562S"),
                    Person(given_name="Luca", family_name="Esposito"),
                ),
                phones=("+39 333 123 4567",),
                emails=("maria.esposito@example.org",),
                address="Via Roma 12, Cernusco sul Naviglio",
            ),
        )
        start = datetime(2025, 9, 2, 9, 30)
        for i in range(30):
            # 4 to 9 sentences: 300 to 800 characters, as counsellors write after a meeting.
            notes = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(4, 9)))
            records.interviews.add(
                Interview(
                    family_id=fid,
                    starts_at=start + timedelta(days=7 * i),
                    duration_minutes=rng.choice((30, 45, 60)),
                    mode=rng.choice(list(InterviewMode)),
                    participants="Maria Esposito, operatrice",
                    notes=notes,
                    topics=(NeedArea.WORK, NeedArea.ENERGY_BILLS),
                    next_steps=rng.choice(SENTENCES),
                )
            )
        for i, kind in enumerate((ActionType.CV, ActionType.JOB_SEARCH, ActionType.ENERGY_BILLS)):
            records.actions.add(
                PlanAction(family_id=fid, action_type=kind, description=SENTENCES[i], owner="Anna")
            )
        for i in range(6):
            records.aid.add(
                AidPayment(
                    family_id=fid,
                    paid_on=date(2025, 10 + i // 3, 5 + i),
                    category=AidCategory.ENERGY_BILLS,
                    amount_cents=8_500 + 100 * i,
                    payee_kind=PayeeKind.SUPPLIER,
                    payee_name="Fornitore energia",
                )
            )
    return family.code


def measure_handover(work: Path) -> HandoverFigures:
    anna = _vault(work / "handover-anna", "anna")
    bruno = _vault(work / "handover-bruno", "bruno")
    try:
        a, b = Records(anna.connection), Records(bruno.connection)
        a.team.add("bruno", b.team.require_own().public_text().encode())
        b.team.add("anna", a.team.require_own().public_text().encode())
        code = _family(a)
        own, to = a.team.require_own(), a.team.by_name("bruno")
        now = datetime.now(UTC)
        seal_times, raw = [], b""
        for i in range(RUNS + 1):
            started = time.perf_counter()
            raw, _digest = seal_handover(
                a, code, own=own, to=to, reason="Trasferimento", handover_id=f"{i:032x}", now=now
            )
            if i:  # the first run warms the caches
                seal_times.append((time.perf_counter() - started) * 1000)
        bruno_own = b.team.require_own()
        open_times = []
        for i in range(RUNS + 1):
            started = time.perf_counter()
            open_file(raw, own=bruno_own, team=b.team)
            if i:
                open_times.append((time.perf_counter() - started) * 1000)
        plain = len(dumps(export_family(a, code)))
        return HandoverFigures(len(raw), plain, median(seal_times), median(open_times))
    finally:
        anna.lock()
        bruno.lock()


def results(figures: HandoverFigures) -> list[Result]:
    return [
        Result(
            "hand-over file, family with 30 interviews (sealed age file)",
            figures.file_bytes / 1000,
            "kB",
            "≤ 1,000 kB",
            figures.file_bytes <= 1_000_000,
            f"family JSON export {figures.plain_json_bytes / 1000:.1f} kB",
            figures.file_bytes / figures.plain_json_bytes,
        ),
        Result(
            "hand-over, seal (export, sign, encrypt), 30 interviews",
            figures.seal_ms,
            "ms",
            "≤ 300 ms",
            figures.seal_ms <= 300,
        ),
        Result(
            "hand-over, open (decrypt, verify, check every field), 30 interviews",
            figures.open_ms,
            "ms",
            "≤ 300 ms",
            figures.open_ms <= 300,
        ),
    ]


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ripartire-bench-") as folder:
        figures = measure_handover(Path(folder))
    print(json.dumps(figures.__dict__))
    for result in results(figures):
        print(" | ".join(result.cells()))


if __name__ == "__main__":
    main()
