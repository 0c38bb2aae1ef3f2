"""Scatter spots kept in one ScatterPlotItem per outline and size.

Whatever restyles a whole ScatterPlotItem (the chart export widens every item's pen
and size for a high-resolution image, then puts the item's own pen and size back)
then keeps each spot's look: the pen and size are the item's, never a spot's.
Fills and symbols stay per spot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPen


@dataclass(frozen=True)
class Spot:
    x: float
    y: float
    key: str
    symbol: str
    brush: str | None  # a colour, or None for a see-through spot
    outline: str
    outline_width: float
    size: float
    dashed: bool = False


class ScatterGroups:
    """Draws ``Spot``s into a plot; ``on_click(keys, event)`` and ``on_hover(keys)``
    hear about the spots under the mouse."""

    def __init__(
        self,
        plot: pg.PlotItem,
        z: float,
        on_click: Callable[[list[str], object], None] | None = None,
        on_hover: Callable[[list[str]], None] | None = None,
    ) -> None:
        self._plot = plot
        self._z = z
        self._on_click = on_click
        self._on_hover = on_hover
        self._items: dict[tuple, pg.ScatterPlotItem] = {}
        # pyqtgraph keeps every symbol it has drawn, keyed by the identity of its pen and
        # brush objects: new ones at each redraw (a click, a language switch) would grow
        # that store without end, so each look is made once and reused.
        self._pens: dict[tuple, QPen] = {}
        self._brushes: dict[str | None, QBrush] = {}

    @property
    def items(self) -> list[pg.ScatterPlotItem]:
        return list(self._items.values())

    def set_spots(self, spots: list[Spot]) -> None:
        groups: dict[tuple, list[Spot]] = {}
        for spot in spots:
            key = (spot.outline, spot.outline_width, spot.size, spot.dashed)
            groups.setdefault(key, []).append(spot)
        for key in list(self._items):
            if key not in groups:
                self._items.pop(key).setData(spots=[])
        for key, members in groups.items():
            outline, width, size, dashed = key
            self._item(key).setData(
                spots=[
                    {
                        "pos": (spot.x, spot.y),
                        "data": spot.key,
                        "symbol": spot.symbol,
                        "brush": self._brush(spot.brush),
                    }
                    for spot in members
                ],
                pen=self._pen(outline, width, dashed),
                size=size,
            )

    def _pen(self, outline: str, width: float, dashed: bool) -> QPen:
        key = (outline, width, dashed)
        if key not in self._pens:
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            self._pens[key] = pg.mkPen(outline, width=width, style=style)
        return self._pens[key]

    def _brush(self, colour: str | None) -> QBrush:
        if colour not in self._brushes:
            self._brushes[colour] = pg.mkBrush(colour) if colour else pg.mkBrush(0, 0, 0, 0)
        return self._brushes[colour]

    def _item(self, key: tuple) -> pg.ScatterPlotItem:
        if key not in self._items:
            item = pg.ScatterPlotItem(pxMode=True, hoverable=self._on_hover is not None, tip=None)
            item.setZValue(self._z)
            self._plot.addItem(item)
            if self._on_click is not None:
                item.sigClicked.connect(
                    lambda _item, points, event: self._on_click(
                        [str(point.data()) for point in points], event
                    )
                )
            if self._on_hover is not None:
                item.sigHovered.connect(
                    lambda _item, points, _event: self._on_hover(
                        [str(point.data()) for point in points]
                    )
                )
            self._items[key] = item
        return self._items[key]
