"""Each instrument's line on screen: the core's colours, dashes and widths (the same as in a
file of the chart) as Qt pens, for the picker and the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explainer_core.data.market import MarketData
from explainer_core.market.timeline_series import SeriesStyle, series_styles
from widgets.palette import PEN_STYLES


class SeriesStyles:
    """Nvidia in the highlight colour and wider; the others take the palette in the
    core's order, so an instrument keeps its colour whatever else is shown."""

    def __init__(self, data: MarketData) -> None:
        self._styles: dict[str, SeriesStyle] = series_styles(data)

    def of(self, ticker: str) -> tuple[str, Qt.PenStyle]:
        style = self._styles[ticker]
        return style.colour, PEN_STYLES[style.dash]

    def colour(self, ticker: str) -> str:
        return self._styles[ticker].colour

    def width(self, ticker: str) -> float:
        return self._styles[ticker].width
