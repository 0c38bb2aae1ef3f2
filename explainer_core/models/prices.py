"""API prices on the day of the shock, and how much cheaper R1 was: no Qt, no formatting.

One price per model (the one in force on 27 January 2025), input and output side by side,
and the ratios computed here from the data: a view only writes them.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import Enum

from explainer_core.data.models import ApiPrice, BenchmarkScore, Model, ModelsData, PriceTier
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    HIGHLIGHTED_MODEL,
    REFERENCE_MODEL,
    Measure,
    score_group,
)

# Prices are those in force on the day of the market shock.
PRICE_DAY = dt.date(2025, 1, 27)
# A ratio of two prices is written with three significant digits (27.4, 5.48, 0.128):
# enough to tell any two of these prices apart, and "about" says it is not exact.
RATIO_SIGNIFICANT_DIGITS = 3

# One price per model: a promotion in force replaced the list price, so it comes first; then
# the ordinary request (a prompt of up to 128K tokens) before the long one.
_TIER_PREFERENCE = (
    PriceTier.PROMOTIONAL,
    PriceTier.STANDARD,
    PriceTier.PROMPT_UP_TO_128K,
    PriceTier.PROMPT_OVER_128K,
)


def in_force_on(price: ApiPrice, day: dt.date) -> bool:
    """``effective_to`` is the first day of the next price. A row without a start date is
    taken as in force at the time the January 2025 price table was read (its note says
    when it started, if known)."""
    started = price.effective_from is None or price.effective_from <= day
    return started and (price.effective_to is None or day < price.effective_to)


def price_on(data: ModelsData, model_id: str, day: dt.date = PRICE_DAY) -> ApiPrice | None:
    prices = [price for price in data.prices_of(model_id) if in_force_on(price, day)]
    prices.sort(key=lambda price: _TIER_PREFERENCE.index(price.tier))
    return prices[0] if prices else None


def prices_in_force(data: ModelsData, day: dt.date = PRICE_DAY) -> list[ApiPrice]:
    """One price per model with a price in force on ``day`` (see ``price_on``), in the
    file's order."""
    models = dict.fromkeys(price.model for price in data.prices if in_force_on(price, day))
    return [price for model in models if (price := price_on(data, model, day)) is not None]


def output_price_on(data: ModelsData, model_id: str, day: dt.date = PRICE_DAY) -> float | None:
    """US dollars per million output tokens on ``day``; None when the data has no price."""
    price = price_on(data, model_id, day)
    return price.output_usd_per_m if price is not None else None


# --- ratios -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    """How many times one price is another, with the decimals to write it."""

    value: float  # the exact quotient
    decimals: int
    exact: bool  # written with ``decimals``, it is the quotient itself (no "about")


def ratio_of(numerator: float, denominator: float) -> Ratio:
    """``numerator / denominator`` with ``RATIO_SIGNIFICANT_DIGITS`` significant digits."""
    value = numerator / denominator
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    decimals = max(0, RATIO_SIGNIFICANT_DIGITS - 1 - magnitude)
    exact = math.isclose(round(value, decimals), value, rel_tol=0, abs_tol=1e-12)
    return Ratio(value, decimals, exact)


# --- the price table --------------------------------------------------------------------------


@dataclass(frozen=True)
class PriceRow:
    """A model's price on the day, and its output price as a multiple of R1's."""

    model: Model
    price: ApiPrice
    output_vs_highlighted: Ratio | None  # None for R1 itself

    @property
    def promotional(self) -> bool:
        return self.price.tier is PriceTier.PROMOTIONAL


def price_rows(data: ModelsData, day: dt.date = PRICE_DAY) -> list[PriceRow]:
    """Every model with a price in force on ``day``, cheapest output first (ties keep the
    file's order); R1's row has no ratio, the others their output price over R1's."""
    highlighted = price_on(data, HIGHLIGHTED_MODEL, day)
    rows = []
    for price in prices_in_force(data, day):
        ratio = (
            ratio_of(price.output_usd_per_m, highlighted.output_usd_per_m)
            if highlighted is not None and price.model != HIGHLIGHTED_MODEL
            else None
        )
        rows.append(PriceRow(data.model(price.model), price, ratio))
    rows.sort(key=lambda row: row.price.output_usd_per_m)
    return rows


# --- the answer to "how much cheaper?" --------------------------------------------------------


@dataclass(frozen=True)
class PriceGap:
    """R1's prices against the reference model's (o1) on one day: how many times cheaper
    its output tokens and its ordinary (uncached) input tokens were."""

    day: dt.date
    cheaper: ApiPrice  # R1's
    dearer: ApiPrice  # o1's
    output: Ratio  # o1's output price over R1's
    input: Ratio  # o1's uncached input price over R1's


def price_gap(
    data: ModelsData,
    day: dt.date = PRICE_DAY,
    model: str = HIGHLIGHTED_MODEL,
    reference: str = REFERENCE_MODEL,
) -> PriceGap | None:
    """None when either model has no price in force on ``day``."""
    cheaper, dearer = price_on(data, model, day), price_on(data, reference, day)
    if cheaper is None or dearer is None:
        return None
    return PriceGap(
        day,
        cheaper,
        dearer,
        ratio_of(dearer.output_usd_per_m, cheaper.output_usd_per_m),
        ratio_of(dearer.input_cache_miss_usd_per_m, cheaper.input_cache_miss_usd_per_m),
    )


# --- price against score ----------------------------------------------------------------------


class Missing(str, Enum):
    NO_PRICE = "no_price"  # scored, but no price for this version on the day
    NO_SCORE = "no_score"  # priced, but not scored on this measure in the source table


@dataclass(frozen=True)
class PricePoint:
    model: Model
    score: BenchmarkScore
    price: ApiPrice


def price_points(
    data: ModelsData,
    measure: Measure,
    day: dt.date = PRICE_DAY,
    models: tuple[str, ...] = COMPARISON_MODELS,
) -> tuple[list[PricePoint], list[tuple[Model, Missing]]]:
    """The models with both a score on ``measure`` and a price on ``day`` (the same model
    version for both: the GPT-4o alias's price is not the price of the benchmarked
    gpt-4o-2024-05-13), and the models left out with why."""
    group = score_group(data, measure, models)
    points: list[PricePoint] = []
    missing: list[tuple[Model, Missing]] = []
    for entry in group.entries:
        price = price_on(data, entry.model, day)
        if entry.score is not None and price is not None:
            points.append(PricePoint(data.model(entry.model), entry.score, price))
        elif entry.score is not None:
            missing.append((data.model(entry.model), Missing.NO_PRICE))
    scored = {entry.model for entry in group.entries if entry.score is not None}
    for price in prices_in_force(data, day):
        if price.model not in scored:
            missing.append((data.model(price.model), Missing.NO_SCORE))
    return points, missing
