"""The model-benchmarks figure and table: every bar is the paper's score, scales are never
mixed, caveats are noted, and the user's choices change what is drawn."""

from __future__ import annotations

import dataclasses

import pytest
from figure_checks import note_marks, numbered_notes, writing_in

from explainer_core.data.models import BenchmarkTable, ModelsData, load_models
from explainer_core.figure import AxisScale, Bars, Figure, FigureError, Plot
from explainer_core.figure.table import ChartTable
from explainer_core.models.figures import BUILDERS
from explainer_core.models.figures_benchmarks import (
    BenchmarksState,
    benchmarks_figure,
    benchmarks_table,
)

CHART = "model-benchmarks"
R1, O1, V3 = "deepseek-r1", "o1-2024-12-17", "deepseek-v3"
RATING = "Codeforces|Rating"


@pytest.fixture(scope="module")
def data() -> ModelsData:
    return load_models()


def _figure(data: ModelsData, language: str = "en", **choices) -> Figure:
    state = dataclasses.replace(BUILDERS[CHART].default_state(data), **choices)
    return benchmarks_figure(data, state, writing_in(language))


def _table(data: ModelsData, language: str = "en", **choices) -> ChartTable:
    state = dataclasses.replace(BUILDERS[CHART].default_state(data), **choices)
    return benchmarks_table(data, state, writing_in(language))


def _bars(figure: Figure) -> list:
    return [
        bar for plot in figure.plots for m in plot.marks if isinstance(m, Bars) for bar in m.bars
    ]


def _paper_value(data: ModelsData, key: str, label: str, table: BenchmarkTable):
    """The score in the data file for a bar's benchmark|metric and the paper's model label;
    Table 5 repeats some Table 4 scores, which the data keeps once, in Table 4."""
    benchmark, metric = key.split("|")
    tables = (table, BenchmarkTable.MAIN) if table is BenchmarkTable.DISTILLED else (table,)
    for wanted in tables:
        for score in data.benchmarks:
            if (score.benchmark, score.metric, score.model_label, score.table) == (
                benchmark,
                metric,
                label,
                wanted,
            ):
                return score.value
    return None


def test_the_tab_opens_on_the_six_headline_benchmarks_of_table_4(data):
    state = BUILDERS[CHART].default_state(data)
    assert state == BenchmarksState()
    assert state.table is BenchmarkTable.MAIN and state.highlighted is None
    figure = _figure(data)
    keys = {bar.category for bar in _bars(figure)}
    assert keys == set(state.measure_keys)


@pytest.mark.parametrize("table", [BenchmarkTable.MAIN, BenchmarkTable.DISTILLED])
def test_every_bar_is_the_score_in_the_paper(data, table):
    every = tuple(dict.fromkeys(f"{s.benchmark}|{s.metric}" for s in data.benchmarks))
    figure = _figure(data, measure_keys=every, table=table)
    bars = _bars(figure)
    assert bars
    for bar in bars:
        assert bar.value == _paper_value(data, bar.category, bar.series, table), bar


def test_a_missing_score_is_a_labelled_gap_never_a_zero(data):
    figure = _figure(data, measure_keys=("MMLU-Redux|EM",))
    (o1,) = [bar for bar in _bars(figure) if bar.series == "OpenAI-o1-1217"]
    assert o1.value is None and o1.label == "not reported"
    assert any("dash" in note for note in figure.notes)


def test_the_table_holds_every_bar_with_every_digit(data):
    every = tuple(dict.fromkeys(f"{s.benchmark}|{s.metric}" for s in data.benchmarks))
    figure = _figure(data, measure_keys=every)
    table = _table(data, measure_keys=every)
    bars = _bars(figure)
    assert len(table.rows) == len(bars)
    for row, bar in zip(table.rows, bars, strict=True):
        model, benchmark, metric = row[0], row[1], row[2]
        assert (model, f"{benchmark}|{metric}") == (bar.series, bar.category)
        assert row[table.column("score")] == bar.value  # exact, not rounded
    assert table.sources and all("arxiv.org" in line or "github" in line for line in table.sources)


def test_a_rating_gets_a_plot_of_its_own_never_the_percent_axis(data):
    figure = _figure(data, measure_keys=("AIME 2024|Pass@1", RATING))
    percent, rating = figure.plots
    assert {bar.category for m in percent.marks for bar in m.bars} == {"AIME 2024|Pass@1"}
    assert {bar.category for m in rating.marks for bar in m.bars} == {RATING}
    assert (percent.x_axis.minimum, percent.x_axis.maximum) == (0, 100)
    highest = max(s.value for s in data.scores(benchmark="Codeforces", metric="Rating"))
    assert rating.x_axis.maximum >= highest > 100
    assert "own scale" in rating.x_axis.title and "0 to 100" in percent.x_axis.title


def test_sorting_puts_each_benchmarks_highest_score_first(data):
    plain = _bars(_figure(data, measure_keys=("AIME 2024|Pass@1",)))
    ordered = _bars(_figure(data, measure_keys=("AIME 2024|Pass@1",), sort_by_score=True))
    assert [b.value for b in ordered] == sorted((b.value for b in plain), reverse=True)
    assert plain[0].series == "DeepSeek-R1"  # the paper's order otherwise


def test_r1_stands_out_and_another_model_only_when_asked(data):
    plain = _figure(data)
    assert {bar.series for bar in _bars(plain) if bar.emphasised} == {"DeepSeek-R1"}
    asked = _figure(data, highlighted=O1)
    assert {bar.series for bar in _bars(asked) if bar.emphasised} == {
        "DeepSeek-R1",
        "OpenAI-o1-1217",
    }
    emphasised = {entry.label for entry in asked.legend.entries if entry.emphasised}
    assert emphasised == {"DeepSeek-R1", "OpenAI-o1-1217"}


def test_the_distilled_models_are_table_5s(data):
    figure = _figure(data, table=BenchmarkTable.DISTILLED)
    labels = [entry.label for entry in figure.legend.entries]
    in_table_5 = dict.fromkeys(
        s.model_label for s in data.benchmarks if s.table is BenchmarkTable.DISTILLED
    )
    assert set(labels) == set(in_table_5)
    assert "Table 5" in figure.source and "Distilled" in figure.title


def test_a_score_another_source_gives_otherwise_has_a_mark_and_its_note(data):
    figure = _figure(data)  # Codeforces percentile: the V3 report gives 51.6 for DeepSeek-V3
    assert note_marks(figure) == numbered_notes(figure) == {1}
    (note,) = [n for n in figure.notes if n.startswith("[1]")]
    (alternative,) = [
        alt
        for alt in data.benchmarks_alt
        if (alt.benchmark, alt.metric, alt.model) == ("Codeforces", "Percentile", V3)
    ]
    assert "51.6" in note and "DeepSeek-V3" in note
    assert str(alternative.value) == "51.6"


def test_every_note_mark_has_its_note_whatever_is_chosen(data):
    every = tuple(dict.fromkeys(f"{s.benchmark}|{s.metric}" for s in data.benchmarks))
    for choices in (
        {"measure_keys": every},
        {"table": BenchmarkTable.DISTILLED},
        {"measure_keys": ("LiveCodeBench|Pass@1-COT",)},
    ):
        figure = _figure(data, **choices)
        assert note_marks(figure) == numbered_notes(figure), choices
        assert note_marks(figure), choices


def test_openai_scores_are_said_to_be_openais(data):
    notes = _figure(data).notes
    assert "The OpenAI-o1-1217 scores are those OpenAI reported." in notes
    without_o1 = _figure(data, measure_keys=("IF-Eval|Prompt Strict",))  # o1: a dash
    assert not any("OpenAI reported" in note for note in without_o1.notes)


def test_nothing_chosen_still_makes_a_figure_that_says_so(data):
    figure = _figure(data, measure_keys=())
    assert figure.subtitle == "No benchmark is chosen."
    assert not _bars(figure)


def test_bars_on_a_log_axis_are_refused_by_the_figure_model(data):
    plot = _figure(data).plots[0]
    log_axis = dataclasses.replace(plot.x_axis, scale=AxisScale.LOG, minimum=1.0)
    with pytest.raises(FigureError):
        Plot(log_axis, plot.y_axis, plot.marks)
