"""What the model comparison puts side by side, without Qt: figures equal the data."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer_core.data.models import (
    BenchmarkTable,
    MetricKind,
    ModelsData,
    PriceTier,
    load_models,
)
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    DEFAULT_MEASURE_KEYS,
    HIGHLIGHTED_MODEL,
    caveats_for,
    decimals_needed,
    distilled_table,
    measure_by_key,
    measures,
    score_group,
    split_by_scale,
)
from explainer_core.models.compute import compute_models, cost_footnotes, footnote_numbers
from explainer_core.models.openness import openness_models
from explainer_core.models.prices import PRICE_DAY, Missing, price_on, price_points

O1 = "o1-2024-12-17"


@pytest.fixture(scope="module")
def data() -> ModelsData:
    return load_models()


def test_the_six_models_of_the_r1_paper_start_with_r1(data):
    assert COMPARISON_MODELS[0] == HIGHLIGHTED_MODEL == "deepseek-r1"
    labels = [
        score_group(data, measure_by_key(data, "AIME 2024|Pass@1")).entries[i] for i in range(6)
    ]
    assert [entry.score.model_label for entry in labels] == [
        "DeepSeek-R1",
        "OpenAI-o1-1217",
        "OpenAI-o1-mini",
        "GPT-4o-0513",
        "Claude-3.5-Sonnet-1022",
        "DeepSeek-V3",
    ]


@pytest.mark.parametrize(
    ("key", "r1", "o1"), [("AIME 2024|Pass@1", 79.8, 79.2), ("MATH-500|Pass@1", 97.3, 96.4)]
)
def test_scores_are_those_of_the_paper(data, key, r1, o1):
    group = score_group(data, measure_by_key(data, key))
    assert group.value_of(HIGHLIGHTED_MODEL) == r1
    assert group.value_of(O1) == o1
    assert group.decimals == 1


def test_every_main_table_benchmark_is_selectable_and_the_defaults_exist(data):
    keys = {measure.key for measure in measures(data)}
    assert set(DEFAULT_MEASURE_KEYS) <= keys
    assert {score.benchmark for score in data.scores(table=BenchmarkTable.MAIN)} == {
        key.split("|")[0] for key in keys
    }


def test_sorting_puts_the_highest_first_and_a_missing_score_last(data):
    group = score_group(data, measure_by_key(data, "MMLU-Redux|EM"), sort_by_score=True)
    values = [entry.score.value for entry in group.entries if entry.score]
    assert values == sorted(values, reverse=True)
    assert group.entries[-1].model == O1 and group.entries[-1].score is None


def test_a_rating_never_shares_the_percent_axis(data):
    percent, others = split_by_scale(measures(data))
    assert [m.key for m in others] == ["Codeforces|Rating"]
    assert all(m.kind.is_percent for m in percent)
    assert measure_by_key(data, "Codeforces|Rating").kind is MetricKind.RATING


@pytest.mark.parametrize(
    ("values", "decimals"),
    [([65.0, 71.5], 1), ([2029.0, 717.0], 0), ([0.147], 3), ([7.0], 0), ([30.84, 2.788], 3)],
)
def test_decimals_are_as_many_as_the_values_need(values, decimals):
    assert decimals_needed(values) == decimals


def test_caveats_come_from_the_alternative_values(data):
    claude = "claude-3-5-sonnet-20241022"
    measure = measure_by_key(data, "LiveCodeBench|Pass@1-COT")
    caveats = caveats_for(data, measure, claude)
    assert caveats and all(alt.note.en for alt in caveats)
    # The V3 report's "Pass@1" is the label Table 4 writes "Pass@1-COT": a caveat too.
    assert {alt.metric for alt in caveats} == {"Pass@1-COT", "Pass@1"}


def test_a_caveat_belongs_to_its_metric_not_to_every_metric_of_the_benchmark(data):
    """The README's pass@1 for QwQ is not a caveat of its cons@64 score (same benchmark)."""
    qwq, table = "qwq-32b-preview", BenchmarkTable.DISTILLED
    pass_at_1 = caveats_for(data, measure_by_key(data, "AIME 2024|Pass@1", table), qwq, table)
    cons_at_64 = caveats_for(data, measure_by_key(data, "AIME 2024|Cons@64", table), qwq, table)
    assert [alt.value for alt in pass_at_1] == [44.0]
    assert cons_at_64 == ()


def test_a_measure_names_its_metric_in_the_readers_language(data):
    gpqa = next(m for m in measures(data, BenchmarkTable.META_CARD) if m.benchmark == "GPQA")
    assert gpqa.metric_label("en") == gpqa.metric == "0-shot em (full GPQA, not Diamond)"
    assert gpqa.metric_label("fr") == "0-shot em (GPQA complet, pas Diamond)"
    assert gpqa.metric_label("de") == "0-shot em (vollständiges GPQA, nicht Diamond)"


# --- prices ---------------------------------------------------------------------------------


def test_the_price_is_the_one_in_force_on_the_day_of_the_shock(data):
    assert price_on(data, "deepseek-r1").output_usd_per_m == 2.19
    assert price_on(data, "o1-mini").output_usd_per_m == 12.0
    assert price_on(data, "o1-mini", dt.date(2025, 2, 1)).output_usd_per_m == 4.4
    v3 = price_on(data, "deepseek-v3")
    assert (v3.tier, v3.output_usd_per_m) == (PriceTier.PROMOTIONAL, 0.28)
    assert price_on(data, "gemini-1-5-pro").tier is PriceTier.PROMPT_UP_TO_128K


def test_price_points_pair_a_score_and_a_price_of_the_same_model(data):
    points, missing = price_points(data, measure_by_key(data, "AIME 2024|Pass@1"))
    pairs = {point.model.id: (point.score.value, point.price.output_usd_per_m) for point in points}
    assert pairs[HIGHLIGHTED_MODEL] == (79.8, 2.19)
    assert pairs[O1] == (79.2, 60.0)
    for point in points:
        assert point.price.model == point.score.model == point.model.id
        assert point.price.effective_to is None or point.price.effective_to > PRICE_DAY
    reasons = {model.id: why for model, why in missing}
    # The benchmarked GPT-4o snapshot had another price than the gpt-4o alias.
    assert reasons["gpt-4o-2024-05-13"] is Missing.NO_PRICE
    assert reasons["gpt-4o"] is Missing.NO_SCORE


# --- compute and cost -----------------------------------------------------------------------


def test_compute_models_are_those_with_gpu_hours_most_first(data):
    shown = {
        model.id: (model.training_gpu_hours_m, model.gpu_type) for model in compute_models(data)
    }
    assert shown["deepseek-v3"] == (2.788, "NVIDIA H800")
    assert shown["llama-3-1-405b"] == (30.84, "NVIDIA H100-80GB")
    assert shown["deepseek-r1"][0] == 0.147
    hours = [model.training_gpu_hours_m for model in compute_models(data)]
    assert hours == sorted(hours, reverse=True)


def test_every_cost_figure_has_one_note_and_parts_are_read_under_their_total(data):
    footnotes = cost_footnotes(data)
    noted = [cost.id for f in footnotes for cost in (f.cost, *f.parts)]
    assert sorted(noted) == sorted(cost.id for cost in data.costs)
    assert [f.number for f in footnotes] == list(range(1, len(footnotes) + 1))
    for footnote in footnotes:
        assert footnote.cost.component_of is None
        assert all(part.component_of == footnote.cost.id for part in footnote.parts)


def test_the_costs_the_dots_give_come_first_so_a_figures_notes_run_from_1(data):
    footnotes = cost_footnotes(data)
    on_chart = [f.cost.id for f in footnotes if f.on_chart]
    assert on_chart == ["deepseek-v3-final-run", "deepseek-r1-rl-stage"]  # the dots' order
    assert [f.number for f in footnotes if f.on_chart] == [1, 2]
    v3 = footnote_numbers(footnotes, "deepseek-v3")
    assert [f.cost.id for f in footnotes if f.number in v3] == [
        "deepseek-v3-final-run",
        "epoch-deepseek-v3",
    ]


# --- distilled models and openness ----------------------------------------------------------


def test_the_distilled_table_is_table_5_with_repeated_baselines_flagged(data):
    table = distilled_table(data)
    assert [m.key for m in table.measures[:2]] == ["AIME 2024|Pass@1", "AIME 2024|Cons@64"]
    rows = {row.model: row for row in table.rows}
    qwen_32b = rows["deepseek-r1-distill-qwen-32b"].cells
    assert (qwen_32b[0].value, qwen_32b[0].table) == (72.6, BenchmarkTable.DISTILLED)
    gpt_4o = rows["gpt-4o-2024-05-13"].cells
    assert (gpt_4o[0].value, gpt_4o[0].table) == (9.3, BenchmarkTable.MAIN)
    assert (gpt_4o[1].value, gpt_4o[1].table) == (13.4, BenchmarkTable.DISTILLED)
    assert table.decimals[-1] == 0  # the Codeforces rating


def test_openness_shows_the_models_of_january_2025_unless_asked_for_more(data):
    shown = [model.id for model in openness_models(data)]
    assert shown[0] == "deepseek-r1"
    assert "deepseek-r1-0528" not in shown and "gpt-4o" not in shown
    everything = [model.id for model in openness_models(data, include_later=True)]
    assert {"deepseek-r1-0528", "gpt-4o"} <= set(everything)
    assert len(everything) == len(data.models)


# --- what moved out of the view -------------------------------------------------------------


def test_the_introduction_figures_come_from_the_data(data):
    from explainer_core.models.compute import headline_cost
    from explainer_core.models.headline import headline_figures

    figures = headline_figures(data)
    # The names come with the figures, from the same constants.
    assert (figures.benchmark, figures.model, figures.reference_model) == (
        "AIME 2024",
        "DeepSeek-R1",
        "OpenAI-o1-1217",
    )
    assert (figures.score, figures.reference_score, figures.score_decimals) == (79.8, 79.2, 1)
    assert (figures.output_price, figures.reference_output_price) == (2.19, 60.0)
    assert figures.cost_usd == headline_cost(data).value_usd_m * 1_000_000 == 5_576_000


def test_each_compute_dot_carries_its_basis_and_exact_hours(data):
    from explainer_core.models.compute import ComputeRole, compute_dots

    dots = {dot.model.id: dot for dot in compute_dots(data, cost_footnotes(data))}
    r1, v3, llama = dots["deepseek-r1"], dots["deepseek-v3"], dots["llama-3-1-405b"]
    assert (r1.role, v3.role, llama.role) == (
        ComputeRole.HIGHLIGHTED,
        ComputeRole.SAME_DEVELOPER,
        ComputeRole.OTHER,
    )
    assert r1.on_top_of == "DeepSeek-V3-Base" and llama.on_top_of is None
    assert (v3.gpu_hours, v3.decimals) == (2_788_000, 3)
    assert llama.developer == "Meta" and not llama.costs
    assert [note.cost.id for note in v3.costs] == ["deepseek-v3-final-run"]


def test_parameters_say_active_only_for_a_mixture_of_experts(data):
    from explainer_core.models.openness import parameters_of

    r1 = parameters_of(data.model("deepseek-r1"))
    assert (r1.total_b, r1.active_b) == (671.0, 37.0)
    dense = parameters_of(data.model("llama-3-1-405b"))
    assert dense.active_b is None
