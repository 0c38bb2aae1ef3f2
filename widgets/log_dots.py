"""A dot plot on a logarithmic x axis: one row per category, one dot at its value.

For quantities that span orders of magnitude. A bar on a log axis would have to start at
some arbitrary decade, and its length would then suggest a ratio the data do not show; a
dot shows only where the value lies, read on the axis. Each dot has its label on its
right (the value, and what the figure rests on). Clicking a dot (or its label) reports
its key. The PlotItem is put in x log mode: positions are log10 of the values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont

from widgets.chart_theme import chart_colours

DOT_SIZE = 12
EMPHASISED_DOT_SIZE = 16
DOT_AREA_SHARE = 0.5  # of the plot's width, from the first decade to the largest value
LABEL_GAP_PX = EMPHASISED_DOT_SIZE * 0.75
ROW_GUIDE_ALPHA = 60  # of 255: a faint line across each row, to follow it to its label


@dataclass(frozen=True)
class LogDot:
    key: str
    label: str  # the category, on the axis
    value: float  # > 0
    value_text: str  # already formatted; may hold line breaks
    colour: str
    emphasised: bool = False
    tooltip: str = ""


def first_decade(values: list[float]) -> float:
    """The decade (log10) the axis starts at: below the smallest value, with room."""
    smallest = min(values, default=1.0)
    return float(math.floor(math.log10(smallest / 3.0)))


class LogDotPlot(QObject):
    """Draws dots top to bottom in the given order."""

    dotClicked = Signal(str)  # the dot's key

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__()
        self._plot = plot
        self._items: list[pg.GraphicsObject] = []
        self.dots: list[LogDot] = []
        self.dot_items: dict[str, pg.ScatterPlotItem] = {}
        self.value_labels: dict[str, pg.TextItem] = {}
        plot.setLogMode(x=True, y=False)
        view = plot.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        view.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.15)

    def set_dots(self, dots: list[LogDot]) -> None:
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
        self.dot_items = {}
        self.value_labels = {}
        self.dots = list(dots)
        start = first_decade([dot.value for dot in dots])
        top = max((math.log10(dot.value) for dot in dots), default=start + 1)
        end = start + (top - start) / DOT_AREA_SHARE
        foreground = chart_colours().foreground
        guide = pg.mkColor(foreground)
        guide.setAlpha(ROW_GUIDE_ALPHA)
        for y, dot in enumerate(dots):
            x = math.log10(dot.value)
            # The guide runs the row's whole width: its length says nothing of the value.
            line = pg.PlotCurveItem(
                [start, end], [y, y], pen=pg.mkPen(guide, width=1, style=Qt.PenStyle.DotLine)
            )
            self._add(line)
            item = pg.ScatterPlotItem(
                [x],
                [y],
                size=EMPHASISED_DOT_SIZE if dot.emphasised else DOT_SIZE,
                brush=pg.mkBrush(dot.colour),
                pen=pg.mkPen(
                    foreground if dot.emphasised else dot.colour,
                    width=2 if dot.emphasised else 1,
                ),
                data=[dot.key],
                hoverable=True,
                tip=None,
            )
            item.setToolTip(dot.tooltip)
            item.sigClicked.connect(lambda _item, _points, _event, key=dot.key: self._clicked(key))
            self._add(item)
            self.dot_items[dot.key] = item
            text = _ClickableText(
                dot.value_text, foreground, lambda key=dot.key: self._clicked(key)
            )
            if dot.emphasised:
                font = QFont()
                font.setBold(True)
                text.setFont(font)
            text.setToolTip(dot.tooltip)
            text.setPos(x, y)
            self._add(text)
            self.value_labels[dot.key] = text
        self._plot.getAxis("left").setTicks([[(y, dot.label) for y, dot in enumerate(dots)], []])
        self._plot.setXRange(start, end, padding=0)
        self._plot.setYRange(-0.6, max(len(dots) - 0.4, 0.6), padding=0)

    def _add(self, item: pg.GraphicsObject) -> None:
        self._plot.addItem(item)
        self._items.append(item)

    def _clicked(self, key: str) -> None:
        self.dotClicked.emit(key)

    def dot_position(self, key: str) -> tuple[float, float]:
        """Where a dot is drawn, in the plot's coordinates (log10 of the value, row)."""
        x, y = self.dot_items[key].getData()
        return float(x[0]), float(y[0])


class _ClickableText(pg.TextItem):
    """A dot's label, a little right of it, that reports a click like the dot."""

    def __init__(self, text: str, colour: str, on_click) -> None:
        super().__init__(text, color=colour, anchor=(0.0, 0.5))
        self._on_click = on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def updateTextPos(self) -> None:
        super().updateTextPos()  # places the text by its anchor; then clear of the dot
        self.textItem.setPos(self.textItem.pos().x() + LABEL_GAP_PX, self.textItem.pos().y())

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click()
