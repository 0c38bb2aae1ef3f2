"""All locale set-up in one place: Qt translators, QLocale, babel formatter, stored choice.

Widgets retranslate on ``QEvent.LanguageChange`` (which Qt posts to every widget
when a translator is installed or removed); things that are not widgets
(chart axes, formatted figures) connect to ``LanguageService.languageChanged``.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from explainer_core.formatting import LocaleFormatter, formatter_for
from explainer_core.languages import DEFAULT_LANGUAGE, is_supported
from translations import TRANSLATIONS_DIR
from ui.shell.settings import AppSettings

APP_CATALOG = "deepseek_explainer"


class LanguageProblem(str, Enum):
    """Something the user should be told about the language set-up; the window phrases it."""

    UNKNOWN_STORED_LANGUAGE = "unknown_stored_language"
    MISSING_CATALOG = "missing_catalog"


class CatalogueWords:
    """The app's interface words in one language, whatever the interface's own: what a
    figure of another language (Export all) is written with. Read-only, so worker threads
    may share it."""

    def __init__(self, code: str, translations_dir: Path = TRANSLATIONS_DIR) -> None:
        self.language = code
        self._translator = QTranslator()
        self._loaded = self._translator.load(f"{APP_CATALOG}_{code}", str(translations_dir))

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._translator.translate(context, text, disambiguation, n) if self._loaded else ""
        found = found or text  # English is the source; a missing message reads in English
        return found.replace("%n", str(n)) if n >= 0 else found


@cache
def words_for(code: str) -> CatalogueWords:
    """The interface words of ``code`` (one catalogue a language, loaded once)."""
    return CatalogueWords(code)


class LanguageService(QObject):
    """Owns the interface language of the running application."""

    languageChanged = Signal(str)  # the new language code, after the translators are in place
    problemOccurred = Signal(object, str)  # (LanguageProblem, detail)

    def __init__(
        self,
        settings: AppSettings,
        translations_dir: Path = TRANSLATIONS_DIR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translations_dir = translations_dir
        self._translators: list[QTranslator] = []
        self._language = ""
        self.problems: list[tuple[LanguageProblem, str]] = []

    @property
    def language(self) -> str:
        return self._language

    @property
    def formatter(self) -> LocaleFormatter:
        return formatter_for(self._language or DEFAULT_LANGUAGE)

    @property
    def words(self) -> CatalogueWords:
        """The interface words of the current language, for figure and table builders."""
        return words_for(self._language or DEFAULT_LANGUAGE)

    def stored_language(self) -> str:
        """The language saved at the last switch; French on first start, whatever the system."""
        stored = self._settings.language()
        if stored is None:
            return DEFAULT_LANGUAGE
        if not is_supported(stored):
            self._report(LanguageProblem.UNKNOWN_STORED_LANGUAGE, str(stored))
            return DEFAULT_LANGUAGE
        return stored

    def set_language(self, code: str, *, remember: bool = True) -> bool:
        """Switch every translator to ``code``. Returns False (and changes nothing) if unknown."""
        if not is_supported(code):
            return False
        if remember:
            self._settings.set_language(code)
        if code == self._language:
            return True
        self._install_translators(code)
        self._language = code
        QLocale.setDefault(QLocale(code))
        self.languageChanged.emit(code)
        return True

    def remove_translators(self) -> None:
        """Take this service's translators out of the application (when it is discarded)."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
            # Children of the service, they would otherwise all stay in memory with their
            # catalogs (over 200 KB a language switch).
            translator.setParent(None)
        self._translators = []

    def _install_translators(self, code: str) -> None:
        app = QCoreApplication.instance()
        self.remove_translators()
        catalogs = [
            (f"{APP_CATALOG}_{code}", str(self._translations_dir), True),
            # Qt's own strings: standard buttons and dialogs.
            (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), False),
        ]
        for name, directory, required in catalogs:
            translator = QTranslator(self)
            if translator.load(name, directory):
                app.installTranslator(translator)
                self._translators.append(translator)
            elif required and code != "en":
                # English is the source language: without its catalog the texts still read right.
                self._report(LanguageProblem.MISSING_CATALOG, f"{name}.qm")
        if not self._translators:
            # No translator changed, so Qt posts no LanguageChange: post one ourselves so
            # that every widget still re-reads its texts (falling back to the source).
            for widget in QApplication.allWidgets():
                QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LanguageChange))

    def _report(self, problem: LanguageProblem, detail: str) -> None:
        self.problems.append((problem, detail))
        self.problemOccurred.emit(problem, detail)
