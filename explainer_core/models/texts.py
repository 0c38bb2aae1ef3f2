"""The model comparison's words, the same on screen and in files: metric names, figures
written without rounding, costs with their scope, prices with their tier (no Qt).

Each function takes the ``Writing`` (or the ``Words``) of the language to write in: the
screen passes the interface's, a file its own. Texts are looked up with the literal context
"ModelFigures", which lupdate reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from explainer_core.charts import Writing
from explainer_core.data.models import (
    ApiPrice,
    CostFigure,
    CostQualifier,
    MetricKind,
    Model,
    ModelsData,
    PriceTier,
)
from explainer_core.models.comparison import (
    HIGHLIGHTED_MODEL,
    REFERENCE_MODEL,
    Measure,
    decimals_needed,
)
from explainer_core.models.compute import ComputeDot, usd_of
from explainer_core.models.prices import Missing, PriceGap, Ratio
from explainer_core.templates import fill
from explainer_core.words import Words

# --- benchmarks -------------------------------------------------------------------------------


def metric_name(words: Words, kind: MetricKind) -> str:
    """What a metric measures, in the reader's words (``pass@1``, ``issues resolved``)."""
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


# --- figures as the data give them ------------------------------------------------------------


def in_turn(words: Words, items: Iterable[str]) -> str:
    """Items one after the other, parted the language's way (``a; b``, ``a ; b`` in French)."""
    parts = list(items)
    if not parts:
        return ""
    separator = words.translate("ModelFigures", "%1; %2")
    text = parts[0]
    for part in parts[1:]:
        text = fill(separator, text, part)
    return text


def labelled(writing: Writing, label: str, text: str) -> str:
    """``label: text`` with the language's punctuation (a no-break space before the French
    colon)."""
    return fill(writing.words.translate("ModelFigures", "%1: %2"), label, text)


def exact_number(writing: Writing, value: float, decimals: int | None = None) -> str:
    """A dataset figure with as many decimals as it has (or as its column needs)."""
    if decimals is None:
        decimals = decimals_needed([value])
    return writing.formatter.number(value, decimals)


def exact_usd(writing: Writing, value: float) -> str:
    """A price per million tokens: cents at least, more where the data has them (0.014)."""
    return writing.formatter.usd(value, max(2, decimals_needed([value])))


# --- compute and cost -------------------------------------------------------------------------


def hours_text(writing: Writing, model: Model) -> str:
    """``2.788 M GPU-hours · NVIDIA H800``"""
    hours = fill(
        writing.words.translate("ModelFigures", "%1 M GPU-hours"),
        exact_number(writing, model.training_gpu_hours_m or 0.0),
    )
    return " · ".join(part for part in (hours, model.gpu_type) if part)


def cost_amount(writing: Writing, cost: CostFigure) -> str:
    """The cost as reported: exact, about, more than, or a remark with no figure."""
    words = writing.words
    amount_usd = usd_of(cost)
    if amount_usd is None:
        return words.translate("ModelFigures", "no figure given")
    amount = writing.formatter.usd_large(amount_usd)
    patterns = {
        CostQualifier.EXACT: "%1",
        CostQualifier.ABOUT: words.translate("ModelFigures", "about %1"),
        CostQualifier.MORE_THAN: words.translate("ModelFigures", "more than %1"),
    }
    return fill(patterns[cost.qualifier], amount)


def as_of_text(writing: Writing, as_of: str) -> str:
    """``as of Dec 2024``: the sources date some figures only to the month."""
    pieces = [int(piece) for piece in as_of.split("-")]
    if len(pieces) == 2:
        day = writing.formatter.month_and_year(dt.date(pieces[0], pieces[1], 1))
    else:
        day = writing.formatter.date(dt.date(*pieces))
    return fill(writing.words.translate("ModelFigures", "as of %1"), day)


def cost_heading(writing: Writing, data: ModelsData, cost: CostFigure) -> str:
    """``DeepSeek-V3, according to DeepSeek: $5.576M``; a part: ``of which: $5.328M``."""
    words = writing.words
    if cost.component_of is not None:
        return fill(words.translate("ModelFigures", "of which: %1"), cost_amount(writing, cost))
    return fill(
        words.translate("ModelFigures", "%1, according to %2: %3"),
        data.model(cost.model).name,
        cost.who_said,
        cost_amount(writing, cost),
    )


def cost_scope_lines(writing: Writing, cost: CostFigure) -> list[str]:
    """What a cost figure includes and excludes, and the data's note on it, if any."""
    words, code = writing.words, writing.language
    lines = [
        fill(words.translate("ModelFigures", "Includes: %1"), cost.basis.text(code)),
        fill(words.translate("ModelFigures", "Excludes: %1"), cost.excludes.text(code)),
    ]
    if cost.note is not None:
        lines.append(cost.note.text(code))
    return lines


def cost_scope(writing: Writing, data: ModelsData, cost: CostFigure) -> str:
    """``DeepSeek-V3, according to DeepSeek: $5.576M (as of Dec 2024). Includes: …
    Excludes: …`` and the data's note, as one paragraph."""
    heading = f"{cost_heading(writing, data, cost)} ({as_of_text(writing, cost.as_of)})."
    return " ".join([heading, *cost_scope_lines(writing, cost)])


def dot_label(writing: Writing, dot: ComputeDot) -> str:
    """A compute dot's label: the figure and the GPU, the base model its figure leaves out,
    and the cost its developer reported with its note's number."""
    words = writing.words
    lines = [hours_text(writing, dot.model)]
    if dot.on_top_of:
        lines.append(fill(words.translate("ModelFigures", "on top of %1"), dot.on_top_of))
    for footnote in dot.costs:
        amount = f"{cost_amount(writing, footnote.cost)} [{footnote.number}]"
        lines.append(
            fill(
                words.translate("ModelFigures", "cost reported by %1: %2"),
                footnote.cost.who_said,
                amount,
            )
        )
    return "\n".join(lines)


# --- prices -----------------------------------------------------------------------------------


def tier_text(writing: Writing, price: ApiPrice) -> str:
    """Which price it is: ``list price``, ``promotion until 8 Feb 2025`` …"""
    words = writing.words
    if price.tier is PriceTier.PROMOTIONAL:
        if price.effective_to is not None:
            return fill(
                words.translate("ModelFigures", "promotion until %1"),
                writing.formatter.date(price.effective_to),
            )
        return words.translate("ModelFigures", "promotion")
    texts = {
        PriceTier.STANDARD: words.translate("ModelFigures", "list price"),
        PriceTier.PROMPT_UP_TO_128K: words.translate(
            "ModelFigures", "list price, prompts up to 128K tokens"
        ),
        PriceTier.PROMPT_OVER_128K: words.translate(
            "ModelFigures", "list price, prompts over 128K tokens"
        ),
    }
    return texts[price.tier]


def price_label(writing: Writing, price: ApiPrice, value: float) -> str:
    """``$0.28 (promotional)``: a price other than the list price says which it is."""
    text = exact_usd(writing, value)
    if price.tier is PriceTier.STANDARD:
        return text
    if price.tier is PriceTier.PROMOTIONAL:
        return fill(writing.words.translate("ModelFigures", "%1 (promotional)"), text)
    return f"{text} ({tier_text(writing, price)})"


def times_text(writing: Writing, ratio: Ratio) -> str:
    """``about 27.4 times`` (or ``4 times`` when the quotient is exact)."""
    value = writing.formatter.number(ratio.value, ratio.decimals)
    if ratio.exact:
        return fill(writing.words.translate("ModelFigures", "%1 times"), value)
    return fill(writing.words.translate("ModelFigures", "about %1 times"), value)


def price_answer(writing: Writing, data: ModelsData, gap: PriceGap) -> tuple[str, str]:
    """How much cheaper R1 was than o1 on the day (the headline), and which prices say so
    (the detail)."""
    words, formatter = writing.words, writing.formatter
    cheaper, dearer = data.model(HIGHLIGHTED_MODEL), data.model(REFERENCE_MODEL)
    headline = fill(
        words.translate(
            "ModelFigures",
            "On %1, %2 charged %3 as much as %4 for output tokens, and %5 as much for "
            "input tokens.",
        ),
        formatter.long_date(gap.day),
        dearer.name,
        times_text(writing, gap.output),
        cheaper.name,
        times_text(writing, gap.input),
    )
    detail = fill(
        words.translate(
            "ModelFigures",
            "Per million tokens: output %1 against %2, input (not from the cache) %3 "
            "against %4. Compared: %5 (%6) and %7 (%8), each API’s price in force that day.",
        ),
        exact_usd(writing, gap.dearer.output_usd_per_m),
        exact_usd(writing, gap.cheaper.output_usd_per_m),
        exact_usd(writing, gap.dearer.input_cache_miss_usd_per_m),
        exact_usd(writing, gap.cheaper.input_cache_miss_usd_per_m),
        gap.dearer.api_id,
        tier_text(writing, gap.dearer),
        gap.cheaper.api_id,
        tier_text(writing, gap.cheaper),
    )
    return headline, detail


def missing_text(writing: Writing, missing: list[tuple[Model, Missing]]) -> str:
    """``Not plotted: …``: each model left out of the price chart and why ("" for none)."""
    words = writing.words
    reasons = {
        Missing.NO_PRICE: words.translate(
            "ModelFigures", "no price for this version in January 2025 in the data"
        ),
        Missing.NO_SCORE: words.translate(
            "ModelFigures", "no score on this benchmark in the R1 paper"
        ),
    }
    items = [f"{model.name} ({reasons[why]})" for model, why in missing]
    if not items:
        return ""
    return fill(words.translate("ModelFigures", "Not plotted: %1."), in_turn(words, items))
