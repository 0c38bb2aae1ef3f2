"""The model-price figure and table, the price section's chart: the output price each API
charged on 27 January 2025, on a log axis, against the model's score; promotions marked,
the ratio of o1's prices to R1's computed from the data."""

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
from explainer_core.models.figures import BUILDERS
from explainer_core.models.figures_price import price_figure, price_table
from explainer_core.models.states import PriceState

CHART = "model-price"
SHOCK_DAY = dt.date(2025, 1, 27)
R1, O1, V3 = "deepseek-r1", "o1-2024-12-17", "deepseek-v3"
AIME = "AIME 2024|Pass@1"


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


def _dots(figure: Figure) -> dict:
    """The figure's dots, by model."""
    (plot,) = figure.plots
    return {
        point.series: point
        for mark in plot.marks
        if isinstance(mark, Points)
        for point in mark.points
    }


def test_the_tab_opens_on_prices_against_the_headline_score(data):
    state = BUILDERS[CHART].default_state(data)
    assert state == PriceState() and state.against_score == AIME
    assert state.highlighted is None


@pytest.mark.parametrize("key", [AIME, "MATH-500|Pass@1", "Codeforces|Rating"])
def test_every_dot_is_a_models_output_price_on_27_january_against_its_score(data, key):
    benchmark, metric = key.split("|")
    expected = _expected_prices(data)
    dots = _dots(_figure(data, against_score=key))
    assert dots
    for model, dot in dots.items():
        (score,) = data.scores(
            benchmark=benchmark, metric=metric, model=model, table=BenchmarkTable.MAIN
        )
        assert (dot.x, dot.y) == (score.value, expected[model].output_usd_per_m)
    if key == AIME:
        assert set(dots) == {R1, O1, "o1-mini", "claude-3-5-sonnet-20241022", V3}
        assert (dots[R1].y, dots[O1].y) == (2.19, 60.0)


def test_prices_are_dots_on_a_log_axis_never_bars(data):
    figure = _figure(data)
    (plot,) = figure.plots
    assert plot.y_axis.scale is AxisScale.LOG and plot.x_axis.scale is AxisScale.LINEAR
    assert not any(isinstance(mark, Bars) for mark in plot.marks)
    prices = [dot.y for dot in _dots(figure).values()]
    assert plot.y_axis.minimum < min(prices) and max(prices) < plot.y_axis.maximum
    assert (plot.x_axis.minimum, plot.x_axis.maximum) == (0, 100)
    rating = _figure(data, against_score="Codeforces|Rating").plots[0].x_axis
    assert (
        rating.maximum
        >= max(dot.x for dot in _dots(_figure(data, against_score="Codeforces|Rating")).values())
        > 100
    )


def test_a_promotional_price_is_marked(data):
    dots = _dots(_figure(data))
    assert _expected_prices(data)[V3].tier is PriceTier.PROMOTIONAL
    assert dots[V3].label == "DeepSeek-V3\n$0.28 (promotional)"
    assert dots[R1].label == "DeepSeek-R1\n$2.19"  # a list price says nothing more
    assert any(note.startswith("DeepSeek-V3:") for note in _figure(data).notes)


def test_the_ratio_is_computed_from_the_prices_and_given_with_the_table(data):
    expected = _expected_prices(data)
    output = expected[O1].output_usd_per_m / expected[R1].output_usd_per_m
    input_ = expected[O1].input_cache_miss_usd_per_m / expected[R1].input_cache_miss_usd_per_m
    assert (f"{output:.1f}", f"{input_:.1f}") == ("27.4", "27.3")  # three digits: "about"
    answer = (
        "On Monday, January 27, 2025, OpenAI o1 (o1-2024-12-17) charged about 27.4 times as "
        "much as DeepSeek-R1 for output tokens, and about 27.3 times as much for input tokens."
    )
    german = price_table(data, PriceState(), writing_in("de"))
    assert any("27,4" in note and "27,3" in note for note in german.notes)
    table = price_table(data, PriceState(), writing_in("en"))
    assert answer in table.notes
    (detail,) = [note for note in table.notes if note.startswith("Per million tokens")]
    assert "output $60.00 against $2.19" in detail and "$15.00 against $0.55" in detail


def test_the_table_holds_the_dots_with_every_digit_and_their_periods(data):
    figure = _figure(data)
    table = price_table(data, PriceState(), writing_in("en"))
    dots = list(_dots(figure).values())
    assert table.values("score") == [dot.x for dot in dots]
    assert table.values("output_usd_per_m") == [dot.y for dot in dots]
    assert table.values("model") == [dot.name for dot in dots]
    for since in table.values("in_force_from"):
        assert since is None or (isinstance(since, dt.date) and since <= SHOCK_DAY)
    (missing,) = [note for note in table.notes if note.startswith("Not plotted")]
    assert "gpt-4o-2024-05-13" in missing  # scored, but its own version has no price


def test_a_model_is_singled_out_only_when_asked(data):
    plain = {m for m, dot in _dots(_figure(data)).items() if dot.emphasised}
    asked = _dots(_figure(data, highlighted="o1-mini"))
    assert plain == {R1}
    assert {m for m, dot in asked.items() if dot.emphasised} == {R1, "o1-mini"}
