"""A vertical crosshair that snaps to the nearest data point and shows a tooltip readout."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QCursor, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from widgets.chart_theme import chart_colours


class Crosshair(QObject):
    """``snap(x)`` returns the x to show (or None outside the data); ``readout(x)`` its text.
    Plots stacked on one x axis share one crosshair (``add_plot``): the line crosses them
    all wherever the pointer is."""

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
        self._plots: list[pg.PlotItem] = []
        self._lines: list[pg.InfiniteLine] = []
        self.add_plot(plot)
        self.line = self._lines[0]
        plot.scene().sigMouseMoved.connect(self.follow)
        host.installEventFilter(self)  # the pointer leaving the chart takes the line away

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Leave:
            self.hide()
        return False

    def add_plot(self, plot: pg.PlotItem) -> None:
        """Follow the pointer over ``plot`` too (a plot stacked under the first)."""
        line = pg.InfiniteLine(angle=90, movable=False, pen=self._pen())
        line.setVisible(False)
        plot.addItem(line, ignoreBounds=True)
        self._plots.append(plot)
        self._lines.append(line)

    @staticmethod
    def _pen() -> QPen:
        return pg.mkPen(chart_colours().faint, style=Qt.PenStyle.DotLine)

    def apply_colours(self) -> None:
        """Redraw the lines in the current chart colours (after a theme switch)."""
        for line in self._lines:
            line.setPen(self._pen())

    def follow(self, scene_pos: QPointF) -> None:
        view = next(
            (
                plot.getViewBox()
                for plot in self._plots
                if plot.isVisible() and plot.getViewBox().sceneBoundingRect().contains(scene_pos)
            ),
            None,
        )
        x = None if view is None else self._snap(view.mapSceneToView(scene_pos).x())
        if x is None:
            self.hide()
            return
        for line in self._lines:
            line.setPos(x)
            line.setVisible(True)
        QToolTip.showText(QCursor.pos(), self._readout(x), self._host)

    def hide(self) -> None:
        for line in self._lines:
            line.setVisible(False)
        QToolTip.hideText()
