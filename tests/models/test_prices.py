"""How much cheaper R1 was, computed from the price data (no Qt): the figures equal the data,
the ratios are the data's quotients."""

from __future__ import annotations

import pytest

from explainer_core.data.models import ModelsData, PriceTier, load_models
from explainer_core.models.comparison import HIGHLIGHTED_MODEL, REFERENCE_MODEL
from explainer_core.models.prices import PRICE_DAY, price_gap, price_on, price_rows, ratio_of


@pytest.fixture(scope="module")
def data() -> ModelsData:
    return load_models()


def test_o1_charged_about_27_times_r1s_output_price_on_the_day(data):
    gap = price_gap(data)
    assert gap.day == PRICE_DAY
    assert (gap.cheaper.model, gap.dearer.model) == (HIGHLIGHTED_MODEL, REFERENCE_MODEL)
    r1, o1 = price_on(data, HIGHLIGHTED_MODEL), price_on(data, REFERENCE_MODEL)
    assert (r1.output_usd_per_m, o1.output_usd_per_m) == (2.19, 60.0)
    assert gap.output.value == o1.output_usd_per_m / r1.output_usd_per_m
    assert (round(gap.output.value, gap.output.decimals), gap.output.exact) == (27.4, False)
    assert gap.input.value == o1.input_cache_miss_usd_per_m / r1.input_cache_miss_usd_per_m
    assert round(gap.input.value, gap.input.decimals) == 27.3


@pytest.mark.parametrize(
    ("numerator", "denominator", "shown", "decimals", "exact"),
    [
        (60.0, 2.19, 27.4, 1, False),
        (12.0, 2.19, 5.48, 2, False),
        (0.28, 2.19, 0.128, 3, False),
        (4.0, 2.0, 2.0, 2, True),
        (300.0, 2.0, 150.0, 0, True),
    ],
)
def test_a_ratio_keeps_three_significant_digits_and_says_when_it_is_exact(
    numerator, denominator, shown, decimals, exact
):
    ratio = ratio_of(numerator, denominator)
    assert (round(ratio.value, ratio.decimals), ratio.decimals, ratio.exact) == (
        shown,
        decimals,
        exact,
    )


def test_the_price_table_has_every_model_priced_that_day_cheapest_output_first(data):
    rows = price_rows(data)
    outputs = [row.price.output_usd_per_m for row in rows]
    assert outputs == sorted(outputs)
    by_model = {row.model.id: row for row in rows}
    assert by_model[HIGHLIGHTED_MODEL].output_vs_highlighted is None
    assert by_model["deepseek-v3"].promotional
    assert by_model["deepseek-v3"].price.tier is PriceTier.PROMOTIONAL
    assert not by_model[REFERENCE_MODEL].promotional
    for row in rows:
        assert row.price == price_on(data, row.model.id)


def test_without_a_price_on_the_day_there_is_no_answer(data):
    import datetime as dt

    assert price_gap(data, dt.date(2024, 1, 1)) is None
