"""Tab 1: how the shock moved the markets, with the events that drove them and why.

The tab composes its sections and wires their signals; each section owns its controls
and state, and the view hands them the language and appearance changes (``update_texts``
and ``redraw``), so that a hidden tab defers all of it (``TabView.when_shown``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QWidget

from explainer_core.data.errors import DataError
from explainer_core.data.market import MarketData, load_market
from explainer_core.data.market_why import MarketWhy, load_market_why
from explainer_core.market.movers import MoversState
from explainer_core.market.shock import shock_figures
from explainer_core.market.story import SHOCK_EVENT_ID, Preset
from explainer_core.market.timeline_state import (
    TimelineState,
    nearest_event,
    opening_state,
    preset_state,
    state_showing_day,
    state_showing_ticker,
)
from explainer_core.market.why import why_for_preset
from explainer_core.templates import fill
from ui import registry
from ui.market.instrument_column import InstrumentColumn
from ui.market.movers_section import MOVERS_CHART_ID, MoversSection
from ui.market.series_styles import SeriesStyles
from ui.market.timeline_section import TIMELINE_CHART_ID, TimelineSection
from ui.market.why_section import WhySection
from ui.shell.language import LanguageService
from ui.shell.tab_view import TabView

__all__ = ["MOVERS_CHART_ID", "TIMELINE_CHART_ID", "MarketTimelineView"]


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
        # Read apart: a damaged file of explanations takes them away and nothing else.
        try:
            self.why: MarketWhy | None = load_market_why(sources=self.sources, market=self.data)
        except DataError as error:
            self.why = None
            why_or_error: MarketWhy | DataError = error
        else:
            why_or_error = self.why
        styles = SeriesStyles(self.data)
        self.instruments = InstrumentColumn(language, self.data, styles, self)
        self.timeline = TimelineSection(language, self.data, self.sources, styles, self.why, self)
        self.movers = MoversSection(language, self.data, self.sources, self.why, self)
        self.why_section = WhySection(language, why_or_error, self.sources, self)
        # The day's moves and why they happened share the right column, one page each.
        self.right_pages = QTabWidget(self)
        self.right_pages.setObjectName("marketRightPages")
        self.right_pages.setDocumentMode(True)
        self.right_pages.addTab(self.movers, "")
        self.right_pages.addTab(self.why_section, "")

        self.instruments.presetChosen.connect(lambda preset: self.apply_preset(Preset(preset)))
        self.instruments.selectionChanged.connect(self.timeline.set_tickers)
        self.timeline.resetRequested.connect(self.reset_view)
        self.timeline.referenceDayChanged.connect(self.referenceDayChanged)
        self.timeline.eventSelected.connect(self.eventSelected)
        self.timeline.statusMessage.connect(self.statusMessage)

        # In a low window the centre scrolls rather than squeezing the chart to a strip.
        self.timeline_scroll = QScrollArea(self)
        self.timeline_scroll.setObjectName("timelineScroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        self.timeline_scroll.setWidget(self.timeline)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.instruments)
        splitter.addWidget(self.timeline_scroll)
        splitter.addWidget(self.right_pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([240, 700, 340])
        layout.addWidget(splitter, 1)

        self.update_texts()
        self.apply_state(opening_state(self.data))

    # -- what the rest of the app asks ------------------------------------------------
    def price_window(self) -> tuple[dt.date, dt.date] | None:
        """The first and last trading day of the price data, or None if it failed to load."""
        if self.data is None:
            return None
        index = self.data.closes.index
        return index[0].date(), index[-1].date()

    def figure_state(self, chart_id: str) -> TimelineState | MoversState | None:
        """The chart as the reader left it: the timeline's lines, mode, reference day,
        days in view, log scale and ring; the movers' singled-out bar."""
        if self.data is None:
            return None
        if chart_id == TIMELINE_CHART_ID:
            return self.timeline.figure_state()
        if chart_id == MOVERS_CHART_ID:
            return self.movers.state
        return None

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Put the chart in the state that illustrates a claim's item: on the timeline, a
        ticker (the opening view with it drawn and ringed on the shock day, with the
        shock's card, which gives the intraday low) or a date (the opening view on its
        nearest event); among the movers, a ticker's bar."""
        if self.data is None or chart_id not in self.chart_ids:
            return False
        tickers = self.data.tickers()
        if chart_id == MOVERS_CHART_ID:
            if item not in tickers:
                return False
            self.right_pages.setCurrentWidget(self.movers)
            self.movers.emphasise(item)
            self.timeline.select_event(SHOCK_EVENT_ID)
            return True
        if item in tickers:
            self.apply_state(state_showing_ticker(self.data, item))
            return True
        try:
            day = dt.date.fromisoformat(item) if item else None
        except ValueError:
            return False
        if day is None:
            self.apply_state(opening_state(self.data))
        else:
            self.apply_state(state_showing_day(self.data, day), nearest_event(self.data, day).id)
        return True

    # -- wiring ---------------------------------------------------------------------
    def apply_state(self, state: TimelineState, event_id: str = SHOCK_EVENT_ID) -> None:
        """Show ``state`` in every section (the picker's checks and the whole timeline),
        with ``event_id`` on the card."""
        self.instruments.set_selected(state.tickers)
        self.timeline.apply_state(state, event_id)

    def apply_preset(self, preset: Preset) -> None:
        """The preset's instruments and dates; on the card, why they moved, where the data
        says."""
        self.apply_state(preset_state(self.data, preset))
        items = why_for_preset(self.why, preset) if self.why is not None else ()
        if items:
            self.timeline.show_items_on_card(self.instruments.preset_name(preset), items)

    def reset_view(self) -> None:
        """Back to the view the tab opens with."""
        self.apply_state(opening_state(self.data))

    def visible_tickers(self) -> list[str]:
        return list(self.timeline.tickers)

    @property
    def selected_event(self) -> str | None:
        return self.timeline.selected_event

    @property
    def reference_day(self) -> dt.date:
        return self.timeline.reference_day

    # -- appearance and language ------------------------------------------------------
    def redraw(self) -> None:
        super().redraw()  # the charts' colours and fonts first: the sections size from them
        if self.data is not None:
            self.instruments.redraw()
            self.timeline.redraw()
            self.movers.redraw()

    def update_texts(self) -> None:
        self.intro.set_texts(
            self.tr("How the DeepSeek shock moved the markets"),
            fill(
                self.tr(
                    "On Monday 27 January 2025, a week after DeepSeek released its R1 model, "
                    "Nvidia's share price fell %1 and other chip makers and power producers "
                    "fell with it. The chart follows the daily closes around that day: click an "
                    "event to read what happened, or double-click a day to take it as the "
                    "reference."
                ),
                self._nvidia_fall_text(),
            ),
        )
        if self.data is not None:
            self.right_pages.setTabText(0, self.tr("The day's moves"))
            self.right_pages.setTabText(1, self.tr("Why did it fall?"))
            self.when_shown(self._update_section_texts)

    def _update_section_texts(self) -> None:
        self.instruments.update_texts()
        self.timeline.update_texts()
        self.movers.update_texts()
        self.why_section.update_texts()

    def _nvidia_fall_text(self) -> str:
        if self.data is None:
            return "…"
        return self.language.formatter.percent(abs(shock_figures(self.data).close_move_pct))
