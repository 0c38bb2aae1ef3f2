"""Tab 1: how the shock moved the markets, with the events that drove them."""

from __future__ import annotations

import datetime as dt
import html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.market import MarketData, load_market
from explainer_core.formatting import LocaleFormatter
from explainer_core.market.calculations import (
    intraday_low_vs_previous_close,
    nearest_trading_day_on_or_before,
)
from explainer_core.market.story import (
    DEFAULT_RANGE,
    DEFAULT_TICKERS,
    HIGHLIGHTED_TICKER,
    PRESET_TICKERS,
    REFERENCE_DAY,
    SHOCK_DAY,
    ChartMode,
    Mover,
    Preset,
    RangePreset,
    daily_moves_on,
    movers_on,
    range_span,
    series_for_mode,
)
from explainer_core.templates import fill
from ui import registry
from ui.shell.language import LanguageService
from ui.shell.presenter_mode import font_scale
from ui.shell.source_links import sources_html
from ui.shell.tab_view import TabView
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.crosshair import Crosshair
from widgets.event_card import EventCard
from widgets.event_markers import EventMark, EventMarkers
from widgets.horizontal_bars import Bar, HorizontalBars
from widgets.instrument_picker import InstrumentPicker, PickerEntry
from widgets.legend_entries import clear_legend
from widgets.localized_axes import (
    SECONDS_PER_DAY,
    LocalizedDateAxis,
    LocalizedValueAxis,
    day_of,
    epoch_seconds,
)
from widgets.palette import HIGHLIGHT_COLOUR, OKABE_ITO, series_style

TIMELINE_CHART_ID = "market-timeline"
MOVERS_CHART_ID = "market-movers"
SHOCK_EVENT_ID = "nvidia-shock"
LOSS_RANGE_FIGURE = "nvda-market-value-loss-range"
FALL_COLOUR = OKABE_ITO[0]
RISE_COLOUR = OKABE_ITO[1]
HIGHLIGHT_WIDTH = 3.5
MOVERS_MIN_WIDTH_PX = 320  # room for the longest instrument name and its value
SERIES_WIDTH = 1.8


class MarketTimelineView(TabView):
    tab_id = registry.MARKET

    referenceDayChanged = Signal(object)  # dt.date
    eventSelected = Signal(str)

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.data: MarketData | None
        layout, self.data = self.start_with_intro(lambda sources: load_market(sources=sources))
        if self.data is None:
            self.update_texts()
            return

        self.mode = ChartMode.REBASED
        self.reference_day = REFERENCE_DAY
        self.selected_event: str | None = SHOCK_EVENT_ID
        self.focused_ticker: str | None = None  # ringed on the shock day ("Show in chart")
        self.highlighted_mover: str | None = None
        self._shock_figures_cache: tuple[float, float, float, float] | None = None
        self._movers_cache: list[Mover] | None = None
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._styles = self._series_styles()
        self._x_days = np.array([epoch_seconds(t.date()) for t in self.data.closes.index])

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_picker_column())
        splitter.addWidget(self._build_timeline_column())
        splitter.addWidget(self._build_movers_column())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([240, 700, 340])
        layout.addWidget(splitter, 1)

        self.picker.set_selected(DEFAULT_TICKERS)
        self.update_texts()
        self._redraw_series()
        self.apply_range(DEFAULT_RANGE)
        self.select_event(SHOCK_EVENT_ID)

    # -- building -----------------------------------------------------------------
    def _series_styles(self) -> dict[str, tuple[str, Qt.PenStyle]]:
        styles: dict[str, tuple[str, Qt.PenStyle]] = {}
        others = [t for t in self.data.tickers() if t != HIGHLIGHTED_TICKER]
        styles[HIGHLIGHTED_TICKER] = (HIGHLIGHT_COLOUR, Qt.PenStyle.SolidLine)
        for index, ticker in enumerate(others):
            styles[ticker] = series_style(index)
        return styles

    def _build_picker_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.presets_label = QLabel(column)
        layout.addWidget(self.presets_label)
        presets = QGridLayout()
        self.preset_buttons: dict[Preset, QPushButton] = {}
        for index, preset in enumerate(Preset):
            button = QPushButton(column)
            button.clicked.connect(lambda _c=False, p=preset: self.apply_preset(p))
            # One per row: two side by side would make the column as wide as the longest
            # pair of names, so the charts would change size with the language.
            presets.addWidget(button, index, 0)
            self.preset_buttons[preset] = button
        layout.addLayout(presets)
        self.picker = InstrumentPicker(column)
        self.picker.set_entries(
            [
                PickerEntry(i.ticker, i.name, i.group, *self._styles[i.ticker])
                for i in self.data.instruments
            ]
        )
        self.picker.selectionChanged.connect(lambda _tickers: self._redraw_series())
        layout.addWidget(self.picker, 1)
        return column

    def _build_timeline_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)

        controls = QHBoxLayout()
        self.mode_box = QComboBox(column)
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_box.currentIndexChanged.connect(
            lambda i: self.set_mode(self.mode_box.itemData(i))
        )
        self.log_box = QCheckBox(column)
        self.log_box.toggled.connect(lambda _on: self._apply_log_scale())
        self.reference_label = QLabel(column)
        self.reference_edit = QDateEdit(column)
        self.reference_edit.setCalendarPopup(True)
        first, last = self.data.closes.index[0].date(), self.data.closes.index[-1].date()
        self.reference_edit.setDateRange(QDate(first), QDate(last))
        self.reference_edit.setDate(QDate(self.reference_day))
        self.reference_edit.dateChanged.connect(
            lambda qdate: self.set_reference_day(qdate.toPython())
        )
        self.reference_label.setBuddy(self.reference_edit)
        controls.addWidget(self.mode_box)
        controls.addWidget(self.log_box)
        controls.addSpacing(12)
        controls.addWidget(self.reference_label)
        controls.addWidget(self.reference_edit)
        controls.addStretch(1)
        layout.addLayout(controls)
        # The range buttons sit on the chart's title row, where there is room in every language.
        self.range_buttons: dict[RangePreset, QToolButton] = {}
        range_row: list[QWidget] = []
        for preset in RangePreset:
            button = QToolButton(column)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _c=False, p=preset: self.apply_range(p))
            range_row.append(button)
            self.range_buttons[preset] = button
        self.reset_button = QToolButton(column)
        self.reset_button.clicked.connect(self.reset_view)
        range_row.append(self.reset_button)

        self.value_axis = LocalizedValueAxis(self._formatter, "left")
        self.date_axis = LocalizedDateAxis(self._formatter, "bottom")
        self.timeline = ChartPanel(
            TIMELINE_CHART_ID, {"left": self.value_axis, "bottom": self.date_axis}, parent=column
        )
        for widget in range_row:
            self.timeline.add_header_widget(widget)
        self.timeline.plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.timeline.plot.setClipToView(True)
        self.markers = EventMarkers(self.timeline.plot, self.timeline.graphics)
        self.markers.eventClicked.connect(self.select_event)
        self.markers.eventHovered.connect(self.select_event)
        self.reference_line = pg.InfiniteLine(angle=0, movable=False)
        self.timeline.plot.addItem(self.reference_line, ignoreBounds=True)
        # The point a claim asked for ("Show in chart"): a ring on the shock day's close.
        self.focus_marker = pg.PlotDataItem(  # a PlotDataItem follows the log scale
            pen=None,
            symbol="o",
            symbolSize=20,
            symbolBrush=None,
        )
        self.timeline.plot.addItem(self.focus_marker, ignoreBounds=True)
        self.crosshair = Crosshair(
            self.timeline.plot, self.timeline.graphics, self._snap_to_trading_day, self.readout_at
        )
        self._style_fixed_items()
        self.timeline.plot.scene().sigMouseClicked.connect(self._on_chart_clicked)
        layout.addWidget(self.timeline, 1)

        self.card = EventCard(column)
        self.card.previousRequested.connect(lambda: self.step_event(-1))
        self.card.nextRequested.connect(lambda: self.step_event(1))
        layout.addWidget(self.card)
        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_event(s))
        return column

    def _build_movers_column(self) -> QWidget:
        column = QWidget(self)
        self.movers_column = column
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(column)
        self.headline.setObjectName("shockHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setOpenExternalLinks(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.headline)
        self.movers_axis = LocalizedValueAxis(self._formatter, "bottom", unit="percent")
        self.movers = ChartPanel(
            MOVERS_CHART_ID, {"bottom": self.movers_axis}, with_legend=False, parent=column
        )
        self.movers.plot.showGrid(x=True, y=False, alpha=0.15)
        self.movers_bars = HorizontalBars(self.movers.plot)
        self.movers.plot.getAxis("left").setStyle(tickLength=0)
        # A fixed height: the bars keep their size whatever the language of the texts
        # above them (a switch then redraws no more than the words), and the room left
        # stays below.
        layout.addWidget(self.movers)
        layout.addStretch(1)
        # In a low window the column scrolls rather than squeezing twenty rows of names
        # and values on top of each other.
        self.movers_scroll = QScrollArea(self)
        self.movers_scroll.setObjectName("moversScroll")
        self.movers_scroll.setWidgetResizable(True)
        self.movers_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.movers_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a tab stop of its own: Tab reaches the chart's controls, scrolled into view.
        self.movers_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.movers_scroll.setWidget(column)
        self._size_movers_column()
        return self.movers_scroll

    def _size_movers_column(self) -> None:
        """Room for the movers' names and values across, and a line for every row down,
        at the current text size."""
        width = round(MOVERS_MIN_WIDTH_PX * font_scale())
        self.movers_column.setMinimumWidth(width)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.movers_scroll.setMinimumWidth(width + scrollbar)
        if self.data is not None:
            rows = len(self.data.instruments)
            self.movers.graphics.setFixedHeight(self.movers_bars.minimum_height(rows))

    def _formatter(self) -> LocaleFormatter:
        """The current language's formatter, read by the axes each time they paint."""
        return self.language.formatter

    # -- behaviour ----------------------------------------------------------------
    def price_window(self) -> tuple[dt.date, dt.date] | None:
        """The first and last trading day of the price data, or None if it failed to load."""
        if self.data is None:
            return None
        index = self.data.closes.index
        return index[0].date(), index[-1].date()

    def visible_tickers(self) -> list[str]:
        return self.picker.selected()

    def apply_preset(self, preset: Preset) -> None:
        self.picker.set_selected(PRESET_TICKERS[preset])
        self._redraw_series()

    def set_mode(self, mode: ChartMode) -> None:
        self.mode = ChartMode(mode)
        index = self.mode_box.findData(self.mode)
        if self.mode_box.currentIndex() != index:
            self.mode_box.setCurrentIndex(index)
        self.log_box.setEnabled(self.mode is ChartMode.PRICE)
        self._redraw_series()

    def set_reference_day(self, day: dt.date) -> None:
        """Rebase on the close of ``day`` (or the last trading day before it)."""
        trading_day = nearest_trading_day_on_or_before(self.data.closes, day).date()
        self.reference_day = trading_day
        if self.reference_edit.date().toPython() != trading_day:
            self.reference_edit.setDate(QDate(trading_day))
        self._redraw_series()
        self._update_subtitle()
        self.referenceDayChanged.emit(trading_day)

    def apply_range(self, preset: RangePreset) -> None:
        first, last = range_span(preset, self.data)
        self.range_buttons[preset].setChecked(True)
        self.timeline.plot.setXRange(epoch_seconds(first), epoch_seconds(last), padding=0.01)
        self._autoscale_y()

    def reset_view(self) -> None:
        self.apply_range(DEFAULT_RANGE)

    def select_event(self, event_id: str) -> None:
        event = next((e for e in self.data.events if e.id == event_id), None)
        if event is None:
            return
        self.selected_event = event_id
        self.markers.set_selected(event_id)
        self._show_card()
        self.eventSelected.emit(event_id)

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Show a claim's item: on the timeline a ticker (checked and ringed on the shock day,
        with the shock's card, which gives the intraday low) or a date (its nearest event);
        among the movers, a ticker's bar."""
        if self.data is None or chart_id not in self.chart_ids:
            return False
        tickers = self.data.tickers()
        if chart_id == MOVERS_CHART_ID:
            if item not in tickers:
                return False
            self.highlighted_mover = item
            self._draw_movers()
            self.select_event(SHOCK_EVENT_ID)
            return True
        if item in tickers:
            if item not in self.visible_tickers():
                self.picker.set_selected([*self.visible_tickers(), item])
            self.focused_ticker = item
            self._redraw_series()
            self.select_event(SHOCK_EVENT_ID)
            return True
        try:
            day = dt.date.fromisoformat(item) if item else SHOCK_DAY
        except ValueError:
            return False
        nearest = min(self.data.events, key=lambda event: abs((event.day - day).days))
        self.select_event(nearest.id)
        first, last = self.timeline.plot.getViewBox().viewRange()[0]
        if not first <= epoch_seconds(nearest.day) <= last:
            self.apply_range(RangePreset.ALL)
        return True

    def step_event(self, step: int) -> None:
        ids = [event.id for event in self.data.events]
        if not ids:
            return
        current = ids.index(self.selected_event) if self.selected_event in ids else -1
        target = min(max(current + step, 0), len(ids) - 1)
        self.select_event(ids[target])

    # -- drawing ------------------------------------------------------------------
    def _redraw_series(self) -> None:
        if self.data is None:
            return
        plot = self.timeline.plot
        for curve in self._curves.values():
            plot.removeItem(curve)
        self._curves.clear()
        if self.timeline.legend is not None:
            clear_legend(self.timeline.legend)
        tickers = self.visible_tickers()
        if tickers:
            values = series_for_mode(self.data, tickers, self.mode, self.reference_day)
            # The highlighted series is drawn last, on top of the others.
            for ticker in sorted(tickers, key=lambda t: t == HIGHLIGHTED_TICKER):
                colour, style = self._styles[ticker]
                width = HIGHLIGHT_WIDTH if ticker == HIGHLIGHTED_TICKER else SERIES_WIDTH
                curve = pg.PlotDataItem(
                    self._x_days,
                    values[ticker].to_numpy(dtype=float),
                    pen=pg.mkPen(colour, width=width, style=style),
                    connect="finite",  # a missing close is a gap, never a bridged line
                    name=self.data.instrument(ticker).name,
                )
                plot.addItem(curve)
                self._curves[ticker] = curve
        self._update_legend_order(tickers)
        self.reference_line.setVisible(self.mode is not ChartMode.PRICE)
        self.reference_line.setPos(100.0 if self.mode is ChartMode.REBASED else 0.0)
        self.value_axis.set_unit(self._axis_unit())
        self._apply_log_scale()
        self._update_axis_label()
        self._place_focus_marker()
        self._autoscale_y()

    def _place_focus_marker(self) -> None:
        """Ring the focused series on the shock day; hidden when that series is not shown."""
        curve = self._curves.get(self.focused_ticker or "")
        x = epoch_seconds(SHOCK_DAY)
        xs, ys = curve.getOriginalDataset() if curve is not None else ([], [])
        ys = [y for x_, y in zip(xs, ys, strict=True) if x_ == x and np.isfinite(y)]
        self.focus_marker.setData([x] * len(ys), ys)

    def _update_legend_order(self, tickers: list[str]) -> None:
        legend = self.timeline.legend
        if legend is None:
            return
        clear_legend(legend)
        for ticker in tickers:  # the picker's order: group by group
            legend.addItem(self._curves[ticker], self.data.instrument(ticker).name)
        self.timeline.fit_legend()

    def _axis_unit(self) -> str:
        if self.mode is ChartMode.CHANGE:
            return "percent"
        if self.mode is ChartMode.PRICE and all(
            not self.data.instrument(t).is_index for t in self.visible_tickers()
        ):
            return "usd"
        return "number"

    def _apply_log_scale(self) -> None:
        log = self.mode is ChartMode.PRICE and self.log_box.isChecked()
        self.timeline.plot.setLogMode(x=False, y=log)
        self._autoscale_y()

    def _autoscale_y(self) -> None:
        view = self.timeline.plot.getViewBox()
        view.setAutoVisible(y=True)
        view.enableAutoRange(axis=pg.ViewBox.YAxis, enable=True)

    def _snap_to_trading_day(self, x: float) -> float | None:
        if len(self._x_days) == 0:
            return None
        index = int(np.abs(self._x_days - x).argmin())
        if abs(self._x_days[index] - x) > 4 * SECONDS_PER_DAY:
            return None
        return float(self._x_days[index])

    def _on_chart_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        view = self.timeline.plot.getViewBox()
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        x = self._snap_to_trading_day(view.mapSceneToView(event.scenePos()).x())
        if x is not None:
            self.set_reference_day(day_of(x))

    def readout_at(self, x: float) -> str:
        """The crosshair's tooltip: the day, then each visible series' value and daily move."""
        formatter = self.language.formatter
        day = day_of(x)
        lines = [f"<b>{html.escape(formatter.long_date(day))}</b>"]
        tickers = self.visible_tickers()
        if not tickers:
            return lines[0]
        values = series_for_mode(self.data, tickers, self.mode, self.reference_day)
        stamp = pd.Timestamp(day)
        if stamp not in values.index:
            return lines[0]
        moves = daily_moves_on(self.data, tickers, day)
        for ticker in tickers:
            value = values.at[stamp, ticker]
            if pd.isna(value):
                continue
            text = self._format_value(ticker, float(value))
            name = html.escape(self.data.instrument(ticker).name)
            colour = self._styles[ticker][0]
            if ticker in moves:
                move = formatter.percent(moves[ticker], signed=True)
                text = fill(self.tr("%1 (%2 on the day)"), text, move)
            lines.append(f'<span style="color:{colour}">■</span> {name}: {html.escape(text)}')
        return "<br>".join(lines)

    def _format_value(self, ticker: str, value: float) -> str:
        formatter = self.language.formatter
        if self.mode is ChartMode.CHANGE:
            return formatter.percent(value, signed=True)
        if self.mode is ChartMode.PRICE:
            if self.data.instrument(ticker).is_index:
                return fill(self.tr("%1 points"), formatter.number(value, 2))
            return formatter.usd(value)
        return formatter.number(value, 2)

    def _show_card(self) -> None:
        if self.selected_event is None:
            return
        event = next(e for e in self.data.events if e.id == self.selected_event)
        code = self.language.language
        formatter = self.language.formatter
        self.card.show_event(
            formatter.long_date(event.day),
            event.title(code),
            event.text(code),
            sources_html(event.sources, self.sources, formatter),
        )
        ids = [e.id for e in self.data.events]
        position = ids.index(event.id)
        self.card.previous_button.setEnabled(position > 0)
        self.card.next_button.setEnabled(position < len(ids) - 1)

    def _draw_event_marks(self) -> None:
        """The events' labels above the timeline (in place when only their texts change)."""
        code = self.language.language
        self.markers.set_events(
            [EventMark(e.id, epoch_seconds(e.day), e.label(code)) for e in self.data.events]
        )
        self.markers.set_selected(self.selected_event)
        self.value_axis.refresh()
        self.date_axis.refresh()

    def _draw_movers(self) -> None:
        formatter = self.language.formatter
        bars = [
            Bar(
                mover.ticker,
                mover.name,
                mover.change_pct,
                formatter.percent(mover.change_pct, signed=True),
                FALL_COLOUR if mover.change_pct < 0 else RISE_COLOUR,
                emphasised=mover.ticker in (HIGHLIGHTED_TICKER, self.highlighted_mover),
            )
            for mover in self._shock_movers()
        ]
        self.movers_bars.set_bars(bars)
        self.movers_axis.refresh()

    def _shock_movers(self) -> list[Mover]:
        """Every instrument's move on the shock day, computed once (the data never changes)."""
        if self._movers_cache is None:
            self._movers_cache = movers_on(self.data, SHOCK_DAY)
        return self._movers_cache

    def _update_headline(self) -> None:
        formatter = self.language.formatter
        code = self.language.language
        figure = self.data.figure(LOSS_RANGE_FIGURE)
        close_move, after, low_move, low_price = self._shock_figures()
        loss = fill(
            self.tr("Nvidia lost about %1 to %2 of market value"),
            formatter.usd_large(abs(figure.high)),
            formatter.usd_large(abs(figure.low)),
        )
        moves = fill(
            self.tr("Close %1 (%2) · intraday low %3 (%4)"),
            formatter.percent(close_move, signed=True),
            formatter.usd(float(after)),
            formatter.percent(low_move, signed=True),
            formatter.usd(low_price),
        )
        self.headline.setText(
            f"<p><b>{html.escape(loss)}</b></p>"
            f"<p>{html.escape(figure.caveat(code))}</p>"
            f"<p>{html.escape(moves)}</p>"
            f"<p><small>{sources_html(figure.sources, self.sources, formatter)}</small></p>"
        )

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
        self.timeline.set_subtitle(text)

    def _update_axis_label(self) -> None:
        labels = {
            ChartMode.REBASED: self.tr("Index (reference day = 100)"),
            ChartMode.CHANGE: self.tr("Change from the reference day"),
            ChartMode.PRICE: self.tr("Close"),
        }
        self.timeline.set_axis_labels(labels[self.mode])
        self._update_subtitle()

    def _shock_figures(self) -> tuple[float, float, float, float]:
        """Nvidia on the shock day: close move, close, intraday low move, low. Computed once
        (the data never changes), so a language switch does not query the prices again."""
        if self._shock_figures_cache is None:
            prices = self.data.prices
            after = self.data.closes.at[pd.Timestamp(SHOCK_DAY), HIGHLIGHTED_TICKER]
            low_move = intraday_low_vs_previous_close(prices, HIGHLIGHTED_TICKER, SHOCK_DAY)
            low = prices.query("ticker == @HIGHLIGHTED_TICKER and date == @SHOCK_DAY")
            low_price = float(low["low"].iloc[0]) if not low.empty else float("nan")
            close_move = self._nvidia_close_move()
            self._shock_figures_cache = (close_move, float(after), low_move, low_price)
        return self._shock_figures_cache

    def _nvidia_close_move(self) -> float:
        closes = self.data.closes[HIGHLIGHTED_TICKER]
        before = closes.loc[pd.Timestamp(REFERENCE_DAY)]
        after = closes.loc[pd.Timestamp(SHOCK_DAY)]
        return float((after / before - 1.0) * 100.0)

    def _nvidia_fall_text(self) -> str:
        if self.data is None:
            return "…"
        return self.language.formatter.percent(abs(self._shock_figures()[0]))

    # -- appearance ---------------------------------------------------------------
    def _style_fixed_items(self) -> None:
        """The items drawn once at build time, in the current chart colours."""
        colours = chart_colours()
        self.reference_line.setPen(pg.mkPen(colours.rule, width=1))
        self.focus_marker.setSymbolPen(pg.mkPen(colours.foreground, width=2.5))
        self.crosshair.apply_colours()

    def redraw(self) -> None:
        if self.data is not None:
            self._style_fixed_items()
            self._size_movers_column()
        super().redraw()

    # -- language -----------------------------------------------------------------
    def update_texts(self) -> None:
        self.intro.set_texts(
            self.tr("How the DeepSeek shock moved the markets"),
            fill(
                self.tr(
                    "On Monday 27 January 2025, a week after DeepSeek released its R1 model, "
                    "Nvidia's share price fell %1 and other chip makers and power producers "
                    "fell with it. The chart follows the daily closes around that day: click an "
                    "event to read what happened, or a day to take it as the reference."
                ),
                self._nvidia_fall_text(),
            ),
        )
        if self.data is not None:
            self.when_shown(self._update_content_texts)

    def _update_content_texts(self) -> None:
        """Everything below the introduction: controls, charts, headline and event card."""
        code = self.language.language
        self.presets_label.setText(self.tr("Presets"))
        preset_names = {
            Preset.THE_SHOCK: self.tr("The shock"),
            Preset.POWER_TRADE: self.tr("The power trade"),
            Preset.BIG_TECH: self.tr("Big tech"),
            Preset.INDICES: self.tr("Indices"),
        }
        for preset, button in self.preset_buttons.items():
            button.setText(preset_names[preset])
        self.picker.set_group_titles(
            {
                "ai_chips": self.tr("AI chips"),
                "big_tech": self.tr("Big tech"),
                "power_energy": self.tr("Power & energy"),
                "indices_funds": self.tr("Indices & funds"),
            }
        )
        self.picker.setAccessibleName(self.tr("Instruments shown on the chart"))
        self.picker.set_tooltips(
            {
                i.ticker: f"{i.name} ({i.ticker})" + (f"\n{i.note(code)}" if i.note(code) else "")
                for i in self.data.instruments
            }
        )
        mode_names = {
            ChartMode.REBASED: self.tr("Rebased index (100)"),
            ChartMode.CHANGE: self.tr("% change"),
            ChartMode.PRICE: self.tr("Price"),
        }
        with QSignalBlocker(self.mode_box):
            # Re-adding the items (rather than renaming them) lets the box fit the new texts.
            self.mode_box.clear()
            for mode in ChartMode:
                self.mode_box.addItem(mode_names[mode], mode)
            self.mode_box.setCurrentIndex(self.mode_box.findData(self.mode))
        self.mode_box.setMinimumWidth(self.mode_box.sizeHint().width())
        self.mode_box.setAccessibleName(self.tr("Chart mode"))
        self.log_box.setText(self.tr("Log scale"))
        self.reference_label.setText(self.tr("Reference day:"))
        self.reference_edit.setLocale(QLocale(code))
        self.reference_edit.setDisplayFormat(
            QLocale(code).dateFormat(QLocale.FormatType.ShortFormat)
        )
        range_names = {
            RangePreset.ONE_MONTH: self.tr("1 month"),
            RangePreset.THREE_MONTHS: self.tr("3 months"),
            RangePreset.ALL: self.tr("All"),
        }
        for preset, button in self.range_buttons.items():
            button.setText(range_names[preset])
        self.reset_button.setText(self.tr("Reset view"))
        self.card.set_button_tips(self.tr("Previous event (←)"), self.tr("Next event (→)"))

        self.timeline.set_texts(
            self.tr("Nvidia and the market around 27 January 2025"),
            "",
            self.tr(
                "Source: daily closes from Yahoo Finance data in public repositories, "
                "cross-checked; some series are dividend-adjusted (see each instrument's "
                "note). Events: see Help ▸ Sources."
            ),
        )
        self._update_axis_label()
        self.timeline.draw_when_shown(self._draw_event_marks)
        self.movers.set_texts(
            self.tr("27 January 2025: the day's moves"),
            self.tr("Close of Monday 27 January against Friday 24 January"),
            self.tr(
                "Source: daily closes (Yahoo Finance data, cross-checked); Reuters, Nasdaq, AP."
            ),
        )
        self.movers.draw_when_shown(self._draw_movers)
        self._update_headline()
        self._show_card()
