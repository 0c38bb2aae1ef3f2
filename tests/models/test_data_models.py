"""The model comparison data: shipped files validate, match the reference facts, fail loudly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from csv_damage import Row, damage, set_cell

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.models import (
    BenchmarkTable,
    CostQualifier,
    MetricKind,
    ModelsData,
    load_models,
)
from explainer_core.data.paths import DATA_DIR

MODEL_FILES = ["models.csv", "model_costs.csv", "benchmarks.csv", "benchmarks_alt.csv"]
MODEL_FILES += ["api_prices.csv"]
SOURCE_FILES = ["models.csv", "claims.csv"]  # the registries these rows cite


@pytest.fixture(scope="module")
def models() -> ModelsData:
    return load_models()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the model files and their source registries, safe to damage."""
    (tmp_path / "sources").mkdir()
    for name in MODEL_FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    for name in SOURCE_FILES:
        shutil.copy(DATA_DIR / "sources" / name, tmp_path / "sources" / name)
    return tmp_path


def expect_problem(
    data_dir: Path, problem: Problem, file: str, line: int | None, column: str | None
) -> DataError:
    with pytest.raises(DataError) as caught:
        load_models(data_dir)
    error = caught.value
    assert (error.problem, error.file, error.row, error.column) == (problem, file, line, column)
    return error


def score(models: ModelsData, benchmark: str, model: str) -> float:
    (found,) = models.scores(benchmark=benchmark, model=model, table=BenchmarkTable.MAIN)
    return found.value


# --- the shipped files ------------------------------------------------------------------------


def test_the_shipped_model_files_validate(models):
    assert len(models.models) >= 31
    assert models.costs and models.benchmarks and models.benchmarks_alt and models.prices


@pytest.mark.process
def test_the_data_layer_never_imports_qt():
    code = (
        "import sys, explainer_core.data.models, explainer_core.data.claims; "
        "sys.exit(any(name.split('.')[0] in ('PySide6', 'PyQt6', 'pyqtgraph') "
        "for name in sys.modules))"
    )
    repository = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=repository, check=False)
    assert result.returncode == 0


def test_deepseek_v3_was_trained_for_2_788_million_h800_gpu_hours(models):
    v3 = models.model("deepseek-v3")
    assert v3.training_gpu_hours_m == 2.788
    assert v3.gpu_type == "NVIDIA H800"
    assert (v3.params_total_b, v3.params_active_b) == (671, 37)


def test_llama_3_1_405b_was_trained_for_30_84_million_h100_gpu_hours(models):
    llama = models.model("llama-3-1-405b")
    assert llama.training_gpu_hours_m == 30.84
    assert llama.gpu_type == "NVIDIA H100-80GB"


def test_r1_scores_79_8_on_aime_2024_against_79_2_for_o1_1217(models):
    assert score(models, "AIME 2024", "deepseek-r1") == 79.8
    assert score(models, "AIME 2024", "o1-2024-12-17") == 79.2


def test_r1_scores_97_3_on_math_500_against_96_4_for_o1_1217(models):
    assert score(models, "MATH-500", "deepseek-r1") == 97.3
    assert score(models, "MATH-500", "o1-2024-12-17") == 96.4


def test_benchmarks_keep_the_papers_metric_names_beside_a_metric_kind(models):
    (rating,) = models.scores(benchmark="Codeforces", metric="Rating", model="deepseek-r1")
    assert (rating.value, rating.metric_kind, rating.model_label) == (
        2029,
        MetricKind.RATING,
        "DeepSeek-R1",
    )
    (percentile,) = models.scores(benchmark="Codeforces", metric="Percentile", model="deepseek-r1")
    assert percentile.metric_kind is MetricKind.PERCENTILE and percentile.value == 96.3


def test_every_benchmark_row_of_the_facts_is_shipped_and_distilled_models_declare_their_teacher(
    models,
):
    assert len(models.benchmarks) == 253  # the facts' benchmarks.csv
    distilled = models.scores(table=BenchmarkTable.DISTILLED, model="deepseek-r1-distill-qwen-32b")
    assert distilled
    assert models.model("deepseek-r1-distill-qwen-32b").distilled_from == "deepseek-r1"


def test_conflicting_values_stay_out_of_the_canonical_scores(models):
    readme = [
        alt
        for alt in models.benchmarks_alt
        if alt.benchmark == "LiveCodeBench" and alt.model == "claude-3-5-sonnet-20241022"
    ]
    assert {alt.value for alt in readme} == {33.8, 36.3, 32.8}
    (paper,) = models.scores(
        benchmark="LiveCodeBench", model="claude-3-5-sonnet-20241022", table=BenchmarkTable.MAIN
    )
    assert paper.value == 38.9
    assert all(alt.note.text(code) for alt in readme for code in ("fr", "de", "en"))


def test_5_576_million_is_v3s_final_run_at_an_assumed_2_dollars_an_hour_with_its_exclusions(models):
    (total,) = [cost for cost in models.costs_of("deepseek-v3") if cost.id.endswith("final-run")]
    assert (total.value_usd_m, total.qualifier, total.who_said) == (
        5.576,
        CostQualifier.EXACT,
        "DeepSeek",
    )
    assert "$2" in total.basis.en and "2.788M H800" in total.basis.en
    assert "2 dollars" in total.basis.fr and "2 Dollar" in total.basis.de
    assert "research" in total.excludes.en and "staff" in total.excludes.en
    parts = [cost.value_usd_m for cost in models.costs if cost.component_of == total.id]
    assert sorted(parts) == [0.01, 0.238, 5.328]


def test_r1_reinforcement_learning_stage_costs_about_294_thousand_on_top_of_the_v3_base(models):
    (rl,) = [cost for cost in models.costs_of("deepseek-r1") if cost.who_said == "DeepSeek"]
    assert (rl.value_usd_m, rl.qualifier) == (0.294, CostQualifier.ABOUT)
    assert "147K H800 GPU-hours" in rl.basis.en and "$2" in rl.basis.en
    assert "V3 base" in rl.excludes.en


def test_gpt_4_cost_more_than_100_million_by_sam_altmans_own_words(models):
    (altman,) = [cost for cost in models.costs_of("gpt-4") if cost.who_said.startswith("Sam")]
    assert (altman.value_usd_m, altman.qualifier) == (100, CostQualifier.MORE_THAN)


def test_r1_costs_2_19_dollars_per_million_output_tokens_in_january_2025(models):
    january = date(2025, 1, 27)
    (price,) = [
        price
        for price in models.prices_of("deepseek-r1")
        if price.effective_from and price.effective_from <= january
        if price.effective_to is None or january < price.effective_to
    ]
    assert (price.api_id, price.output_usd_per_m) == ("deepseek-reasoner", 2.19)
    assert (price.input_cache_miss_usd_per_m, price.input_cache_hit_usd_per_m) == (0.55, 0.14)


def test_texts_read_in_the_users_language_and_fall_back_to_french(models):
    v3 = models.model("deepseek-v3")
    assert v3.note is not None
    assert v3.note.text("de").startswith("Angaben von DeepSeek")
    assert v3.note.text("xx") == v3.note.fr


# --- damaged files ----------------------------------------------------------------------------


def test_a_missing_column_names_the_file_and_the_column(data_copy):
    damage(data_copy / "models.csv", lambda rows: rows, drop="params_total_b")
    expect_problem(data_copy, Problem.MISSING_COLUMN, "models.csv", None, "params_total_b")


def test_a_benchmark_value_that_is_not_a_number_is_reported_with_its_line(data_copy):
    damage(data_copy / "benchmarks.csv", set_cell(4, "value", "8O.3"))
    error = expect_problem(data_copy, Problem.BAD_NUMBER, "benchmarks.csv", 6, "value")
    assert error.value == "8O.3"


def test_a_percentage_above_100_is_out_of_range(data_copy):
    damage(data_copy / "benchmarks.csv", set_cell(0, "value", "188.3"))
    expect_problem(data_copy, Problem.OUT_OF_RANGE, "benchmarks.csv", 2, "value")


def test_an_unknown_source_id_is_reported(data_copy):
    damage(data_copy / "model_costs.csv", set_cell(1, "sources", "mdl-nowhere"))
    error = expect_problem(data_copy, Problem.UNKNOWN_SOURCE, "model_costs.csv", 3, "sources")
    assert error.value == "mdl-nowhere"


def test_a_missing_translation_names_the_language_column(data_copy):
    damage(data_copy / "api_prices.csv", set_cell(2, "note_de", ""))
    expect_problem(data_copy, Problem.MISSING_TRANSLATION, "api_prices.csv", 4, "note_de")


def test_a_cost_figure_without_its_basis_is_refused(data_copy):
    def strip_basis(rows: list[Row]) -> list[Row]:
        for code in ("fr", "de", "en"):
            rows[0][f"basis_{code}"] = ""
        return rows

    damage(data_copy / "model_costs.csv", strip_basis)
    expect_problem(data_copy, Problem.MISSING_TRANSLATION, "model_costs.csv", 2, "basis_fr")


def test_a_duplicate_benchmark_row_is_reported_where_it_repeats(data_copy):
    damage(data_copy / "benchmarks.csv", lambda rows: [*rows[:3], rows[1], *rows[3:]])
    expect_problem(
        data_copy, Problem.DUPLICATE_ROW, "benchmarks.csv", 5, "benchmark, metric, model, table"
    )


def test_a_benchmark_of_an_unknown_model_is_refused(data_copy):
    damage(data_copy / "benchmarks.csv", set_cell(0, "model", "mystery-model"))
    expect_problem(data_copy, Problem.BAD_CHOICE, "benchmarks.csv", 2, "model")


def test_a_cost_without_a_value_must_be_marked_unquantified(data_copy):
    damage(data_copy / "model_costs.csv", set_cell(0, "value_usd_m", ""))
    expect_problem(data_copy, Problem.INCONSISTENT, "model_costs.csv", 2, "value_usd_m")


def test_a_price_period_that_ends_before_it_starts_is_refused(data_copy):
    damage(data_copy / "api_prices.csv", set_cell(0, "effective_to", "2025-01-01"))
    expect_problem(data_copy, Problem.INCONSISTENT, "api_prices.csv", 2, "effective_to")
