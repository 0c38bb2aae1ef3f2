"""The market timeline's words, in the figure's language: ticks, axis and plot titles, the
subtitle, the notes, the source line and the alternative text. Where the screen has the
same text, the English is the screen's, so its translations carry over."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from explainer_core.charts import Writing
from explainer_core.data.market import MarketData, MarketEvent
from explainer_core.figure import TickLevel, date_value, tick_level, value_date
from explainer_core.figure.tick_levels import date_levels, linear_levels, log_levels
from explainer_core.market.story import SHOCK_DAY, ChartMode
from explainer_core.market.timeline_plan import (
    TimelinePlan,
    ValueUnit,
    lines_in_picker_order,
)
from explainer_core.market.timeline_series import (
    CloseKind,
    DrawnLine,
    picker_order,
    trading_days_in,
)
from explainer_core.market.timeline_state import TimelineState
from explainer_core.templates import fill

LOG_DECADES_FOR_DECADE_TICKS = 1.0  # a log axis spanning less than a decade gets round ticks


# -- ticks ----------------------------------------------------------------------------------


def date_ticks(first: dt.date, last: dt.date, writing: Writing) -> list[TickLevel]:
    """Years, quarters, months, then weeks (Mondays), in the language's words. Every level
    says the year under its first tick and wherever a new year starts (the weeks too)."""
    formatter = writing.formatter
    levels = date_levels(first, last, formatter.month_abbreviation, formatter.day_and_month)
    with_years = []
    for level in levels:
        ticks, year = [], None
        for tick in level.ticks:
            day = value_date(tick.value)
            label = tick.label
            if day.year != year and "\n" not in label and label != str(day.year):
                label = f"{label}\n{day.year}"
            ticks.append((tick.value, label))
            year = day.year
        with_years.append(tick_level(ticks))
    return with_years


def _label_function(unit: ValueUnit, writing: Writing) -> Callable[[float, int], str]:
    formatter = writing.formatter
    if unit is ValueUnit.PERCENT:
        return lambda value, decimals: formatter.percent(value, decimals, signed=True)
    if unit is ValueUnit.USD:
        return lambda value, decimals: formatter.usd(value, decimals)
    return lambda value, decimals: formatter.number(value, decimals)


def decimals_for_step(step: float) -> int:
    """Enough digits to tell ticks ``step`` apart, and no more (0.5 → 1, 20 → 0)."""
    for decimals in range(4):
        if abs(step * 10**decimals - round(step * 10**decimals)) < 1e-6:
            return decimals
    return 4


def value_ticks(
    low: float, high: float, unit: ValueUnit, log: bool, writing: Writing
) -> list[TickLevel]:
    """Round ticks, each level labelled with as many decimals as its step needs; decades
    on a log axis that spans one or more."""
    label = _label_function(unit, writing)
    if log and math.log10(high / low) >= LOG_DECADES_FOR_DECADE_TICKS:
        return log_levels(low, high, lambda value: label(value, decimals_for_step(value)))
    levels = []
    for level in linear_levels(low, high, lambda _value: ""):
        values = [tick.value for tick in level.ticks]
        step = values[1] - values[0] if len(values) > 1 else 1.0
        decimals = decimals_for_step(step)
        levels.append(tick_level([(value, label(value, decimals)) for value in values]))
    return levels


# -- titles ---------------------------------------------------------------------------------


def timeline_title(writing: Writing) -> str:
    return writing.words.translate("MarketFigures", "Nvidia and the market around 27 January 2025")


def axis_title(unit: ValueUnit, log: bool, writing: Writing) -> str:
    words = writing.words
    if unit is ValueUnit.INDEX:
        return words.translate("MarketFigures", "Index (reference day = 100)")
    if unit is ValueUnit.PERCENT:
        return words.translate("MarketFigures", "Change from the reference day (%)")
    if unit is ValueUnit.USD:
        if log:
            return words.translate("MarketFigures", "Close (US dollars, log scale)")
        return words.translate("MarketFigures", "Close (US dollars)")
    if log:
        return words.translate("MarketFigures", "Close (index points, log scale)")
    return words.translate("MarketFigures", "Close (index points)")


def timeline_subtitle(plan: TimelinePlan, state: TimelineState, writing: Writing) -> str:
    """The mode and the reference day, in the screen's words."""
    words = writing.words
    day = writing.formatter.long_date(plan.reference_day)
    if state.mode is ChartMode.REBASED:
        return fill(
            words.translate("MarketFigures", "Daily closes, rebased to 100 at the close of %1"), day
        )
    if state.mode is ChartMode.CHANGE:
        return fill(words.translate("MarketFigures", "Change since the close of %1, in %"), day)
    units = {panel.unit for panel in plan.panels if panel.lines}
    if units == {ValueUnit.USD, ValueUnit.POINTS}:
        return words.translate(
            "MarketFigures", "Daily closes: shares and funds in US dollars, indices in points"
        )
    if units == {ValueUnit.POINTS}:
        return words.translate("MarketFigures", "Daily closes of the indices, in points")
    return words.translate("MarketFigures", "Daily closes in US dollars")


def seam_legend_label(writing: Writing) -> str:
    return writing.words.translate(
        "MarketFigures", "Switch between as-traded and dividend-adjusted closes"
    )


def close_kind_text(kind: CloseKind | None, writing: Writing) -> str | None:
    if kind is CloseKind.ADJUSTED:
        return writing.words.translate("MarketFigures", "dividend-adjusted")
    if kind is CloseKind.AS_TRADED:
        return writing.words.translate("MarketFigures", "as traded")
    return None


# -- notes ----------------------------------------------------------------------------------


def _names(data: MarketData, tickers: tuple[str, ...] | list[str]) -> str:
    return ", ".join(data.instrument(ticker).name for ticker in tickers)


def seams_text(data: MarketData, lines: list[DrawnLine], writing: Writing) -> str:
    """Where each line breaks: "Nvidia (7 Mar 2025, 12 Mar 2025), Broadcom (7 Mar 2025)"."""

    def date(day: dt.date) -> str:  # a date never broken across lines
        return writing.formatter.date(day).replace(" ", "\u00a0")

    return ", ".join(
        f"{data.instrument(line.ticker).name} ({', '.join(date(day) for day in line.seams)})"
        for line in lines
        if line.seams
    )


def seam_note(data: MarketData, plan: TimelinePlan, writing: Writing) -> str:
    """The figure's note on the lines broken at seams between kinds of close (or "")."""
    seams = seams_text(data, lines_in_picker_order(data, plan), writing)
    if not seams:
        return ""
    return fill(
        writing.words.translate(
            "MarketFigures",
            "◇ Line broken where the closes switch between as traded and "
            "dividend-adjusted (not comparable): %1.",
        ),
        seams,
    )


def table_seam_note(data: MarketData, plan: TimelinePlan, writing: Writing) -> str:
    """The table's note on the same seams (or "")."""
    seams = seams_text(data, lines_in_picker_order(data, plan), writing)
    if not seams:
        return ""
    return fill(
        writing.words.translate(
            "MarketFigures",
            "The closes switch between as traded and dividend-adjusted, two kinds that are "
            "not comparable; the chart breaks its line there. First close of the new kind: %1.",
        ),
        seams,
    )


def left_out_notes(data: MarketData, plan: TimelinePlan, writing: Writing) -> list[str]:
    """The instruments chosen but not drawn, and why."""
    words = writing.words
    notes = []
    if plan.no_reference_close:
        notes.append(
            fill(
                words.translate(
                    "MarketFigures", "Not drawn, for want of a close on the reference day: %1."
                ),
                _names(data, plan.no_reference_close),
            )
        )
    if plan.no_close_in_range:
        notes.append(
            fill(
                words.translate(
                    "MarketFigures", "Not drawn, for want of a close in these dates: %1."
                ),
                _names(data, plan.no_close_in_range),
            )
        )
    return notes


def instrument_notes(data: MarketData, state: TimelineState, writing: Writing) -> list[str]:
    """Each chosen instrument's own caveat, "Nvidia: …", in the picker's order."""
    notes = []
    for ticker in picker_order(data, state.tickers):
        instrument = data.instrument(ticker)
        note = instrument.note(writing.language)
        if note:
            template = writing.words.translate("MarketFigures", "%1: %2")
            notes.append(fill(template, instrument.name, note))
    return notes


# -- sources --------------------------------------------------------------------------------


def _price_file_ids(data: MarketData) -> set[str]:
    """The files of daily prices the instruments' series come from (the reports that
    cross-check a close are not among them: they are an event's source like any other)."""
    return {source for instrument in data.instruments for source in instrument.sources}


def event_publishers(data: MarketData, events: list[MarketEvent], writing: Writing) -> list[str]:
    """The publishers of the events' sources, each once, in the reader's language, leaving
    out the price files (the source line names those as Yahoo Finance historical data)."""
    prices = _price_file_ids(data)
    publishers = [
        writing.sources[source].publisher_in(writing.language)
        for event in events
        for source in event.sources
        if source not in prices and source in writing.sources
    ]
    return list(dict.fromkeys(publishers))


def timeline_source(data: MarketData, events: list[MarketEvent], writing: Writing) -> str:
    words = writing.words
    publishers = event_publishers(data, events, writing)
    if not publishers:
        return words.translate(
            "MarketFigures",
            "Source: daily closes from Yahoo Finance historical data in public repositories, "
            "cross-checked.",
        )
    return fill(
        words.translate(
            "MarketFigures",
            "Source: daily closes from Yahoo Finance historical data in public repositories, "
            "cross-checked. Events: %1.",
        ),
        ", ".join(publishers),
    )


# -- alternative text -----------------------------------------------------------------------


def format_value(unit: ValueUnit, value: float, writing: Writing) -> str:
    formatter = writing.formatter
    if unit is ValueUnit.PERCENT:
        return formatter.percent(value, signed=True)
    if unit is ValueUnit.USD:
        return formatter.usd(value)
    if unit is ValueUnit.POINTS:
        return fill(
            writing.words.translate("MarketFigures", "%1 points"), formatter.number(value, 2)
        )
    return formatter.number(value, 2)


def _values_on(data: MarketData, plan: TimelinePlan, day: dt.date, writing: Writing) -> str:
    """ "Nvidia 83.03, Broadcom 82.60": each line's value on ``day``, in the picker's order."""
    x = date_value(day)
    units = {line.ticker: panel.unit for panel in plan.panels for line in panel.lines}
    parts = []
    for line in lines_in_picker_order(data, plan):
        if x in line.xs:
            value = line.ys[line.xs.index(x)]
            if not math.isnan(value):
                text = format_value(units[line.ticker], value, writing)
                parts.append(f"{data.instrument(line.ticker).name} {text}")
    return ", ".join(parts)


def timeline_description(
    data: MarketData,
    plan: TimelinePlan,
    state: TimelineState,
    events: list[MarketEvent],
    writing: Writing,
) -> str:
    """The alternative text: what the chart shows, each line's value on the shock day and
    on the last day shown, and the events marked."""
    words, formatter = writing.words, writing.formatter
    drawn = [line.ticker for line in lines_in_picker_order(data, plan)]
    sentences = [
        fill(
            words.translate("MarketFigures", "Line chart of %1 from %2 to %3. %4."),
            _names(data, drawn) if drawn else "—",
            formatter.date(state.first),
            formatter.date(state.last),
            timeline_subtitle(plan, state, writing),
        )
    ]
    days = trading_days_in(data, state.first, state.last)
    key_days = [SHOCK_DAY] if state.first <= SHOCK_DAY <= state.last else []
    if len(days):
        key_days.append(days[-1].date())
    for day in dict.fromkeys(key_days):
        values = _values_on(data, plan, day, writing)
        if values:
            sentences.append(
                fill(words.translate("MarketFigures", "On %1: %2."), formatter.date(day), values)
            )
    if events:
        sentences.append(
            fill(
                words.translate("MarketFigures", "Events marked: %1."),
                ", ".join(
                    f"{event.label(writing.language)} ({formatter.date(event.day)})"
                    for event in events
                ),
            )
        )
    return " ".join(sentences)
