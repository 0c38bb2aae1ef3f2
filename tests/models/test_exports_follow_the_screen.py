"""A file of a model chart shows what the reader left on screen: the benchmarks, the order,
the model set apart or shown alone, the score the prices stand against; its texts are the
screen's; the Table button's numbers follow every change. The tab is built alone, without
the main window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from section_fixtures import section_builder

from explainer_core.data.models import BenchmarkTable
from explainer_core.figure import Bars, Figure, Points
from explainer_core.models.comparison import COMPARISON_MODELS, DEFAULT_MEASURE_KEYS, model_label
from explainer_core.models.states import BenchmarksState, ComputeState, PriceState
from ui.chart_files.chart_figures import ChartRequest, build_figure, build_table

BENCHMARKS, COMPUTE, PRICE = "model-benchmarks", "model-compute", "model-price"
RATING = "Codeforces|Rating"
MATH = "MATH-500|Pass@1"
V3, O1 = "deepseek-v3", "o1-2024-12-17"


@pytest.fixture
def builder(qtbot, settings_dir):
    with section_builder(qtbot) as build:
        yield build


def exported(view, chart_id: str, language: str = "fr") -> Figure:
    """The chart's file as the export dialog, Export all and the clipboard build it."""
    return build_figure(ChartRequest(chart_id, language, view.figure_state(chart_id)))


def plain(rich: str) -> str:
    """Rich text as read; QTextDocument makes no-break spaces plain ones: so does this."""
    document = QTextDocument()
    document.setHtml(rich)
    return spaces(document.toPlainText())


def spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def same_texts(panel, figure: Figure) -> None:
    """The screen's chart says what its file says: title, subtitle, the source's words."""
    assert panel.title_label.text() == figure.title
    assert panel.subtitle_label.text() == figure.subtitle
    lead = spaces(figure.source).split(". ")[0]  # what the chart rests on, then the documents
    assert lead and plain(panel.source_label.text()).split("\n")[-1].startswith(lead)


def pick_price_row(view, model_id: str) -> None:
    """The reader selects a model's row in the price table (shared with every section)."""
    table = view.price.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(0x0100) == model_id)
    table.selectRow(row)


# --- benchmarks -----------------------------------------------------------------------------


def screen_bars(section) -> list[tuple]:
    """(benchmark, model, value, label, outlined) of every bar on screen, plot by plot."""
    drawn = []
    for bars in [section.bars, *section.other_bars.values()]:
        for group in bars.groups:
            for bar in group.bars:
                label = bars.value_labels[(group.key, bar.key)].toPlainText()
                drawn.append((group.key, bar.key, bar.value, label, bar.emphasised))
    return drawn


def file_bars(figure: Figure, data) -> list[tuple]:
    model_of = {model_label(data, model): model for model in COMPARISON_MODELS}
    return [
        (bar.category, model_of[bar.series], bar.value, bar.label, bar.emphasised)
        for plot in figure.plots
        for mark in plot.marks
        if isinstance(mark, Bars)
        for bar in mark.bars
    ]


def test_the_benchmark_file_shows_the_benchmarks_order_and_model_the_reader_chose(builder):
    view = builder.view("fr")
    bench = view.benchmarks
    bench.set_measure_checked("MMLU|Pass@1", False)
    bench.set_measure_checked(RATING, True)
    bench.sort_box.click()
    pick_price_row(view, V3)  # set apart in every section

    chosen = [key for key in DEFAULT_MEASURE_KEYS if key != "MMLU|Pass@1"] + [RATING]
    state = view.figure_state(BENCHMARKS)
    assert state == BenchmarksState(
        tuple(bench.selected_measures()), sort_by_score=True, highlighted=V3
    )
    assert set(state.measure_keys) == set(chosen)
    figure = exported(view, BENCHMARKS)
    assert file_bars(figure, view.data) == screen_bars(bench)
    assert [v for *_, v in screen_bars(bench) if v] and RATING in {b[0] for b in screen_bars(bench)}
    # Each plot's benchmarks and axis as the screen names them.
    plots = [bench.chart.plot, *bench.other_plots.values()]
    groups = [bench.bars.groups, *(bars.groups for bars in bench.other_bars.values())]
    assert len(figure.plots) == len(plots) == 2
    for shown, drawn, plot in zip(plots, groups, figure.plots, strict=True):
        assert shown.getAxis("bottom").labelText == plot.x_axis.title
        assert [g.label for g in drawn] == [c.label for c in plot.y_axis.categories]
    same_texts(bench.chart, figure)
    # The file's notes, above the source line as in the file.
    assert figure.notes and list(bench.notes) == list(figure.notes)
    foot = plain(bench.chart.source_label.text()).split("\n")
    assert foot[:-1] == [spaces(note) for note in figure.notes]


def test_the_distilled_models_table_exports_as_table_5(builder):
    view = builder.view("en")
    bench = view.benchmarks
    # A model alone on the main chart, bars sorted.
    bench.chart.legend.isolate(model_label(view.data, "o1-mini"))
    assert view.figure_state(BENCHMARKS).only_model == "o1-mini"
    bench.sort_box.click()
    bench.distilled_button.click()
    state = view.figure_state(BENCHMARKS)
    assert state.table is BenchmarkTable.DISTILLED
    figure = exported(view, BENCHMARKS, "en")
    assert figure.title == bench.distilled.title.text()
    # Every model of the table on screen, none left out by the main chart's choices.
    table = bench.distilled.table
    rows = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert [entry.label for entry in figure.legend.entries] == rows
    bench.comparison_button.click()
    assert view.figure_state(BENCHMARKS).table is BenchmarkTable.MAIN
    assert view.figure_state(BENCHMARKS).only_model == "o1-mini"


def test_the_table_button_follows_the_readers_benchmarks_while_shown(builder, qtbot):
    view = builder.view("fr", shown=True)
    panel = view.benchmarks.chart
    panel.set_table_source(  # as the main window does for every chart
        lambda: build_table(ChartRequest(BENCHMARKS, "fr", view.figure_state(BENCHMARKS))),
        lambda: view.language.formatter,
    )
    panel.table_button.click()
    assert panel.shows_table

    def benchmarks_in_table() -> set[str]:
        table = panel.table_view.model.table
        return set(table.values("benchmark"))

    assert (
        "Codeforces" in benchmarks_in_table()
        and RATING not in view.figure_state(BENCHMARKS).measure_keys
    )
    rows = len(panel.table_view.model.table.rows)
    view.benchmarks.set_measure_checked("MATH-500|Pass@1", False)
    qtbot.wait(1)
    assert "MATH-500" not in benchmarks_in_table()
    assert len(panel.table_view.model.table.rows) == rows - len(COMPARISON_MODELS)
    view.benchmarks.main_benchmarks_button.click()
    qtbot.wait(1)
    assert "MATH-500" in benchmarks_in_table()


# --- compute --------------------------------------------------------------------------------


def test_the_compute_file_shows_the_dot_the_reader_clicked_and_the_screens_labels(builder):
    view = builder.view("de")
    compute = view.compute
    assert view.figure_state(COMPUTE) == ComputeState()
    compute.dots.dotClicked.emit("llama-3-1-405b")  # what a click on the dot sends
    assert view.figure_state(COMPUTE) == ComputeState("llama-3-1-405b")
    figure = exported(view, COMPUTE, "de")
    (plot,) = figure.plots
    dots = {p.y: p for mark in plot.marks if isinstance(mark, Points) for p in mark.points}
    for dot in compute.dots.dots:
        assert (dots[dot.key].x, dots[dot.key].label) == (dot.value, dot.value_text)
        assert dots[dot.key].emphasised == dot.emphasised
    assert {key for key, dot in dots.items() if dot.emphasised} == {"deepseek-r1", "llama-3-1-405b"}
    assert compute.chart.plot.getAxis("bottom").labelText == plot.x_axis.title
    same_texts(compute.chart, figure)
    compute.dots.dotClicked.emit("llama-3-1-405b")  # again: back to none
    assert view.figure_state(COMPUTE) == ComputeState()


# --- prices ---------------------------------------------------------------------------------


def test_the_price_file_is_the_sections_chart_on_the_score_and_model_chosen(builder):
    view = builder.view("fr")
    price = view.price
    assert view.figure_state(PRICE) == PriceState()  # the chart as it opens: AIME 2024
    price.measure_box.setCurrentIndex(price.measure_box.findData(MATH))
    pick_price_row(view, O1)
    assert view.figure_state(PRICE) == PriceState(MATH, O1)
    figure = exported(view, PRICE)
    (plot,) = figure.plots
    dots = {p.series: p for mark in plot.marks if isinstance(mark, Points) for p in mark.points}
    shown = {point.key: point for point in price.scatter.points}
    assert set(dots) == set(shown)
    for key, point in shown.items():
        assert (dots[key].x, dots[key].y) == (point.x, point.y) and point.x
        assert (dots[key].label, dots[key].emphasised) == (point.label, point.emphasised)
    assert shown[O1].emphasised
    # The same axes, the screen's with a little padding around the file's range.
    assert price.chart.value_titles[0] == plot.y_axis.title  # across, above the plot
    assert price.chart.plot.getAxis("bottom").labelText == plot.x_axis.title
    (x_first, x_last), _ = price.chart.plot.getViewBox().viewRange()
    span = plot.x_axis.maximum - plot.x_axis.minimum
    assert x_first == pytest.approx(plot.x_axis.minimum - 0.03 * span)
    assert x_last == pytest.approx(plot.x_axis.maximum + 0.03 * span)
    same_texts(price.chart, figure)
    # The file's notes above the source line, as in the file.
    foot = plain(price.chart.source_label.text()).split("\n")
    assert figure.notes and foot[:-1] == [spaces(note) for note in figure.notes]


def test_a_claim_puts_the_chart_and_its_file_in_the_same_state(builder):
    view = builder.view("en")
    view.price.set_price_measure(MATH)
    assert view.show_chart_item(PRICE, "DeepSeek-V3")
    assert view.figure_state(PRICE) == PriceState(highlighted=V3)
    assert view.show_chart_item(BENCHMARKS, "Codeforces")
    state = view.figure_state(BENCHMARKS)
    assert {"Codeforces|Percentile", RATING} <= set(state.measure_keys)
    assert (state.sort_by_score, state.highlighted, state.only_model) == (False, None, None)


def test_a_chart_the_tab_does_not_have_has_no_state(builder):
    view = builder.view("en")
    assert view.figure_state("market-timeline") is None


def test_the_price_table_button_follows_the_score_chosen_while_shown(builder, qtbot):
    view = builder.view("en", shown=True)
    view.show_section("price")
    panel = view.price.chart
    panel.set_table_source(
        lambda: build_table(ChartRequest(PRICE, "en", view.figure_state(PRICE))),
        lambda: view.language.formatter,
    )
    panel.table_button.click()
    table = lambda: panel.table_view.model.table  # noqa: E731
    assert table().columns[table().column("score")].header == "Score: AIME 2024 · pass@1"
    view.price.measure_box.setCurrentIndex(view.price.measure_box.findData(MATH))
    qtbot.wait(1)
    assert table().columns[table().column("score")].header == "Score: MATH-500 · pass@1"
    assert table().values("score") == [p.x for p in view.price.scatter.points]
