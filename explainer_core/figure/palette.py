"""Colours for series: the Okabe–Ito palette, distinguishable with the common colour-vision
deficiencies, on light and dark backgrounds; dashes tell apart series past six. No Qt: the
screen (``widgets.palette``) and the exported figures use the same colours."""

from __future__ import annotations

from explainer_core.figure.marks import Dash

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
DASHES: tuple[Dash, ...] = (Dash.SOLID, Dash.DASHED, Dash.DOTTED, Dash.DASH_DOT)


def series_colour_and_dash(index: int) -> tuple[str, Dash]:
    """Colour and dash of the ``index``-th non-highlighted series, stable per index."""
    others = OKABE_ITO[1:]
    colour = others[index % len(others)]
    return colour, DASHES[(index // len(others)) % len(DASHES)]


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on_dark(colour: str, background: str, minimum: float = 4.5) -> str:
    """``colour`` mixed with white just enough to read as text on a dark ``background``
    (WCAG AA: 4.5:1); its hue stays, so it still names the same series or status."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    for step in range(21):
        share = step / 20
        mixed = "#{:02X}{:02X}{:02X}".format(
            *(round(c + (255 - c) * share) for c in (red, green, blue))
        )
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return "#FFFFFF"
