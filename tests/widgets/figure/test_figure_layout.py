"""The layout holds at the extremes: square, portrait, very flat, A4 pages, small and large.

Whatever the size, every text lies inside the figure, no two texts overlap, the plots
keep at least half the height, the legend goes below the plots when the figure is narrow,
and titles break between words.
"""

from __future__ import annotations

import functools
import itertools
import math

import pytest
from synthetic_figures import BUILDERS, LANGUAGES

from explainer_core.figure import (
    Axis,
    Bar,
    Bars,
    Category,
    Figure,
    Legend,
    LegendEntry,
    LineSeries,
    Plot,
    Point,
    Points,
    Rule,
    tick_level,
)
from widgets.figure import Page, TextRole, layout_figure, logical_size

SIZES = {
    "600x600": (600, 600),
    "4000x1000": (4000, 1000),  # 4:1, flatter than 21:9
    "1080x1080": (1080, 1080),
    "1080x1350": (1080, 1350),
    "2000x1125": (2000, 1125),
    "2560x1080": (2560, 1080),  # 21:9
    "600x257": (600, 257),  # 21:9 at the smallest width
    "A4 landscape": Page.a4(landscape=True).css_pixels,
    "A4 portrait": Page.a4(landscape=False).css_pixels,
    "Letter portrait": Page.letter(landscape=False).css_pixels,
}
# German is the longest of the three languages: every size; French and English at a few.
CASES = [(name, "de", size) for name, size in itertools.product(BUILDERS, SIZES)] + [
    (name, language, size)
    for name, language, size in itertools.product(
        BUILDERS, ("fr", "en"), ("600x600", "4000x1000", "A4 portrait")
    )
]
TOLERANCE = 0.01  # pixels: boxes that only touch do not overlap


@functools.cache  # three tests read each layout
def _laid_out(name: str, language: str, size: str):
    figure = BUILDERS[name](language)
    return figure, layout_figure(figure, logical_size(*SIZES[size]))


def _overlap(first, second) -> bool:
    width = min(first.right, second.right) - max(first.left, second.left)
    height = min(first.bottom, second.bottom) - max(first.top, second.top)
    return width > TOLERANCE and height > TOLERANCE


@pytest.mark.parametrize(("name", "language", "size"), CASES)
def test_texts_fit_the_figure_without_overlapping(qapp, name, language, size):
    _figure, layout = _laid_out(name, language, size)
    texts = [text for text in layout.texts if text.text.strip()]
    for text in texts:
        box = text.box
        assert box.left >= -TOLERANCE and box.top >= -TOLERANCE, (text.text, box)
        assert box.right <= layout.width + TOLERANCE, (text.text, box, layout.width)
        assert box.bottom <= layout.height + TOLERANCE, (text.text, box, layout.height)
    for first, second in itertools.combinations(texts, 2):
        assert not _overlap(first.box, second.box), (first.text, first.box, second.text, second.box)


@pytest.mark.parametrize(("name", "language", "size"), CASES)
def test_the_plots_keep_half_the_height(qapp, name, language, size):
    """The data area of a plot; from the first data area's top to the last one's bottom for
    stacked plots (the axes between them are part of what the reader sees as the plot)."""
    _figure, layout = _laid_out(name, language, size)
    plots = layout.plot_areas[-1].bottom - layout.plot_areas[0].top
    assert plots >= 0.5 * layout.height - TOLERANCE, (plots, layout.height, layout.text_step)


@pytest.mark.parametrize(("name", "language", "size"), CASES)
def test_every_event_drawn_is_named(qapp, name, language, size):
    figure, layout = _laid_out(name, language, size)
    events = [
        mark
        for plot in figure.plots
        for mark in plot.marks
        if isinstance(mark, Rule) and mark.axis == "x" and mark.label
    ]
    labels = [text.text for text in layout.texts if text.role is TextRole.RULE]
    if layout.events_numbered:
        assert labels == [str(number) for number in range(1, len(events) + 1)]
        key = " ".join(text.text for text in layout.texts if text.role is TextRole.NOTE)
        assert all(event.label in key.replace("\n", " ").replace("\u00a0", " ") for event in events)
    else:
        assert sorted(labels) == sorted(event.label for event in events)


def test_the_legend_goes_below_on_narrow_figures_and_right_on_wide_ones(qapp):
    figure = BUILDERS["market-timeline"]("de")
    for size, below in (("600x600", True), ("1080x1350", True), ("2000x1125", False)):
        layout = layout_figure(figure, logical_size(*SIZES[size]))
        assert layout.legend_below is below, size
        legend = layout.legend_box
        plots = layout.plot_areas[0]
        if below:
            assert legend.top >= plots.bottom
        else:
            assert legend.left >= plots.right


def _title_lines(layout):
    return [text for text in layout.texts if text.role is TextRole.TITLE]


@pytest.mark.parametrize("size", ["600x600", "1080x1350", "2000x1125"])
def test_a_title_breaks_between_words(qapp, size):
    figure = BUILDERS["export-rules-timeline"]("de")
    layout = layout_figure(figure, logical_size(*SIZES[size]))
    (title,) = _title_lines(layout)
    assert " ".join(title.lines) == figure.title
    assert title.box.right <= layout.width - 20


def test_a_very_long_title_is_cut_after_a_word_with_an_ellipsis(qapp):
    base = BUILDERS["market-movers"]("fr")
    words = ("Les variations de la séance du lundi 27 janvier 2025 " * 6).split()
    long_title = " ".join(words)[:300]
    figure = type(base)(**{**base.__dict__, "title": long_title})
    layout = layout_figure(figure, logical_size(600, 600))
    (title,) = _title_lines(layout)
    assert len(title.lines) == 3
    assert title.lines[-1].endswith("…")
    shown = " ".join(title.lines)[: -len(" …")].split()
    assert shown == long_title.split()[: len(shown)]
    assert sum(area.height for area in layout.plot_areas) >= 0.5 * layout.height


def test_a_figure_without_texts_is_all_plot(qapp):
    base = BUILDERS["model-price"]("en")
    figure = type(base)(plots=base.plots)
    layout = layout_figure(figure, logical_size(1200, 675))
    roles = {text.role for text in layout.texts}
    assert roles <= {TextRole.TICK, TextRole.AXIS_TITLE, TextRole.LABEL}
    assert layout.plot_areas[0].top < 120


def test_text_steps_down_only_when_needed(qapp):
    figure = BUILDERS["market-timeline"]("de")
    roomy = layout_figure(figure, logical_size(2000, 1125))
    flat = layout_figure(figure, logical_size(600, 257))
    assert roomy.text_step == 1.0
    assert flat.text_step <= 1.0


@pytest.mark.parametrize("language", LANGUAGES)
def test_many_events_close_together_are_numbered_and_keyed(qapp, language):
    base = BUILDERS["market-timeline"](language)
    plot = base.plots[0]
    first = plot.x_axis.minimum
    crowd = tuple(Rule("x", first + 20 + day * 0.6, f"Événement numéro {day}") for day in range(12))
    figure = type(base)(
        **{**base.__dict__, "plots": (type(plot)(plot.x_axis, plot.y_axis, plot.marks + crowd),)}
    )
    layout = layout_figure(figure, logical_size(1200, 675))
    assert layout.events_numbered
    key = " ".join(text.text for text in layout.texts if text.role is TextRole.NOTE)
    assert "Événement numéro 11" in key.replace("\u00a0", " ").replace("\n", " ")


def _odd_figures() -> dict[str, Figure]:
    ticks = [tick_level([(v, str(v)) for v in range(-10, 11, 5)])]
    many = [Category(f"k{i}", f"Entreprise numéro {i}") for i in range(60)]
    lanes = [Category(f"c{i}", f"Catégorie {i}") for i in range(5)]
    lines = tuple(
        LineSeries(f"Série numéro {i}", [0, 1, 2], [i, i + 1, i], "#0072b2") for i in range(20)
    )
    return {
        "sixty categories": Figure(
            (
                Plot(
                    Axis.linear(-10, 10, ticks),
                    Axis.category(many),
                    (
                        Bars(
                            tuple(
                                Bar(f"k{i}", i % 7 - 3.0, str(i % 7 - 3), "#0072b2")
                                for i in range(60)
                            )
                        ),
                    ),
                ),
            ),
            "Soixante barres",
        ),
        "categories across": Figure(
            (
                Plot(
                    Axis.category(lanes),
                    Axis.linear(0, 10, ticks),
                    (Points(tuple(Point(f"c{i}", i * 2.0, f"valeur {i}") for i in range(5))),),
                ),
            ),
        ),
        "nothing but gaps": Figure(
            (
                Plot(
                    Axis.linear(0, 10),
                    Axis.linear(0, 1),
                    (LineSeries("vide", [1, 2], [math.nan] * 2, "#000000"),),
                ),
            )
        ),
        "twenty entries": Figure(
            (Plot(Axis.linear(0, 2), Axis.linear(0, 25), lines),),
            "Vingt séries",
            legend=Legend(tuple(LegendEntry(line.name, line.colour) for line in lines)),
        ),
    }


@pytest.mark.parametrize(
    "kind", ["sixty categories", "categories across", "nothing but gaps", "twenty entries"]
)
@pytest.mark.parametrize("size", ["600x600", "4000x1000"])
def test_odd_figures_lay_out_without_overlaps(qapp, kind, size):
    layout = layout_figure(_odd_figures()[kind], logical_size(*SIZES[size]))
    texts = [text for text in layout.texts if text.text.strip()]
    for first, second in itertools.combinations(texts, 2):
        assert not _overlap(first.box, second.box), (first.text, second.text)
