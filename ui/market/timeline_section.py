"""The market tab's centre: the timeline of closes with its controls, events and card."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from explainer_core.charts import Writing
from explainer_core.data.market import MarketData
from explainer_core.data.market_why import MarketWhy, WhyItem
from explainer_core.data.sources import SourceRegistry
from explainer_core.market.story import SHOCK_EVENT_ID, ChartMode, RangePreset, range_span
from explainer_core.market.timeline_plan import (
    TimelinePlan,
    ValueUnit,
    events_shown,
    lines_in_picker_order,
    plan_timeline,
)
from explainer_core.market.timeline_readout import readout_rows
from explainer_core.market.timeline_series import (
    nearest_trading_day,
    picker_order,
    reference_day_problem,
)
from explainer_core.market.timeline_state import (
    TimelineState,
    days_between,
    log_scale_applies,
    opening_state,
    range_preset_of,
)
from explainer_core.market.timeline_texts import (
    axis_title,
    left_out_notes,
    seam_note,
    timeline_source,
    timeline_subtitle,
    timeline_title,
)
from explainer_core.templates import fill
from ui.market.readout import readout_html
from ui.market.series_styles import SeriesStyles
from ui.market.timeline_controls import TimelineControls
from ui.market.timeline_lines import TimelineLines
from ui.market.why_html import items_html
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.crosshair import Crosshair
from widgets.event_card import EventCard
from widgets.event_markers import EventMark, EventMarkers
from widgets.localized_axes import LocalizedDateAxis, LocalizedValueAxis, day_of, epoch_seconds

TIMELINE_CHART_ID = "market-timeline"
AXIS_UNITS = {  # how the value axis writes each unit
    ValueUnit.INDEX: "number",
    ValueUnit.PERCENT: "percent",
    ValueUnit.USD: "usd",
    ValueUnit.POINTS: "number",
}
RANGE_PADDING = 0.01  # a little room either side of the days shown
# The notes follow the days in view; while the reader drags, they wait for a pause.
NOTES_DELAY_MS = 120
# In a low window the event card gives up lines (its text scrolls) so the chart keeps room:
# (the section's height below which, lines of text in the card), lowest first.
CARD_LINES_BY_HEIGHT = ((600, 3), (760, 4))
CARD_LINES = 6
# The chart's least height (event labels and plot): below it the centre scrolls.
CHART_MIN_HEIGHT_PX = 330
RANGE_BUTTON_STYLE = """
QToolButton { padding: 2px 6px; border: 1px solid %BORDER%; border-radius: 3px; }
QToolButton:hover { border-color: palette(highlight); }
QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: bold;
}
"""


class TimelineSection(QWidget):
    """Owns the timeline's state (``TimelineState``: the instruments, mode, reference day,
    dates shown, log scale, ring) and the event on its card, and tells their changes by
    signal, with domain values. Texts follow ``update_texts``, colours and sizes
    ``redraw``, both called by the tab view."""

    referenceDayChanged = Signal(object)  # dt.date
    eventSelected = Signal(str)
    resetRequested = Signal()
    statusMessage = Signal(str)

    def __init__(
        self,
        language: LanguageService,
        data: MarketData,
        sources: SourceRegistry,
        styles: SeriesStyles,
        why: MarketWhy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._data = data
        self._sources = sources
        self._styles = styles
        self._why = why
        self.state: TimelineState = opening_state(data)
        self.range: RangePreset | None = range_preset_of(data, self.state)
        self.selected_event: str | None = SHOCK_EVENT_ID
        self._card_items: tuple[str, tuple[WhyItem, ...]] | None = None  # a preset's why
        first, last = data.closes.index[0].date(), data.closes.index[-1].date()
        self._window = (first, last)  # every line is drawn over the whole price window
        self.plan: TimelinePlan = plan_timeline(data, self.state)  # what the days shown draw
        self._window_plan: TimelinePlan = self.plan
        self._source_events: tuple[str, ...] | None = None
        self._setting_days = False
        self._reference_history: list[dt.date] = []  # for undo, most recent last

        self.controls = TimelineControls(language, data, self)
        self.controls.modeChosen.connect(lambda mode: self.set_mode(ChartMode(mode)))
        self.controls.logScaleToggled.connect(self.set_log_scale)
        self.controls.referenceDayChosen.connect(self.choose_reference_day)
        self.controls.problemShown.connect(self.statusMessage)

        # The range buttons sit on the chart's title row, where there is room in every language.
        self.range_buttons: dict[RangePreset, QToolButton] = {}
        header: list[QWidget] = []
        for preset in RangePreset:
            button = QToolButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, p=preset: self.apply_range(p))
            header.append(button)
            self.range_buttons[preset] = button
        self.reset_button = QToolButton(self)
        self.reset_button.clicked.connect(self.resetRequested)
        header.append(self.reset_button)

        formatter = lambda: self.language.formatter  # noqa: E731 (read at every paint)
        self.value_axis = LocalizedValueAxis(formatter, "left")
        self.date_axis = LocalizedDateAxis(formatter, "bottom")
        self.chart = ChartPanel(
            TIMELINE_CHART_ID, {"left": self.value_axis, "bottom": self.date_axis}, parent=self
        )
        for widget in header:
            self.chart.add_header_widget(widget)
        self.chart.graphics.setMinimumHeight(CHART_MIN_HEIGHT_PX)
        # In price mode, indices (points) get a plot of their own under the shares (dollars).
        self.lower_value_axis = LocalizedValueAxis(formatter, "left")
        self.lower_date_axis = LocalizedDateAxis(formatter, "bottom")
        self.lower_plot = self.chart.add_lower_plot(
            {"left": self.lower_value_axis, "bottom": self.lower_date_axis}
        )
        self.value_axis.share_width_with(self.lower_value_axis)
        for plot in self.plots:
            plot.getViewBox().setMouseEnabled(x=True, y=False)
            plot.getViewBox().sigRangeChangedManually.connect(self._forget_range)
            plot.setClipToView(True)
        view = self.chart.plot.getViewBox()
        self.markers = EventMarkers(self.chart.plot, self.chart.graphics)
        self.markers.add_plot(self.lower_plot)
        self.markers.eventClicked.connect(self.select_event)
        self.markers.eventHovered.connect(self.select_event)
        self.reference_line = pg.InfiniteLine(angle=0, movable=False)
        self.chart.plot.addItem(self.reference_line, ignoreBounds=True)
        self.lines = TimelineLines(self.chart, data, styles)
        self.crosshair = Crosshair(
            self.chart.plot, self.chart.graphics, self._snap, self.readout_at
        )
        self.crosshair.add_plot(self.lower_plot)
        self.chart.plot.scene().sigMouseClicked.connect(self._on_chart_clicked)
        self.chart.legend.isolatedChanged.connect(lambda _name: self._state_changed())

        # Taking a day as the reference is deliberate: a double-click, or this action in
        # the chart's context menu; either can be undone.
        self._pointed_day: dt.date | None = None
        self.use_day_action = QAction(self)
        self.use_day_action.triggered.connect(self._use_pointed_day)
        self.chart.add_context_action(self.use_day_action)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_reference_day)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)
        self.chart.add_context_action(self.undo_action)
        self.chart.contextMenuAboutToShow.connect(self._point_at)

        self.notes = QLabel(self)
        self.notes.setObjectName("timelineNotes")
        self.notes.setWordWrap(True)
        self.notes.hide()
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self._state_changed)

        self.card = EventCard(self)
        self.card.previousRequested.connect(lambda: self.step_event(-1))
        self.card.nextRequested.connect(lambda: self.step_event(1))
        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_event(s))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.card)
        view.sigXRangeChanged.connect(self._follow_view_range)
        self.redraw()
        self._show_controls_state()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = event.size().height()
        lines = next((n for below, n in CARD_LINES_BY_HEIGHT if height < below), CARD_LINES)
        self.card.set_body_lines(lines)

    @property
    def plots(self) -> list[pg.PlotItem]:
        """The top plot, and the one under it (drawn in price mode only)."""
        return [self.chart.plot, self.lower_plot]

    # -- state ----------------------------------------------------------------------
    def apply_state(self, state: TimelineState, event_id: str = SHOCK_EVENT_ID) -> None:
        """Show ``state`` whole, with ``event_id`` on the card."""
        self.state = replace(state, tickers=picker_order(self._data, state.tickers))
        if not log_scale_applies(state.mode):
            self.state = replace(self.state, log_scale=False)
        if self.chart.legend is not None:
            self.chart.legend.show_all()
        self.controls.clear_problem()
        self._show_controls_state()
        self._redraw_series()
        self._show_days(state.first, state.last)
        self.select_event(event_id)
        self.referenceDayChanged.emit(self.state.reference_day)

    def figure_state(self) -> TimelineState:
        """What a file of the chart must show now: the lines the reader can see (one, when
        the legend isolates it), over the days in view, as they are drawn."""
        isolated = self.chart.legend.isolated if self.chart.legend is not None else ""
        by_name = {self._data.instrument(t).name: t for t in self.state.tickers}
        if isolated in by_name:
            return replace(self.state, tickers=(by_name[isolated],))
        return self.state

    def set_tickers(self, tickers: list[str]) -> None:
        self.state = replace(self.state, tickers=picker_order(self._data, tickers))
        self._redraw_series()

    def set_mode(self, mode: ChartMode) -> None:
        mode = ChartMode(mode)
        # Hidden outside price mode, and never left ticked.
        log_scale = self.state.log_scale and log_scale_applies(mode)
        self.state = replace(self.state, mode=mode, log_scale=log_scale)
        self._show_controls_state()
        self._redraw_series()

    def set_log_scale(self, on: bool) -> None:
        self.state = replace(self.state, log_scale=on and log_scale_applies(self.state.mode))
        self._show_controls_state()
        self._apply_log_scale()
        self._update_axis_labels()
        self._state_changed()

    def set_reference_day(self, day: dt.date) -> None:
        """Rebase on the close of ``day``, a trading day of the data (``ValueError`` if not)."""
        if reference_day_problem(self._data, day) is not None:
            raise ValueError(f"{day} cannot be the reference day")
        self.state = replace(self.state, reference_day=day)
        self._show_controls_state()
        self._redraw_series()
        self.referenceDayChanged.emit(day)

    def choose_reference_day(self, day: dt.date) -> None:
        """The user's choice of reference day: applied, said in the status bar, undoable."""
        if day == self.reference_day:
            return
        self._reference_history.append(self.reference_day)
        self.undo_action.setEnabled(True)
        self.set_reference_day(day)
        undo_keys = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusMessage.emit(
            fill(
                self.tr("Reference day: %1. Undo with %2."),
                self.language.formatter.long_date(day),
                undo_keys,
            )
        )

    def undo_reference_day(self) -> None:
        """Back to the reference day before the user's last choice."""
        if not self._reference_history:
            return
        day = self._reference_history.pop()
        self.undo_action.setEnabled(bool(self._reference_history))
        self.set_reference_day(day)
        self.statusMessage.emit(
            fill(self.tr("Reference day back to %1."), self.language.formatter.long_date(day))
        )

    @property
    def tickers(self) -> tuple[str, ...]:
        return self.state.tickers

    @property
    def mode(self) -> ChartMode:
        return self.state.mode

    @property
    def log_scale(self) -> bool:
        return self.state.log_scale

    @property
    def reference_day(self) -> dt.date:
        return self.state.reference_day

    @property
    def highlighted(self) -> str | None:
        return self.state.highlighted

    @property
    def curves(self) -> dict[str, pg.PlotDataItem]:
        """The lines drawn, by ticker."""
        return self.lines.curves

    @property
    def focus_marker(self) -> pg.PlotDataItem:
        """The ring on the close a claim asked for."""
        return self.lines.focus_marker

    def apply_range(self, preset: RangePreset) -> None:
        self._show_days(*range_span(preset, self._data))

    def _show_days(self, first: dt.date, last: dt.date) -> None:
        """Show the days from ``first`` to ``last``; the range button that names them, if any."""
        self.state = replace(self.state, first=first, last=last)
        self.range = range_preset_of(self._data, self.state)
        self._setting_days = True  # the view pads the days: they stay the state's
        try:
            self.chart.plot.setXRange(
                epoch_seconds(first), epoch_seconds(last), padding=RANGE_PADDING
            )
        finally:
            self._setting_days = False
        self._autoscale_y()
        self._show_range_buttons()
        self._state_changed()

    def _forget_range(self, *_args) -> None:
        """The reader zoomed or panned: the days in view are the state's own."""
        self._follow_view_range()

    def _follow_view_range(self, *_args) -> None:
        """Days brought into view otherwise than by ``_show_days`` (the reader zooms or
        pans) become the state's, and no range button names them any more."""
        if self._setting_days:
            return
        (x_min, x_max), _ = self.chart.plot.getViewBox().viewRange()
        if self._shows_state_days(x_min, x_max):
            return
        days = days_between(x_min, x_max)
        if days is None:
            return
        self.state = replace(self.state, first=days[0], last=days[1])
        if self.range is not None:
            self.range = None
            self._show_range_buttons()
        self._notes_timer.start()

    def _shows_state_days(self, x_min: float, x_max: float) -> bool:
        """Whether the view is the state's days, padded as ``_show_days`` pads them."""
        first, last = epoch_seconds(self.state.first), epoch_seconds(self.state.last)
        pad = (last - first) * RANGE_PADDING
        return abs(x_min - (first - pad)) < 1 and abs(x_max - (last + pad)) < 1

    def _show_range_buttons(self) -> None:
        for preset, button in self.range_buttons.items():
            button.setChecked(preset is self.range)

    def select_event(self, event_id: str) -> None:
        if not any(e.id == event_id for e in self._data.events):
            return
        self.selected_event = event_id
        self._card_items = None
        self.markers.set_selected(event_id)
        self._show_card()
        self.eventSelected.emit(event_id)

    def show_items_on_card(self, title: str, items: tuple[WhyItem, ...]) -> None:
        """Put ``items`` (a preset's why) on the card under ``title``, until an event is
        chosen again."""
        self._card_items = (title, items)
        self._show_card()

    def step_event(self, step: int) -> None:
        ids = [event.id for event in self._data.events]
        if not ids:
            return
        current = ids.index(self.selected_event) if self.selected_event in ids else -1
        target = min(max(current + step, 0), len(ids) - 1)
        self.select_event(ids[target])

    def shown_tickers(self) -> list[str]:
        """The instruments whose lines can be seen now, in the legend's order (the legend
        may isolate one)."""
        shown = set(self.lines.shown())
        return [
            line.ticker
            for line in lines_in_picker_order(self._data, self._window_plan)
            if line.ticker in shown
        ]

    def _show_controls_state(self) -> None:
        self.controls.show_state(self.mode, self.log_scale, self.reference_day)

    def _state_changed(self) -> None:
        """Say what the new state shows: the notes, the subtitle, the source line, and
        the table when it is shown in place of the chart."""
        self._notes_timer.stop()
        self.plan = plan_timeline(self._data, self.figure_state())
        self._update_plan_texts()
        if self.chart.shows_table:
            self.chart.refresh_table()

    # -- drawing --------------------------------------------------------------------
    def _redraw_series(self) -> None:
        first, last = self._window
        self._window_plan = plan_timeline(self._data, replace(self.state, first=first, last=last))
        stacked = self._window_plan.stacked
        self.chart.show_lower_plot(stacked)
        self.lines.draw(self._window_plan, self.plots)
        self.reference_line.setVisible(self.mode is not ChartMode.PRICE)
        self.reference_line.setPos(100.0 if self.mode is ChartMode.REBASED else 0.0)
        units = [panel.unit for panel in self._window_plan.panels]
        self.value_axis.set_unit(AXIS_UNITS[units[0]])
        if stacked:
            self.lower_value_axis.set_unit(AXIS_UNITS[units[1]])
        self._apply_log_scale()
        self._update_axis_labels()
        self.lines.ring(self.state.highlighted)
        self._state_changed()

    def _apply_log_scale(self) -> None:
        log = self.state.log_applies
        if any(plot.getAxis("left").logMode != log for plot in self.plots):
            # pyqtgraph ranges every axis anew on a change of scale: keep the days shown
            # (on the top plot, which the lower one follows).
            days = self.chart.plot.getViewBox().viewRange()[0]
            self._setting_days = True
            try:
                for plot in self.plots:
                    plot.setLogMode(x=False, y=log)
                self.chart.plot.getViewBox().setXRange(*days, padding=0)
            finally:
                self._setting_days = False
        self._autoscale_y()

    def _autoscale_y(self) -> None:
        for plot in self.plots:
            view = plot.getViewBox()
            view.setAutoVisible(y=True)
            view.enableAutoRange(axis=pg.ViewBox.YAxis, enable=True)

    # -- pointing at a day ------------------------------------------------------------
    def _snap(self, x: float) -> float | None:
        """The x of the trading day nearest the pointer's ``x`` (None: none near)."""
        day = self._day_at_x(x)
        return None if day is None else epoch_seconds(day)

    def _day_at_x(self, x: float) -> dt.date | None:
        try:
            moment = dt.datetime.fromtimestamp(x, tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return nearest_trading_day(self._data, moment)

    def _day_at(self, scene_pos: QPointF) -> dt.date | None:
        for plot in self.plots:
            view = plot.getViewBox()
            if plot.isVisible() and view.sceneBoundingRect().contains(scene_pos):
                return self._day_at_x(view.mapSceneToView(scene_pos).x())
        return None

    def _on_chart_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not event.double() or event.isAccepted():
            return
        day = self._day_at(event.scenePos())
        if day is not None:
            event.accept()
            self.choose_reference_day(day)

    def _point_at(self, scene_pos: QPointF) -> None:
        """Name the day under the pointer in the context menu's action (or hide it)."""
        self._pointed_day = self._day_at(scene_pos)
        self.use_day_action.setVisible(self._pointed_day is not None)
        if self._pointed_day is not None:
            self.use_day_action.setText(
                fill(
                    self.tr("Use %1 as the reference day"),
                    self.language.formatter.date(self._pointed_day),
                )
            )
            self.use_day_action.setEnabled(self._pointed_day != self.reference_day)

    def _use_pointed_day(self) -> None:
        if self._pointed_day is not None:
            self.choose_reference_day(self._pointed_day)

    def readout_at(self, x: float) -> str:
        """The crosshair's tooltip: the day, then each series in view with its close and
        its rebased or % value."""
        day = day_of(x)
        rows = readout_rows(self._data, self.shown_tickers(), self.mode, self.reference_day, day)
        return readout_html(self.language.formatter, day, rows, self._styles)

    # -- texts ----------------------------------------------------------------------
    def _writing(self) -> Writing:
        """The words the chart shares with its files, in the interface language."""
        return Writing(self.language.words, self.language.formatter, self._sources)

    def _show_card(self) -> None:
        formatter = self.language.formatter
        code = self.language.language
        if self._card_items is not None:
            title, items = self._card_items
            self.card.show_event(
                self.tr("Preset"), title, "", "", items_html(items, formatter, self._sources)
            )
            return
        if self.selected_event is None:
            return
        event = next(e for e in self._data.events if e.id == self.selected_event)
        items = self._why.for_event(event.id) if self._why is not None else ()
        self.card.show_event(
            formatter.long_date(event.day),
            event.title(code),
            event.text(code),
            sources_html(event.sources, self._sources, formatter),
            items_html(items, formatter, self._sources),
        )
        ids = [e.id for e in self._data.events]
        position = ids.index(event.id)
        self.card.previous_button.setEnabled(position > 0)
        self.card.next_button.setEnabled(position < len(ids) - 1)

    def _draw_event_marks(self) -> None:
        """The events' labels above the timeline (in place when only their texts change)."""
        code = self.language.language
        self.markers.set_events(
            [EventMark(e.id, epoch_seconds(e.day), e.label(code)) for e in self._data.events]
        )
        self.markers.set_selected(self.selected_event)
        for axis in (self.value_axis, self.date_axis, self.lower_value_axis, self.lower_date_axis):
            axis.refresh()

    def _update_axis_labels(self) -> None:
        """What each plot's values are, in the figure's words, above the plot."""
        writing = self._writing()
        log = self.state.log_applies
        titles = [axis_title(panel.unit, log, writing) for panel in self._window_plan.panels]
        self.chart.set_value_titles(*titles)

    def _update_plan_texts(self) -> None:
        """The subtitle, the source line and the notes: what the days in view show."""
        writing = self._writing()
        subtitle = timeline_subtitle(self.plan, self.state, writing)
        shown = tuple(event.id for event in events_shown(self._data, self.state))
        if shown != self._source_events:
            # The source line names the events' publishers; it is redone only when other
            # events come into view, so that it keeps its height while the reader drags.
            self._source_events = shown
            self.chart.set_texts(timeline_title(writing), subtitle, self._source_line(writing))
        elif subtitle != self.chart.subtitle_label.text():
            self.chart.set_subtitle(subtitle)
        self._update_notes(writing)

    def _source_line(self, writing: Writing) -> str:
        """The figure's own source line: the price data, and the publishers of the events
        in view (each event's card links its sources)."""
        return timeline_source(self._data, events_shown(self._data, self.state), writing)

    def _update_notes(self, writing: Writing) -> None:
        """What the chart leaves out or breaks, said under it in the figure's words."""
        notes = [
            seam_note(self._data, self.plan, writing),
            *left_out_notes(self._data, self.plan, writing),
        ]
        isolated = self.chart.legend.isolated if self.chart.legend is not None else ""
        if isolated:
            notes.append(
                fill(
                    self.tr("Only %1 is shown: click its legend entry to show all series."),
                    isolated,
                )
            )
        text = "\n".join(note for note in notes if note)
        if text != self.notes.text():
            self.notes.setText(text)
        self.notes.setVisible(bool(text))

    def update_texts(self) -> None:
        self.controls.update_texts()
        range_names = {
            RangePreset.ONE_MONTH: self.tr("1 month"),
            RangePreset.THREE_MONTHS: self.tr("3 months"),
            RangePreset.ALL: self.tr("All"),
        }
        for preset, button in self.range_buttons.items():
            button.setText(range_names[preset])
        self.reset_button.setText(self.tr("Reset view"))
        self.reset_button.setToolTip(
            self.tr("Back to the opening view: instruments, mode, reference day, range, event")
        )
        self.card.set_button_tips(self.tr("Previous event (←)"), self.tr("Next event (→)"))
        self.undo_action.setText(self.tr("Undo the reference day change"))
        if self.chart.legend is not None:
            self.chart.legend.setToolTip(
                self.tr("Click an entry to show that series alone; click again to show all.")
            )
        writing = self._writing()
        self._source_events = tuple(event.id for event in events_shown(self._data, self.state))
        self.chart.set_texts(
            timeline_title(writing),
            timeline_subtitle(self.plan, self.state, writing),
            self._source_line(writing),
        )
        self._update_axis_labels()
        self._update_notes(writing)
        self.chart.draw_when_shown(self._draw_event_marks)
        self._show_card()

    # -- appearance -----------------------------------------------------------------
    def redraw(self) -> None:
        """The items drawn once at build time, in the current chart colours."""
        colours = chart_colours()
        self.reference_line.setPen(pg.mkPen(colours.rule, width=1))
        self.lines.restyle()
        self.crosshair.apply_colours()
        for button in self.range_buttons.values():
            # palette() is read when the sheet is set: set again after a theme switch.
            button.setStyleSheet(RANGE_BUTTON_STYLE.replace("%BORDER%", colours.faint))
        self.controls.redraw()
