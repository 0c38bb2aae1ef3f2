"""The GPU export restrictions tab as a whole: its sections follow each other (a chip, an
event, a rule selected anywhere shows everywhere), "Show in chart", languages, bad data.
Built without the main window; each section's own behaviour is tested with the section."""

from __future__ import annotations

import datetime as dt
import functools
import shutil

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from explainer_core.chip_controls.map_geometry import plot_x, zoomed_on
from explainer_core.chip_controls.rules import InputField, Rule, classify
from explainer_core.chip_controls.styles import STATUS_COLOURS
from explainer_core.chip_controls.timeline import RULE_EVENT_IDS
from ui.chip_controls.chip_map_chart import YOUR_CHIP_KEY
from ui.chip_controls.styles import YOUR_CHIP_SYMBOL
from ui.chip_controls.view import (
    MAP_CHART_ID,
    SECTION_CLASSIFIER,
    SECTION_MAP,
    SECTION_TIMELINE,
    TIMELINE_CHART_ID,
)
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import DARK_CHARTS, LIGHT_CHARTS, chart_colours_set_to
from widgets.localized_axes import epoch_seconds

pytest_plugins = ("chip_fixtures",)
NNBSP = "\u202f"  # French groups thousands with a narrow no-break space
RULES = (Rule.OCTOBER_2022, Rule.OCTOBER_2023, Rule.JANUARY_2026)


def test_the_charts_carry_their_ids(open_view):
    view = open_view()
    ids = {panel.chart_id for panel in view.findChildren(ChartPanel)}
    assert ids == {TIMELINE_CHART_ID, MAP_CHART_ID} == set(view.chart_ids)
    assert {view.chart_panel(chart_id).chart_id for chart_id in ids} == ids


def test_the_tab_opens_on_the_map_under_the_rule_of_the_shock_with_the_h800(open_view):
    view = open_view()
    assert view.current_section() == SECTION_MAP
    assert view.rule_view is Rule.OCTOBER_2023
    assert view.selected_chip == "h800"
    assert view.selected_event == RULE_EVENT_IDS[Rule.OCTOBER_2023]


# --- the sections follow each other ---------------------------------------------------------------


def test_selecting_a_chip_selects_it_everywhere_and_rings_its_events(open_view):
    view = open_view()
    view.select_chip("h20")
    assert view.map_section.chip_list.current_chip() == "h20"
    assert view.map_section.chart.zone_scatter._selected == "h20"
    expected = {event.id for event in view.data.events_for_chip("h20")}
    assert expected and view.timeline_section.lane_markers.highlighted() == expected
    assert view.map_section.details.name_label.text().startswith(view.data.chip("h20").name)


def test_choosing_a_chip_in_the_list_rings_its_events_on_the_timeline(open_view):
    view = open_view()
    view.map_section.chip_list.setCurrentRow(2)
    chip_id = view.data.chips[2].id
    assert view.selected_chip == chip_id
    assert view.timeline_section.ringed_chip == chip_id


def test_selecting_an_event_rings_its_chips_and_a_rule_event_switches_the_map(open_view):
    view = open_view()
    view.select_event("E05")
    assert view.rule_view is Rule.OCTOBER_2022
    assert view.map_section.rule_buttons[Rule.OCTOBER_2022].isChecked()
    assert view.map_section.chart.zone_scatter.highlighted() == set(view.data.event("E05").chips)
    view.select_event("E19")  # the H20 letter: the map's rule stays
    assert view.rule_view is Rule.OCTOBER_2022
    assert view.map_section.chart.zone_scatter.highlighted() == {"h20"}


def test_switching_the_rule_selects_its_event_on_the_timeline(open_view, qtbot):
    view = open_view()
    for rule in RULES:
        with qtbot.waitSignal(view.ruleViewChanged, timeout=500, raising=False):
            view.map_section.rule_buttons[rule].click()
        assert view.rule_view is rule
        assert view.selected_event == RULE_EVENT_IDS[rule]
        assert view.timeline_section.lane_markers._selected == RULE_EVENT_IDS[rule]


def test_links_in_the_details_move_between_sections(open_view):
    view = open_view("fr", SECTION_TIMELINE)
    view.select_event("E15")
    assert "chip:h800" in view.timeline_section.details.chips_label.text()
    view.timeline_section.details.open_link("chip:h800")
    assert view.current_section() == SECTION_MAP and view.selected_chip == "h800"
    view.map_section.details.open_link("event:E15")
    assert view.current_section() == SECTION_TIMELINE and view.selected_event == "E15"
    view.open_link("chip:h20")
    assert view.current_section() == SECTION_MAP and view.selected_chip == "h20"


# --- show in chart --------------------------------------------------------------------------------


def test_show_chart_item_selects_the_chip_a_claim_names(open_view):
    view = open_view()
    assert view.show_chart_item(MAP_CHART_ID, "H20 (HGX)")
    assert view.selected_chip == "h20" and view.current_section() == SECTION_MAP
    assert not view.show_chart_item(MAP_CHART_ID, "No such chip")
    assert view.show_chart_item(TIMELINE_CHART_ID, "2025-01-27")
    assert view.selected_event == "E18" and view.current_section() == SECTION_TIMELINE
    assert not view.show_chart_item("market-timeline", "NVDA")


# --- languages ------------------------------------------------------------------------------------


def skip_unless_translated() -> None:
    """Interface strings stay English until the lead merges this tab's translations."""
    source = "Rules timeline"
    if QCoreApplication.translate("ChipControlsView", source) == source:
        pytest.skip("translations of the export-controls tab are not merged yet")


def test_everything_retranslates_zone_labels_included(open_view, switch_to):
    view = open_view("fr")
    skip_unless_translated()
    view.set_rule_view(Rule.OCTOBER_2023)
    view.select_chip("h800")
    view.select_event("E08")
    view.classifier.set_inputs("abc", "8")
    timeline, chip_map = view.timeline_section, view.map_section

    def interface_texts():
        timeline.chart.bring_up_to_date()  # drawn as its section is shown, or for an export
        return [
            view.intro.heading.text(),
            view.sections.tabText(SECTION_MAP),
            chip_map.intro_label.text(),
            chip_map.chart.title_label.text(),
            chip_map.chart.subtitle_label.text(),
            chip_map.rule_buttons[Rule.OCTOBER_2022].text(),
            chip_map.chart.zone_scatter.zone_label_text("licence_3a090a"),
            chip_map.chart.zone_scatter.zone_label_text("notification_3a090b"),
            chip_map.chart.zone_scatter.zone_label_text("note_2"),
            chip_map.chart.legend_item.items[0][1].text,
            timeline.lane_axis._tickLevels[0][0][1],
            timeline.lane_markers.caption_text(RULE_EVENT_IDS[Rule.OCTOBER_2023]),
            timeline.details.citation_label.text(),
            chip_map.deepseek_card.heading.text(),
            chip_map.details.rules_label.text(),
            view.classifier.field_labels["throughput"].text(),
            view.classifier.error_labels[InputField.THROUGHPUT].text(),
        ]

    french = interface_texts()
    switch_to("de")
    german = interface_texts()
    for before, after in zip(french, german, strict=True):
        assert before != after
    view.classifier.set_inputs("1979", "8", "814")
    status_text = view.classifier.rule_results[Rule.OCTOBER_2023].status_label.text()
    switch_to("en")
    assert view.classifier.rule_results[Rule.OCTOBER_2023].status_label.text() != status_text


def test_data_texts_and_figures_follow_the_language(open_view, switch_to):
    view = open_view("fr")
    view.select_chip("h800")
    view.select_event("E08")
    event_details, chip_details = view.timeline_section.details, view.map_section.details
    deepseek = view.map_section.deepseek_card
    assert event_details.title_label.text() == view.data.event("E08").title("fr")
    assert f"15{NNBSP}832" in chip_details.specs_label.text()
    switch_to("de")
    assert event_details.title_label.text() == view.data.event("E08").title("de")
    assert event_details.text_label.text() == view.data.event("E08").text("de")
    assert chip_details.note_label.text() == view.data.chip("h800").note("de")
    assert "2.048 H800 für DeepSeek-V3" in deepseek.body.text()
    assert event_details.date_label.text() == "Dienstag, 17. Oktober 2023"
    assert "15.832" in chip_details.specs_label.text()
    assert "19,45" in chip_details.specs_label.text()
    switch_to("en")
    assert "15,832" in chip_details.specs_label.text()
    assert "19.45" in chip_details.specs_label.text()
    assert event_details.title_label.text() == view.data.event("E08").title("en")
    assert "2,048 H800s for DeepSeek-V3" in deepseek.body.text()
    x_labels = [label for _, label in view.map_section.chart.x_axis._tickLevels[0]]
    assert "4,800" in x_labels


# --- bad data -------------------------------------------------------------------------------------


def test_a_damaged_chip_file_shows_a_message_in_place_of_the_tab(open_view, monkeypatch, tmp_path):
    import ui.chip_controls.view as export_view
    from explainer_core.data.export_controls import load_export_controls
    from explainer_core.data.paths import DATA_DIR

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    chips = copy / "chips.csv"
    lines = chips.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",15832,", ",15833,", 1)  # the H100's TPP no longer adds up
    chips.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(
        export_view, "load_export_controls", functools.partial(load_export_controls, copy)
    )

    view = open_view("fr", own_data=True)
    assert view.error_panel is not None
    detail = view.error_panel.findChild(QLabel, "dataErrorDetail").text()
    assert "chips.csv" in detail and "ligne 4" in detail
    assert view.intro.heading.text()
    assert view.findChildren(ChartPanel) == []


# --- the analyst's tool ---------------------------------------------------------------------------


def your_chip(view):
    return next(
        (p for p in view.map_section.chart.zone_scatter._points if p.key == YOUR_CHIP_KEY), None
    )


def test_your_chip_is_plotted_under_each_rule_labelled_and_removable(open_view):
    view = open_view("fr", SECTION_CLASSIFIER)
    form = view.classifier
    form.set_inputs("1000", "8", "500", "700", "5000")  # TPP 8000, density 16
    assert your_chip(view) is None
    form.plot_button.click()
    assert view.current_section() == SECTION_MAP  # the map comes to the front
    chart = view.map_section.chart
    for rule, y in ((Rule.OCTOBER_2022, 700), (Rule.OCTOBER_2023, 16), (Rule.JANUARY_2026, 5000)):
        view.set_rule_view(rule)
        point = your_chip(view)
        assert point.symbol == YOUR_CHIP_SYMBOL and point.size > 13  # a star, larger
        assert (point.x, point.y) == (pytest.approx(plot_x(8000)), y)
        assert chart.zone_scatter.label_text(YOUR_CHIP_KEY) == "Votre puce"
        expected = classify(rule, form.results().check.specs).status
        assert point.colour == STATUS_COLOURS[expected]
    key = [label.text for _sample, label in chart.legend_item.items]
    assert "Votre puce, issue du classificateur" in key
    form.set_inputs("2000", "8", "500", "700", "5000")  # it follows the figures
    assert your_chip(view).x == pytest.approx(plot_x(16000))
    assert chart.remove_your_chip_button.isVisible()
    chart.remove_your_chip_button.click()
    assert your_chip(view) is None
    assert not form.plot_button.isChecked()
    assert not chart.remove_your_chip_button.isVisible()


def test_your_chip_beyond_the_data_widens_the_map(open_view):
    view = open_view("fr", SECTION_CLASSIFIER)
    view.classifier.set_inputs("40000", "16", "800", "3000", "20000")  # TPP 640 000
    view.classifier.plot_button.click()
    chart = view.map_section.chart
    assert chart.view_range().x_max > plot_x(640_000)
    assert your_chip(view) is not None


def test_copying_the_verdict_tells_it_in_the_status_bar(make_window, qtbot):
    window = make_window("fr")
    window.show_tab("export-controls")
    view = window.view("export-controls")
    view.show_section(SECTION_CLASSIFIER)
    view.classifier.copy_button.click()
    assert window.statusBar().currentMessage().startswith("Verdict copié dans le presse-papiers")


def test_on_the_dark_theme_chip_and_zone_labels_sit_on_dark_boxes(open_view):
    view = open_view("fr")
    scatter = view.map_section.chart.zone_scatter
    boxes = list(scatter._labels.values()) + list(scatter._zone_labels.values())
    assert boxes
    with chart_colours_set_to(DARK_CHARTS):
        view.redraw()  # as a switch of theme does
        for label in list(scatter._labels.values()) + list(scatter._zone_labels.values()):
            assert label.fill.color().getRgb() == DARK_CHARTS.label_fill, label.toPlainText()
    view.redraw()
    for label in scatter._labels.values():
        assert label.fill.color().getRgb() == LIGHT_CHARTS.label_fill


def test_show_in_chart_puts_the_map_in_the_state_that_illustrates_the_chip(open_view):
    view = open_view()
    chart = view.map_section.chart
    view.set_rule_view(Rule.OCTOBER_2022)
    view.select_chip("b200")
    chart.show_range(zoomed_on(plot_x(36000), 1800, 5, chart.frame()))
    assert chart.is_zoomed()
    view.show_section(SECTION_TIMELINE)
    assert view.show_chart_item(MAP_CHART_ID, "H20 (HGX)")
    assert view.current_section() == SECTION_MAP
    assert view.rule_view is Rule.OCTOBER_2023  # the rule in force on the day of the shock
    assert not chart.is_zoomed()
    assert view.selected_chip == "h20"
    chart.show_range(zoomed_on(plot_x(2368), 2.9, 5, chart.frame()))  # under the same rule
    view.select_chip("h800")
    assert view.show_chart_item(MAP_CHART_ID, "H20 (HGX)")
    assert not chart.is_zoomed() and view.selected_chip == "h20"
    assert view.show_chart_item(MAP_CHART_ID, "october_2022")
    assert view.rule_view is Rule.OCTOBER_2022


def test_show_in_chart_shows_the_whole_timeline_with_the_event_selected(open_view):
    view = open_view("fr", SECTION_TIMELINE)
    timeline = view.timeline_section.chart
    timeline.plot.setXRange(epoch_seconds(dt.date(2019, 2, 1)), epoch_seconds(dt.date(2019, 8, 1)))
    assert view.show_chart_item(TIMELINE_CHART_ID, "E18")
    first, last = timeline.plot.getViewBox().viewRange()[0]
    assert first <= epoch_seconds(dt.date(2019, 1, 2)) and last >= epoch_seconds(
        max(event.date for event in view.data.events)
    )
    assert view.selected_event == "E18"
    assert view.timeline_section.lane_markers._selected == "E18"
