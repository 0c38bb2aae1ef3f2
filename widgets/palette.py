"""Colours for series: the Okabe–Ito palette, distinguishable with the common colour-vision
deficiencies, on light and dark backgrounds; line styles tell apart series past eight."""

from __future__ import annotations

from PySide6.QtCore import Qt

# Okabe & Ito (2008), "Color Universal Design"; black is left out so it never clashes
# with the axis text, and yellow last because it is faint on white.
OKABE_ITO: tuple[str, ...] = (
    "#D55E00",  # vermillion: reserved for the highlighted series (Nvidia)
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
)
HIGHLIGHT_COLOUR = OKABE_ITO[0]
LINE_STYLES: tuple[Qt.PenStyle, ...] = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)


def series_style(index: int) -> tuple[str, Qt.PenStyle]:
    """Colour and line style of the ``index``-th non-highlighted series, stable per index."""
    others = OKABE_ITO[1:]
    colour = others[index % len(others)]
    style = LINE_STYLES[(index // len(others)) % len(LINE_STYLES)]
    return colour, style
