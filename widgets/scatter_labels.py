"""A scatter plot with one labelled point per category, labels placed so they never overlap.

Each label tries, in turn, right of its point, left, above, below and the diagonals, and
takes the first place inside the plot that hides no other label and no point. The
placement is redone whenever the plot is resized or its range changes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QFont

from widgets.chart_theme import chart_colours

Rect = tuple[float, float, float, float]  # left, top, right, bottom, in pixels
MARKER_SIZE = 12
EMPHASISED_MARKER_SIZE = 16
LABEL_GAP_PX = 6.0
# Directions tried for a label, as (x, y) steps from its point; y grows downwards.
CANDIDATE_DIRECTIONS: tuple[tuple[int, int], ...] = (
    (1, 0),
    (-1, 0),
    (0, -1),
    (0, 1),
    (1, -1),
    (1, 1),
    (-1, -1),
    (-1, 1),
)


@dataclass(frozen=True)
class ScatterPoint:
    key: str
    x: float
    y: float  # in data units; the widget takes its logarithm on a log axis
    label: str  # may hold a line break
    colour: str
    emphasised: bool = False
    tooltip: str = ""


def _overlap(a: Rect, b: Rect) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _candidate(point: tuple[float, float], size: tuple[float, float], step, gap: float) -> Rect:
    x, y = point
    width, height = size
    dx, dy = step
    if dx > 0:
        left = x + gap
    elif dx < 0:
        left = x - gap - width
    else:
        left = x - width / 2
    if dy > 0:
        top = y + gap
    elif dy < 0:
        top = y - gap - height
    else:
        top = y - height / 2
    return (left, top, left + width, top + height)


def place_labels(
    points: list[tuple[float, float]],
    sizes: list[tuple[float, float]],
    bounds: Rect,
    gap: float = LABEL_GAP_PX,
    marker_radius: float = MARKER_SIZE / 2,
) -> list[Rect]:
    """A rectangle for each label, in input order (earlier labels choose first): the first
    candidate inside ``bounds`` that overlaps no placed label and no point; failing that,
    the candidate with the least overlap (outside the bounds counts as overlap)."""
    markers = [
        (x - marker_radius, y - marker_radius, x + marker_radius, y + marker_radius)
        for x, y in points
    ]
    placed: list[Rect] = []
    for point, size in zip(points, sizes, strict=True):
        best: Rect | None = None
        best_cost = math.inf
        for step in CANDIDATE_DIRECTIONS:
            rect = _candidate(point, size, step, gap + marker_radius)
            cost = sum(_overlap(rect, other) for other in placed + markers)
            area = size[0] * size[1]
            cost += area - _overlap(rect, bounds)  # the part outside the plot
            if cost < best_cost:
                best, best_cost = rect, cost
            if cost == 0:
                break
        placed.append(best)
    return placed


class LabelledScatter(QObject):
    """Draws the points into a PlotItem; the owner sets the axis ranges."""

    def __init__(self, plot: pg.PlotItem, log_y: bool = False) -> None:
        super().__init__(plot)
        self._plot = plot
        self._log_y = log_y
        self.points: list[ScatterPoint] = []
        self.markers: dict[str, pg.PlotDataItem] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self._rects: dict[str, Rect] = {}
        view = plot.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        view.sigResized.connect(self.relayout)
        view.sigRangeChanged.connect(self.relayout)

    def set_points(self, points: list[ScatterPoint]) -> None:
        for item in [*self.markers.values(), *self.labels.values()]:
            self._plot.removeItem(item)
        self.markers, self.labels = {}, {}
        # The emphasised point is drawn last (on top) and its label placed first.
        self.points = sorted(points, key=lambda p: not p.emphasised)
        foreground = chart_colours().foreground
        for point in reversed(self.points):
            size = EMPHASISED_MARKER_SIZE if point.emphasised else MARKER_SIZE
            marker = pg.PlotDataItem(
                [point.x],
                [point.y],
                pen=None,
                symbol="o",
                symbolSize=size,
                symbolBrush=point.colour,
                symbolPen=pg.mkPen(foreground, width=2 if point.emphasised else 1),
            )
            marker.scatter.setToolTip(point.tooltip)
            self._plot.addItem(marker)
            self.markers[point.key] = marker
            label = pg.TextItem(point.label, color=foreground, anchor=(0.0, 0.0))
            if point.emphasised:
                font = QFont()
                font.setBold(True)
                label.setFont(font)
            label.setToolTip(point.tooltip)
            self._plot.addItem(label, ignoreBounds=True)
            self.labels[point.key] = label
        self.relayout()

    def _view_y(self, y: float) -> float:
        return math.log10(y) if self._log_y else y

    def relayout(self, *_args) -> None:
        view = self._plot.getViewBox()
        if not self.points or view.width() <= 0:
            return
        scene = [view.mapViewToScene(QPointF(p.x, self._view_y(p.y))) for p in self.points]
        centres = [(pos.x(), pos.y()) for pos in scene]
        sizes = []
        for point in self.points:
            rect = self.labels[point.key].boundingRect()
            sizes.append((rect.width(), rect.height()))
        frame = view.sceneBoundingRect()
        bounds = (frame.left(), frame.top(), frame.right(), frame.bottom())
        rects = place_labels(centres, sizes, bounds)
        self._rects = {}
        for point, rect in zip(self.points, rects, strict=True):
            self._rects[point.key] = rect
            self.labels[point.key].setPos(view.mapSceneToView(QPointF(rect[0], rect[1])))

    def label_rects(self) -> dict[str, Rect]:
        """Where each label was put, in scene pixels (for tests)."""
        return dict(self._rects)
