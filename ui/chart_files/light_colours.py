"""Exported charts are dark on white, whatever the interface's theme.

Slides and handouts are mostly white, and a printer should not spend a cartridge on a
dark background: a chart exported (or copied) from the dark theme is redrawn in the
light chart colours for the time of the export, then redrawn as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget

from ui.shell.tab_view import TabView
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import LIGHT_CHARTS, chart_colours, set_chart_colours


def owning_view(panel: ChartPanel) -> TabView | None:
    widget: QWidget | None = panel.parentWidget()
    while widget is not None and not isinstance(widget, TabView):
        widget = widget.parentWidget()
    return widget


def _redraw(panel: ChartPanel, view: TabView | None) -> None:
    if view is not None:
        view.redraw()
    else:
        panel.apply_colours()


def _bring_up_to_date(panel: ChartPanel, view: TabView | None) -> None:
    """A hidden tab redraws its charts when shown: an export cannot wait for that."""
    if view is not None:
        view.bring_up_to_date()  # may hand the chart its own drawing, kept for later
    panel.bring_up_to_date()


@contextmanager
def drawn_for_export(panel: ChartPanel) -> Iterator[None]:
    """Inside the block, ``panel`` is drawn in the light chart colours and up to date: a
    chart of a hidden tab draws now what it kept for its next showing (the current
    language's texts)."""
    previous = chart_colours()
    view = owning_view(panel)
    if previous == LIGHT_CHARTS:
        _bring_up_to_date(panel, view)
        yield
        return
    set_chart_colours(LIGHT_CHARTS)
    _redraw(panel, view)
    _bring_up_to_date(panel, view)
    try:
        yield
    finally:
        set_chart_colours(previous)
        _redraw(panel, view)
