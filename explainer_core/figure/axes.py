"""Axes of a figure's plot: scale, range, candidate tick sets with their labels, title.

Ticks are data, not something the renderer invents: the builder, which knows the language
and the quantity, gives one or more ``TickLevel``s from coarse to fine, every label already
formatted; the renderer shows the finest level whose labels fit without overlapping.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from explainer_core.figure.checks import FigureError, frozen_tuple


class AxisScale(str, Enum):
    LINEAR = "linear"
    LOG = "log"  # base 10; the range and every value > 0
    DATE = "date"  # values are days since 1970-01-01 (see ``date_value``)
    CATEGORY = "category"  # values are category keys; the first category at the top / left


class Grid(str, Enum):
    NONE = "none"
    AT_TICKS = "at_ticks"  # a faint line across the plot at every labelled tick
    BETWEEN_CATEGORIES = "between_categories"  # separators between lanes (category axes)


EPOCH = dt.date(1970, 1, 1)
SECONDS_PER_DAY = 86_400


def date_value(day: dt.date | dt.datetime) -> float:
    """A date as a value on a ``DATE`` axis: days since 1970-01-01 (a datetime keeps its time
    of day as a fraction, read in its own time zone)."""
    if isinstance(day, dt.datetime):
        midnight = dt.datetime.combine(day.date(), dt.time(), tzinfo=day.tzinfo)
        return (day.date() - EPOCH).days + (day - midnight).total_seconds() / SECONDS_PER_DAY
    return float((day - EPOCH).days)


def value_date(value: float) -> dt.date:
    """The day a ``DATE`` axis value falls on (for a table of what the figure shows)."""
    return EPOCH + dt.timedelta(days=math.floor(value))


@dataclass(frozen=True)
class Tick:
    value: float  # in the axis's units (days for dates, the value itself on a log axis)
    label: str  # already formatted for the language; "\n" starts a second line


@dataclass(frozen=True)
class TickLevel:
    """One candidate set of labelled ticks, e.g. every year, or every quarter."""

    ticks: tuple[Tick, ...]

    def __post_init__(self) -> None:
        frozen_tuple(self, "ticks")


@dataclass(frozen=True)
class Category:
    key: str  # what marks refer to
    label: str  # shown on the axis; "\n" breaks a line, long labels are also wrapped


@dataclass(frozen=True)
class Axis:
    scale: AxisScale
    minimum: float = 0.0  # the range shown (ignored on a category axis)
    maximum: float = 1.0
    title: str = ""
    tick_levels: tuple[TickLevel, ...] = ()  # coarse to fine
    categories: tuple[Category, ...] = ()  # a category axis only, in reading order
    grid: Grid = Grid.AT_TICKS

    def __post_init__(self) -> None:
        frozen_tuple(self, "tick_levels")
        frozen_tuple(self, "categories")
        if self.scale is AxisScale.CATEGORY:
            if not self.categories:
                raise FigureError("a category axis needs at least one category")
            keys = [category.key for category in self.categories]
            if len(set(keys)) != len(keys):
                raise FigureError(f"category keys repeat: {keys}")
            return
        if self.categories:
            raise FigureError(f"a {self.scale.value} axis has no categories")
        if not (math.isfinite(self.minimum) and math.isfinite(self.maximum)):
            raise FigureError("an axis range must be finite")
        if self.minimum >= self.maximum:
            raise FigureError(f"empty axis range {self.minimum} .. {self.maximum}")
        if self.scale is AxisScale.LOG and self.minimum <= 0:
            raise FigureError("a log axis starts above zero")

    # -- constructors that read like the chart ------------------------------------------------
    @classmethod
    def linear(
        cls,
        minimum: float,
        maximum: float,
        tick_levels: Sequence[TickLevel] = (),
        title: str = "",
        grid: Grid = Grid.AT_TICKS,
    ) -> Axis:
        return cls(AxisScale.LINEAR, minimum, maximum, title, tuple(tick_levels), (), grid)

    @classmethod
    def log(
        cls,
        minimum: float,
        maximum: float,
        tick_levels: Sequence[TickLevel] = (),
        title: str = "",
        grid: Grid = Grid.AT_TICKS,
    ) -> Axis:
        return cls(AxisScale.LOG, minimum, maximum, title, tuple(tick_levels), (), grid)

    @classmethod
    def dates(
        cls,
        first: dt.date,
        last: dt.date,
        tick_levels: Sequence[TickLevel] = (),
        title: str = "",
        grid: Grid = Grid.NONE,
    ) -> Axis:
        return cls(
            AxisScale.DATE, date_value(first), date_value(last), title, tuple(tick_levels), (), grid
        )

    @classmethod
    def category(
        cls,
        categories: Sequence[Category],
        title: str = "",
        grid: Grid = Grid.NONE,
    ) -> Axis:
        return cls(AxisScale.CATEGORY, 0.0, 1.0, title, (), tuple(categories), grid)

    # -- reading ------------------------------------------------------------------------------
    @property
    def is_category(self) -> bool:
        return self.scale is AxisScale.CATEGORY

    def category_index(self, key: str) -> int:
        for index, category in enumerate(self.categories):
            if category.key == key:
                return index
        raise FigureError(f"no category {key!r} on this axis")

    def category_label(self, key: str) -> str:
        return self.categories[self.category_index(key)].label

    def contains(self, value: float) -> bool:
        """Whether a numeric value lies in the range shown (a little tolerance at the ends)."""
        slack = (self.maximum - self.minimum) * 1e-9
        return self.minimum - slack <= value <= self.maximum + slack


def tick_level(pairs: Sequence[tuple[float, str]]) -> TickLevel:
    """A ``TickLevel`` from (value, label) pairs."""
    return TickLevel(tuple(Tick(value, label) for value, label in pairs))
