"""What the model tab's three figures share: their data, the models set apart, a linear axis's
end, and the source line naming the documents a figure rests on."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.data.models import ModelsData, load_models
from explainer_core.data.sources import SourceRegistry
from explainer_core.models.comparison import HIGHLIGHTED_MODEL
from explainer_core.models.texts import in_turn
from explainer_core.templates import fill


def load_models_data(sources: SourceRegistry) -> ModelsData:
    return load_models(sources=sources)


def emphasised_models(highlighted: str | None) -> set[str]:
    """R1 always (as on screen), and the model the user singled out, if any."""
    return {HIGHLIGHTED_MODEL} | ({highlighted} if highlighted else set())


def nice_top(highest: float) -> float:
    """A linear axis's end at or above the highest value: the next multiple of half its
    decade (2,061 → 2,500; 60 → 60)."""
    if highest <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(highest)) / 2
    return math.ceil(highest / step) * step


def source_line(writing: Writing, lead: str, ids: Iterable[str]) -> str:
    """The figure's source line: what the figure rests on, in words (the screen's chart
    says the same ``lead``), then the publishers of the documents cited, as the screen's
    links name them (``Sources: arXiv, 22 Jan 2025; Nature, 17 Sep 2025``)."""
    names: list[str] = []
    for source_id in dict.fromkeys(ids):
        if source_id not in writing.sources:
            continue
        source = writing.sources[source_id]
        name = source.publisher_in(writing.language)
        if source.published is not None:
            name += ", " + writing.formatter.date(source.published)
        if name not in names:
            names.append(name)
    if not names:
        return lead
    words = writing.words
    sources = fill(words.translate("ModelFigures", "Sources: %1"), in_turn(words, names))
    return f"{lead} {sources}"


def publishers(writing: Writing, ids: Iterable[str]) -> str:
    """The publishers of ``ids``, for a table's source column."""
    names = [
        writing.sources[i].publisher_in(writing.language)
        for i in dict.fromkeys(ids)
        if i in writing.sources
    ]
    return in_turn(writing.words, dict.fromkeys(names))


@dataclass(frozen=True)
class ChartTexts:
    """What a chart says around its plot: the screen's chart and its file say the same."""

    title: str
    subtitle: str
    source_lead: str  # what the chart rests on, in words, before the documents cited
    cited: tuple[str, ...]  # the ids of the documents cited, in the order first cited

    def source(self, writing: Writing) -> str:
        """The file's source line: the lead, then the documents' publishers."""
        return source_line(writing, self.source_lead, self.cited)
