"""The figures the model comparison opens with: R1 against o1 on one benchmark and on price,
and the much-quoted training cost with its scope (no Qt, no formatting).

The names in the introduction's sentence come from here too, from the same constants as
its figures: the benchmark is ``HEADLINE_MEASURE_KEY``'s, the models are named as the R1
paper's table names them (as the benchmark chart's legend does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explainer_core.data.models import ModelsData
from explainer_core.models.comparison import (
    HEADLINE_MEASURE_KEY,
    HIGHLIGHTED_MODEL,
    REFERENCE_MODEL,
    measure_by_key,
    model_label,
    score_group,
)
from explainer_core.models.compute import headline_cost, usd_of
from explainer_core.models.prices import PRICE_DAY, output_price_on


@dataclass(frozen=True)
class HeadlineFigures:
    benchmark: str  # the headline benchmark's name (``AIME 2024``)
    model: str  # R1, as the paper's table names it
    reference_model: str  # o1 (``OpenAI-o1-1217``)
    score: float | None  # R1's on the headline benchmark
    reference_score: float | None  # o1's
    score_decimals: int  # as the benchmark chart writes both
    price_day: dt.date  # the day the prices below were in force
    output_price: float | None  # R1's, US dollars per million output tokens on price_day
    reference_output_price: float | None  # o1's
    cost_usd: float | None  # the headline cost figure (V3's final training run)


def headline_figures(data: ModelsData) -> HeadlineFigures:
    measure = measure_by_key(data, HEADLINE_MEASURE_KEY)
    scores = score_group(data, measure)
    return HeadlineFigures(
        measure.benchmark,
        model_label(data, HIGHLIGHTED_MODEL),
        model_label(data, REFERENCE_MODEL),
        scores.value_of(HIGHLIGHTED_MODEL),
        scores.value_of(REFERENCE_MODEL),
        scores.decimals,
        PRICE_DAY,
        output_price_on(data, HIGHLIGHTED_MODEL, PRICE_DAY),
        output_price_on(data, REFERENCE_MODEL, PRICE_DAY),
        usd_of(headline_cost(data)),
    )
