"""What a laid-out figure is made of: shapes and texts in figure coordinates (logical
pixels, y downwards), ready to paint. The layout decides every position; painting only
draws these, in order, on whatever device it is given.

Nothing here is in data coordinates: a line is a list of points in the figure, with its
width, so a vector file needs no scaling transform and no ``non-scaling-stroke``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from explainer_core.figure import Dash, MarkerShape
from explainer_core.layout.label_placement import Box
from widgets.figure.style import TextRole
from widgets.figure.text import FontSpec

XY = tuple[float, float]


@dataclass(frozen=True)
class Stroke:
    colour: str
    width: float
    dash: Dash = Dash.SOLID
    opacity: float = 1.0


@dataclass(frozen=True)
class Polyline:
    points: tuple[XY, ...]
    stroke: Stroke


@dataclass(frozen=True)
class Polygon:
    points: tuple[XY, ...]
    fill: str | None
    fill_opacity: float = 1.0
    stroke: Stroke | None = None


@dataclass(frozen=True)
class Hatching:
    """Diagonal lines filling a polygon, as line segments already cut to it (portable,
    unlike pattern brushes and clip paths)."""

    segments: tuple[tuple[XY, XY], ...]
    stroke: Stroke


@dataclass(frozen=True)
class Rectangle:
    box: Box
    fill: str | None
    fill_opacity: float = 1.0
    stroke: Stroke | None = None


@dataclass(frozen=True)
class Marker:
    centre: XY
    shape: MarkerShape
    size: float  # the diameter of the circle it stands in
    fill: str
    stroke: Stroke


@dataclass(frozen=True)
class Circle:
    centre: XY
    radius: float
    stroke: Stroke


@dataclass(frozen=True)
class ArrowLine:
    start: XY
    end: XY  # the tip
    stroke: Stroke
    head_length: float


Shape = Union[Polyline, Polygon, Hatching, Rectangle, Marker, Circle, ArrowLine]  # noqa: UP007


@dataclass(frozen=True)
class PlacedText:
    role: TextRole
    lines: tuple[str, ...]
    origins: tuple[XY, ...]  # where each line's baseline starts
    box: Box  # what the lines cover
    font: FontSpec
    colour: str
    backing: str | None = None  # a box of this colour behind the text
    backing_opacity: float = 1.0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def moved(self, dx: float, dy: float) -> PlacedText:
        return PlacedText(
            self.role,
            self.lines,
            tuple((x + dx, y + dy) for x, y in self.origins),
            self.box.moved(dx, dy),
            self.font,
            self.colour,
            self.backing,
            self.backing_opacity,
        )


@dataclass(frozen=True)
class FigureLayout:
    width: float
    height: float
    background: str
    families: tuple[str, ...]  # the font families every text is drawn with
    text_step: float  # the share of the 1× text sizes used (1.0 unless stepped down)
    shapes: tuple[Shape, ...]  # painted first, in order
    texts: tuple[PlacedText, ...]  # painted over the shapes
    plot_areas: tuple[Box, ...]  # where each plot's data is drawn
    legend_box: Box | None
    legend_below: bool
    events_numbered: bool  # event labels replaced by numbers, keyed in the notes
    values_thinned: bool  # bars too thin: only emphasised and missing values labelled
