"""Which of the builder's tick levels an axis shows: the finest whose labels fit.

Along the axis each label takes its extent (its width under an x axis, its height beside a
y axis), centred on its tick and pushed inwards at the ends of the axis so it is never cut.
A level fits when consecutive labels keep a gap. When even the coarsest does not (a tiny
figure), its labels are thinned, keeping every other one, so none ever overlaps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from explainer_core.figure import Axis, Tick, TickLevel


@dataclass(frozen=True)
class TickSpot:
    tick: Tick
    position: float  # the tick's pixel along the axis
    start: float  # where its label starts along the axis (left, or top)
    extent: float  # the label's width (x axis) or height (y axis)


def ticks_in_range(axis: Axis, level: TickLevel) -> list[Tick]:
    return [tick for tick in level.ticks if axis.contains(tick.value)]


def _spots(
    ticks: Sequence[Tick],
    position_of: Callable[[float], float],
    extent_of: Callable[[str], float],
    bounds: tuple[float, float],
) -> list[TickSpot]:
    low, high = bounds
    spots = []
    for tick in ticks:
        position = position_of(tick.value)
        extent = extent_of(tick.label)
        start = max(low, min(position - extent / 2, high - extent))
        spots.append(TickSpot(tick, position, start, extent))
    return sorted(spots, key=lambda spot: spot.start)


def _apart(spots: Sequence[TickSpot], gap: float) -> bool:
    return all(
        later.start >= earlier.start + earlier.extent + gap for earlier, later in pairwise(spots)
    )


def _thinned(spots: list[TickSpot], gap: float) -> list[TickSpot]:
    while len(spots) > 1 and not _apart(spots, gap):
        spots = spots[::2]
    return spots


def choose_ticks(
    axis: Axis,
    position_of: Callable[[float], float],
    extent_of: Callable[[str], float],
    bounds: tuple[float, float],
    gap: float,
) -> list[TickSpot]:
    """The labelled ticks to show, with where their labels go."""
    levels = [ticks_in_range(axis, level) for level in axis.tick_levels]
    levels = [ticks for ticks in levels if ticks]
    for ticks in reversed(levels):  # finest first
        spots = _spots(ticks, position_of, extent_of, bounds)
        if _apart(spots, gap):
            return spots
    if not levels:
        return []
    return _thinned(_spots(levels[0], position_of, extent_of, bounds), gap)
