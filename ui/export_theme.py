"""Exported charts are dark on white, whatever the interface's theme.

Slides and handouts are mostly white, and a printer should not spend a cartridge on a
dark background: a chart exported (or copied) from the dark theme is redrawn in the
light chart colours for the time of the export, then redrawn as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget

from ui.tab_view import TabView
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import LIGHT_CHARTS, chart_colours, set_chart_colours


def owning_view(panel: ChartPanel) -> TabView | None:
    widget: QWidget | None = panel.parentWidget()
    while widget is not None and not isinstance(widget, TabView):
        widget = widget.parentWidget()
    return widget


def _redraw(panel: ChartPanel, view: TabView | None) -> None:
    if view is not None:
        view.apply_appearance()
    else:
        panel.apply_colours()


@contextmanager
def drawn_for_export(panel: ChartPanel) -> Iterator[None]:
    """Inside the block, ``panel`` is drawn in the light chart colours."""
    previous = chart_colours()
    if previous == LIGHT_CHARTS:
        yield
        return
    view = owning_view(panel)
    set_chart_colours(LIGHT_CHARTS)
    _redraw(panel, view)
    try:
        yield
    finally:
        set_chart_colours(previous)
        _redraw(panel, view)
