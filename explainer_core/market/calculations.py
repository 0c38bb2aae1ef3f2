"""Market calculations on daily prices: pure pandas, no Qt, no data files.

``closes`` is a frame indexed by trading day (a DatetimeIndex) with one column
per ticker, NaN where a ticker has no row (e.g. ^IXIC after 2025-04-29). A
missing close is never filled in: any change that needs it comes out as NaN.
Percentages are returned as percent (``-16.97``), not as fractions, unrounded.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

import pandas as pd

Day = str | date | datetime | pd.Timestamp
Closes = TypeVar("Closes", pd.DataFrame, pd.Series)
TradingDays = pd.DataFrame | pd.Series | pd.DatetimeIndex  # anything indexed by trading day


def as_day(day: Day) -> pd.Timestamp:
    """``day`` as a midnight Timestamp, the form of the trading-day index."""
    return pd.Timestamp(day).normalize()


def _trading_days(data: TradingDays) -> pd.DatetimeIndex:
    return data if isinstance(data, pd.DatetimeIndex) else pd.DatetimeIndex(data.index)


def require_trading_day(data: TradingDays, day: Day) -> pd.Timestamp:
    """``day`` as a Timestamp; ``ValueError`` if the data has no row for that day."""
    stamp = as_day(day)
    if stamp not in _trading_days(data):
        raise ValueError(f"{stamp.date()} is not a trading day in the data")
    return stamp


def nearest_trading_day_on_or_before(data: TradingDays, day: Day) -> pd.Timestamp:
    """The last trading day in the data on or before ``day`` (Sunday 26 Jan 2025 -> Fri 24).

    ``ValueError`` if ``day`` is before the first trading day.
    """
    days = _trading_days(data).sort_values()
    stamp = as_day(day)
    position = days.searchsorted(stamp, side="right")
    if position == 0:
        raise ValueError(f"no trading day on or before {stamp.date()}")
    return days[position - 1]


def daily_pct_change(closes: Closes, close_kinds: pd.DataFrame | None = None) -> Closes:
    """Percent change of each close from the previous row's close of the same ticker.

    NaN on the first row and wherever either close is missing: a gap is not
    bridged, so a ticker's first day after a hole has no daily change. With
    ``close_kinds`` (as ``MarketData.close_kinds``), NaN too where a series switches
    between as-traded and dividend-adjusted closes: the two closes are not comparable, and
    the dividend that would reconcile them is not in the data.
    """
    change = (closes / closes.shift(1) - 1.0) * 100.0
    if close_kinds is None:
        return change
    kinds = close_kinds.reindex_like(closes)
    return change.where(kinds.eq(kinds.shift(1)))


def change_from(closes: Closes, reference_day: Day) -> Closes:
    """Percent change of every close from the close on ``reference_day``."""
    reference = closes.loc[require_trading_day(closes, reference_day)]
    return (closes / reference - 1.0) * 100.0


def rebase_to(closes: Closes, reference_day: Day, base: float = 100.0) -> Closes:
    """Closes rescaled so each ticker equals ``base`` on ``reference_day``.

    Lets series with very different price levels share one chart axis.
    """
    reference = closes.loc[require_trading_day(closes, reference_day)]
    return closes / reference * base


def drawdown(closes: Closes) -> Closes:
    """Percent below the highest close so far (0 at a new high, negative below it).

    The running high starts at the first close in the data, not at an all-time high.
    """
    return (closes / closes.cummax() - 1.0) * 100.0


def intraday_low_vs_previous_close(prices: pd.DataFrame, ticker: str, day: Day) -> float:
    """Percent from the previous trading day's close to ``day``'s intraday low.

    ``prices`` is the long price table (columns date, ticker, low, close). This is
    the "fell as much as" figure, e.g. NVDA 27 Jan 2025: 116.70 vs 142.62.
    ``ValueError`` if the ticker has no row on ``day`` or none before it.
    """
    rows = prices.loc[prices["ticker"] == ticker].set_index("date").sort_index()
    stamp = require_trading_day(rows, day)
    position = rows.index.get_loc(stamp)
    if position == 0:
        raise ValueError(f"{ticker} has no trading day before {stamp.date()}")
    previous_close = rows["close"].iloc[position - 1]
    return float((rows.at[stamp, "low"] / previous_close - 1.0) * 100.0)


def market_value_change(close_before: float, close_after: float, shares: float) -> float:
    """Change in market value, in the price currency, for a constant share count.

    Negative for a loss. The share count is an approximation (it changes with
    buybacks and issues), so the result is an estimate, never a reported figure.
    """
    return (close_after - close_before) * shares
