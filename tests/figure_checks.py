"""What every figure a builder makes must hold, for any chart's tests: its texts lie inside
the figure without overlapping, its plots keep half the height, every note mark ``[n]`` a
text carries has its note, and its interface texts are in the figure's language.

The layout checks are those of ``tests/widgets/figure/test_figure_layout.py`` (synthetic
figures), for the figures the core builds from the data.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from explainer_core.charts import Writing
from explainer_core.data.sources import load_sources
from explainer_core.figure import Bars, Figure, Points
from explainer_core.formatting import formatter_for
from ui.shell.language import words_for
from widgets.figure import FigureLayout, layout_figure, logical_size

TOLERANCE = 0.01  # pixels: boxes that only touch do not overlap
# The sizes the brief names: square, slide, 4:1 and 16:9 large.
SIZES = {
    "600x600": (600, 600),
    "1080x1080": (1080, 1080),
    "2000x1125": (2000, 1125),
    "4000x1000": (4000, 1000),
}
NOTE_MARK = re.compile(r"\[(\d+)\]")


@functools.cache
def writing_in(language: str) -> Writing:
    """What a builder writes with in ``language``: the app's catalogue words (as Export all
    uses them), the babel formatter and the source registry."""
    return Writing(words_for(language), formatter_for(language), load_sources())


def overlap(first, second) -> bool:
    width = min(first.right, second.right) - max(first.left, second.left)
    height = min(first.bottom, second.bottom) - max(first.top, second.top)
    return width > TOLERANCE and height > TOLERANCE


def laid_out_problems(layout: FigureLayout, plots_share: float = 0.5) -> list[str]:
    """What is wrong with a laid-out figure: texts outside the figure, texts overlapping,
    plots under ``plots_share`` of the height. Empty when all is well."""
    problems = []
    texts = [text for text in layout.texts if text.text.strip()]
    for text in texts:
        box = text.box
        inside = (
            box.left >= -TOLERANCE
            and box.top >= -TOLERANCE
            and box.right <= layout.width + TOLERANCE
            and box.bottom <= layout.height + TOLERANCE
        )
        if not inside:
            problems.append(f"outside the figure: {text.text!r} {box}")
    for first, second in itertools.combinations(texts, 2):
        if overlap(first.box, second.box):
            problems.append(f"overlap: {first.text!r} and {second.text!r}")
    plots = layout.plot_areas[-1].bottom - layout.plot_areas[0].top
    if plots < plots_share * layout.height - TOLERANCE:
        problems.append(f"plots {plots:.0f} high in a figure {layout.height:.0f} high")
    return problems


def layout_problems(figure: Figure, size: tuple[int, int]) -> list[str]:
    """What is wrong with the figure laid out at ``size`` (file pixels)."""
    return laid_out_problems(layout_figure(figure, logical_size(*size)))


def drawn_texts(figure: Figure) -> Iterator[str]:
    """Every text the figure draws but its notes: titles, axes, categories, labels, legend."""
    yield from (figure.title, figure.subtitle, figure.source)
    for plot in figure.plots:
        yield plot.title
        for axis in (plot.x_axis, plot.y_axis):
            yield axis.title
            yield from (category.label for category in axis.categories)
        for mark in plot.marks:
            if isinstance(mark, Bars):
                yield from (bar.label for bar in mark.bars)
            elif isinstance(mark, Points):
                yield from (point.label for point in mark.points)
    if figure.legend is not None:
        yield from (entry.label for entry in figure.legend.entries)


def note_marks(figure: Figure) -> set[int]:
    """The note numbers the figure's texts point to."""
    return {int(n) for text in drawn_texts(figure) for n in NOTE_MARK.findall(text)}


def numbered_notes(figure: Figure) -> set[int]:
    """The numbers of the notes that start with ``[n]``."""
    found = (NOTE_MARK.match(note) for note in figure.notes)
    return {int(match.group(1)) for match in found if match}


def interface_texts(figure: Figure) -> list[str]:
    """The texts a builder writes in the figure's language (not names from the data)."""
    texts = [figure.title, figure.subtitle, figure.source, figure.description]
    for plot in figure.plots:
        texts += [plot.title, plot.x_axis.title, plot.y_axis.title]
    return [text for text in texts if text]
