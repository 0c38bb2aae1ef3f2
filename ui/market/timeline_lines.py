"""The timeline's lines as the core plans them: one per instrument on the plot of its unit,
broken where a close is missing or changes kind (with a mark there), their legend
entries, and the ring on a claim's close."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pyqtgraph as pg

from explainer_core.data.market import MarketData
from explainer_core.figure import date_value
from explainer_core.market.story import SHOCK_DAY
from explainer_core.market.timeline_plan import TimelinePlan, lines_in_picker_order
from explainer_core.market.timeline_series import DrawnLine, drawing_order
from ui.market.series_styles import SeriesStyles
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.legend_entries import clear_legend
from widgets.localized_axes import SECONDS_PER_DAY, epoch_seconds

SEAM_SYMBOL = "d"  # a hollow diamond where a line starts afresh on another kind of close
SEAM_SYMBOL_PX = 9
RING_SYMBOL_PX = 20


class TimelineLines:
    """Draws the plan it is given into the chart's plots (the first panel in the top plot,
    a second below it); which lines and which values is the core's business."""

    def __init__(self, chart: ChartPanel, data: MarketData, styles: SeriesStyles) -> None:
        self._chart = chart
        self._data = data
        self._styles = styles
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.seam_marks: dict[str, pg.PlotDataItem] = {}
        self._plot_of: dict[str, pg.PlotItem] = {}
        # The point a claim asked for ("Show in chart"): a ring on the shock day's close,
        # in the plot of its line. A PlotDataItem follows the log scale.
        self.focus_marker = pg.PlotDataItem(
            pen=None, symbol="o", symbolSize=RING_SYMBOL_PX, symbolBrush=None
        )
        self._ring_plot: pg.PlotItem = chart.plot
        chart.plot.addItem(self.focus_marker, ignoreBounds=True)

    def draw(self, plan: TimelinePlan, plots: list[pg.PlotItem]) -> None:
        """Each panel's lines into the plot of the same rank; the legend in the picker's order."""
        for ticker, item in (*self.curves.items(), *self.seam_marks.items()):
            self._plot_of[ticker].removeItem(item)
        self.curves.clear()
        self.seam_marks.clear()
        self._plot_of.clear()
        legend = self._chart.legend
        if legend is not None:
            clear_legend(legend)
        for panel, plot in zip(plan.panels, plots, strict=False):
            order = drawing_order([line.ticker for line in panel.lines])
            for line in sorted(panel.lines, key=lambda line: order.index(line.ticker)):
                self._draw_line(line, plot)
        if legend is not None:
            for line in lines_in_picker_order(self._data, plan):
                legend.addItem(self.curves[line.ticker], self._data.instrument(line.ticker).name)
            self._chart.fit_legend()

    def _draw_line(self, line: DrawnLine, plot: pg.PlotItem) -> None:
        colour, style = self._styles.of(line.ticker)
        xs = np.asarray(line.xs, dtype=float) * SECONDS_PER_DAY
        ys = np.asarray(line.ys, dtype=float)
        curve = pg.PlotDataItem(
            xs,
            ys,
            pen=pg.mkPen(colour, width=self._styles.width(line.ticker), style=style),
            connect="finite",  # the core breaks the line with NaN: a gap, or a seam
            antialias=True,
            name=self._data.instrument(line.ticker).name,
        )
        plot.addItem(curve)
        self.curves[line.ticker] = curve
        self._plot_of[line.ticker] = plot
        seams = [date_value(day) for day in line.seams]
        at = np.isin(np.asarray(line.xs), seams)
        if at.any():
            marks = pg.PlotDataItem(
                xs[at],
                ys[at],
                pen=None,
                symbol=SEAM_SYMBOL,
                symbolSize=SEAM_SYMBOL_PX,
                symbolPen=pg.mkPen(colour, width=1.5),
                symbolBrush=pg.mkBrush(chart_colours().background),
                antialias=True,
            )
            curve.visibleChanged.connect(lambda c=curve, m=marks: m.setVisible(c.isVisible()))
            plot.addItem(marks)
            self.seam_marks[line.ticker] = marks

    def shown(self) -> list[str]:
        """The instruments whose lines can be seen (the legend may isolate one)."""
        return [t for t, curve in self.curves.items() if curve.isVisible()]

    def ring(self, ticker: str | None, day: dt.date = SHOCK_DAY) -> None:
        """Ring ``ticker``'s value on ``day``; nothing when that line is not drawn."""
        curve = self.curves.get(ticker or "")
        x = epoch_seconds(day)
        xs, ys = curve.getOriginalDataset() if curve is not None else ([], [])
        ys = [y for x_, y in zip(xs, ys, strict=True) if x_ == x and math.isfinite(y)]
        plot = self._plot_of.get(ticker or "", self._chart.plot)
        if plot is not self._ring_plot:
            self._ring_plot.removeItem(self.focus_marker)
            plot.addItem(self.focus_marker, ignoreBounds=True)
            self._ring_plot = plot
        self.focus_marker.setData([x] * len(ys), ys)

    def restyle(self) -> None:
        """The items that take neutral chart colours, after a theme switch."""
        colours = chart_colours()
        self.focus_marker.setSymbolPen(pg.mkPen(colours.foreground, width=2.5))
        for marks in self.seam_marks.values():
            marks.setSymbolBrush(pg.mkBrush(colours.background))
