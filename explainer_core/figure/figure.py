"""A figure: its texts, one or more plots stacked vertically, and a legend.

The figure says what to show, in the reader's language, and nothing about pixels: the
renderer (``widgets.figure``) lays it out at any size and paints it on any device.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from explainer_core.figure.axes import Axis, AxisScale
from explainer_core.figure.checks import FigureError, check_positive, frozen_tuple
from explainer_core.figure.legend import Legend
from explainer_core.figure.marks import (
    Arrow,
    Band,
    Bars,
    Coordinate,
    LineSeries,
    Mark,
    Points,
    Ring,
    Rule,
    Zone,
)


@dataclass(frozen=True)
class Plot:
    x_axis: Axis
    y_axis: Axis
    marks: tuple[Mark, ...]  # drawn in this order: the last on top
    title: str = ""  # a heading over this plot, when several are stacked
    height_weight: float = 1.0  # its share of the height, relative to the other plots

    def __post_init__(self) -> None:
        frozen_tuple(self, "marks")
        check_positive(self.height_weight, "plot height weight")
        for mark in self.marks:
            self._check_mark(mark)

    def axis(self, name: str) -> Axis:
        return self.x_axis if name == "x" else self.y_axis

    def _check_coordinate(self, value: Coordinate, axis: Axis, what: str) -> None:
        if axis.is_category:
            if not isinstance(value, str):
                raise FigureError(f"{what}: a category axis takes category keys, not {value!r}")
            axis.category_index(value)
            return
        if isinstance(value, str):
            raise FigureError(f"{what}: a {axis.scale.value} axis takes numbers, not {value!r}")
        if axis.scale is AxisScale.LOG and value <= 0 and math.isfinite(value):
            raise FigureError(f"{what}: {value!r} cannot be shown on a log axis")

    def _check_mark(self, mark: Mark) -> None:
        if isinstance(mark, LineSeries):
            if self.x_axis.is_category or self.y_axis.is_category:
                raise FigureError(f"line {mark.name!r}: lines need numeric axes")
            for x, y in zip(mark.xs, mark.ys, strict=True):
                self._check_coordinate(x, self.x_axis, f"line {mark.name!r}")
                if not math.isnan(y):
                    self._check_coordinate(y, self.y_axis, f"line {mark.name!r}")
        elif isinstance(mark, Rule):
            self._check_coordinate(mark.value, self.axis(mark.axis), "rule")
        elif isinstance(mark, Band):
            if self.axis(mark.axis).is_category:
                raise FigureError("a band needs a numeric axis")
        elif isinstance(mark, Zone):
            if self.x_axis.is_category or self.y_axis.is_category:
                raise FigureError("a zone needs numeric axes")
        elif isinstance(mark, Bars):
            self._check_bars(mark)
        elif isinstance(mark, Points):
            for point in mark.points:
                self._check_coordinate(point.x, self.x_axis, f"point {point.name or point.label!r}")
                self._check_coordinate(point.y, self.y_axis, f"point {point.name or point.label!r}")
        elif isinstance(mark, Ring):
            self._check_coordinate(mark.x, self.x_axis, "ring")
            self._check_coordinate(mark.y, self.y_axis, "ring")
        elif isinstance(mark, Arrow):
            for x, y in (mark.start, mark.end):
                self._check_coordinate(x, self.x_axis, "arrow")
                self._check_coordinate(y, self.y_axis, "arrow")
        else:
            raise FigureError(f"unknown mark {mark!r}")

    def _check_bars(self, bars: Bars) -> None:
        if not self.y_axis.is_category:
            raise FigureError("horizontal bars need a category y axis")
        if self.x_axis.scale is not AxisScale.LINEAR:
            # A bar's length is read as a quantity; on a log axis it would suggest ratios it
            # does not show. Draw points (a dot plot) instead.
            raise FigureError("bars need a linear value axis; use Points on a log axis")
        for bar in bars.bars:
            self.y_axis.category_index(bar.category)


@dataclass(frozen=True)
class Figure:
    plots: tuple[Plot, ...]
    title: str = ""
    subtitle: str = ""
    notes: tuple[str, ...] = ()  # footnotes the chart's labels may point to, in order
    source: str = ""  # the whole source line, e.g. "Source: …"
    byline: str = ""  # who made the chart, if anyone is named
    credit: str = ""  # the app's name, bottom right
    description: str = ""  # alternative text: screen readers and file metadata
    legend: Legend | None = None
    language: str = ""  # BCP 47 code of the texts ("fr", "de", "en")
    figure_id: str = ""  # e.g. the chart's id, for file names

    def __post_init__(self) -> None:
        frozen_tuple(self, "plots")
        frozen_tuple(self, "notes")
        if not self.plots:
            raise FigureError("a figure needs at least one plot")

    @property
    def alternative_text(self) -> str:
        """What a screen reader or a file's metadata says of the figure: the description,
        or failing that the title and subtitle."""
        if self.description:
            return self.description
        return " ".join(text for text in (self.title, self.subtitle) if text)
