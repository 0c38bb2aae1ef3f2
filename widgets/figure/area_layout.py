"""Lines, rules, bands, zones, rings and arrows mapped into a plot's area.

Everything is turned into figure coordinates here: a line is stored as the points it
passes through on the figure, never as data under a scaling transform.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from explainer_core.figure import Arrow, Band, Dash, LineSeries, MarkerShape, Ring, Rule, Zone
from explainer_core.layout.clipping import clip_polyline, hatch_segments
from explainer_core.layout.label_placement import Box, box_at, choose_boxes
from widgets.figure.scales import AxisMap
from widgets.figure.shapes import (
    XY,
    ArrowLine,
    Circle,
    Hatching,
    Marker,
    PlacedText,
    Polygon,
    Polyline,
    Rectangle,
    Shape,
    Stroke,
)
from widgets.figure.style import TextRole
from widgets.figure.typesetting import TextSetter

ZONE_LABEL_INSET = 5.0
ZONE_LABEL_MIN_WIDTH = 140.0  # a zone's name wraps to its zone's width, but not narrower
HATCH_SPACING = 6.0
RULE_LABEL_GAP = 3.0
ARROW_HEAD = 9.0


def lay_out_line(series: LineSeries, x_map: AxisMap, y_map: AxisMap, area: Box) -> list[Shape]:
    """The series as polylines broken at every missing value (NaN is never bridged) and cut
    to the plot's area; a value alone between two gaps is drawn as a dot so it is not lost."""
    stroke = Stroke(series.colour, series.width, series.dash)
    runs: list[list[XY]] = [[]]
    for x, y in zip(series.xs, series.ys, strict=True):
        if math.isnan(y) or math.isnan(x):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((x_map(x), y_map(y)))
    shapes: list[Shape] = []
    for run in runs:
        for piece in clip_polyline(run, area):
            if len(piece) >= 2:
                shapes.append(Polyline(tuple(piece), stroke))
            elif piece and len(run) == 1:
                dot = Stroke(series.colour, 0.5)
                shapes.append(
                    Marker(piece[0], MarkerShape.CIRCLE, series.width * 2.2, series.colour, dot)
                )
    return shapes


def rule_stroke(rule: Rule, neutral: str) -> Stroke:
    return Stroke(rule.colour or neutral, rule.width, rule.dash)


def lay_out_horizontal_rule(
    rule: Rule, y_map: AxisMap, area: Box, setter: TextSetter
) -> tuple[list[Shape], list[PlacedText]]:
    """A rule across the plot; its label at its right end, above it (below near the top)."""
    style = setter.style
    y = y_map(rule.value)
    shapes: list[Shape] = [
        Polyline(((area.left, y), (area.right, y)), rule_stroke(rule, style.rule))
    ]
    if not rule.label:
        return shapes, []
    spec = setter.spec(TextRole.RULE, rule.emphasised)
    lines = rule.label.split("\n")
    height = len(lines) * setter.line_height(TextRole.RULE, spec)
    top = y - RULE_LABEL_GAP - height
    if top < area.top:
        top = y + RULE_LABEL_GAP
    colour = rule.colour if rule.emphasised and rule.colour else None
    text = setter.place(
        TextRole.RULE, lines, area.right - 2, top, 1.0, colour, spec, style.label_backing
    )
    return shapes, [text]


def lay_out_vertical_rule(rule: Rule, x_map: AxisMap, area: Box, neutral: str) -> Polyline:
    x = x_map(rule.value)
    return Polyline(((x, area.bottom), (x, area.top)), rule_stroke(rule, neutral))


def lay_out_band(
    band: Band, x_map: AxisMap, y_map: AxisMap, area: Box, setter: TextSetter
) -> tuple[list[Shape], list[PlacedText]]:
    if band.axis == "y":
        first, second = y_map(band.start), y_map(band.end)
        box = Box(
            area.left,
            max(area.top, min(first, second)),
            area.right,
            min(area.bottom, max(first, second)),
        )
    else:
        first, second = x_map(band.start), x_map(band.end)
        box = Box(
            max(area.left, min(first, second)),
            area.top,
            min(area.right, max(first, second)),
            area.bottom,
        )
    shapes: list[Shape] = [Rectangle(box, band.colour, band.opacity)]
    if not band.label:
        return shapes, []
    spec = setter.spec(TextRole.ZONE, bold=False)
    lines = band.label.split("\n")
    height = len(lines) * setter.line_height(TextRole.ZONE, spec)
    top = box.top + ZONE_LABEL_INSET if band.axis == "x" else (box.top + box.bottom - height) / 2
    text = setter.place(TextRole.ZONE, lines, box.left + ZONE_LABEL_INSET, top, spec=spec)
    return shapes, [text]


def zone_points(zone: Zone, x_map: AxisMap, y_map: AxisMap) -> tuple[XY, ...]:
    return tuple((x_map(x), y_map(y)) for x, y in zone.polygon)


def lay_out_zone_shapes(
    zone: Zone, points: tuple[XY, ...], setter: TextSetter
) -> tuple[list[Shape], list[Shape]]:
    """The zone's fill (under the grid), and its hatching and border (over it)."""
    style = setter.style
    fills: list[Shape] = []
    overlays: list[Shape] = []
    if zone.colour:
        fills.append(Polygon(points, zone.colour, zone.opacity))
    if zone.hatched:
        hatch = Stroke(zone.hatch_colour or style.hatch, 0.8, Dash.SOLID, 0.75)
        overlays.append(Hatching(tuple(hatch_segments(points, HATCH_SPACING)), hatch))
    if zone.border:
        overlays.append(Polygon(points, None, 1.0, Stroke(zone.border, 1.0)))
    return fills, overlays


def place_zone_labels(
    zones: Sequence[Zone],
    x_map: AxisMap,
    y_map: AxisMap,
    area: Box,
    obstacles: Sequence[Box],
    setter: TextSetter,
) -> list[PlacedText]:
    """Each named zone's label at the first of its spots where it hides nothing (or the one
    where it hides least)."""
    named = [zone for zone in zones if zone.label]
    candidates, blocks = [], []
    for zone in named:
        spec = setter.spec(TextRole.ZONE)
        corners = zone_points(zone, x_map, y_map)
        zone_width = max(x for x, _ in corners) - min(x for x, _ in corners)
        room = max(ZONE_LABEL_MIN_WIDTH, min(zone_width, area.width) - 2 * ZONE_LABEL_INSET)
        lines = setter.wrap(TextRole.ZONE, zone.label, room)
        width, height = setter.block_size(TextRole.ZONE, lines, spec)
        options = []
        for spot in zone.label_spots:
            box = box_at(x_map(spot.x), y_map(spot.y), width, height, spot.h_align, spot.v_align)
            dx = ZONE_LABEL_INSET * (1 - 2 * spot.h_align)
            dy = ZONE_LABEL_INSET * (1 - 2 * spot.v_align)
            options.append(box.moved(dx, dy))
        candidates.append(options)
        blocks.append((lines, spec))
    chosen = choose_boxes(candidates, obstacles, area)
    texts = []
    for zone, options, (lines, spec), pick in zip(named, candidates, blocks, chosen, strict=True):
        box = options[pick]
        colour = zone.label_colour or setter.style.text
        texts.append(
            setter.place(
                TextRole.ZONE,
                lines,
                box.left,
                box.top,
                0.0,
                colour,
                spec,
                setter.style.label_backing,
            )
        )
    return texts


def lay_out_ring(ring: Ring, centre: XY, setter: TextSetter) -> Circle:
    width = 2.6 if ring.heavy else 1.4
    stroke = Stroke(
        ring.colour or setter.style.text, width, Dash.DASHED if ring.dashed else Dash.SOLID
    )
    return Circle(centre, ring.radius, stroke)


def lay_out_arrow(
    arrow: Arrow, start: XY, end: XY, clearance: float, setter: TextSetter
) -> ArrowLine | None:
    """An arrow between two markers, stopping ``clearance`` short of each."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length <= 2 * clearance + ARROW_HEAD:
        return None
    ux, uy = dx / length, dy / length
    tail = (start[0] + ux * clearance, start[1] + uy * clearance)
    tip = (end[0] - ux * clearance, end[1] - uy * clearance)
    return ArrowLine(tail, tip, Stroke(arrow.colour or setter.style.text, 1.4), ARROW_HEAD)
