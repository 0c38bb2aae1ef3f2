"""The market timeline as a figure and a table, in any language (no Qt): the daily closes of
the chosen instruments around 27 January 2025 (rebased, as % changes or as prices) with the
events of the data, as a file, the clipboard or a data download shows them."""

from __future__ import annotations

import math

from explainer_core.charts import Writing
from explainer_core.data.market import MarketData, MarketEvent
from explainer_core.data.table import split_ids
from explainer_core.figure import (
    Axis,
    Dash,
    Figure,
    Legend,
    LegendEntry,
    LegendSymbol,
    LineSeries,
    Mark,
    MarkerShape,
    Plot,
    Point,
    Points,
    Ring,
    Rule,
    date_value,
)
from explainer_core.figure.palette import HIGHLIGHT_COLOUR
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.market.story import SHOCK_DAY, ChartMode
from explainer_core.market.timeline_plan import (
    Panel,
    TimelinePlan,
    ValueUnit,
    events_shown,
    lines_in_picker_order,
    plan_timeline,
)
from explainer_core.market.timeline_series import (
    DrawnLine,
    close_kind_on,
    drawing_order,
    mode_values,
    picker_order,
    series_styles,
    trading_days_in,
)
from explainer_core.market.timeline_state import TimelineState, opening_state
from explainer_core.market.timeline_texts import (
    axis_title,
    close_kind_text,
    date_ticks,
    instrument_notes,
    left_out_notes,
    seam_legend_label,
    seam_note,
    table_seam_note,
    timeline_description,
    timeline_source,
    timeline_subtitle,
    timeline_title,
    value_ticks,
)

__all__ = [
    "TIMELINE_CHART_ID",
    "TimelineState",
    "opening_state",
    "timeline_figure",
    "timeline_table",
]

TIMELINE_CHART_ID = "market-timeline"
SEAM_COLOUR = "#595959"  # the seams' legend entry; on the plot a diamond takes its line's colour
SEAM_MARKER_SIZE = 7.0
EVENT_RULE_WIDTH = 1.0
SHOCK_RULE_WIDTH = 2.0
REFERENCE_RULE_WIDTH = 1.2
Y_MARGIN_SHARE = 0.06  # room above and below the lines, as a share of their span
TOP_PLOT_EXTRA_WEIGHT = 0.5  # stacked plots: the top one also holds the events' labels


# -- the figure -----------------------------------------------------------------------------


def _values_in_range(lines: tuple[DrawnLine, ...], state: TimelineState) -> list[float]:
    """The values drawn between the first and the last day shown (not those beyond the
    edges, which only carry the lines to the edges)."""
    low, high = date_value(state.first), date_value(state.last)
    return [
        y
        for line in lines
        for x, y in zip(line.xs, line.ys, strict=True)
        if low <= x <= high and not math.isnan(y)
    ]


def value_range(values: list[float], unit: ValueUnit, log: bool) -> tuple[float, float]:
    """The y range: the values with a margin (by ratio on a log axis)."""
    if not values:
        return {ValueUnit.INDEX: (90.0, 110.0), ValueUnit.PERCENT: (-10.0, 10.0)}.get(
            unit, (1.0, 10.0)
        )
    low, high = min(values), max(values)
    if log:
        ratio = (high / low) ** Y_MARGIN_SHARE if high > low else 1.1
        return low / ratio, high * ratio
    span = high - low or max(abs(high) * 0.1, 1.0)
    return low - span * Y_MARGIN_SHARE, high + span * Y_MARGIN_SHARE


def _event_rules(events: list[MarketEvent], labelled: bool, language: str) -> list[Rule]:
    """A dashed rule a day with an event, the shock day's in the highlight colour. Labels go
    on the top plot only: a plot below shows the same days without repeating them."""
    rules = []
    for event in events:
        shock = event.day == SHOCK_DAY
        rules.append(
            Rule(
                "x",
                date_value(event.day),
                event.label(language) if labelled else "",
                HIGHLIGHT_COLOUR if shock else None,
                SHOCK_RULE_WIDTH if shock else EVENT_RULE_WIDTH,
                Dash.DASHED,
                emphasised=shock,
            )
        )
    return rules


def _value_at(line: DrawnLine, x: float) -> float:
    return line.ys[line.xs.index(x)] if x in line.xs else math.nan


def _seam_points(data: MarketData, lines: tuple[DrawnLine, ...]) -> list[Points]:
    """A hollow diamond on the first close after each seam, in its line's colour."""
    styles = series_styles(data)
    points = [
        Point(
            date_value(day),
            _value_at(line, date_value(day)),
            colour=styles[line.ticker].colour,
            shape=MarkerShape.DIAMOND,
            hollow=True,
            series=data.instrument(line.ticker).name,
            name=day.isoformat(),
        )
        for line in lines
        for day in line.seams
        if not math.isnan(_value_at(line, date_value(day)))
    ]
    return [Points(tuple(points), SEAM_MARKER_SIZE)] if points else []


def _ring(state: TimelineState, lines: tuple[DrawnLine, ...]) -> list[Ring]:
    """The highlighted instrument's value on the shock day, ringed only when asked."""
    if state.highlighted is None or not state.first <= SHOCK_DAY <= state.last:
        return []
    x = date_value(SHOCK_DAY)
    for line in lines:
        if line.ticker == state.highlighted and not math.isnan(_value_at(line, x)):
            return [Ring(x, _value_at(line, x))]
    return []


def _plot(
    data: MarketData,
    state: TimelineState,
    panel: Panel,
    events: list[MarketEvent],
    top: bool,
    stacked: bool,
    writing: Writing,
) -> Plot:
    log = state.log_applies
    low, high = value_range(_values_in_range(panel.lines, state), panel.unit, log)
    levels = value_ticks(low, high, panel.unit, log, writing)
    title = axis_title(panel.unit, log, writing)
    y_axis = Axis.log(low, high, levels, title) if log else Axis.linear(low, high, levels, title)
    # Stacked plots share their days: the dates go under the last one only, as on screen.
    ticks = [] if stacked and top else date_ticks(state.first, state.last, writing)
    x_axis = Axis.dates(state.first, state.last, ticks)
    styles = series_styles(data)
    marks: list[Mark] = list(_event_rules(events, top, writing.language))
    reference = {ValueUnit.INDEX: 100.0, ValueUnit.PERCENT: 0.0}.get(panel.unit)
    if reference is not None and low <= reference <= high:
        marks.append(Rule("y", reference, width=REFERENCE_RULE_WIDTH))
    order = drawing_order([line.ticker for line in panel.lines])
    for line in sorted(panel.lines, key=lambda line: order.index(line.ticker)):
        style = styles[line.ticker]
        name = data.instrument(line.ticker).name
        marks.append(LineSeries(name, line.xs, line.ys, style.colour, style.width, style.dash))
    marks += _seam_points(data, panel.lines)
    marks += _ring(state, panel.lines)
    if not stacked:
        return Plot(x_axis, y_axis, tuple(marks))
    weight = math.sqrt(len(panel.lines)) + (TOP_PLOT_EXTRA_WEIGHT if top else 0.0)
    # The axis titles name each plot's unit (dollars, index points), as on screen.
    return Plot(x_axis, y_axis, tuple(marks), height_weight=weight)


def _legend(data: MarketData, plan: TimelinePlan, writing: Writing) -> Legend | None:
    styles = series_styles(data)
    lines = lines_in_picker_order(data, plan)
    entries = [
        LegendEntry(
            data.instrument(line.ticker).name,
            styles[line.ticker].colour,
            LegendSymbol.LINE,
            styles[line.ticker].dash,
            styles[line.ticker].width,
        )
        for line in lines
    ]
    if any(line.seams for line in lines):
        entries.append(
            LegendEntry(
                seam_legend_label(writing),
                SEAM_COLOUR,
                LegendSymbol.MARKER,
                shape=MarkerShape.DIAMOND,
                hollow=True,
            )
        )
    return Legend(tuple(entries)) if entries else None


def timeline_figure(data: MarketData, state: TimelineState, writing: Writing) -> Figure:
    plan = plan_timeline(data, state)
    events = events_shown(data, state)
    stacked = len(plan.panels) > 1
    plots = tuple(
        _plot(data, state, panel, events, number == 0, stacked, writing)
        for number, panel in enumerate(plan.panels)
    )
    # The instruments' caveats in one paragraph: the plots keep more of the height.
    caveats = " · ".join(instrument_notes(data, state, writing))
    notes = [seam_note(data, plan, writing), *left_out_notes(data, plan, writing), caveats]
    return Figure(
        plots,
        title=timeline_title(writing),
        subtitle=timeline_subtitle(plan, state, writing),
        notes=tuple(note for note in notes if note),
        source=timeline_source(data, events, writing),
        description=timeline_description(data, plan, state, events, writing),
        legend=_legend(data, plan, writing),
        language=writing.language,
        figure_id=TIMELINE_CHART_ID,
    )


# -- the table ------------------------------------------------------------------------------


def _columns(state: TimelineState, writing: Writing) -> tuple[Column, ...]:
    words = writing.words
    columns = [
        Column("date", words.translate("MarketFigures", "Date"), ColumnKind.DATE),
        Column("name", words.translate("MarketFigures", "Instrument")),
        Column("ticker", words.translate("MarketFigures", "Ticker")),
        Column("unit", words.translate("MarketFigures", "Unit")),
        Column("close", words.translate("MarketFigures", "Close"), ColumnKind.NUMBER, 2),
    ]
    if state.mode is ChartMode.REBASED:
        header = words.translate("MarketFigures", "Index (reference day = 100)")
        columns.append(Column("rebased", header, ColumnKind.NUMBER, 2))
    elif state.mode is ChartMode.CHANGE:
        header = words.translate("MarketFigures", "Change from the reference day (%)")
        columns.append(Column("change", header, ColumnKind.PERCENT, 2))
    columns.append(Column("close_kind", words.translate("MarketFigures", "Close kind")))
    return tuple(columns)


def timeline_table(data: MarketData, state: TimelineState, writing: Writing) -> ChartTable:
    """One row per instrument chosen and trading day shown where it has a close: the close
    with its unit and kind and, rebased or in %, the value its line draws."""
    words = writing.words
    plan = plan_timeline(data, state)
    tickers = picker_order(data, state.tickers)
    values = mode_values(data, tickers, state.mode, plan.reference_day)
    days = trading_days_in(data, state.first, state.last)
    row_sources = data.prices.set_index(["ticker", "date"])["sources"]
    rows = []
    cited: list[str] = []
    for ticker in tickers:
        instrument = data.instrument(ticker)
        unit = words.translate("MarketFigures", "points") if instrument.is_index else "USD"
        cited += instrument.sources
        for day in days:
            close = data.closes.at[day, ticker]
            if math.isnan(close):
                continue
            row = [day.date(), instrument.name, ticker, unit, float(close)]
            if state.mode is not ChartMode.PRICE:
                value = values.at[day, ticker]
                row.append(None if math.isnan(value) else float(value))
            row.append(close_kind_text(close_kind_on(data, ticker, day.date()), writing))
            rows.append(tuple(row))
            cited += split_ids(row_sources.at[(ticker, day)])
    cited += [source for event in events_shown(data, state) for source in event.sources]
    notes = [
        timeline_subtitle(plan, state, writing),
        table_seam_note(data, plan, writing),
        *left_out_notes(data, plan, writing),
        *instrument_notes(data, state, writing),
    ]
    return ChartTable(
        TIMELINE_CHART_ID,
        writing.language,
        timeline_title(writing),
        _columns(state, writing),
        tuple(rows),
        sources=writing.source_lines(cited),
        notes=tuple(note for note in notes if note),
    )
