"""The model-benchmarks chart as a figure and a table: the scores of the DeepSeek-R1 paper's
Table 4 (or Table 5, the distilled models), grouped by benchmark, one bar per model.

Scores from 0 to 100 share one plot; a measure on another scale (a Codeforces rating) gets
a plot and an axis of its own below it, never the same axis. A score another source gives
differently carries a note mark ``[n]`` and its note.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.data.models import BenchmarkTable, ModelsData
from explainer_core.figure import (
    Axis,
    Bar,
    Bars,
    Category,
    Figure,
    Grid,
    Legend,
    LegendEntry,
    LegendSymbol,
    Plot,
)
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import linear_levels
from explainer_core.models.comparison import (
    DEFAULT_MEASURE_KEYS,
    HIGHLIGHTED_MODEL,
    decimals_needed,
)
from explainer_core.models.figures_common import (
    OPENAI_REPORTED_MODEL,
    OTHER_MODEL_COLOUR,
    emphasised_models,
    exact_number,
    labelled,
    measure_text,
    metric_name,
    nice_top,
    source_line,
)
from explainer_core.models.shown_scores import (
    R1_PAPER,
    ShownGroup,
    ShownScore,
    bar_colours,
    footnote_numbers,
    models_in_order,
    shown_groups,
)
from explainer_core.templates import fill

BENCHMARKS_CHART_ID = "model-benchmarks"
PERCENT_MAX = 100.0


@dataclass(frozen=True)
class BenchmarksState:
    # The chosen benchmarks (``benchmark|metric`` keys); shown in the list's order, not this.
    measure_keys: tuple[str, ...] = DEFAULT_MEASURE_KEYS
    sort_by_score: bool = False  # bars of each group highest first
    table: BenchmarkTable = BenchmarkTable.MAIN  # DISTILLED: Table 5, every measure of it
    highlighted: str | None = None  # a model id singled out (outlined), besides R1


def default_benchmarks_state(_data: ModelsData) -> BenchmarksState:
    return BenchmarksState()


def groups_shown(data: ModelsData, state: BenchmarksState) -> list[ShownGroup]:
    return shown_groups(data, state.measure_keys, state.table, state.sort_by_score)


# --- the figure --------------------------------------------------------------------------------


def benchmarks_figure(data: ModelsData, state: BenchmarksState, writing: Writing) -> Figure:
    words = writing.words
    groups = groups_shown(data, state)
    distilled = state.table is BenchmarkTable.DISTILLED
    colours = bar_colours(data, state.table)
    emphasised = emphasised_models(state.highlighted)
    notes_of = footnote_numbers(groups)
    plots = _plots(groups, colours, emphasised, notes_of, writing)
    legend = Legend(
        tuple(
            LegendEntry(
                label,
                colours.get(model, OTHER_MODEL_COLOUR),
                LegendSymbol.BAR,
                emphasised=model in emphasised,
            )
            for model, label in models_in_order(data, state.table)
        )
    )
    if distilled:
        title = words.translate(
            "ModelFigures", "Distilled models: small models fine-tuned on R1's answers"
        )
        subtitle = words.translate(
            "ModelFigures",
            "Scores in the DeepSeek-R1 paper's table of distilled models; higher is better.",
        )
        lead = words.translate("ModelFigures", "Source: DeepSeek-R1 paper, Table 5.")
    else:
        title = words.translate(
            "ModelFigures", "DeepSeek-R1 against the models it was compared with"
        )
        subtitle = words.translate(
            "ModelFigures",
            "Scores as published in the DeepSeek-R1 paper; higher is better.",
        )
        lead = words.translate("ModelFigures", "Source: DeepSeek-R1 paper, Table 4.")
    if not groups:
        subtitle = words.translate("ModelFigures", "No benchmark is chosen.")
    if groups and state.sort_by_score and not distilled:
        subtitle += " " + words.translate(
            "ModelFigures", "Within each benchmark, bars are sorted by score."
        )
    cited = [source for group in groups for score in group.scores for source in score.sources]
    cited += [
        source
        for group in groups
        for score in group.scores
        for alt in score.caveats
        for source in alt.sources
    ]
    return Figure(
        plots,
        title=title,
        subtitle=subtitle,
        notes=_notes(groups, notes_of, writing),
        source=source_line(writing, lead, cited or [R1_PAPER]),
        description=_description(groups, distilled, writing),
        legend=legend if groups else None,
        language=writing.language,
        figure_id=BENCHMARKS_CHART_ID,
    )


def _plots(
    groups: list[ShownGroup],
    colours: dict[str, str],
    emphasised: set[str],
    notes_of: dict[str, int],
    writing: Writing,
) -> tuple[Plot, ...]:
    words = writing.words
    percent = [group for group in groups if group.measure.shares_percent_axis]
    others = [group for group in groups if not group.measure.shares_percent_axis]
    plots = []
    several = (bool(percent) and bool(others)) or len(others) > 1
    if percent:
        axis = Axis.linear(
            0.0,
            PERCENT_MAX,
            linear_levels(0.0, PERCENT_MAX, lambda v: writing.formatter.number(v)),
            words.translate("ModelFigures", "Score (0 to 100)"),
        )
        title = words.translate("ModelFigures", "Scores from 0 to 100") if several else ""
        plots.append(_bar_plot(percent, axis, title, colours, emphasised, notes_of, writing))
    for group in others:
        top = nice_top(max((s.value for s in group.scores if s.value is not None), default=1.0))
        axis = Axis.linear(
            0.0,
            top,
            linear_levels(0.0, top, lambda v: writing.formatter.number(v)),
            fill(
                words.translate("ModelFigures", "%1 (its own scale, no upper bound)"),
                measure_text(words, group.measure),
            ),
        )
        title = measure_text(words, group.measure) if several else ""
        plots.append(_bar_plot([group], axis, title, colours, emphasised, notes_of, writing))
    if not plots:
        empty = Axis.linear(0.0, 1.0, grid=Grid.NONE)
        plots.append(Plot(Axis.linear(0.0, PERCENT_MAX), empty, ()))
    return tuple(plots)


def _bar_plot(
    groups: list[ShownGroup],
    value_axis: Axis,
    title: str,
    colours: dict[str, str],
    emphasised: set[str],
    notes_of: dict[str, int],
    writing: Writing,
) -> Plot:
    bars = []
    for group in groups:
        for score in group.scores:
            bars.append(
                Bar(
                    group.measure.key,
                    score.value,
                    _bar_label(group, score, writing),
                    colours.get(score.model, OTHER_MODEL_COLOUR),
                    score.label,
                    emphasised=score.model in emphasised,
                )
            )
    categories = [
        Category(group.measure.key, _category_label(group, notes_of, writing)) for group in groups
    ]
    return Plot(
        value_axis,
        Axis.category(categories),
        (Bars(tuple(bars)),),
        title,
        height_weight=float(sum(len(group.scores) for group in groups) + 3),
    )


def _category_label(group: ShownGroup, notes_of: dict[str, int], writing: Writing) -> str:
    label = measure_text(writing.words, group.measure, "\n")
    number = notes_of.get(group.measure.key)
    return label if number is None else f"{label} [{number}]"


def _bar_label(group: ShownGroup, score: ShownScore, writing: Writing) -> str:
    if score.value is None:
        return writing.words.translate("ModelFigures", "not reported")
    return exact_number(writing, score.value, group.decimals)


def _notes(groups: list[ShownGroup], notes_of: dict[str, int], writing: Writing) -> tuple[str, ...]:
    words = writing.words
    notes = []
    drawn = [score for group in groups for score in group.scores]
    openai = [s for s in drawn if s.model == OPENAI_REPORTED_MODEL and s.value is not None]
    if openai:
        notes.append(
            fill(
                words.translate("ModelFigures", "The %1 scores are those OpenAI reported."),
                openai[0].label,
            )
        )
    if any(score.value is None for score in drawn):
        notes.append(
            words.translate("ModelFigures", "“Not reported” marks a dash in the paper's table.")
        )
    for group in groups:
        number = notes_of.get(group.measure.key)
        if number is None:
            continue
        given = "; ".join(
            f"{score.label} {other_values(group, score, writing)}"
            for score in group.scores
            if score.caveats
        )
        notes.append(
            f"[{number}] "
            + fill(
                words.translate("ModelFigures", "%1, values other sources give: %2."),
                measure_text(words, group.measure),
                given,
            )
        )
    return tuple(notes)


def other_values(group: ShownGroup, score: ShownScore, writing: Writing) -> str:
    """``51.6 in the DeepSeek-V3 report``, each value another source gives for a score, with
    the metric's label where that source names it otherwise."""
    words = writing.words
    parts = []
    for alt in score.caveats:
        where = _document_name(alt.table, writing)
        if alt.value is None:
            part = fill(words.translate("ModelFigures", "no value in %1"), where)
        else:
            decimals = max(group.decimals, decimals_needed([alt.value]))
            part = fill(
                words.translate("ModelFigures", "%1 in %2"),
                exact_number(writing, alt.value, decimals),
                where,
            )
        if alt.metric != group.measure.metric:
            part += " " + fill(words.translate("ModelFigures", "(as “%1”)"), alt.metric)
        parts.append(part)
    return ", ".join(parts)


def _document_name(table: BenchmarkTable, writing: Writing) -> str:
    words = writing.words
    names = {
        BenchmarkTable.MAIN: words.translate("ModelFigures", "the R1 paper's Table 4"),
        BenchmarkTable.DISTILLED: words.translate("ModelFigures", "the R1 paper's Table 5"),
        BenchmarkTable.R1_ZERO: words.translate("ModelFigures", "the R1 paper's Table 2"),
        BenchmarkTable.V3_REPORT: words.translate("ModelFigures", "the DeepSeek-V3 report"),
        BenchmarkTable.R1_0528_CARD: words.translate(
            "ModelFigures", "the DeepSeek-R1-0528 model card"
        ),
        BenchmarkTable.META_CARD: words.translate("ModelFigures", "Meta's model card"),
        BenchmarkTable.R1_README: words.translate("ModelFigures", "the DeepSeek-R1 README"),
    }
    return names[table]


def _description(groups: list[ShownGroup], distilled: bool, writing: Writing) -> str:
    words = writing.words
    if not groups:
        return words.translate("ModelFigures", "No benchmark is chosen.")
    models = {score.model for group in groups for score in group.scores}
    if distilled:
        lead = fill(
            words.translate(
                "ModelFigures",
                "Grouped bar chart of the scores of %1 models on %2 benchmarks, from the "
                "DeepSeek-R1 paper's table of distilled models (Table 5).",
            ),
            writing.formatter.number(len(models)),
            writing.formatter.number(len(groups)),
        )
    else:
        lead = fill(
            words.translate(
                "ModelFigures",
                "Grouped bar chart of the scores of %1 models on %2 benchmarks, from the "
                "DeepSeek-R1 paper (Table 4).",
            ),
            writing.formatter.number(len(models)),
            writing.formatter.number(len(groups)),
        )
    facts = []
    for group in groups:
        known = [score for score in group.scores if score.value is not None]
        if not known:
            continue
        best = max(known, key=lambda score: score.value)
        r1 = next((score for score in known if score.model == HIGHLIGHTED_MODEL), None)
        highest = fill(
            words.translate("ModelFigures", "highest %1 (%2)"),
            exact_number(writing, best.value, group.decimals),
            best.label,
        )
        if r1 is not None and r1 is not best:
            highest = f"{r1.label} {exact_number(writing, r1.value, group.decimals)}, {highest}"
        facts.append(labelled(writing, measure_text(writing.words, group.measure), highest))
    return lead + " " + "; ".join(facts) + "."


# --- the table ---------------------------------------------------------------------------------


def benchmarks_table(data: ModelsData, state: BenchmarksState, writing: Writing) -> ChartTable:
    """One row a bar: model, benchmark, metric, score (every digit), where it is read from,
    and what other sources give."""
    words = writing.words
    groups = groups_shown(data, state)
    figure = benchmarks_figure(data, state, writing)
    table_names = {
        BenchmarkTable.MAIN: words.translate("ModelFigures", "DeepSeek-R1 paper, Table 4"),
        BenchmarkTable.DISTILLED: words.translate("ModelFigures", "DeepSeek-R1 paper, Table 5"),
    }
    rows = []
    cited: list[str] = []
    decimals = 0
    for group in groups:
        decimals = max(decimals, group.decimals)
        for score in group.scores:
            rows.append(
                (
                    score.label,
                    group.measure.benchmark,
                    group.measure.metric,
                    metric_name(words, group.measure.kind),
                    score.value,
                    table_names.get(score.table, "") if score.table else "",
                    caveat_text(score, writing),
                )
            )
            cited += score.sources
            cited += [source for alt in score.caveats for source in alt.sources]
    columns = (
        Column("model", words.translate("ModelFigures", "Model")),
        Column("benchmark", words.translate("ModelFigures", "Benchmark")),
        Column("metric", words.translate("ModelFigures", "Metric (as in the source)")),
        Column("measure", words.translate("ModelFigures", "What is measured")),
        Column("score", words.translate("ModelFigures", "Score"), ColumnKind.NUMBER, decimals),
        Column("read_from", words.translate("ModelFigures", "Read from")),
        Column("caveat", words.translate("ModelFigures", "Other sources")),
    )
    return ChartTable(
        BENCHMARKS_CHART_ID,
        writing.language,
        figure.title,
        columns,
        tuple(rows),
        sources=writing.source_lines(cited or [R1_PAPER]),
        notes=figure.notes,
    )


def caveat_text(score: ShownScore, writing: Writing) -> str:
    """What other sources give for a score, each value followed by the data's note on it."""
    words = writing.words
    texts = []
    for alt in score.caveats:
        if alt.value is None:
            given = words.translate("ModelFigures", "Another source gives no value.")
        else:
            given = fill(
                words.translate("ModelFigures", "Another source gives %1."),
                exact_number(writing, alt.value),
            )
        texts.append(f"{given} {alt.note.text(writing.language)}")
    return " ".join(texts)
