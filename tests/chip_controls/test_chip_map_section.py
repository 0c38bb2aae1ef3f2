"""The chip map section as a reader uses it: the rule switch, the map, the list, the chip's
details and the "What DeepSeek used" card (built on its own, without the window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import Reason, Rule
from explainer_core.chip_controls.styles import STATUS_COLOURS
from explainer_core.chip_controls.texts import status_name
from explainer_core.words import EnglishWords

pytest_plugins = ("chip_fixtures",)
NNBSP = "\u202f"  # French groups thousands with a narrow no-break space
RULES = (Rule.OCTOBER_2022, Rule.OCTOBER_2023, Rule.JANUARY_2026)


def test_the_details_show_each_rule_with_its_reason_and_mark_computed_statuses(
    map_section, switch_to
):
    switch_to("en")
    map_section.update_texts()
    for chip in map_section.data.chips:
        map_section.select_chip(chip.id)
        text = map_section.details.rules_label.text()
        for rule in RULES:
            assert status_name(EnglishWords(), chip.status(rule)) in text
        computed = sum(chip.facts_status(rule) is None for rule in RULES)
        assert text.count("(by the thresholds)") == computed, chip.id


def test_the_h800_slipped_under_2022_on_its_interconnect_and_is_caught_in_2023(map_section):
    h800 = map_section.data.chip("h800")
    assert h800.classification(Rule.OCTOBER_2022).reason is Reason.INTERCONNECT_BELOW_600
    assert h800.classification(Rule.OCTOBER_2023).clause == rules.CLAUSE_A1
    map_section.select_chip("h800")
    text = map_section.details.rules_label.text()
    assert f"15{NNBSP}832" in text and f"4{NNBSP}800" in text  # TPP against the line
    assert "400" in text and "600" in text  # NVLink against the 2022 line


def test_map_points_are_coloured_by_status_under_the_shown_rule(map_section):
    for rule in RULES:
        map_section.set_rule(rule)
        points = {point.key: point for point in map_section.chart.zone_scatter._points}
        for chip in map_section.data.chips:
            assert points[chip.id].colour == STATUS_COLOURS[chip.status(rule)], (rule, chip.id)


@pytest.mark.parametrize("rule", RULES)
def test_labels_overlap_neither_each_other_nor_other_chips(map_section, switch_to, qtbot, rule):
    switch_to("de")
    map_section.update_texts()
    map_section.set_rule(rule)
    qtbot.wait(10)
    scatter = map_section.chart.zone_scatter
    labels = scatter.label_boxes()
    points = scatter.point_boxes()
    zone_labels = scatter.zone_label_boxes()
    assert set(labels) == {chip.id for chip in map_section.data.chips}
    boxes = list(labels.items())
    for index, (key, box) in enumerate(boxes):
        for other_key, other in boxes[index + 1 :]:
            assert box.overlap(other) == 0, (key, other_key)
        for point_key, point in points.items():
            if point.left == points[key].left and point.top == points[key].top:
                continue  # its own place (shared by coincident chips)
            assert box.overlap(point) == 0, (key, point_key)
        for zone, zone_box in zone_labels.items():
            assert box.overlap(zone_box) == 0, (key, zone)
    for zone, zone_box in zone_labels.items():
        for point_key, point in points.items():
            assert zone_box.overlap(point) == 0, (zone, point_key)


def test_each_rule_shows_its_zones_and_the_2022_view_shows_the_slips(map_section, switch_to):
    switch_to("en")
    map_section.update_texts()
    scatter = map_section.chart.zone_scatter
    map_section.set_rule(Rule.OCTOBER_2022)
    assert scatter._arrows == [("a100", "a800"), ("h100", "h800")]
    assert "A800" in map_section.chart.subtitle_label.text()
    assert "600\u00a0GB/s" in map_section.chart.subtitle_label.text()
    map_section.set_rule(Rule.OCTOBER_2023)
    assert scatter._arrows == []
    keys = {zone.key for zone in scatter._zones}
    assert keys == {"licence_3a090a", "notification_3a090b", "outside_3a090", "note_2"}
    map_section.set_rule(Rule.JANUARY_2026)
    keys = {zone.key for zone in scatter._zones}
    assert keys == {"case_by_case_2026", "presumption_2026"}


@pytest.mark.parametrize(
    ("code", "tpp", "density"),
    [("fr", f"4{NNBSP}800", "5,92"), ("de", "4.800", "5,92"), ("en", "4,800", "5.92")],
)
def test_map_axes_mark_the_thresholds_in_the_language(map_section, switch_to, code, tpp, density):
    switch_to(code)
    map_section.update_texts()
    x_labels = [label for _, label in map_section.chart.x_axis._tickLevels[0]]
    y_labels = [label for _, label in map_section.chart.y_axis._tickLevels[0]]
    assert tpp in x_labels
    assert density in y_labels


def test_clicking_a_chip_on_the_map_selects_it(map_section, qtbot):
    chart = map_section.chart
    scene = chart.zone_scatter.scene_position("h20")
    point = chart.graphics.mapFromScene(scene)
    with qtbot.waitSignal(map_section.chipSelected) as signal:
        qtbot.mouseClick(chart.graphics.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["h20"]
    assert map_section.selected_chip == "h20"
    assert map_section.chip_list.currentItem().text() == map_section.data.chip("h20").name


def test_choosing_a_chip_in_the_list_selects_it_on_the_map(map_section):
    map_section.chip_list.setCurrentRow(2)
    chip_id = map_section.data.chips[2].id
    assert map_section.selected_chip == chip_id
    assert map_section.chart.zone_scatter._selected == chip_id
    assert map_section.details.name_label.text().startswith(map_section.data.chip(chip_id).name)


def test_the_chips_an_event_names_are_ringed_and_bold_in_the_list(map_section):
    map_section.set_highlighted_chips({"h20", "h800"})
    assert map_section.chart.zone_scatter.highlighted() == {"h20", "h800"}
    bold = {
        map_section.chip_list.chip_id(row)
        for row in range(map_section.chip_list.count())
        if map_section.chip_list.item(row).font().bold()
    }
    assert bold == {"h20", "h800"}


def test_switching_the_rule_tells_the_tab_and_checks_its_button(map_section, qtbot):
    with qtbot.waitSignal(map_section.ruleChanged) as signal:
        map_section.rule_buttons[Rule.OCTOBER_2022].click()
    assert signal.args == [Rule.OCTOBER_2022]
    assert map_section.rule is Rule.OCTOBER_2022
    assert map_section.rule_buttons[Rule.OCTOBER_2022].isChecked()
    assert "<u>Règle d’octobre\u00a02022" in map_section.details.rules_label.text()


def test_the_what_deepseek_used_card_shows_the_data(map_section):
    text = map_section.deepseek_card.body.text()
    for fact in map_section.data.hardware:
        assert fact.title("fr") in text and fact.text("fr") in text
    assert f"2{NNBSP}048 H800 pour DeepSeek-V3" in text
    map_section.deepseek_card.open_link("chip:h20")
    assert map_section.selected_chip == "h20"


def test_a_link_in_the_details_asks_for_the_event(map_section, qtbot):
    map_section.select_chip("h800")
    assert "event:E15" in map_section.details.events_label.text()
    with qtbot.waitSignal(map_section.eventRequested) as signal:
        map_section.details.open_link("event:E15")
    assert signal.args == ["E15"]
