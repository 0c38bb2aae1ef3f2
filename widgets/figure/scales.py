"""From data to figure coordinates, along one axis (linear, log, date or category)."""

from __future__ import annotations

import math

from explainer_core.figure import Axis, AxisScale, Coordinate


class AxisMap:
    """Maps an axis's values onto the pixels from ``start`` to ``end``.

    A numeric axis puts its minimum at ``start`` (the left, or the bottom of a y axis). A
    category axis cuts the span into equal bands in reading order, the first at ``start``
    (the left, or the top of a y axis), and maps a key to its band's centre."""

    def __init__(self, axis: Axis, start: float, end: float) -> None:
        self.axis = axis
        self.start = start
        self.end = end
        if axis.scale is AxisScale.CATEGORY:
            self._low, self._high = 0.0, float(len(axis.categories))
        elif axis.scale is AxisScale.LOG:
            self._low, self._high = math.log10(axis.minimum), math.log10(axis.maximum)
        else:
            self._low, self._high = axis.minimum, axis.maximum
        self._factor = (end - start) / (self._high - self._low)

    def __call__(self, value: Coordinate) -> float:
        if isinstance(value, str):
            return self.start + (self.axis.category_index(value) + 0.5) * self._factor
        if self.axis.scale is AxisScale.LOG:
            value = math.log10(value) if value > 0 else -math.inf
        return self.start + (value - self._low) * self._factor

    @property
    def band(self) -> float:
        """The size of one category's band (a category axis), or of the whole span."""
        return abs(self._factor) if self.axis.is_category else abs(self.end - self.start)

    def band_start(self, key: str) -> float:
        """The edge of a category's band nearest ``start``."""
        return self.start + self.axis.category_index(key) * self._factor
