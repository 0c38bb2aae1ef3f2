"""Where the theme choice is remembered: the app's settings file, key ``interface/theme``.

A stop-gap until ``AppSettings`` has ``theme()`` / ``set_theme()``: it opens the file
``AppSettings`` uses (so tests' ``QSettings.setPath`` applies, and one process shares
one cache of the file), and it is the only place that knows the key.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.settings import AppSettings

THEME_KEY = "interface/theme"


def _settings(app_settings: AppSettings) -> QSettings:
    return QSettings(app_settings.file_name, QSettings.Format.IniFormat)


def stored_theme(app_settings: AppSettings) -> str | None:
    """The stored choice as stored (the caller validates it), or None when there is none."""
    value = _settings(app_settings).value(THEME_KEY)
    return value if isinstance(value, str) and value else None


def store_theme(app_settings: AppSettings, name: str) -> None:
    _settings(app_settings).setValue(THEME_KEY, name)
