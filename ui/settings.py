"""The user's preferences, stored with QSettings in an INI file on every platform.

INI everywhere (rather than the Windows registry or macOS plists) keeps the
file readable, lets tests point QSettings at a temporary folder with
``QSettings.setPath``, and lets us detect a corrupted file.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "DeepSeek Shock Explainer"
SETTINGS_APPLICATION = "deepseek-explainer"


class AppSettings:
    """Typed access to the few values the app remembers; tolerant of damaged values."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            ORGANIZATION,
            SETTINGS_APPLICATION,
        )

    @property
    def is_damaged(self) -> bool:
        """True if the file exists but could not be parsed (then defaults are used)."""
        return self._settings.status() != QSettings.Status.NoError

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def language(self) -> object | None:
        """The stored language code as stored (may be anything: the caller validates it)."""
        value = self._settings.value("interface/language")
        return None if value in (None, "") else value

    def set_language(self, code: str) -> None:
        self._settings.setValue("interface/language", code)

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def dialog_geometry(self, name: str) -> QByteArray | None:
        """Where the non-modal dialog ``name`` (e.g. ``sources``) was last closed."""
        value = self._settings.value(f"dialogs/{name}-geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_dialog_geometry(self, name: str, geometry: QByteArray) -> None:
        self._settings.setValue(f"dialogs/{name}-geometry", geometry)

    def last_tab(self) -> str | None:
        value = self._settings.value("window/tab")
        return value if isinstance(value, str) and value else None

    def set_last_tab(self, tab_id: str) -> None:
        self._settings.setValue("window/tab", tab_id)

    def export_folder(self) -> str | None:
        value = self._settings.value("export/folder")
        return value if isinstance(value, str) and value else None

    def export_format(self) -> str | None:
        value = self._settings.value("export/format")
        return value if isinstance(value, str) and value else None

    def export_scale(self) -> float | None:
        """The last PNG scale (1 to 4), or None when unset or unreadable."""
        try:
            value = float(self._settings.value("export/scale"))
        except (TypeError, ValueError):
            return None
        return value if 1.0 <= value <= 4.0 else None

    def remember_export(self, folder: str, file_format: str, scale: float) -> None:
        self._settings.setValue("export/folder", folder)
        self._settings.setValue("export/format", file_format)
        self._settings.setValue("export/scale", scale)

    def sync(self) -> None:
        self._settings.sync()
