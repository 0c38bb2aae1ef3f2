"""The export-controls charts as the reader leaves them are the charts a file shows: the rule,
the chip or event they singled out, their own chip from the classifier; the screen and the
file say it in the same words (title, source, axis titles, key, notes), in the interface's
language; and the Table button follows what the chart shows.

Built without the main window: the view gives ``figure_state``, the export pipeline's
``build_figure`` / ``build_table`` draw it, as the window's Export and Table do."""

from __future__ import annotations

import pytest

from explainer_core.charts import Writing
from explainer_core.chip_controls.chart_states import (
    ChipMapState,
    TimelineState,
    default_chip_map_state,
)
from explainer_core.chip_controls.figures_chip_map import reading_notes, rule_sentence
from explainer_core.chip_controls.figures_timeline import lanes_sentence
from explainer_core.chip_controls.rules import Rule, Status, classify
from explainer_core.chip_controls.styles import STATUS_COLOURS
from explainer_core.data.sources import load_sources
from explainer_core.figure import Figure, MarkerShape, Points, Ring, date_value
from explainer_core.formatting import formatter_for
from ui.chart_files.chart_figures import ChartRequest, build_figure, build_table
from ui.chip_controls.chip_map_chart import YOUR_CHIP_KEY
from ui.chip_controls.view import (
    MAP_CHART_ID,
    SECTION_CLASSIFIER,
    SECTION_MAP,
    SECTION_TIMELINE,
    TIMELINE_CHART_ID,
)
from ui.shell.language import words_for
from widgets.chart_theme import DARK_CHARTS, chart_colours_set_to
from widgets.palette import contrast_ratio

pytest_plugins = ("chip_fixtures",)


def exported(view, chart_id: str, language: str = "fr") -> Figure:
    return build_figure(ChartRequest(chart_id, language, view.figure_state(chart_id)))


def rings(figure: Figure) -> list[Ring]:
    return [mark for mark in figure.plots[0].marks if isinstance(mark, Ring)]


def all_points(figure: Figure):
    return [
        point for mark in figure.plots[0].marks if isinstance(mark, Points) for point in mark.points
    ]


def writing(language: str) -> Writing:
    return Writing(words_for(language), formatter_for(language), load_sources())


def flat(text: str) -> str:
    """A text as a label shows it (Qt's plain text gives a no-break space as a space)."""
    return text.replace("\u00a0", " ")


def row_of(chip_list, chip_id: str) -> int:
    return next(row for row in range(chip_list.count()) if chip_list.chip_id(row) == chip_id)


# --- what the reader chose ----------------------------------------------------------------------


def test_the_tab_as_it_opens_exports_both_charts_as_they_open(open_view):
    view = open_view()
    assert view.selected_chip == "h800"  # told beside the map, chosen by the tab
    assert view.figure_state(MAP_CHART_ID) == default_chip_map_state(view.data)
    assert view.figure_state(TIMELINE_CHART_ID) == TimelineState()
    assert not rings(exported(view, MAP_CHART_ID))
    assert not rings(exported(view, TIMELINE_CHART_ID))


def test_the_chip_and_rule_the_reader_picks_are_what_the_exported_map_shows(open_view):
    view = open_view()
    section = view.map_section
    section.rule_buttons[Rule.OCTOBER_2022].click()
    section.chip_list.setCurrentRow(row_of(section.chip_list, "h20"))
    assert view.figure_state(MAP_CHART_ID) == ChipMapState(Rule.OCTOBER_2022, "h20")
    figure = exported(view, MAP_CHART_ID)
    chart = section.chart
    # The same chips, where the screen draws them, in the same colours and with the same names.
    on_screen = {point.key: point for point in chart.zone_scatter._points}
    by_name = {point.name: point for point in all_points(figure)}
    for chip in view.data.chips:
        drawn, filed = on_screen[chip.id], by_name[chip.name]
        assert filed.x == pytest.approx(10**drawn.x) and filed.y == pytest.approx(drawn.y)
        assert filed.colour == drawn.colour and filed.hollow is drawn.hollow
        assert flat(filed.label) == flat(chart.zone_scatter.label_text(chip.id))
    (ring,) = rings(figure)
    h20 = view.data.chip("h20")
    assert (ring.x, ring.y) == (h20.tpp, h20.interconnect_gbps)
    # The same texts, and the whole map the screen shows at its widest.
    assert figure.title == chart.title_label.text()
    assert figure.source == chart.source_label.text()
    assert figure.plots[0].y_axis.title == chart.value_titles[0]
    assert figure.plots[0].x_axis.title == chart._axis_labels["bottom"]
    frame = chart.frame()
    assert (figure.plots[0].x_axis.minimum, figure.plots[0].x_axis.maximum) == (
        pytest.approx(frame.x_min),
        pytest.approx(frame.x_max),
    )


def test_a_chip_followed_from_an_event_or_a_claim_counts_as_singled_out(open_view):
    view = open_view()
    view.show_chart_item(MAP_CHART_ID, "october_2022")  # a rule: no chip singled out
    assert view.figure_state(MAP_CHART_ID) == ChipMapState(Rule.OCTOBER_2022)
    view.show_chart_item(MAP_CHART_ID, "H20 (HGX)")
    assert view.figure_state(MAP_CHART_ID).highlighted == "h20"
    view.open_link("chip:a800")
    assert view.figure_state(MAP_CHART_ID).highlighted == "a800"


def test_the_event_the_reader_steps_to_is_ringed_in_the_exported_timeline(open_view):
    view = open_view("fr", SECTION_TIMELINE)
    section = view.timeline_section
    section.details.next_button.click()
    event = view.data.event(section.selected_event)
    assert view.figure_state(TIMELINE_CHART_ID) == TimelineState(event.id)
    (ring,) = rings(exported(view, TIMELINE_CHART_ID))
    assert ring.x == date_value(event.date)
    # Switching the map's rule selects the rule's event: the tab's choice, not the reader's.
    view.map_section.rule_buttons[Rule.JANUARY_2026].click()
    assert section.selected_event == "E30"
    assert view.figure_state(TIMELINE_CHART_ID) == TimelineState()


def test_your_chip_goes_into_the_exported_map_as_a_labelled_star(open_view):
    view = open_view("fr", SECTION_CLASSIFIER)
    form = view.classifier
    form.set_inputs("1000", "8", "500", "700", "5000")  # TPP 8000, density 16
    form.plot_button.click()
    state = view.figure_state(MAP_CHART_ID)
    assert state.your_chip.specs == form.results().check.specs
    assert state.your_chip.name is None
    figure = exported(view, MAP_CHART_ID)
    (star,) = [point for point in all_points(figure) if point.shape is MarkerShape.STAR]
    assert (star.x, star.y) == (pytest.approx(8000), pytest.approx(16))
    assert star.label == "Votre puce"
    assert star.colour == STATUS_COLOURS[classify(Rule.OCTOBER_2023, state.your_chip.specs).status]
    on_screen = next(
        p for p in view.map_section.chart.zone_scatter._points if p.key == YOUR_CHIP_KEY
    )
    assert star.colour == on_screen.colour
    assert "Votre puce, issue du classificateur" in [entry.label for entry in figure.legend.entries]
    table = build_table(ChartRequest(MAP_CHART_ID, "fr", state))
    assert table.rows[-1][0] == "Votre puce" and table.rows[-1][table.column("tpp")] == 8000
    # Figures still those of a chip of the list: the star says whose.
    form.apply_preset("h20")
    assert view.figure_state(MAP_CHART_ID).your_chip.name == "H20 (HGX)"
    (star,) = [p for p in all_points(exported(view, MAP_CHART_ID)) if p.shape is MarkerShape.STAR]
    assert star.label == "Votre puce (H20 (HGX))"


def test_the_table_follows_the_rule_and_your_chip_while_it_is_shown(open_view, language):
    view = open_view()
    panel = view.chart_panel(MAP_CHART_ID)
    panel.set_table_source(
        lambda: build_table(ChartRequest(MAP_CHART_ID, "fr", view.figure_state(MAP_CHART_ID))),
        lambda: language.formatter,
    )
    panel.table_button.click()
    assert panel.shows_table
    view.map_section.rule_buttons[Rule.JANUARY_2026].click()
    assert panel.table_view.model.table.title == exported(view, MAP_CHART_ID).title
    rows = len(panel.table_view.model.table.rows)
    view.classifier.set_inputs("1000", "8", "500", "700", "5000")
    view.classifier.plot_button.click()
    view.show_section(SECTION_MAP)  # the map comes back with the chip
    panel.bring_up_to_date()
    assert len(panel.table_view.model.table.rows) == rows + 1


# --- the same words on screen and in files ------------------------------------------------------


@pytest.mark.parametrize("code", ["fr", "de"])
def test_the_screen_charts_say_what_their_files_say(open_view, code):
    view = open_view(code)
    for rule in Rule:
        view.set_rule_view(rule)
        chart = view.map_section.chart
        figure = exported(view, MAP_CHART_ID, code)
        assert chart.title_label.text() == figure.title
        assert chart.source_label.text() == figure.source
        assert chart.subtitle_label.text().startswith(rule_sentence(view.data, rule, writing(code)))
        assert figure.subtitle.startswith(rule_sentence(view.data, rule, writing(code)))
        key = [label.text for _sample, label in chart.legend_item.items]
        assert key == [entry.label for entry in figure.legend.entries]
        notes = reading_notes(view.data, rule, writing(code))
        assert chart.notes_label.text() == "\n".join(notes)
        assert set(notes) <= set(figure.notes)
    view.show_section(SECTION_TIMELINE)
    panel = view.chart_panel(TIMELINE_CHART_ID)
    figure = exported(view, TIMELINE_CHART_ID, code)
    assert panel.title_label.text() == figure.title
    assert panel.source_label.text() == figure.source
    assert panel.subtitle_label.text().startswith(lanes_sentence(writing(code)))
    lanes = [
        label.replace("\n", " ") for _y, label in view.timeline_section.lane_axis._tickLevels[0]
    ]
    assert lanes == [category.label for category in figure.plots[0].y_axis.categories]


def test_the_event_details_give_who_acted_and_the_reference_in_the_interface_language(open_view):
    view = open_view("fr")
    view.select_event("E05")
    event = view.data.event("E05")
    details = view.timeline_section.details
    assert event.authority_text("fr") in details.meta_label.text()
    assert event.citation_text("fr") in details.citation_label.text()
    assert event.citation not in details.citation_label.text()  # the fact base's English
    assert event.authority_text("fr") != event.authority


# --- what the screen carries back from the files ------------------------------------------------


def test_undetermined_and_not_concerned_look_different_on_screen_in_both_themes(open_view):
    view = open_view("en")
    view.set_rule_view(Rule.JANUARY_2026)
    chart = view.map_section.chart
    statuses = {chip.status(Rule.JANUARY_2026) for chip in view.data.chips}
    assert {Status.NOT_APPLICABLE, Status.UNDETERMINED} <= statuses

    def hollow_pens() -> dict[str, str]:
        pens = {}
        for sample, label in chart.legend_item.items:
            if label.text.startswith(("Undetermined", "Not concerned")):
                pens[label.text] = sample.item.opts["symbolPen"].color().name()
        return pens

    light = hollow_pens()
    assert len(light) == 2 and len(set(light.values())) == 2
    with chart_colours_set_to(DARK_CHARTS):
        chart.update_texts()
        dark = hollow_pens()
        assert len(set(dark.values())) == 2
        for colour in dark.values():
            assert contrast_ratio(colour, DARK_CHARTS.background) >= 3.0, colour
    chart.update_texts()


def test_the_screen_map_stars_approximate_figures_and_names_computed_statuses(open_view):
    view = open_view("en")
    view.set_rule_view(Rule.JANUARY_2026)
    chart = view.map_section.chart
    starred = {
        chip.id for chip in view.data.chips if chart.zone_scatter.label_text(chip.id).endswith("*")
    }
    assert "h800" in starred and "h100" not in starred
    computed = [c.name for c in view.data.chips if c.facts_status(Rule.JANUARY_2026) is None]
    assert computed and all(name in chart.notes_label.text() for name in computed)
    assert "* Placed by an approximate" in chart.notes_label.text()
    kinds = [label.text for _sample, label in chart.legend_item.items]
    assert {"Datacenter chip", "Not for datacenters", "Chinese chip, as a US export"} <= set(kinds)
