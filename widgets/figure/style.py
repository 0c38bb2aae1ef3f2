"""How figures look: text sizes, spacing, line widths and neutral colours at 1×.

1× is a 1200 × 675 figure (a 16:9 slide). Everything here is in its logical units; a raster
at scale s is painted with ``painter.scale(s)``, so PNG, SVG and PDF share one layout.
Exports are dark on white whatever the app's theme: slides and handouts are mostly white.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

BASE_WIDTH = 1200.0
BASE_HEIGHT = 675.0


class TextRole(str, Enum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    PLOT_TITLE = "plot_title"
    AXIS_TITLE = "axis_title"
    TICK = "tick"
    CATEGORY = "category"  # a category axis's labels
    LABEL = "label"  # a point's or a bar's label
    ZONE = "zone"  # a zone's or a band's name
    RULE = "rule"  # a rule's label (events in the strip above a plot)
    LEGEND = "legend"
    NOTE = "note"
    SOURCE = "source"
    CREDIT = "credit"  # the byline and the app's name


@dataclass(frozen=True)
class TextLook:
    pixels: float  # at 1×, before stepping down
    bold: bool = False
    line_spacing: float = 1.25  # line pitch / font size
    colour: str = "#1a1a1a"
    smallest: float = 9.0  # never stepped down below this


@dataclass(frozen=True)
class FigureStyle:
    background: str = "#ffffff"
    text: str = "#1a1a1a"
    secondary: str = "#575757"  # subtitle, ticks, notes, source
    axis: str = "#333333"  # the axis line and tick marks
    grid: str = "#e2e2e2"
    rule: str = "#8c8c8c"  # reference rules without a colour of their own
    faint: str = "#8a8a8a"  # leader lines, "no value" labels
    hatch: str = "#6e6e6e"
    label_backing: str = "#ffffff"  # behind labels drawn over shaded zones
    label_backing_opacity: float = 0.82
    # Families in order of preference, the generic family last: SVG viewers pick the first
    # they have, and Qt the first installed (its choice is moved to the front).
    font_families: tuple[str, ...] = (
        "Noto Sans",
        "Segoe UI",
        "Helvetica Neue",
        "Arial",
        "Liberation Sans",
        "DejaVu Sans",
        "sans-serif",
    )
    margin: float = 26.0
    gap: float = 8.0
    header_gap: float = 16.0  # between the subtitle and the plots
    footer_gap: float = 14.0  # between the plots (or legend) and the notes
    plot_gap: float = 22.0  # between stacked plots
    tick_length: float = 4.0
    tick_gap: float = 6.0  # between a tick and its label
    legend_gap: float = 20.0  # between the plots and a legend on their right
    legend_swatch: float = 22.0
    legend_max_share: float = 0.26  # of the inner width, for a legend on the right
    category_max_share: float = 0.22  # of the inner width, for category labels
    axis_width: float = 1.0
    grid_width: float = 1.0
    leader_width: float = 0.8
    title_max_lines: int = 3
    subtitle_max_lines: int = 4
    event_max_rows: int = 4
    # Text steps down to these shares of its size when the plots would get less than half
    # the figure's height (small or flat figures), never below each role's smallest size.
    text_steps: tuple[float, ...] = (1.0, 0.93, 0.86, 0.8, 0.74)
    plot_min_share: float = 0.5  # of the figure's height, for the plot areas

    def look(self, role: TextRole) -> TextLook:
        return _LOOKS[role](self)


_LOOKS = {
    TextRole.TITLE: lambda s: TextLook(25, True, 1.2, s.text, 14),
    TextRole.SUBTITLE: lambda s: TextLook(16, False, 1.3, s.secondary, 10),
    TextRole.PLOT_TITLE: lambda s: TextLook(14, True, 1.25, s.text),
    TextRole.AXIS_TITLE: lambda s: TextLook(13, False, 1.25, s.secondary),
    TextRole.TICK: lambda s: TextLook(13, False, 1.2, s.secondary),
    TextRole.CATEGORY: lambda s: TextLook(13, False, 1.2, s.text),
    TextRole.LABEL: lambda s: TextLook(13, False, 1.2, s.text, 8),
    TextRole.ZONE: lambda s: TextLook(13, True, 1.2, s.text),
    TextRole.RULE: lambda s: TextLook(13, False, 1.2, s.secondary),
    TextRole.LEGEND: lambda s: TextLook(13, False, 1.2, s.text),
    TextRole.NOTE: lambda s: TextLook(12, False, 1.3, s.secondary),
    TextRole.SOURCE: lambda s: TextLook(12, False, 1.3, s.secondary),
    TextRole.CREDIT: lambda s: TextLook(12, False, 1.3, s.secondary),
}

DEFAULT_STYLE = FigureStyle()
