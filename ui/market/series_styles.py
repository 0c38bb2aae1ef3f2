"""The colour and dash of each instrument's line, the same in the picker and the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explainer_core.data.market import MarketData
from explainer_core.market.story import HIGHLIGHTED_TICKER
from explainer_core.market.timeline import style_order
from widgets.palette import HIGHLIGHT_COLOUR, series_style

HIGHLIGHT_WIDTH = 3.5
SERIES_WIDTH = 1.8


class SeriesStyles:
    """Nvidia in the highlight colour and wider; the others take the palette in the
    core's order, so an instrument keeps its colour whatever else is shown."""

    def __init__(self, data: MarketData) -> None:
        order = style_order(data)
        self._styles: dict[str, tuple[str, Qt.PenStyle]] = {
            HIGHLIGHTED_TICKER: (HIGHLIGHT_COLOUR, Qt.PenStyle.SolidLine)
        }
        for index, ticker in enumerate(t for t in order if t != HIGHLIGHTED_TICKER):
            self._styles[ticker] = series_style(index)

    def of(self, ticker: str) -> tuple[str, Qt.PenStyle]:
        return self._styles[ticker]

    def colour(self, ticker: str) -> str:
        return self._styles[ticker][0]

    @staticmethod
    def width(ticker: str) -> float:
        return HIGHLIGHT_WIDTH if ticker == HIGHLIGHTED_TICKER else SERIES_WIDTH
