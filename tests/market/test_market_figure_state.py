"""A file of a market chart shows the chart as the reader left it: the lines, mode,
reference day and days on screen, the ring a claim asked for, and the same words; the
Table button's numbers follow a change while the table is shown."""

from __future__ import annotations

import datetime as dt

import pytest
from market_fixtures import *  # noqa: F403 (the fixtures: see that module)

from explainer_core.figure import Bars, LineSeries, Ring, date_value
from explainer_core.market.story import ChartMode, Preset, RangePreset
from ui.chart_files.chart_figures import ChartRequest, build_figure, build_table
from widgets.localized_axes import epoch_seconds

TIMELINE, MOVERS = "market-timeline", "market-movers"
SHOCK = dt.date(2025, 1, 27)


def exported(view, chart: str = TIMELINE, language: str | None = None):
    """The figure a file of ``chart`` shows now (what Export gives)."""
    request = ChartRequest(chart, language or view.language.language, view.figure_state(chart))
    return build_figure(request)


def lines_of(figure) -> dict[str, LineSeries]:
    return {
        mark.name: mark
        for plot in figure.plots
        for mark in plot.marks
        if isinstance(mark, LineSeries)
    }


def screen_value(section, ticker: str, day: dt.date) -> float:
    xs, ys = section.curves[ticker].getOriginalDataset()
    return float(ys[list(xs).index(epoch_seconds(day))])


def legend_names(section) -> list[str]:
    return [label.text for _sample, label in section.chart.legend.items]


def choose_mode(section, mode: ChartMode) -> None:
    """As the reader does: the mode box's item."""
    box = section.controls.mode_box
    box.setCurrentIndex(box.findData(mode))


def type_reference_day(qtbot, section, text: str) -> None:
    edit = section.controls.reference_field.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, "\r")


def test_the_exported_timeline_has_the_screens_lines_values_and_words(opened_market_view, qtbot):
    view = opened_market_view("en")
    section = view.timeline
    view.instruments.preset_buttons[Preset.POWER_TRADE].click()
    choose_mode(section, ChartMode.CHANGE)
    type_reference_day(qtbot, section, "Jan 28, 2025")
    assert section.reference_day == dt.date(2025, 1, 28)
    figure = exported(view)
    drawn = lines_of(figure)
    assert list(drawn) == sorted(drawn, key=lambda name: name == "Nvidia")  # Nvidia on top
    assert sorted(drawn) == sorted(legend_names(section))
    for ticker in ("NVDA", "VST", "CEG"):
        line = drawn[view.data.instrument(ticker).name]
        for day in (SHOCK, dt.date(2025, 2, 10)):
            assert line.ys[line.xs.index(date_value(day))] == screen_value(section, ticker, day)
    assert figure.title == section.chart.title_label.text()
    assert figure.subtitle == section.chart.subtitle_label.text()
    assert "January 28, 2025" in figure.subtitle
    assert figure.source == section.chart.source_label.text()
    assert figure.plots[0].y_axis.title == section.chart.value_titles[0]


def test_the_exported_timeline_covers_the_days_in_view(opened_market_view, qtbot):
    view = opened_market_view("fr")
    section = view.timeline
    section.range_buttons[RangePreset.ONE_MONTH].click()
    axis = exported(view).plots[0].x_axis
    assert (axis.minimum, axis.maximum) == (date_value(dt.date(2025, 1, 13)), 20131.0)
    section.chart.plot.getViewBox().scaleBy(x=0.5)  # the reader zooms in
    qtbot.wait(10)
    (x_min, x_max), _ = section.chart.plot.getViewBox().viewRange()
    state = view.figure_state(TIMELINE)
    first, last = epoch_seconds(state.first), epoch_seconds(state.last)
    assert x_min <= first < x_min + 86_400 and x_max - 86_400 < last <= x_max  # whole days
    assert not any(button.isChecked() for button in section.range_buttons.values())
    axis = exported(view).plots[0].x_axis
    assert (axis.minimum, axis.maximum) == (date_value(state.first), date_value(state.last))


def test_price_mode_is_exported_as_the_screen_stacks_it(opened_market_view):
    view = opened_market_view("de")
    section = view.timeline
    choose_mode(section, ChartMode.PRICE)
    section.controls.log_box.setChecked(True)
    figure = exported(view)
    assert section.chart.shows_lower_plot and len(figure.plots) == 2
    top, lower = figure.plots
    assert (top.y_axis.title, lower.y_axis.title) == section.chart.value_titles
    assert "log" in top.y_axis.scale.value
    assert {m.name for m in lower.marks if isinstance(m, LineSeries)} == {"Nasdaq Composite"}
    nasdaq = lines_of(figure)["Nasdaq Composite"]
    day = date_value(SHOCK)
    assert nasdaq.ys[nasdaq.xs.index(day)] == screen_value(section, "^IXIC", SHOCK)


def test_a_series_the_legend_isolates_is_exported_alone(opened_market_view):
    view = opened_market_view("en")
    section = view.timeline
    section.chart.legend.sigSampleClicked.emit(section.curves["VST"])
    assert list(lines_of(exported(view))) == ["Vistra"]
    section.chart.legend.sigSampleClicked.emit(section.curves["VST"])
    assert len(lines_of(exported(view))) == 5


def test_a_claims_ring_is_exported_and_only_when_asked(opened_market_view):
    view = opened_market_view("en")
    assert not [m for p in exported(view).plots for m in p.marks if isinstance(m, Ring)]
    assert view.show_chart_item(TIMELINE, "CEG")
    (ring,) = [m for p in exported(view).plots for m in p.marks if isinstance(m, Ring)]
    [y] = view.timeline.focus_marker.getData()[1]
    assert (ring.x, ring.y) == (date_value(SHOCK), float(y))


def test_the_movers_file_rings_the_bar_a_claim_singled_out(opened_market_view):
    view = opened_market_view("en")

    def emphasised() -> set[str]:
        (bars,) = [m for m in exported(view, MOVERS).plots[0].marks if isinstance(m, Bars)]
        return {bar.category for bar in bars.bars if bar.emphasised}

    assert emphasised() == {"NVDA"}
    assert view.show_chart_item(MOVERS, "AVGO")
    view.movers.chart.bring_up_to_date()
    assert emphasised() == {"NVDA", "AVGO"}
    assert {bar.key for bar in view.movers.bars.bars if bar.emphasised} == {"NVDA", "AVGO"}


@pytest.fixture
def with_tables(opened_market_view):
    """The view with the Table buttons wired as the main window wires them."""
    view = opened_market_view("en")
    panels = [view.timeline.chart, view.movers.chart]
    for panel in panels:
        panel.set_table_source(
            lambda chart=panel.chart_id: build_table(
                ChartRequest(chart, view.language.language, view.figure_state(chart))
            ),
            lambda: view.language.formatter,
        )
    yield view
    for panel in panels:
        panel.show_table(False)


def test_the_table_follows_the_reader_while_it_is_shown(with_tables, qtbot):
    view = with_tables
    panel = view.timeline.chart
    panel.table_button.click()
    keys = [column.key for column in panel.table_view.model.table.columns]
    assert "rebased" in keys
    choose_mode(view.timeline, ChartMode.CHANGE)
    keys = [column.key for column in panel.table_view.model.table.columns]
    assert "change" in keys and "rebased" not in keys
    view.instruments.picker.set_checked("AVGO", False)
    qtbot.waitUntil(lambda: "AVGO" not in view.timeline.tickers)
    tickers = {row[2] for row in panel.table_view.model.table.rows}
    assert tickers == {"NVDA", "MSFT", "VST", "^IXIC"}


def test_the_movers_table_shown_follows_the_language(with_tables, qtbot):
    view = with_tables
    panel = view.movers.chart
    panel.table_button.click()
    assert panel.table_view.model.table.language == "en"
    view.language.set_language("fr", remember=False)
    qtbot.wait(10)
    assert panel.table_view.model.table.language == "fr"
    assert panel.table_view.model.table.title == view.movers.chart.title_label.text()
