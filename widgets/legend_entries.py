"""Emptying a pyqtgraph legend without leaving orphans behind."""

from __future__ import annotations

import pyqtgraph as pg


def clear_legend(legend: pg.LegendItem) -> None:
    """Remove every entry and have Qt delete its graphics items now.

    ``LegendItem.clear`` only takes the entries out of the scene; the orphaned items then
    live on (pyqtgraph objects hold reference cycles) until PySide destroys them at
    interpreter exit, when their Python overrides can no longer run: a crash on quitting.
    """
    entries = list(legend.items)
    legend.clear()
    for sample, label in entries:
        sample.deleteLater()
        label.deleteLater()
