"""The timeline's lines: one per instrument, broken where a close is missing or changes
kind (with a mark there), their legend entries, and the ring on a claim's close."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyqtgraph as pg

from explainer_core.data.market import MarketData
from explainer_core.market.story import SHOCK_DAY
from explainer_core.market.timeline import drawing_order, kind_seams, line_connections
from ui.market.series_styles import SeriesStyles
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.legend_entries import clear_legend
from widgets.localized_axes import epoch_seconds

SEAM_SYMBOL = "d"  # a hollow diamond where a line starts afresh on another kind of close
SEAM_SYMBOL_PX = 9


class TimelineLines:
    """Draws what it is given into ``chart``; which lines and which values is the core's
    and the section's business."""

    def __init__(self, chart: ChartPanel, data: MarketData, styles: SeriesStyles) -> None:
        self._chart = chart
        self._data = data
        self._styles = styles
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.seam_marks: dict[str, pg.PlotDataItem] = {}
        self._x_days = np.array([epoch_seconds(t.date()) for t in data.closes.index])
        # The data never changes: where each line joins, and where it changes kind.
        self._connections = {t: line_connections(data, t) for t in data.tickers()}
        first, last = data.closes.index[0].date(), data.closes.index[-1].date()
        self._seams = {t: kind_seams(data, t, first, last) for t in data.tickers()}
        # The point a claim asked for ("Show in chart"): a ring on the shock day's close.
        self.focus_marker = pg.PlotDataItem(  # a PlotDataItem follows the log scale
            pen=None, symbol="o", symbolSize=20, symbolBrush=None
        )
        chart.plot.addItem(self.focus_marker, ignoreBounds=True)

    def draw(self, values: pd.DataFrame) -> None:
        """One line per column of ``values`` (indexed by trading day), legend in its order."""
        plot = self._chart.plot
        for item in (*self.curves.values(), *self.seam_marks.values()):
            plot.removeItem(item)
        self.curves.clear()
        self.seam_marks.clear()
        legend = self._chart.legend
        if legend is not None:
            clear_legend(legend)
        for ticker in drawing_order(list(values.columns)):
            self._draw_line(ticker, values[ticker].to_numpy(dtype=float))
        if legend is not None:
            for ticker in values.columns:  # the picker's order: group by group
                legend.addItem(self.curves[ticker], self._data.instrument(ticker).name)
            self._chart.fit_legend()

    def _draw_line(self, ticker: str, values: np.ndarray) -> None:
        colour, style = self._styles.of(ticker)
        curve = pg.PlotDataItem(
            self._x_days,
            values,
            pen=pg.mkPen(colour, width=self._styles.width(ticker), style=style),
            # No line across a missing close, nor across a seam between as-traded and
            # dividend-adjusted closes (the core decides which days join).
            connect=self._connections[ticker],
            antialias=True,
            name=self._data.instrument(ticker).name,
        )
        self._chart.plot.addItem(curve)
        self.curves[ticker] = curve
        seams = [epoch_seconds(day) for day in self._seams[ticker]]
        if seams:
            at = np.isin(self._x_days, seams)
            marks = pg.PlotDataItem(
                self._x_days[at],
                values[at],
                pen=None,
                symbol=SEAM_SYMBOL,
                symbolSize=SEAM_SYMBOL_PX,
                symbolPen=pg.mkPen(colour, width=1.5),
                symbolBrush=pg.mkBrush(chart_colours().background),
                antialias=True,
            )
            curve.visibleChanged.connect(lambda c=curve, m=marks: m.setVisible(c.isVisible()))
            self._chart.plot.addItem(marks)
            self.seam_marks[ticker] = marks

    def shown(self) -> list[str]:
        """The instruments whose lines can be seen (the legend may isolate one)."""
        return [t for t, curve in self.curves.items() if curve.isVisible()]

    def seamed_between(self, first_x: float, last_x: float) -> list[str]:
        """The shown instruments whose line changes kind of close between the two x."""
        return [
            t
            for t in self.shown()
            if any(first_x <= epoch_seconds(day) <= last_x for day in self._seams[t])
        ]

    def ring(self, ticker: str | None, day: dt.date = SHOCK_DAY) -> None:
        """Ring ``ticker``'s value on ``day``; nothing when that line is not drawn."""
        curve = self.curves.get(ticker or "")
        x = epoch_seconds(day)
        xs, ys = curve.getOriginalDataset() if curve is not None else ([], [])
        ys = [y for x_, y in zip(xs, ys, strict=True) if x_ == x and np.isfinite(y)]
        self.focus_marker.setData([x] * len(ys), ys)

    def restyle(self) -> None:
        """The items that take neutral chart colours, after a theme switch."""
        colours = chart_colours()
        self.focus_marker.setSymbolPen(pg.mkPen(colours.foreground, width=2.5))
        for marks in self.seam_marks.values():
            marks.setSymbolBrush(pg.mkBrush(colours.background))
