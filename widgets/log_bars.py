"""Horizontal bars on a logarithmic x axis, for quantities that span orders of magnitude.

A bar cannot start at zero on a log scale: all bars start at the same decade below the
smallest value, so their ends (the values) are what the eye compares, read on the axis.
The PlotItem must be in x log mode: the bars are drawn in log10 coordinates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFont

from widgets.chart_theme import chart_colours

BAR_HEIGHT = 0.62
LONGEST_BAR_SHARE = 0.56  # of the plot's width; the rest is for the value labels


@dataclass(frozen=True)
class LogBar:
    key: str
    label: str  # the category, on the axis
    value: float  # > 0
    value_text: str  # already formatted; may hold a line break
    colour: str
    emphasised: bool = False
    tooltip: str = ""


def log_origin(values: list[float]) -> float:
    """The common start of the bars: a whole decade below the smallest value, so even the
    shortest bar is visible."""
    smallest = min(values, default=1.0)
    return float(math.floor(math.log10(smallest / 3.0)))


class LogHorizontalBars:
    """Draws bars top to bottom in the given order."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self._items: list[pg.GraphicsObject] = []
        self.bars: list[LogBar] = []
        self.bar_items: dict[str, pg.BarGraphItem] = {}
        self.value_labels: dict[str, pg.TextItem] = {}
        plot.setLogMode(x=True, y=False)
        view = plot.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        view.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.15)

    def set_bars(self, bars: list[LogBar]) -> None:
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
        self.bar_items = {}
        self.value_labels = {}
        self.bars = list(bars)
        origin = log_origin([bar.value for bar in bars])
        foreground = chart_colours().foreground
        for y, bar in enumerate(bars):
            end = math.log10(bar.value)
            item = pg.BarGraphItem(
                x0=[origin],
                y=[y],
                height=[BAR_HEIGHT],
                width=[end - origin],
                brush=bar.colour,
                pen=pg.mkPen(
                    foreground if bar.emphasised else bar.colour,
                    width=2 if bar.emphasised else 1,
                ),
            )
            item.setToolTip(bar.tooltip)
            self._plot.addItem(item)
            self._items.append(item)
            self.bar_items[bar.key] = item
            text = pg.TextItem(bar.value_text, color=foreground, anchor=(0.0, 0.5))
            if bar.emphasised:
                font = QFont()
                font.setBold(True)
                text.setFont(font)
            text.setToolTip(bar.tooltip)
            text.setPos(end, y)
            self._plot.addItem(text)
            self._items.append(text)
            self.value_labels[bar.key] = text
        self._plot.getAxis("left").setTicks([[(y, bar.label) for y, bar in enumerate(bars)], []])
        top = max((math.log10(bar.value) for bar in bars), default=origin + 1)
        self._plot.setXRange(origin, origin + (top - origin) / LONGEST_BAR_SHARE, padding=0)
        self._plot.setYRange(-0.6, max(len(bars) - 0.4, 0.6), padding=0)
