"""The model comparison tab as a presenter uses it: figures equal the data, every cost has
its footnote, the scales are honest, and everything follows the language."""

from __future__ import annotations

import functools
import itertools
import shutil

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from explainer_core.models.comparison import COMPARISON_MODELS, HIGHLIGHTED_MODEL
from ui.models.view import SECTIONS
from widgets.palette import HIGHLIGHT_COLOUR

R1 = HIGHLIGHTED_MODEL
O1 = "o1-2024-12-17"
AIME = "AIME 2024|Pass@1"
MATH = "MATH-500|Pass@1"
RATING = "Codeforces|Rating"
NNBSP = "\u202f"


@pytest.fixture
def models(make_window, qtbot):
    def open_view(language: str = "fr"):
        window = make_window(language)
        window.show_tab("models")
        window.show()
        qtbot.waitExposed(window)
        return window, window.view("models")

    return open_view


def switch_language(window, code, qtbot):
    window.language_actions[code].trigger()
    qtbot.wait(10)


def spaces(text: str) -> str:
    """QTextDocument.toPlainText() turns no-break spaces into plain ones: compare alike."""
    return text.replace("\u00a0", " ").replace(NNBSP, " ")


def skip_unless_translated(view, source: str = "Benchmarks") -> None:
    """Interface strings are English until the lead merges this view's translations."""
    if QCoreApplication.translate("ModelComparisonView", source) == source:
        pytest.skip("translations of the model comparison are not merged yet")


# --- benchmarks -----------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "r1", "o1"), [(AIME, 79.8, 79.2), (MATH, 97.3, 96.4)])
def test_bars_are_drawn_with_the_papers_scores(models, key, r1, o1):
    _, view = models()
    assert view.bar_value(key, R1) == r1
    assert view.bar_value(key, O1) == o1
    assert view.bar_label(key, R1) == f"{r1}".replace(".", ",")


def test_the_six_main_benchmarks_are_shown_with_their_metric(models):
    _, view = models("en")
    labels = [group.label for group in view.bench_bars.groups]
    assert len(labels) == 6
    assert "AIME 2024\npass@1" in labels and "Codeforces\npercentile" in labels
    assert "SWE Verified\nissues resolved" in labels
    for group in view.bench_bars.groups:
        assert [bar.key for bar in group.bars] == list(COMPARISON_MODELS)


def test_r1_is_highlighted_in_every_group_and_first_in_the_legend(models):
    _, view = models()
    for group in view.bench_bars.groups:
        item = view.bench_bars.bar_items[(group.key, R1)]
        assert item.opts["brush"] == HIGHLIGHT_COLOUR
        other = view.bench_bars.bar_items[(group.key, "deepseek-v3")]
        assert item.opts["pen"].widthF() > other.opts["pen"].widthF()
    first_label = view.benchmark_chart.legend.items[0][1].text
    assert first_label == "DeepSeek-R1"


def test_a_score_the_paper_does_not_report_keeps_its_slot_and_says_so(models):
    _, view = models("en")
    view.set_selected_measures(["MMLU-Redux|EM"])
    assert view.bar_value("MMLU-Redux|EM", O1) is None
    assert view.bar_label("MMLU-Redux|EM", O1) == "not reported"


def test_switching_benchmarks_redraws_and_a_rating_gets_its_own_axis(models, qtbot):
    _, view = models()
    view.set_measure_checked(RATING, True)
    assert RATING in view.selected_measures()
    assert view.bar_value(RATING, R1) == 2029
    assert view.bar_label(RATING, R1) == f"2{NNBSP}029"
    # Never on the 0–100 axis: its own plot, its own scale.
    assert RATING not in [group.key for group in view.bench_bars.groups]
    assert view.other_plots[RATING] is not view.benchmark_chart.plot
    view.set_selected_measures(["GPQA Diamond|Pass@1"])
    assert [group.key for group in view.bench_bars.groups] == ["GPQA Diamond|Pass@1"]
    assert view.other_plots == {}
    # Alone, the rating takes the chart's plot, with its own axis and no 0–100 ticks.
    view.set_selected_measures([RATING])
    assert [group.key for group in view.bench_bars.groups] == [RATING]
    assert view.other_plots == {}
    assert view.score_axis._tickLevels is None
    assert "Codeforces" in view.benchmark_chart.plot.getAxis("bottom").labelText
    view.all_benchmarks_button.click()
    assert len(view.selected_measures()) == view.measure_list.count()
    view.main_benchmarks_button.click()
    assert len(view.bench_bars.groups) == 6


def test_bars_can_be_sorted_by_score(models):
    _, view = models()
    assert view.bar_order(AIME)[0] == R1
    view.sort_box.setChecked(True)
    order = view.bar_order(AIME)
    values = [view.bar_value(AIME, model) for model in order]
    assert values == sorted(values, reverse=True)
    assert order[:2] == [R1, O1]
    view.sort_box.setChecked(False)
    assert view.bar_order(AIME) == list(COMPARISON_MODELS)


def test_bar_tooltips_give_the_exact_value_the_source_and_the_caveat(models):
    _, view = models()
    tip = view.bench_bars.bar_items[(AIME, R1)].toolTip()
    assert "79,8" in tip and "DeepSeek-R1 paper" in tip
    view.set_selected_measures(["LiveCodeBench|Pass@1-COT"])
    claude = "claude-3-5-sonnet-20241022"
    tip = view.bench_bars.bar_items[("LiveCodeBench|Pass@1-COT", claude)].toolTip()
    notes = [
        alt.note.fr
        for alt in view.data.benchmarks_alt
        if alt.benchmark == "LiveCodeBench" and alt.model == claude
    ]
    assert notes and all(note.replace("'", "&#x27;") in tip for note in notes)


def test_the_switch_shows_the_distilled_models_table(models):
    _, view = models()
    view.distilled_button.click()
    assert view.benchmark_stack.currentIndex() == 1
    assert not view.measure_list.isEnabled()
    table = view.distilled_view
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    qwen_32b = rows["DeepSeek-R1-Distill-Qwen-32B"]
    assert table.item(qwen_32b, 1).text() == "72,6"  # AIME 2024 pass@1
    assert table.item(qwen_32b, table.columnCount() - 1).text() == f"1{NNBSP}691"
    view.comparison_button.click()
    assert view.benchmark_stack.currentIndex() == 0


# --- training compute and cost --------------------------------------------------------------


def test_compute_is_on_a_log_axis_with_the_gpu_type_on_each_bar(models):
    _, view = models()
    assert view.compute_chart.plot.getAxis("bottom").logMode
    bars = {bar.key: bar for bar in view.compute_bars.bars}
    assert bars["deepseek-v3"].value == 2.788
    v3_lines = bars["deepseek-v3"].value_text.split("\n")
    assert v3_lines[0].startswith("2,788 M") and v3_lines[1] == "NVIDIA H800"
    llama_lines = bars["llama-3-1-405b"].value_text.split("\n")
    assert llama_lines[0].startswith("30,84 M") and llama_lines[1] == "NVIDIA H100-80GB"
    assert bars["deepseek-r1"].value == 0.147 and bars["deepseek-r1"].emphasised
    assert view.gpu_hours_axis.tickStrings([-1.0, 0.0, 1.0], 1.0, 1.0) == ["0,1", "1", "10"]


def test_a_footnote_beside_every_cost_with_basis_exclusions_and_who_said_it(models):
    _, view = models()
    text = spaces(view.footnote_browser.toPlainText())
    for footnote in view.footnotes:
        cost = footnote.cost
        assert f"[{footnote.number}]" in text
        assert spaces(cost.basis.fr) in text and spaces(cost.excludes.fr) in text
        assert footnote.is_part or cost.who_said in text
        assert spaces(view.cost_amount(cost)) in text
    assert "5,576 M $" in text
    # Each bar points to the totals of its model's costs.
    bars = {bar.key: bar.value_text for bar in view.compute_bars.bars}
    for footnote in view.footnotes:
        if not footnote.is_part and footnote.cost.model in bars:
            assert f"[{footnote.number}]" in bars[footnote.cost.model]


def test_footnote_sources_are_links_to_the_system_browser(models):
    _, view = models()
    assert view.footnote_browser.openExternalLinks()
    assert 'href="https://arxiv.org/abs/2412.19437"' in view.footnote_browser.toHtml()
    assert view.compute_chart.source_label.openExternalLinks()


# --- price against capability ---------------------------------------------------------------


def test_price_chart_plots_january_2025_prices_on_a_log_axis(models):
    _, view = models()
    view.show_section("price")
    assert view.price_chart.plot.getAxis("left").logMode
    points = {p.key: p for p in view.price_scatter.points}
    assert (points[R1].x, points[R1].y) == (79.8, 2.19)
    assert (points[O1].x, points[O1].y) == (79.2, 60.0)
    assert f"2,19{NNBSP}$" in points[R1].label
    assert "gpt-4o-2024-05-13" not in points  # no price for the benchmarked version
    assert "GPT-4o (gpt-4o-2024-05-13)" in view.price_missing_label.text()
    view.set_price_measure(MATH)
    points = {p.key: p for p in view.price_scatter.points}
    assert points[R1].x == 97.3


def test_price_labels_never_overlap(models, qtbot):
    _, view = models()
    view.show_section("price")
    for index in range(view.price_measure_box.count()):
        view.price_measure_box.setCurrentIndex(index)
        qtbot.wait(1)
        rects = list(view.price_scatter.label_rects().values())
        for a, b in itertools.combinations(rects, 2):
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


# --- openness -------------------------------------------------------------------------------


def test_openness_table_gives_licence_weights_parameters_date_developer(models):
    _, view = models("en")
    table = view.openness_table
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    r1 = view.data.model(R1)
    assert cells == [
        "DeepSeek-R1",
        "DeepSeek",
        "Jan 20, 2025",
        "671 bn total, 37 bn active per token",
        "Yes",
        r1.license,
    ]
    count = table.rowCount()
    view.later_models_box.setChecked(True)
    assert table.rowCount() == len(view.data.models) > count


# --- language -------------------------------------------------------------------------------


def test_switching_language_reformats_numbers_and_data_texts(models, qtbot):
    window, view = models()
    switch_language(window, "de", qtbot)
    assert view.bar_label(AIME, R1) == "79,8"
    view.show_section("compute")  # a hidden section is redrawn as it is shown
    text = spaces(view.footnote_browser.toPlainText())
    assert all(spaces(f.cost.basis.de) in text for f in view.footnotes)
    assert "5,576 Mio. $" in text
    assert view.data.model(R1).note.de in view.compute_bars.bars[-2].tooltip
    switch_language(window, "en", qtbot)
    assert "$5.576M" in view.footnote_browser.toPlainText()
    view.show_section("benchmarks")
    assert view.bar_label(AIME, R1) == "79.8"
    view.show_distilled(True)
    assert view.distilled_view.item(0, 1).text() == "9.3"
    assert view.gpu_hours_axis.tickStrings([-1.0], 1.0, 1.0) == ["0.1"]
    assert "79.8" in view.intro.body.text()


def interface_texts(view) -> list[str]:
    # Hidden sections draw their charts and tables as they are shown: show each in turn.
    for section in reversed(SECTIONS):
        view.show_section(section)
    texts = [view.sections.tabText(i) for i in range(view.sections.count())]
    for chart in (view.benchmark_chart, view.compute_chart, view.price_chart):
        texts += [chart.title_label.text(), chart.subtitle_label.text()]
        texts.append(chart.source_label.text().split("<a ")[0])
    texts += [c.plot.getAxis("bottom").labelText for c in (view.compute_chart, view.price_chart)]
    for widget in (
        view.comparison_button,
        view.distilled_button,
        view.main_benchmarks_button,
        view.sort_box,
        view.later_models_box,
    ):
        texts.append(widget.text())
    for label in (view.measures_label, view.scale_note, view.footnotes_title, view.openness_note):
        texts.append(label.text())
    texts += [view.distilled_title.text(), view.openness_title.text()]
    texts.append(view.openness_table.horizontalHeaderItem(3).text())
    texts.append(view.measure_list.item(1).text())  # MMLU-Redux · exact match
    return texts


def test_retranslation_changes_every_interface_label(models, qtbot):
    window, view = models("en")
    english = interface_texts(view)
    switch_language(window, "fr", qtbot)
    skip_unless_translated(view)
    french = interface_texts(view)
    switch_language(window, "de", qtbot)
    german = interface_texts(view)
    for en, fr, de in zip(english, french, german, strict=True):
        assert fr != en and de != en and fr != de, en


# --- claims and errors ----------------------------------------------------------------------


def test_a_claim_can_show_its_model_or_benchmark(models):
    _, view = models()
    assert view.show_chart_item("model-compute", "GPT-4")
    assert view.current_section() == "compute"
    assert "#fbe3d3" in view.footnote_browser.toHtml().lower()
    assert view.show_chart_item("model-compute", "DeepSeek-V3")
    assert next(b for b in view.compute_bars.bars if b.key == "deepseek-v3").emphasised
    view.set_selected_measures([])
    assert view.show_chart_item("model-benchmarks", "AIME 2024")
    assert view.current_section() == "benchmarks"
    assert AIME in view.selected_measures()
    assert not view.show_chart_item("model-benchmarks", "No such benchmark")


def test_a_damaged_model_file_shows_a_message_in_this_view_only(make_window, monkeypatch, tmp_path):
    import ui.models.view as models_view
    from explainer_core.data.models import load_models
    from explainer_core.data.paths import DATA_DIR

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    benchmarks = copy / "benchmarks.csv"
    text = benchmarks.read_text(encoding="utf-8").replace(",79.8,", ",79,8,", 1)
    benchmarks.write_text(text, encoding="utf-8")
    monkeypatch.setattr(models_view, "load_models", functools.partial(load_models, copy))

    window = make_window("fr")
    view = window.view("models")
    assert view.error_panel is not None
    detail = view.error_panel.findChild(QLabel, "dataErrorDetail").text()
    assert "benchmarks.csv" in detail
    assert view.intro.heading.text() == "Comparaison des modèles"
    assert window.view("market").data is not None


def test_long_benchmark_names_wrap_instead_of_scrolling_sideways(make_window, qtbot):
    window = make_window("de")
    window.show_tab("models")
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    view = window.view("models")
    assert view.measure_list.horizontalScrollBar().maximum() == 0
    assert view.measure_list.wordWrap()
