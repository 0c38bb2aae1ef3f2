"""The model-compute chart as a figure and a table: the training GPU-hours each developer
disclosed, as dots on a logarithmic axis (bars would start at an arbitrary decade and
suggest ratios they do not show), each labelled with its value and GPU type.

A cost figure never travels without what it covers: a dot's label names the cost its
developer reported with a note mark ``[n]``, and note n says what the figure includes and
excludes, as the data states it. Other parties' estimates (Epoch AI's) and the parts of a
total are in the table, each with its scope.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.data.models import CostFigure, Model, ModelsData
from explainer_core.figure import Axis, Category, Figure, Grid, Plot, Point, Points
from explainer_core.figure.palette import HIGHLIGHT_COLOUR
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import log_levels
from explainer_core.models.comparison import HIGHLIGHTED_MODEL, compute_models, decimals_needed
from explainer_core.models.figures_common import (
    DEEPSEEK_COLOUR,
    OTHER_MODEL_COLOUR,
    cost_amount,
    emphasised_models,
    exact_number,
    publishers,
    source_line,
)
from explainer_core.templates import fill

COMPUTE_CHART_ID = "model-compute"
DOT_SIZE = 12.0
ROOM_DECADES = 0.15  # beyond the extreme dots, so that no dot sits on the plot's edge


@dataclass(frozen=True)
class ComputeState:
    highlighted: str | None = None  # a model id singled out (enlarged), besides R1


def default_compute_state(_data: ModelsData) -> ComputeState:
    return ComputeState()


# --- what is shown -----------------------------------------------------------------------------


def developer_costs(data: ModelsData, model: Model) -> list[CostFigure]:
    """The cost totals a model's developer reported itself (DeepSeek's $5.576M for V3): the
    figures the chart's labels give. Estimates by others and the parts of a total are not."""
    return [
        cost
        for cost in data.costs_of(model.id)
        if cost.component_of is None
        and cost.who_said == model.developer
        and cost.value_usd_m is not None
    ]


def cost_notes(data: ModelsData) -> list[tuple[int, CostFigure]]:
    """The note number of every cost figure a label gives, in the dots' order (most
    GPU-hours first)."""
    costs = [cost for model in compute_models(data) for cost in developer_costs(data, model)]
    return list(enumerate(costs, start=1))


def other_costs(data: ModelsData) -> list[CostFigure]:
    """The cost figures of the models shown that the labels do not give, in file order."""
    shown = {cost.id for _, cost in cost_notes(data)}
    models = {model.id for model in compute_models(data)}
    return [cost for cost in data.costs if cost.model in models and cost.id not in shown]


def model_colour(model: Model) -> str:
    """R1 in the highlight colour, DeepSeek's other models in sky blue, the others grey (the
    screen's colours)."""
    if model.id == HIGHLIGHTED_MODEL:
        return HIGHLIGHT_COLOUR
    return DEEPSEEK_COLOUR if model.developer == "DeepSeek" else OTHER_MODEL_COLOUR


# --- texts -------------------------------------------------------------------------------------


def hours_text(writing: Writing, model: Model) -> str:
    """``2.788 M GPU-hours · NVIDIA H800``"""
    hours = fill(
        writing.words.translate("ModelFigures", "%1 M GPU-hours"),
        exact_number(writing, model.training_gpu_hours_m or 0.0),
    )
    return " · ".join(part for part in (hours, model.gpu_type) if part)


def as_of_text(writing: Writing, as_of: str) -> str:
    """``as of Dec 2024``: the sources date some figures only to the month."""
    pieces = [int(piece) for piece in as_of.split("-")]
    if len(pieces) == 2:
        day = writing.formatter.month_and_year(dt.date(pieces[0], pieces[1], 1))
    else:
        day = writing.formatter.date(dt.date(*pieces))
    return fill(writing.words.translate("ModelFigures", "as of %1"), day)


def cost_scope(writing: Writing, data: ModelsData, cost: CostFigure) -> str:
    """``DeepSeek-V3, according to DeepSeek: $5.576M (as of Dec 2024). Includes: … Excludes:
    …`` and the data's note on the figure, if any."""
    words, code = writing.words, writing.language
    model = data.model(cost.model)
    if cost.component_of is None:
        heading = fill(
            words.translate("ModelFigures", "%1, according to %2: %3"),
            model.name,
            cost.who_said,
            cost_amount(writing, cost),
        )
    else:
        heading = fill(
            words.translate("ModelFigures", "%1, according to %2, of which: %3"),
            model.name,
            cost.who_said,
            cost_amount(writing, cost),
        )
    parts = [
        f"{heading} ({as_of_text(writing, cost.as_of)}).",
        fill(words.translate("ModelFigures", "Includes: %1"), cost.basis.text(code)),
        fill(words.translate("ModelFigures", "Excludes: %1"), cost.excludes.text(code)),
    ]
    if cost.note is not None:
        parts.append(cost.note.text(code))
    return " ".join(parts)


def point_label(writing: Writing, data: ModelsData, model: Model, numbers: dict[str, int]) -> str:
    words = writing.words
    lines = [hours_text(writing, model)]
    if model.base_model:
        lines.append(fill(words.translate("ModelFigures", "on top of %1"), model.base_model))
    for cost in developer_costs(data, model):
        amount = f"{cost_amount(writing, cost)} [{numbers[cost.id]}]"
        lines.append(
            fill(words.translate("ModelFigures", "cost reported by %1: %2"), cost.who_said, amount)
        )
    return "\n".join(lines)


# --- the figure --------------------------------------------------------------------------------


def compute_figure(data: ModelsData, state: ComputeState, writing: Writing) -> Figure:
    words = writing.words
    models = compute_models(data)
    numbers = {cost.id: number for number, cost in cost_notes(data)}
    emphasised = emphasised_models(state.highlighted)
    points = tuple(
        Point(
            model.training_gpu_hours_m or 0.0,
            model.id,
            point_label(writing, data, model, numbers),
            model_colour(model),
            emphasised=model.id in emphasised,
            series=model.developer,
            name=model.name,
        )
        for model in models
    )
    hours = [model.training_gpu_hours_m or 0.0 for model in models]
    low, high = _log_range(hours)
    axis = Axis.log(
        low,
        high,
        log_levels(low, high, lambda value: exact_number(writing, value)),
        words.translate("ModelFigures", "Millions of GPU-hours (log scale)"),
    )
    plot = Plot(
        axis,
        Axis.category([Category(model.id, model.name) for model in models], grid=Grid.AT_TICKS),
        (Points(points, DOT_SIZE),),
    )
    notes = [scope_note(writing)]
    notes += [f"[{number}] {cost_scope(writing, data, cost)}" for number, cost in cost_notes(data)]
    cited = [source for model in models for source in model.sources]
    cited += [source for _, cost in cost_notes(data) for source in cost.sources]
    return Figure(
        (plot,),
        title=words.translate("ModelFigures", "Training compute in GPU-hours, as disclosed"),
        subtitle=words.translate(
            "ModelFigures",
            "Millions of GPU-hours on a logarithmic scale: each step is ten times more. "
            "Numbers in brackets point to the notes below.",
        ),
        notes=tuple(notes),
        source=source_line(
            writing,
            words.translate("ModelFigures", "Source: the developers' reports and model cards."),
            cited,
        ),
        description=_description(data, models, writing),
        language=writing.language,
        figure_id=COMPUTE_CHART_ID,
    )


def scope_note(writing: Writing) -> str:
    return writing.words.translate(
        "ModelFigures",
        "GPU-hours cover the training stages each developer disclosed, which differ from "
        "model to model.",
    )


def _log_range(values: list[float]) -> tuple[float, float]:
    """Half decades around the values, a little room beyond the extreme ones."""
    low = math.log10(min(values)) - ROOM_DECADES
    high = math.log10(max(values)) + ROOM_DECADES
    return 10 ** (math.floor(low * 2) / 2), 10 ** (math.ceil(high * 2) / 2)


def _description(data: ModelsData, models: list[Model], writing: Writing) -> str:
    words = writing.words
    lead = fill(
        words.translate(
            "ModelFigures",
            "Dot chart of the training compute of %1 models, in millions of GPU-hours on a "
            "logarithmic scale:",
        ),
        writing.formatter.number(len(models)),
    )
    dots = "; ".join(
        f"{model.name} {exact_number(writing, model.training_gpu_hours_m or 0.0)}"
        for model in models
    )
    costs = " ".join(
        fill(
            words.translate("ModelFigures", "%1, according to %2: %3"),
            data.model(cost.model).name,
            cost.who_said,
            cost_amount(writing, cost),
        )
        + "."
        for _, cost in cost_notes(data)
    )
    return f"{lead} {dots}. {costs}".strip()


# --- the table ---------------------------------------------------------------------------------


def compute_table(data: ModelsData, state: ComputeState, writing: Writing) -> ChartTable:
    """One row a dot: its GPU-hours with what they cover, and the cost its developer reported
    with what that covers; other cost figures of these models are in the notes."""
    words, code = writing.words, writing.language
    figure = compute_figure(data, state, writing)
    models = compute_models(data)
    rows = []
    cited: list[str] = []
    for model in models:
        costs = developer_costs(data, model) or [None]
        for cost in costs:
            ids = [*model.sources, *(cost.sources if cost else ())]
            rows.append(
                (
                    model.name,
                    model.developer,
                    model.training_gpu_hours_m,
                    model.gpu_type or "",
                    model.base_model or "",
                    model.note.text(code) if model.note else "",
                    cost.value_usd_m if cost else None,
                    cost_amount(writing, cost) if cost else "",
                    cost.who_said if cost else "",
                    cost.basis.text(code) if cost else "",
                    cost.excludes.text(code) if cost else "",
                    cost.as_of if cost else "",
                    publishers(writing, ids),
                )
            )
            cited += ids
    others = other_costs(data)
    cited += [source for cost in others for source in cost.sources]
    hours_decimals = decimals_needed(m.training_gpu_hours_m or 0.0 for m in models)
    columns = (
        Column("model", words.translate("ModelFigures", "Model")),
        Column("developer", words.translate("ModelFigures", "Developer")),
        Column(
            "gpu_hours_m",
            words.translate("ModelFigures", "Training compute (millions of GPU-hours)"),
            ColumnKind.NUMBER,
            hours_decimals,
        ),
        Column("gpu_type", words.translate("ModelFigures", "GPU type")),
        Column("built_on", words.translate("ModelFigures", "On top of")),
        Column("hours_cover", words.translate("ModelFigures", "What the GPU-hours cover")),
        Column(
            "cost_usd_m",
            words.translate("ModelFigures", "Reported cost (millions of US dollars)"),
            ColumnKind.NUMBER,
            decimals_needed(row[6] for row in rows if row[6] is not None),
        ),
        Column("cost_as_stated", words.translate("ModelFigures", "Cost as stated")),
        Column("cost_by", words.translate("ModelFigures", "Cost reported by")),
        Column("cost_includes", words.translate("ModelFigures", "What the cost includes")),
        Column("cost_excludes", words.translate("ModelFigures", "What the cost excludes")),
        Column("cost_as_of", words.translate("ModelFigures", "Cost as of")),
        Column("sources", words.translate("ModelFigures", "Sources")),
    )
    notes = [scope_note(writing)]
    notes += [
        fill(
            words.translate("ModelFigures", "Also reported, not on the chart: %1"),
            cost_scope(writing, data, cost),
        )
        for cost in others
    ]
    return ChartTable(
        COMPUTE_CHART_ID,
        writing.language,
        figure.title,
        columns,
        tuple(rows),
        sources=writing.source_lines(cited),
        notes=tuple(notes),
    )
