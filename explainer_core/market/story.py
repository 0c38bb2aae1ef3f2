"""The story the market tab tells: the shock day, the reference close, the chart modes, the
presets (which instruments tell each reading of the story) and the date ranges.

The choices here (which instruments tell the story, which dates frame it) are
editorial; the numbers all come from ``explainer_core.market.calculations`` on the data.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

import pandas as pd

from explainer_core.data.market import MarketData
from explainer_core.market.calculations import change_from, rebase_to

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

# Opens the tab: Nvidia, a chip peer, the power trade, big tech that barely moved, and the
# market, rebased on the last close before the shock, over the three months around it.
OPENING_TICKERS: tuple[str, ...] = ("NVDA", "AVGO", "VST", "MSFT", "^IXIC")
OPENING_RANGE = RangePreset.THREE_MONTHS

# Each preset is one reading of the story, rebased (its instruments quote in dollars and in
# points, which share an axis only as an index), over the opening range unless said here.
PRESET_TICKERS: dict[Preset, tuple[str, ...]] = {
    Preset.THE_SHOCK: ("NVDA", "AVGO", "TSM", "^IXIC"),
    Preset.POWER_TRADE: ("NVDA", "VST", "CEG"),
    Preset.BIG_TECH: ("NVDA", "MSFT", "GOOGL", "META", "AMZN", "ORCL"),
    Preset.INDICES: ("^IXIC", "^NDX", "^GSPC", "QQQ", "SPY"),
}
PRESET_RANGES: dict[Preset, RangePreset] = {
    Preset.THE_SHOCK: RangePreset.ONE_MONTH,
    Preset.INDICES: RangePreset.ALL,
}


def range_span(preset: RangePreset, data: MarketData) -> tuple[dt.date, dt.date]:
    if preset is RangePreset.ALL:
        index = data.closes.index
        return index[0].date(), index[-1].date()
    return _RANGE_SPANS[preset]


def series_for_mode(
    data: MarketData, tickers: list[str], mode: ChartMode, reference_day: dt.date
) -> pd.DataFrame:
    """The values to plot, one column per ticker, indexed by trading day (``reference_day``
    must be a trading day of the data)."""
    closes = data.closes[tickers]
    if mode is ChartMode.REBASED:
        return rebase_to(closes, reference_day)
    if mode is ChartMode.CHANGE:
        return change_from(closes, reference_day)
    return closes
