"""The model tab's three figures in French, German and English: self-contained texts in the
reader's language, and a layout without clipped or overlapping text from a 600-pixel
square to a 4000 × 1000 banner."""

from __future__ import annotations

import dataclasses
import functools
import itertools

import pytest
from figure_checks import (
    SIZES,
    interface_texts,
    layout_problems,
    note_marks,
    numbered_notes,
    writing_in,
)
from PySide6.QtCore import QTranslator

from explainer_core.data.models import BenchmarkTable, load_models
from explainer_core.figure import Figure
from explainer_core.models.comparison import DEFAULT_MEASURE_KEYS
from explainer_core.models.figures import BUILDERS
from translations import TRANSLATIONS_DIR

LANGUAGES = ("fr", "de", "en")
# Each chart as the tab opens it, and the other views the screen offers.
VIEWS = {
    "benchmarks": ("model-benchmarks", {}),
    "benchmarks with a rating": (
        "model-benchmarks",
        {"measure_keys": (*DEFAULT_MEASURE_KEYS, "Codeforces|Rating"), "sort_by_score": True},
    ),
    "distilled models": ("model-benchmarks", {"table": BenchmarkTable.DISTILLED}),
    "compute": ("model-compute", {}),
    "prices": ("model-price", {}),
    "price against a score": ("model-price", {"against_score": "AIME 2024|Pass@1"}),
}


@functools.cache
def _data():
    return load_models()


@functools.cache
def _figure(view: str, language: str) -> Figure:
    chart, choices = VIEWS[view]
    builder = BUILDERS[chart]
    state = dataclasses.replace(builder.default_state(_data()), **choices)
    return builder.figure(_data(), state, writing_in(language))


def test_every_chart_of_the_tab_has_a_builder():
    assert set(BUILDERS) == {"model-benchmarks", "model-compute", "model-price"}
    for chart_id, builder in BUILDERS.items():
        assert builder.chart_id == chart_id
        assert _figure(next(v for v, (c, _) in VIEWS.items() if c == chart_id), "en").figure_id


@pytest.mark.parametrize("view", VIEWS)
def test_the_texts_are_in_the_readers_language(view):
    english = interface_texts(_figure(view, "en"))
    for language in ("fr", "de"):
        figure = _figure(view, language)
        assert figure.language == language
        texts = interface_texts(figure)
        assert len(texts) == len(english)
        untranslated = [text for text in texts if text in english]
        assert not untranslated, (language, untranslated)
    titles = {_figure(view, language).title for language in LANGUAGES}
    assert len(titles) == 3


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figure_is_self_contained(view, language):
    figure = _figure(view, language)
    assert figure.title and figure.subtitle and figure.description
    assert figure.source.startswith(("Source", "Quelle"))
    assert "Help" not in figure.source and "Aide" not in figure.source
    assert note_marks(figure) <= numbered_notes(figure)
    assert numbered_notes(figure) <= note_marks(figure)  # no note without its mark
    assert not figure.credit  # the export layer signs the figure
    for plot in figure.plots:
        assert plot.x_axis.title or plot.y_axis.title


class RecordingWords:
    """The catalogue's words, noting every lookup."""

    def __init__(self, words) -> None:
        self.language = words.language
        self._words = words
        self.looked_up: set[tuple[str, str]] = set()

    def translate(self, context, text, disambiguation=None, n=-1):
        self.looked_up.add((context, text))
        return self._words.translate(context, text, disambiguation, n)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_word_the_figures_write_has_a_translation(language):
    """A lookup the catalogue cannot answer comes back in English: each must be found."""
    writing = writing_in(language)
    words = RecordingWords(writing.words)
    recording = dataclasses.replace(writing, words=words)
    for chart, choices in VIEWS.values():
        builder = BUILDERS[chart]
        state = dataclasses.replace(builder.default_state(_data()), **choices)
        builder.figure(_data(), state, recording)
        builder.table(_data(), state, recording)
    translator = QTranslator()
    assert translator.load(f"deepseek_explainer_{language}", str(TRANSLATIONS_DIR))
    missing = [lookup for lookup in words.looked_up if not translator.translate(*lookup)]
    assert words.looked_up and not missing


@pytest.mark.parametrize("view", VIEWS)
def test_french_texts_keep_french_punctuation(view):
    figure = _figure(view, "fr")
    for text in [*interface_texts(figure), *figure.notes]:
        for mark in (" :", " ;", " %"):
            assert mark not in text, (mark, text)


@pytest.mark.parametrize(
    ("view", "language", "size"), list(itertools.product(VIEWS, LANGUAGES, SIZES))
)
def test_the_figure_lays_out_without_clipped_or_overlapping_text(qapp, view, language, size):
    assert layout_problems(_figure(view, language), SIZES[size]) == []
