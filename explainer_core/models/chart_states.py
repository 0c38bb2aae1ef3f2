"""The state a model chart must be in to illustrate an item a claim names (no Qt).

A claim's "Show in chart" names a benchmark (``AIME 2024``) or a model (``DeepSeek-V3``).
What the chart shows then depends on that item only, never on what the reader left: the
default benchmarks with the item's own added, the price chart on the item's benchmark, the
named model highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from explainer_core.data.models import ModelsData
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    DEFAULT_MEASURE_KEYS,
    DEFAULT_PRICE_MEASURE_KEY,
    measures,
    measures_of_benchmark,
)
from explainer_core.models.compute import compute_models
from explainer_core.models.prices import PRICE_DAY, in_force_on


class Section(str, Enum):
    BENCHMARKS = "benchmarks"
    COMPUTE = "compute"
    PRICE = "price"
    OPENNESS = "openness"


@dataclass(frozen=True)
class ChartState:
    section: Section
    measure_keys: tuple[str, ...] = DEFAULT_MEASURE_KEYS  # benchmarks shown, in list order
    current_measure: str | None = None  # the benchmark the claim names
    price_measure_key: str = DEFAULT_PRICE_MEASURE_KEY
    model: str | None = None  # the model the claim names, highlighted


def model_id_named(data: ModelsData, name: str) -> str | None:
    """The model whose id or display name is ``name``."""
    for model in data.models:
        if name in (model.id, model.name):
            return model.id
    return None


def _with_measures(keys: tuple[str, ...], extra: tuple[str, ...], data: ModelsData) -> tuple:
    """``keys`` and ``extra`` together, in the benchmark list's order."""
    wanted = set(keys) | set(extra)
    return tuple(m.key for m in measures(data) if m.key in wanted)


def _has_compute_or_cost(data: ModelsData, model_id: str) -> bool:
    with_hours = {model.id for model in compute_models(data)}
    return model_id in with_hours or bool(data.costs_of(model_id))


def _has_price(data: ModelsData, model_id: str) -> bool:
    return any(in_force_on(price, PRICE_DAY) for price in data.prices_of(model_id))


def chart_state_for(data: ModelsData, section: Section, item: str) -> ChartState | None:
    """What ``section``'s chart shows for ``item`` (empty: the chart as it opens); None
    when the chart cannot show it."""
    if not item:
        return ChartState(section)
    benchmark = measures_of_benchmark(data, item)
    model_id = model_id_named(data, item)
    if section is Section.BENCHMARKS:
        if benchmark:
            keys = tuple(m.key for m in benchmark)
            return ChartState(section, _with_measures(DEFAULT_MEASURE_KEYS, keys, data), keys[0])
        if model_id in COMPARISON_MODELS:
            return ChartState(section, model=model_id)
        return None
    if section is Section.PRICE:
        if benchmark:
            return ChartState(section, price_measure_key=benchmark[0].key)
        if model_id is not None and _has_price(data, model_id):
            return ChartState(section, model=model_id)
        return None
    if section is Section.COMPUTE:
        if model_id is not None and _has_compute_or_cost(data, model_id):
            return ChartState(section, model=model_id)
        return None
    if model_id is not None:  # the openness table lists every model
        return ChartState(section, model=model_id)
    return None
