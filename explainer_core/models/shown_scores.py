"""Which scores the model-benchmarks chart shows, group by group: the chosen measures of
the DeepSeek-R1 paper's Table 4 (or every measure of Table 5, the distilled models), each
score with where it is read from and what other sources give for it. No texts, no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from explainer_core.data.models import AltBenchmarkScore, BenchmarkTable, ModelsData
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    Measure,
    distilled_table,
    measures,
    model_label,
    score_group,
    split_by_scale,
)
from explainer_core.models.figures_common import model_colours

R1_PAPER = "mdl-deepseek-r1-paper"  # the scores' source: Tables 4 and 5

# Table 5's models: the baselines in greys, R1's distilled models in two ramps, Qwen-based
# in blues and Llama-based in vermillions, lighter for smaller models.
BASELINE_GREYS = ("#4D4D4D", "#7A7A7A", "#A3A3A3", "#C4C4C4")
QWEN_BLUES = ("#9ECAE9", "#56B4E9", "#0072B2", "#023E6B")
LLAMA_REDS = ("#F4A582", "#D55E00")


@dataclass(frozen=True)
class ShownScore:
    model: str  # model id
    label: str  # the model as the paper's table names it
    value: float | None  # None: a dash in the paper
    table: BenchmarkTable | None  # the table the value is read from
    sources: tuple[str, ...]
    caveats: tuple[AltBenchmarkScore, ...]  # what other sources give for it


@dataclass(frozen=True)
class ShownGroup:
    measure: Measure
    scores: tuple[ShownScore, ...]
    decimals: int  # one count of decimals for the group, so its scores read alike
    table: BenchmarkTable = BenchmarkTable.MAIN  # the paper's table the chart shows


def caveats_of(
    data: ModelsData, measure: Measure, model_id: str, table: BenchmarkTable
) -> tuple[AltBenchmarkScore, ...]:
    """Values other sources give for this score. Unlike ``comparison.caveats_for`` (same
    benchmark and model), an alternative is matched to the metric too, unless its metric
    label is one the table does not use for that benchmark (``Pass@1`` beside Table 4's
    ``Pass@1-COT``): a README's pass@1 is not a caveat of a cons@64 score."""
    used = {score.metric for score in data.scores(benchmark=measure.benchmark, table=table)}
    return tuple(
        alt
        for alt in data.benchmarks_alt
        if alt.benchmark == measure.benchmark
        and alt.model == model_id
        and (alt.metric == measure.metric or alt.metric not in used)
    )


def chosen_measures(
    data: ModelsData, keys: Iterable[str], table: BenchmarkTable = BenchmarkTable.MAIN
) -> list[Measure]:
    """The measures shown: the chosen ones in list (file) order; Table 5's all (the screen
    offers no choice there)."""
    if table is BenchmarkTable.DISTILLED:
        return list(distilled_table(data).measures)
    wanted = set(keys)
    return [measure for measure in measures(data) if measure.key in wanted]


def shown_groups(
    data: ModelsData,
    keys: Iterable[str],
    table: BenchmarkTable = BenchmarkTable.MAIN,
    sort_by_score: bool = False,
) -> list[ShownGroup]:
    """Every group of bars, in reading order: the 0–100 measures, then the others."""
    percent, others = split_by_scale(chosen_measures(data, keys, table))
    ordered = percent + others
    if table is BenchmarkTable.DISTILLED:
        return _distilled_groups(data, ordered)
    groups = []
    for measure in ordered:
        group = score_group(data, measure, sort_by_score=sort_by_score)
        scores = tuple(
            ShownScore(
                entry.model,
                model_label(data, entry.model),
                entry.score.value if entry.score else None,
                BenchmarkTable.MAIN if entry.score else None,
                entry.score.sources if entry.score else (R1_PAPER,),
                caveats_of(data, measure, entry.model, BenchmarkTable.MAIN),
            )
            for entry in group.entries
        )
        groups.append(ShownGroup(measure, scores, group.decimals))
    return groups


def _distilled_groups(data: ModelsData, ordered: list[Measure]) -> list[ShownGroup]:
    table = distilled_table(data)
    groups = []
    for measure in ordered:
        column = table.measures.index(measure)
        scores = []
        for row in table.rows:
            cell = row.cells[column]
            found = (
                data.scores(
                    benchmark=measure.benchmark,
                    metric=measure.metric,
                    model=row.model,
                    table=cell.table,
                )
                if cell
                else ()
            )
            scores.append(
                ShownScore(
                    row.model,
                    row.label,
                    cell.value if cell else None,
                    cell.table if cell else None,
                    found[0].sources if found else (R1_PAPER,),
                    caveats_of(data, measure, row.model, BenchmarkTable.DISTILLED),
                )
            )
        groups.append(
            ShownGroup(measure, tuple(scores), table.decimals[column], BenchmarkTable.DISTILLED)
        )
    return groups


def footnote_numbers(groups: list[ShownGroup]) -> dict[str, int]:
    """A note number for every benchmark with a caveat (measure key → n), in the order a
    reader meets them: plot by plot, top to bottom. The mark goes beside the benchmark's
    name, which the renderer never leaves out, unlike a bar's value when bars are thin."""
    numbers: dict[str, int] = {}
    for group in groups:
        if any(score.caveats for score in group.scores):
            numbers[group.measure.key] = len(numbers) + 1
    return numbers


def bar_colours(data: ModelsData, table: BenchmarkTable) -> dict[str, str]:
    """The main chart's colours are the screen's; Table 5's models are many more than the
    palette's colours: its baselines grey, R1's distilled models in two ramps by family."""
    if table is BenchmarkTable.MAIN:
        return model_colours()
    colours: dict[str, str] = {}
    rows = distilled_table(data).rows
    baselines = [row.model for row in rows if not data.model(row.model).distilled_from]
    distilled = [row.model for row in rows if data.model(row.model).distilled_from]
    for index, model in enumerate(baselines):
        colours[model] = BASELINE_GREYS[index % len(BASELINE_GREYS)]
    # The family is the base model's: Llama-3.1-8B, Qwen2.5-Math-7B …
    llama = [m for m in distilled if (data.model(m).base_model or "").lower().startswith("llama")]
    qwen = [model for model in distilled if model not in llama]
    for family, ramp in ((qwen, QWEN_BLUES), (llama, LLAMA_REDS)):
        for index, model in enumerate(family):
            colours[model] = ramp[min(index, len(ramp) - 1)]
    return colours


def models_in_order(data: ModelsData, table: BenchmarkTable) -> list[tuple[str, str]]:
    """(model id, the paper's label) of every model of the table, in the table's order."""
    if table is BenchmarkTable.DISTILLED:
        return [(row.model, row.label) for row in distilled_table(data).rows]
    return [(model, model_label(data, model)) for model in COMPARISON_MODELS]
