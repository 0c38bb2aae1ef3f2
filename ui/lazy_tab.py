"""A tab page that builds its view the first time it is shown, so start-up builds only one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.tab_view import TabView


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], TabView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: TabView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    def view(self) -> TabView:
        if self._view is None:
            self._view = self._factory()
            self._layout.addWidget(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
