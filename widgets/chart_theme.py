"""The colours charts are drawn with, for a light or a dark interface.

Chart widgets read ``chart_colours()`` each time they draw, so a redraw after
``set_chart_colours()`` is all a theme switch needs. The series colours stay the
Okabe–Ito palette in both themes (``widgets.palette``): only the neutral greys, the
background and the tints around them change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import QFont

from widgets.palette import readable_on_dark

DARK_WINDOW = "#2D2D2D"  # the dark palette's window (ui.shell.theme), behind coloured texts


@dataclass(frozen=True)
class ChartColours:
    name: str  # "light" or "dark"
    background: str
    foreground: str  # axes, tick labels, value labels, outlines of filled markers
    secondary: str  # subtitles of exported figures, event markers
    faint: str  # crosshair, leader lines, "not reported"
    rule: str  # reference and zero lines
    separator: str  # thin lines between lanes
    guide: str  # dashed threshold lines
    label_fill: tuple[int, int, int, int]  # behind labels drawn over shaded zones
    hatch: str  # "#RRGGBBAA": hatching of zones
    zone_border: str  # "#RRGGBBAA"
    highlight_tint: str  # a table row or note about the highlighted series

    @property
    def is_dark(self) -> bool:
        return self.name == "dark"

    @property
    def hollow_fill(self) -> str:
        """The inside of a hollow marker: the background, whatever the theme."""
        return self.background


LIGHT_CHARTS = ChartColours(
    name="light",
    background="#FFFFFF",
    foreground="#202020",
    secondary="#555555",
    faint="#777777",
    rule="#999999",
    separator="#DDDDDD",
    guide="#555555",
    label_fill=(255, 255, 255, 200),
    hatch="#00000055",
    zone_border="#00000055",
    highlight_tint="#FBE3D3",  # a light shade of the highlight colour (vermillion)
)
# A near-black background rather than the window's grey: every Okabe–Ito colour keeps at
# least 3:1 contrast on it (the blue, the weakest, about 3.5:1), as WCAG asks of graphics.
DARK_CHARTS = ChartColours(
    name="dark",
    background="#161616",
    foreground="#E8E8E8",
    secondary="#B4B4B4",
    faint="#8C8C8C",
    rule="#8A8A8A",
    separator="#3A3A3A",
    guide="#B0B0B0",
    label_fill=(22, 22, 22, 210),
    hatch="#FFFFFF55",
    zone_border="#FFFFFF55",
    highlight_tint="#4A2614",  # a dark shade of the highlight colour
)

_current: ChartColours = LIGHT_CHARTS
_text_scale = 1.0  # presenter mode's enlargement of chart texts (1: none)


def chart_colours() -> ChartColours:
    """The colours to draw charts with now."""
    return _current


def set_chart_colours(colours: ChartColours) -> None:
    """Draw charts with ``colours`` from now on; the owner redraws what is on screen."""
    global _current
    _current = colours


def chart_text_scale() -> float:
    """How much larger than normal chart texts are drawn now: room sized in pixels for
    them (a row of event labels, a legend sample) grows by the same factor."""
    return _text_scale


def set_chart_text_scale(scale: float) -> None:
    """Presenter mode sets the factor it enlarges the interface's text by; the owners of
    charts redraw what is on screen (``widgets.refresh.announce_appearance_change``)."""
    global _text_scale
    _text_scale = scale


def chart_font(relative: float = 1.0) -> QFont:
    """The font of chart texts (ticks, legend entries, labels), ``relative`` to the text
    of the interface, which presenter mode enlarges. Chart items keep the font they were
    given, so they read this at every redraw, not once at build time."""
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * relative)
    return font


def drawing_style() -> tuple[ChartColours, str]:
    """What chart items are drawn with besides their data: the colours and the application
    font (presenter mode enlarges it). A chart may update its texts in place only while
    this stays the same; otherwise it draws its items again."""
    return _current, QFont().key()


def text_colour(colour: str) -> str:
    """A series or status colour for text on the window: as it is in the light theme,
    lightened (same hue) until it reads on the dark one."""
    return readable_on_dark(colour, DARK_WINDOW) if _current.is_dark else colour


@contextmanager
def chart_colours_set_to(colours: ChartColours) -> Iterator[None]:
    """Draw with ``colours`` inside the block (an export, a test), then go back."""
    previous = chart_colours()
    set_chart_colours(colours)
    try:
        yield
    finally:
        set_chart_colours(previous)
