"""Checks shared by the market tab's figure tests: the writing of a language, a figure's
lines and marks by name, a recording of the interface words a builder asked for, and the
layout invariants of ``tests/widgets/figure/test_figure_layout.py`` (texts inside the
figure and apart, plots at least half the height, every event drawn named) as a function
returning what is wrong, so a test can say which figure, language and size broke them."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field

from figure_checks import laid_out_problems

from explainer_core.charts import Writing
from explainer_core.data.sources import load_sources
from explainer_core.figure import Figure, LineSeries, Plot, Points, Ring, Rule
from explainer_core.formatting import formatter_for
from translations import TRANSLATIONS_DIR
from ui.shell.language import words_for
from widgets.figure import TextRole, layout_figure, logical_size

LANGUAGES = ("fr", "de", "en")
TOLERANCE = 0.01  # pixels: boxes that only touch do not overlap
# What the export layer puts bottom right (the builder leaves it empty).
CREDITS = {
    "fr": "Le choc DeepSeek expliqué",
    "de": "Der DeepSeek-Schock erklärt",
    "en": "DeepSeek Shock Explainer",
}


@functools.cache
def sources():
    return load_sources()


@dataclass
class RecordingWords:
    """The catalogue's words of a language, remembering every (context, English) asked."""

    language: str
    asked: set[tuple[str, str]] = field(default_factory=set)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, text))
        return words_for(self.language).translate(context, text, disambiguation, n)


def writing(language: str, words=None) -> Writing:
    return Writing(words or words_for(language), formatter_for(language), sources())


@functools.cache
def finished_messages(language: str) -> frozenset[tuple[str, str]]:
    """(context, English) of every message translated (not unfinished) in the catalogue."""
    root = ElementTree.parse(TRANSLATIONS_DIR / f"deepseek_explainer_{language}.ts").getroot()
    return frozenset(
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") is None
    )


# -- reading a figure -----------------------------------------------------------------------


def lines(figure: Figure) -> dict[str, LineSeries]:
    return {
        mark.name: mark
        for plot in figure.plots
        for mark in plot.marks
        if isinstance(mark, LineSeries)
    }


def plot_of(figure: Figure, name: str) -> Plot:
    for plot in figure.plots:
        if any(isinstance(mark, LineSeries) and mark.name == name for mark in plot.marks):
            return plot
    raise KeyError(name)


def marks_of(figure: Figure, kind: type) -> list:
    return [mark for plot in figure.plots for mark in plot.marks if isinstance(mark, kind)]


def event_rules(plot: Plot) -> list[Rule]:
    return [mark for mark in plot.marks if isinstance(mark, Rule) and mark.axis == "x"]


def rings(figure: Figure) -> list[Ring]:
    return marks_of(figure, Ring)


def seam_points(figure: Figure) -> list:
    return [point for points in marks_of(figure, Points) for point in points.points]


def value_at(line: LineSeries, x: float) -> float:
    return line.ys[line.xs.index(x)] if x in line.xs else math.nan


def joined_pairs(line: LineSeries) -> list[tuple[float, float]]:
    """The (x, x) pairs of consecutive points the line joins (no NaN between them)."""
    pairs = []
    for (x0, y0), (x1, y1) in itertools.pairwise(zip(line.xs, line.ys, strict=True)):
        if not (math.isnan(y0) or math.isnan(y1)):
            pairs.append((x0, x1))
    return pairs


# -- layout ---------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Line breaks and no-break spaces as plain spaces (the key is wrapped as it fits)."""
    return text.replace("\n", " ").replace("\u00a0", " ")


def layout_problems(figure: Figure, size: tuple[int, int], plots_share: float = 0.5) -> list[str]:
    """What breaks the layout's invariants at ``size`` (pixels), with the app's name set as
    the export sets it: those of ``figure_checks`` and events drawn but not named. An empty
    list when none."""
    figure = dataclasses.replace(figure, credit=CREDITS[figure.language])
    layout = layout_figure(figure, logical_size(*size))
    problems = laid_out_problems(layout, plots_share)
    named = [
        mark
        for plot in figure.plots
        for mark in plot.marks
        if isinstance(mark, Rule) and mark.axis == "x" and mark.label
    ]
    labels = [text.text for text in layout.texts if text.role is TextRole.RULE]
    if layout.events_numbered:
        key = _plain(" ".join(text.text for text in layout.texts if text.role is TextRole.NOTE))
        problems += [
            f"event not keyed: {rule.label}" for rule in named if _plain(rule.label) not in key
        ]
    elif sorted(labels) != sorted(rule.label for rule in named):
        problems.append(f"event labels {labels} for {[rule.label for rule in named]}")
    return problems
