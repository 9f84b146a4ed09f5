"""Languages of the window: our translations and Qt's own, switched without a restart.

Every visible string goes through `tr("Context", "text")` below (Qt's
`QCoreApplication.translate`), both written as literals: packaging/translations.py finds them
in the code. Switching installs the new translators; Qt then sends a LanguageChange event to
every widget, and each screen re-applies its texts in `retranslate()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from msek_desktop.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "pl", "en")
NATIVE_NAMES = {"fr": "Français", "pl": "Polski", "en": "English"}


class Languages:
    """Owns the installed translators of the application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = "en"

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(LOCALES[language]))
        self.current = language
        for folder, name in (
            (resource_path("i18n"), f"msek_{language}"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        ):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
            elif language != "en" or name.startswith("msek"):
                log.warning("no translation %s in %s", name, folder)


# The window's dates and numbers: English is British English (4 Dec 2026, 04/12/2026), as the
# office reads it and as the letters write it; Qt's plain "en" would be the US (12/4/26).
LOCALES = {"fr": "fr_FR", "pl": "pl_PL", "en": "en_GB"}


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` in `context`. Always write both as literals: packaging/translations.py
    reads them from the code; a call with a count `n` is a plural."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def with_colon(label: str) -> str:
    """A field's label followed by its colon, as the language writes it (French puts a
    no-break space before it: « Votre nom : »)."""
    return tr("Fields", "%1:").replace("%1", label)
