"""A vertical crosshair that snaps to the nearest data point and shows a tooltip readout."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QCursor, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from widgets.chart_theme import chart_colours


class Crosshair(QObject):
    """``snap(x)`` returns the x to show (or None outside the data); ``readout(x)`` its text."""

    def __init__(
        self,
        plot: pg.PlotItem,
        host: QWidget,
        snap: Callable[[float], float | None],
        readout: Callable[[float], str],
    ) -> None:
        super().__init__(plot)
        self._plot = plot
        self._host = host
        self._snap = snap
        self._readout = readout
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=self._pen())
        self.line.setVisible(False)
        plot.addItem(self.line, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self.follow)
        host.installEventFilter(self)  # the pointer leaving the chart takes the line away

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Leave:
            self.hide()
        return False

    @staticmethod
    def _pen() -> QPen:
        return pg.mkPen(chart_colours().faint, style=Qt.PenStyle.DotLine)

    def apply_colours(self) -> None:
        """Redraw the line in the current chart colours (after a theme switch)."""
        self.line.setPen(self._pen())

    def follow(self, scene_pos: QPointF) -> None:
        view = self._plot.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            self.hide()
            return
        x = self._snap(view.mapSceneToView(scene_pos).x())
        if x is None:
            self.hide()
            return
        self.line.setPos(x)
        self.line.setVisible(True)
        QToolTip.showText(QCursor.pos(), self._readout(x), self._host)

    def hide(self) -> None:
        self.line.setVisible(False)
        QToolTip.hideText()
