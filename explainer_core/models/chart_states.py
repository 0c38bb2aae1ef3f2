"""The state a model chart must be in to illustrate an item a claim names (no Qt).

A claim's "Show in chart" names a benchmark (``AIME 2024``) or a model (``DeepSeek-V3``).
What the chart shows then depends on that item only, never on what the reader left: the
default benchmarks with the item's own added, the price chart on the item's benchmark, the
named model highlighted. The chart's part of it is the chart's own state (``states``), the
one its file is drawn from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from explainer_core.data.models import ModelsData
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    DEFAULT_MEASURE_KEYS,
    measures,
    measures_of_benchmark,
)
from explainer_core.models.compute import compute_models
from explainer_core.models.prices import PRICE_DAY, in_force_on
from explainer_core.models.states import BenchmarksState, ComputeState, PriceState


class Section(str, Enum):
    BENCHMARKS = "benchmarks"
    COMPUTE = "compute"
    PRICE = "price"
    OPENNESS = "openness"


ChartChoices = BenchmarksState | ComputeState | PriceState

OPENING_STATES: dict[Section, ChartChoices | None] = {
    Section.BENCHMARKS: BenchmarksState(),
    Section.COMPUTE: ComputeState(),
    Section.PRICE: PriceState(),
    Section.OPENNESS: None,  # a table, not a chart
}


@dataclass(frozen=True)
class ChartState:
    section: Section
    chart: ChartChoices | None  # the section chart's state; None for the openness table
    current_measure: str | None = None  # the benchmark the claim names, brought into view
    model: str | None = None  # the model the claim names, set apart


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
        return ChartState(section, OPENING_STATES[section])
    benchmark = measures_of_benchmark(data, item)
    model_id = model_id_named(data, item)
    if section is Section.BENCHMARKS:
        if benchmark:
            keys = tuple(m.key for m in benchmark)
            chosen = _with_measures(DEFAULT_MEASURE_KEYS, keys, data)
            return ChartState(section, BenchmarksState(chosen), current_measure=keys[0])
        if model_id in COMPARISON_MODELS:
            return ChartState(section, BenchmarksState(highlighted=model_id), model=model_id)
        return None
    if section is Section.PRICE:
        if benchmark:
            return ChartState(section, PriceState(benchmark[0].key))
        if model_id is not None and _has_price(data, model_id):
            return ChartState(section, PriceState(highlighted=model_id), model=model_id)
        return None
    if section is Section.COMPUTE:
        if model_id is not None and _has_compute_or_cost(data, model_id):
            return ChartState(section, ComputeState(model_id), model=model_id)
        return None
    if model_id is not None:  # the openness table lists every model
        return ChartState(section, None, model=model_id)
    return None
