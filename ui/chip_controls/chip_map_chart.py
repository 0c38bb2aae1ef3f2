"""The chip map chart: each chip by its TPP (across, log scale) and the figure the shown rule
tests (up), over the rule's zones and threshold lines, coloured by status, with a key of
the statuses under the plot (so an exported chart keeps it).

Where things sit, which zones a rule draws and which status a chip gets are the core's
(``chip_map``, ``map_geometry``); this chart draws them in the current colours and words.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_map import (
    HOLLOW_STATUSES,
    Y_QUANTITY,
    MapFrame,
    axis_ticks,
    chip_kind,
    guide_lines,
    map_frame,
    map_points,
    slipped_under_2022,
    statuses_shown,
    x_thresholds,
    y_thresholds,
    zones,
)
from explainer_core.chip_controls.figures import threshold_decimals
from explainer_core.chip_controls.map_geometry import full_view, legend_columns, plot_x
from explainer_core.chip_controls.rules import Quantity, Rule, Status
from explainer_core.chip_controls.timeline import RULE_EVENT_IDS, short_citation
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.formatting import LocaleFormatter
from explainer_core.layout.label_placement import LabelSpot
from explainer_core.templates import fill
from ui.chip_controls.axis_width import fit_axis_width
from ui.chip_controls.styles import (
    CHIP_SYMBOLS,
    STATUS_COLOURS,
    zone_fill,
    zone_label_colour,
)
from ui.chip_controls.texts import (
    axis_title,
    labelled,
    rule_name,
    status_name,
    threshold_label,
    zone_label,
)
from ui.shell.language import LanguageService
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours, drawing_style
from widgets.legend_entries import clear_legend
from widgets.localized_axes import LocalizedValueAxis
from widgets.zone_scatter import ScatterPoint, ZoneScatter, ZoneShape

MAP_CHART_ID = "chip-classification"
LEGEND_SPACING = 12  # pixels between a legend sample, its label and the next entry


class ChipMapChart(ChartPanel):
    """Tells which chip was clicked (``chipClicked``: its id)."""

    chipClicked = Signal(str)

    def __init__(
        self,
        data: ExportControlsData,
        language: LanguageService,
        rule: Rule,
        parent: QWidget | None = None,
    ) -> None:
        self.x_axis = LocalizedValueAxis(self._formatter, "bottom")
        self.y_axis = LocalizedValueAxis(self._formatter, "left")
        super().__init__(MAP_CHART_ID, {"left": self.y_axis, "bottom": self.x_axis}, False, parent)
        self.data = data
        self.language = language
        self.rule = rule
        self.selected: str | None = None
        self.highlighted: set[str] = set()
        self.plot.showGrid(x=False, y=False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        # The key sits in the chart's own scene, under the plot, so exports carry it too.
        self.legend_item = pg.LegendItem(
            labelTextColor=chart_colours().foreground,
            labelTextSize="8pt",  # a key, smaller than the chart's own names
            colCount=4,
            horSpacing=LEGEND_SPACING,
        )
        self.graphics.addItem(self.legend_item, row=2, col=0)
        self._legend_drawn: tuple | None = None  # the statuses and style the key shows
        self.plot.getViewBox().sigResized.connect(self._fit_legend)
        self.zone_scatter = ZoneScatter(self.plot)
        self.zone_scatter.pointClicked.connect(self.chipClicked)
        self._guide_items: list[pg.InfiniteLine] = []
        self.zero_line = pg.InfiniteLine(pos=0, angle=0)
        self.plot.addItem(self.zero_line, ignoreBounds=True)
        self.redraw()

    def _formatter(self) -> LocaleFormatter:
        """The current language's formatter, read by the axes each time they paint."""
        return self.language.formatter

    # -- state ------------------------------------------------------------------------------------
    def set_rule(self, rule: Rule) -> None:
        if rule is self.rule:
            return
        self.rule = rule
        self.update_texts()

    def set_selected(self, chip_id: str | None) -> None:
        self.selected = chip_id
        self.zone_scatter.set_selected(chip_id)

    def set_highlighted(self, chip_ids: set[str]) -> None:
        self.highlighted = set(chip_ids)
        self.zone_scatter.set_highlighted(self.highlighted)

    def frame(self) -> MapFrame:
        return map_frame(self.rule, self.data.chips)

    # -- texts and drawing ------------------------------------------------------------------------
    def update_texts(self) -> None:
        """Title, subtitle and source now; the plot when it can be seen (or is exported)."""
        self._update_chart_texts()
        self.draw_when_shown(self._draw)

    def redraw(self) -> None:
        """The items drawn once at build time, in the current chart colours."""
        self.apply_colours()
        colours = chart_colours()
        self.zero_line.setPen(pg.mkPen(colours.rule, width=1))
        self.legend_item.setLabelTextColor(colours.foreground)

    def _draw(self) -> None:
        with self.zone_scatter.batch():  # the labels are placed once, at the end
            self._draw_items()
        self._fill_legend()
        self.x_axis.refresh()
        self.y_axis.refresh()

    def _draw_items(self) -> None:
        rule = self.rule
        formatter = self.language.formatter
        frame = self.frame()
        colours = chart_colours()
        self.zone_scatter.set_zones(
            [
                ZoneShape(
                    zone.kind.value,
                    tuple((plot_x(x), y) for x, y in zone.polygon),
                    zone_label(zone.kind, formatter),
                    tuple(
                        LabelSpot(plot_x(spot.x), spot.y, spot.h_align, spot.v_align)
                        for spot in zone.label_spots
                    ),
                    fill=zone_fill(zone.kind),
                    border=None if zone.hatched or not zone.filled else colours.zone_border,
                    hatched=zone.hatched,
                    label_colour=zone_label_colour(zone.kind),
                )
                for zone in zones(rule, frame)
            ]
        )
        chips = {chip.id: chip for chip in self.data.chips}
        points = []
        for point in map_points(rule, self.data.chips, frame):
            chip = chips[point.chip_id]
            status = chip.status(rule)
            points.append(
                ScatterPoint(
                    chip.id,
                    plot_x(point.x),
                    point.y,
                    chip.name,
                    CHIP_SYMBOLS[chip_kind(chip)],
                    STATUS_COLOURS[status],
                    hollow=status in HOLLOW_STATUSES,
                    tooltip=f"{chip.name}\n{labelled(rule_name(rule), status_name(status))}",
                )
            )
        self.zone_scatter.set_points(points)
        pairs = slipped_under_2022(self.data.chips) if rule is Rule.OCTOBER_2022 else ()
        self.zone_scatter.set_arrows(list(pairs))
        self.zone_scatter.set_selected(self.selected)
        self.zone_scatter.set_highlighted(self.highlighted)
        self._draw_guides()
        self._set_ticks(frame)
        whole = full_view(frame)
        self.plot.setXRange(whole.x_min, whole.x_max, padding=0)
        self.plot.setYRange(whole.y_min, whole.y_max, padding=0)
        self.set_axis_labels(axis_title(Y_QUANTITY[rule]), axis_title(Quantity.TPP))

    def _draw_guides(self) -> None:
        for item in self._guide_items:
            self.plot.removeItem(item)
        self._guide_items = []
        for line in guide_lines(self.rule):
            vertical = line.axis == "x"
            item = pg.InfiniteLine(
                pos=plot_x(line.value) if vertical else line.value,
                angle=90 if vertical else 0,
                pen=pg.mkPen(chart_colours().guide, width=1.2, style=Qt.PenStyle.DashLine),
            )
            item.setZValue(-1)
            self.plot.addItem(item, ignoreBounds=True)
            self._guide_items.append(item)

    def _set_ticks(self, frame: MapFrame) -> None:
        formatter = self.language.formatter
        x_ticks = axis_ticks(frame.x_min, frame.x_max, x_thresholds(self.rule), log=True)
        self.x_axis.setTicks(
            [
                [
                    (plot_x(value), formatter.number(value, threshold_decimals(value)))
                    for value, _ in x_ticks
                ]
            ]
        )
        y_ticks = [
            (value, formatter.number(value, threshold_decimals(value)))
            for value, _ in axis_ticks(0.0, frame.y_max, y_thresholds(self.rule), log=False)
        ]
        y_ticks.append((frame.unknown_y, self.tr("unknown")))
        self.y_axis.setTicks([y_ticks])
        fit_axis_width(self.y_axis, [label for _, label in y_ticks])

    def _update_chart_texts(self) -> None:
        rule = self.rule
        event = next((e for e in self.data.events if e.id == RULE_EVENT_IDS[rule]), None)
        reference = short_citation(event.citation) if event is not None else ""
        self.set_texts(
            fill(self.tr("Chip map: %1"), rule_name(rule)),
            self._subtitle(),
            fill(
                self.tr(
                    "Sources: %1 (thresholds); chip figures from datasheets and the press, "
                    "listed with each chip."
                ),
                reference,
            ),
        )

    def _subtitle(self) -> str:
        rings = self.tr(
            "Circles: datacenter chips; squares: not for datacenters; triangles: Chinese "
            "chips, as US exports. Thick ring: the selected chip; dashed: named by the "
            "selected event."
        )
        return f"{self._rule_subtitle()} {rings}"

    def _rule_subtitle(self) -> str:
        formatter = self.language.formatter
        if self.rule is Rule.OCTOBER_2022:
            io_line = float(rules.INTERCONNECT_THRESHOLD_2022_GBPS)
            pairs = slipped_under_2022(self.data.chips)
            names = ", ".join(
                f"{self.data.chip(original).name} → {self.data.chip(cut).name}"
                for original, cut in pairs
            )
            return fill(
                self.tr(
                    "A chip needed a licence only if it crossed both lines. Arrows: the same "
                    "computing power with a slower chip-to-chip link slipped under the %1 "
                    "line (%2)."
                ),
                threshold_label(formatter, Quantity.INTERCONNECT_GBPS, io_line),
                names,
            )
        if self.rule is Rule.OCTOBER_2023:
            return self.tr(
                "The interconnect test is gone: TPP and performance density decide. "
                "Colour: each chip's status under the rule."
            )
        return self.tr(
            "Exports from the US to China: licences for chips under both lines are reviewed "
            "case by case. Hollow: chips needing no 3A090 licence, which it does not concern."
        )

    # -- the key ----------------------------------------------------------------------------------
    def _fill_legend(self) -> None:
        """The colours of the statuses found under the rule (the shapes are told in the
        subtitle)."""
        statuses = statuses_shown(self.rule, self.data.chips)
        drawn = (statuses, drawing_style())
        if drawn == self._legend_drawn:
            # The same entries (a language switch): new names on the labels already there.
            for (_sample, label), status in zip(self.legend_item.items, statuses, strict=True):
                label.setText(status_name(status))
            self._fit_legend()
            return
        self._legend_drawn = drawn
        clear_legend(self.legend_item)
        for status in statuses:
            self.legend_item.addItem(self._legend_sample(status), status_name(status))
        self._fit_legend()

    @staticmethod
    def _legend_sample(status: Status) -> pg.PlotDataItem:
        """One point: the legend draws the symbol from it."""
        hollow = status in HOLLOW_STATUSES
        colour = STATUS_COLOURS[status]
        colours = chart_colours()
        return pg.PlotDataItem(
            [0.0],
            [0.0],
            pen=None,
            symbol="o",
            symbolSize=11,
            symbolBrush=colours.hollow_fill if hollow else colour,
            symbolPen=pg.mkPen(colour if hollow else colours.foreground, width=2 if hollow else 1),
        )

    def _fit_legend(self, *_args) -> None:
        """As many legend columns as the chart's width holds, so the key never widens it."""
        items = self.legend_item.items
        if not items:
            return
        # Each entry: its sample, a gap, its label, a gap before the next column.
        widths = [
            sample.boundingRect().width() + label.item.boundingRect().width() + 2 * LEGEND_SPACING
            for sample, label in items
        ]
        room = self.graphics.width() - 2 * LEGEND_SPACING
        columns = legend_columns(widths, room)
        if columns != self.legend_item.columnCount:
            self.legend_item.setColumnCount(columns)
        self.legend_item.layout.invalidate()
