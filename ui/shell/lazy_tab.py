"""A tab page that builds its view the first time it is shown, so start-up builds only one.

The page shown at start-up may first paint a saved picture of itself (ui/shell/start_snapshot.py)
and build its view right after that paint: the window is on screen, chart drawn, before the
view's heavy libraries are even imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:  # importing the view's base class would import pandas at start-up
    from ui.shell.start_snapshot import StartSnapshot
    from ui.shell.tab_view import TabView


SETTLING_ROUNDS = 3  # layouts that resize others post new requests; three rounds suffice


class LazyTab(QWidget):
    built = Signal()  # the view exists and is in the page
    viewPainted = Signal()  # the built view has been painted once

    def __init__(self, factory: Callable[[], TabView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: TabView | None = None
        self._snapshot: StartSnapshot | None = None
        self._picture: QPixmap | None = None
        self._view_painted = False
        self._build_scheduled = False
        self._after_paint_scheduled = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def shows_snapshot(self) -> bool:
        return self._picture is not None

    @property
    def view_painted(self) -> bool:
        """The view has been built and painted at least once."""
        return self._view_painted

    def use_snapshot(self, snapshot: StartSnapshot) -> None:
        """Paint ``snapshot`` until the view is built, if it matches; save a new one otherwise."""
        if not self.is_built:
            self._snapshot = snapshot

    def view(self) -> TabView:
        if self._view is None:
            self._picture = None
            self._view = self._factory()
            self._layout.addWidget(self._view)
            self.built.emit()
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        if self._snapshot is None or not self.size().isEmpty():
            self._picture_or_view()
        # else: the tab widget sizes its pages after their show events; decide on resize.
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.isVisible() and not self.size().isEmpty():
            self._picture_or_view()
        super().resizeEvent(event)

    def _picture_or_view(self) -> None:
        """Paint the saved picture first if there is one for this size, else build now."""
        if self._view is not None or self._picture is not None:
            return
        if self._snapshot is not None:
            self._picture = self._snapshot.load(self.size(), self.devicePixelRatioF())
        if self._picture is None:
            self.view()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The page is painted under its view (and before it) in every paint of the view, so
        # this also tells when the view was first painted.
        if self._view is not None:
            if not self._view_painted and not self._after_paint_scheduled:
                self._after_paint_scheduled = True
                QTimer.singleShot(0, self, self._after_first_view_paint)
            return
        if self._picture is None:
            return
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()
        # Build once this paint is on screen: the user sees the chart while it happens.
        if not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self, self.view)

    def _after_first_view_paint(self) -> None:
        # The first paint can precede the last rounds of layout (a scroll area sizes its
        # content, a chart its axes): settle them, so that the saved picture, a screenshot
        # and the "ready" mark show the view as it stays.
        for _ in range(SETTLING_ROUNDS):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is not None and self._view is not None and self.isVisible():
            size, ratio = self.size(), self.devicePixelRatioF()
            if not snapshot.exists(size, ratio):
                snapshot.save(self.grab(), size, ratio)
        self._view_painted = True
        self.viewPainted.emit()
