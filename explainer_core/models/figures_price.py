"""The model-price chart as a figure and a table.

By default it compares what the APIs charged on the day of the shock: input and output
prices per million tokens in force on 27 January 2025, in two stacked bar plots on one
linear dollar scale, promotions marked, and the ratio of o1's output price to R1's computed
from the data. Asked for a benchmark (the screen's "Score on:"), it shows the screen's
scatter instead: output price on a log axis (dots, never bars) against that score.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.data.models import ApiPrice, ModelsData, PriceTier
from explainer_core.figure import (
    Axis,
    Bar,
    Bars,
    Category,
    Figure,
    Legend,
    LegendEntry,
    LegendSymbol,
    Plot,
    Point,
    Points,
)
from explainer_core.figure.palette import OKABE_ITO
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import linear_levels, log_levels
from explainer_core.models.comparison import (
    HIGHLIGHTED_MODEL,
    PRICE_DAY,
    Measure,
    Missing,
    PricePoint,
    decimals_needed,
    in_force_on,
    measure_by_key,
    model_label,
    price_on,
    price_points,
    score_group,
)
from explainer_core.models.figures_common import (
    OTHER_MODEL_COLOUR,
    emphasised_models,
    exact_number,
    exact_usd,
    labelled,
    measure_text,
    model_colours,
    nice_top,
    publishers,
    source_line,
)
from explainer_core.templates import fill

PRICE_CHART_ID = "model-price"
INPUT_COLOUR = OKABE_ITO[5]  # sky blue: tokens sent to the model
OUTPUT_COLOUR = OKABE_ITO[1]  # blue: tokens the model writes
O1_MODEL = "o1-2024-12-17"  # the model whose price R1's is compared with, as in the story
RATIO_DECIMALS = 1
DOT_SIZE = 12.0
PRICE_ROOM_DECADES = 0.5  # above and below the extreme prices of the scatter


@dataclass(frozen=True)
class PriceState:
    # None: the price comparison. A measure key (``benchmark|metric``): output price
    # against that score, the screen's scatter.
    against_score: str | None = None
    highlighted: str | None = None  # a model id singled out (outlined), besides R1


def default_price_state(_data: ModelsData) -> PriceState:
    return PriceState()


# --- what is shown -----------------------------------------------------------------------------


def prices_in_force(data: ModelsData, day: dt.date = PRICE_DAY) -> list[ApiPrice]:
    """One price per model in force on ``day`` (a promotion before the list price, see
    ``comparison.price_on``), the dearest output first."""
    models = dict.fromkeys(price.model for price in data.prices if in_force_on(price, day))
    prices = [price for model in models if (price := price_on(data, model, day)) is not None]
    return sorted(prices, key=lambda p: (-p.output_usd_per_m, -p.input_cache_miss_usd_per_m))


@dataclass(frozen=True)
class PriceRatio:
    cheaper: ApiPrice
    dearer: ApiPrice

    @property
    def output(self) -> float:
        return self.dearer.output_usd_per_m / self.cheaper.output_usd_per_m

    @property
    def input(self) -> float:
        return self.dearer.input_cache_miss_usd_per_m / self.cheaper.input_cache_miss_usd_per_m


def price_ratio(
    data: ModelsData,
    cheaper: str = HIGHLIGHTED_MODEL,
    dearer: str = O1_MODEL,
    day: dt.date = PRICE_DAY,
) -> PriceRatio | None:
    """How many times ``cheaper``'s price ``dearer``'s is, both in force on ``day``; None
    if either has no price then."""
    low, high = price_on(data, cheaper, day), price_on(data, dearer, day)
    if low is None or high is None or low.output_usd_per_m <= 0:
        return None
    if low.input_cache_miss_usd_per_m <= 0:
        return None
    return PriceRatio(low, high)


def tier_text(writing: Writing, tier: PriceTier) -> str:
    words = writing.words
    names = {
        PriceTier.STANDARD: words.translate("ModelFigures", "list price"),
        PriceTier.PROMOTIONAL: words.translate("ModelFigures", "promotional"),
        PriceTier.PROMPT_UP_TO_128K: words.translate("ModelFigures", "prompts up to 128K tokens"),
        PriceTier.PROMPT_OVER_128K: words.translate("ModelFigures", "prompts over 128K tokens"),
    }
    return names[tier]


def price_label(writing: Writing, price: ApiPrice, value: float) -> str:
    """``$0.28 (promotional)``: a price other than the list price says which it is."""
    text = exact_usd(writing, value)
    if price.tier is PriceTier.STANDARD:
        return text
    return f"{text} ({tier_text(writing, price.tier)})"


# --- the figure --------------------------------------------------------------------------------


def price_figure(data: ModelsData, state: PriceState, writing: Writing) -> Figure:
    if state.against_score is not None:
        return _scatter_figure(data, state, measure_by_key(data, state.against_score), writing)
    words, formatter = writing.words, writing.formatter
    prices = prices_in_force(data)
    emphasised = emphasised_models(state.highlighted)
    top = nice_top(max(price.output_usd_per_m for price in prices))
    # One plot, input beside output for each model: one scale for both, so that bar lengths
    # compare across the two as well (stacked plots get axes narrowed each to its labels).
    series: tuple[tuple[str, str, Callable[[ApiPrice], float]], ...] = (
        (
            words.translate("ModelFigures", "Input"),
            INPUT_COLOUR,
            lambda price: price.input_cache_miss_usd_per_m,
        ),
        (
            words.translate("ModelFigures", "Output"),
            OUTPUT_COLOUR,
            lambda price: price.output_usd_per_m,
        ),
    )
    bars = Bars(
        tuple(
            Bar(
                price.model,
                value_of(price),
                price_label(writing, price, value_of(price)),
                colour,
                name,
                emphasised=price.model in emphasised,
            )
            for price in prices
            for name, colour, value_of in series
        )
    )
    axis = Axis.linear(
        0.0,
        top,
        linear_levels(0.0, top, lambda v: formatter.usd(v, 0)),
        words.translate("ModelFigures", "US dollars per million tokens"),
    )
    # The R1 paper's names where it has the model (as in the benchmarks' legend): short.
    categories = [Category(price.model, model_label(data, price.model)) for price in prices]
    plots = (Plot(axis, Axis.category(categories), (bars,)),)
    legend = Legend(
        tuple(LegendEntry(name, colour, LegendSymbol.BAR) for name, colour, _value_of in series)
    )
    ratio = price_ratio(data)
    if ratio is not None:
        title = fill(
            words.translate(
                "ModelFigures", "OpenAI o1 charged %1 times as much as DeepSeek-R1 per output token"
            ),
            formatter.number(ratio.output, RATIO_DECIMALS),
        )
    else:
        title = words.translate("ModelFigures", "API prices per million tokens")
    return Figure(
        plots,
        title=title,
        subtitle=fill(
            words.translate(
                "ModelFigures",
                "API prices per million tokens in force on %1, in US dollars; input without "
                "cache hits. Promotional prices are marked.",
            ),
            formatter.long_date(PRICE_DAY),
        ),
        notes=_comparison_notes(data, prices, ratio, state, writing),
        source=source_line(
            writing,
            words.translate("ModelFigures", "Source: providers' price lists."),
            [source for price in prices for source in price.sources],
        ),
        description=_comparison_description(data, prices, ratio, writing),
        legend=legend,
        language=writing.language,
        figure_id=PRICE_CHART_ID,
    )


def ratio_note(data: ModelsData, ratio: PriceRatio, writing: Writing) -> str:
    """Which prices the ratio compares, and the ratio of the input prices too."""
    words, formatter = writing.words, writing.formatter
    return fill(
        words.translate(
            "ModelFigures",
            "Ratio of the output prices in force on %1: %2 for %3, %4, against %5 for %6, "
            "%7: %8 times; of the input prices, %9 against %10: %11 times.",
        ),
        formatter.date(PRICE_DAY),
        exact_usd(writing, ratio.dearer.output_usd_per_m),
        data.model(ratio.dearer.model).name,
        tier_text(writing, ratio.dearer.tier),
        exact_usd(writing, ratio.cheaper.output_usd_per_m),
        data.model(ratio.cheaper.model).name,
        tier_text(writing, ratio.cheaper.tier),
        formatter.number(ratio.output, RATIO_DECIMALS),
        exact_usd(writing, ratio.dearer.input_cache_miss_usd_per_m),
        exact_usd(writing, ratio.cheaper.input_cache_miss_usd_per_m),
        formatter.number(ratio.input, RATIO_DECIMALS),
    )


def _comparison_notes(
    data: ModelsData,
    prices: list[ApiPrice],
    ratio: PriceRatio | None,
    state: PriceState,
    writing: Writing,
) -> tuple[str, ...]:
    """The ratio and what it compares; then the data's note on each price a label marks
    (a promotion, a tier) and on R1's and the singled-out model's."""
    notes = [ratio_note(data, ratio, writing)] if ratio is not None else []
    wanted = emphasised_models(state.highlighted)
    for price in prices:
        if price.tier is not PriceTier.STANDARD or price.model in wanted:
            notes.append(
                labelled(writing, model_label(data, price.model), price.note.text(writing.language))
            )
    return tuple(notes)


def _comparison_description(
    data: ModelsData, prices: list[ApiPrice], ratio: PriceRatio | None, writing: Writing
) -> str:
    words = writing.words
    lead = fill(
        words.translate(
            "ModelFigures",
            "Bar chart of the API prices of %1 models per million tokens in force on %2, input "
            "and output:",
        ),
        writing.formatter.number(len(prices)),
        writing.formatter.long_date(PRICE_DAY),
    )
    items = "; ".join(
        fill(
            words.translate("ModelFigures", "%1 %2 and %3"),
            model_label(data, price.model),
            price_label(writing, price, price.input_cache_miss_usd_per_m),
            price_label(writing, price, price.output_usd_per_m),
        )
        for price in prices
    )
    text = f"{lead} {items}."
    if ratio is not None:
        text += " " + ratio_note(data, ratio, writing)
    return text


# --- the scatter: output price against a score -------------------------------------------------


def _scatter_figure(
    data: ModelsData, state: PriceState, measure: Measure, writing: Writing
) -> Figure:
    words, formatter = writing.words, writing.formatter
    points, missing = price_points(data, measure)
    decimals = score_group(data, measure).decimals  # as the benchmark chart writes it
    colours = model_colours()
    emphasised = emphasised_models(state.highlighted)
    marks = tuple(
        Point(
            point.score.value,
            point.price.output_usd_per_m,
            f"{point.score.model_label}\n"
            + price_label(writing, point.price, point.price.output_usd_per_m),
            colours.get(point.model.id, OTHER_MODEL_COLOUR),
            emphasised=point.model.id in emphasised,
            series=point.model.id,
            name=point.score.model_label,
        )
        for point in points
    )
    if measure.shares_percent_axis:
        x_low, x_high = 0.0, 100.0
    else:
        x_low, x_high = 0.0, nice_top(max((p.score.value for p in points), default=1.0))
    prices = [point.price.output_usd_per_m for point in points] or [1.0]
    y_low = 10 ** (math.log10(min(prices)) - PRICE_ROOM_DECADES)
    y_high = 10 ** (math.log10(max(prices)) + PRICE_ROOM_DECADES)
    plot = Plot(
        Axis.linear(
            x_low,
            x_high,
            linear_levels(x_low, x_high, lambda v: formatter.number(v)),
            fill(words.translate("ModelFigures", "Score: %1"), measure_text(words, measure)),
        ),
        Axis.log(
            y_low,
            y_high,
            log_levels(
                y_low, y_high, lambda v: exact_usd(writing, v) if v < 1 else formatter.usd(v, 0)
            ),
            words.translate(
                "ModelFigures", "Output price, US dollars per million tokens (log scale)"
            ),
        ),
        (Points(marks, DOT_SIZE),),
    )
    notes = []
    if missing:
        notes.append(_missing_text(missing, writing))
    for point in points:
        if point.price.tier is not PriceTier.STANDARD or point.model.id in emphasised:
            notes.append(
                labelled(writing, point.model.name, point.price.note.text(writing.language))
            )
    cited = ["mdl-deepseek-r1-paper", *(s for point in points for s in point.price.sources)]
    description = fill(
        words.translate(
            "ModelFigures",
            "Scatter chart of the output price per million tokens in force on %1 (log scale) "
            "against the %2 score of %3 models:",
        ),
        formatter.long_date(PRICE_DAY),
        measure_text(words, measure),
        formatter.number(len(points)),
    )
    description += " " + "; ".join(
        f"{point.score.model_label} {exact_number(writing, point.score.value, decimals)}, "
        + exact_usd(writing, point.price.output_usd_per_m)
        for point in points
    )
    return Figure(
        (plot,),
        title=words.translate("ModelFigures", "API price against benchmark score"),
        subtitle=fill(
            words.translate(
                "ModelFigures",
                "Output price per million tokens in force on %1 (log scale), against the "
                "score in the DeepSeek-R1 paper. Lower right is cheaper and better.",
            ),
            formatter.long_date(PRICE_DAY),
        ),
        notes=tuple(notes),
        source=source_line(
            writing,
            words.translate(
                "ModelFigures",
                "Source: providers' price lists; scores: DeepSeek-R1 paper, Table 4.",
            ),
            cited,
        ),
        description=description + ".",
        language=writing.language,
        figure_id=PRICE_CHART_ID,
    )


def _tick_usd(writing: Writing, value: float) -> str:
    """``$0.50``, ``$2``, ``$100``: cents only below a dollar."""
    return exact_usd(writing, value) if value < 1 else writing.formatter.usd(value, 0)


def _missing_text(missing: list, writing: Writing) -> str:
    """The screen's "Not plotted" line: each model left out and why."""
    words = writing.words
    reasons = {
        Missing.NO_PRICE: words.translate(
            "ModelFigures", "no price for this version in January 2025 in the data"
        ),
        Missing.NO_SCORE: words.translate(
            "ModelFigures", "no score on this benchmark in the R1 paper"
        ),
    }
    items = [f"{model.name} ({reasons[why]})" for model, why in missing]
    return fill(words.translate("ModelFigures", "Not plotted: %1."), "; ".join(items))


# --- the table ---------------------------------------------------------------------------------


def price_table(data: ModelsData, state: PriceState, writing: Writing) -> ChartTable:
    """One row a model: the prices shown (every digit) with their tier, the period they were
    in force and the data's note; the ratio in the notes."""
    words, code = writing.words, writing.language
    figure = price_figure(data, state, writing)
    score_column: list[Column] = []
    if state.against_score is not None:
        measure = measure_by_key(data, state.against_score)
        points, _missing = price_points(data, measure)
        shown: list[tuple[ApiPrice, PricePoint | None]] = [(p.price, p) for p in points]
        score_column = [
            Column(
                "score",
                fill(words.translate("ModelFigures", "Score: %1"), measure_text(words, measure)),
                ColumnKind.NUMBER,
                score_group(data, measure).decimals,
            )
        ]
    else:
        shown = [(price, None) for price in prices_in_force(data)]
    rows = []
    cited: list[str] = []
    for price, point in shown:
        row = [model_label(data, price.model), price.api_id, tier_text(writing, price.tier)]
        if point is not None:
            row.append(point.score.value)
        row += [
            price.input_cache_miss_usd_per_m,
            price.input_cache_hit_usd_per_m,
            price.output_usd_per_m,
            price.effective_from,
            price.effective_to,
            price.note.text(code),
            publishers(writing, price.sources),
        ]
        rows.append(tuple(row))
        cited += price.sources
        if point is not None:
            cited += point.score.sources
    decimals = 2
    cached = [price.input_cache_hit_usd_per_m for price, _ in shown]
    columns = (
        Column("model", words.translate("ModelFigures", "Model")),
        Column("api_id", words.translate("ModelFigures", "API model name")),
        Column("tier", words.translate("ModelFigures", "Price tier")),
        *score_column,
        Column(
            "input_usd_per_m",
            words.translate("ModelFigures", "Input (US dollars per million tokens)"),
            ColumnKind.NUMBER,
            decimals,
        ),
        Column(
            "cached_input_usd_per_m",
            words.translate("ModelFigures", "Cached input (US dollars per million tokens)"),
            ColumnKind.NUMBER,
            max(decimals, decimals_needed(value for value in cached if value is not None)),
        ),
        Column(
            "output_usd_per_m",
            words.translate("ModelFigures", "Output (US dollars per million tokens)"),
            ColumnKind.NUMBER,
            decimals,
        ),
        Column("in_force_from", words.translate("ModelFigures", "In force from"), ColumnKind.DATE),
        Column("replaced_on", words.translate("ModelFigures", "Replaced on"), ColumnKind.DATE),
        Column("note", words.translate("ModelFigures", "Note")),
        Column("sources", words.translate("ModelFigures", "Sources")),
    )
    notes = [
        fill(
            words.translate("ModelFigures", "Prices in force on %1."),
            writing.formatter.long_date(PRICE_DAY),
        )
    ]
    if state.against_score is not None:
        _points, missing = price_points(data, measure_by_key(data, state.against_score))
        notes += [_missing_text(missing, writing)] if missing else []
    elif (ratio := price_ratio(data)) is not None:
        notes.append(ratio_note(data, ratio, writing))
    return ChartTable(
        PRICE_CHART_ID,
        writing.language,
        figure.title,
        columns,
        tuple(rows),
        sources=writing.source_lines(cited),
        notes=tuple(notes),
    )
