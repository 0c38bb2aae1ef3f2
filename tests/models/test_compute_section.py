"""Training compute and cost as a presenter uses them: disclosed GPU-hours on a log axis,
every cost figure a footnote with its scope; built alone, without the main window."""

from __future__ import annotations

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


def test_compute_is_on_a_log_axis_with_the_gpu_type_on_each_bar(compute):
    section = compute()
    assert section.chart.plot.getAxis("bottom").logMode
    bars = {bar.key: bar for bar in section.bars.bars}
    assert bars["deepseek-v3"].value == 2.788
    v3_lines = bars["deepseek-v3"].value_text.split("\n")
    assert v3_lines[0].startswith("2,788 M") and v3_lines[1] == "NVIDIA H800"
    llama_lines = bars["llama-3-1-405b"].value_text.split("\n")
    assert llama_lines[0].startswith("30,84 M") and llama_lines[1] == "NVIDIA H100-80GB"
    assert bars["deepseek-r1"].value == 0.147 and bars["deepseek-r1"].emphasised
    assert section.gpu_hours_axis.tickStrings([-1.0, 0.0, 1.0], 1.0, 1.0) == ["0,1", "1", "10"]


def test_a_footnote_beside_every_cost_with_basis_exclusions_and_who_said_it(compute):
    section = compute()
    text = spaces(section.footnote_browser.toPlainText())
    for footnote in section.footnotes:
        cost = footnote.cost
        assert f"[{footnote.number}]" in text
        assert spaces(cost.basis.fr) in text and spaces(cost.excludes.fr) in text
        assert footnote.is_part or cost.who_said in text
        assert spaces(section.cost_amount(cost)) in text
    assert "5,576 M $" in text
    # Each bar points to the totals of its model's costs.
    bars = {bar.key: bar.value_text for bar in section.bars.bars}
    for footnote in section.footnotes:
        if not footnote.is_part and footnote.cost.model in bars:
            assert f"[{footnote.number}]" in bars[footnote.cost.model]


def test_footnote_sources_are_links_to_the_system_browser(compute):
    section = compute()
    assert section.footnote_browser.openExternalLinks()
    assert 'href="https://arxiv.org/abs/2412.19437"' in section.footnote_browser.toHtml()
    assert section.chart.source_label.openExternalLinks()


def test_the_tooltip_gives_the_gpu_hours_in_full(compute):
    section = compute("en")
    tip = section.bars.bar_items["deepseek-v3"].toolTip()
    assert "2,788,000 GPU-hours" in tip


def test_switching_language_rewrites_footnotes_and_labels(compute, builder):
    section = compute()
    builder.relabel(section, "de")
    text = spaces(section.footnote_browser.toPlainText())
    assert all(spaces(f.cost.basis.de) in text for f in section.footnotes)
    assert "5,576 Mio. $" in text
    r1 = next(bar for bar in section.bars.bars if bar.key == "deepseek-r1")
    assert section.data.model("deepseek-r1").note.de in r1.tooltip
    builder.relabel(section, "en")
    assert "$5.576M" in section.footnote_browser.toPlainText()
    assert section.gpu_hours_axis.tickStrings([-1.0], 1.0, 1.0) == ["0.1"]
