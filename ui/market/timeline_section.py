"""The market tab's centre: the timeline of closes with its controls, events and card."""

from __future__ import annotations

import datetime as dt
import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from explainer_core.data.market import MarketData
from explainer_core.data.sources import SourceRegistry
from explainer_core.market.calculations import nearest_trading_day_on_or_before
from explainer_core.market.story import (
    OPENING_STATE,
    SHOCK_DAY,
    ChartMode,
    RangePreset,
    TimelineState,
    range_span,
    series_for_mode,
)
from explainer_core.market.timeline import (
    ReadoutRow,
    ValueUnit,
    drawing_order,
    log_scale_applies,
    nearest_trading_day,
    plan_lines,
    readout_rows,
)
from explainer_core.templates import fill
from ui.market.series_styles import SeriesStyles
from ui.market.timeline_controls import TimelineControls
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.crosshair import Crosshair
from widgets.event_card import EventCard
from widgets.event_markers import EventMark, EventMarkers
from widgets.legend_entries import clear_legend
from widgets.localized_axes import (
    LocalizedDateAxis,
    LocalizedValueAxis,
    day_of,
    epoch_seconds,
)

TIMELINE_CHART_ID = "market-timeline"
AXIS_UNITS = {  # how the value axis writes each unit
    ValueUnit.INDEX: "number",
    ValueUnit.PERCENT: "percent",
    ValueUnit.USD: "usd",
    ValueUnit.POINTS: "number",
}


class TimelineSection(QWidget):
    """Owns the timeline's state (instruments drawn, mode, reference day, range, event)
    and tells its changes by signal, with domain values. Texts follow ``update_texts``,
    colours ``redraw``, both called by the tab view."""

    referenceDayChanged = Signal(object)  # dt.date
    eventSelected = Signal(str)
    resetRequested = Signal()

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
        self.selected_event: str | None = state.event_id
        self.focused_ticker: str | None = state.focused_ticker
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._x_days = np.array([epoch_seconds(t.date()) for t in data.closes.index])

        first, last = data.closes.index[0].date(), data.closes.index[-1].date()
        self.controls = TimelineControls(language, first, last, self)
        self.controls.modeChosen.connect(lambda mode: self.set_mode(ChartMode(mode)))
        self.controls.logScaleToggled.connect(self.set_log_scale)
        self.controls.referenceDayChosen.connect(self.set_reference_day)

        # The range buttons sit on the chart's title row, where there is room in every language.
        self.range_buttons: dict[RangePreset, QToolButton] = {}
        header: list[QWidget] = []
        for preset in RangePreset:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoExclusive(True)
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
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.setClipToView(True)
        self.markers = EventMarkers(plot, self.chart.graphics)
        self.markers.eventClicked.connect(self.select_event)
        self.markers.eventHovered.connect(self.select_event)
        self.reference_line = pg.InfiniteLine(angle=0, movable=False)
        plot.addItem(self.reference_line, ignoreBounds=True)
        # The point a claim asked for ("Show in chart"): a ring on the shock day's close.
        self.focus_marker = pg.PlotDataItem(  # a PlotDataItem follows the log scale
            pen=None, symbol="o", symbolSize=20, symbolBrush=None
        )
        plot.addItem(self.focus_marker, ignoreBounds=True)
        self.crosshair = Crosshair(plot, self.chart.graphics, self._snap, self.readout_at)
        plot.scene().sigMouseClicked.connect(self._on_chart_clicked)

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
        layout.addWidget(self.card)
        self._style_fixed_items()
        self._show_controls_state()

    # -- state ----------------------------------------------------------------------
    def apply_state(self, state: TimelineState, tickers: list[str] | None = None) -> None:
        """Show ``state`` whole (``tickers``: its instruments in the picker's order)."""
        self.tickers = tuple(tickers if tickers is not None else state.tickers)
        self.mode = state.mode
        self.log_scale = state.log_scale and log_scale_applies(state.mode)
        self.reference_day = state.reference_day
        self.focused_ticker = state.focused_ticker
        self._show_controls_state()
        self._redraw_series()
        self._update_subtitle()
        self.apply_range(state.range)
        self.select_event(state.event_id)
        self.referenceDayChanged.emit(self.reference_day)

    def set_tickers(self, tickers: list[str]) -> None:
        self.tickers = tuple(tickers)
        self._redraw_series()

    def set_mode(self, mode: ChartMode) -> None:
        self.mode = ChartMode(mode)
        if not log_scale_applies(self.mode):
            self.log_scale = False
        self._show_controls_state()
        self._redraw_series()
        self._update_axis_label()

    def set_log_scale(self, on: bool) -> None:
        self.log_scale = on and log_scale_applies(self.mode)
        self._show_controls_state()
        self._apply_log_scale()

    def set_reference_day(self, day: dt.date) -> None:
        """Rebase on the close of ``day`` (or the last trading day before it)."""
        trading_day = nearest_trading_day_on_or_before(self._data.closes, day).date()
        self.reference_day = trading_day
        self._show_controls_state()
        self._redraw_series()
        self._update_subtitle()
        self.referenceDayChanged.emit(trading_day)

    def focus(self, ticker: str | None) -> None:
        """Ring ``ticker`` on the shock day (None: no ring)."""
        self.focused_ticker = ticker
        self._place_focus_marker()

    def apply_range(self, preset: RangePreset) -> None:
        first, last = range_span(preset, self._data)
        self.range_buttons[preset].setChecked(True)
        self.chart.plot.setXRange(epoch_seconds(first), epoch_seconds(last), padding=0.01)
        self._autoscale_y()

    def shows_day(self, day: dt.date) -> bool:
        first, last = self.chart.plot.getViewBox().viewRange()[0]
        return first <= epoch_seconds(day) <= last

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

    def _show_controls_state(self) -> None:
        self.controls.show_state(self.mode, self.log_scale, self.reference_day)

    # -- drawing --------------------------------------------------------------------
    def _redraw_series(self) -> None:
        plot = self.chart.plot
        for curve in self.curves.values():
            plot.removeItem(curve)
        self.curves.clear()
        if self.chart.legend is not None:
            clear_legend(self.chart.legend)
        plan = plan_lines(self._data, self.tickers, self.mode)
        if plan.drawn:
            values = series_for_mode(self._data, list(plan.drawn), self.mode, self.reference_day)
            for ticker in drawing_order(plan.drawn):
                colour, style = self._styles.of(ticker)
                curve = pg.PlotDataItem(
                    self._x_days,
                    values[ticker].to_numpy(dtype=float),
                    pen=pg.mkPen(colour, width=self._styles.width(ticker), style=style),
                    connect="finite",  # a missing close is a gap, never a bridged line
                    name=self._data.instrument(ticker).name,
                )
                plot.addItem(curve)
                self.curves[ticker] = curve
        self._update_legend(list(plan.drawn))
        self.reference_line.setVisible(self.mode is not ChartMode.PRICE)
        self.reference_line.setPos(100.0 if self.mode is ChartMode.REBASED else 0.0)
        self.value_axis.set_unit(AXIS_UNITS[plan.unit])
        self._apply_log_scale()
        self._update_axis_label()
        self._place_focus_marker()

    def _place_focus_marker(self) -> None:
        """Ring the focused series on the shock day; hidden when that series is not shown."""
        curve = self.curves.get(self.focused_ticker or "")
        x = epoch_seconds(SHOCK_DAY)
        xs, ys = curve.getOriginalDataset() if curve is not None else ([], [])
        ys = [y for x_, y in zip(xs, ys, strict=True) if x_ == x and np.isfinite(y)]
        self.focus_marker.setData([x] * len(ys), ys)

    def _update_legend(self, tickers: list[str]) -> None:
        legend = self.chart.legend
        if legend is None:
            return
        clear_legend(legend)
        for ticker in tickers:  # the picker's order: group by group
            legend.addItem(self.curves[ticker], self._data.instrument(ticker).name)
        self.chart.fit_legend()

    def _apply_log_scale(self) -> None:
        self.chart.plot.setLogMode(x=False, y=self.log_scale and log_scale_applies(self.mode))
        self._autoscale_y()

    def _autoscale_y(self) -> None:
        view = self.chart.plot.getViewBox()
        view.setAutoVisible(y=True)
        view.enableAutoRange(axis=pg.ViewBox.YAxis, enable=True)

    def _snap(self, x: float) -> float | None:
        """The x of the trading day nearest the pointer's ``x`` (None: none near)."""
        day = nearest_trading_day(self._data, dt.datetime.fromtimestamp(x, tz=dt.timezone.utc))
        return None if day is None else epoch_seconds(day)

    def _on_chart_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        view = self.chart.plot.getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        x = self._snap(view.mapSceneToView(event.scenePos()).x())
        if x is not None:
            self.set_reference_day(day_of(x))

    # -- the crosshair's tooltip -------------------------------------------------------
    def readout_at(self, x: float) -> str:
        """The day, then each drawn series' value and daily move."""
        formatter = self.language.formatter
        day = day_of(x)
        lines = [f"<b>{html.escape(formatter.long_date(day))}</b>"]
        rows = readout_rows(self._data, self.tickers, self.mode, self.reference_day, day)
        for row in rows:
            text = self._value_text(row)
            if row.daily_move_pct is not None:
                move = formatter.percent(row.daily_move_pct, signed=True)
                text = fill(self.tr("%1 (%2 on the day)"), text, move)
            colour = self._styles.colour(row.ticker)
            name = html.escape(row.name)
            lines.append(f'<span style="color:{colour}">■</span> {name}: {html.escape(text)}')
        return "<br>".join(lines)

    def _value_text(self, row: ReadoutRow) -> str:
        formatter = self.language.formatter
        if row.value_unit is ValueUnit.PERCENT and row.value is not None:
            return formatter.percent(row.value, signed=True)
        if row.value_unit is ValueUnit.INDEX and row.value is not None:
            return formatter.number(row.value, 2)
        if row.close_unit is ValueUnit.POINTS:
            return fill(self.tr("%1 points"), formatter.number(row.close, 2))
        return formatter.usd(row.close)

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
        formatter = self.language.formatter
        subtitles = {
            ChartMode.REBASED: self.tr("Daily closes, rebased to 100 at the close of %1"),
            ChartMode.CHANGE: self.tr("Change since the close of %1, in %"),
            ChartMode.PRICE: self.tr(
                "Daily closes: shares and funds in US dollars, indices in points"
            ),
        }
        text = fill(subtitles[self.mode], formatter.long_date(self.reference_day))
        self.chart.set_subtitle(text)

    def _update_axis_label(self) -> None:
        labels = {
            ChartMode.REBASED: self.tr("Index (reference day = 100)"),
            ChartMode.CHANGE: self.tr("Change from the reference day"),
            ChartMode.PRICE: self.tr("Close"),
        }
        self.chart.set_axis_labels(labels[self.mode])
        self._update_subtitle()

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
        self.card.set_button_tips(self.tr("Previous event (←)"), self.tr("Next event (→)"))
        self.chart.set_texts(
            self.tr("Nvidia and the market around 27 January 2025"),
            "",
            self.tr(
                "Source: daily closes from Yahoo Finance data in public repositories, "
                "cross-checked; some series are dividend-adjusted (see each instrument's "
                "note). Events: see Help ▸ Sources."
            ),
        )
        self._update_axis_label()
        self.chart.draw_when_shown(self._draw_event_marks)
        self._show_card()

    # -- appearance -----------------------------------------------------------------
    def _style_fixed_items(self) -> None:
        """The items drawn once at build time, in the current chart colours."""
        colours = chart_colours()
        self.reference_line.setPen(pg.mkPen(colours.rule, width=1))
        self.focus_marker.setSymbolPen(pg.mkPen(colours.foreground, width=2.5))
        self.crosshair.apply_colours()

    def redraw(self) -> None:
        self._style_fixed_items()
