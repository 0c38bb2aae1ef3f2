"""What the market timeline draws for a state, plot by plot: the lines of each unit, and the
instruments chosen but not drawn, and why. The screen and the files draw this one plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from explainer_core.data.market import MarketData, MarketEvent
from explainer_core.market.story import ChartMode
from explainer_core.market.timeline_series import (
    DrawnLine,
    drawn_line,
    mode_values,
    picker_order,
    reference_trading_day,
    trading_days_in,
)
from explainer_core.market.timeline_state import TimelineState


class ValueUnit(str, Enum):
    INDEX = "index"  # rebased: 100 at the reference close
    PERCENT = "percent"  # change from the reference close
    USD = "usd"  # a share's or a fund's close
    POINTS = "points"  # an index's close


@dataclass(frozen=True)
class Panel:
    """One plot: lines of one unit."""

    unit: ValueUnit
    lines: tuple[DrawnLine, ...]  # in the picker's order


@dataclass(frozen=True)
class TimelinePlan:
    panels: tuple[Panel, ...]  # top to bottom
    no_reference_close: tuple[str, ...]  # chosen, but cannot be rebased on the reference day
    no_close_in_range: tuple[str, ...]  # chosen, but without a close in the dates shown
    reference_day: dt.date  # the trading day rebased on

    @property
    def lines(self) -> tuple[DrawnLine, ...]:
        """Every line drawn, plot by plot."""
        return tuple(line for panel in self.panels for line in panel.lines)

    @property
    def stacked(self) -> bool:
        return len(self.panels) > 1


def close_unit(data: MarketData, ticker: str) -> ValueUnit:
    """How the instrument is quoted: an index in points, a share or a fund in dollars."""
    return ValueUnit.POINTS if data.instrument(ticker).is_index else ValueUnit.USD


def _mode_unit(mode: ChartMode) -> ValueUnit:
    return ValueUnit.PERCENT if mode is ChartMode.CHANGE else ValueUnit.INDEX


def plan_timeline(data: MarketData, state: TimelineState) -> TimelinePlan:
    """Which lines go on which plot, planned once for each state of the data (the data never
    changes while the app runs; the screen, its table and a file ask for the same plans).

    Which lines go on which plot. Rebased and % values share one axis whatever they
    measure; closes do not: in price mode, shares and funds (US dollars) and indices
    (points) get a plot each, stacked, so that no axis mixes the two units (the Nasdaq
    near 20,000 points would flatten Nvidia near $120 into a line)."""
    plans = data.__dict__.setdefault("_timeline_plans", {})
    if state not in plans:
        plans[state] = _plan(data, state)
    return plans[state]


def _plan(data: MarketData, state: TimelineState) -> TimelinePlan:
    tickers = picker_order(data, state.tickers)
    reference_day = reference_trading_day(data, state.reference_day)
    values = mode_values(data, tickers, state.mode, reference_day)
    in_range = trading_days_in(data, state.first, state.last)
    lines, no_reference, no_close = [], [], []
    for ticker in tickers:
        if not data.closes.loc[in_range, ticker].notna().any():
            no_close.append(ticker)
        elif not values.loc[in_range, ticker].notna().any():
            no_reference.append(ticker)
        else:
            lines.append(drawn_line(data, ticker, values[ticker], state.first, state.last))
    if state.mode is ChartMode.PRICE:
        panels = [
            Panel(unit, tuple(line for line in lines if close_unit(data, line.ticker) is unit))
            for unit in (ValueUnit.USD, ValueUnit.POINTS)
        ]
        panels = [panel for panel in panels if panel.lines] or panels[:1]
    else:
        panels = [Panel(_mode_unit(state.mode), tuple(lines))]
    return TimelinePlan(tuple(panels), tuple(no_reference), tuple(no_close), reference_day)


def lines_in_picker_order(data: MarketData, plan: TimelinePlan) -> list[DrawnLine]:
    """Every line drawn, as the picker lists the instruments (the legend's order)."""
    order = picker_order(data, [line.ticker for line in plan.lines])
    return sorted(plan.lines, key=lambda line: order.index(line.ticker))


def events_shown(data: MarketData, state: TimelineState) -> list[MarketEvent]:
    """The data's events from the first to the last day shown, by date."""
    return [event for event in data.events if state.first <= event.day <= state.last]
