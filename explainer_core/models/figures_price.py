"""The model-price chart as a figure and a table: the output price per million tokens each
API charged on 27 January 2025, on a log axis (dots, never bars), against the model's score
on a benchmark of the R1 paper's main table, as the price section's chart shows it.

The notes name the models left out and why, and give the data's notes on promotions and on
the models set apart; the table adds how much cheaper R1 was than o1 (the section's answer,
beside its table on screen). The screen draws the same points, labels, ranges, texts and
notes (``ui.models.price_section``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.data.models import ApiPrice, Model, ModelsData, PriceTier
from explainer_core.figure import Axis, Figure, Plot, Point, Points
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import linear_levels, log_levels
from explainer_core.models.colours import model_colour
from explainer_core.models.comparison import (
    Measure,
    decimals_needed,
    measure_by_key,
    model_label,
    score_group,
)
from explainer_core.models.figures_common import (
    ChartTexts,
    emphasised_models,
    nice_top,
    publishers,
)
from explainer_core.models.prices import (
    PRICE_DAY,
    Missing,
    PricePoint,
    price_gap,
    price_points,
)
from explainer_core.models.states import PriceState
from explainer_core.models.texts import (
    exact_number,
    exact_usd,
    in_turn,
    labelled,
    measure_text,
    missing_text,
    price_answer,
    price_label,
    tier_text,
)
from explainer_core.templates import fill
from explainer_core.words import Words

PRICE_CHART_ID = "model-price"
R1_PAPER = "mdl-deepseek-r1-paper"  # the scores' source: Table 4
PERCENT_MAX = 100.0
DOT_SIZE = 12.0
PRICE_ROOM_DECADES = 0.5  # above and below the extreme prices, for the points' labels


# --- what is shown -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PriceScatter:
    """The points of the chart, the models left out and why, and its ranges."""

    measure: Measure
    points: list[PricePoint]
    missing: list[tuple[Model, Missing]]
    score_decimals: int  # as the benchmark chart writes the scores
    score_range: tuple[float, float]
    price_range: tuple[float, float]  # US dollars, on the log axis


def price_scatter(data: ModelsData, state: PriceState) -> PriceScatter:
    measure = measure_by_key(data, state.against_score)
    points, missing = price_points(data, measure)
    if measure.shares_percent_axis:
        score_range = (0.0, PERCENT_MAX)
    else:  # a rating: up to a round value above the best, room for its label
        score_range = (0.0, nice_top(max((p.score.value for p in points), default=1.0)))
    prices = [point.price.output_usd_per_m for point in points] or [1.0]
    price_range = (
        10 ** (math.log10(min(prices)) - PRICE_ROOM_DECADES),
        10 ** (math.log10(max(prices)) + PRICE_ROOM_DECADES),
    )
    decimals = score_group(data, measure).decimals
    return PriceScatter(measure, points, missing, decimals, score_range, price_range)


# --- the words around the plot -----------------------------------------------------------------


def price_texts(writing: Writing, scatter: PriceScatter) -> ChartTexts:
    words = writing.words
    cited = [R1_PAPER, *(s for point in scatter.points for s in point.price.sources)]
    return ChartTexts(
        words.translate("ModelFigures", "API price against benchmark score"),
        fill(
            words.translate(
                "ModelFigures",
                "Output price per million tokens in force on %1 (log scale), against the "
                "score in the DeepSeek-R1 paper. Lower right is cheaper and better.",
            ),
            writing.formatter.long_date(PRICE_DAY),
        ),
        words.translate(
            "ModelFigures",
            "Source: providers' price lists; scores: DeepSeek-R1 paper, Table 4.",
        ),
        tuple(dict.fromkeys(cited)),
    )


def score_axis_title(words: Words, measure: Measure) -> str:
    return fill(words.translate("ModelFigures", "Score: %1"), measure_text(words, measure))


def price_axis_title(words: Words) -> str:
    return words.translate(
        "ModelFigures", "Output price, US dollars per million tokens (log scale)"
    )


def point_label(writing: Writing, point: PricePoint) -> str:
    """The model as the paper names it, and its output price (a promotion says so)."""
    price = price_label(writing, point.price, point.price.output_usd_per_m)
    return f"{point.score.model_label}\n{price}"


def price_notes(writing: Writing, scatter: PriceScatter, state: PriceState) -> list[str]:
    """The models left out and why; the data's note on each promotion and on the models
    set apart (R1, and the one the reader picked)."""
    notes = []
    if scatter.missing:
        notes.append(missing_text(writing, scatter.missing))
    emphasised = emphasised_models(state.highlighted)
    for point in scatter.points:
        if point.price.tier is not PriceTier.STANDARD or point.model.id in emphasised:
            notes.append(
                labelled(writing, point.model.name, point.price.note.text(writing.language))
            )
    return notes


# --- the figure --------------------------------------------------------------------------------


def price_figure(data: ModelsData, state: PriceState, writing: Writing) -> Figure:
    words, formatter = writing.words, writing.formatter
    scatter = price_scatter(data, state)
    emphasised = emphasised_models(state.highlighted)
    marks = tuple(
        Point(
            point.score.value,
            point.price.output_usd_per_m,
            point_label(writing, point),
            model_colour(point.model.id),
            emphasised=point.model.id in emphasised,
            series=point.model.id,
            name=point.score.model_label,
        )
        for point in scatter.points
    )
    (x_low, x_high), (y_low, y_high) = scatter.score_range, scatter.price_range
    plot = Plot(
        Axis.linear(
            x_low,
            x_high,
            linear_levels(x_low, x_high, lambda v: formatter.number(v)),
            score_axis_title(words, scatter.measure),
        ),
        Axis.log(
            y_low,
            y_high,
            log_levels(y_low, y_high, lambda v: _tick_usd(writing, v)),
            price_axis_title(words),
        ),
        (Points(marks, DOT_SIZE),),
    )
    texts = price_texts(writing, scatter)
    return Figure(
        (plot,),
        title=texts.title,
        subtitle=texts.subtitle,
        notes=tuple(price_notes(writing, scatter, state)),
        source=texts.source(writing),
        description=_description(scatter, writing),
        language=writing.language,
        figure_id=PRICE_CHART_ID,
    )


def _tick_usd(writing: Writing, value: float) -> str:
    """``$0.50``, ``$2``, ``$100``: cents only below a dollar."""
    return exact_usd(writing, value) if value < 1 else writing.formatter.usd(value, 0)


def _description(scatter: PriceScatter, writing: Writing) -> str:
    words, formatter = writing.words, writing.formatter
    lead = fill(
        words.translate(
            "ModelFigures",
            "Scatter chart of the output price per million tokens in force on %1 (log scale) "
            "against the %2 score of %3 models:",
        ),
        formatter.long_date(PRICE_DAY),
        measure_text(words, scatter.measure),
        formatter.number(len(scatter.points)),
    )
    values = in_turn(
        words,
        (
            f"{point.score.model_label} "
            f"{exact_number(writing, point.score.value, scatter.score_decimals)}, "
            + exact_usd(writing, point.price.output_usd_per_m)
            for point in scatter.points
        ),
    )
    return f"{lead} {values}."


# --- the table ---------------------------------------------------------------------------------


def price_table(data: ModelsData, state: PriceState, writing: Writing) -> ChartTable:
    """One row a point: the model's score and the prices in force that day (every digit)
    with their tier, the period they were in force and the data's note; the answer and the
    models left out in the notes."""
    words, code = writing.words, writing.language
    figure = price_figure(data, state, writing)
    scatter = price_scatter(data, state)
    rows = []
    cited: list[str] = []
    for point in scatter.points:
        price: ApiPrice = point.price
        rows.append(
            (
                model_label(data, price.model),
                price.api_id,
                tier_text(writing, price),
                point.score.value,
                price.input_cache_miss_usd_per_m,
                price.input_cache_hit_usd_per_m,
                price.output_usd_per_m,
                price.effective_from,
                price.effective_to,
                price.note.text(code),
                publishers(writing, price.sources),
            )
        )
        cited += [*price.sources, *point.score.sources]
    decimals = 2
    cached = [point.price.input_cache_hit_usd_per_m for point in scatter.points]
    columns = (
        Column("model", words.translate("ModelFigures", "Model")),
        Column("api_id", words.translate("ModelFigures", "API model name")),
        Column("tier", words.translate("ModelFigures", "Price tier")),
        Column(
            "score",
            score_axis_title(words, scatter.measure),
            ColumnKind.NUMBER,
            scatter.score_decimals,
        ),
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
    gap = price_gap(data)
    if gap is not None:
        notes += price_answer(writing, data, gap)
    if scatter.missing:
        notes.append(missing_text(writing, scatter.missing))
    return ChartTable(
        PRICE_CHART_ID,
        writing.language,
        figure.title,
        columns,
        tuple(rows),
        sources=writing.source_lines(cited),
        notes=tuple(notes),
    )
