"""The interface language: Dutch (the source language) or English, through Qt Linguist files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intake_app.paths import resource_path

SUPPORTED_LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the installed translation, for texts that do not come from tr()."""
    return _current


def install_language(app: QCoreApplication, language: str) -> str:
    """Install Qt's own and the app's translations; returns the language actually used."""
    global _current
    if language not in SUPPORTED_LANGUAGES:
        language = DEFAULT_LANGUAGE
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_LOCALES[language])

    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_translations):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != "nl":  # Dutch is written in the code itself
        app_translator = QTranslator(app)
        if app_translator.load(f"intake_app_{language}", str(resource_path("translations"))):
            app.installTranslator(app_translator)
            _installed.append(app_translator)
    return language
