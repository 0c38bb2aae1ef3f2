"""The benchmark chart's plots: the chart's own for the scores from 0 to 100, and one below
it for each measure with no upper bound (a Codeforces rating), each with its own axis, so
that no scale is ever stretched to fit another. Rows are sized by their bars."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from explainer_core.formatting import LocaleFormatter
from ui.models.texts import small_font
from widgets.chart_panel import ChartPanel, apply_axis_colours
from widgets.chart_theme import chart_colours
from widgets.grouped_bars import BarGroup, GroupedHorizontalBars
from widgets.localized_axes import LocalizedValueAxis

PERCENT_AXIS_MAX = 100.0
PX_PER_BAR_SLOT = 11  # enough for a value label in the small chart font
CHART_CHROME_PX = 110  # title, subtitle, axis and source line around the bars


@dataclass(frozen=True)
class PlotContent:
    """What one plot shows: its groups of bars on an axis of 0 to 100, or on a scale of
    its own up to ``axis_max`` (one measure alone), and the axis's title."""

    key: str  # the measure shown alone on its own scale; "" for the 0–100 plot
    groups: list[BarGroup]
    axis_max: float
    axis_title: str

    @property
    def percent(self) -> bool:
        return not self.key


class BenchmarkPlots:
    def __init__(
        self,
        chart: ChartPanel,
        score_axis: LocalizedValueAxis,
        formatter: Callable[[], LocaleFormatter],
    ) -> None:
        self.chart = chart
        self.score_axis = score_axis
        self.formatter = formatter
        chart.plot.getAxis("left").setStyle(tickLength=0)
        self.bars = GroupedHorizontalBars(chart.plot, small_font())
        self.other_plots: dict[str, pg.PlotItem] = {}
        self.other_axes: dict[str, LocalizedValueAxis] = {}
        self.other_bars: dict[str, GroupedHorizontalBars] = {}

    def draw(self, contents: list[PlotContent]) -> None:
        """The first content in the chart's plot (an empty 0–100 plot when there is none),
        each other one in a plot of its own below it."""
        first = contents[0] if contents else PlotContent("", [], PERCENT_AXIS_MAX, "")
        self._draw(self.bars, self.score_axis, self.chart.plot, first)
        rest = contents[1:]
        self._sync_other_plots([content.key for content in rest])
        for content in rest:
            key = content.key
            self._draw(self.other_bars[key], self.other_axes[key], self.other_plots[key], content)
        self._fit_layout([content.key for content in rest])

    def bars_of(self, measure_key: str) -> GroupedHorizontalBars | None:
        """The bars a measure's group is drawn with, None if it is not drawn."""
        if measure_key in self.other_bars:
            return self.other_bars[measure_key]
        if any(group.key == measure_key for group in self.bars.groups):
            return self.bars
        return None

    def restyle(self) -> None:
        for plot in self.other_plots.values():  # built as needed: the chart restyles its own
            apply_axis_colours(plot)

    def _draw(
        self,
        bars: GroupedHorizontalBars,
        axis: LocalizedValueAxis,
        plot: pg.PlotItem,
        content: PlotContent,
    ) -> None:
        bars.set_groups(content.groups, content.axis_max)
        if content.percent:
            self._set_percent_ticks(axis)
        else:
            axis.setTicks(None)  # automatic ticks, in the formatter's style
        plot.setLabel("bottom", content.axis_title, color=chart_colours().foreground)
        axis.refresh()

    def _set_percent_ticks(self, axis: LocalizedValueAxis) -> None:
        """Ticks from 0 to 100 only: the room right of 100 is for the value labels, and a
        tick there would suggest scores above 100."""
        formatter = self.formatter()
        major = [(value, formatter.number(value)) for value in range(0, 101, 20)]
        minor = [(value, "") for value in range(10, 100, 20)]
        axis.setTicks([major, minor])

    def _sync_other_plots(self, wanted: list[str]) -> None:
        """Add a plot below the first for each measure key listed, remove the others."""
        layout = self.chart.graphics
        for key in list(self.other_plots):
            if key not in wanted:
                plot = self.other_plots.pop(key)
                layout.removeItem(plot)
                # Kept as a hidden child of the chart, so it is deleted with the chart:
                # an orphan plot would be destroyed only at interpreter exit (a crash there).
                plot.setParentItem(layout.ci)
                plot.hide()
                self.other_axes.pop(key)
                self.other_bars.pop(key)
        for row, key in enumerate(wanted, start=2):
            if key not in self.other_plots:
                axis = LocalizedValueAxis(self.formatter, "bottom")
                plot = layout.addPlot(row=row, col=0, axisItems={"bottom": axis})
                plot.setMenuEnabled(False)
                plot.hideButtons()
                apply_axis_colours(plot)
                plot.getAxis("left").setStyle(tickLength=0)
                self.other_plots[key] = plot
                self.other_axes[key] = axis
                self.other_bars[key] = GroupedHorizontalBars(plot, small_font())

    def _fit_layout(self, rest: list[str]) -> None:
        """Rows sized by their bars; the chart grows past the page (and scrolls) rather than
        squeezing bars below a readable height."""
        layout = self.chart.graphics.ci.layout
        first_slots = self.bars.slot_count() + 3
        layout.setRowStretchFactor(1, int(first_slots))
        slots = first_slots
        for row, key in enumerate(rest, start=2):
            row_slots = self.other_bars[key].slot_count() + 4
            layout.setRowStretchFactor(row, int(row_slots))
            slots += row_slots
        self.chart.setMinimumHeight(int(slots * PX_PER_BAR_SLOT) + CHART_CHROME_PX)
        self._align_left_axes()

    def _align_left_axes(self) -> None:
        """One width for the category axes of every plot, so their bars start together."""
        metrics = QFontMetrics(QFont())
        labels = [g.label for g in self.bars.groups]
        for bars in self.other_bars.values():
            labels += [g.label for g in bars.groups]
        widest = max(
            (metrics.horizontalAdvance(line) for label in labels for line in label.split("\n")),
            default=40,
        )
        for plot in [self.chart.plot, *self.other_plots.values()]:
            plot.getAxis("left").setWidth(widest + 16)
