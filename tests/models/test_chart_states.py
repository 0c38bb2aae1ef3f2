"""What a model chart shows for the item a claim names, whatever the reader left (no Qt)."""

from __future__ import annotations

import pytest

from explainer_core.data.models import ModelsData, load_models
from explainer_core.models.chart_states import ChartState, Section, chart_state_for
from explainer_core.models.comparison import DEFAULT_MEASURE_KEYS, DEFAULT_PRICE_MEASURE_KEY
from explainer_core.models.states import BenchmarksState, ComputeState, PriceState


@pytest.fixture(scope="module")
def data() -> ModelsData:
    return load_models()


def test_a_benchmark_adds_its_measures_to_the_default_ones(data):
    state = chart_state_for(data, Section.BENCHMARKS, "Codeforces")
    assert set(DEFAULT_MEASURE_KEYS) < set(state.chart.measure_keys)
    assert "Codeforces|Rating" in state.chart.measure_keys
    assert state.current_measure == "Codeforces|Percentile" and state.model is None
    assert state.chart.highlighted is None


def test_a_model_is_highlighted_on_the_chart_that_shows_it(data):
    compute = chart_state_for(data, Section.COMPUTE, "DeepSeek-V3")
    assert (compute.model, compute.chart) == ("deepseek-v3", ComputeState("deepseek-v3"))
    assert chart_state_for(data, Section.COMPUTE, "GPT-4").model == "gpt-4"
    price = chart_state_for(data, Section.PRICE, "DeepSeek-V3")
    assert price.chart == PriceState(DEFAULT_PRICE_MEASURE_KEY, "deepseek-v3")
    bench = chart_state_for(data, Section.BENCHMARKS, "deepseek-v3")
    assert bench.chart == BenchmarksState(DEFAULT_MEASURE_KEYS, highlighted="deepseek-v3")


def test_a_benchmark_on_the_price_chart_becomes_its_score_axis(data):
    state = chart_state_for(data, Section.PRICE, "MATH-500")
    assert state.chart == PriceState("MATH-500|Pass@1")


def test_an_empty_item_is_the_chart_as_it_opens(data):
    assert chart_state_for(data, Section.BENCHMARKS, "") == ChartState(
        Section.BENCHMARKS, BenchmarksState()
    )
    assert chart_state_for(data, Section.PRICE, "").chart == PriceState()


@pytest.mark.parametrize(
    ("section", "item"),
    [
        (Section.BENCHMARKS, "No such benchmark"),
        (Section.BENCHMARKS, "Llama 3.1 405B"),  # not in the paper's main table
        (Section.COMPUTE, "AIME 2024"),
        (Section.PRICE, "Llama 3.1 405B"),  # no API price in the data
    ],
)
def test_an_item_the_chart_cannot_show_is_refused(data, section, item):
    assert chart_state_for(data, section, item) is None
