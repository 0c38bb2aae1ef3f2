"""A labelled scatter over shaded zones: points with names, zones with names, arrows.

Labels are placed in pixel space each time the plot is resized or its range changes (a
zoom, a pan), greedily, so that no label covers a point, a zone's label, an arrow or
another label (points at exactly the same place share one block of names). A label
pushed away from its point gets a thin leader line; the names of points out of view are
hidden, and a zone's name follows the part of the zone in view. Points and their names
are clickable.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem

from explainer_core.layout.label_placement import (
    CANDIDATES_PER_RING,
    Box,
    LabelSpot,
    box_at,
    boxes_around,
    choose_boxes,
)
from widgets.chart_theme import chart_colours, drawing_style
from widgets.label_texts import set_label_texts
from widgets.scatter_groups import ScatterGroups, Spot
from widgets.steady_text import SteadyTextItem

MARKER_PX = 13
SELECTED_PX = 25
RING_PX = 21
LABEL_MARGIN = 1.0  # the text document's margin, in pixels
ZONE_LABEL_INSET = 4.0
LABEL_CLEARANCE = 5.0  # pixels between a label and another chip's marker
MARKER_WEIGHT = 5.0
LABEL_FONT_SCALE = 0.92  # chip names a little smaller than the zones' names


@dataclass(frozen=True)
class ScatterPoint:
    key: str
    x: float  # plot coordinates: the owner applies any log transform
    y: float
    label: str
    symbol: str
    colour: str
    hollow: bool = False
    tooltip: str = ""
    size: float = MARKER_PX  # pixels: a point that must stand out may be larger


@dataclass(frozen=True)
class ZoneShape:
    key: str
    polygon: tuple[tuple[float, float], ...]  # plot coordinates
    label: str
    label_spots: tuple[LabelSpot, ...]  # plot coordinates, in order of preference
    fill: str | None = None  # "#RRGGBBAA"
    border: str | None = None
    hatched: bool = False
    label_colour: str = ""  # "": the chart's foreground


class _ClickableText(SteadyTextItem):
    def __init__(self, owner: ZoneScatter, key: str) -> None:
        colours = chart_colours()
        super().__init__(
            anchor=(0.0, 0.0), color=colours.foreground, fill=pg.mkBrush(*colours.label_fill)
        )
        self._owner = owner
        self.key = key
        self.textItem.document().setDocumentMargin(LABEL_MARGIN)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._owner.pointClicked.emit(self.key)


def _square(centre: QPointF, half: float) -> Box:
    return Box(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)


def _without_labels(zones: list[ZoneShape]) -> list[ZoneShape]:
    return [replace(zone, label="") for zone in zones]


def _without_texts(points: list[ScatterPoint]) -> list[ScatterPoint]:
    return [replace(point, label="", tooltip="") for point in points]


def _text_size(item: pg.TextItem) -> tuple[float, float]:
    rect = item.textItem.boundingRect()
    return rect.width(), rect.height()


class ZoneScatter(QObject):
    pointClicked = Signal(str)

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(plot)
        self._plot = plot
        self._zones: list[ZoneShape] = []
        self._zone_items: list[QGraphicsPolygonItem] = []
        self._zone_labels: dict[str, SteadyTextItem] = {}
        self._points: list[ScatterPoint] = []
        self._labels: dict[str, _ClickableText] = {}
        self._leaders: list[pg.PlotCurveItem] = []
        self._arrows: list[tuple[str, str]] = []
        self._arrow_items: list[pg.GraphicsObject] = []
        self._selected: str | None = None
        self._highlighted: set[str] = set()
        self._label_boxes: dict[str, Box] = {}
        self._zone_label_boxes: dict[str, Box] = {}
        self._point_boxes: dict[str, Box] = {}
        self._zones_style = drawing_style()  # what the zones were drawn with
        self._points_style = drawing_style()  # …and the points
        self._batch_depth = 0
        self._relayout_wanted = False
        self.rings = ScatterGroups(plot, 20)
        self.markers = ScatterGroups(plot, 30, self._on_clicked, self._on_hovered)
        self.selected_ring = ScatterGroups(plot, 35)
        plot.getViewBox().sigResized.connect(self.relayout)
        plot.getViewBox().sigRangeChanged.connect(self.relayout)

    # -- content ----------------------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[None]:
        """Place the labels once, after several changes (each would place them all again)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._relayout_wanted:
                self.relayout()

    def set_zones(self, zones: list[ZoneShape]) -> None:
        same_look = self._zones_style == drawing_style()
        if zones and same_look and _without_labels(zones) == _without_labels(self._zones):
            # The same zones (a language switch): only their names change.
            self._zones = list(zones)
            set_label_texts(self._zone_labels, {zone.key: zone.label for zone in zones})
            self.relayout()
            return
        self._zones_style = drawing_style()
        for item in self._zone_items:
            self._plot.removeItem(item)
        for label in self._zone_labels.values():
            self._plot.removeItem(label)
        self._zones = list(zones)
        self._zone_items = []
        self._zone_labels = {}
        for depth, zone in enumerate(zones):
            polygon = QPolygonF([QPointF(x, y) for x, y in zone.polygon])
            item = QGraphicsPolygonItem(polygon)
            item.setPen(pg.mkPen(zone.border, width=1.2) if zone.border else pg.mkPen(None))
            # pg.mkColor reads "#RRGGBBAA" (QColor would read "#AARRGGBB").
            if zone.hatched:
                brush = QBrush(
                    pg.mkColor(zone.fill or chart_colours().hatch), Qt.BrushStyle.BDiagPattern
                )
            elif zone.fill:
                brush = QBrush(pg.mkColor(zone.fill))
            else:
                brush = QBrush(Qt.BrushStyle.NoBrush)
            item.setBrush(brush)
            item.setZValue(-20 + depth + (5 if zone.hatched else 0))
            self._plot.addItem(item, ignoreBounds=True)
            self._zone_items.append(item)
            label = SteadyTextItem(
                zone.label,
                color=zone.label_colour or chart_colours().foreground,
                anchor=(0.0, 0.0),
                fill=pg.mkBrush(*chart_colours().label_fill),
            )
            label.textItem.document().setDocumentMargin(2)
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            label.setZValue(10)
            self._plot.addItem(label, ignoreBounds=True)
            self._zone_labels[zone.key] = label
        self.relayout()

    def set_points(self, points: list[ScatterPoint]) -> None:
        same_look = self._points_style == drawing_style()
        if points and same_look and _without_texts(points) == _without_texts(self._points):
            # The same points (a language switch): new tooltips, names set in place.
            self._points = list(points)
            set_label_texts(self._labels, {point.key: point.label for point in points})
            self.relayout()
            return
        self._points_style = drawing_style()
        for label in self._labels.values():
            self._plot.removeItem(label)
        self._points = list(points)
        self._labels = {}
        for point in points:
            label = _ClickableText(self, point.key)
            label.setText(point.label)
            label.setZValue(25)
            self._plot.addItem(label, ignoreBounds=True)
            self._labels[point.key] = label
        self.markers.set_spots(
            [
                Spot(
                    point.x,
                    point.y,
                    point.key,
                    point.symbol,
                    chart_colours().hollow_fill if point.hollow else point.colour,
                    point.colour if point.hollow else chart_colours().foreground,
                    2.0 if point.hollow else 0.8,
                    point.size,
                )
                for point in points
            ]
        )
        self._restyle_labels()
        self._draw_rings()
        self.relayout()

    def set_arrows(self, pairs: list[tuple[str, str]]) -> None:
        """Arrows from one point to another (keys), e.g. a chip to its cut-down version."""
        self._arrows = list(pairs)
        self.relayout()

    def set_selected(self, key: str | None) -> None:
        self._selected = key
        self._restyle_labels()
        self._draw_rings()
        self.relayout()  # a bold name is wider: place the labels again

    def set_highlighted(self, keys: set[str] | list[str] | tuple[str, ...]) -> None:
        self._highlighted = set(keys)
        self._restyle_labels()
        self._draw_rings()
        self.relayout()

    # -- reading (tests) --------------------------------------------------------------------------
    def label_boxes(self) -> dict[str, Box]:
        """Each shown point label's box in scene pixels, as last laid out."""
        return dict(self._label_boxes)

    def label_visible(self, key: str) -> bool:
        return self._labels[key].isVisible()

    def view_bounds(self) -> Box:
        """The plot's inside, in scene pixels: where labels may go."""
        rect = self._plot.getViewBox().sceneBoundingRect()
        return Box(rect.left() + 2, rect.top() + 2, rect.right() - 2, rect.bottom() - 2)

    def zone_label_boxes(self) -> dict[str, Box]:
        return dict(self._zone_label_boxes)

    def point_boxes(self) -> dict[str, Box]:
        return dict(self._point_boxes)

    def zone_label_visible(self, key: str) -> bool:
        return self._zone_labels[key].isVisible()

    def zone_label_text(self, key: str) -> str:
        return self._zone_labels[key].toPlainText()

    def label_text(self, key: str) -> str:
        return self._labels[key].toPlainText()

    def highlighted(self) -> set[str]:
        return set(self._highlighted)

    def scene_position(self, key: str) -> QPointF:
        point = next(p for p in self._points if p.key == key)
        return self._plot.getViewBox().mapViewToScene(QPointF(point.x, point.y))

    # -- drawing ----------------------------------------------------------------------------------
    def _restyle_labels(self) -> None:
        for key, label in self._labels.items():
            font = QFont()
            font.setPointSizeF(font.pointSizeF() * LABEL_FONT_SCALE)
            font.setBold(key == self._selected)
            font.setUnderline(key in self._highlighted)
            label.setFont(font)

    def _draw_rings(self) -> None:
        positions = {point.key: (point.x, point.y) for point in self._points}
        self.rings.set_spots(
            [
                Spot(
                    *positions[key],
                    key,
                    "o",
                    None,
                    chart_colours().foreground,
                    1.5,
                    RING_PX,
                    dashed=True,
                )
                for key in sorted(self._highlighted)
                if key in positions
            ]
        )
        selected = self._selected if self._selected in positions else None
        self.selected_ring.set_spots(
            []
            if selected is None
            else [
                Spot(
                    *positions[selected],
                    selected,
                    "o",
                    None,
                    chart_colours().foreground,
                    3,
                    SELECTED_PX,
                )
            ]
        )

    def relayout(self, *_args) -> None:
        if self._batch_depth:
            self._relayout_wanted = True
            return
        self._relayout_wanted = False
        view = self._plot.getViewBox()
        if view.width() <= 0 or view.height() <= 0:
            return
        bounds = self.view_bounds()
        self._place_points(view)
        obstacles: list[Box] = []
        obstacles += self._draw_arrows(view)
        self._place_zone_labels(view, obstacles + list(self._point_boxes.values()), bounds)
        obstacles += list(self._zone_label_boxes.values())
        self._place_point_labels(view, obstacles, bounds)

    def _scene(self, view: pg.ViewBox, x: float, y: float) -> QPointF:
        return view.mapViewToScene(QPointF(x, y))

    def _place_points(self, view: pg.ViewBox) -> None:
        self._point_boxes = {}
        for point in self._points:
            radius = point.size / 2 + 2
            p = self._scene(view, point.x, point.y)
            self._point_boxes[point.key] = Box(
                p.x() - radius, p.y() - radius, p.x() + radius, p.y() + radius
            )

    def _place_zone_labels(self, view: pg.ViewBox, obstacles: list[Box], bounds: Box) -> None:
        candidates = []
        for zone in self._zones:
            width, height = _text_size(self._zone_labels[zone.key])
            outline = QPolygonF([self._scene(view, x, y) for x, y in zone.polygon])
            options = []
            for spot in zone.label_spots:
                p = self._scene(view, spot.x, spot.y)
                inside = (
                    bounds.left <= p.x() <= bounds.right and bounds.top <= p.y() <= bounds.bottom
                )
                if not inside:  # zoomed in: the same corner of the part in view
                    p = QPointF(
                        min(max(p.x(), bounds.left), bounds.right),
                        min(max(p.y(), bounds.top), bounds.bottom),
                    )
                box = box_at(p.x(), p.y(), width, height, spot.h_align, spot.v_align)
                # Move the box inwards, away from the zone's edge it is aligned on.
                dx = ZONE_LABEL_INSET * (1 - 2 * spot.h_align)
                dy = ZONE_LABEL_INSET * (1 - 2 * spot.v_align)
                box = box.moved(dx, dy)
                centre = QPointF((box.left + box.right) / 2, (box.top + box.bottom) / 2)
                if inside or outline.containsPoint(centre, Qt.FillRule.OddEvenFill):
                    options.append(box)  # a moved name still sits on its own zone
            candidates.append(options)
        chosen = choose_boxes(candidates, obstacles, bounds)
        self._zone_label_boxes = {}
        placed: list[Box] = []
        for zone, options, index in zip(self._zones, candidates, chosen, strict=True):
            label = self._zone_labels[zone.key]
            box = options[index] if options else None
            # A zone's name never covers a chip: in a chart too small for it, it steps aside.
            free = box is not None and not any(
                box.overlap(other) > 0 or box.outside_area(bounds) > 0
                for other in (*obstacles, *placed)
            )
            label.setVisible(free)
            if not free:
                continue
            placed.append(box)
            self._zone_label_boxes[zone.key] = box
            label.setPos(view.mapSceneToView(QPointF(box.left, box.top)))

    def _groups(self) -> list[list[ScatterPoint]]:
        groups: dict[tuple[float, float], list[ScatterPoint]] = {}
        for point in self._points:
            groups.setdefault((point.x, point.y), []).append(point)
        return list(groups.values())

    def _place_point_labels(self, view: pg.ViewBox, obstacles: list[Box], bounds: Box) -> None:
        for leader in self._leaders:
            self._plot.removeItem(leader)
        self._leaders = []
        groups, hidden = [], []
        for group in self._groups():
            centre = self._scene(view, group[0].x, group[0].y)
            in_view = bounds.left <= centre.x() <= bounds.right
            in_view = in_view and bounds.top <= centre.y() <= bounds.bottom
            (groups if in_view else hidden).append(group)
        for group in hidden:  # zoomed in: names of chips out of view go with them
            for point in group:
                self._labels[point.key].setVisible(False)
        centres = [self._scene(view, group[0].x, group[0].y) for group in groups]
        # Labels keep clear of other chips' markers, so that none seems to name the wrong one.
        count = len(centres)
        margins = [_square(c, MARKER_PX / 2 + LABEL_CLEARANCE) for c in centres]
        markers = [_square(c, MARKER_PX / 2 + 1) for c in centres]
        all_obstacles = margins + markers + obstacles
        # Covering a marker costs more than covering the margin around it.
        weights = [1.0] * count + [MARKER_WEIGHT] * count + [1.0] * len(obstacles)

        def crowding(index: int) -> int:
            here = centres[index]
            return -sum(
                1
                for other in centres
                if math.hypot(other.x() - here.x(), other.y() - here.y()) < 90
            )

        order = sorted(range(len(groups)), key=crowding)
        candidates, sizes = [], []
        for index in order:
            lines = [_text_size(self._labels[point.key]) for point in groups[index]]
            width = max(w for w, _ in lines)
            height = sum(h for _, h in lines)
            sizes.append(lines)
            centre = centres[index]
            candidates.append(
                boxes_around(centre.x(), centre.y(), width, height, MARKER_PX / 2 + 3)
            )
        chosen = choose_boxes(
            candidates,
            all_obstacles,
            bounds,
            anchors=[(centres[i].x(), centres[i].y()) for i in order],
            ignored=[{i, count + i} for i in order],
            weights=weights,
            leader_from=CANDIDATES_PER_RING,  # further out, a leader line ties the label
        )
        self._label_boxes = {}
        for index, options, lines, pick in zip(order, candidates, sizes, chosen, strict=True):
            group, box = groups[index], options[pick]
            top = box.top
            for point, (width, height) in zip(group, lines, strict=True):
                self._label_boxes[point.key] = Box(box.left, top, box.left + width, top + height)
                self._labels[point.key].setPos(view.mapSceneToView(QPointF(box.left, top)))
                self._labels[point.key].setVisible(True)
                top += height
            if pick >= CANDIDATES_PER_RING:  # beyond the first ring: not next to it
                self._add_leader(view, centres[index], box)

    def _add_leader(self, view: pg.ViewBox, centre: QPointF, box: Box) -> None:
        x = min(max(centre.x(), box.left), box.right)
        y = min(max(centre.y(), box.top), box.bottom)
        start, end = view.mapSceneToView(centre), view.mapSceneToView(QPointF(x, y))
        leader = pg.PlotCurveItem(
            [start.x(), end.x()],
            [start.y(), end.y()],
            pen=pg.mkPen(chart_colours().faint, width=0.8),
        )
        leader.setZValue(15)
        self._plot.addItem(leader, ignoreBounds=True)
        self._leaders.append(leader)

    def _draw_arrows(self, view: pg.ViewBox) -> list[Box]:
        """Draw each arrow between its points, stopping short of the markers."""
        for item in self._arrow_items:
            self._plot.removeItem(item)
        self._arrow_items = []
        positions = {point.key: (point.x, point.y) for point in self._points}
        boxes = []
        for start_key, end_key in self._arrows:
            if start_key not in positions or end_key not in positions:
                continue
            start = self._scene(view, *positions[start_key])
            end = self._scene(view, *positions[end_key])
            dx, dy = end.x() - start.x(), end.y() - start.y()
            length = math.hypot(dx, dy)
            gap = MARKER_PX / 2 + 2
            if length <= 2 * gap:
                continue
            ux, uy = dx / length, dy / length
            tail = QPointF(start.x() + ux * gap, start.y() + uy * gap)
            tip = QPointF(end.x() - ux * gap, end.y() - uy * gap)
            tail_view, tip_view = view.mapSceneToView(tail), view.mapSceneToView(tip)
            line = pg.PlotCurveItem(
                [tail_view.x(), tip_view.x()],
                [tail_view.y(), tip_view.y()],
                pen=pg.mkPen(chart_colours().foreground, width=1.5),
            )
            head = pg.ArrowItem(
                angle=math.degrees(math.atan2(dy, dx)) + 180,
                headLen=10,
                tipAngle=35,
                pen=pg.mkPen(chart_colours().foreground),
                brush=pg.mkBrush(chart_colours().foreground),
            )
            head.setPos(tip_view)
            for item in (line, head):
                item.setZValue(18)
                self._plot.addItem(item, ignoreBounds=True)
                self._arrow_items.append(item)
            rect = QRectF(tail, tip).normalized().adjusted(-4, -4, 4, 4)
            boxes.append(Box(rect.left(), rect.top(), rect.right(), rect.bottom()))
        return boxes

    # -- mouse ------------------------------------------------------------------------------------
    def _on_clicked(self, keys: list[str], event) -> None:
        if not keys:
            return
        event.accept()
        # Clicking a shared place again moves on to the next chip there.
        if self._selected in keys:
            key = keys[(keys.index(self._selected) + 1) % len(keys)]
        else:
            key = keys[0]
        self.pointClicked.emit(key)

    def _on_hovered(self, keys: list[str]) -> None:
        tips = {point.key: point.tooltip for point in self._points}
        self._plot.getViewBox().setToolTip("\n\n".join(tips.get(key, "") for key in keys[:4]))
