"""The model-compute chart as a figure and a table: the training GPU-hours each developer
disclosed, as dots on a logarithmic axis (bars would start at an arbitrary decade and
suggest ratios they do not show), each labelled with its value and GPU type.

A cost figure never travels without what it covers: a dot's label names the cost its
developer reported with a note mark ``[n]``, and note n says what the figure includes and
excludes, as the data states it. Other parties' estimates (Epoch AI's) and the parts of a
total are in the table, each with its scope. The screen's chart has the same dots, labels,
texts and numbers (``ui.models.compute_section``).
"""

from __future__ import annotations

import math

from explainer_core.charts import Writing
from explainer_core.data.models import ModelsData
from explainer_core.figure import Axis, Category, Figure, Grid, Plot, Point, Points
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import log_levels
from explainer_core.models.comparison import decimals_needed
from explainer_core.models.compute import (
    ComputeDot,
    Footnote,
    compute_dots,
    cost_footnotes,
    developer_costs,
)
from explainer_core.models.figures_common import (
    ChartTexts,
    emphasised_models,
    publishers,
)
from explainer_core.models.states import ComputeState
from explainer_core.models.texts import (
    cost_amount,
    cost_scope,
    dot_label,
    exact_number,
    in_turn,
)
from explainer_core.templates import fill
from explainer_core.words import Words

COMPUTE_CHART_ID = "model-compute"
DOT_SIZE = 12.0
ROOM_DECADES = 0.15  # beyond the extreme dots, so that no dot sits on the plot's edge


# --- the words around the plot -----------------------------------------------------------------


def compute_texts(writing: Writing, dots: list[ComputeDot]) -> ChartTexts:
    words = writing.words
    cited = [source for dot in dots for source in dot.model.sources]
    cited += [source for dot in dots for note in dot.costs for source in note.cost.sources]
    return ChartTexts(
        words.translate("ModelFigures", "Training compute in GPU-hours, as disclosed"),
        words.translate(
            "ModelFigures",
            "Millions of GPU-hours as each developer disclosed them, on a logarithmic scale: "
            "each step is ten times more. Numbers in brackets point to the notes on the "
            "cost figures.",
        ),
        words.translate("ModelFigures", "Source: the developers' reports and model cards."),
        tuple(dict.fromkeys(cited)),
    )


def hours_axis_title(words: Words) -> str:
    return words.translate("ModelFigures", "Millions of GPU-hours (log scale)")


def scope_note(writing: Writing) -> str:
    return writing.words.translate(
        "ModelFigures",
        "GPU-hours cover the training stages each developer disclosed, which differ from "
        "model to model.",
    )


def chart_notes(writing: Writing, data: ModelsData, footnotes: list[Footnote]) -> list[str]:
    """What the GPU-hours cover, then the note of each cost figure a label gives."""
    notes = [scope_note(writing)]
    notes += [
        f"[{note.number}] {cost_scope(writing, data, note.cost)}"
        for note in footnotes
        if note.on_chart
    ]
    return notes


# --- the figure --------------------------------------------------------------------------------


def compute_figure(data: ModelsData, state: ComputeState, writing: Writing) -> Figure:
    words = writing.words
    footnotes = cost_footnotes(data)
    dots = compute_dots(data, footnotes)
    emphasised = emphasised_models(state.highlighted)
    points = tuple(
        Point(
            dot.gpu_hours_m,
            dot.model.id,
            dot_label(writing, dot),
            dot.colour,
            emphasised=dot.model.id in emphasised,
            series=dot.developer,
            name=dot.model.name,
        )
        for dot in dots
    )
    low, high = _log_range([dot.gpu_hours_m for dot in dots])
    axis = Axis.log(
        low,
        high,
        log_levels(low, high, lambda value: exact_number(writing, value)),
        hours_axis_title(words),
    )
    plot = Plot(
        axis,
        Axis.category([Category(dot.model.id, dot.model.name) for dot in dots], grid=Grid.AT_TICKS),
        (Points(points, DOT_SIZE),),
    )
    texts = compute_texts(writing, dots)
    return Figure(
        (plot,),
        title=texts.title,
        subtitle=texts.subtitle,
        notes=tuple(chart_notes(writing, data, footnotes)),
        source=texts.source(writing),
        description=_description(data, dots, footnotes, writing),
        language=writing.language,
        figure_id=COMPUTE_CHART_ID,
    )


def _log_range(values: list[float]) -> tuple[float, float]:
    """Half decades around the values, a little room beyond the extreme ones."""
    low = math.log10(min(values)) - ROOM_DECADES
    high = math.log10(max(values)) + ROOM_DECADES
    return 10 ** (math.floor(low * 2) / 2), 10 ** (math.ceil(high * 2) / 2)


def _description(
    data: ModelsData, dots: list[ComputeDot], footnotes: list[Footnote], writing: Writing
) -> str:
    words = writing.words
    lead = fill(
        words.translate(
            "ModelFigures",
            "Dot chart of the training compute of %1 models, in millions of GPU-hours on a "
            "logarithmic scale:",
        ),
        writing.formatter.number(len(dots)),
    )
    values = in_turn(
        words,
        (
            f"{dot.model.name} {exact_number(writing, dot.gpu_hours_m, dot.decimals)}"
            for dot in dots
        ),
    )
    costs = " ".join(
        fill(
            words.translate("ModelFigures", "%1, according to %2: %3"),
            data.model(note.cost.model).name,
            note.cost.who_said,
            cost_amount(writing, note.cost),
        )
        + "."
        for note in footnotes
        if note.on_chart
    )
    return f"{lead} {values}. {costs}".strip()


# --- the table ---------------------------------------------------------------------------------


def compute_table(data: ModelsData, state: ComputeState, writing: Writing) -> ChartTable:
    """One row a dot: its GPU-hours with what they cover, and the cost its developer reported
    with what that covers; every other cost figure of these models is in the notes, with
    its number."""
    words, code = writing.words, writing.language
    figure = compute_figure(data, state, writing)
    footnotes = cost_footnotes(data)
    dots = compute_dots(data, footnotes)
    rows = []
    cited: list[str] = []
    for dot in dots:
        model = dot.model
        for cost in developer_costs(data, model) or [None]:
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
    shown = {dot.model.id for dot in dots}
    others = [note for note in footnotes if note.cost.model in shown]
    cited += [s for note in others for cost in (note.cost, *note.parts) for s in cost.sources]
    columns = (
        Column("model", words.translate("ModelFigures", "Model")),
        Column("developer", words.translate("ModelFigures", "Developer")),
        Column(
            "gpu_hours_m",
            words.translate("ModelFigures", "Training compute (millions of GPU-hours)"),
            ColumnKind.NUMBER,
            decimals_needed(dot.gpu_hours_m for dot in dots),
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
    for note in others:
        if not note.on_chart:
            also = words.translate("ModelFigures", "Also reported, not on the chart: %1")
            notes.append(f"[{note.number}] " + fill(also, cost_scope(writing, data, note.cost)))
        notes += [f"[{note.number}] {cost_scope(writing, data, part)}" for part in note.parts]
    return ChartTable(
        COMPUTE_CHART_ID,
        writing.language,
        figure.title,
        columns,
        tuple(rows),
        sources=writing.source_lines(cited),
        notes=tuple(notes),
    )
