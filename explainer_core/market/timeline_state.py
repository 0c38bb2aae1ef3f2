"""What the reader chose on the market timeline, as one state: the screen shows it, a file
of the chart draws it, and the opening view, the presets and a claim's "Show in chart"
each set all of it, so that no earlier choice lingers."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from explainer_core.data.market import MarketData, MarketEvent
from explainer_core.market.story import (
    OPENING_RANGE,
    OPENING_TICKERS,
    PRESET_RANGES,
    PRESET_TICKERS,
    REFERENCE_DAY,
    ChartMode,
    Preset,
    RangePreset,
    range_span,
)
from explainer_core.market.timeline_series import picker_order

SECONDS_PER_DAY = 86_400


def log_scale_applies(mode: ChartMode) -> bool:
    """A log scale shows equal moves as equal heights only for prices: rebased values and
    % changes are already relative (and % changes go negative)."""
    return mode is ChartMode.PRICE


@dataclass(frozen=True)
class TimelineState:
    """The instruments, the mode, the reference day, the dates shown, a log scale (prices
    only), and an instrument ringed on the shock day when a claim asks for it."""

    tickers: tuple[str, ...]  # in the picker's order: group by group
    first: dt.date  # the first day shown
    last: dt.date  # the last day shown
    mode: ChartMode = ChartMode.REBASED
    reference_day: dt.date = REFERENCE_DAY  # its close is 100 (rebased) or 0 % (change)
    log_scale: bool = False  # only in price mode
    highlighted: str | None = None  # a ticker ringed on the shock day ("Show in chart")

    def __post_init__(self) -> None:
        object.__setattr__(self, "tickers", tuple(self.tickers))
        object.__setattr__(self, "mode", ChartMode(self.mode))
        if self.first >= self.last:
            raise ValueError(f"empty range {self.first} .. {self.last}")

    @property
    def log_applies(self) -> bool:
        return self.log_scale and log_scale_applies(self.mode)


def state_over(
    data: MarketData, tickers: tuple[str, ...], range_preset: RangePreset
) -> TimelineState:
    """``tickers`` rebased on the reference day over ``range_preset``'s dates."""
    first, last = range_span(range_preset, data)
    return TimelineState(picker_order(data, tickers), first, last)


def opening_state(data: MarketData) -> TimelineState:
    """The tab's opening view (and a file's, when no view is open)."""
    return state_over(data, OPENING_TICKERS, OPENING_RANGE)


def preset_state(data: MarketData, preset: Preset) -> TimelineState:
    return state_over(data, PRESET_TICKERS[preset], PRESET_RANGES.get(preset, OPENING_RANGE))


def state_showing_ticker(data: MarketData, ticker: str) -> TimelineState:
    """The opening view with ``ticker`` among the lines and ringed on the shock day: what
    a claim about that instrument's move on the shock day is checked against."""
    opening = opening_state(data)
    tickers = picker_order(data, (*opening.tickers, ticker))
    return replace(opening, tickers=tickers, highlighted=ticker)


def nearest_event(data: MarketData, day: dt.date) -> MarketEvent:
    return min(data.events, key=lambda event: abs((event.day - day).days))


def state_showing_day(data: MarketData, day: dt.date) -> TimelineState:
    """The opening view over a range that shows the event nearest ``day``."""
    opening = opening_state(data)
    event_day = nearest_event(data, day).day
    if opening.first <= event_day <= opening.last:
        return opening
    first, last = range_span(RangePreset.ALL, data)
    return replace(opening, first=first, last=last)


def range_preset_of(data: MarketData, state: TimelineState) -> RangePreset | None:
    """The range button that names the dates ``state`` shows (None: the reader's own)."""
    for preset in RangePreset:
        if range_span(preset, data) == (state.first, state.last):
            return preset
    return None


def days_between(first_seconds: float, last_seconds: float) -> tuple[dt.date, dt.date] | None:
    """The first and last whole day between two moments in seconds since 1970-01-01 (a
    chart's visible x range), or None when not even two days fit."""
    try:
        first = math.ceil(first_seconds / SECONDS_PER_DAY)  # the day's midnight is in view
        last = math.floor(last_seconds / SECONDS_PER_DAY)
        if last <= first:
            return None
        epoch = dt.date(1970, 1, 1)
        return epoch + dt.timedelta(days=first), epoch + dt.timedelta(days=last)
    except (OverflowError, ValueError):  # far outside the calendar, or not a number
        return None
