"""The figure model (no Qt): what it accepts, what it refuses, and the geometry helpers the
renderer builds on."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from explainer_core.figure import (
    Axis,
    Bar,
    Bars,
    Category,
    Figure,
    FigureError,
    LineSeries,
    Plot,
    Point,
    Points,
    Rule,
    date_value,
    tick_level,
    value_date,
)
from explainer_core.layout.clipping import clip_polyline, hatch_segments
from explainer_core.layout.label_placement import Box
from explainer_core.layout.rows import RowLabel, stack_in_rows

CATEGORIES = Axis.category([Category("a", "A"), Category("b", "B")])


def test_dates_are_days_since_1970_both_ways():
    assert date_value(dt.date(1970, 1, 2)) == 1.0
    assert date_value(dt.datetime(1970, 1, 2, 12)) == 1.5
    assert value_date(date_value(dt.date(2025, 1, 27))) == dt.date(2025, 1, 27)


def test_a_builder_may_pass_lists_and_gets_an_immutable_figure():
    line = LineSeries("Nvidia", [1, 2, 3], [1.0, math.nan, 3.0], "#d55e00")
    plot = Plot(Axis.linear(0, 4, [tick_level([(0, "0"), (4, "4")])]), Axis.linear(0, 4), [line])
    figure = Figure([plot], "Titre")
    assert isinstance(figure.plots, tuple) and isinstance(line.xs, tuple)
    assert hash(figure) == hash(Figure((plot,), "Titre"))


def test_every_mark_keeps_the_data_a_table_needs():
    bar = Bar("b", -16.97, "−16,97 %", "#d55e00", series="close", emphasised=True)
    point = Point(15832.0, 19.4, "H800 SXM", "#d55e00", series="licence", name="H800 SXM")
    assert (bar.category, bar.series, bar.value) == ("b", "close", -16.97)
    assert (point.name, point.series, point.x, point.y) == ("H800 SXM", "licence", 15832.0, 19.4)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Axis.linear(5, 5),
        lambda: Axis.log(0, 10),
        lambda: Axis.category([Category("a", "A"), Category("a", "again")]),
        lambda: LineSeries("x", [1, 2], [1], "#000000"),
        lambda: LineSeries("x", [1], [1], "red"),
        lambda: Plot(Axis.log(1, 100), CATEGORIES, [Bars([Bar("a", 10, "10", "#000000")])]),
        lambda: Plot(Axis.linear(0, 1), Axis.linear(0, 1), [Bars([Bar("a", 1, "1", "#000000")])]),
        lambda: Plot(Axis.linear(0, 1), CATEGORIES, [Points([Point(0.5, "zz")])]),
        lambda: Plot(Axis.log(1, 10), Axis.linear(0, 1), [Points([Point(-1.0, 0.5)])]),
        lambda: Plot(Axis.linear(0, 1), Axis.linear(0, 1), [Rule("z", 0.5)]),
        lambda: Figure(()),
    ],
)
def test_a_figure_that_cannot_be_drawn_is_refused_where_it_is_built(build):
    with pytest.raises(FigureError):
        build()


def test_bars_on_a_log_axis_are_refused_for_a_reason():
    with pytest.raises(FigureError, match="Points on a log axis"):
        Plot(Axis.log(0.1, 100), CATEGORIES, [Bars([Bar("a", 10, "10", "#000000")])])


def test_labels_in_rows_never_overlap_and_leaders_cross_nothing():
    labels = [RowLabel(80, 100), RowLabel(90, 150), RowLabel(70, 160), RowLabel(60, 400)]
    placed = stack_in_rows(labels, 10, 4, (0, 600))
    assert placed is not None
    for spot, label in zip(placed, labels, strict=True):
        assert spot.left <= label.anchor <= spot.right
    for first in placed:
        for second in placed:
            if first is second:
                continue
            if first.row == second.row:
                assert first.right + 10 <= second.left or second.right + 10 <= first.left
            if second.row < first.row:  # first's leader passes second's row
                assert not second.left < first.anchor < second.right


def test_labels_that_cannot_be_stacked_are_reported():
    crowded = [RowLabel(100, 300 + index) for index in range(6)]
    assert stack_in_rows(crowded, 10, 3, (0, 600)) is None
    assert stack_in_rows(crowded, 10, 6, (0, 600), leaders=False) is not None


def test_a_line_is_cut_where_it_leaves_the_box():
    box = Box(0, 0, 10, 10)
    pieces = clip_polyline([(-5, 5), (5, 5), (15, 5), (15, 8), (5, 8)], box)
    assert pieces == [[(0.0, 5.0), (5, 5), (10.0, 5.0)], [(10.0, 8.0), (5.0, 8.0)]]


def test_hatching_stays_inside_its_polygon_even_a_concave_one():
    l_shape = [(0, 0), (20, 0), (20, 10), (10, 10), (10, 20), (0, 20)]
    segments = hatch_segments(l_shape, 3)
    assert segments
    for start, end in segments:
        for t in (0.1, 0.5, 0.9):
            x = start[0] + t * (end[0] - start[0])
            y = start[1] + t * (end[1] - start[1])
            assert not (x > 10.01 and y > 10.01), (start, end)  # never in the L's notch
