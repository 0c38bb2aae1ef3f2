"""What a plot draws: lines, rules, bands, zones, bars, points, rings and arrows.

Coordinates are data: numbers in the axis's units (days for a date axis, see
``axes.date_value``), or a category's key on a category axis. Every mark keeps the data it
shows (series, category, x, value) so that a table of what the figure shows can be derived
from the figure alone. Sizes and widths are in the figure's base units (a 1200 × 675 figure
at 1×); the renderer scales them with the figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import Literal, Union

from explainer_core.figure.checks import (
    FigureError,
    check_colour,
    check_positive,
    check_share,
    frozen_tuple,
)
from explainer_core.layout.label_placement import LabelSpot

Coordinate = Union[float, str]  # a number, or a category's key  # noqa: UP007
AxisName = Literal["x", "y"]


class Dash(str, Enum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"
    DASH_DOT = "dash_dot"


class MarkerShape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"


class LabelPreference(str, Enum):
    """Where a point's label is tried first; others are tried when that place is taken."""

    RIGHT = "right"
    ABOVE = "above"


def _check_axis_name(axis: str) -> None:
    if axis not in ("x", "y"):
        raise FigureError(f"axis must be 'x' or 'y', not {axis!r}")


@dataclass(frozen=True)
class LineSeries:
    """A line through (x, y) points in order; a NaN y breaks the line (never bridged)."""

    name: str  # the series, as the legend and a table name it
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    colour: str
    width: float = 2.0
    dash: Dash = Dash.SOLID

    def __post_init__(self) -> None:
        frozen_tuple(self, "xs")
        frozen_tuple(self, "ys")
        if len(self.xs) != len(self.ys):
            raise FigureError(f"series {self.name!r}: {len(self.xs)} x for {len(self.ys)} y")
        check_colour(self.colour)
        check_positive(self.width, "line width")


@dataclass(frozen=True)
class Rule:
    """A straight line across the plot at one value: ``axis="y"`` draws a horizontal rule (a
    reference such as 100 or 0), ``axis="x"`` a vertical one (an event, a threshold).

    A vertical rule's label goes in a strip above the plot, stacked in rows so that labels
    never overlap; a horizontal rule's label sits at its right end, above it."""

    axis: AxisName
    value: Coordinate
    label: str = ""
    colour: str | None = None  # None: the figure's neutral rule colour
    width: float = 1.0
    dash: Dash = Dash.SOLID
    emphasised: bool = False  # a bold label in the rule's colour

    def __post_init__(self) -> None:
        _check_axis_name(self.axis)
        check_colour(self.colour)
        check_positive(self.width, "rule width")


@dataclass(frozen=True)
class Band:
    """A shaded stretch across the whole plot between two values of one axis (a period, an
    "unknown" row below the data)."""

    axis: AxisName
    start: float
    end: float
    colour: str
    opacity: float = 0.12
    label: str = ""

    def __post_init__(self) -> None:
        _check_axis_name(self.axis)
        check_colour(self.colour)
        check_share(self.opacity, "band opacity")


@dataclass(frozen=True)
class Zone:
    """A shaded and/or hatched polygon in data coordinates, with an optional name placed at
    the first of its ``label_spots`` (data coordinates, alignment of the label's box) where
    it hides nothing."""

    polygon: tuple[tuple[float, float], ...]
    colour: str | None = None  # the fill; None: no fill
    opacity: float = 0.2
    hatched: bool = False
    hatch_colour: str | None = None  # None: the figure's neutral hatch colour
    border: str | None = None
    label: str = ""
    label_colour: str | None = None
    label_spots: tuple[LabelSpot, ...] = ()
    name: str = ""  # what the zone stands for, for a table

    def __post_init__(self) -> None:
        frozen_tuple(self, "polygon")
        frozen_tuple(self, "label_spots")
        if len(self.polygon) < 3:
            raise FigureError("a zone needs at least three corners")
        for colour in (self.colour, self.hatch_colour, self.border, self.label_colour):
            check_colour(colour)
        check_share(self.opacity, "zone opacity")
        if self.label and not self.label_spots:
            raise FigureError(f"zone label {self.label!r} has no place to go (label_spots)")


@dataclass(frozen=True)
class Bar:
    category: str  # key of a category of the plot's y axis
    value: float | None  # None: no value; the bar keeps its place and ``label`` says why
    label: str  # the value as text, at the bar's end
    colour: str
    series: str = ""  # in grouped bars: which bar of the group (e.g. a model)
    emphasised: bool = False  # outlined, its label bold

    def __post_init__(self) -> None:
        check_colour(self.colour)
        if self.value is not None and not math.isfinite(self.value):
            raise FigureError(f"bar {self.category!r}/{self.series!r}: value {self.value!r}")


@dataclass(frozen=True)
class Bars:
    """Horizontal bars: categories on the y axis, values along a linear x axis from
    ``baseline``. Several bars of one category form a group, drawn top to bottom in order."""

    bars: tuple[Bar, ...]
    baseline: float = 0.0

    def __post_init__(self) -> None:
        frozen_tuple(self, "bars")


@dataclass(frozen=True)
class Point:
    x: Coordinate
    y: Coordinate
    label: str = ""  # next to the point; "\n" starts a new line
    colour: str = "#000000"
    shape: MarkerShape = MarkerShape.CIRCLE
    hollow: bool = False  # a white inside and a coloured outline
    emphasised: bool = False  # a larger marker and a bold label
    series: str = ""  # the group it belongs to (a legend entry, a status)
    name: str = ""  # what the point is, for a table (the label may hold a value too)

    def __post_init__(self) -> None:
        check_colour(self.colour)


@dataclass(frozen=True)
class Points:
    """Markers with optional labels. Labels are placed where they hide no marker and no other
    label, with a leader line when they had to move away from their point. Points at the
    same place share one block of labels. With ``spread`` (points on a category axis),
    markers that would touch are stacked in sub-rows of their lane."""

    points: tuple[Point, ...]
    size: float = 10.0  # marker diameter
    label_preference: LabelPreference = LabelPreference.RIGHT
    spread: bool = False

    def __post_init__(self) -> None:
        frozen_tuple(self, "points")
        check_positive(self.size, "marker size")


@dataclass(frozen=True)
class Ring:
    """A circle drawn around one point, to single it out (only where the builder asks)."""

    x: Coordinate
    y: Coordinate
    colour: str | None = None  # None: the figure's text colour
    dashed: bool = False
    heavy: bool = False  # a thicker ring: the one chosen, among dashed ones
    radius: float = 9.0

    def __post_init__(self) -> None:
        check_colour(self.colour)
        check_positive(self.radius, "ring radius")


@dataclass(frozen=True)
class Arrow:
    """From one point to another (e.g. a chip to its cut-down version), stopping short of
    the markers at both ends."""

    start: tuple[Coordinate, Coordinate]
    end: tuple[Coordinate, Coordinate]
    colour: str | None = None

    def __post_init__(self) -> None:
        check_colour(self.colour)


Mark = Union[LineSeries, Rule, Band, Zone, Bars, Points, Ring, Arrow]  # noqa: UP007
