"""What the market timeline shows and how: presets, ranges, modes and the day's movers.

The choices here (which instruments tell the story, which dates frame it) are
editorial; the numbers all come from ``explainer_core.market.calculations`` on the data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import Enum

import pandas as pd

from explainer_core.data.market import MarketData
from explainer_core.market.calculations import as_day, change_from, daily_pct_change, rebase_to

SHOCK_DAY = dt.date(2025, 1, 27)
# The last close before the shock: Friday 24 January 2025.
REFERENCE_DAY = dt.date(2025, 1, 24)
HIGHLIGHTED_TICKER = "NVDA"
SHOCK_EVENT_ID = "nvidia-shock"


class ChartMode(str, Enum):
    REBASED = "rebased"  # index, 100 at the reference close
    CHANGE = "change"  # % change from the reference close
    PRICE = "price"  # as quoted: dollars for shares and funds, points for indices


class Preset(str, Enum):
    THE_SHOCK = "the_shock"
    POWER_TRADE = "power_trade"
    BIG_TECH = "big_tech"
    INDICES = "indices"


class RangePreset(str, Enum):
    ONE_MONTH = "1m"
    THREE_MONTHS = "3m"
    ALL = "all"


# Windows framing the shock day; "all" is the whole price window of the data.
_RANGE_SPANS: dict[RangePreset, tuple[dt.date, dt.date]] = {
    RangePreset.ONE_MONTH: (dt.date(2025, 1, 13), dt.date(2025, 2, 12)),
    RangePreset.THREE_MONTHS: (dt.date(2024, 12, 16), dt.date(2025, 3, 14)),
}


def range_span(preset: RangePreset, data: MarketData) -> tuple[dt.date, dt.date]:
    if preset is RangePreset.ALL:
        index = data.closes.index
        return index[0].date(), index[-1].date()
    return _RANGE_SPANS[preset]


@dataclass(frozen=True)
class TimelineState:
    """Everything that decides what the timeline shows: a preset, the opening view and a
    claim's "Show in chart" each set all of it, so no earlier choice lingers."""

    tickers: tuple[str, ...]
    mode: ChartMode = ChartMode.REBASED
    reference_day: dt.date = REFERENCE_DAY
    range: RangePreset = RangePreset.THREE_MONTHS
    event_id: str = SHOCK_EVENT_ID
    log_scale: bool = False
    focused_ticker: str | None = None  # ringed on the shock day ("Show in chart")


# Opens the tab: Nvidia, a chip peer, the power trade, big tech that barely moved, and the
# market, rebased on the last close before the shock, over the three months around it.
OPENING_STATE = TimelineState(tickers=("NVDA", "AVGO", "VST", "MSFT", "^IXIC"))

# Each preset is one reading of the story. All are rebased: their instruments quote in
# dollars and in points, which share an axis only as an index.
PRESET_STATES: dict[Preset, TimelineState] = {
    Preset.THE_SHOCK: TimelineState(
        tickers=("NVDA", "AVGO", "TSM", "^IXIC"), range=RangePreset.ONE_MONTH
    ),
    Preset.POWER_TRADE: TimelineState(tickers=("NVDA", "VST", "CEG")),
    Preset.BIG_TECH: TimelineState(tickers=("NVDA", "MSFT", "GOOGL", "META", "AMZN", "ORCL")),
    Preset.INDICES: TimelineState(
        tickers=("^IXIC", "^NDX", "^GSPC", "QQQ", "SPY"), range=RangePreset.ALL
    ),
}


def state_showing_ticker(ticker: str) -> TimelineState:
    """The opening view with ``ticker`` among the lines and ringed on the shock day: what
    a claim about that instrument's move on the shock day is checked against."""
    tickers = OPENING_STATE.tickers
    if ticker not in tickers:
        tickers = (*tickers, ticker)
    return replace(OPENING_STATE, tickers=tickers, focused_ticker=ticker)


def state_showing_day(data: MarketData, day: dt.date) -> TimelineState:
    """The opening view with the event nearest ``day`` selected, over a range that shows it."""
    nearest = min(data.events, key=lambda event: abs((event.day - day).days))
    first, last = range_span(OPENING_STATE.range, data)
    shown = OPENING_STATE.range if first <= nearest.day <= last else RangePreset.ALL
    return replace(OPENING_STATE, event_id=nearest.id, range=shown)


def series_for_mode(
    data: MarketData, tickers: list[str], mode: ChartMode, reference_day: dt.date
) -> pd.DataFrame:
    """The values to plot, one column per ticker, indexed by trading day."""
    closes = data.closes[tickers]
    if mode is ChartMode.REBASED:
        return rebase_to(closes, reference_day)
    if mode is ChartMode.CHANGE:
        return change_from(closes, reference_day)
    return closes


@dataclass(frozen=True)
class Mover:
    ticker: str
    name: str
    change_pct: float  # close of the day against the previous trading day's close


def daily_moves_on(data: MarketData, tickers: list[str], day: dt.date) -> dict[str, float]:
    """Each ticker's % move on ``day`` against the previous trading day, where both closes
    exist and are of the same kind (both as traded or both dividend-adjusted)."""
    moves = daily_pct_change(data.closes[tickers], data.close_kinds[tickers])
    moves = moves.loc[as_day(day)].dropna()
    return {ticker: float(value) for ticker, value in moves.items()}


def movers_on(data: MarketData, day: dt.date = SHOCK_DAY) -> list[Mover]:
    """Every instrument's % move on ``day``, biggest fall first."""
    moves = daily_moves_on(data, list(data.closes.columns), day)
    movers = [Mover(t, data.instrument(t).name, v) for t, v in moves.items()]
    return sorted(movers, key=lambda mover: mover.change_pct)
