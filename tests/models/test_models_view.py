"""The model comparison tab in the window: its sections follow the language, a claim puts a
chart in the state that illustrates it, a damaged file stays in this tab."""

from __future__ import annotations

import functools
import shutil

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from explainer_core.models.comparison import DEFAULT_MEASURE_KEYS, HIGHLIGHTED_MODEL
from ui.models.view import SECTIONS

R1 = HIGHLIGHTED_MODEL
AIME = "AIME 2024|Pass@1"
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


def skip_unless_translated(view, source: str = "Benchmarks") -> None:
    """Interface strings are English until the lead merges this view's translations."""
    if QCoreApplication.translate("ModelComparisonView", source) == source:
        pytest.skip("translations of the model comparison are not merged yet")


# --- language -------------------------------------------------------------------------------


def test_switching_language_reformats_numbers_and_data_texts(models, qtbot):
    window, view = models()
    switch_language(window, "de", qtbot)
    assert view.benchmarks.bar_label(AIME, R1) == "79,8"
    view.show_section("compute")  # a hidden section is redrawn as it is shown
    assert "5,576 Mio. $" in view.compute.footnote_browser.toPlainText().replace("\xa0", " ")
    switch_language(window, "en", qtbot)
    assert "$5.576M" in view.compute.footnote_browser.toPlainText()
    view.show_section("benchmarks")
    assert view.benchmarks.bar_label(AIME, R1) == "79.8"
    assert "79.8" in view.intro.body.text()
    assert "$60.00" in view.intro.body.text() and "$5.576M" in view.intro.body.text()


def interface_texts(view) -> list[str]:
    # Hidden sections draw their charts and tables as they are shown: show each in turn.
    for section in reversed(SECTIONS):
        view.show_section(section)
    bench, compute, price, openness = view.benchmarks, view.compute, view.price, view.openness
    texts = [view.sections.tabText(i) for i in range(view.sections.count())]
    for chart in (bench.chart, compute.chart, price.chart):
        texts += [chart.title_label.text(), chart.subtitle_label.text()]
        texts.append(chart.source_label.text().split("<a ")[0])
    texts += [c.plot.getAxis("bottom").labelText for c in (compute.chart, price.chart)]
    for widget in (
        bench.comparison_button,
        bench.distilled_button,
        bench.main_benchmarks_button,
        bench.sort_box,
        openness.later_models_box,
    ):
        texts.append(widget.text())
    for label in (bench.measures_label, bench.scale_note, compute.footnotes_title, openness.note):
        texts.append(label.text())
    texts += [bench.distilled.title.text(), openness.title.text()]
    texts.append(openness.table.horizontalHeaderItem(3).text())
    texts.append(bench.measure_list.item(1).text())  # MMLU-Redux · exact match
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


def test_the_introduction_names_what_its_figures_measure_in_the_readers_language(
    qtbot, settings_dir
):
    from section_fixtures import section_builder

    with section_builder(qtbot) as build:
        view = build.view("fr")
        text = view.intro.body.text()
        # The benchmark and the models its figures are read from, the month of the prices.
        assert text.startswith("Au test AIME 2024, DeepSeek-R1 a obtenu 79,8, contre 79,2 pour ")
        assert text.count("OpenAI-o1-1217") == 2 and "en janvier 2025 son API" in text
        build.language.set_language("de", remember=False)
        qtbot.wait(10)
        assert "im Januar 2025" in view.intro.body.text()


# --- claims ---------------------------------------------------------------------------------


def test_a_claim_can_show_its_model_or_benchmark(models):
    _, view = models()
    assert view.show_chart_item("model-compute", "GPT-4")
    assert view.current_section() == "compute"
    assert "#fbe3d3" in view.compute.footnote_browser.toHtml().lower()
    assert view.show_chart_item("model-compute", "DeepSeek-V3")
    assert next(b for b in view.compute.dots.dots if b.key == "deepseek-v3").emphasised
    view.benchmarks.set_selected_measures([])
    assert view.show_chart_item("model-benchmarks", "AIME 2024")
    assert view.current_section() == "benchmarks"
    assert AIME in view.benchmarks.selected_measures()
    assert not view.show_chart_item("model-benchmarks", "No such benchmark")


def test_show_in_chart_resets_what_the_reader_left(models):
    _, view = models()
    bench = view.benchmarks
    bench.set_selected_measures(["MMLU-Redux|EM"])
    bench.set_sort_by_score(True)
    bench.show_distilled(True)
    assert view.show_chart_item("model-benchmarks", "Codeforces")
    assert not bench.showing_distilled() and not bench.sort_by_score
    chosen = bench.selected_measures()
    assert set(DEFAULT_MEASURE_KEYS) <= set(chosen) and "MMLU-Redux|EM" not in chosen
    assert {"Codeforces|Percentile", "Codeforces|Rating"} <= set(chosen)
    current = bench.measure_list.currentItem()
    assert current.data(0x0100) == "Codeforces|Percentile"
    # A model on the price chart: the default benchmark, the model set apart.
    view.price.set_price_measure("MATH-500|Pass@1")
    assert view.show_chart_item("model-price", "DeepSeek-V3")
    assert view.current_section() == "price"
    assert view.price.price_measure_key == AIME
    points = {p.key: p for p in view.price.scatter.points}
    assert points["deepseek-v3"].emphasised
    # The compute chart forgets the model shown before.
    assert view.show_chart_item("model-compute", "DeepSeek-V3")
    assert view.show_chart_item("model-compute", "")
    assert not next(b for b in view.compute.dots.dots if b.key == "deepseek-v3").emphasised


# --- errors and layout ----------------------------------------------------------------------


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
    measure_list = window.view("models").benchmarks.measure_list
    assert measure_list.horizontalScrollBar().maximum() == 0
    assert measure_list.wordWrap()
