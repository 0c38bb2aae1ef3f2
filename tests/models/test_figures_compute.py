"""The model-compute figure and table: a dot per disclosed GPU-hours figure on a log axis,
and every cost figure a label gives with what it includes and excludes."""

from __future__ import annotations

import dataclasses

import pytest
from figure_checks import note_marks, numbered_notes, writing_in

from explainer_core.data.models import ModelsData, load_models
from explainer_core.figure import AxisScale, Bars, Figure, Points
from explainer_core.models.figures import BUILDERS
from explainer_core.models.figures_compute import ComputeState, compute_figure, compute_table

CHART = "model-compute"


@pytest.fixture(scope="module")
def data() -> ModelsData:
    return load_models()


def _figure(data: ModelsData, language: str = "en", **choices) -> Figure:
    state = dataclasses.replace(BUILDERS[CHART].default_state(data), **choices)
    return compute_figure(data, state, writing_in(language))


def _dots(figure: Figure) -> list:
    (plot,) = figure.plots
    return [point for mark in plot.marks if isinstance(mark, Points) for point in mark.points]


def test_every_dot_is_the_gpu_hours_its_developer_disclosed_most_first(data):
    expected = sorted(
        ((m.id, m.training_gpu_hours_m) for m in data.models if m.training_gpu_hours_m),
        key=lambda pair: -pair[1],
    )
    assert [(dot.y, dot.x) for dot in _dots(_figure(data))] == expected
    assert ("deepseek-v3", 2.788) in expected and ("deepseek-r1", 0.147) in expected


def test_gpu_hours_are_dots_on_a_log_axis_never_bars(data):
    (plot,) = _figure(data).plots
    assert plot.x_axis.scale is AxisScale.LOG
    assert not any(isinstance(mark, Bars) for mark in plot.marks)
    dots = [dot.x for dot in _dots(_figure(data))]
    assert plot.x_axis.minimum < min(dots) and max(dots) < plot.x_axis.maximum
    assert "log scale" in plot.x_axis.title


def test_a_label_gives_the_value_and_the_gpu_type(data):
    dots = {dot.y: dot for dot in _dots(_figure(data))}
    assert dots["deepseek-v3"].label.startswith("2.788 M GPU-hours · NVIDIA H800")
    assert dots["llama-3-1-405b"].label.startswith("30.84 M GPU-hours · NVIDIA H100-80GB")
    assert "on top of DeepSeek-V3-Base" in dots["deepseek-r1"].label


def test_each_cost_travels_with_what_it_covers_and_leaves_out(data):
    figure = _figure(data)
    dots = {dot.y: dot for dot in _dots(figure)}
    final_run = next(cost for cost in data.costs if cost.id == "deepseek-v3-final-run")
    assert "cost reported by DeepSeek: $5.576M [1]" in dots["deepseek-v3"].label
    (note,) = [note for note in figure.notes if note.startswith("[1]")]
    assert "$5.576M" in note
    assert final_run.basis.text("en") in note and final_run.excludes.text("en") in note
    assert "[2]" in dots["deepseek-r1"].label


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_every_note_mark_has_its_note(data, language):
    figure = _figure(data, language)
    assert note_marks(figure) == numbered_notes(figure) == {1, 2}


def test_only_the_developers_own_costs_are_on_the_chart_the_others_in_the_table(data):
    figure = _figure(data)
    epoch = next(cost for cost in data.costs if cost.id == "epoch-deepseek-v3")
    assert not any(epoch.basis.text("en") in note for note in figure.notes)
    table = compute_table(data, ComputeState(), writing_in("en"))
    assert any(epoch.basis.text("en") in note for note in table.notes)


def test_the_table_holds_every_dot_and_cost_with_every_digit(data):
    figure = _figure(data)
    table = compute_table(data, ComputeState(), writing_in("en"))
    hours = table.values("gpu_hours_m")
    assert hours == [dot.x for dot in _dots(figure)]
    costs = dict(zip(table.values("model"), table.values("cost_usd_m"), strict=True))
    assert costs["DeepSeek-V3"] == 5.576 and costs["DeepSeek-R1"] == 0.294
    assert costs["Llama 3.1 405B"] is None
    assert table.sources


def test_a_model_is_singled_out_only_when_asked(data):
    plain = {dot.y for dot in _dots(_figure(data)) if dot.emphasised}
    asked = {dot.y for dot in _dots(_figure(data, highlighted="llama-3-1-405b")) if dot.emphasised}
    assert plain == {"deepseek-r1"}
    assert asked == {"deepseek-r1", "llama-3-1-405b"}
