"""A sorted horizontal bar chart with category names on the left and values at the bar ends."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg

from widgets.chart_theme import chart_colours

VALUE_LABEL_ROOM = 0.6  # share of the bars' span kept free for the value labels


@dataclass(frozen=True)
class Bar:
    key: str
    label: str  # the category, shown on the axis
    value: float
    value_text: str  # the value, already formatted for the language
    colour: str
    emphasised: bool = False


class HorizontalBars:
    """Draws bars into a PlotItem, top to bottom in the given order."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self._items: list[pg.GraphicsObject] = []
        self.bars: list[Bar] = []
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=False, alpha=0.15)

    def set_bars(self, bars: list[Bar]) -> None:
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
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
            self._plot.addItem(item)
            self._items.append(item)
            # Values sit right of the zero line for falls and right of the bar for rises,
            # so they never run into the category names on the left.
            text = pg.TextItem(bar.value_text, color=foreground, anchor=(0.0, 0.5))
            text.setPos(max(bar.value, 0.0), y)
            self._plot.addItem(text)
            self._items.append(text)
        ticks = [(count - 1 - i, bar.label) for i, bar in enumerate(bars)]
        self._plot.getAxis("left").setTicks([ticks])
        lowest = min((bar.value for bar in bars), default=0.0)
        highest = max((bar.value for bar in bars), default=0.0)
        span = (max(highest, 0.0) - min(lowest, 0.0)) or 1.0
        room = span * VALUE_LABEL_ROOM  # space right of the bars for the value labels
        self._plot.setXRange(min(lowest, 0.0), max(highest, 0.0) + room, padding=0.02)
        self._plot.setYRange(-0.6, count - 0.4, padding=0)
