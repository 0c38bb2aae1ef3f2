"""The rules timeline section: one lane per kind of event from 2019 to the latest entry, the
selected event told in full beside it, ← and → to step from event to event.

Owns the selected event (and whether the reader singled it out) and the chip whose events
it rings; gives the timeline's state to a file (``figure_state``); tells the tab by
signals (event ids, chip ids) and never reaches into the other sections. Its title,
source line, lane names and first sentence are the exported figure's
(``figures_timeline``).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QToolButton, QVBoxLayout, QWidget

from explainer_core.charts import Writing
from explainer_core.chip_controls.chart_states import TimelineState
from explainer_core.chip_controls.figures_timeline import (
    lane_names,
    lanes_sentence,
    timeline_source,
    timeline_title,
)
from explainer_core.chip_controls.texts import rule_name
from explainer_core.chip_controls.timeline import (
    LANES,
    MIN_TIMELINE_DAYS,
    RULE_EVENT_IDS,
    lane_title_lines,
    lane_y,
    stepped_event_id,
    timeline_view_span,
)
from explainer_core.data.export_controls import FIRST_DATE, ExportControlsData
from explainer_core.data.sources import SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill
from ui.chip_controls.axis_width import fit_axis_width
from ui.chip_controls.event_details import EventDetailsPanel
from ui.chip_controls.panels import wrapped_label
from ui.chip_controls.styles import KIND_STYLES
from ui.shell.language import LanguageService
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.lane_markers import LaneMark, LaneMarkers
from widgets.localized_axes import SECONDS_PER_DAY, LocalizedDateAxis, epoch_seconds

TIMELINE_CHART_ID = "export-rules-timeline"
PAGE_MARGINS = (4, 6, 4, 4)
SAME_VIEW_TOLERANCE = 1e-3  # share of the span: closer than this, two views are the same


class RulesTimelineSection(QWidget):
    """``eventSelected``: the reader chose an event; ``chipRequested``: a chip's link."""

    eventSelected = Signal(str)
    chipRequested = Signal(str)

    def __init__(
        self,
        data: ExportControlsData,
        sources: SourceRegistry,
        language: LanguageService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.sources = sources
        self.language = language
        self.selected_event: str | None = None
        self.event_singled_out = False  # the reader chose the selected event (not the tab)
        self.ringed_chip: str | None = None  # the chip whose events are ringed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        self.intro_label = wrapped_label(self, "timelineIntro", rich=False)
        layout.addWidget(self.intro_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)

        self.lane_axis = pg.AxisItem("left")
        self.date_axis = LocalizedDateAxis(self._formatter, "bottom")
        self.chart = ChartPanel(
            TIMELINE_CHART_ID,
            {"left": self.lane_axis, "bottom": self.date_axis},
            with_legend=False,
            parent=splitter,
        )
        self.reset_button = QToolButton(self.chart)
        self.reset_button.setObjectName("timelineResetButton")
        self.reset_button.clicked.connect(self.reset_zoom)
        self.chart.add_header_widget(self.reset_button)
        self.chart.plot.showGrid(x=True, y=False, alpha=0.12)
        view = self.chart.plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        first, last = timeline_view_span(data.events, FIRST_DATE)
        self._full_x = (epoch_seconds(first), epoch_seconds(last))
        view.setLimits(
            xMin=self._full_x[0],
            xMax=self._full_x[1],
            minXRange=MIN_TIMELINE_DAYS * SECONDS_PER_DAY,
        )
        self._lane_separators: list[pg.InfiniteLine] = []
        for kind in LANES[1:]:  # light separators between the lanes
            separator = pg.InfiniteLine(pos=lane_y(kind) + 0.5, angle=0)
            self.chart.plot.addItem(separator, ignoreBounds=True)
            self._lane_separators.append(separator)
        view.sigXRangeChanged.connect(self._on_range_changed)
        self.reset_zoom()
        self.lane_markers = LaneMarkers(self.chart.plot)
        self.lane_markers.markClicked.connect(self.select_event)
        self.details = EventDetailsPanel(data, sources, language, splitter)
        self.details.stepRequested.connect(self.step_event)
        self.details.chipRequested.connect(self.chipRequested)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([860, 380])
        layout.addWidget(splitter, 1)
        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_event(s))
        self.redraw()

    def _formatter(self) -> LocaleFormatter:
        """The current language's formatter, read by the date axis each time it paints."""
        return self.language.formatter

    # -- behaviour --------------------------------------------------------------------------------
    def select_event(self, event_id: str, singled_out: bool = True) -> bool:
        """Select an event (its details, its marker ringed); False for an unknown id.
        ``singled_out``: the reader chose it (a file of the timeline then rings it too);
        False for the event the tab selects by itself."""
        if event_id not in {event.id for event in self.data.events}:
            return False
        changed = event_id != self.selected_event
        self.selected_event = event_id
        self.event_singled_out = singled_out
        self.lane_markers.set_selected(event_id)
        self.details.show_event(event_id)
        if changed:
            self.eventSelected.emit(event_id)
        return True

    def step_event(self, step: int) -> None:
        event_id = stepped_event_id(self.data.events, self.selected_event, step)
        if event_id is not None:
            self.select_event(event_id)

    def set_ringed_chip(self, chip_id: str | None) -> None:
        """Ring the events that name ``chip_id`` (the chip selected on the map)."""
        self.ringed_chip = chip_id
        self.lane_markers.set_highlighted(self.highlighted_events())
        self._update_chart_texts()

    def figure_state(self) -> TimelineState:
        """The timeline as the reader left it: the event they singled out, if any."""
        return TimelineState(self.selected_event if self.event_singled_out else None)

    def writing(self) -> Writing:
        """The interface's words and figures, as the core's text functions take them."""
        return Writing(self.language.words, self.language.formatter, self.sources)

    def highlighted_events(self) -> set[str]:
        if self.ringed_chip is None:
            return set()
        return {event.id for event in self.data.events_for_chip(self.ringed_chip)}

    def reset_zoom(self) -> None:
        """Every event in view, from the first year to the latest entry."""
        self.chart.plot.setXRange(*self._full_x, padding=0)

    def is_zoomed(self) -> bool:
        first, last = self.chart.plot.getViewBox().viewRange()[0]
        room = (self._full_x[1] - self._full_x[0]) * SAME_VIEW_TOLERANCE
        return first > self._full_x[0] + room or last < self._full_x[1] - room

    def _on_range_changed(self, *_args) -> None:
        self.reset_button.setEnabled(self.is_zoomed())

    # -- texts and drawing ------------------------------------------------------------------------
    def update_texts(self) -> None:
        self.intro_label.setText(
            self.tr(
                "From the first measures against Huawei to the case-by-case licences of the "
                "latest policy: the US rules and licence decisions, how chip makers answered, "
                "how Beijing reacted, and the market shock. Click an event (or use ← and →) to "
                "read what changed."
            )
        )
        self.reset_button.setText(self.tr("Reset view"))
        self.reset_button.setToolTip(self.tr("Show the whole timeline again"))
        self.chart.set_axis_labels("")
        self._update_chart_texts()
        self.details.update_texts()
        # Drawn now if it can be seen, else when the section is shown (or exported).
        self.chart.draw_when_shown(self._draw)

    def redraw(self) -> None:
        """The items drawn once at build time, in the current chart colours."""
        self.chart.apply_colours()
        for separator in self._lane_separators:
            separator.setPen(pg.mkPen(chart_colours().separator, width=1))

    def _draw(self) -> None:
        code = self.language.language
        marks = []
        for event in self.data.events:
            symbol, colour = KIND_STYLES[event.kind]
            tooltip = f"{self.details.date_text(event)}\n{event.title(code)}"
            marks.append(
                LaneMark(
                    event.id,
                    epoch_seconds(event.date),
                    int(lane_y(event.kind)),
                    symbol,
                    colour,
                    hollow=event.reported,
                    tooltip=tooltip,
                )
            )
        self.lane_markers.set_marks(marks)
        known = {event.id for event in self.data.events}
        self.lane_markers.set_captions(
            {
                event_id: rule_name(self.language.words, rule)
                for rule, event_id in RULE_EVENT_IDS.items()
                if event_id in known
            }
        )
        self.lane_markers.set_selected(self.selected_event)
        self.lane_markers.set_highlighted(self.highlighted_events())
        lane_ticks = [
            (lane_y(kind), lane_title_lines(name)) for kind, name in lane_names(self.writing())
        ]
        self.lane_axis.setTicks([lane_ticks])
        fit_axis_width(self.lane_axis, [label for _, label in lane_ticks], with_label=False)
        self.date_axis.refresh()

    def _update_chart_texts(self) -> None:
        """The exported figure's title, source and first sentence, with what the rings say
        on screen (the file names and numbers its events instead)."""
        writing = self.writing()
        parts = [lanes_sentence(writing)]
        if self.ringed_chip is not None:
            parts.append(
                fill(
                    self.tr("Ringed: the events that concern the %1."),
                    self.data.chip(self.ringed_chip).name,
                )
            )
        self.chart.set_texts(
            timeline_title(self.data, writing), " ".join(parts), timeline_source(self.data, writing)
        )
