"""Room for a vertical axis's tick labels before the axis is first drawn."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF


def axis_width_for(axis: pg.AxisItem, labels: list[str], with_label: bool = True) -> int:
    """The width a vertical axis needs for its widest tick label (and its title)."""
    metrics = QFontMetricsF(axis.style.get("tickFont") or QFont())
    widest = max(
        (metrics.horizontalAdvance(line) for label in labels for line in label.split("\n")),
        default=0.0,
    )
    title = metrics.height() + 8 if with_label else 0
    return math.ceil(widest + 16 + title)


def fit_axis_width(
    axis: pg.AxisItem, labels: list[str], with_label: bool = True, grow_only: bool = False
) -> None:
    """Give a vertical axis room for its widest tick label (and its title) before it is
    first drawn: pyqtgraph drops labels that do not fit and widens the axis only at the
    next paint, too late for a chart exported before it was ever shown. ``grow_only``:
    never narrower (a zoom changes the labels; the plot should not jump sideways)."""
    width = axis_width_for(axis, labels, with_label)
    if grow_only and width <= axis.width():
        return
    axis.setWidth(width)
