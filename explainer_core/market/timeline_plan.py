"""What the market timeline shows for a reader's choices: the state (instruments, mode,
reference day, dates, log scale, a highlighted instrument) and the plan drawn from it, plot
by plot, with the instruments that cannot be drawn and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from explainer_core.data.market import MarketData, MarketEvent
from explainer_core.market.story import (
    DEFAULT_RANGE,
    DEFAULT_TICKERS,
    REFERENCE_DAY,
    ChartMode,
    range_span,
)
from explainer_core.market.timeline_series import (
    DrawnLine,
    drawn_line,
    mode_values,
    picker_order,
    reference_trading_day,
    trading_days_in,
)


class ValueUnit(str, Enum):
    INDEX = "index"  # rebased: 100 at the reference close
    PERCENT = "percent"  # change from the reference close
    USD = "usd"  # a share's or a fund's close
    POINTS = "points"  # an index's close


@dataclass(frozen=True)
class TimelineState:
    """What the reader chose: the instruments, the mode, the reference day, the dates shown,
    a log scale (prices only), and an instrument ringed on the shock day when asked."""

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
        """A log scale is offered for prices only (rebased values and % are relative)."""
        return self.log_scale and self.mode is ChartMode.PRICE


def default_timeline_state(data: MarketData) -> TimelineState:
    """The tab's opening view."""
    first, last = range_span(DEFAULT_RANGE, data)
    return TimelineState(picker_order(data, DEFAULT_TICKERS), first, last)


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


def _mode_unit(mode: ChartMode) -> ValueUnit:
    return ValueUnit.PERCENT if mode is ChartMode.CHANGE else ValueUnit.INDEX


def plan_timeline(data: MarketData, state: TimelineState) -> TimelinePlan:
    """Which lines go on which plot. Rebased and % values share one axis whatever they
    measure; closes do not: in price mode, shares and funds (US dollars) and indices
    (points) get a plot each, stacked, so that no axis mixes the two units."""
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
        priced = tuple(line for line in lines if not data.instrument(line.ticker).is_index)
        points = tuple(line for line in lines if data.instrument(line.ticker).is_index)
        panels = [Panel(ValueUnit.USD, priced), Panel(ValueUnit.POINTS, points)]
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
