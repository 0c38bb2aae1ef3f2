"""Series colours on screen: the core's Okabe–Ito palette (``explainer_core.figure.palette``)
with Qt's pen styles for its dashes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explainer_core.figure.marks import Dash
from explainer_core.figure.palette import (  # noqa: F401  (the screen's names for them)
    HIGHLIGHT_COLOUR,
    OKABE_ITO,
    contrast_ratio,
    readable_on_dark,
    relative_luminance,
    series_colour_and_dash,
)

PEN_STYLES: dict[Dash, Qt.PenStyle] = {
    Dash.SOLID: Qt.PenStyle.SolidLine,
    Dash.DASHED: Qt.PenStyle.DashLine,
    Dash.DOTTED: Qt.PenStyle.DotLine,
    Dash.DASH_DOT: Qt.PenStyle.DashDotLine,
}
LINE_STYLES: tuple[Qt.PenStyle, ...] = tuple(PEN_STYLES.values())


def series_style(index: int) -> tuple[str, Qt.PenStyle]:
    """Colour and line style of the ``index``-th non-highlighted series, stable per index."""
    colour, dash = series_colour_and_dash(index)
    return colour, PEN_STYLES[dash]
