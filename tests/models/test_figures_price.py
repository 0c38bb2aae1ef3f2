"""The model-price figure and table: the input and output prices in force on 27 January
2025, promotions marked, the ratio of o1's price to R1's computed from the data; or, when
asked, the screen's scatter of output price against a score."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from figure_checks import writing_in

from explainer_core.data.models import (
    ApiPrice,
    BenchmarkTable,
    ModelsData,
    PriceTier,
    load_models,
)
from explainer_core.figure import AxisScale, Bars, Figure, Points
from explainer_core.models.comparison import model_label
from explainer_core.models.figures import BUILDERS
from explainer_core.models.figures_price import PriceState, price_figure, price_table

CHART = "model-price"
SHOCK_DAY = dt.date(2025, 1, 27)
R1, O1, V3 = "deepseek-r1", "o1-2024-12-17", "deepseek-v3"


@pytest.fixture(scope="module")
def data() -> ModelsData:
    return load_models()


def _figure(data: ModelsData, language: str = "en", **choices) -> Figure:
    state = dataclasses.replace(BUILDERS[CHART].default_state(data), **choices)
    return price_figure(data, state, writing_in(language))


def _expected_prices(data: ModelsData) -> dict[str, ApiPrice]:
    """Each model's price on the day, read here from the rows themselves: in force that day
    (an end date is the next price's first day), a promotion before the list price, the
    ordinary prompt before the long one."""
    rank = [PriceTier.PROMOTIONAL, PriceTier.STANDARD, PriceTier.PROMPT_UP_TO_128K]
    found: dict[str, ApiPrice] = {}
    for price in data.prices:
        started = price.effective_from is None or price.effective_from <= SHOCK_DAY
        ended = price.effective_to is not None and price.effective_to <= SHOCK_DAY
        if not started or ended or price.tier not in rank:
            continue
        held = found.get(price.model)
        if held is None or rank.index(price.tier) < rank.index(held.tier):
            found[price.model] = price
    return found


def _bars(figure: Figure) -> tuple[dict, dict]:
    """The input and the output bars (an English figure), by model."""
    (plot,) = figure.plots
    bars = [bar for mark in plot.marks if isinstance(mark, Bars) for bar in mark.bars]
    return (
        {bar.category: bar for bar in bars if bar.series == "Input"},
        {bar.category: bar for bar in bars if bar.series == "Output"},
    )


def test_the_tab_opens_on_the_price_comparison(data):
    assert BUILDERS[CHART].default_state(data) == PriceState()
    figure = _figure(data)
    assert [entry.label for entry in figure.legend.entries] == ["Input", "Output"]


def test_every_bar_is_the_input_or_output_price_in_force_on_27_january(data):
    expected = _expected_prices(data)
    inputs, outputs = _bars(_figure(data))
    assert set(inputs) == set(outputs) == set(expected)
    for model, price in expected.items():
        assert inputs[model].value == price.input_cache_miss_usd_per_m
        assert outputs[model].value == price.output_usd_per_m
    assert outputs[R1].value == 2.19 and outputs[O1].value == 60.0


def test_input_and_output_share_one_linear_dollar_scale(data):
    (plot,) = _figure(data).plots  # one axis for both: bar lengths compare across them
    assert plot.x_axis.scale is AxisScale.LINEAR and plot.x_axis.minimum == 0
    assert plot.x_axis.maximum >= max(p.output_usd_per_m for p in _expected_prices(data).values())
    assert "per million tokens" in plot.x_axis.title


def test_a_promotional_price_is_marked(data):
    inputs, outputs = _bars(_figure(data))
    assert _expected_prices(data)[V3].tier is PriceTier.PROMOTIONAL
    assert outputs[V3].label == "$0.28 (promotional)" and "(promotional)" in inputs[V3].label
    assert "(" not in outputs[R1].label  # a list price says nothing more
    assert any(note.startswith("DeepSeek-V3:") for note in _figure(data).notes)


def test_the_ratio_is_computed_from_the_prices_and_says_which_it_compares(data):
    expected = _expected_prices(data)
    output = expected[O1].output_usd_per_m / expected[R1].output_usd_per_m
    input_ = expected[O1].input_cache_miss_usd_per_m / expected[R1].input_cache_miss_usd_per_m
    figure = _figure(data)
    assert f"{output:.1f}" == "27.4"
    assert (
        figure.title
        == f"OpenAI o1 charged {output:.1f} times as much as DeepSeek-R1 per output token"
    )
    (note,) = [note for note in figure.notes if note.startswith("Ratio")]
    assert "$60.00 for OpenAI o1 (o1-2024-12-17), list price," in note
    assert f"$2.19 for DeepSeek-R1, list price: {output:.1f} times" in note
    assert f"$15.00 against $0.55: {input_:.1f} times" in note and "Jan 27, 2025" in note
    assert figure.title.replace("27.4", "") != figure.title
    german = _figure(data, "de")
    assert "27,4" in german.title


def test_the_table_holds_the_prices_shown_with_their_periods(data):
    figure = _figure(data)
    table = price_table(data, PriceState(), writing_in("en"))
    inputs, outputs = _bars(figure)
    names = {model_label(data, model): model for model in inputs}
    assert sorted(table.values("model")) == sorted(names)  # every bar, no other row
    for name, value_in, value_out, since in zip(
        table.values("model"),
        table.values("input_usd_per_m"),
        table.values("output_usd_per_m"),
        table.values("in_force_from"),
        strict=True,
    ):
        model = names[name]
        assert (value_in, value_out) == (inputs[model].value, outputs[model].value)
        assert since is None or (isinstance(since, dt.date) and since <= SHOCK_DAY)
    assert any(note.startswith("Ratio") for note in table.notes)


def test_a_model_is_singled_out_only_when_asked(data):
    plain = {m for m, bar in _bars(_figure(data))[1].items() if bar.emphasised}
    asked = _bars(_figure(data, highlighted="gpt-4o"))[1]
    assert plain == {R1}
    assert {m for m, bar in asked.items() if bar.emphasised} == {R1, "gpt-4o"}


def test_the_scatter_puts_each_price_against_its_models_score(data):
    figure = _figure(data, against_score="AIME 2024|Pass@1")
    (plot,) = figure.plots
    assert plot.y_axis.scale is AxisScale.LOG and plot.x_axis.scale is AxisScale.LINEAR
    assert not any(isinstance(mark, Bars) for mark in plot.marks)  # dots on the log axis
    expected = _expected_prices(data)
    dots = [point for mark in plot.marks if isinstance(mark, Points) for point in mark.points]
    for dot in dots:
        model = dot.series
        (score,) = data.scores(
            benchmark="AIME 2024", metric="Pass@1", model=model, table=BenchmarkTable.MAIN
        )
        assert (dot.x, dot.y) == (score.value, expected[model].output_usd_per_m)
    assert {dot.series for dot in dots} == {R1, O1, "o1-mini", "claude-3-5-sonnet-20241022", V3}
    (missing,) = [note for note in figure.notes if note.startswith("Not plotted")]
    assert "gpt-4o-2024-05-13" in missing  # scored, but its own version has no price
    table = price_table(data, PriceState(against_score="AIME 2024|Pass@1"), writing_in("en"))
    assert sorted(table.values("score")) == sorted(dot.x for dot in dots)
