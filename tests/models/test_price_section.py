"""API prices as a presenter uses them: the prices of 27 January 2025 against a score;
built alone, without the main window."""

from __future__ import annotations

import itertools

import pytest
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
    assert "GPT-4o (gpt-4o-2024-05-13)" in section.missing_label.text()
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
