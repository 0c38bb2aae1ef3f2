"""The shock day in figures: what the headline says of Nvidia on 27 January 2025."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from explainer_core.data.market import MarketData
from explainer_core.market.calculations import (
    as_day,
    intraday_low_vs_previous_close,
    nearest_trading_day_on_or_before,
)
from explainer_core.market.story import HIGHLIGHTED_TICKER, SHOCK_DAY


@dataclass(frozen=True)
class ShockFigures:
    """One instrument on one day, against the previous trading day's close (unrounded)."""

    close_move_pct: float
    close: float
    intraday_low_move_pct: float
    intraday_low: float  # NaN when the data has no intraday low that day


def shock_figures(
    data: MarketData, ticker: str = HIGHLIGHTED_TICKER, day: dt.date = SHOCK_DAY
) -> ShockFigures:
    """The close, the intraday low and their moves from the previous trading day's close.

    ``ValueError`` if ``day`` or the day before it has no close for ``ticker``. Computed once
    for each (ticker, day): the data never changes while the app runs.
    """
    found = data.__dict__.setdefault("_shock_figures", {})
    if (ticker, day) not in found:
        found[ticker, day] = _shock_figures(data, ticker, day)
    return found[ticker, day]


def _shock_figures(data: MarketData, ticker: str, day: dt.date) -> ShockFigures:
    closes = data.closes[ticker].dropna()
    stamp = as_day(day)
    previous = nearest_trading_day_on_or_before(closes, stamp - pd.Timedelta(days=1))
    close = float(closes.at[stamp])
    close_move = (close / float(closes.at[previous]) - 1.0) * 100.0
    rows = data.prices.loc[(data.prices["ticker"] == ticker) & (data.prices["date"] == stamp)]
    low = float(rows["low"].iloc[0]) if not rows.empty else float("nan")
    low_move = intraday_low_vs_previous_close(data.prices, ticker, day)
    return ShockFigures(close_move, close, low_move, low)
