"""Where things go on the chip map's plot (pure Python): TPP on a log axis, the whole view
of a rule's frame, how far a reader may zoom and pan, and how many columns the key takes.

Plot coordinates: x is log10(TPP), y is the rule's figure as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from explainer_core.chip_controls.chip_map import MapFrame, axis_ticks, x_thresholds, y_thresholds
from explainer_core.chip_controls.rules import Rule

# The closest zoom: a tenth of a decade of TPP across (about ×1.26), and a fiftieth of the
# frame's height: close enough to pull apart any two chips of the data, no closer.
MIN_X_SPAN_DECADES = 0.1
MIN_Y_SPAN_SHARE = 0.02
# Two views this close (a share of the frame, on each side) are the same view.
SAME_VIEW_TOLERANCE = 1e-3


def plot_x(tpp: float) -> float:
    """A TPP's place on the log axis."""
    return math.log10(tpp)


def tpp_at(x: float) -> float:
    """The TPP at a place on the log axis."""
    return 10**x


@dataclass(frozen=True)
class ViewRange:
    """A rectangle of the plot, in plot coordinates."""

    x_min: float
    x_max: float
    y_min: float
    y_max: float

    @property
    def width(self) -> float:
        return self.x_max - self.x_min

    @property
    def height(self) -> float:
        return self.y_max - self.y_min


@dataclass(frozen=True)
class ZoomLimits:
    """How far the view may go: never outside the frame, never closer than the minimum."""

    bounds: ViewRange
    min_width: float
    min_height: float


def full_view(frame: MapFrame) -> ViewRange:
    """The whole frame: every chip, every threshold and the band of unknowns."""
    return ViewRange(plot_x(frame.x_min), plot_x(frame.x_max), frame.y_min, frame.y_max)


def zoom_limits(frame: MapFrame) -> ZoomLimits:
    whole = full_view(frame)
    return ZoomLimits(whole, MIN_X_SPAN_DECADES, whole.height * MIN_Y_SPAN_SHARE)


def is_full_view(view: ViewRange, frame: MapFrame) -> bool:
    """Whether ``view`` shows the whole frame (up to rounding): nothing to reset."""
    whole = full_view(frame)
    x_room = whole.width * SAME_VIEW_TOLERANCE
    y_room = whole.height * SAME_VIEW_TOLERANCE
    return (
        view.x_min <= whole.x_min + x_room
        and view.x_max >= whole.x_max - x_room
        and view.y_min <= whole.y_min + y_room
        and view.y_max >= whole.y_max - y_room
    )


def zoomed_on(x: float, y: float, factor: float, frame: MapFrame) -> ViewRange:
    """A view ``factor`` times closer than the whole frame, centred on (x, y) as far as the
    frame allows (plot coordinates; ``factor`` > 1 zooms in)."""
    whole = full_view(frame)
    limits = zoom_limits(frame)
    width = max(whole.width / factor, limits.min_width)
    height = max(whole.height / factor, limits.min_height)
    left = min(max(x - width / 2, whole.x_min), whole.x_max - width)
    bottom = min(max(y - height / 2, whole.y_min), whole.y_max - height)
    return ViewRange(left, left + width, bottom, bottom + height)


@dataclass(frozen=True)
class AxisTicks:
    """The ticks of the view: ``(plot position, value)`` across and up, and whether the band
    of unknown figures is in view (its tick says so)."""

    x: tuple[tuple[float, float], ...]
    y: tuple[tuple[float, float], ...]
    unknown_band: bool


def ticks_in_view(rule: Rule, view: ViewRange, frame: MapFrame) -> AxisTicks:
    """Every threshold in view and round values between them, for the view as zoomed."""
    x_low, x_high = tpp_at(view.x_min), tpp_at(view.x_max)
    x = tuple(
        (plot_x(value), value) for value, _ in axis_ticks(x_low, x_high, x_thresholds(rule), True)
    )
    y_low = max(view.y_min, 0.0)  # below zero lies the band of unknowns, not figures
    y = ()
    if view.y_max > y_low:
        y = tuple(
            (value, value)
            for value, _ in axis_ticks(y_low, view.y_max, y_thresholds(rule), log=False)
        )
    return AxisTicks(x, y, view.y_min <= frame.unknown_y <= view.y_max)


def legend_columns(widths: list[float], room: float) -> int:
    """The most columns whose widths add up within ``room``, entries filling rows first
    (as pyqtgraph's legend places them): entry ``i`` goes to column ``i % columns``."""
    for columns in range(len(widths), 1, -1):
        column_widths = [max(widths[start::columns]) for start in range(columns)]
        if sum(column_widths) <= room:
            return columns
    return 1
