"""Training compute and cost as a presenter uses them: disclosed GPU-hours on a log axis,
every cost figure a footnote with its scope; built alone, without the main window."""

from __future__ import annotations

import math

import pyqtgraph as pg
import pytest
from section_fixtures import section_builder

from ui.models.compute_section import ComputeSection

NNBSP = "\u202f"


def spaces(text: str) -> str:
    """QTextDocument.toPlainText() turns no-break spaces into plain ones: compare alike."""
    return text.replace("\u00a0", " ").replace(NNBSP, " ")


@pytest.fixture
def builder(qtbot, settings_dir):
    with section_builder(qtbot) as build:
        yield build


@pytest.fixture
def compute(builder):
    return lambda code="fr": builder(ComputeSection, code)


def test_gpu_hours_are_dots_on_the_log_axis_never_bars(compute):
    section = compute()
    plot = section.chart.plot
    assert plot.getAxis("bottom").logMode
    # A bar on a log axis starts at an arbitrary decade: its length would mean nothing.
    assert not [item for item in plot.listDataItems() if isinstance(item, pg.BarGraphItem)]
    for dot in section.dots.dots:
        x, _row = section.dots.dot_position(dot.key)
        assert x == pytest.approx(math.log10(dot.value))
    dots = {dot.key: dot for dot in section.dots.dots}
    assert dots["deepseek-v3"].value == 2.788
    assert dots["deepseek-r1"].value == 0.147 and dots["deepseek-r1"].emphasised
    assert section.gpu_hours_axis.tickStrings([-1.0, 0.0, 1.0], 1.0, 1.0) == ["0,1", "1", "10"]


def test_the_axis_draws_no_tick_or_grid_line_beyond_the_data(compute):
    """The room right of the last decade is for the dots' labels: a grid line there,
    labelled or not, would suggest data."""
    section = compute()
    axis = section.gpu_hours_axis
    limit = max(dot.value for dot in section.dots.dots)
    assert axis.label_limit is not None and axis.label_limit >= limit
    (low, high), _ = section.chart.plot.getViewBox().viewRange()
    assert 10**high > axis.label_limit  # the axis does run beyond it
    ticks = [v for _spacing, values in axis.tickValues(low, high, 600) for v in values]
    assert ticks and max(10**v for v in ticks) <= axis.label_limit * 1.0001


def test_each_dot_is_labelled_with_its_figure_gpu_and_basis(compute):
    section = compute("en")
    dots = {dot.key: dot.value_text.split("\n") for dot in section.dots.dots}
    assert dots["deepseek-v3"] == [
        "2.788 M GPU-hours · NVIDIA H800",
        "cost reported by DeepSeek: $5.576M [1]",
    ]
    assert dots["llama-3-1-405b"] == ["30.84 M GPU-hours · NVIDIA H100-80GB"]
    # R1's figure leaves V3's training out, and its cost is the RL stage's only.
    assert dots["deepseek-r1"][1:] == [
        "on top of DeepSeek-V3-Base",
        "cost reported by DeepSeek: about $294,000 [2]",
    ]
    labels = section.dots.value_labels
    assert labels["deepseek-v3"].toPlainText() == "\n".join(dots["deepseek-v3"])


def test_clicking_a_dot_sets_its_model_apart_and_says_which(compute, qtbot):
    section = compute()
    with qtbot.waitSignal(section.modelPicked) as picked:
        section.dots.dotClicked.emit("llama-3-1-405b")
    assert picked.args == ["llama-3-1-405b"]
    assert next(d for d in section.dots.dots if d.key == "llama-3-1-405b").emphasised
    with qtbot.waitSignal(section.modelPicked) as picked:
        section.dots.dotClicked.emit("llama-3-1-405b")  # again: back to none
    assert picked.args == [None]


def test_a_footnote_beside_every_cost_with_basis_exclusions_and_who_said_it(compute):
    section = compute()
    text = spaces(section.footnote_browser.toPlainText())
    for footnote in section.footnotes:
        assert f"[{footnote.number}]" in text
        assert footnote.cost.who_said in text
        for cost in (footnote.cost, *footnote.parts):
            assert spaces(cost.basis.fr) in text and spaces(cost.excludes.fr) in text
            assert spaces(section.cost_amount(cost)) in text
    assert "5,576 M $" in text
    assert sum(len(f.parts) + 1 for f in section.footnotes) == len(section.data.costs)
    # A dot points to the note of the cost its developer reported, as the chart's file does.
    labels = {dot.key: dot.value_text for dot in section.dots.dots}
    for footnote in section.footnotes:
        model = footnote.cost.model
        if model in labels:
            assert (f"[{footnote.number}]" in labels[model]) == footnote.on_chart


def test_footnote_sources_are_links_to_the_system_browser(compute):
    section = compute()
    assert section.footnote_browser.openExternalLinks()
    assert 'href="https://arxiv.org/abs/2412.19437"' in section.footnote_browser.toHtml()
    assert section.chart.source_label.openExternalLinks()


def test_the_tooltip_gives_the_gpu_hours_in_full(compute):
    section = compute("en")
    tip = section.dots.dot_items["deepseek-v3"].toolTip()
    assert "2,788,000 GPU-hours" in tip


def test_switching_language_rewrites_footnotes_and_labels(compute, builder):
    section = compute()
    builder.relabel(section, "de")
    text = spaces(section.footnote_browser.toPlainText())
    assert all(spaces(f.cost.basis.de) in text for f in section.footnotes)
    assert "5,576 Mio. $" in text
    r1 = next(dot for dot in section.dots.dots if dot.key == "deepseek-r1")
    assert section.data.model("deepseek-r1").note.de in r1.tooltip
    builder.relabel(section, "en")
    assert "$5.576M" in section.footnote_browser.toPlainText()
    assert section.gpu_hours_axis.tickStrings([-1.0], 1.0, 1.0) == ["0.1"]
