"""The rules timeline section as a reader uses it (built on its own, without the window)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explainer_core.chip_controls.timeline import LANES, lane_y
from explainer_core.data.export_controls import EventKind

pytest_plugins = ("chip_fixtures",)


def test_the_timeline_has_a_lane_per_kind_and_spans_2019_to_the_latest_entry(timeline_section):
    section = timeline_section
    positions = section.lane_markers.positions()
    assert {round(y) for _, y in positions.values()} == {lane_y(kind) for kind in LANES}
    for event in section.data.events:
        assert abs(positions[event.id][1] - lane_y(event.kind)) < 0.5  # stacked in its lane
    assert positions["E18"][1] == lane_y(EventKind.MARKET_EVENT)
    first, last = section.chart.plot.getViewBox().viewRange()[0]
    assert section.date_axis.tickStrings([first], 1.0, 400 * 86400)[0] == "2019"
    assert last >= max(x for x, _ in positions.values())
    ticks = [label for _, label in section.lane_axis._tickLevels[0]]
    assert len(ticks) == len(LANES)


def test_event_details_give_the_citation_and_flag_unverified_ones(timeline_section, switch_to):
    switch_to("en")
    timeline_section.update_texts()
    details = timeline_section.details
    timeline_section.select_event("E01")
    event = timeline_section.data.event("E01")
    assert not event.citation_verified
    assert event.citation in details.citation_label.text()
    assert details.citation_label.text().endswith("(not verified)")
    timeline_section.select_event("E05")
    assert "(not verified)" not in details.citation_label.text()
    assert "href=" in details.sources_label.text()


def test_an_approximate_date_shows_the_month_only(timeline_section):
    timeline_section.select_event("E07")
    assert timeline_section.data.event("E07").date_approximate
    text = timeline_section.details.date_label.text()
    assert "mars 2023" in text
    assert "21" not in text


def test_clicking_a_marker_and_the_arrow_keys_select_events(timeline_section, qtbot):
    section = timeline_section
    scene = section.lane_markers.scene_position("E18")
    point = section.chart.graphics.mapFromScene(scene)
    with qtbot.waitSignal(section.eventSelected) as signal:
        qtbot.mouseClick(section.chart.graphics.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["E18"]
    assert section.details.title_label.text() == section.data.event("E18").title("fr")
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.chart.graphics.setFocus()
    qtbot.keyClick(section.chart.graphics, Qt.Key.Key_Right)
    assert section.selected_event == section.data.events[17 + 1].id
    qtbot.keyClick(section.chart.graphics, Qt.Key.Key_Left)
    assert section.selected_event == "E18"


def test_the_buttons_step_through_the_events_and_stop_at_the_ends(timeline_section):
    section = timeline_section
    section.select_event(section.data.events[0].id)
    assert not section.details.previous_button.isEnabled()
    assert section.details.position_label.text().startswith("Événement 1 sur")
    section.details.next_button.click()
    assert section.selected_event == section.data.events[1].id
    section.select_event(section.data.events[-1].id)
    assert not section.details.next_button.isEnabled()
    section.step_event(1)
    assert section.selected_event == section.data.events[-1].id


def test_the_selected_chip_rings_the_events_that_concern_it(timeline_section):
    timeline_section.set_ringed_chip("h20")
    expected = {event.id for event in timeline_section.data.events_for_chip("h20")}
    assert expected and timeline_section.lane_markers.highlighted() == expected
    assert "H20" in timeline_section.chart.subtitle_label.text()


def test_a_chip_link_in_the_event_asks_for_the_chip(timeline_section, qtbot):
    timeline_section.select_event("E15")
    assert "chip:h800" in timeline_section.details.chips_label.text()
    with qtbot.waitSignal(timeline_section.chipRequested) as signal:
        timeline_section.details.open_link("chip:h800")
    assert signal.args == ["h800"]


def test_the_timeline_zooms_and_reset_shows_it_whole(timeline_section):
    chart = timeline_section.chart
    assert not timeline_section.is_zoomed()
    assert not timeline_section.reset_button.isEnabled()
    chart.plot.getViewBox().scaleBy(x=0.3, y=1)
    assert timeline_section.is_zoomed() and timeline_section.reset_button.isEnabled()
    timeline_section.reset_button.click()
    assert not timeline_section.is_zoomed()
    assert not timeline_section.reset_button.isEnabled()
