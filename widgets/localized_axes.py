"""pyqtgraph axes whose tick labels follow the interface language.

pyqtgraph formats ticks with ``%g`` and month names with the operating
system's locale (``strftime``); these subclasses format through the app's
``LocaleFormatter`` instead, and redraw when told the language changed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

import pyqtgraph as pg

from explainer_core.formatting import LocaleFormatter

FormatterProvider = Callable[[], LocaleFormatter]
SECONDS_PER_DAY = 86_400
_DAYS_PER_MONTH_TICK = 27  # a tick spacing of about a month or more shows month names
_DAYS_PER_YEAR_TICK = 360


def epoch_seconds(day: dt.date) -> float:
    """The x coordinate of a trading day: midnight UTC, so no time zone shifts it."""
    return float(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())


def day_of(seconds: float) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()


def decimals_for_spacing(spacing: float) -> int:
    """Enough decimals to tell neighbouring ticks apart, and no more."""
    if spacing <= 0 or not math.isfinite(spacing):
        return 0
    return max(0, -math.floor(math.log10(spacing)))


class LocalizedDateAxis(pg.DateAxisItem):
    """A date axis with localized month names (``janv.`` / ``Jan.`` / ``Jan``)."""

    def __init__(self, formatter: FormatterProvider, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation=orientation, utcOffset=0, **kwargs)
        self._formatter = formatter

    def tickStrings(self, values, scale, spacing):
        formatter = self._formatter()
        days = spacing / SECONDS_PER_DAY
        labels = []
        for value in values:
            try:
                day = day_of(value)
            except (OverflowError, OSError, ValueError):
                labels.append("")
                continue
            if days >= _DAYS_PER_YEAR_TICK:
                labels.append(str(day.year))
            elif days >= _DAYS_PER_MONTH_TICK:
                # Year boundaries get their own tick level ("2025"), so months stay short.
                labels.append(formatter.month_abbreviation(day))
            else:
                labels.append(formatter.day_and_month(day))
        return labels

    def refresh(self) -> None:
        """Redraw the labels after a language switch."""
        self.picture = None
        self.update()


class LocalizedValueAxis(pg.AxisItem):
    """A numeric axis with the language's decimal and group separators, optionally a unit.

    ``unit`` is ``"number"``, ``"percent"`` (the values are percentages) or ``"usd"``.
    """

    def __init__(
        self,
        formatter: FormatterProvider,
        orientation: str = "left",
        unit: str = "number",
        **kwargs,
    ) -> None:
        super().__init__(orientation=orientation, **kwargs)
        self._formatter = formatter
        self.unit = unit
        # The labels last drawn, by what they were drawn from: (values, scale, spacing).
        self._drawn: dict[tuple[tuple[float, ...], float, float], list[str]] = {}
        self.enableAutoSIPrefix(False)
        self._width_group: list[LocalizedValueAxis] = [self]
        self._own_text_width = 0.0

    def share_width_with(self, other: LocalizedValueAxis) -> None:
        """Keep this axis as wide as ``other`` (and ``other`` as this one): two plots
        stacked on one x axis then start their days at the same place."""
        group = self._width_group + [a for a in other._width_group if a not in self._width_group]
        for axis in group:
            axis._width_group = group

    def _updateMaxTextSize(self, x: int) -> None:
        # pyqtgraph widens an axis for its widest tick label; a shared axis takes the widest
        # of its group's (only those shown: a hidden plot's labels are stale).
        super()._updateMaxTextSize(x)
        self._own_text_width = self.textWidth
        shown = [axis for axis in self._width_group if axis.isVisible()]
        widest = max((axis._own_text_width for axis in shown), default=self.textWidth)
        for axis in shown:
            if axis.textWidth != widest:
                axis.textWidth = widest
                axis._updateWidth()

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self.refresh()

    def _format(self, value: float, decimals: int) -> str:
        formatter = self._formatter()
        if self.unit == "percent":
            return formatter.percent(value, decimals=decimals, signed=True)
        if self.unit == "usd":
            return formatter.usd(value, decimals=decimals)
        return formatter.number(value, decimals=decimals)

    def generateDrawSpecs(self, p):
        self._drawn = {}  # filled by tickStrings, level by level
        return super().generateDrawSpecs(p)

    def tickStrings(self, values, scale, spacing):
        strings = self._strings(values, scale, spacing)
        self._drawn[(tuple(values), scale, spacing)] = strings
        return strings

    def _strings(self, values, scale, spacing) -> list[str]:
        if self.logMode:  # the values are exponents: pyqtgraph's own axis dispatches so too
            return self.logTickStrings(values, scale, spacing)
        decimals = decimals_for_spacing(spacing * scale)
        return [self._format(value * scale, decimals) for value in values]

    def logTickStrings(self, values, scale, spacing):
        labels = []
        for exponent in values:
            value = 10 ** (exponent * scale)
            decimals = decimals_for_spacing(value) if value < 1 else 0
            labels.append(self._format(value, decimals))
        return labels

    def refresh(self) -> None:
        """Redraw the labels if the language (or unit) writes them differently now: "120"
        reads the same in every language, and an axis drawn again costs a millisecond."""
        if self.picture is not None and all(
            self._strings(values, scale, spacing) == strings
            for (values, scale, spacing), strings in self._drawn.items()
        ):
            return
        self.picture = None
        self.update()
