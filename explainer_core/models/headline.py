"""The figures the model comparison opens with: R1 against o1 on one benchmark and on price,
and the much-quoted training cost with its scope (no Qt, no formatting)."""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.data.models import ModelsData
from explainer_core.models.comparison import (
    HEADLINE_MEASURE_KEY,
    HIGHLIGHTED_MODEL,
    REFERENCE_MODEL,
    measure_by_key,
    score_group,
)
from explainer_core.models.compute import headline_cost, usd_of
from explainer_core.models.prices import PRICE_DAY, output_price_on


@dataclass(frozen=True)
class HeadlineFigures:
    score: float | None  # R1's on the headline benchmark
    reference_score: float | None  # o1's
    score_decimals: int  # as the benchmark chart writes both
    output_price: float | None  # R1's, US dollars per million output tokens on PRICE_DAY
    reference_output_price: float | None  # o1's
    cost_usd: float | None  # the headline cost figure (V3's final training run)


def headline_figures(data: ModelsData) -> HeadlineFigures:
    scores = score_group(data, measure_by_key(data, HEADLINE_MEASURE_KEY))
    return HeadlineFigures(
        scores.value_of(HIGHLIGHTED_MODEL),
        scores.value_of(REFERENCE_MODEL),
        scores.decimals,
        output_price_on(data, HIGHLIGHTED_MODEL, PRICE_DAY),
        output_price_on(data, REFERENCE_MODEL, PRICE_DAY),
        usd_of(headline_cost(data)),
    )
