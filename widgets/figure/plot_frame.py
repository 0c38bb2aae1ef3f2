"""One plot laid out in its block: titles, the strip of event labels, the axes with their
labels, and the marks inside the data area.

Done in two steps because the width decides the height's needs and not the other way
round: ``plan_plot`` works out, from the block's width, everything above and below the
data area (tick labels under the x axis, rows of event labels); once the figure has
shared its height out, ``finish_plot`` places everything.

From top to bottom: the plot's title, the y axis's title (horizontal, over the tick
labels: readable without turning the head), the event strip (labels of vertical rules,
stacked in rows, each joined to its rule), the data area, the x tick labels and the x
axis's title.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.figure import (
    Arrow,
    Axis,
    Band,
    Bars,
    Grid,
    LineSeries,
    Plot,
    Points,
    Ring,
    Rule,
    Zone,
)
from explainer_core.layout.label_placement import Box
from widgets.figure import area_layout, bar_layout, point_layout
from widgets.figure.event_strip import EventStrip, lay_out_event_strip, plan_event_strip
from widgets.figure.scales import AxisMap
from widgets.figure.shapes import PlacedText, Polyline, Shape, Stroke
from widgets.figure.style import TextRole
from widgets.figure.ticks import TickSpot, choose_ticks, ticks_in_range
from widgets.figure.typesetting import TextSetter

TITLE_GAP = 6.0
X_TICK_GAP = 14.0  # between two x tick labels
Y_TICK_GAP = 4.0  # between two y tick labels
MIN_DATA_HEIGHT = 40.0


@dataclass(frozen=True)
class PlotPlan:
    plot: Plot
    left: float  # the block, tick labels included
    right: float
    data_left: float
    data_right: float
    value_pads: tuple[float, float]  # the x axis kept this far inside the data area
    category_wrap: float  # the width at which category labels wrap
    title_lines: tuple[str, ...]
    y_title_lines: tuple[str, ...]
    x_title_lines: tuple[str, ...]
    x_spots: tuple[TickSpot, ...]
    x_label_height: float
    events: EventStrip
    top_pad: float  # room above the data area for the top tick label's upper half
    above: float  # everything above the data area
    below: float  # everything below it

    @property
    def event_key(self) -> str:
        return self.events.key

    @property
    def events_numbered(self) -> bool:
        return bool(self.events.key)


@dataclass(frozen=True)
class PlotPiece:
    area: Box
    shapes: tuple[Shape, ...]
    texts: tuple[PlacedText, ...]
    fits: bool  # every category label within its band, the data area tall enough
    values_thinned: bool  # bars too thin for every value label: only some are labelled


def _category_lines(setter: TextSetter, axis: Axis, max_width: float) -> list[list[str]]:
    return [
        setter.wrap(TextRole.CATEGORY, category.label, max_width) for category in axis.categories
    ]


def category_wrap(setter: TextSetter, inner_width: float) -> float:
    """The width at which category labels wrap."""
    return inner_width * setter.style.category_max_share


def y_label_column(plot: Plot, setter: TextSetter, inner_width: float) -> float:
    """The width the y axis's labels need, whichever tick level ends up shown."""
    axis = plot.y_axis
    if axis.is_category:
        return max(
            (
                setter.block_size(TextRole.CATEGORY, lines)[0]
                for lines in _category_lines(setter, axis, category_wrap(setter, inner_width))
            ),
            default=0.0,
        )
    return max(
        (
            setter.width(TextRole.TICK, tick.label)
            for level in axis.tick_levels
            for tick in ticks_in_range(axis, level)
        ),
        default=0.0,
    )


def _x_label_extent(setter: TextSetter, label: str) -> float:
    return setter.width(TextRole.TICK, label)


def plan_plot(
    plot: Plot, setter: TextSetter, left: float, right: float, column: float, inner_width: float
) -> PlotPlan:
    style = setter.style
    data_left = left + column + (style.tick_gap if column > 0 else 0.0)
    data_right = right
    bars = [mark for mark in plot.marks if isinstance(mark, Bars)]
    pads = (
        bar_layout.value_axis_room(bars, plot.x_axis, data_left, data_right, setter)
        if bars
        else (0.0, 0.0)
    )
    x_map = AxisMap(plot.x_axis, data_left + pads[0], data_right - pads[1])
    tick_pitch = setter.line_height(TextRole.TICK)
    spots: list[TickSpot] = []
    label_height = 0.0
    if plot.x_axis.is_category:
        label_height = max(
            (
                len(setter.wrap(TextRole.TICK, category.label, x_map.band)) * tick_pitch
                for category in plot.x_axis.categories
            ),
            default=0.0,
        )
    else:
        spots = choose_ticks(
            plot.x_axis,
            x_map,
            lambda label: _x_label_extent(setter, label),
            (data_left, right),
            X_TICK_GAP,
        )
        label_height = max(
            (len(spot.tick.label.split("\n")) * tick_pitch for spot in spots), default=0.0
        )
    width = right - left
    title_lines = setter.wrap(TextRole.PLOT_TITLE, plot.title, width)
    y_title_lines = setter.wrap(TextRole.AXIS_TITLE, plot.y_axis.title, width)
    x_title_lines = setter.wrap(TextRole.AXIS_TITLE, plot.x_axis.title, data_right - data_left)
    events = plan_event_strip(plot, x_map, setter, (left, right))
    numeric_y_labels = not plot.y_axis.is_category and any(plot.y_axis.tick_levels)
    top_pad = tick_pitch / 2 if numeric_y_labels else 4.0
    above = top_pad
    if title_lines:
        above += len(title_lines) * setter.line_height(TextRole.PLOT_TITLE) + TITLE_GAP
    if y_title_lines:
        above += len(y_title_lines) * setter.line_height(TextRole.AXIS_TITLE) + TITLE_GAP
    above += events.height(setter)
    below = style.tick_length + (style.tick_gap + label_height if label_height else 0.0)
    if x_title_lines:
        below += TITLE_GAP + len(x_title_lines) * setter.line_height(TextRole.AXIS_TITLE)
    return PlotPlan(
        plot,
        left,
        right,
        data_left,
        data_right,
        pads,
        category_wrap(setter, inner_width),
        tuple(title_lines),
        tuple(y_title_lines),
        tuple(x_title_lines),
        tuple(spots),
        label_height,
        events,
        top_pad,
        above,
        below,
    )


class _Pieces:
    """Shapes in layers (what is painted first first) and texts, as a plot collects them."""

    def __init__(self) -> None:
        self.background: list[Shape] = []
        self.grid: list[Shape] = []
        self.overlays: list[Shape] = []  # hatching and borders of zones, over the grid
        self.marks: list[Shape] = []
        self.axes: list[Shape] = []
        self.leaders: list[Shape] = []
        self.texts: list[PlacedText] = []

    def shapes(self) -> tuple[Shape, ...]:
        return (
            *self.background,
            *self.grid,
            *self.overlays,
            *self.marks,
            *self.axes,
            *self.leaders,
        )


def _y_axis(plan: PlotPlan, area: Box, y_map: AxisMap, setter: TextSetter, pieces: _Pieces) -> bool:
    """The y axis's labels and grid; whether every category label fits its band."""
    style = setter.style
    axis = plan.plot.y_axis
    right = plan.data_left - style.tick_gap
    grid = Stroke(style.grid, style.grid_width)
    if axis.is_category:
        fits = True
        shown: list[PlacedText] = []
        for category, lines in zip(
            axis.categories, _category_lines(setter, axis, plan.category_wrap), strict=True
        ):
            height = len(lines) * setter.line_height(TextRole.CATEGORY)
            centre = y_map(category.key)
            fits = fits and height <= y_map.band + 1.0
            text = setter.place(TextRole.CATEGORY, lines, right, centre - height / 2, 1.0)
            # Too many categories for the height (the text has already stepped down): a
            # label that would overlap the one above is left out rather than drawn over it.
            if not shown or text.box.top >= shown[-1].box.bottom:
                shown.append(text)
            if axis.grid is Grid.AT_TICKS:
                pieces.grid.append(Polyline(((area.left, centre), (area.right, centre)), grid))
        pieces.texts += shown
        if axis.grid is Grid.BETWEEN_CATEGORIES:
            for number in range(1, len(axis.categories)):
                y = area.top + number * y_map.band
                pieces.grid.append(Polyline(((area.left, y), (area.right, y)), grid))
        return fits
    pitch = setter.line_height(TextRole.TICK)
    spots = choose_ticks(
        axis,
        y_map,
        lambda label: len(label.split("\n")) * pitch,
        (area.top - plan.top_pad, area.bottom + plan.top_pad),
        Y_TICK_GAP,
    )
    for spot in spots:
        lines = spot.tick.label.split("\n")
        pieces.texts.append(setter.place(TextRole.TICK, lines, right, spot.start, 1.0))
        if axis.grid is Grid.AT_TICKS:
            pieces.grid.append(
                Polyline(((area.left, spot.position), (area.right, spot.position)), grid)
            )
    return True


def _x_axis(plan: PlotPlan, area: Box, x_map: AxisMap, setter: TextSetter, pieces: _Pieces) -> None:
    style = setter.style
    axis = plan.plot.x_axis
    label_top = area.bottom + style.tick_length + style.tick_gap
    axis_stroke = Stroke(style.axis, style.axis_width)
    grid = Stroke(style.grid, style.grid_width)
    if axis.is_category:
        start, end = area.left, area.right
    else:  # the axis line spans the range shown (bars' labels may have narrowed it)
        start = max(area.left, x_map(axis.minimum))
        end = min(area.right, x_map(axis.maximum))
    pieces.axes.append(Polyline(((start, area.bottom), (end, area.bottom)), axis_stroke))
    if axis.is_category:
        for category in axis.categories:
            lines = setter.wrap(TextRole.TICK, category.label, x_map.band)
            pieces.texts.append(
                setter.place(TextRole.TICK, lines, x_map(category.key), label_top, 0.5)
            )
        return
    for spot in plan.x_spots:
        x = spot.position
        pieces.axes.append(
            Polyline(((x, area.bottom), (x, area.bottom + style.tick_length)), axis_stroke)
        )
        if axis.grid is Grid.AT_TICKS:
            pieces.grid.append(Polyline(((x, area.top), (x, area.bottom)), grid))
        lines = spot.tick.label.split("\n")
        pieces.texts.append(setter.place(TextRole.TICK, lines, spot.start, label_top, 0.0))


def _titles(plan: PlotPlan, top: float, area: Box, setter: TextSetter, pieces: _Pieces) -> None:
    y = top
    if plan.title_lines:
        text = setter.place(TextRole.PLOT_TITLE, plan.title_lines, plan.left, y)
        pieces.texts.append(text)
        y = text.box.bottom + TITLE_GAP
    if plan.y_title_lines:
        pieces.texts.append(setter.place(TextRole.AXIS_TITLE, plan.y_title_lines, plan.left, y))
    if plan.x_title_lines:
        x_title_top = (
            area.bottom
            + plan.below
            - len(plan.x_title_lines) * setter.line_height(TextRole.AXIS_TITLE)
        )
        centre = (area.left + area.right) / 2
        pieces.texts.append(
            setter.place(TextRole.AXIS_TITLE, plan.x_title_lines, centre, x_title_top, 0.5)
        )


def finish_plot(plan: PlotPlan, top: float, data_height: float, setter: TextSetter) -> PlotPiece:
    style = setter.style
    plot = plan.plot
    area_top = top + plan.above
    area = Box(plan.data_left, area_top, plan.data_right, area_top + data_height)
    x_map = AxisMap(plot.x_axis, area.left + plan.value_pads[0], area.right - plan.value_pads[1])
    y_map = (
        AxisMap(plot.y_axis, area.top, area.bottom)
        if plot.y_axis.is_category
        else AxisMap(plot.y_axis, area.bottom, area.top)
    )
    pieces = _Pieces()
    fits = _y_axis(plan, area, y_map, setter, pieces) and data_height >= MIN_DATA_HEIGHT
    _x_axis(plan, area, x_map, setter, pieces)
    _titles(plan, top, area, setter, pieces)
    event_rules, event_texts = lay_out_event_strip(
        plan.events, area, area.top - plan.top_pad, x_map, setter
    )
    pieces.marks += event_rules
    pieces.texts += event_texts
    labelled_rules = {id(event.rule) for event in plan.events.labels}

    points_marks = [mark for mark in plot.marks if isinstance(mark, Points)]
    drawn = point_layout.drawn_points(points_marks, x_map, y_map)
    drawn_by_mark = {id(mark): points for mark, points in zip(points_marks, drawn, strict=True)}
    centres = {(point.point.x, point.point.y): point for points in drawn for point in points}
    obstacles: list[Box] = []
    zones: list[Zone] = []
    value_labels = None
    for mark in plot.marks:
        if isinstance(mark, Band):
            shapes, texts = area_layout.lay_out_band(mark, x_map, y_map, area, setter)
            pieces.background += shapes
            pieces.texts += texts
            obstacles += [text.box for text in texts]
        elif isinstance(mark, Zone):
            points = area_layout.zone_points(mark, x_map, y_map)
            fills, overlays = area_layout.lay_out_zone_shapes(mark, points, setter)
            pieces.background += fills
            pieces.overlays += overlays
            zones.append(mark)
        elif isinstance(mark, Rule):
            if mark.axis == "y":
                shapes, texts = area_layout.lay_out_horizontal_rule(mark, y_map, area, setter)
                pieces.marks += shapes
                pieces.texts += texts
                obstacles += [text.box for text in texts]
            elif id(mark) not in labelled_rules:
                pieces.marks.append(
                    area_layout.lay_out_vertical_rule(mark, x_map, area, style.rule)
                )
        elif isinstance(mark, Bars):
            if value_labels is None:
                bars = [m for m in plot.marks if isinstance(m, Bars)]
                value_labels = bar_layout.value_labels(setter, bars, y_map.band)
            shapes, texts = bar_layout.lay_out_bars(mark, x_map, y_map, area, setter, value_labels)
            pieces.marks += shapes
            pieces.texts += texts
        elif isinstance(mark, LineSeries):
            pieces.marks += area_layout.lay_out_line(mark, x_map, y_map, area)
        elif isinstance(mark, Points):
            pieces.marks += [
                point_layout.marker_shape(point, setter) for point in drawn_by_mark[id(mark)]
            ]
        elif isinstance(mark, Ring):
            drawn_point = centres.get((mark.x, mark.y))
            centre = drawn_point.centre if drawn_point else (x_map(mark.x), y_map(mark.y))
            pieces.marks.append(area_layout.lay_out_ring(mark, centre, setter))
        elif isinstance(mark, Arrow):
            start, end = centres.get(mark.start), centres.get(mark.end)
            start_xy = start.centre if start else (x_map(mark.start[0]), y_map(mark.start[1]))
            end_xy = end.centre if end else (x_map(mark.end[0]), y_map(mark.end[1]))
            clearance = max((p.radius for p in (start, end) if p), default=0.0) + 3.0
            arrow = area_layout.lay_out_arrow(mark, start_xy, end_xy, clearance, setter)
            if arrow is not None:
                pieces.marks.append(arrow)
                obstacles.append(_segment_box(arrow.start, arrow.end))
    markers = [point_layout.marker_box(point, 2.0) for points in drawn for point in points]
    zone_texts = area_layout.place_zone_labels(
        zones, x_map, y_map, area, [*markers, *obstacles], setter
    )
    pieces.texts += zone_texts
    obstacles += [text.box for text in zone_texts]
    backing = style.label_backing if zones else None
    leaders, labels = point_layout.place_point_labels(
        points_marks, drawn, area, obstacles, setter, backing
    )
    pieces.leaders += leaders
    pieces.texts += labels
    thinned = value_labels is not None and value_labels.thinned
    return PlotPiece(area, pieces.shapes(), tuple(pieces.texts), fits, thinned)


def _segment_box(start: tuple[float, float], end: tuple[float, float]) -> Box:
    return Box(
        min(start[0], end[0]) - 3,
        min(start[1], end[1]) - 3,
        max(start[0], end[0]) + 3,
        max(start[1], end[1]) + 3,
    )
