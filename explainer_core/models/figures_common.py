"""What the model tab's three figures share: the models' colours, the names of the metrics,
cost amounts as reported, and the source line naming the documents a figure rests on.

Texts are looked up with the literal context "ModelFigures" (lupdate reads only literals);
where the screen already words a text, the English is the screen's, so that its French and
German carry over.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from explainer_core.charts import Writing
from explainer_core.data.models import (
    CostFigure,
    CostQualifier,
    MetricKind,
    ModelsData,
    load_models,
)
from explainer_core.data.sources import SourceRegistry
from explainer_core.figure.palette import HIGHLIGHT_COLOUR, OKABE_ITO, series_colour_and_dash
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    HIGHLIGHTED_MODEL,
    Measure,
    decimals_needed,
)
from explainer_core.templates import fill
from explainer_core.words import Words

OTHER_MODEL_COLOUR = "#8C8C8C"  # models outside the six of the R1 paper's main table
DEEPSEEK_COLOUR = OKABE_ITO[5]  # DeepSeek's other models beside R1 (compute)
# The R1 paper takes over the o1 scores that OpenAI published (models.csv, o1's note).
OPENAI_REPORTED_MODEL = "o1-2024-12-17"


def load_models_data(sources: SourceRegistry) -> ModelsData:
    return load_models(sources=sources)


def model_colours() -> dict[str, str]:
    """R1 in the highlight colour, the others in the palette's order: the screen's colours
    (``ui.models.view.model_colours``), stable across the three charts."""
    others = [model for model in COMPARISON_MODELS if model != HIGHLIGHTED_MODEL]
    colours = {HIGHLIGHTED_MODEL: HIGHLIGHT_COLOUR}
    colours.update({model: series_colour_and_dash(i)[0] for i, model in enumerate(others)})
    return colours


def emphasised_models(highlighted: str | None) -> set[str]:
    """R1 always (as on screen), and the model the user singled out, if any."""
    return {HIGHLIGHTED_MODEL} | ({highlighted} if highlighted else set())


def metric_name(words: Words, kind: MetricKind) -> str:
    names = {
        MetricKind.PASS_AT_1: words.translate("ModelFigures", "pass@1"),
        MetricKind.CONS_AT_64: words.translate("ModelFigures", "cons@64"),
        MetricKind.EXACT_MATCH: words.translate("ModelFigures", "exact match"),
        MetricKind.F1: words.translate("ModelFigures", "F1 score"),
        MetricKind.ACCURACY: words.translate("ModelFigures", "accuracy"),
        MetricKind.WIN_RATE: words.translate("ModelFigures", "win rate"),
        MetricKind.CORRECT: words.translate("ModelFigures", "correct answers"),
        MetricKind.RESOLVED: words.translate("ModelFigures", "issues resolved"),
        MetricKind.PERCENTILE: words.translate("ModelFigures", "percentile"),
        MetricKind.RATING: words.translate("ModelFigures", "rating"),
        MetricKind.UNSTATED: words.translate("ModelFigures", "metric not stated"),
    }
    return names[kind]


def measure_text(words: Words, measure: Measure, separator: str = " · ") -> str:
    """``AIME 2024 · pass@1``: the benchmark and its metric in the reader's language."""
    return f"{measure.benchmark}{separator}{metric_name(words, measure.kind)}"


def labelled(writing: Writing, label: str, text: str) -> str:
    """``label: text`` with the language's punctuation (a no-break space before the French
    colon)."""
    return fill(writing.words.translate("ModelFigures", "%1: %2"), label, text)


def nice_top(highest: float) -> float:
    """A linear axis's end at or above the highest value: the next multiple of half its
    decade (2,061 → 2,500; 60 → 60)."""
    if highest <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(highest)) / 2
    return math.ceil(highest / step) * step


def exact_number(writing: Writing, value: float, decimals: int | None = None) -> str:
    """A dataset figure with as many decimals as it has (or as its column needs)."""
    if decimals is None:
        decimals = decimals_needed([value])
    return writing.formatter.number(value, decimals)


def exact_usd(writing: Writing, value: float) -> str:
    """A price per million tokens: cents at least, more where the data has them (0.014)."""
    return writing.formatter.usd(value, max(2, decimals_needed([value])))


def cost_amount(writing: Writing, cost: CostFigure) -> str:
    """The cost as reported: exact, about, more than, or a remark with no figure (the
    screen's wording, ``ModelComparisonView.cost_amount``)."""
    words = writing.words
    if cost.value_usd_m is None:
        return words.translate("ModelFigures", "no figure given")
    amount = writing.formatter.usd_large(cost.value_usd_m * 1e6)
    patterns = {
        CostQualifier.EXACT: "%1",
        CostQualifier.ABOUT: words.translate("ModelFigures", "about %1"),
        CostQualifier.MORE_THAN: words.translate("ModelFigures", "more than %1"),
    }
    return fill(patterns[cost.qualifier], amount)


def source_line(writing: Writing, lead: str, ids: Iterable[str]) -> str:
    """The figure's source line: what the figure rests on, in words, then the publishers of
    the documents cited (``Sources: arXiv; Nature, 17 Sep 2025``), as the screen names them."""
    names: list[str] = []
    for source_id in dict.fromkeys(ids):
        if source_id not in writing.sources:
            continue
        source = writing.sources[source_id]
        name = source.publisher
        if source.published is not None:
            name += ", " + writing.formatter.date(source.published)
        if name not in names:
            names.append(name)
    if not names:
        return lead
    sources = fill(writing.words.translate("ModelFigures", "Sources: %1"), "; ".join(names))
    return f"{lead} {sources}"


def publishers(writing: Writing, ids: Iterable[str]) -> str:
    """The publishers of ``ids``, for a table's source column."""
    names = [writing.sources[i].publisher for i in dict.fromkeys(ids) if i in writing.sources]
    return "; ".join(dict.fromkeys(names))
