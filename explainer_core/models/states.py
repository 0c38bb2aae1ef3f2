"""What the reader chose on each chart of the model comparison (no Qt).

One type a chart: the tab's section keeps its choices in it, the chart's figure and table
are drawn from it, and a claim's "Show in chart" asks for one. A file of a chart therefore
shows what the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.data.models import BenchmarkTable, ModelsData
from explainer_core.models.comparison import DEFAULT_MEASURE_KEYS, DEFAULT_PRICE_MEASURE_KEY


@dataclass(frozen=True)
class BenchmarksState:
    # The chosen benchmarks (``benchmark|metric`` keys); shown in the list's order, not this.
    measure_keys: tuple[str, ...] = DEFAULT_MEASURE_KEYS
    sort_by_score: bool = False  # bars of each group highest first
    table: BenchmarkTable = BenchmarkTable.MAIN  # DISTILLED: Table 5, every measure of it
    highlighted: str | None = None  # a model id singled out (outlined), besides R1
    only_model: str | None = None  # the one model the legend shows alone; None: all of them


@dataclass(frozen=True)
class ComputeState:
    highlighted: str | None = None  # a model id singled out (enlarged), besides R1


@dataclass(frozen=True)
class PriceState:
    # The score the output prices stand against (a ``benchmark|metric`` key of Table 4).
    against_score: str = DEFAULT_PRICE_MEASURE_KEY
    highlighted: str | None = None  # a model id singled out (outlined), besides R1


def default_benchmarks_state(_data: ModelsData) -> BenchmarksState:
    return BenchmarksState()


def default_compute_state(_data: ModelsData) -> ComputeState:
    return ComputeState()


def default_price_state(_data: ModelsData) -> PriceState:
    return PriceState()
