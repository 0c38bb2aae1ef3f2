"""The legend: what each colour, line style or marker stands for.

The builder lists the entries (a legend may name statuses that are not series); the
renderer puts the legend right of the plots, or below them when the figure is narrow.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from explainer_core.figure.checks import check_colour, check_positive, frozen_tuple
from explainer_core.figure.marks import Dash, MarkerShape


class LegendSymbol(str, Enum):
    LINE = "line"  # a short line with the series' width and dash
    BAR = "bar"  # a filled square, outlined when emphasised
    MARKER = "marker"  # a marker shape, filled or hollow
    AREA = "area"  # a shaded (and perhaps hatched) square, for zones


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str
    symbol: LegendSymbol = LegendSymbol.LINE
    dash: Dash = Dash.SOLID
    width: float = 2.0
    shape: MarkerShape = MarkerShape.CIRCLE
    hollow: bool = False
    hatched: bool = False
    opacity: float = 1.0  # of an AREA's fill
    emphasised: bool = False

    def __post_init__(self) -> None:
        check_colour(self.colour)
        check_positive(self.width, "legend line width")


@dataclass(frozen=True)
class Legend:
    entries: tuple[LegendEntry, ...]
    title: str = ""

    def __post_init__(self) -> None:
        frozen_tuple(self, "entries")
