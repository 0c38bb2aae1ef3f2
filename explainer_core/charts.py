"""Each chart of the app as the core draws it for a file: its data, its default state, its
figure and its table, in any language, with no window and no Qt.

A feature's ``figures`` module (e.g. ``explainer_core.market.figures``) declares one
``ChartBuilder`` per chart in ``BUILDERS``; ``ui/registry.py`` names that module for each
chart. The state is the view's choices that change what the chart shows (series, range,
mode, reference day, a highlighted item …) as a frozen dataclass: the view gives its own,
the command line the default one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from explainer_core.data.sources import SourceRegistry
from explainer_core.figure import Figure
from explainer_core.figure.table import ChartTable
from explainer_core.formatting import LocaleFormatter
from explainer_core.words import Words

Data = TypeVar("Data")
State = TypeVar("State")


@dataclass(frozen=True)
class Writing:
    """What a builder writes with: interface words and figures in one language, and the
    registry to name the sources."""

    words: Words
    formatter: LocaleFormatter
    sources: SourceRegistry

    @property
    def language(self) -> str:
        return self.words.language

    def source_lines(self, ids: Iterable[str]) -> tuple[str, ...]:
        """One line a cited source, for a table's "about": publisher, title, date, address.
        Each source once, in the order first cited."""
        lines = []
        for source_id in dict.fromkeys(ids):
            if source_id not in self.sources:
                continue
            source = self.sources[source_id]
            parts = [source.publisher_in(self.language), source.title_in(self.language)]
            if source.published is not None:
                parts.append(self.formatter.date(source.published))
            lines.append(" · ".join([*parts, source.url]))
        return tuple(lines)


@dataclass(frozen=True)
class ChartBuilder(Generic[Data, State]):
    chart_id: str
    load: Callable[[SourceRegistry], Data]
    default_state: Callable[[Data], State]
    figure: Callable[[Data, State, Writing], Figure]
    table: Callable[[Data, State, Writing], ChartTable]


AnyBuilder = ChartBuilder[Any, Any]
