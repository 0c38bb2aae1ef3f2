"""A sorted horizontal bar chart with category names on the left and values at the bar ends."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from widgets.chart_theme import chart_colours, drawing_style

VALUE_LABEL_ROOM = 0.6  # share of the bars' span kept free for the value labels


@dataclass(frozen=True)
class Bar:
    key: str
    label: str  # the category, shown on the axis
    value: float
    value_text: str  # the value, already formatted for the language
    colour: str
    emphasised: bool = False
    tooltip: str = ""  # shown when the pointer rests on the bar


class HorizontalBars:
    """Draws bars into a PlotItem, top to bottom in the given order."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self._items: list[pg.GraphicsObject] = []
        self._value_texts: list[pg.TextItem] = []
        self._bar_items: list[pg.BarGraphItem] = []
        self._style = drawing_style()
        self._ticks: list[tuple[int, str]] = []
        self.bars: list[Bar] = []
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=False, alpha=0.15)

    def minimum_height(self, rows: int) -> int:
        """Pixels the plot needs for ``rows`` bars whose names and values do not overlap:
        a line of the axis font per row, and three for the value axis and the margins."""
        axis = self._plot.getAxis("bottom")
        line = QFontMetrics(axis.style["tickFont"] or axis.font()).height()
        return rows * line + line * 3

    def set_bars(self, bars: list[Bar]) -> None:
        same = [_shape(bar) for bar in bars] == [_shape(bar) for bar in self.bars]
        if bars and same and self._style == drawing_style():
            self._set_texts(bars)  # a language switch: the same bars, new texts
            return
        self._style = drawing_style()
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
        self._value_texts = []
        self._bar_items = []
        self.bars = list(bars)
        count = len(bars)
        foreground = chart_colours().foreground
        for position, bar in enumerate(bars):
            y = count - 1 - position  # the first bar on top
            item = pg.BarGraphItem(
                x0=[0],
                y=[y],
                height=[0.7],
                width=[bar.value],
                brush=bar.colour,
                pen=pg.mkPen(
                    foreground if bar.emphasised else bar.colour,
                    width=2 if bar.emphasised else 1,
                ),
            )
            item.setToolTip(bar.tooltip)
            self._plot.addItem(item)
            self._items.append(item)
            self._bar_items.append(item)
            # Values sit right of the zero line for falls and right of the bar for rises,
            # so they never run into the category names on the left.
            text = pg.TextItem(bar.value_text, color=foreground, anchor=(0.0, 0.5))
            text.setPos(max(bar.value, 0.0), y)
            self._plot.addItem(text)
            self._items.append(text)
            self._value_texts.append(text)
        self._set_ticks()
        lowest = min((bar.value for bar in bars), default=0.0)
        highest = max((bar.value for bar in bars), default=0.0)
        span = (max(highest, 0.0) - min(lowest, 0.0)) or 1.0
        room = span * VALUE_LABEL_ROOM  # space right of the bars for the value labels
        self._plot.setXRange(min(lowest, 0.0), max(highest, 0.0) + room, padding=0.02)
        self._plot.setYRange(-0.6, count - 0.4, padding=0)

    def _set_texts(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        for text, bar in zip(self._value_texts, bars, strict=True):
            if text.toPlainText() != bar.value_text:
                text.setText(bar.value_text)
        for item, bar in zip(self._bar_items, bars, strict=True):
            item.setToolTip(bar.tooltip)
        self._set_ticks()

    def _set_ticks(self) -> None:
        count = len(self.bars)
        ticks = [(count - 1 - i, bar.label) for i, bar in enumerate(self.bars)]
        if ticks != self._ticks:  # new ticks make the axis lay out its labels again
            self._ticks = ticks
            self._plot.getAxis("left").setTicks([ticks])


def _shape(bar: Bar) -> tuple:
    """What a bar's items are drawn from, its texts aside."""
    return (bar.key, bar.value, bar.colour, bar.emphasised)
