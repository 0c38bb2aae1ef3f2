"""What the timeline draws and says, decided from the data: the lines and their unit, the
seams between kinds of close, the trading day under the pointer, the tooltip's figures.

The view presents these; it computes none of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pandas as pd

from explainer_core.data.market import MarketData
from explainer_core.market.calculations import as_day
from explainer_core.market.story import (
    HIGHLIGHTED_TICKER,
    ChartMode,
    daily_moves_on,
    series_for_mode,
)

# The pointer takes the nearest trading day within this distance (a long weekend and a
# holiday), and none farther out (before the first or after the last day of the data).
SNAP_DISTANCE = dt.timedelta(days=4)


class ValueUnit(str, Enum):
    INDEX = "index"  # rebased: 100 at the reference close
    PERCENT = "percent"
    USD = "usd"
    POINTS = "points"  # an index's own level


class CloseKind(str, Enum):
    AS_TRADED = "unadjusted"
    ADJUSTED = "adjusted"  # for dividends


@dataclass(frozen=True)
class LinePlan:
    """Which of the chosen instruments are drawn, on what unit, and which are left out
    because they would share an axis with values of another unit."""

    drawn: tuple[str, ...]
    unit: ValueUnit
    left_out: tuple[str, ...] = ()


def plan_lines(data: MarketData, tickers: list[str] | tuple[str, ...], mode: ChartMode) -> LinePlan:
    """Rebased and % lines share one axis whatever they measure. Closes do not: an index's
    points and a share's dollars on one axis would flatten the shares into a line (the
    Nasdaq near 20,000 against Nvidia near 120). So in price mode the dollar-priced
    instruments are drawn, and the indices only when they are chosen alone."""
    tickers = tuple(tickers)
    if mode is ChartMode.REBASED:
        return LinePlan(tickers, ValueUnit.INDEX)
    if mode is ChartMode.CHANGE:
        return LinePlan(tickers, ValueUnit.PERCENT)
    indices = tuple(t for t in tickers if data.instrument(t).is_index)
    priced = tuple(t for t in tickers if not data.instrument(t).is_index)
    if priced:
        return LinePlan(priced, ValueUnit.USD, left_out=indices)
    return LinePlan(indices, ValueUnit.POINTS)


def log_scale_applies(mode: ChartMode) -> bool:
    """A log scale shows equal moves as equal heights only for prices: rebased values and
    % changes are already relative (and % changes go negative)."""
    return mode is ChartMode.PRICE


def style_order(data: MarketData) -> list[str]:
    """The order in which instruments take the palette's colours: Nvidia first (it has the
    highlight colour), then the others as the data lists them, so a colour stays with an
    instrument whatever is shown."""
    return [HIGHLIGHTED_TICKER, *(t for t in data.tickers() if t != HIGHLIGHTED_TICKER)]


def drawing_order(tickers: list[str] | tuple[str, ...]) -> list[str]:
    """Nvidia drawn last, on top of the others."""
    return sorted(tickers, key=lambda ticker: ticker == HIGHLIGHTED_TICKER)


def emphasised_movers(focused: str | None) -> set[str]:
    """The movers' bars drawn stronger: Nvidia, and the instrument a claim asked for."""
    return {HIGHLIGHTED_TICKER} | ({focused} if focused else set())


def nearest_trading_day(data: MarketData, moment: dt.datetime) -> dt.date | None:
    """The trading day nearest ``moment`` (the pointer), or None if none is within
    ``SNAP_DISTANCE``."""
    days = data.closes.index
    if len(days) == 0:
        return None
    stamp = pd.Timestamp(moment.replace(tzinfo=None))
    position = int(np.abs((days - stamp).total_seconds()).argmin())
    if abs(days[position] - stamp) > SNAP_DISTANCE:
        return None
    return days[position].date()


class ReferenceProblem(str, Enum):
    OUT_OF_RANGE = "out_of_range"  # before the first or after the last day of the data
    NOT_A_TRADING_DAY = "not_a_trading_day"  # a weekend or a holiday


def reference_day_problem(data: MarketData, day: dt.date) -> ReferenceProblem | None:
    """Why ``day`` cannot be the reference (its close is what everything is rebased on),
    or None if it can."""
    days = data.closes.index
    stamp = as_day(day)
    if stamp < days[0] or stamp > days[-1]:
        return ReferenceProblem.OUT_OF_RANGE
    if stamp not in days:
        return ReferenceProblem.NOT_A_TRADING_DAY
    return None


def line_connections(data: MarketData, ticker: str) -> np.ndarray:
    """For each trading day, whether the line joins its close to the next day's: not across
    a missing close, and not across a seam between as-traded and dividend-adjusted closes
    (the two are not comparable; the dividend that would reconcile them is not in the data)."""
    closes = data.closes[ticker]
    kinds = data.close_kinds[ticker]
    finite = closes.notna().to_numpy()
    same_kind = (kinds == kinds.shift(-1)).to_numpy()
    joins = finite & np.roll(finite, -1) & same_kind
    if len(joins):
        joins[-1] = False
    return joins


def kind_seams(data: MarketData, ticker: str, first: dt.date, last: dt.date) -> list[dt.date]:
    """The days within ``first``…``last`` whose close is of another kind than the previous
    close: the line starts afresh there."""
    kinds = data.close_kinds[ticker].dropna()
    changed = kinds.ne(kinds.shift(1))
    changed.iloc[:1] = False
    days = kinds.index[changed.to_numpy()]
    return [day.date() for day in days if as_day(first) <= day <= as_day(last)]


def close_kind_on(data: MarketData, ticker: str, day: dt.date) -> CloseKind | None:
    kind = data.close_kinds.at[as_day(day), ticker]
    return None if pd.isna(kind) else CloseKind(kind)


@dataclass(frozen=True)
class ReadoutRow:
    """One series in the crosshair's tooltip."""

    ticker: str
    name: str
    close: float
    close_unit: ValueUnit  # USD or POINTS
    close_kind: CloseKind
    value: float | None  # rebased or % value (None in price mode: the close says it)
    value_unit: ValueUnit
    daily_move_pct: float | None  # None where the day before has no comparable close
    reference_kind_differs: bool  # rebased on a close of the other kind


def readout_rows(
    data: MarketData,
    tickers: list[str] | tuple[str, ...],
    mode: ChartMode,
    reference_day: dt.date,
    day: dt.date,
) -> list[ReadoutRow]:
    """What the tooltip gives for each drawn series on ``day``, in the order given."""
    stamp = as_day(day)
    if stamp not in data.closes.index or not tickers:
        return []
    plan = plan_lines(data, tickers, mode)
    values = series_for_mode(data, list(plan.drawn), mode, reference_day)
    moves = daily_moves_on(data, list(plan.drawn), day)
    rows = []
    for ticker in plan.drawn:
        close = data.closes.at[stamp, ticker]
        if pd.isna(close):
            continue
        instrument = data.instrument(ticker)
        kind = close_kind_on(data, ticker, day)
        reference_kind = close_kind_on(data, ticker, reference_day)
        value = values.at[stamp, ticker]
        rows.append(
            ReadoutRow(
                ticker=ticker,
                name=instrument.name,
                close=float(close),
                close_unit=ValueUnit.POINTS if instrument.is_index else ValueUnit.USD,
                close_kind=kind,
                value=None if mode is ChartMode.PRICE or pd.isna(value) else float(value),
                value_unit=plan.unit,
                daily_move_pct=moves.get(ticker),
                reference_kind_differs=(
                    mode is not ChartMode.PRICE
                    and reference_kind is not None
                    and reference_kind is not kind
                ),
            )
        )
    return rows
