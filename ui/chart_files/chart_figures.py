"""A chart as a figure or a table for a file, in any language, from the core's builders.

What the user chose on screen arrives as the chart's state (``TabView.figure_state``); the
command line uses the opening state. Nothing here reads a widget: a figure of another
language than the interface's is written with that language's catalogue, so an export
never switches the interface's language or theme, and can run in a worker thread.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from explainer_core import APP_NAME
from explainer_core.charts import AnyBuilder, Writing
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.figure import Figure
from explainer_core.figure.table import ChartTable
from explainer_core.formatting import formatter_for
from ui import registry
from ui.shell.language import words_for


@dataclass(frozen=True)
class TextEdits:
    """Texts the user rewrote before exporting; None keeps the app's own."""

    title: str | None = None
    subtitle: str | None = None
    notes: tuple[str, ...] | None = None
    source: str | None = None
    byline: str | None = None
    description: str | None = None  # the alternative text

    def applied_to(self, figure: Figure) -> Figure:
        changes = {
            field.name: getattr(self, field.name)
            for field in dataclasses.fields(self)
            if getattr(self, field.name) is not None
        }
        return dataclasses.replace(figure, **changes) if changes else figure

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, field.name) is None for field in dataclasses.fields(self))

    def to_dict(self) -> dict[str, object]:
        """The rewritten texts only, for the settings file."""
        texts = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is not None:
                texts[field.name] = list(value) if isinstance(value, tuple) else value
        return texts

    @classmethod
    def from_dict(cls, texts: dict[str, object]) -> TextEdits:
        """Edits read back from the settings file; anything malformed is left out."""
        known: dict[str, object] = {}
        for field in dataclasses.fields(cls):
            value = texts.get(field.name)
            if field.name == "notes":
                if isinstance(value, list) and all(isinstance(note, str) for note in value):
                    known["notes"] = tuple(value)
            elif isinstance(value, str):
                known[field.name] = value
        return cls(**known)


@dataclass(frozen=True)
class ChartRequest:
    chart_id: str
    language: str
    state: Any = None  # the chart's state dataclass; None: its opening state
    edits: TextEdits = TextEdits()


def builder_for(chart_id: str) -> AnyBuilder:
    return import_module(registry.chart(chart_id).figures_module).BUILDERS[chart_id]


class Datasets:
    """The data every chart is drawn from, loaded once and shared (it never changes while
    the app runs); safe to use from worker threads. A damaged file raises ``DataError``
    each time it is asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sources: SourceRegistry | None = None
        self._loaded: dict[object, object] = {}

    def sources(self) -> SourceRegistry:
        with self._lock:
            if self._sources is None:
                self._sources = load_sources()
            return self._sources

    def data(self, builder: AnyBuilder) -> Any:
        sources = self.sources()
        with self._lock:
            if builder.load not in self._loaded:
                self._loaded[builder.load] = builder.load(sources)
            return self._loaded[builder.load]


DATASETS = Datasets()


def writing_for(language: str, datasets: Datasets = DATASETS) -> Writing:
    return Writing(words_for(language), formatter_for(language), datasets.sources())


def credit(language: str) -> str:
    """The app's name in ``language``, at the foot of every figure."""
    return words_for(language).translate("ChartFiles", "DeepSeek Shock Explainer") or APP_NAME


def build_figure(request: ChartRequest, datasets: Datasets = DATASETS) -> Figure:
    builder = builder_for(request.chart_id)
    data = datasets.data(builder)
    state = request.state if request.state is not None else builder.default_state(data)
    figure = builder.figure(data, state, writing_for(request.language, datasets))
    figure = dataclasses.replace(figure, credit=credit(request.language))
    return request.edits.applied_to(figure)


def build_table(request: ChartRequest, datasets: Datasets = DATASETS) -> ChartTable:
    builder = builder_for(request.chart_id)
    data = datasets.data(builder)
    state = request.state if request.state is not None else builder.default_state(data)
    table = builder.table(data, state, writing_for(request.language, datasets))
    title = request.edits.title
    return dataclasses.replace(table, title=title) if title else table
