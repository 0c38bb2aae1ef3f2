"""A tab page that builds its view the first time it is shown, so start-up builds only one.

Until then it paints a light placeholder (the tab's title and "Loading…"), and it builds
the view right after that paint: the window, its menus and tabs are on screen before the
view's heavy libraries (pandas, pyqtgraph) are even imported, and a tab opened later says
at once that it is coming.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:  # importing the view's base class would import pandas at start-up
    from ui.shell.tab_view import TabView


SETTLING_ROUNDS = 3  # layouts that resize others post new requests; three rounds suffice
PLACEHOLDER_MARGIN_PX = 12


class LazyTab(QWidget):
    built = Signal()  # the view exists and is in the page
    viewPainted = Signal()  # the built view has been painted once

    def __init__(
        self,
        factory: Callable[[], TabView],
        title: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._title = title
        self._view: TabView | None = None
        self._view_painted = False
        self._after_paint_scheduled = False
        # The build waits for the placeholder's paint to be on screen; a page hidden before
        # then (the window closed at once) builds nothing.
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self.view)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def view_painted(self) -> bool:
        """The view has been built and painted at least once."""
        return self._view_painted

    def view(self) -> TabView:
        if self._view is None:
            self._view = self._factory()
            self._layout.addWidget(self._view)
            if self.isVisible():  # a layout shows a new child only at the next event loop
                self._view.show()
            self.built.emit()
        return self._view

    def paintEvent(self, event: QPaintEvent) -> None:
        # The page is painted under its view (and before it) in every paint of the view, so
        # this also tells when the view was first painted.
        if self._view is not None:
            if not self._view_painted and not self._after_paint_scheduled:
                self._after_paint_scheduled = True
                QTimer.singleShot(0, self, self._after_first_view_paint)
            return
        self._paint_placeholder()
        # Build once this paint is on screen: the user sees the tab coming while it happens.
        if not self._build_timer.isActive():
            self._build_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._build_timer.stop()  # painted again when shown, and scheduled again then
        super().hideEvent(event)

    def _paint_placeholder(self) -> None:
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(
            PLACEHOLDER_MARGIN_PX, PLACEHOLDER_MARGIN_PX, -PLACEHOLDER_MARGIN_PX, 0
        )
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        painter.setFont(heading)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        drawn = painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft), self._title())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        loading = QCoreApplication.translate("LazyTab", "Loading…")
        painter.drawText(area.adjusted(0, drawn.height() + 6, 0, 0), loading)
        painter.end()

    def _after_first_view_paint(self) -> None:
        # The first paint can precede the last rounds of layout (a scroll area sizes its
        # content, a chart its axes): settle them, so that a screenshot and the "ready"
        # mark show the view as it stays.
        for _ in range(SETTLING_ROUNDS):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._view_painted = True
        self.viewPainted.emit()
