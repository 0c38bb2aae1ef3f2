"""Tell the user, once and in their language, that their settings file was damaged."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from explainer_core.templates import fill
from ui.shell.settings import AppSettings, SettingsDamage

STATUS_MESSAGE_MS = 15000


def settings_damage_text(damage: SettingsDamage) -> str:
    if damage.backup is not None:
        return fill(
            QCoreApplication.translate(
                "SettingsNotice",
                "The settings file %1 was damaged, so the app started with its default "
                "settings. The damaged file was kept as %2.",
            ),
            damage.file,
            damage.backup,
        )
    return fill(
        QCoreApplication.translate(
            "SettingsNotice",
            "The settings file %1 is damaged and no copy of it could be made, so the app uses "
            "its default settings and will not change that file.",
        ),
        damage.file,
    )


def show_settings_damage(window: QMainWindow, settings: AppSettings) -> str | None:
    """Show the damage in the status bar and a non-modal box; returns the text shown, or
    None when there is nothing (more) to tell: calling it twice shows it once."""
    damage = settings.take_damage_notice()
    if damage is None:
        return None
    text = settings_damage_text(damage)
    window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "DeepSeek Shock Explainer"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("settingsDamageBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return text


def print_settings_damage(settings: AppSettings) -> None:
    """Without a window (--screenshot, --export), the same news as a warning on stderr:
    the file is repaired by whichever run reads it first, so this run must say so."""
    damage = settings.take_damage_notice()
    if damage is not None:
        kept = f"kept as {damage.backup}" if damage.backup else "left untouched"
        print(f"warning: damaged settings file {damage.file} ({kept})", file=sys.stderr)
