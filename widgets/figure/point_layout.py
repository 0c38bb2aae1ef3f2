"""Markers and their labels: each label where it hides no marker and no other label.

Labels are placed greedily in pixel space (``explainer_core.layout.label_placement``),
the most crowded points first; a label pushed beyond the first ring of places around its
point is tied to it by a leader line. Points drawn at the same place share one block of
labels. On a category axis, markers of one lane that would touch are stacked in sub-rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from explainer_core.figure import LabelPreference, Point, Points
from explainer_core.layout.label_placement import (
    CANDIDATES_PER_RING,
    Box,
    boxes_around,
    choose_boxes,
    nearest_on_box,
)
from explainer_core.layout.stacking import stack_in_lanes, sub_row_offset
from widgets.figure.scales import AxisMap
from widgets.figure.shapes import XY, Marker, PlacedText, Polyline, Shape, Stroke
from widgets.figure.style import TextRole
from widgets.figure.text import FontSpec
from widgets.figure.typesetting import TextSetter

EMPHASIS_GROWTH = 1.35
LABEL_CLEARANCE = 4.0  # between a label and another point's marker
MARKER_WEIGHT = 5.0  # covering a marker costs more than covering the margin around it
OBSTACLE_WEIGHT = 5.0
RINGS = 6
CROWD_RADIUS = 90.0
SUB_ROW_SHARE = 0.22  # of a lane's height, between sub-rows of markers
# The order of ``boxes_around``'s twelve places when the label is wanted above its point.
ABOVE_FIRST = (2, 8, 9, 0, 1, 4, 6, 3, 5, 7, 10, 11)


@dataclass(frozen=True)
class DrawnPoint:
    point: Point
    centre: XY
    radius: float


def drawn_points(marks: Sequence[Points], x_map: AxisMap, y_map: AxisMap) -> list[list[DrawnPoint]]:
    """Where every marker of every ``Points`` mark goes, sub-rows included."""
    result = []
    for mark in marks:
        centres = [(x_map(point.x), y_map(point.y)) for point in mark.points]
        if mark.spread:
            centres = _spread(mark, centres, x_map, y_map)
        result.append(
            [
                DrawnPoint(
                    point, centre, mark.size * (EMPHASIS_GROWTH if point.emphasised else 1) / 2
                )
                for point, centre in zip(mark.points, centres, strict=True)
            ]
        )
    return result


def _spread(mark: Points, centres: list[XY], x_map: AxisMap, y_map: AxisMap) -> list[XY]:
    """Markers of one lane closer than their size stacked in sub-rows around the lane."""
    lanes_on_y = y_map.axis.is_category
    lane_map = y_map if lanes_on_y else x_map
    if not lane_map.axis.is_category:
        return centres
    items = [
        (
            lane_map.axis.category_index(str(point.y if lanes_on_y else point.x)),
            centre[0 if lanes_on_y else 1],
        )
        for point, centre in zip(mark.points, centres, strict=True)
    ]
    rows = stack_in_lanes(items, mark.size + 2)
    # Sub-rows a share of the lane apart, but no further than the markers need in a tall one.
    spacing = min(SUB_ROW_SHARE * lane_map.band, mark.size * 1.3)
    spread = []
    for (x, y), row in zip(centres, rows, strict=True):
        offset = sub_row_offset(row, spacing)
        spread.append((x, y - offset) if lanes_on_y else (x + offset, y))
    return spread


def marker_shape(drawn: DrawnPoint, setter: TextSetter) -> Marker:
    style, point = setter.style, drawn.point
    if point.hollow:
        fill, stroke = style.background, Stroke(point.colour, 1.8)
    elif point.emphasised:
        fill, stroke = point.colour, Stroke(style.text, 1.5)
    else:
        fill, stroke = point.colour, Stroke(style.background, 1.0)  # a halo between neighbours
    return Marker(drawn.centre, point.shape, drawn.radius * 2, fill, stroke)


def marker_box(drawn: DrawnPoint, margin: float = 1.0) -> Box:
    x, y = drawn.centre
    reach = drawn.radius + margin
    return Box(x - reach, y - reach, x + reach, y + reach)


def _ordered(options: list[Box], preference: LabelPreference) -> list[Box]:
    if preference is LabelPreference.RIGHT:
        return options
    ordered = []
    for ring in range(0, len(options), CANDIDATES_PER_RING):
        block = options[ring : ring + CANDIDATES_PER_RING]
        ordered += [block[index] for index in ABOVE_FIRST if index < len(block)]
    return ordered


def place_point_labels(
    marks: Sequence[Points],
    drawn: Sequence[Sequence[DrawnPoint]],
    area: Box,
    obstacles: Sequence[Box],
    setter: TextSetter,
    backing: str | None,
) -> tuple[list[Shape], list[PlacedText]]:
    """Labels for every labelled point, and the leader lines of those moved away."""
    groups: dict[tuple[int, int], list[tuple[DrawnPoint, LabelPreference]]] = {}
    every = [point for points in drawn for point in points]
    for mark, points in zip(marks, drawn, strict=True):
        for point in points:
            if point.point.label:
                key = (round(point.centre[0] * 2), round(point.centre[1] * 2))
                groups.setdefault(key, []).append((point, mark.label_preference))
    blocks = list(groups.values())
    centres = [block[0][0].centre for block in blocks]

    def crowding(index: int) -> int:
        x, y = centres[index]
        return -sum(1 for ox, oy in centres if math.hypot(ox - x, oy - y) < CROWD_RADIUS)

    order = sorted(range(len(blocks)), key=crowding)
    margins = [marker_box(point, LABEL_CLEARANCE) for point in every]
    markers = [marker_box(point) for point in every]
    all_obstacles = [*margins, *markers, *obstacles]
    weights = (
        [1.0] * len(margins) + [MARKER_WEIGHT] * len(markers) + [OBSTACLE_WEIGHT] * len(obstacles)
    )
    index_of = {id(point): number for number, point in enumerate(every)}
    candidates, ignored, sizes = [], [], []
    for block_index in order:
        block = blocks[block_index]
        pieces = []
        for point, _preference in block:
            spec = setter.spec(TextRole.LABEL, bold=point.point.emphasised)
            lines = point.point.label.split("\n")
            pieces.append((lines, spec, *setter.block_size(TextRole.LABEL, lines, spec)))
        width = max(piece[2] for piece in pieces)
        height = sum(piece[3] for piece in pieces)
        sizes.append(pieces)
        x, y = centres[block_index]
        radius = max(point.radius for point, _ in block)
        options = boxes_around(x, y, width, height, radius + 3, RINGS)
        candidates.append(_ordered(options, block[0][1]))
        own = {index_of[id(point)] for point, _ in block}
        ignored.append(own | {len(every) + number for number in own})
    chosen = choose_boxes(
        candidates,
        all_obstacles,
        area,
        anchors=[centres[index] for index in order],
        ignored=ignored,
        weights=weights,
        leader_from=CANDIDATES_PER_RING,  # further out, a leader line ties the label
    )
    shapes: list[Shape] = []
    texts: list[PlacedText] = []
    for block_index, options, pieces, pick in zip(order, candidates, sizes, chosen, strict=True):
        box = options[pick]
        top = box.top
        for lines, spec, _width, height in pieces:
            texts.append(_place(setter, lines, box.left, top, spec, backing))
            top += height
        if pick >= CANDIDATES_PER_RING:
            radius = max(point.radius for point, _ in blocks[block_index])
            leader = _leader(centres[block_index], radius, box)
            if leader is not None:
                shapes.append(
                    Polyline(leader, Stroke(setter.style.faint, setter.style.leader_width))
                )
    return shapes, texts


def _leader(centre: XY, radius: float, box: Box) -> tuple[XY, XY] | None:
    """From the marker's edge to the nearest point of the label's box."""
    end = nearest_on_box(*centre, box)
    dx, dy = end[0] - centre[0], end[1] - centre[1]
    length = math.hypot(dx, dy)
    if length <= radius + 2:
        return None
    start = (centre[0] + dx / length * (radius + 1), centre[1] + dy / length * (radius + 1))
    return start, end


def _place(
    setter: TextSetter,
    lines: list[str],
    left: float,
    top: float,
    spec: FontSpec,
    backing: str | None,
) -> PlacedText:
    return setter.place(TextRole.LABEL, lines, left, top, 0.0, None, spec, backing)
