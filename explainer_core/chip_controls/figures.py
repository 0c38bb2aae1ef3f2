"""The export-controls tab's charts as figures and tables, in any language (no Qt): what a
file, the clipboard or a data download shows. One module per chart:
``figures_timeline`` (the rules timeline), ``figures_chip_map`` and
``figures_chip_map_table`` (the chip map). Their states are the screen's
(``chart_states``)."""

from __future__ import annotations

from explainer_core.charts import ChartBuilder
from explainer_core.chip_controls.chart_states import (
    ChipMapState,
    TimelineState,
    YourChip,
    default_chip_map_state,
    default_timeline_state,
)
from explainer_core.chip_controls.figures_chip_map import CHIP_MAP_CHART_ID, chip_map_figure
from explainer_core.chip_controls.figures_chip_map_table import chip_map_table
from explainer_core.chip_controls.figures_timeline import (
    TIMELINE_CHART_ID,
    timeline_figure,
    timeline_table,
)
from explainer_core.data.export_controls import load_export_controls

__all__ = [
    "BUILDERS",
    "CHIP_MAP_CHART_ID",
    "TIMELINE_CHART_ID",
    "ChipMapState",
    "TimelineState",
    "YourChip",
]

BUILDERS = {
    TIMELINE_CHART_ID: ChartBuilder(
        TIMELINE_CHART_ID,
        lambda sources: load_export_controls(sources=sources),
        default_timeline_state,
        timeline_figure,
        timeline_table,
    ),
    CHIP_MAP_CHART_ID: ChartBuilder(
        CHIP_MAP_CHART_ID,
        lambda sources: load_export_controls(sources=sources),
        default_chip_map_state,
        chip_map_figure,
        chip_map_table,
    ),
}
