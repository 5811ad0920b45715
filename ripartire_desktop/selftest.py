"""`ripartire --self-test`: proves that this copy of the app (source tree, installed wheel or
frozen folder) has everything it needs, on a throwaway vault, without a screen or a network.

Each check prints one line, "ok ..." or "FAILED ...", and the exit code is 0 only if all passed.
Everything is written inside one private temporary folder, removed at the end.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ripartire_desktop import __version__, paths

if TYPE_CHECKING:
    from ripartire_desktop.store.vault import Vault

# Fictional secret of a vault that lives for a second in a temporary folder.
PASSPHRASE = "autotest-ripartire-usa-e-getta"  # noqa: S105
NEEDLE = "falegnameria"  # the word the note carries and the search must find
PDF_MAGIC = b"%PDF-"
MIN_PDF_BYTES = 1024
# Keyring backends that must load where the app is expected to remember the key.
PLATFORM_BACKEND = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


@dataclass
class Context:
    """What the checks share: the temp folder, the open vault, the Qt application."""

    folder: Path
    vault: Vault | None = None
    family_code: str = ""
    app: Any = None
    keep: list[object] = field(default_factory=list)


def _layout() -> str:
    if getattr(sys, "frozen", False):
        return f"frozen app in {getattr(sys, '_MEIPASS', '?')}"
    package = Path(__file__).resolve().parent
    if (package / "_data").is_dir():
        return f"installed wheel in {package}"
    return f"source tree in {package.parent}"


def check_resources(ctx: Context) -> str:
    found = [
        paths.resource("ui/unlock.ui"),
        paths.resource("fonts/DejaVuSans.ttf"),
        paths.resource("icons/ripartire.svg"),
        paths.resource("translations"),
    ]
    return f"{_layout()} (e.g. {found[0]})"


def check_vault(ctx: Context) -> str:
    from ripartire_desktop.usecases.compose import build_vault

    vault = build_vault(ctx.folder / "vault")
    vault.create(PASSPHRASE, kdf_seconds=0)
    vault.unlock_with_passphrase(PASSPHRASE)
    ctx.vault = vault
    (cipher,) = vault.connection.execute("PRAGMA cipher_version").fetchone()
    (schema,) = vault.connection.execute("PRAGMA user_version").fetchone()
    mode = os.stat(vault.data_dir).st_mode & 0o777
    if os.name == "posix" and mode != paths.DIR_MODE:
        raise AssertionError(f"vault folder has mode {mode:o}, expected 700")
    return f"created and unlocked (SQLCipher {cipher}, schema {schema})"


def check_note_and_search(ctx: Context) -> str:
    from ripartire_desktop.domain import Channel, Interview, InterviewMode
    from ripartire_desktop.store.demo import generate_demo
    from ripartire_desktop.store.records import Records

    vault = _open(ctx)
    today = date.today()
    generate_demo(vault.connection, families=12, interviews_per_family=2, seed=7, today=today)
    records = Records(vault.connection)
    with records.transaction():
        family = records.families.create(on=today, minors=1, adults=1, channel=Channel.PHONE)
        assert family.id is not None
        records.interviews.add(
            Interview(
                family_id=family.id,
                starts_at=datetime.combine(today, datetime.min.time()).replace(hour=10),
                duration_minutes=45,
                mode=InterviewMode.DESK,
                notes=f"Colloquio di prova: tirocinio in {NEEDLE}, bollette arretrate.",
            )
        )
    ctx.family_code = family.code
    hits = records.search.search(NEEDLE[:7])  # a prefix, as a counsellor types it
    if not any(h.family_code == family.code and h.kind == "interview" for h in hits):
        raise AssertionError(f"search for {NEEDLE[:7]!r} did not find the note just written")
    return f"note written to {family.code} and found by search ({len(hits)} hit)"


def check_spreadsheets(ctx: Context) -> str:
    """The import's readers (python-calamine's compiled module) and template writer."""
    from ripartire_desktop.store import sheets

    read = []
    for fmt in sheets.FORMATS:
        path = ctx.folder / f"modello.{fmt}"
        path.write_bytes(sheets.template_bytes(fmt))
        data = sheets.read_sheet(path, None if fmt == "csv" else "Esempio")
        if sheets.guess_mapping(list(data.headers)).get(1) != "family_name":
            raise AssertionError(f"the {fmt} template's headers did not read back")
        read.append(fmt)
    return f"template written and read back as {', '.join(read)}"


def _check_pdf(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(PDF_MAGIC) or len(data) < MIN_PDF_BYTES:
        raise AssertionError(f"{path.name} is not a PDF ({len(data)} bytes)")
    return len(data)


def check_case_pdf(ctx: Context) -> str:
    from ripartire_desktop.reports.case_summary import load_case, write_case_summary
    from ripartire_desktop.store.records import Records

    vault = _open(ctx)
    if not ctx.family_code:
        raise AssertionError("no family to print (the note check failed)")
    records = Records(vault.connection)
    target = ctx.folder / "case.pdf"
    write_case_summary(
        target,
        load_case(records, ctx.family_code),
        organisation=records.settings.load().organisation,
        today=date.today(),
        lang="it",
    )
    return f"case summary PDF, {_check_pdf(target)} bytes"


def check_summary_pdf(ctx: Context) -> str:
    from ripartire_desktop.reports.aggregates import Month, Period, compute_summary
    from ripartire_desktop.reports.summary_pdf import write_summary
    from ripartire_desktop.store.records import Records

    vault = _open(ctx)
    today = date.today()
    start = today - timedelta(days=365)
    period = Period(Month(start.year, start.month), Month(today.year, today.month))
    summary = compute_summary(
        vault.connection, period, settings=Records(vault.connection).settings.load(), today=today
    )
    target = ctx.folder / "summary.pdf"
    write_summary(target, summary, lang="it")
    return f"anonymised summary PDF of {period}, {_check_pdf(target)} bytes"


def check_fonts(ctx: Context) -> str:
    from reportlab.pdfbase import pdfmetrics

    from ripartire_desktop.reports import pdfbase

    pdfbase.register_fonts()
    names = (pdfbase.FONT, pdfbase.FONT_BOLD, pdfbase.FONT_ITALIC)
    for name in names:
        if pdfmetrics.stringWidth("Perché è così", name, 10) <= 0:
            raise AssertionError(f"font {name} has no width for Italian text")
    return "ReportLab loaded " + ", ".join(names)


def check_keyring(ctx: Context) -> str:
    """Loads the backends the way keyring finds them (entry points); never opens a keyring."""
    from importlib import metadata

    version = metadata.version("keyring")
    loaded, failed = [], []
    for ep in metadata.entry_points(group="keyring.backends"):
        try:
            ep.load()
            loaded.append(ep.name)
        except Exception:
            failed.append(ep.name)
    wanted = PLATFORM_BACKEND.get(sys.platform)
    if wanted and wanted not in loaded:
        raise AssertionError(f"keyring {version}: backend {wanted} missing (loaded: {loaded})")
    return f"keyring {version} backends: {', '.join(sorted(loaded))}"


def check_qt(ctx: Context) -> str:
    import PySide6
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    ctx.app = existing if existing is not None else QApplication(["ripartire", "--self-test"])
    return f"PySide6 {PySide6.__version__}, platform {ctx.app.platformName()}"


def _need_qt(ctx: Context) -> None:
    if ctx.app is None:
        raise AssertionError("no Qt application (see the Qt check above)")


def check_forms(ctx: Context) -> str:
    from ripartire_desktop.gui.forms import load_form

    _need_qt(ctx)
    names = sorted(p.stem for p in paths.resource("ui").glob("*.ui"))
    if not names:
        raise AssertionError("no ui/*.ui forms were found")
    for name in names:
        widget = load_form(name)
        widget.deleteLater()
    return f"{len(names)} forms loaded"


def check_translations(ctx: Context) -> str:
    from PySide6.QtCore import QTranslator

    _need_qt(ctx)
    folder = paths.resource("translations")
    compiled = sorted(folder.glob("*.qm"))
    sources = sorted(folder.glob("*.ts"))
    if not compiled:
        raise AssertionError(f"no compiled translation (.qm) in {folder}: run `make translations`")
    for qm in compiled:
        translator = QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            raise AssertionError(f"{qm.name} could not be loaded")
    missing = {ts.stem for ts in sources} - {qm.stem for qm in compiled}
    if missing:
        raise AssertionError(f"not compiled: {', '.join(sorted(missing))}")
    return "loaded " + ", ".join(qm.name for qm in compiled)


def check_icon(ctx: Context) -> str:
    from PySide6.QtGui import QIcon

    _need_qt(ctx)
    icon = QIcon(str(paths.resource("icons/ripartire.svg")))
    if icon.pixmap(64, 64).isNull():
        raise AssertionError("the SVG app icon did not render (Qt SVG plugins missing?)")
    return "SVG app icon renders"


def _open(ctx: Context) -> Vault:
    if ctx.vault is None or not ctx.vault.is_unlocked:
        raise AssertionError("no open vault (see the vault check above)")
    return ctx.vault


CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("resources", check_resources),
    ("vault", check_vault),
    ("note and search", check_note_and_search),
    ("case PDF", check_case_pdf),
    ("anonymised PDF", check_summary_pdf),
    ("spreadsheets", check_spreadsheets),
    ("fonts", check_fonts),
    ("keyring", check_keyring),
    ("qt", check_qt),
    ("forms", check_forms),
    ("translations", check_translations),
    ("icon", check_icon),
]


def _headless_if_needed() -> None:
    """No screen (CI, SSH): Qt's offscreen platform; with a screen, the real one is tested."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(line: str) -> None:
    print(line, flush=True)


def run_self_test() -> int:
    """Run every check; print one line each; 0 if all passed, 1 otherwise."""
    _headless_if_needed()
    started = time.monotonic()
    _say(f"Ripartire Desktop {__version__} self-test (Python {sys.version.split()[0]})")
    folder = Path(tempfile.mkdtemp(prefix="ripartire-selftest-"))
    failed: list[str] = []
    ctx = Context(folder=folder)
    cache = os.environ.get("XDG_CACHE_HOME")
    try:
        os.chmod(folder, paths.DIR_MODE)
        # Font and shader caches Qt may write go to the throwaway folder, not the user's.
        os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
        for name, check in CHECKS:
            try:
                detail = check(ctx)
            except Exception as exc:
                failed.append(name)
                _say(f"FAILED {name}: {type(exc).__name__}: {exc}")
                if os.environ.get("RIPARTIRE_DEBUG"):
                    traceback.print_exc()
            else:
                _say(f"ok {name}: {detail}")
    finally:
        if ctx.vault is not None and ctx.vault.is_unlocked:
            ctx.vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
        if cache is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = cache
    seconds = time.monotonic() - started
    if failed:
        _say(
            f"SELF-TEST FAILED: {len(failed)} of {len(CHECKS)} checks failed "
            f"({', '.join(failed)}); this copy of Ripartire is incomplete or damaged."
        )
        return 1
    _say(f"self-test passed: {len(CHECKS)} checks in {seconds:.1f} s")
    return 0
