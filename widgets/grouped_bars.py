"""Grouped horizontal bars: one group per category (a benchmark), one bar per series (a model).

Groups run top to bottom, bars inside a group top to bottom in the given order; each bar
has its value at its end and its own tooltip. A bar without a value keeps its slot and
shows the owner's text for it (``not reported``), so a gap is never read as a zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from widgets.chart_theme import chart_colours, drawing_style
from widgets.isolating_legend import IsolatableSample

BAR_SHARE = 0.82  # of a slot's height; the rest separates neighbouring bars
GROUP_GAP_SLOTS = 0.9  # empty slots between two groups
VALUE_LABEL_ROOM = 0.14  # share of the axis span kept right of the longest bar for its value


@dataclass(frozen=True)
class GroupedBar:
    key: str  # the series, e.g. a model id
    value: float | None  # None: no value reported
    value_text: str  # the value formatted for the language, or why there is none
    colour: str
    emphasised: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class BarGroup:
    key: str
    label: str  # shown on the axis; may hold a line break
    bars: tuple[GroupedBar, ...]


class GroupedHorizontalBars:
    """Draws groups of bars into a PlotItem whose y axis it owns."""

    def __init__(self, plot: pg.PlotItem, label_font: QFont | None = None) -> None:
        self._plot = plot
        self._font = label_font
        self._items: list[pg.GraphicsObject] = []
        self.groups: list[BarGroup] = []
        self._axis_max = 0.0
        self._style = drawing_style()
        self._ticks: list[tuple[float, str]] = []
        self.bar_items: dict[tuple[str, str], pg.BarGraphItem] = {}
        self.value_labels: dict[tuple[str, str], pg.TextItem] = {}
        view = plot.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        view.invertY(True)  # the first group on top
        plot.showGrid(x=True, y=False, alpha=0.15)

    def slot_count(self) -> float:
        """Height of the chart in bar slots, for the owner to size the plot."""
        bars = sum(len(group.bars) for group in self.groups)
        return bars + GROUP_GAP_SLOTS * max(len(self.groups) - 1, 0)

    def set_groups(self, groups: list[BarGroup], axis_max: float) -> None:
        """Draw ``groups``; the x axis runs from 0 to ``axis_max`` plus room for the values."""
        if (
            groups
            and axis_max == self._axis_max
            and self._style == drawing_style()
            and _shapes(groups) == _shapes(self.groups)
        ):
            self._set_texts(groups)  # a language switch: the same bars, new texts
            return
        self._axis_max = axis_max
        self._style = drawing_style()
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
        self.bar_items = {}
        self.value_labels = {}
        self.groups = list(groups)
        ticks = []
        y = 0.0
        for group in groups:
            first = y
            for bar in group.bars:
                self._draw_bar(group.key, bar, y)
                y += 1.0
            ticks.append(((first + y - 1.0) / 2, group.label))
            y += GROUP_GAP_SLOTS
        self._set_ticks(ticks)
        self._plot.setXRange(0.0, axis_max * (1.0 + VALUE_LABEL_ROOM), padding=0)
        self._plot.setYRange(-0.6, max(y - GROUP_GAP_SLOTS - 0.4, 0.6), padding=0)

    def _draw_bar(self, group_key: str, bar: GroupedBar, y: float) -> None:
        key = (group_key, bar.key)
        colours = chart_colours()
        if bar.value is not None:
            item = pg.BarGraphItem(
                x0=[0.0],
                y=[y],
                height=[BAR_SHARE],
                width=[bar.value],
                brush=bar.colour,
                pen=pg.mkPen(
                    colours.foreground if bar.emphasised else bar.colour,
                    width=2 if bar.emphasised else 1,
                ),
            )
            item.setToolTip(bar.tooltip)
            self._plot.addItem(item)
            self._items.append(item)
            self.bar_items[key] = item
        colour = colours.foreground if bar.value is not None else colours.faint
        text = pg.TextItem(bar.value_text, color=colour, anchor=(0.0, 0.5))
        if self._font is not None:
            text.setFont(self._font)
        if bar.emphasised:
            font = QFont(self._font) if self._font is not None else QFont()
            font.setBold(True)
            text.setFont(font)
        text.setToolTip(bar.tooltip)
        text.setPos(bar.value or 0.0, y)
        self._plot.addItem(text)
        self._items.append(text)
        self.value_labels[key] = text

    def _set_texts(self, groups: list[BarGroup]) -> None:
        """New value texts, tooltips and group names on the items already drawn."""
        positions = [tick for tick, _label in self._ticks]
        ticks = [(at, group.label) for at, group in zip(positions, groups, strict=True)]
        self.groups = list(groups)
        for group in groups:
            for bar in group.bars:
                key = (group.key, bar.key)
                text = self.value_labels[key]
                if text.toPlainText() != bar.value_text:
                    text.setText(bar.value_text)
                text.setToolTip(bar.tooltip)
                if key in self.bar_items:
                    self.bar_items[key].setToolTip(bar.tooltip)
        self._set_ticks(ticks)

    def _set_ticks(self, ticks: list[tuple[float, str]]) -> None:
        if ticks != self._ticks:  # new ticks make the axis lay out its labels again
            self._ticks = ticks
            self._plot.getAxis("left").setTicks([ticks, []])


def _shapes(groups: list[BarGroup]) -> list[tuple]:
    """What the bars' items are drawn from, their texts aside."""
    return [
        (group.key, tuple((b.key, b.value, b.colour, b.emphasised) for b in group.bars))
        for group in groups
    ]


class BarSeries:
    """What a legend entry stands for: one series' bars, shown or not. The legend only marks
    it; the bars' owner draws them again (hiding bars alone would leave their value labels
    floating). A plain record: a graphics item never put in a scene would crash PySide at
    interpreter exit."""

    def __init__(self, colour: str, emphasised: bool) -> None:
        outline = chart_colours().foreground if emphasised else colour
        pen = pg.mkPen(outline, width=2 if emphasised else 1)
        self.opts = {"pen": pen, "brush": pg.mkBrush(colour)}
        self._visible = True

    def isVisible(self) -> bool:  # Qt's names: the legend calls them
        return self._visible

    def setVisible(self, visible: bool) -> None:
        self._visible = visible


class LegendSwatch(IsolatableSample):
    """A legend entry for a series of bars: its colour. A click on it asks an
    ``IsolatingLegend`` to show that series alone (and back)."""

    def __init__(self, colour: str, emphasised: bool = False) -> None:
        super().__init__(BarSeries(colour, emphasised))

    def paint(self, painter, *args) -> None:
        if not self.item.isVisible():
            super().paint(painter, *args)  # pyqtgraph's closed eye: shown again on a click
            return
        # Only the bar's swatch: ItemSample would also draw a line sample for a curve.
        opts = self.item.opts
        painter.setPen(pg.mkPen(opts["pen"]))
        painter.setBrush(pg.mkBrush(opts["brush"]))
        painter.drawRect(QRectF(2, 2, 18, 18))
