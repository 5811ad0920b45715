"""Qt-native translations: English source strings, Italian from resources/translations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QSpinBox

from ripartire_desktop.paths import resource

SUPPORTED = ("it", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` and returns it unchanged: Qt's own, typed
    by PySide6 as returning `object`. Same name, because lupdate finds the calls by name."""
    return source


# Two labels of Qt's own file dialog that qtbase_it.qm leaves in English; our catalogue has them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# English is the source language, so no catalogue gives its plurals: "%n action(s)" would show
# as written. The irregular ones are listed; "(s)" is dropped or becomes "s" for the others.
ENGLISH_PLURALS = {
    "%n families": ("%n family", "%n families"),
    "%n results (best first)": ("%n result (best first)", "%n results (best first)"),
}


class EnglishPlurals(QTranslator):
    """Answers only plural forms (`tr(source, "", n)`) in English; Qt puts the number in."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "%n" not in source:
            return None  # a null string: "no answer", Qt asks the next catalogue
        one, many = ENGLISH_PLURALS.get(source) or (
            source.replace("(s)", ""),
            source.replace("(s)", "s"),
        )
        return one if n == 1 else many

    def isEmpty(self) -> bool:
        return False


def plural_suffix(spin: QSpinBox, suffix: Callable[[int], str]) -> None:
    """Keep `spin`'s unit in agreement with its value ("1 minuto", "5 minuti"): `suffix(n)`
    is a `tr("%n minute(s)", "", n)` with the number cut out."""

    def update(value: int) -> None:
        spin.setSuffix(" " + suffix(value).replace(str(value), "", 1).strip())

    spin.valueChanged.connect(update)
    update(spin.value())


def qt_translations_dirs() -> list[str]:
    """Where Qt's own catalogues are: Qt's reported folder, then PySide6's own (the frozen
    app keeps qtbase_it.qm there, see build.spec, whatever QLibraryInfo says)."""
    import PySide6

    reported = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    bundled = str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return [folder for folder in dict.fromkeys((reported, bundled)) if folder]


def pick_language(preference: str) -> str:
    """The preference if set ("it"/"en"), else the system's language if supported, else it."""
    if preference in SUPPORTED:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "it"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load ours and Qt's own (standard buttons) for `language`; keep the returned list alive."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale("en_GB" if language == "en" else "it_IT"))
    if language == "en":
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        return [plurals]
    ours = QTranslator(app)
    try:
        qm = resource(f"translations/ripartire_{language}.qm")
    except FileNotFoundError:
        qm = None
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    # Installed after ours, so asked first: where qtbase has no answer, ours is asked next.
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translations_dirs()):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
