"""API prices as a presenter uses them: the prices of 27 January 2025 against a score;
built alone, without the main window."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from section_fixtures import section_builder

from explainer_core.models.comparison import HIGHLIGHTED_MODEL
from ui.models.price_section import PriceSection

R1 = HIGHLIGHTED_MODEL
O1 = "o1-2024-12-17"
MATH = "MATH-500|Pass@1"
NNBSP = "\u202f"


@pytest.fixture
def price(qtbot, settings_dir):
    with section_builder(qtbot) as build:
        yield lambda code="fr", shown=False: build(PriceSection, code, shown)


def test_price_chart_plots_january_2025_prices_on_a_log_axis(price):
    section = price()
    assert section.chart.plot.getAxis("left").logMode
    points = {p.key: p for p in section.scatter.points}
    assert (points[R1].x, points[R1].y) == (79.8, 2.19)
    assert (points[O1].x, points[O1].y) == (79.2, 60.0)
    assert f"2,19{NNBSP}$" in points[R1].label
    assert "gpt-4o-2024-05-13" not in points  # no price for the benchmarked version
    assert any("GPT-4o (gpt-4o-2024-05-13)" in note for note in section.notes)
    assert "GPT-4o (gpt-4o-2024-05-13)" in section.chart.source_label.text()
    section.set_price_measure(MATH)
    points = {p.key: p for p in section.scatter.points}
    assert points[R1].x == 97.3


def test_price_labels_never_overlap(price, qtbot):
    section = price(shown=True)
    for index in range(section.measure_box.count()):
        section.measure_box.setCurrentIndex(index)
        qtbot.wait(1)
        rects = list(section.scatter.label_rects().values())
        for a, b in itertools.combinations(rects, 2):
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


# --- how much cheaper -----------------------------------------------------------------------


def test_the_answer_says_how_many_times_dearer_o1_was_in_words_and_numbers(price):
    section = price("en")
    text = section.answer.text()
    assert "Monday, January 27, 2025" in text
    assert "OpenAI o1 (o1-2024-12-17) charged about 27.4 times as much as DeepSeek-R1" in text
    assert "about 27.3 times as much for input tokens" in text
    # Which prices are compared, and the figures the ratios come from.
    assert "output $60.00 against $2.19" in text and "$15.00 against $0.55" in text
    assert "deepseek-reasoner (list price)" in text and "o1 / o1-2024-12-17" in text


def test_the_answer_is_written_by_the_languages_formatter(price):
    section = price("fr")
    text = section.answer.text()
    assert "environ 27,4" in text and f"60,00{NNBSP}$" in text and f"2,19{NNBSP}$" in text


def test_input_and_output_prices_stand_side_by_side_with_their_ratio(price):
    section = price("en")
    rows = {row[0]: row for row in section.price_table_rows()}
    assert rows["DeepSeek-R1"][1:4] == ["$0.55", "$2.19", "—"]
    assert rows["OpenAI o1 (o1-2024-12-17)"][1:4] == ["$15.00", "$60.00", "27.4 ×"]
    # Cheapest output first, the promotion marked with its end.
    assert section.price_table_rows()[0][0] == "DeepSeek-V3\npromotion until Feb 8, 2025"
    assert section.price_table_rows()[0][2:] == ["$0.28", "0.128 ×"]
    assert rows["Gemini 1.5 Pro\nlist price, prompts up to 128K tokens"][2] == "$5.00"
    assert "GPT-4o (gpt-4o alias)" in rows  # a list price is not marked


def test_the_price_table_sorts_by_value_not_by_text(price):
    section = price("en")
    section.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    outputs = [float(row[2].lstrip("$")) for row in section.price_table_rows()]
    assert outputs == sorted(outputs, reverse=True) and outputs[0] == 60.0


def test_picking_a_row_sets_the_model_apart_on_the_chart(price, qtbot):
    section = price()
    row = next(
        r
        for r, texts in enumerate(section.price_table_rows())
        if texts[0].startswith("DeepSeek-V3")
    )
    with qtbot.waitSignal(section.modelPicked) as picked:
        section.table.selectRow(row)
    assert picked.args == ["deepseek-v3"]
    points = {p.key: p for p in section.scatter.points}
    assert points["deepseek-v3"].emphasised
