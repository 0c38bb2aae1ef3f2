"""What the timeline's crosshair says of a trading day: each line's close, its rebased or %
value, and the day's move."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from explainer_core.data.market import MarketData
from explainer_core.market.calculations import as_day
from explainer_core.market.movers import daily_moves_on
from explainer_core.market.story import ChartMode
from explainer_core.market.timeline_plan import ValueUnit, close_unit
from explainer_core.market.timeline_series import CloseKind, close_kind_on, mode_values

_MODE_UNITS = {ChartMode.REBASED: ValueUnit.INDEX, ChartMode.CHANGE: ValueUnit.PERCENT}


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
    """What the tooltip gives for each of ``tickers`` (the lines drawn) on ``day``, in the
    order given; an instrument without a close that day is left out."""
    stamp = as_day(day)
    if stamp not in data.closes.index or not tickers:
        return []
    values = mode_values(data, tickers, mode, reference_day)
    moves = daily_moves_on(data, list(tickers), day)
    rows = []
    for ticker in tickers:
        close = data.closes.at[stamp, ticker]
        if pd.isna(close):
            continue
        kind = close_kind_on(data, ticker, day)
        reference_kind = close_kind_on(data, ticker, reference_day)
        value = values.at[stamp, ticker]
        unit = close_unit(data, ticker)
        rows.append(
            ReadoutRow(
                ticker=ticker,
                name=data.instrument(ticker).name,
                close=float(close),
                close_unit=unit,
                close_kind=kind,
                value=None if mode is ChartMode.PRICE or pd.isna(value) else float(value),
                value_unit=_MODE_UNITS.get(mode, unit),
                daily_move_pct=moves.get(ticker),
                reference_kind_differs=(
                    mode is not ChartMode.PRICE
                    and reference_kind is not None
                    and reference_kind is not kind
                ),
            )
        )
    return rows
