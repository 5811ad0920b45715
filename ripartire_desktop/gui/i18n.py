"""Qt-native translations: English source strings, Italian from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ripartire_desktop.paths import resource

SUPPORTED = ("it", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` and returns it unchanged: Qt's own, typed
    by PySide6 as returning `object`. Same name, because lupdate finds the calls by name."""
    return source


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
        return installed
    ours = QTranslator(app)
    try:
        qm = resource(f"translations/ripartire_{language}.qm")
    except FileNotFoundError:
        qm = None
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
