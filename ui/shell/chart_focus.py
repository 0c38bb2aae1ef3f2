"""Which chart the user works with: the one they last clicked in, typed in or tabbed into,
tab by tab. Copy and Export act on it.

A control belongs to a chart when the chart is the only one in the part of the window that
holds the control: the reference-day field and the timeline share a column, so a date typed
there makes the timeline the chart worked with; the instrument picker, beside both market
charts, makes neither.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ui import registry

if TYPE_CHECKING:  # imported with the first chart: pyqtgraph costs start-up time
    from widgets.chart_panel import ChartPanel


def _chart_panel_class() -> type[ChartPanel] | None:
    """ChartPanel, once a chart exists (before that, nothing can belong to one)."""
    module = sys.modules.get("widgets.chart_panel")
    return module.ChartPanel if module is not None else None


def chart_of(widget: QWidget | None, top: QWidget) -> ChartPanel | None:
    """The chart ``widget`` belongs to, looking no higher than ``top``."""
    ChartPanel = _chart_panel_class()
    if ChartPanel is None:
        return None
    while widget is not None:
        if isinstance(widget, ChartPanel):
            return widget
        panels = widget.findChildren(ChartPanel)
        if len(panels) == 1:
            return panels[0]
        if len(panels) > 1 or widget is top:
            return None
        widget = widget.parentWidget()
    return None


class ChartFocus(QObject):
    """Follows the keyboard focus, which a click in a chart, a field or a button moves too:
    no event filter on the whole application, which every event would have to pass."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._last: dict[QWidget, str] = {}  # a tab's view → the chart last worked with
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self._window:
            self.note(new)

    def note(self, widget: QWidget) -> None:
        panel = chart_of(widget, self._window)
        if panel is not None:
            self._last[self._view_of(panel)] = panel.chart_id

    def chart_in(self, view: QWidget) -> str | None:
        """The chart of ``view`` the user works with (focus) or last worked with; else the
        tab's first chart."""
        focused = chart_of(QApplication.focusWidget(), self._window)
        if focused is not None and view.isAncestorOf(focused):
            return focused.chart_id
        if view in self._last:
            return self._last[view]
        ChartPanel = _chart_panel_class()
        panels = view.findChildren(ChartPanel) if ChartPanel is not None else []
        # Nothing worked with yet: the tab's first chart shown, as the registry lists them.
        shown = [panel for panel in panels if panel.isVisible()] or panels
        order = {chart_id: index for index, chart_id in enumerate(registry.CHART_IDS)}
        shown.sort(key=lambda panel: order.get(panel.chart_id, len(order)))
        return shown[0].chart_id if shown else None

    def _view_of(self, panel: ChartPanel) -> QWidget:
        """The tab page's view that holds ``panel`` (its ancestor just below the tabs)."""
        widget: QWidget = panel
        while widget.parentWidget() is not None and not _is_tab_page(widget.parentWidget()):
            widget = widget.parentWidget()
        return widget


def _is_tab_page(widget: QWidget) -> bool:
    from ui.shell.lazy_tab import LazyTab

    return isinstance(widget, LazyTab)
