"""The chip map as an analyst queries it: the mouse wheel zooms where the pointer is, a drag
pans, "Reset view" shows the whole map; the names are placed again at every zoom, so the
H100/H800/H200 cluster reads when zoomed; a zoom survives a language switch, not a change
of rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explainer_core.chip_controls.chip_map import map_frame, map_points
from explainer_core.chip_controls.map_geometry import full_view, plot_x, zoomed_on
from explainer_core.chip_controls.rules import Rule

pytest_plugins = ("chip_fixtures",)
CLUSTER = ("h100", "h800", "h200")  # the same TPP, and under 2023 the same density


def wheel(chart, chip_id: str, notches: int) -> None:
    """Turn the mouse wheel over a chip (positive: away from the reader, zooming in)."""
    viewport = chart.graphics.viewport()
    position = chart.graphics.mapFromScene(chart.zone_scatter.scene_position(chip_id))
    event = QWheelEvent(
        QPointF(position),
        QPointF(viewport.mapToGlobal(position)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_mouse_wheel_zooms_where_the_pointer_is_and_reset_shows_the_whole_map(
    map_section, qtbot
):
    chart = map_section.chart
    whole = chart.view_range()
    assert not chart.is_zoomed() and not chart.reset_button.isEnabled()
    wheel(chart, "h20", 3)
    zoomed = chart.view_range()
    assert zoomed.width < whole.width and zoomed.height < whole.height
    h20 = map_section.data.chip("h20")
    assert zoomed.x_min < plot_x(h20.tpp) < zoomed.x_max  # still under the pointer
    assert zoomed.y_min < h20.performance_density < zoomed.y_max
    assert chart.is_zoomed() and chart.reset_button.isEnabled()
    chart.reset_button.click()
    assert chart.view_range() == pytest.approx(whole)
    assert not chart.reset_button.isEnabled()


def test_the_map_never_zooms_out_beyond_its_frame(map_section):
    chart = map_section.chart
    whole = chart.view_range()
    wheel(chart, "h20", -5)
    after = chart.view_range()
    assert after.x_min >= whole.x_min - 1e-9 and after.x_max <= whole.x_max + 1e-9
    assert not chart.is_zoomed()


def test_a_drag_moves_the_zoomed_map(map_section, qtbot):
    chart = map_section.chart
    wheel(chart, "h800", 3)
    before = chart.view_range()
    viewport = chart.graphics.viewport()
    start = chart.graphics.mapFromScene(chart.zone_scatter.scene_position("h800"))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + QPoint(8 * step, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 0))
    after = chart.view_range()
    assert after.x_min < before.x_min  # dragged right: the map shows what lay left
    assert after.width == pytest.approx(before.width)
    assert map_section.selected_chip == "h800"  # a drag is not a click


@pytest.mark.parametrize("rule", list(Rule))
def test_zoomed_on_the_h100_cluster_every_name_is_readable(map_section, qtbot, rule):
    map_section.set_rule(rule)
    chart = map_section.chart
    scatter = chart.zone_scatter
    before = {key: scatter.label_boxes()[key] for key in CLUSTER}
    frame = chart.frame()
    cluster = [p for p in map_points(rule, map_section.data.chips, frame) if p.chip_id in CLUSTER]
    middle_y = (min(p.y for p in cluster) + max(p.y for p in cluster)) / 2
    chart.show_range(zoomed_on(plot_x(cluster[0].x), middle_y, 3, frame))
    qtbot.wait(10)
    boxes = scatter.label_boxes()
    points = scatter.point_boxes()
    bounds = scatter.view_bounds()
    assert set(CLUSTER) <= set(boxes)
    for key in CLUSTER:
        assert scatter.label_visible(key)
        assert boxes[key].outside_area(bounds) == 0, key  # inside the plot
        assert boxes[key] != before[key], key  # placed again for the new zoom
        for other_key, other in boxes.items():
            if other_key != key:
                assert boxes[key].overlap(other) == 0, (key, other_key)
        for other_key, marker in points.items():
            same_place = marker == points[key]
            if not same_place and marker.outside_area(bounds) == 0:
                assert boxes[key].overlap(marker) == 0, (key, other_key)


def test_names_of_chips_out_of_view_are_hidden_and_the_zone_name_follows(map_section, qtbot):
    chart = map_section.chart
    h800 = map_section.data.chip("h800")
    chart.show_range(zoomed_on(plot_x(h800.tpp), h800.performance_density, 8, chart.frame()))
    qtbot.wait(10)
    scatter = chart.zone_scatter
    assert not scatter.label_visible("h20")  # far away, at TPP 2368
    assert "h20" not in scatter.label_boxes()
    assert scatter.zone_label_visible("licence_3a090a")  # the cluster sits in 3A090.a
    assert scatter.zone_label_boxes()["licence_3a090a"].outside_area(scatter.view_bounds()) == 0


def test_the_axes_mark_round_values_in_view_when_zoomed(map_section, switch_to, qtbot):
    switch_to("en")
    map_section.update_texts()
    chart = map_section.chart
    h800 = map_section.data.chip("h800")
    chart.show_range(zoomed_on(plot_x(h800.tpp), h800.performance_density, 8, chart.frame()))
    qtbot.wait(10)
    view = chart.view_range()
    x_labels = [label for _, label in chart.x_axis._tickLevels[0]]
    y_ticks = chart.y_axis._tickLevels[0]
    assert len(x_labels) >= 2 and "16,000" in x_labels
    assert len(y_ticks) >= 3
    assert all(view.y_min <= y <= view.y_max for y, _ in y_ticks)
    assert "unknown" not in [label for _, label in y_ticks]  # the band is out of view


def test_a_zoom_survives_a_language_switch_but_not_a_change_of_rule(map_section, switch_to, qtbot):
    chart = map_section.chart
    wheel(chart, "h800", 3)
    zoomed = chart.view_range()
    switch_to("de")
    map_section.update_texts()
    assert chart.view_range() == pytest.approx(zoomed)
    map_section.set_rule(Rule.OCTOBER_2022)
    frame = map_frame(Rule.OCTOBER_2022, map_section.data.chips)
    assert chart.view_range() == pytest.approx(full_view(frame))
