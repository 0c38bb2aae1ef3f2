"""The benchmark scores as a presenter uses them: the paper's figures, honest scales, the
distilled models' table; built alone, without the main window."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from section_fixtures import section_builder

from explainer_core.models.comparison import COMPARISON_MODELS, HIGHLIGHTED_MODEL
from ui.chart_files.chart_figures import ChartRequest, build_figure
from ui.models.benchmarks_section import BenchmarksSection
from widgets.palette import HIGHLIGHT_COLOUR

R1 = HIGHLIGHTED_MODEL
O1 = "o1-2024-12-17"
AIME = "AIME 2024|Pass@1"
MATH = "MATH-500|Pass@1"
RATING = "Codeforces|Rating"
NNBSP = "\u202f"


def foot(section) -> str:
    """What the chart's foot says (the figure's notes, then the source line), as read."""
    document = QTextDocument()
    document.setHtml(section.chart.source_label.text())
    return document.toPlainText()


@pytest.fixture
def builder(qtbot, settings_dir):
    with section_builder(qtbot) as build:
        yield build


@pytest.fixture
def benchmarks(builder):
    return lambda code="fr": builder(BenchmarksSection, code)


@pytest.mark.parametrize(("key", "r1", "o1"), [(AIME, 79.8, 79.2), (MATH, 97.3, 96.4)])
def test_bars_are_drawn_with_the_papers_scores(benchmarks, key, r1, o1):
    section = benchmarks()
    assert section.bar_value(key, R1) == r1
    assert section.bar_value(key, O1) == o1
    assert section.bar_label(key, R1) == f"{r1}".replace(".", ",")


def test_the_six_main_benchmarks_are_shown_with_their_metric(benchmarks):
    section = benchmarks("en")
    labels = [group.label for group in section.bars.groups]
    assert len(labels) == 6
    assert "AIME 2024\npass@1" in labels and "SWE Verified\nissues resolved" in labels
    # A benchmark another source scores otherwise has its note's mark, and the note.
    assert "Codeforces\npercentile [1]" in labels
    assert foot(section).count("[1] Codeforces · percentile") == 1
    for group in section.bars.groups:
        assert [bar.key for bar in group.bars] == list(COMPARISON_MODELS)


def test_r1_is_highlighted_in_every_group_and_first_in_the_legend(benchmarks):
    section = benchmarks()
    for group in section.bars.groups:
        item = section.bars.bar_items[(group.key, R1)]
        assert item.opts["brush"] == HIGHLIGHT_COLOUR
        other = section.bars.bar_items[(group.key, "deepseek-v3")]
        assert item.opts["pen"].widthF() > other.opts["pen"].widthF()
    assert section.chart.legend.items[0][1].text == "DeepSeek-R1"


def test_a_score_the_paper_does_not_report_keeps_its_slot_and_says_so(benchmarks):
    section = benchmarks("en")
    section.set_selected_measures(["MMLU-Redux|EM"])
    assert section.bar_value("MMLU-Redux|EM", O1) is None
    assert section.bar_label("MMLU-Redux|EM", O1) == "not reported"


def test_switching_benchmarks_redraws_and_a_rating_gets_its_own_axis(benchmarks):
    section = benchmarks()
    section.set_measure_checked(RATING, True)
    assert RATING in section.selected_measures()
    assert section.bar_value(RATING, R1) == 2029
    assert section.bar_label(RATING, R1) == f"2{NNBSP}029"
    # Never on the 0–100 axis: its own plot, its own scale.
    assert RATING not in [group.key for group in section.bars.groups]
    assert section.other_plots[RATING] is not section.chart.plot
    section.set_selected_measures(["GPQA Diamond|Pass@1"])
    assert [group.key for group in section.bars.groups] == ["GPQA Diamond|Pass@1"]
    assert section.other_plots == {}
    # Alone, the rating takes the chart's plot, with its own axis and no 0–100 ticks.
    section.set_selected_measures([RATING])
    assert [group.key for group in section.bars.groups] == [RATING]
    assert section.other_plots == {}
    assert section.score_axis._tickLevels is None
    assert "Codeforces" in section.chart.plot.getAxis("bottom").labelText
    section.all_benchmarks_button.click()
    assert len(section.selected_measures()) == section.measure_list.count()
    section.main_benchmarks_button.click()
    assert len(section.bars.groups) == 6


def test_bars_can_be_sorted_by_score(benchmarks):
    section = benchmarks()
    assert section.bar_order(AIME)[0] == R1
    section.sort_box.setChecked(True)
    order = section.bar_order(AIME)
    values = [section.bar_value(AIME, model) for model in order]
    assert values == sorted(values, reverse=True)
    assert order[:2] == [R1, O1]
    section.sort_box.setChecked(False)
    assert section.bar_order(AIME) == list(COMPARISON_MODELS)


def test_bar_tooltips_give_the_exact_value_the_source_and_the_caveat(benchmarks):
    section = benchmarks()
    tip = section.bars.bar_items[(AIME, R1)].toolTip()
    paper = section.sources["mdl-deepseek-r1-paper"].title_in("fr")
    assert "79,8" in tip and html.escape(paper) in tip  # the document's French title
    section.set_selected_measures(["LiveCodeBench|Pass@1-COT"])
    claude = "claude-3-5-sonnet-20241022"
    tip = section.bars.bar_items[("LiveCodeBench|Pass@1-COT", claude)].toolTip()
    notes = [
        alt.note.fr
        for alt in section.data.benchmarks_alt
        if alt.benchmark == "LiveCodeBench" and alt.model == claude
    ]
    assert notes and all(note.replace("'", "&#x27;") in tip for note in notes)


def test_the_switch_shows_the_distilled_models_table(benchmarks):
    section = benchmarks()
    section.distilled_button.click()
    assert section.showing_distilled()
    assert not section.measure_list.isEnabled()
    assert section.scale_note.isHidden()  # it speaks of the chart's bars, not shown now
    table = section.distilled.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    qwen_32b = rows["DeepSeek-R1-Distill-Qwen-32B"]
    assert table.item(qwen_32b, 1).text() == "72,6"  # AIME 2024 pass@1
    assert table.item(qwen_32b, table.columnCount() - 1).text() == f"1{NNBSP}691"
    section.comparison_button.click()
    assert not section.showing_distilled()
    assert not section.scale_note.isHidden()


def test_a_model_pointed_at_is_outlined_like_r1(benchmarks):
    section = benchmarks()
    pen = lambda model: section.bars.bar_items[(AIME, model)].opts["pen"].widthF()  # noqa: E731
    assert pen("deepseek-v3") < pen(R1)
    assert section.focus_model("deepseek-v3")
    assert pen("deepseek-v3") == pen(R1)
    assert not section.focus_model("llama-3-1-405b")  # not in the paper's main table
    assert pen("deepseek-v3") < pen(R1)


def test_switching_language_reformats_the_bars(benchmarks, builder):
    section = benchmarks()
    builder.relabel(section, "en")
    assert section.bar_label(AIME, R1) == "79.8"
    assert section.chart.title_label.text() == (
        "DeepSeek-R1 against the models it was compared with"
    )
    section.show_distilled(True)
    assert section.distilled.table.item(0, 1).text() == "9.3"


# --- the legend -----------------------------------------------------------------------------


def click(graphics, item, qtbot) -> None:
    """A left click at the middle of a chart's ``item``, as the reader's mouse does it."""
    centre = item.mapToScene(item.boundingRect().center())
    qtbot.mouseClick(
        graphics.viewport(), Qt.MouseButton.LeftButton, pos=graphics.mapFromScene(centre)
    )


def test_clicking_a_model_in_the_legend_shows_its_scores_alone_and_again_all(builder, qtbot):
    """Issue #18, "Charts you can query": the legend isolates a model, on screen and in file."""
    section = builder(BenchmarksSection, "en", shown=True)
    section.set_measure_checked("Codeforces|Rating", True)  # its own plot, too
    legend = section.chart.legend
    entries = {label.text: (sample, label) for sample, label in legend.items}
    click(section.chart.graphics, entries["OpenAI-o1-1217"][1], qtbot)  # on its name
    assert section.isolated_model() == O1
    for bars in (section.bars, *section.other_bars.values()):
        assert all([bar.key for bar in group.bars] == [O1] for group in bars.groups)
    hidden = [name for name, (sample, _label) in entries.items() if not sample.item.isVisible()]
    assert sorted(hidden) == sorted(set(entries) - {"OpenAI-o1-1217"})  # closed eyes
    assert "Only the scores of OpenAI-o1-1217 are shown." in foot(section)
    figure = build_figure(ChartRequest("model-benchmarks", "en", section.figure_state()))
    drawn = {bar.series for plot in figure.plots for mark in plot.marks for bar in mark.bars}
    assert drawn == {"OpenAI-o1-1217"}
    # Another click (on any entry, here R1's swatch) shows every model again.
    click(section.chart.graphics, entries["DeepSeek-R1"][0], qtbot)
    assert section.isolated_model() is None
    assert [bar.key for bar in section.bars.groups[0].bars] == list(COMPARISON_MODELS)
    assert all(sample.item.isVisible() for sample, _label in legend.items)
    assert "Only" not in foot(section)
