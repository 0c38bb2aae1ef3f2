"""The market tab's centre: the timeline of closes with its controls, events and card."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from explainer_core.data.market import MarketData
from explainer_core.data.sources import SourceRegistry
from explainer_core.market.story import (
    OPENING_STATE,
    ChartMode,
    RangePreset,
    TimelineState,
    range_span,
    series_for_mode,
)
from explainer_core.market.timeline import (
    LinePlan,
    ValueUnit,
    log_scale_applies,
    nearest_trading_day,
    plan_lines,
    readout_rows,
    reference_day_problem,
)
from explainer_core.templates import fill
from ui.market.readout import readout_html
from ui.market.series_styles import SeriesStyles
from ui.market.timeline_controls import TimelineControls
from ui.market.timeline_lines import TimelineLines
from ui.market.timeline_notes import timeline_notes
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
RANGE_BUTTON_STYLE = """
QToolButton { padding: 2px 6px; border: 1px solid %BORDER%; border-radius: 3px; }
QToolButton:hover { border-color: palette(highlight); }
QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: bold;
}
"""


class TimelineSection(QWidget):
    """Owns the timeline's state (instruments drawn, mode, reference day, range, event)
    and tells its changes by signal, with domain values. Texts follow ``update_texts``,
    colours and sizes ``redraw``, both called by the tab view."""

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._data = data
        self._sources = sources
        self._styles = styles
        state = OPENING_STATE
        self.tickers: tuple[str, ...] = state.tickers
        self.mode = state.mode
        self.log_scale = state.log_scale
        self.reference_day = state.reference_day
        self.range: RangePreset | None = state.range
        self.selected_event: str | None = state.event_id
        self.focused_ticker: str | None = state.focused_ticker
        self.plan = LinePlan((), ValueUnit.INDEX)
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
        plot = self.chart.plot
        view = plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.sigRangeChangedManually.connect(self._forget_range)
        plot.setClipToView(True)
        self.markers = EventMarkers(plot, self.chart.graphics)
        self.markers.eventClicked.connect(self.select_event)
        self.markers.eventHovered.connect(self.select_event)
        self.reference_line = pg.InfiniteLine(angle=0, movable=False)
        plot.addItem(self.reference_line, ignoreBounds=True)
        self.lines = TimelineLines(self.chart, data, styles)
        self.crosshair = Crosshair(plot, self.chart.graphics, self._snap, self.readout_at)
        plot.scene().sigMouseClicked.connect(self._on_chart_clicked)
        self.chart.legend.isolatedChanged.connect(lambda _name: self._update_notes())

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
        view.sigXRangeChanged.connect(lambda *_: self._update_notes())
        self.redraw()
        self._show_controls_state()

    # -- state ----------------------------------------------------------------------
    def apply_state(self, state: TimelineState, tickers: list[str] | None = None) -> None:
        """Show ``state`` whole (``tickers``: its instruments in the picker's order)."""
        self.tickers = tuple(tickers if tickers is not None else state.tickers)
        self.mode = state.mode
        self.log_scale = state.log_scale and log_scale_applies(state.mode)
        self.reference_day = state.reference_day
        self.focused_ticker = state.focused_ticker
        if self.chart.legend is not None:
            self.chart.legend.show_all()
        self.controls.clear_problem()
        self._show_controls_state()
        self._redraw_series()
        self.apply_range(state.range)
        self.select_event(state.event_id)
        self.referenceDayChanged.emit(self.reference_day)

    def set_tickers(self, tickers: list[str]) -> None:
        self.tickers = tuple(tickers)
        self._redraw_series()

    def set_mode(self, mode: ChartMode) -> None:
        self.mode = ChartMode(mode)
        if not log_scale_applies(self.mode):
            self.log_scale = False  # hidden outside price mode, and never left ticked
        self._show_controls_state()
        self._redraw_series()

    def set_log_scale(self, on: bool) -> None:
        self.log_scale = on and log_scale_applies(self.mode)
        self._show_controls_state()
        self._apply_log_scale()

    def set_reference_day(self, day: dt.date) -> None:
        """Rebase on the close of ``day``, a trading day of the data (``ValueError`` if not)."""
        if reference_day_problem(self._data, day) is not None:
            raise ValueError(f"{day} cannot be the reference day")
        self.reference_day = day
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
    def curves(self) -> dict[str, pg.PlotDataItem]:
        """The lines drawn, by ticker."""
        return self.lines.curves

    @property
    def focus_marker(self) -> pg.PlotDataItem:
        """The ring on the close a claim asked for."""
        return self.lines.focus_marker

    def apply_range(self, preset: RangePreset) -> None:
        first, last = range_span(preset, self._data)
        self.chart.plot.setXRange(epoch_seconds(first), epoch_seconds(last), padding=0.01)
        self._autoscale_y()
        self.range = preset
        self._show_range_buttons()

    def _forget_range(self, *_args) -> None:
        """The reader zoomed or panned: no range button names what is shown any more."""
        self.range = None
        self._show_range_buttons()

    def _show_range_buttons(self) -> None:
        for preset, button in self.range_buttons.items():
            button.setChecked(preset is self.range)

    def select_event(self, event_id: str) -> None:
        if not any(e.id == event_id for e in self._data.events):
            return
        self.selected_event = event_id
        self.markers.set_selected(event_id)
        self._show_card()
        self.eventSelected.emit(event_id)

    def step_event(self, step: int) -> None:
        ids = [event.id for event in self._data.events]
        if not ids:
            return
        current = ids.index(self.selected_event) if self.selected_event in ids else -1
        target = min(max(current + step, 0), len(ids) - 1)
        self.select_event(ids[target])

    def shown_tickers(self) -> list[str]:
        """The instruments whose lines can be seen now (the legend may isolate one)."""
        shown = set(self.lines.shown())
        return [t for t in self.plan.drawn if t in shown]

    def _show_controls_state(self) -> None:
        self.controls.show_state(self.mode, self.log_scale, self.reference_day)

    # -- drawing --------------------------------------------------------------------
    def _redraw_series(self) -> None:
        self.plan = plan_lines(self._data, self.tickers, self.mode)
        values = series_for_mode(self._data, list(self.plan.drawn), self.mode, self.reference_day)
        self.lines.draw(values)
        self.reference_line.setVisible(self.mode is not ChartMode.PRICE)
        self.reference_line.setPos(100.0 if self.mode is ChartMode.REBASED else 0.0)
        self.value_axis.set_unit(AXIS_UNITS[self.plan.unit])
        self._apply_log_scale()
        self._update_axis_label()
        self.lines.ring(self.focused_ticker)
        self._update_notes()

    def _apply_log_scale(self) -> None:
        log = self.log_scale and log_scale_applies(self.mode)
        plot = self.chart.plot
        if plot.getAxis("left").logMode != log:
            # pyqtgraph ranges every axis anew on a change of scale: keep the days shown.
            days = plot.getViewBox().viewRange()[0]
            plot.setLogMode(x=False, y=log)
            plot.getViewBox().setXRange(*days, padding=0)
        self._autoscale_y()

    def _autoscale_y(self) -> None:
        view = self.chart.plot.getViewBox()
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
        view = self.chart.plot.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return self._day_at_x(view.mapSceneToView(scene_pos).x())

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
    def _show_card(self) -> None:
        if self.selected_event is None:
            return
        event = next(e for e in self._data.events if e.id == self.selected_event)
        code = self.language.language
        formatter = self.language.formatter
        self.card.show_event(
            formatter.long_date(event.day),
            event.title(code),
            event.text(code),
            sources_html(event.sources, self._sources, formatter),
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
        self.value_axis.refresh()
        self.date_axis.refresh()

    def _update_subtitle(self) -> None:
        self.chart.set_subtitle(self._subtitle())

    def _subtitle(self) -> str:
        formatter = self.language.formatter
        subtitles = {
            ValueUnit.INDEX: self.tr("Daily closes, rebased to 100 at the close of %1"),
            ValueUnit.PERCENT: self.tr("Change since the close of %1, in %"),
            ValueUnit.USD: self.tr("Daily closes in US dollars"),
            ValueUnit.POINTS: self.tr("Daily closes of the indices, in points"),
        }
        return fill(subtitles[self.plan.unit], formatter.long_date(self.reference_day))

    def _update_axis_label(self) -> None:
        labels = {
            ValueUnit.INDEX: self.tr("Index (reference day = 100)"),
            ValueUnit.PERCENT: self.tr("Change from the reference day (%)"),
            ValueUnit.USD: self.tr("Close (US dollars)"),
            ValueUnit.POINTS: self.tr("Close (index points)"),
        }
        self.chart.set_axis_labels(labels[self.plan.unit])
        self._update_subtitle()

    def _update_notes(self) -> None:
        """What the chart leaves out or breaks, said under it."""
        name = self._data.instrument
        (first, last), _ = self.chart.plot.getViewBox().viewRange()
        legend = self.chart.legend
        seamed = set(self.lines.seamed_between(first, last))
        notes = timeline_notes(
            [name(t).name for t in self.plan.left_out],
            [name(t).name for t in self.plan.drawn if t in seamed],  # the legend's order
            legend.isolated if legend is not None else "",
        )
        text = "\n".join(notes)
        if text != self.notes.text():
            self.notes.setText(text)
        self.notes.setVisible(bool(notes))

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
        self.chart.set_texts(
            self.tr("Nvidia and the market around 27 January 2025"),
            self._subtitle(),
            self.tr(
                "Source: daily closes from Yahoo Finance data in public repositories, "
                "cross-checked; some series are dividend-adjusted (see each instrument's "
                "note). Events: see Help ▸ Sources. Double-click a day to take it as "
                "the reference; click a legend entry to show that series alone."
            ),
        )
        self._update_axis_label()
        self._update_notes()
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
