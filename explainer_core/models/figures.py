"""The model tab's charts as figures and tables, in any language (no Qt): what a file, the
clipboard or a data download shows. One module a chart; this one lists them."""

from __future__ import annotations

from explainer_core.charts import AnyBuilder, ChartBuilder
from explainer_core.models.figures_benchmarks import (
    BENCHMARKS_CHART_ID,
    benchmarks_figure,
    benchmarks_table,
    default_benchmarks_state,
)
from explainer_core.models.figures_common import load_models_data
from explainer_core.models.figures_compute import (
    COMPUTE_CHART_ID,
    compute_figure,
    compute_table,
    default_compute_state,
)
from explainer_core.models.figures_price import (
    PRICE_CHART_ID,
    default_price_state,
    price_figure,
    price_table,
)

BUILDERS: dict[str, AnyBuilder] = {
    BENCHMARKS_CHART_ID: ChartBuilder(
        BENCHMARKS_CHART_ID,
        load_models_data,
        default_benchmarks_state,
        benchmarks_figure,
        benchmarks_table,
    ),
    COMPUTE_CHART_ID: ChartBuilder(
        COMPUTE_CHART_ID,
        load_models_data,
        default_compute_state,
        compute_figure,
        compute_table,
    ),
    PRICE_CHART_ID: ChartBuilder(
        PRICE_CHART_ID,
        load_models_data,
        default_price_state,
        price_figure,
        price_table,
    ),
}
