"""The base of the app's dialogs: texts that follow the language, and a size and place
remembered from one time to the next."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QDialog, QWidget

from ui.shell.settings import AppSettings
from widgets.refresh import follow_changes


class AppDialog(QDialog):
    """Subclasses build their widgets, then call ``finish_setup()``; they implement
    ``update_texts()``. ``settings_name`` (e.g. ``"sources"``) keys the saved geometry."""

    settings_name = ""
    default_size = QSize(640, 420)

    def __init__(self, settings: AppSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName(f"{self.settings_name or 'app'}Dialog")

    def finish_setup(self) -> None:
        """Fill the texts, restore the remembered geometry, and follow language switches."""
        self.update_texts()
        geometry = self.settings.dialog_geometry(self.settings_name) if self.settings else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.default_size.expandedTo(self.sizeHint()))
        follow_changes(self, update_texts=self.update_texts)

    def update_texts(self) -> None:
        """Every text of the dialog in the interface language."""
        raise NotImplementedError

    def hideEvent(self, event: QHideEvent) -> None:
        if self.settings is not None and self.settings_name:
            self.settings.set_dialog_geometry(self.settings_name, self.saveGeometry())
        super().hideEvent(event)
