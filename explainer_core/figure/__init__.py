"""The app's one figure model: what a chart shows, described explicitly, with no Qt.

A per-chart *figure builder* turns a dataset and a language into a ``Figure``; the renderer
in ``widgets.figure`` lays any figure out at any size and paints it on a raster, SVG or PDF
device. The model knows nothing of markets, chips or models: texts, plots with axes and
marks, a legend.

    Figure(title, subtitle, notes, source, byline, credit, description, legend, plots)
      Plot(x_axis, y_axis, marks, title, height_weight)      stacked top to bottom
        Axis.linear / .log / .dates / .category             ticks: TickLevel coarse → fine
        marks: LineSeries, Rule, Band, Zone, Bars, Points, Ring, Arrow
      Legend(entries: LegendEntry…)

Every mark keeps its data (series, category, x, value), so a table of what a figure shows
can be derived from it. Colours are "#rrggbb"; sizes are in the units of a 1200 × 675
figure, which the renderer scales with the figure.
"""

from explainer_core.figure.axes import (
    Axis,
    AxisScale,
    Category,
    Grid,
    Tick,
    TickLevel,
    date_value,
    tick_level,
    value_date,
)
from explainer_core.figure.checks import FigureError
from explainer_core.figure.figure import Figure, Plot
from explainer_core.figure.legend import Legend, LegendEntry, LegendSymbol
from explainer_core.figure.marks import (
    Arrow,
    Band,
    Bar,
    Bars,
    Coordinate,
    Dash,
    LabelPreference,
    LineSeries,
    Mark,
    MarkerShape,
    Point,
    Points,
    Ring,
    Rule,
    Zone,
)
from explainer_core.layout.label_placement import LabelSpot

__all__ = [
    "Arrow",
    "Axis",
    "AxisScale",
    "Band",
    "Bar",
    "Bars",
    "Category",
    "Coordinate",
    "Dash",
    "Figure",
    "FigureError",
    "Grid",
    "LabelPreference",
    "LabelSpot",
    "Legend",
    "LegendEntry",
    "LegendSymbol",
    "LineSeries",
    "Mark",
    "MarkerShape",
    "Plot",
    "Point",
    "Points",
    "Ring",
    "Rule",
    "Tick",
    "TickLevel",
    "Zone",
    "date_value",
    "tick_level",
    "value_date",
]
