"""A localized logarithmic value axis that draws no tick or grid line beyond a limit."""

from __future__ import annotations

import math

from widgets.localized_axes import LocalizedValueAxis


class LocalizedLogAxis(LocalizedValueAxis):
    """``label_limit``: no tick, label or grid line above this value, where the axis only
    makes room for the value labels and a tick there would suggest data."""

    label_limit: float | None = None

    def set_label_limit(self, limit: float | None) -> None:
        self.label_limit = limit
        self.refresh()

    def tickValues(self, minVal, maxVal, size):
        levels = super().tickValues(minVal, maxVal, size)
        if self.label_limit is None or not self.logMode:
            return levels
        # On a log axis the values are exponents (with a little slack for float noise).
        highest = math.log10(self.label_limit * 1.0001)
        return [(spacing, [v for v in values if v <= highest]) for spacing, values in levels]
