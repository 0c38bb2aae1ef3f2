"""The day's movers: every instrument's move on the shock day, and which bars stand out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explainer_core.data.market import MarketData
from explainer_core.market.calculations import as_day, daily_pct_change
from explainer_core.market.story import HIGHLIGHTED_TICKER, SHOCK_DAY


@dataclass(frozen=True)
class Mover:
    ticker: str
    name: str
    change_pct: float  # close of the day against the previous trading day's close


@dataclass(frozen=True)
class MoversState:
    """What the reader chose on the movers chart: only an instrument singled out (a claim's
    "Show in chart" rings its bar); the bars themselves are the data's."""

    highlighted: str | None = None


def default_movers_state(_data: MarketData) -> MoversState:
    return MoversState()


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


def emphasised_movers(state: MoversState) -> set[str]:
    """The bars drawn stronger: Nvidia's, and the one a claim singled out."""
    return {HIGHLIGHTED_TICKER} | ({state.highlighted} if state.highlighted else set())
