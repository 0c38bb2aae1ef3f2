"""The chip map chart: each chip by its TPP (across, log scale) and the figure the shown rule
tests (up), over the rule's zones and threshold lines, coloured by status and shaped by
kind, with a key of both under the plot and notes on what the marks say (a starred name:
an approximate figure places it; statuses computed from the thresholds). The reader's
own chip, from the classifier, may join them (a star). The mouse wheel zooms, a drag
pans, "Reset view" shows the whole map again; the names are placed again at every zoom.

Where things sit, which zones a rule draws and which status a chip gets are the core's
(``chip_map``, ``map_geometry``); so are its words: title, source line, axis titles, key
and notes are the exported figure's (``figures_chip_map``). This chart draws them in the
current colours.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from explainer_core.charts import Writing
from explainer_core.chip_controls.chart_states import ChipMapState, YourChip
from explainer_core.chip_controls.chip_map import (
    HOLLOW_STATUSES,
    Y_QUANTITY,
    MapFrame,
    chip_kind,
    guide_lines,
    map_frame,
    map_points,
    slipped_under_2022,
    specs_point,
    zones,
)
from explainer_core.chip_controls.chip_map_marking import marked_name
from explainer_core.chip_controls.decimals import threshold_decimals
from explainer_core.chip_controls.figures_chip_map import (
    chip_map_source,
    chip_map_title,
    key_kinds,
    key_statuses,
    reading_notes,
    rule_sentence,
    your_chip_key,
)
from explainer_core.chip_controls.map_geometry import (
    ViewRange,
    full_view,
    is_full_view,
    legend_columns,
    plot_x,
    ticks_in_view,
    zoom_limits,
)
from explainer_core.chip_controls.rules import Quantity, Rule, classify
from explainer_core.chip_controls.styles import NEUTRAL_GREY
from explainer_core.chip_controls.texts import (
    axis_title,
    chip_kind_name,
    labelled,
    rule_name,
    status_name,
    unknown_row,
    your_chip_label,
    zone_label,
)
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.data.sources import SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.layout.label_placement import LabelSpot
from ui.chip_controls.axis_width import fit_axis_width
from ui.chip_controls.panels import make_small
from ui.chip_controls.styles import (
    CHIP_SYMBOLS,
    YOUR_CHIP_SYMBOL,
    status_colour,
    zone_fill,
    zone_label_colour,
)
from ui.shell.language import LanguageService
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours, drawing_style
from widgets.legend_entries import clear_legend
from widgets.localized_axes import LocalizedValueAxis
from widgets.zone_scatter import ScatterPoint, ZoneScatter, ZoneShape

MAP_CHART_ID = "chip-classification"
LEGEND_SPACING = 12  # pixels between a legend sample, its label and the next entry
YOUR_CHIP_KEY = "your chip"  # the reader's chip among the points (no chip id has a space)
YOUR_CHIP_PX = 20  # its star stands out among the chips' markers


class ChipMapChart(ChartPanel):
    """Tells which chip was clicked (``chipClicked``: its id), that the reader's own chip was
    clicked (``yourChipClicked``) or taken off the map (``yourChipRemoved``)."""

    chipClicked = Signal(str)
    yourChipClicked = Signal()
    yourChipRemoved = Signal()

    def __init__(
        self,
        data: ExportControlsData,
        sources: SourceRegistry,
        language: LanguageService,
        rule: Rule,
        parent: QWidget | None = None,
    ) -> None:
        self.x_axis = LocalizedValueAxis(self._formatter, "bottom")
        self.y_axis = LocalizedValueAxis(self._formatter, "left")
        super().__init__(MAP_CHART_ID, {"left": self.y_axis, "bottom": self.x_axis}, False, parent)
        self.data = data
        self.sources = sources
        self.language = language
        self.rule = rule
        self.selected: str | None = None
        self.highlighted: set[str] = set()
        self.your_chip: YourChip | None = None
        self._drawn: tuple[Rule, MapFrame] | None = None  # the rule and frame last drawn
        self.plot.showGrid(x=False, y=False)
        self.plot.getViewBox().setMouseEnabled(x=True, y=True)
        self.plot.getViewBox().sigRangeChanged.connect(self._on_range_changed)
        self.remove_your_chip_button = QToolButton(self)
        self.remove_your_chip_button.setObjectName("removeYourChipButton")
        self.remove_your_chip_button.clicked.connect(self._remove_your_chip)
        self.remove_your_chip_button.hide()
        self.add_header_widget(self.remove_your_chip_button)
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName("mapResetButton")
        self.reset_button.clicked.connect(self.reset_zoom)
        self.reset_button.setEnabled(False)
        self.add_header_widget(self.reset_button)
        # The key sits in the chart's own scene, under the plot, so exports carry it too.
        self.legend_item = pg.LegendItem(
            labelTextColor=chart_colours().foreground,
            labelTextSize="8pt",  # a key, smaller than the chart's own names
            colCount=4,
            horSpacing=LEGEND_SPACING,
        )
        self.graphics.addItem(self.legend_item, row=2, col=0)
        self._legend_drawn: tuple | None = None  # the entries and style the key shows
        # What the marks say (a starred name, a computed status …), under the plot.
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("chipMapNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_small(self.notes_label)
        self.layout().insertWidget(self.layout().indexOf(self.source_label), self.notes_label)
        self.plot.getViewBox().sigResized.connect(self._fit_legend)
        self.zone_scatter = ZoneScatter(self.plot)
        self.zone_scatter.pointClicked.connect(self._on_point_clicked)
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

    def set_your_chip(self, your_chip: YourChip | None) -> None:
        """Show the reader's chip (``None``: take it off); a chip without a TPP has no place."""
        if your_chip is not None and your_chip.specs.tpp is None:
            your_chip = None
        if your_chip == self.your_chip:
            return
        self.your_chip = your_chip
        self.remove_your_chip_button.setVisible(your_chip is not None)
        self.update_texts()

    def frame(self) -> MapFrame:
        extra = [self.your_chip.specs] if self.your_chip is not None else []
        return map_frame(self.rule, self.data.chips, extra)

    def writing(self) -> Writing:
        """The interface's words and figures, as the core's text functions take them."""
        return Writing(self.language.words, self.language.formatter, self.sources)

    def drawn_state(self) -> ChipMapState:
        """What the chart shows that its texts depend on (nothing singled out)."""
        return ChipMapState(self.rule, None, self.your_chip)

    # -- zoom -------------------------------------------------------------------------------------
    def view_range(self) -> ViewRange:
        (x_min, x_max), (y_min, y_max) = self.plot.getViewBox().viewRange()
        return ViewRange(x_min, x_max, y_min, y_max)

    def show_range(self, view: ViewRange) -> None:
        self.plot.setRange(
            xRange=(view.x_min, view.x_max), yRange=(view.y_min, view.y_max), padding=0
        )

    def is_zoomed(self) -> bool:
        return not is_full_view(self.view_range(), self.frame())

    def reset_zoom(self) -> None:
        """The whole map again: every chip, every line."""
        self.show_range(full_view(self.frame()))

    def _apply_frame(self, frame: MapFrame) -> None:
        """Limits for the mouse, and the view: the whole frame for a new rule or when the
        whole map was shown; else the reader's zoom stays (a language switch, a redraw)."""
        limits = zoom_limits(frame)
        zoomed = (
            self._drawn is not None
            and self._drawn[0] is self.rule
            and not is_full_view(self.view_range(), self._drawn[1])
        )
        self.plot.getViewBox().setLimits(
            xMin=limits.bounds.x_min,
            xMax=limits.bounds.x_max,
            yMin=limits.bounds.y_min,
            yMax=limits.bounds.y_max,
            minXRange=limits.min_width,
            minYRange=limits.min_height,
        )
        if not zoomed:
            self.show_range(full_view(frame))
        self._drawn = (self.rule, frame)

    def _on_range_changed(self, *_args) -> None:
        self.reset_button.setEnabled(self.is_zoomed())
        if self._drawn is not None:
            self._set_ticks(zooming=True)

    def _on_point_clicked(self, key: str) -> None:
        if key == YOUR_CHIP_KEY:
            self.yourChipClicked.emit()
        else:
            self.chipClicked.emit(key)

    def _remove_your_chip(self) -> None:
        self.set_your_chip(None)
        self.yourChipRemoved.emit()

    # -- texts and drawing ------------------------------------------------------------------------
    def update_texts(self) -> None:
        """Title, subtitle and source now; the plot when it can be seen (or is exported)."""
        self.reset_button.setText(self.tr("Reset view"))
        self.reset_button.setToolTip(
            self.tr("Show the whole map again (the mouse wheel zooms, a drag moves the map)")
        )
        self.remove_your_chip_button.setText(self.tr("Remove your chip"))
        self.remove_your_chip_button.setToolTip(
            self.tr("Take the chip of the classifier off the map")
        )
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
        words, formatter = self.language.words, self.language.formatter
        frame = self.frame()
        colours = chart_colours()
        self.zone_scatter.set_zones(
            [
                ZoneShape(
                    zone.kind.value,
                    tuple((plot_x(x), y) for x, y in zone.polygon),
                    zone_label(words, formatter, zone.kind),
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
            verdict = labelled(words, rule_name(words, rule), status_name(words, status))
            points.append(
                ScatterPoint(
                    chip.id,
                    plot_x(point.x),
                    point.y,
                    marked_name(chip, rule),
                    CHIP_SYMBOLS[chip_kind(chip)],
                    status_colour(status),
                    hollow=status in HOLLOW_STATUSES,
                    tooltip=f"{chip.name}\n{verdict}",
                )
            )
        if self.your_chip is not None:
            points.append(self._your_chip_point(frame))
        self.zone_scatter.set_points(points)
        pairs = slipped_under_2022(self.data.chips) if rule is Rule.OCTOBER_2022 else ()
        self.zone_scatter.set_arrows(list(pairs))
        self.zone_scatter.set_selected(self.selected)
        self.zone_scatter.set_highlighted(self.highlighted)
        self._draw_guides()
        self._apply_frame(frame)
        self._set_ticks()
        # Across, above the plot: the quantity's name reads whole at any plot height.
        self.set_value_titles(axis_title(words, Y_QUANTITY[rule]))
        self.set_axis_labels("", axis_title(words, Quantity.TPP))

    def _your_chip_point(self, frame: MapFrame) -> ScatterPoint:
        words = self.language.words
        point = specs_point(YOUR_CHIP_KEY, self.rule, self.your_chip.specs, frame)
        status = classify(self.rule, self.your_chip.specs).status
        name = your_chip_label(words, self.your_chip.name)
        verdict = labelled(words, rule_name(words, self.rule), status_name(words, status))
        return ScatterPoint(
            YOUR_CHIP_KEY,
            plot_x(point.x),
            point.y,
            name,
            YOUR_CHIP_SYMBOL,
            status_colour(status),
            hollow=status in HOLLOW_STATUSES,
            tooltip=f"{name}\n{verdict}",
            size=YOUR_CHIP_PX,
        )

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

    def _set_ticks(self, zooming: bool = False) -> None:
        """Ticks for the view as it is (zoomed or not): thresholds and round values."""
        formatter = self.language.formatter
        frame = self.frame()
        ticks = ticks_in_view(self.rule, self.view_range(), frame)
        self.x_axis.setTicks(
            [[(x, formatter.number(value, threshold_decimals(value))) for x, value in ticks.x]]
        )
        y_ticks = [(y, formatter.number(value, threshold_decimals(value))) for y, value in ticks.y]
        if ticks.unknown_band:
            y_ticks.append((frame.unknown_y, unknown_row(self.language.words)))
        self.y_axis.setTicks([y_ticks])
        fit_axis_width(self.y_axis, [label for _, label in y_ticks], grow_only=zooming)

    def _update_chart_texts(self) -> None:
        """The exported figure's title, source and notes; its subtitle's account of the
        rule, with what the rings say on screen."""
        writing = self.writing()
        rings = self.tr("Thick ring: the selected chip; dashed: named by the selected event.")
        self.set_texts(
            chip_map_title(self.rule, writing),
            f"{rule_sentence(self.data, self.rule, writing)} {rings}",
            chip_map_source(self.data, self.rule, writing),
        )
        notes = reading_notes(self.data, self.rule, writing)
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    # -- the key ----------------------------------------------------------------------------------
    def _key_entries(self) -> list[tuple[str, str, str, bool]]:
        """The exported figure's key: (label, symbol, colour, hollow) for each status, then
        each kind of chip, the reader's star last."""
        words = self.language.words
        state = self.drawn_state()
        entries = [
            (status_name(words, status), "o", status_colour(status), status in HOLLOW_STATUSES)
            for status in key_statuses(self.data, state)
        ]
        entries += [
            (chip_kind_name(words, kind), CHIP_SYMBOLS[kind], NEUTRAL_GREY, False)
            for kind in key_kinds(self.data)
        ]
        if self.your_chip is not None:
            entries.append((your_chip_key(words), YOUR_CHIP_SYMBOL, NEUTRAL_GREY, False))
        return entries

    def _fill_legend(self) -> None:
        entries = self._key_entries()
        drawn = ([entry[1:] for entry in entries], drawing_style())
        if drawn == self._legend_drawn:
            # The same samples (a language switch): new names on the labels already there.
            for (_sample, label), entry in zip(self.legend_item.items, entries, strict=True):
                label.setText(entry[0])
            self._fit_legend()
            return
        self._legend_drawn = drawn
        clear_legend(self.legend_item)
        for label, symbol, colour, hollow in entries:
            self.legend_item.addItem(self._legend_sample(symbol, colour, hollow), label)
        self._fit_legend()

    @staticmethod
    def _legend_sample(symbol: str, colour: str, hollow: bool) -> pg.PlotDataItem:
        """One point: the legend draws the symbol from it."""
        colours = chart_colours()
        return pg.PlotDataItem(
            [0.0],
            [0.0],
            pen=None,
            symbol=symbol,
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
