"""The market tab's charts as figures and tables, in any language (no Qt): what a file, the
clipboard or a data download shows."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from explainer_core.charts import ChartBuilder, Writing
from explainer_core.data.market import MarketData, load_market
from explainer_core.data.table import split_ids
from explainer_core.figure import Axis, Bar, Bars, Category, Figure, Grid, Plot
from explainer_core.figure.palette import OKABE_ITO
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import linear_levels
from explainer_core.market.figures_timeline import (
    TIMELINE_CHART_ID,
    opening_state,
    timeline_figure,
    timeline_table,
)
from explainer_core.market.movers import (
    MoversState,
    default_movers_state,
    emphasised_movers,
    movers_on,
)
from explainer_core.market.story import HIGHLIGHTED_TICKER, REFERENCE_DAY, SHOCK_DAY
from explainer_core.templates import fill

__all__ = ["BUILDERS", "MOVERS_CHART_ID", "MoversState", "movers_figure", "movers_table"]

MOVERS_CHART_ID = "market-movers"
FALL_COLOUR = OKABE_ITO[0]
RISE_COLOUR = OKABE_ITO[1]
MOVERS_MARGIN_PCT = 2.0  # room beyond the longest bars, in percentage points


def movers_title(writing: Writing) -> str:
    return writing.words.translate("MarketFigures", "27 January 2025: the day's moves")


def movers_subtitle(writing: Writing) -> str:
    return writing.words.translate(
        "MarketFigures", "Close of Monday 27 January against Friday 24 January"
    )


def movers_source(writing: Writing) -> str:
    return writing.words.translate(
        "MarketFigures",
        "Source: daily closes from Yahoo Finance historical data in public repositories, "
        "cross-checked; Reuters, Nasdaq, AP.",
    )


def movers_figure(data: MarketData, state: MoversState, writing: Writing) -> Figure:
    words, formatter = writing.words, writing.formatter
    movers = movers_on(data, SHOCK_DAY)
    emphasised = emphasised_movers(state)
    bars = Bars(
        tuple(
            Bar(
                mover.ticker,
                mover.change_pct,
                formatter.percent(mover.change_pct, signed=True),
                FALL_COLOUR if mover.change_pct < 0 else RISE_COLOUR,
                emphasised=mover.ticker in emphasised,
            )
            for mover in movers
        )
    )
    values = [mover.change_pct for mover in movers]
    low = min(0.0, *values) - MOVERS_MARGIN_PCT
    high = max(0.0, *values) + MOVERS_MARGIN_PCT
    levels = linear_levels(low, high, lambda v: formatter.percent(v, 0, signed=True))
    plot = Plot(
        Axis.linear(low, high, levels, grid=Grid.AT_TICKS),
        Axis.category([Category(mover.ticker, mover.name) for mover in movers]),
        (bars,),
    )
    largest = movers[0]
    nvidia = next(mover for mover in movers if mover.ticker == HIGHLIGHTED_TICKER)
    description = fill(
        words.translate(
            "MarketFigures",
            "Bar chart of the moves of %1 shares, funds and indices on 27 January 2025, "
            "close against close: the largest fall is %2 (%3); Nvidia %4.",
        ),
        formatter.number(len(movers)),
        largest.name,
        formatter.percent(largest.change_pct, signed=True),
        formatter.percent(nvidia.change_pct, signed=True),
    )
    return Figure(
        (plot,),
        title=movers_title(writing),
        subtitle=movers_subtitle(writing),
        source=movers_source(writing),
        description=description,
        language=writing.language,
        figure_id=MOVERS_CHART_ID,
    )


def movers_table(data: MarketData, state: MoversState, writing: Writing) -> ChartTable:
    """Each instrument's closes of 24 and 27 January and its move, biggest fall first."""
    words = writing.words
    closes = data.closes
    rows = []
    cited: list[str] = []
    for mover in movers_on(data, SHOCK_DAY):
        instrument = data.instrument(mover.ticker)
        before = closes.at[_stamp(REFERENCE_DAY), mover.ticker]
        after = closes.at[_stamp(SHOCK_DAY), mover.ticker]
        unit = words.translate("MarketFigures", "points") if instrument.is_index else "USD"
        rows.append(
            (instrument.name, mover.ticker, unit, float(before), float(after), mover.change_pct)
        )
        cited += instrument.sources
        cited += _price_sources(data, mover.ticker)
    columns = (
        Column("name", words.translate("MarketFigures", "Instrument")),
        Column("ticker", words.translate("MarketFigures", "Ticker")),
        Column("unit", words.translate("MarketFigures", "Unit")),
        Column(
            "close_before",
            words.translate("MarketFigures", "Close 24 Jan 2025"),
            ColumnKind.NUMBER,
            2,
        ),
        Column(
            "close_after",
            words.translate("MarketFigures", "Close 27 Jan 2025"),
            ColumnKind.NUMBER,
            2,
        ),
        Column("change", words.translate("MarketFigures", "Change (%)"), ColumnKind.PERCENT, 2),
    )
    return ChartTable(
        MOVERS_CHART_ID,
        writing.language,
        movers_title(writing),
        columns,
        tuple(rows),
        sources=writing.source_lines(cited),
        notes=(
            words.translate(
                "MarketFigures",
                "Moves compare the close of Monday 27 January with that of Friday "
                "24 January, both as traded or both dividend-adjusted.",
            ),
        ),
    )


def _stamp(day: dt.date) -> pd.Timestamp:
    return pd.Timestamp(day)


def _price_sources(data: MarketData, ticker: str) -> list[str]:
    """The sources of the two closes a move compares."""
    prices = data.prices
    days = [_stamp(REFERENCE_DAY), _stamp(SHOCK_DAY)]
    rows = prices[(prices["ticker"] == ticker) & prices["date"].isin(days)]
    return [source for cell in rows["sources"] for source in split_ids(cell)]


BUILDERS = {
    TIMELINE_CHART_ID: ChartBuilder(
        TIMELINE_CHART_ID,
        lambda sources: load_market(sources=sources),
        opening_state,
        timeline_figure,
        timeline_table,
    ),
    MOVERS_CHART_ID: ChartBuilder(
        MOVERS_CHART_ID,
        lambda sources: load_market(sources=sources),
        default_movers_state,
        movers_figure,
        movers_table,
    ),
}
