"""The user's preferences, stored with QSettings in an INI file on every platform.

INI everywhere (rather than the Windows registry or macOS plists) keeps the
file readable, lets tests point QSettings at a temporary folder with
``QSettings.setPath``, and lets us detect a corrupted file.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from explainer_core.languages import is_supported

ORGANIZATION = "DeepSeek Shock Explainer"
SETTINGS_APPLICATION = "deepseek-explainer"
DAMAGED_SUFFIX = ".damaged"
LANGUAGE_KEY = "interface/language"


@dataclass(frozen=True)
class SettingsDamage:
    """The settings file could not be read: where it is and where its copy was kept."""

    file: str
    backup: str | None  # None when no copy could be made (then the file is left untouched)


def file_looks_damaged(settings: QSettings) -> bool:
    """QSettings could not parse the file, or it holds bytes QSettings never writes
    (invalid UTF-8, NUL): both mean something else wrote or truncated it."""
    if settings.status() == QSettings.Status.FormatError:
        return True
    try:
        raw = Path(settings.fileName()).read_bytes()
    except OSError:
        return False  # no file yet, or unreadable: nothing to repair here
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def keep_backup(path: Path) -> Path | None:
    """Copy a damaged file beside itself as ``settings.ini.damaged`` (never over an older
    copy: ``.damaged-2``, ``-3``…). Returns the copy, or None if none could be made."""
    for number in range(1, 100):
        suffix = DAMAGED_SUFFIX if number == 1 else f"{DAMAGED_SUFFIX}-{number}"
        backup = path.with_name(path.name + suffix)
        if backup.exists():
            continue
        try:
            shutil.copy2(path, backup)
        except OSError:
            return None
        return backup
    return None


class AppSettings:
    """Typed access to the few values the app remembers; tolerant of damaged values.

    A file that cannot be read is copied aside and replaced by the defaults (see
    ``damage``); a value of the wrong type reads as unset. Nothing here raises.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            ORGANIZATION,
            SETTINGS_APPLICATION,
        )
        self.damage: SettingsDamage | None = None
        self._damage_told = False
        self._frozen = False  # damaged and not copied: neither read nor overwrite the file
        if file_looks_damaged(self._settings):
            self._recover()

    def _recover(self) -> None:
        path = Path(self._settings.fileName())
        backup = keep_backup(path)
        self.damage = SettingsDamage(str(path), None if backup is None else str(backup))
        if backup is None:
            self._frozen = True  # the only copy of what the user had: leave it alone
            return
        # The language is kept if it survived: the message about the damage, and the
        # app, then speak the user's language rather than the default.
        language = self._settings.value(LANGUAGE_KEY)
        self._settings.clear()
        if is_supported(language):
            self._settings.setValue(LANGUAGE_KEY, language)
        self._settings.sync()

    @property
    def is_damaged(self) -> bool:
        """True if the file could not be read at start (then defaults are used)."""
        return self.damage is not None

    def take_damage_notice(self) -> SettingsDamage | None:
        """The damage to tell the user about, the first time only (None afterwards)."""
        if self.damage is None or self._damage_told:
            return None
        self._damage_told = True
        return self.damage

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def _value(self, key: str) -> object:
        return None if self._frozen else self._settings.value(key)

    def _set_value(self, key: str, value: object) -> None:
        if not self._frozen:
            self._settings.setValue(key, value)

    def language(self) -> object | None:
        """The stored language code as stored (may be anything: the caller validates it)."""
        value = self._value(LANGUAGE_KEY)
        return None if value in (None, "") else value

    def set_language(self, code: str) -> None:
        self._set_value(LANGUAGE_KEY, code)

    def window_geometry(self) -> QByteArray | None:
        value = self._value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._set_value("window/geometry", geometry)

    def dialog_geometry(self, name: str) -> QByteArray | None:
        """Where the non-modal dialog ``name`` (e.g. ``sources``) was last closed."""
        value = self._value(f"dialogs/{name}-geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_dialog_geometry(self, name: str, geometry: QByteArray) -> None:
        self._set_value(f"dialogs/{name}-geometry", geometry)

    def last_tab(self) -> str | None:
        value = self._value("window/tab")
        return value if isinstance(value, str) and value else None

    def set_last_tab(self, tab_id: str) -> None:
        self._set_value("window/tab", tab_id)

    def export_folder(self) -> str | None:
        value = self._value("export/folder")
        # A NUL would make every path operation on the folder raise.
        return value if isinstance(value, str) and value and "\x00" not in value else None

    def export_format(self) -> str | None:
        value = self._value("export/format")
        return value if isinstance(value, str) and value else None

    def export_scale(self) -> float | None:
        """The last PNG scale (1 to 4), or None when unset or unreadable."""
        try:
            value = float(self._value("export/scale"))
        except (TypeError, ValueError):
            return None
        return value if 1.0 <= value <= 4.0 else None

    def remember_export(self, folder: str, file_format: str, scale: float) -> None:
        self._set_value("export/folder", folder)
        self._set_value("export/format", file_format)
        self._set_value("export/scale", scale)

    def export_size(self) -> str | None:
        """The last figure size: a preset's key ("slide", "square" …) or "WIDTHxHEIGHT"."""
        value = self._value("export/size")
        return value if isinstance(value, str) and value else None

    def set_export_size(self, size: str) -> None:
        self._set_value("export/size", size)

    def export_texts(self, chart_id: str, language: str) -> dict[str, object]:
        """The texts the user rewrote for a chart in a language (title, notes …), or {}.
        A value that cannot be read back is dropped: the app's own texts then stand."""
        value = self._value(f"export-texts/{chart_id}-{language}")
        if not isinstance(value, str) or not value:
            return {}
        try:
            texts = json.loads(value)
        except ValueError:
            return {}
        return texts if isinstance(texts, dict) else {}

    def set_export_texts(self, chart_id: str, language: str, texts: dict[str, object]) -> None:
        key = f"export-texts/{chart_id}-{language}"
        if texts:
            self._set_value(key, json.dumps(texts, ensure_ascii=False))
        elif not self._frozen:
            self._settings.remove(key)

    def theme(self) -> str | None:
        """The stored theme name as stored (the theme service validates it), or None."""
        value = self._value("interface/theme")
        return value if isinstance(value, str) and value else None

    def set_theme(self, name: str) -> None:
        self._set_value("interface/theme", name)

    def sync(self) -> None:
        if not self._frozen:
            self._settings.sync()
