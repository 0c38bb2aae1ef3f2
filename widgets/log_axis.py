"""A localized logarithmic value axis that leaves ticks beyond a limit unlabelled."""

from __future__ import annotations

from widgets.localized_axes import LocalizedValueAxis


class LocalizedLogAxis(LocalizedValueAxis):
    """``label_limit``: no tick label above this value, where the axis only makes room for
    the bars' value labels and a tick there would suggest data."""

    label_limit: float | None = None

    def set_label_limit(self, limit: float | None) -> None:
        self.label_limit = limit
        self.refresh()

    def logTickStrings(self, values, scale, spacing):
        labels = super().logTickStrings(values, scale, spacing)
        if self.label_limit is None:
            return labels
        # Exponents beyond the limit's (with a little slack for float noise) stay unlabelled.
        return [
            "" if 10 ** (value * scale) > self.label_limit * 1.0001 else label
            for value, label in zip(values, labels, strict=True)
        ]
