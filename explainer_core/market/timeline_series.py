"""The lines of the market timeline, as the screen and the files draw them: the instruments
in the picker's order and their styles, the trading days a range shows (and the one under
the pointer), the reference day, each line's values in the chosen mode, and the seams
between kinds of close where a line must break.

No texts and no marks here: ``figures_timeline`` turns these into a ``Figure``, the
market tab's timeline section into pyqtgraph items.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pandas as pd

from explainer_core.data.market import MarketData
from explainer_core.figure import Dash, date_value
from explainer_core.figure.palette import HIGHLIGHT_COLOUR, series_colour_and_dash
from explainer_core.market.calculations import as_day, nearest_trading_day_on_or_before
from explainer_core.market.story import HIGHLIGHTED_TICKER, ChartMode, series_for_mode

# Line widths in figure units (a 1200 × 675 figure is 1×; the screen draws them in pixels):
# Nvidia stands out.
HIGHLIGHT_WIDTH = 3.0
SERIES_WIDTH = 1.6
# The pointer takes the nearest trading day within this distance (a long weekend and a
# holiday), and none farther out (before the first or after the last day of the data).
SNAP_DISTANCE = dt.timedelta(days=4)


class CloseKind(str, Enum):
    AS_TRADED = "unadjusted"
    ADJUSTED = "adjusted"  # for dividends


class ReferenceProblem(str, Enum):
    OUT_OF_RANGE = "out_of_range"  # before the first or after the last day of the data
    NOT_A_TRADING_DAY = "not_a_trading_day"  # a weekend or a holiday


@dataclass(frozen=True)
class SeriesStyle:
    colour: str
    dash: Dash
    width: float


def picker_order(data: MarketData, tickers: Iterable[str]) -> tuple[str, ...]:
    """``tickers`` as the instrument picker lists them: group by group (groups in the order
    the data first names them), the data's order within a group. Unknown tickers raise
    ``KeyError``."""
    chosen = set(tickers)
    for ticker in chosen:
        data.instrument(ticker)
    groups = dict.fromkeys(instrument.group for instrument in data.instruments)
    return tuple(
        instrument.ticker
        for group in groups
        for instrument in data.instruments
        if instrument.group == group and instrument.ticker in chosen
    )


def series_styles(data: MarketData) -> dict[str, SeriesStyle]:
    """Each instrument's line, on screen and in files: Nvidia in the highlight colour and
    thicker; the others take the palette in the data's order, so a colour stays with an
    instrument whatever else is shown."""
    styles = {HIGHLIGHTED_TICKER: SeriesStyle(HIGHLIGHT_COLOUR, Dash.SOLID, HIGHLIGHT_WIDTH)}
    others = [ticker for ticker in data.tickers() if ticker != HIGHLIGHTED_TICKER]
    for index, ticker in enumerate(others):
        colour, dash = series_colour_and_dash(index)
        styles[ticker] = SeriesStyle(colour, dash, SERIES_WIDTH)
    return styles


def drawing_order(tickers: Iterable[str]) -> list[str]:
    """Nvidia drawn last, on top of the others."""
    return sorted(tickers, key=lambda ticker: ticker == HIGHLIGHTED_TICKER)


def trading_days_in(data: MarketData, first: dt.date, last: dt.date) -> pd.DatetimeIndex:
    """The trading days from ``first`` to ``last``, both included."""
    days = data.closes.index
    return days[(days >= as_day(first)) & (days <= as_day(last))]


def trading_days_drawn(data: MarketData, first: dt.date, last: dt.date) -> pd.DatetimeIndex:
    """The trading days a line goes through to cover ``first``…``last``: those inside, and
    where an edge is not itself a trading day the nearest one beyond it, so that the line
    runs to the edge of the plot (the renderer cuts it there) instead of stopping short."""
    days = data.closes.index
    inside = (days >= as_day(first)) & (days <= as_day(last))
    before = days[days < as_day(first)]
    after = days[days > as_day(last)]
    drawn = days[inside]
    if as_day(first) not in days and len(before):
        drawn = before[-1:].append(drawn)
    if as_day(last) not in days and len(after):
        drawn = drawn.append(after[:1])
    return drawn


def reference_trading_day(data: MarketData, day: dt.date) -> dt.date:
    """The trading day whose close the lines are rebased on: ``day``, or the last trading
    day before it (the screen only ever chooses a trading day: ``reference_day_problem``)."""
    return nearest_trading_day_on_or_before(data.closes, day).date()


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


def mode_values(
    data: MarketData, tickers: Iterable[str], mode: ChartMode, reference_day: dt.date
) -> pd.DataFrame:
    """Each ticker's values in ``mode`` (rebased, % change or close), one column a ticker."""
    day = reference_trading_day(data, reference_day)
    return series_for_mode(data, list(tickers), mode, day)


def kind_seams(data: MarketData, ticker: str, days: pd.DatetimeIndex) -> list[dt.date]:
    """Among ``days`` (consecutive trading days), those whose close is of another kind
    (as traded or dividend-adjusted) than the ticker's previous close among them: the
    line must not join the two."""
    kinds = data.close_kinds[ticker].reindex(days).dropna().to_numpy()
    with_close = days[data.close_kinds[ticker].reindex(days).notna().to_numpy()]
    changed = np.zeros(len(kinds), dtype=bool)
    changed[1:] = kinds[1:] != kinds[:-1]
    return [day.date() for day in with_close[changed]]


@dataclass(frozen=True)
class DrawnLine:
    """One instrument's line: x as date values, NaN where it breaks (a missing close, or a
    seam between kinds of close: a NaN is put half-way between the two days)."""

    ticker: str
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    seams: tuple[dt.date, ...]  # the first close of a new kind, where a break is in view


def drawn_line(
    data: MarketData,
    ticker: str,
    values: pd.Series,
    first: dt.date,
    last: dt.date,
) -> DrawnLine:
    """``values`` (one ticker's, indexed by trading day) over ``first``…``last`` as a line
    broken at every seam between kinds of close."""
    days = trading_days_drawn(data, first, last)
    seams = set(kind_seams(data, ticker, days))
    # Whole days since 1970-01-01, as ``date_value`` gives them (the index is at midnight).
    day_xs = ((days - pd.Timestamp("1970-01-01")) // pd.Timedelta(days=1)).astype(float)
    day_ys = values.reindex(days).to_numpy(dtype=float)
    low, high = date_value(first), date_value(last)
    xs: list[float] = []
    ys: list[float] = []
    shown: list[dt.date] = []
    for position, (day, x, y) in enumerate(zip(days, day_xs, day_ys, strict=True)):
        if position and day.date() in seams:
            middle = (day_xs[position - 1] + x) / 2
            xs.append(middle)
            ys.append(math.nan)
            if low <= middle <= high:
                shown.append(day.date())
        xs.append(float(x))
        ys.append(float(y))
    return DrawnLine(ticker, tuple(xs), tuple(ys), tuple(shown))


def close_kind_on(data: MarketData, ticker: str, day: dt.date) -> CloseKind | None:
    """As traded or dividend-adjusted; None without a close."""
    kind = data.close_kinds.at[as_day(day), ticker]
    return None if pd.isna(kind) else CloseKind(kind)
