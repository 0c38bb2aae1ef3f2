"""The app's one figure renderer: any ``explainer_core.figure.Figure``, at any size, as an
image, a PNG, an SVG or a PDF that all show the same picture.

Two steps. ``layout_figure(figure, (width, height))`` computes, in logical units (a
1200 × 675 figure is 1×), every box: the title wrapped on word boundaries, the subtitle,
the plots with their axes, tick labels (the finest level that fits), event labels stacked
in rows, point labels placed clear of markers, the legend (right, or below when the figure
is narrow), notes, source, byline and credit. ``paint_figure(painter, layout)`` then draws
that through one ``QPainter`` on any device, in figure coordinates only.

The outputs (``outputs.py``) choose the logical size from the file's size
(``sizing.default_scale``), lay out once and paint:

    render_image(figure, (width_px, height_px), scale=None) -> QImage    clipboard, preview
    png_bytes(figure, (width_px, height_px), scale=None) -> bytes
    svg_bytes(figure, (width_css_px, height_css_px), scale=None) -> bytes      SVG 1.1
    pdf_bytes(figure, page=Page.a4(landscape=True), creator=APP_NAME) -> bytes

``scale`` overrides the default: ``png_bytes(figure, (2400, 1350), scale=2)`` lays out at
1200 × 675 and paints at 2×, as a "2× the screen" export would. Everything is re-entrant
and uses no widget, so batch exports may run in worker threads.

For the integration: a per-chart figure builder (``explainer_core``, no Qt) turns a view's
data and language into a ``Figure``; the export code calls these functions and writes the
bytes atomically. This package imports no ``ui`` and no domain module.
"""

from widgets.figure.layout import layout_figure
from widgets.figure.outputs import figure_layout, pdf_bytes, png_bytes, render_image, svg_bytes
from widgets.figure.pages import Page
from widgets.figure.painting import paint_figure
from widgets.figure.shapes import FigureLayout, PlacedText
from widgets.figure.sizing import default_scale, logical_size
from widgets.figure.style import DEFAULT_STYLE, FigureStyle, TextRole

__all__ = [
    "DEFAULT_STYLE",
    "FigureLayout",
    "FigureStyle",
    "Page",
    "PlacedText",
    "TextRole",
    "default_scale",
    "figure_layout",
    "layout_figure",
    "logical_size",
    "paint_figure",
    "pdf_bytes",
    "png_bytes",
    "render_image",
    "svg_bytes",
]
