"""Make a pyqtgraph scene's lines proportionally thicker for a high-resolution raster export.

pyqtgraph draws with cosmetic pens, whose width is in device pixels whatever the
painter's scale: a 2-pixel line stays 2 pixels in a 3840-pixel export (the reason
pyqtgraph's own ImageExporter gives hairlines). No pyqtgraph or Qt API scales them,
so this module widens every pen of the scene by the export scale for the duration of
one render, then puts the original pens back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pyqtgraph as pg
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsScene


def _scaled(pen: QPen, factor: float) -> QPen:
    wider = QPen(pen)
    # A width of 0 means "one device pixel" in Qt: treat it as 1 logical pixel.
    wider.setWidthF(max(pen.widthF(), 1.0) * factor)
    return wider


def _pen_swaps(item: object, factor: float) -> list[Callable[[], None]]:
    """Widen ``item``'s pens now; return the callables that restore them."""
    if isinstance(item, pg.PlotCurveItem):
        pen = pg.mkPen(item.opts["pen"])
        item.setPen(_scaled(pen, factor))
        return [lambda: item.setPen(pen)]
    if isinstance(item, pg.InfiniteLine):
        pen = QPen(item.pen)
        item.setPen(_scaled(pen, factor))
        return [lambda: item.setPen(pen)]
    if isinstance(item, pg.AxisItem):
        pen = QPen(item.pen())
        item.setPen(_scaled(pen, factor))
        return [lambda: item.setPen(pen)]
    if isinstance(item, pg.BarGraphItem):
        pen = item.opts.get("pen")
        if pen is None:
            return []
        pen = pg.mkPen(pen)
        item.setOpts(pen=_scaled(pen, factor))
        return [lambda: item.setOpts(pen=pen)]
    if isinstance(item, pg.ScatterPlotItem):
        return [_scale_scatter(item, factor)]
    if isinstance(item, QAbstractGraphicsShapeItem):
        pen = QPen(item.pen())
        item.setPen(_scaled(pen, factor))
        return [lambda: item.setPen(pen)]
    return []


def _set_spots(item: pg.ScatterPlotItem, pens: list, sizes) -> None:
    for index, pen in enumerate(pens):
        item.data["pen"][index] = pen
    item.data["size"] = sizes
    item.data["sourceRect"] = 0  # forces the symbol pixmaps to be redrawn
    item.updateSpots()


def _scale_scatter(item: pg.ScatterPlotItem, factor: float) -> Callable[[], None]:
    """Scale the default and the per-point pens and sizes; return how to undo it exactly."""
    default_pen, default_size = pg.mkPen(item.opts["pen"]), item.opts["size"]
    pens, sizes = list(item.data["pen"]), item.data["size"].copy()
    item.setPen(_scaled(default_pen, factor), update=False)
    item.setSize(default_size * factor, update=False)
    wider_sizes = sizes.copy()
    wider_sizes[sizes >= 0] *= factor  # -1 means "the default size"
    _set_spots(
        item, [None if p is None else _scaled(pg.mkPen(p), factor) for p in pens], wider_sizes
    )

    def restore() -> None:
        item.setPen(default_pen, update=False)
        item.setSize(default_size, update=False)
        _set_spots(item, pens, sizes)

    return restore


@contextmanager
def thicker_pens(scene: QGraphicsScene, factor: float) -> Iterator[None]:
    """Within the block, every line of ``scene`` is ``factor`` times wider."""
    if abs(factor - 1.0) < 1e-9:
        yield
        return
    restores: list[Callable[[], None]] = []
    try:
        for item in scene.items():
            restores += _pen_swaps(item, factor)
        yield
    finally:
        for restore in reversed(restores):
            restore()
