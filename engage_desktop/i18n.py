"""Interface language: ours from resources/translations, Qt's own from its install; English is the source."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from engage_desktop.config import resources_dir

SUPPORTED = ("en", "fr")
_installed: list[QTranslator] = []


def resolve_language(requested: str | None) -> str:
    """An explicit choice wins; otherwise the system's language if we ship it, else English."""
    if requested in SUPPORTED:
        return str(requested)
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translations(app: QApplication, language: str) -> str:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English is the source, but its .qm holds the plural forms ("1 user", "2 users"): load it too.
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"engage_desktop_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language
