"""The market tab's right column: the shock's headline figures and the day's movers."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from explainer_core.charts import Writing
from explainer_core.data.market import MarketData
from explainer_core.data.market_why import MarketWhy, WhyItem
from explainer_core.data.sources import SourceRegistry
from explainer_core.market.figures import movers_source, movers_subtitle, movers_title
from explainer_core.market.movers import Mover, MoversState, emphasised_movers, movers_on
from explainer_core.market.shock import ShockFigures, shock_figures
from explainer_core.market.story import SHOCK_DAY
from explainer_core.market.why import movers_explained
from explainer_core.templates import fill
from ui.market.why_html import item_html
from ui.shell.language import LanguageService
from ui.shell.presenter_mode import font_scale
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.horizontal_bars import Bar, HorizontalBars
from widgets.localized_axes import LocalizedValueAxis
from widgets.palette import OKABE_ITO

MOVERS_CHART_ID = "market-movers"
LOSS_RANGE_FIGURE = "nvda-market-value-loss-range"
FALL_COLOUR = OKABE_ITO[0]
RISE_COLOUR = OKABE_ITO[1]
MOVERS_MIN_WIDTH_PX = 320  # room for the longest instrument name and its value
PARAGRAPH_GAP_PX = 6  # between the headline's paragraphs (rich text's own gap is 12)


class MoversSection(QScrollArea):
    """In a low window the column scrolls rather than squeezing twenty rows of names and
    values on top of each other. Texts follow ``update_texts``, sizes ``redraw``, both
    called by the tab view."""

    def __init__(
        self,
        language: LanguageService,
        data: MarketData,
        sources: SourceRegistry,
        why: MarketWhy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._data = data
        self._sources = sources
        self.state = MoversState()
        # Computed once: the data never changes, and a language switch only rewrites words.
        self._movers: list[Mover] = movers_on(data, SHOCK_DAY)
        self.figures: ShockFigures = shock_figures(data)
        self.explained: list[tuple[Mover, tuple[WhyItem, ...]]] = (
            movers_explained(why, self._movers) if why is not None else []
        )

        self.column = QWidget(self)
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(self.column)
        self.headline.setObjectName("shockHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setOpenExternalLinks(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.headline)
        self.axis = LocalizedValueAxis(lambda: self.language.formatter, "bottom", unit="percent")
        self.chart = ChartPanel(
            MOVERS_CHART_ID, {"bottom": self.axis}, with_legend=False, parent=self.column
        )
        self.chart.plot.showGrid(x=True, y=False, alpha=0.15)
        self.bars = HorizontalBars(self.chart.plot)
        self.chart.plot.getAxis("left").setStyle(tickLength=0)
        # A fixed height: the bars keep their size whatever the language of the texts
        # above them (a switch then redraws no more than the words), and the room left
        # stays below.
        layout.addWidget(self.chart)
        # Why the biggest fallers fell: under the bars (their tooltips say it too).
        self.why_label = QLabel(self.column)
        self.why_label.setObjectName("moversWhy")
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.RichText)
        self.why_label.setOpenExternalLinks(True)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.why_label.setVisible(bool(self.explained))
        layout.addWidget(self.why_label)
        layout.addStretch(1)

        self.setObjectName("moversScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a tab stop of its own: Tab reaches the chart's controls, scrolled into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(self.column)
        self._fit_size()

    def emphasise(self, ticker: str | None) -> None:
        """Draw ``ticker``'s bar stronger, beside Nvidia's (a claim's "Show in chart");
        None: Nvidia's alone."""
        self.state = MoversState(highlighted=ticker)
        self.chart.draw_when_shown(self._draw_bars)

    @property
    def highlighted(self) -> str | None:
        return self.state.highlighted

    # -- appearance and texts -------------------------------------------------------
    def redraw(self) -> None:
        self._fit_size()

    def _fit_size(self) -> None:
        """Room for the movers' names and values across, and a line for every row down,
        at the current text size."""
        width = round(MOVERS_MIN_WIDTH_PX * font_scale())
        self.column.setMinimumWidth(width)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(width + scrollbar)
        rows = len(self._data.instruments)
        self.chart.graphics.setFixedHeight(self.bars.minimum_height(rows))

    def update_texts(self) -> None:
        writing = Writing(self.language.words, self.language.formatter, self._sources)
        self.chart.set_texts(
            movers_title(writing), movers_subtitle(writing), movers_source(writing)
        )
        self.chart.draw_when_shown(self._draw_bars)
        self._update_headline()
        self._update_why()

    def _draw_bars(self) -> None:
        formatter = self.language.formatter
        code = self.language.language
        strong = emphasised_movers(self.state)
        tips = {mover.ticker: items[0].text(code) for mover, items in self.explained}
        bars = [
            Bar(
                mover.ticker,
                mover.name,
                mover.change_pct,
                formatter.percent(mover.change_pct, signed=True),
                FALL_COLOUR if mover.change_pct < 0 else RISE_COLOUR,
                emphasised=mover.ticker in strong,
                tooltip=tips.get(mover.ticker, ""),
            )
            for mover in self._movers
        ]
        self.bars.set_bars(bars)
        self.axis.refresh()

    def _update_headline(self) -> None:
        formatter = self.language.formatter
        code = self.language.language
        figure = self._data.figure(LOSS_RANGE_FIGURE)
        shock = self.figures
        loss = fill(
            self.tr("Nvidia lost about %1 to %2 of market value"),
            formatter.usd_large(abs(figure.high)),
            formatter.usd_large(abs(figure.low)),
        )
        moves = fill(
            self.tr("Close %1 (%2) · intraday low %3 (%4)"),
            formatter.percent(shock.close_move_pct, signed=True),
            formatter.usd(shock.close),
            formatter.percent(shock.intraday_low_move_pct, signed=True),
            formatter.usd(shock.intraday_low),
        )
        # pre-wrap keeps the narrow no-break spaces of French (rich text makes them spaces).
        paragraph = (
            f'<p style="margin-top:0; margin-bottom:{PARAGRAPH_GAP_PX}px; white-space:pre-wrap">'
        )
        links = sources_html(figure.sources, self._sources, formatter)
        self.headline.setText(
            f"{paragraph}<b>{html.escape(loss)}</b></p>"
            f"{paragraph}{html.escape(figure.caveat(code))}</p>"
            f"{paragraph}{html.escape(moves)}</p>"
            f"{paragraph}<small>{links}</small></p>"
        )

    def _update_why(self) -> None:
        """Why the biggest fallers fell: each explained mover's items, under its name."""
        if not self.explained:
            return
        formatter = self.language.formatter
        heading = html.escape(self.tr("Why they fell"))
        parts = [
            f'<p style="margin-top:{PARAGRAPH_GAP_PX}px; margin-bottom:0"><b>{heading}</b></p>'
        ]
        for _mover, items in self.explained:
            parts += [item_html(item, formatter, self._sources) for item in items]
        self.why_label.setText("".join(parts))
