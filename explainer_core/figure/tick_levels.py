"""Candidate ticks for a builder to hand to an axis, coarse to fine: round values on a linear
axis, decades on a log axis, years, months and weeks on a date axis. The builder formats
the labels (``LocaleFormatter``); the renderer shows the finest level that fits."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from explainer_core.figure.axes import TickLevel, date_value, tick_level

STEP_MANTISSAS = (1.0, 2.0, 5.0)
MOST_TICKS = 16


def linear_levels(
    minimum: float, maximum: float, label: Callable[[float], str], fewest: int = 2
) -> list[TickLevel]:
    """Levels of round steps (1, 2, 5 × 10ⁿ) over [minimum, maximum], coarse to fine, each
    with at least ``fewest`` and at most ``MOST_TICKS`` ticks inside the range."""
    span = maximum - minimum
    if not math.isfinite(span) or span <= 0:
        return []
    levels = []
    top = math.floor(math.log10(span))
    for exponent in range(top, top - 3, -1):
        for mantissa in reversed(STEP_MANTISSAS):
            step = mantissa * 10**exponent
            first = math.ceil(minimum / step - 1e-9)
            last = math.floor(maximum / step + 1e-9)
            count = last - first + 1
            if fewest <= count <= MOST_TICKS:
                values = [round(n * step, 12) for n in range(first, last + 1)]
                levels.append(tick_level([(v, label(v)) for v in values]))
    return levels


def log_levels(minimum: float, maximum: float, label: Callable[[float], str]) -> list[TickLevel]:
    """Decades over [minimum, maximum]; then 1, 2, 5 in each decade."""
    if minimum <= 0 or maximum <= minimum:
        return []
    low, high = math.floor(math.log10(minimum)), math.ceil(math.log10(maximum))
    decades = [10.0**e for e in range(low, high + 1)]
    inside = [v for v in decades if minimum <= v <= maximum]
    finer = [m * d for d in decades for m in STEP_MANTISSAS if minimum <= m * d <= maximum]
    levels = [tick_level([(v, label(v)) for v in inside])] if inside else []
    if len(finer) > len(inside):
        levels.append(tick_level([(v, label(v)) for v in finer]))
    return levels


def date_levels(
    first: dt.date,
    last: dt.date,
    month_label: Callable[[dt.date], str],
    day_label: Callable[[dt.date], str],
    year_label: Callable[[dt.date], str] = lambda day: str(day.year),
) -> list[TickLevel]:
    """Years, quarters, months, then weeks (Mondays) between ``first`` and ``last``.

    A month's label carries its year on a second line at January and at the first tick,
    so that a reader always knows the year."""
    months = _month_starts(first, last)
    levels = []
    years = [m for m in months if m.month == 1]
    if len(years) >= 2:
        levels.append(tick_level([(date_value(d), year_label(d)) for d in years]))

    def with_year(days: list[dt.date]) -> TickLevel:
        return tick_level(
            [
                (
                    date_value(d),
                    month_label(d) + (f"\n{year_label(d)}" if d.month == 1 or i == 0 else ""),
                )
                for i, d in enumerate(days)
            ]
        )

    quarters = [m for m in months if m.month in (1, 4, 7, 10)]
    if len(quarters) >= 2:
        levels.append(with_year(quarters))
    if months:
        levels.append(with_year(months))
    mondays = [
        first + dt.timedelta(days=n)
        for n in range((last - first).days + 1)
        if (first + dt.timedelta(days=n)).weekday() == 0
    ]
    if 2 <= len(mondays) <= 60:
        levels.append(tick_level([(date_value(d), day_label(d)) for d in mondays]))
    return levels


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    day = dt.date(first.year, first.month, 1)
    if day < first:
        day = _next_month(day)
    starts = []
    while day <= last:
        starts.append(day)
        day = _next_month(day)
    return starts


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
