"""What the model comparison shows, and in which order: no Qt, no formatting, only choices.

The figures all come from ``explainer_core.data.models``; this module decides which of
them stand side by side (the six models of the R1 paper's main table, the measures that
can share an axis, the price in force on the day of the shock) and says why where a
pairing would mislead (a price of one GPT-4o version beside the score of another).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from explainer_core.data.models import (
    AltBenchmarkScore,
    ApiPrice,
    BenchmarkScore,
    BenchmarkTable,
    CostFigure,
    MetricKind,
    Model,
    ModelsData,
    PriceTier,
)

# The models of the DeepSeek-R1 paper's main table (Table 4), R1 first, then the models it
# was measured against, as the issue names them.
COMPARISON_MODELS: tuple[str, ...] = (
    "deepseek-r1",
    "o1-2024-12-17",
    "o1-mini",
    "gpt-4o-2024-05-13",
    "claude-3-5-sonnet-20241022",
    "deepseek-v3",
)
HIGHLIGHTED_MODEL = "deepseek-r1"
# Prices are those in force on the day of the market shock.
PRICE_DAY = dt.date(2025, 1, 27)
# The openness table shows the models available when the shock happened.
OPENNESS_CUTOFF = dt.date(2025, 1, 31)
MAX_DECIMALS = 3


@dataclass(frozen=True)
class Measure:
    """A benchmark with one of its metrics: Codeforces is both a percentile and a rating."""

    benchmark: str
    metric: str
    kind: MetricKind

    @property
    def key(self) -> str:
        return f"{self.benchmark}|{self.metric}"

    @property
    def shares_percent_axis(self) -> bool:
        """Scores from 0 to 100 can stand on one axis; a rating or an unstated metric cannot."""
        return self.kind.is_percent


# What the tab opens with: the R1 paper's headline benchmarks, all on a 0–100 scale.
DEFAULT_MEASURE_KEYS: tuple[str, ...] = (
    "AIME 2024|Pass@1",
    "MATH-500|Pass@1",
    "GPQA Diamond|Pass@1",
    "Codeforces|Percentile",
    "SWE Verified|Resolved",
    "MMLU|Pass@1",
)
DEFAULT_PRICE_MEASURE_KEY = "AIME 2024|Pass@1"


def measures(data: ModelsData, table: BenchmarkTable = BenchmarkTable.MAIN) -> tuple[Measure, ...]:
    """Each (benchmark, metric) of ``table`` once, in file order."""
    found = dict.fromkeys(
        Measure(score.benchmark, score.metric, score.metric_kind)
        for score in data.benchmarks
        if score.table == table
    )
    return tuple(found)


def measure_by_key(
    data: ModelsData, key: str, table: BenchmarkTable = BenchmarkTable.MAIN
) -> Measure:
    """The measure of ``table`` whose key is ``key``; ``KeyError`` if there is none."""
    for measure in measures(data, table):
        if measure.key == key:
            return measure
    raise KeyError(key)


def decimals_needed(values: Iterable[float]) -> int:
    """The fewest decimals that write every value exactly (at most three), so that a
    column of scores reads alike (``65.0`` beside ``71.5``) and no figure is rounded."""
    needed = 0
    for value in values:
        for decimals in range(MAX_DECIMALS + 1):
            if math.isclose(round(value, decimals), value, rel_tol=0, abs_tol=1e-9):
                break
        needed = max(needed, decimals)
    return needed


# --- benchmark scores -------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelScore:
    model: str  # model id
    score: BenchmarkScore | None  # None: the source reports no value for this model


@dataclass(frozen=True)
class ScoreGroup:
    """One measure's scores for the compared models, in display order."""

    measure: Measure
    entries: tuple[ModelScore, ...]
    decimals: int

    def value_of(self, model_id: str) -> float | None:
        for entry in self.entries:
            if entry.model == model_id:
                return entry.score.value if entry.score else None
        raise KeyError(model_id)


def score_group(
    data: ModelsData,
    measure: Measure,
    models: tuple[str, ...] = COMPARISON_MODELS,
    table: BenchmarkTable = BenchmarkTable.MAIN,
    sort_by_score: bool = False,
) -> ScoreGroup:
    """The scores of ``models`` on ``measure``; sorted highest first when asked, models
    without a score last (their slot stays, marked as not reported)."""
    found = {
        score.model: score
        for score in data.scores(benchmark=measure.benchmark, metric=measure.metric, table=table)
    }
    entries = [ModelScore(model, found.get(model)) for model in models]
    if sort_by_score:
        # sorted() is stable: equal scores keep the models' order.
        entries.sort(key=lambda e: -e.score.value if e.score else math.inf)
    decimals = decimals_needed(e.score.value for e in entries if e.score)
    return ScoreGroup(measure, tuple(entries), decimals)


def split_by_scale(chosen: Iterable[Measure]) -> tuple[list[Measure], list[Measure]]:
    """(measures on a 0–100 scale, the others): a Codeforces rating of about 2,000 cannot
    share an axis with percentages, so each of the others gets an axis of its own."""
    chosen = list(chosen)
    return (
        [m for m in chosen if m.shares_percent_axis],
        [m for m in chosen if not m.shares_percent_axis],
    )


def model_label(
    data: ModelsData, model_id: str, table: BenchmarkTable = BenchmarkTable.MAIN
) -> str:
    """The model as the source's table names it (``OpenAI-o1-1217``), else its name."""
    for score in data.scores(model=model_id, table=table):
        return score.model_label
    return data.model(model_id).name


def caveats_for(data: ModelsData, score: BenchmarkScore) -> tuple[AltBenchmarkScore, ...]:
    """Values other sources give for the same benchmark and model, each with its note."""
    return tuple(
        alt
        for alt in data.benchmarks_alt
        if alt.benchmark == score.benchmark and alt.model == score.model
    )


@dataclass(frozen=True)
class DistilledCell:
    value: float
    table: BenchmarkTable  # DISTILLED, or MAIN where Table 5 repeats a Table 4 score


@dataclass(frozen=True)
class DistilledRow:
    model: str  # model id
    label: str  # as the paper's table names it
    cells: tuple[DistilledCell | None, ...]  # one per measure; None: not reported


@dataclass(frozen=True)
class DistilledTable:
    measures: tuple[Measure, ...]
    rows: tuple[DistilledRow, ...]
    decimals: tuple[int, ...]  # per measure


def _paper_column_order(found: tuple[Measure, ...]) -> tuple[Measure, ...]:
    """Benchmarks in file order, and within one benchmark pass@1 before the other metrics,
    as the paper's table has them (the file lists a baseline's cons@64 first)."""
    benchmarks = list(dict.fromkeys(m.benchmark for m in found))
    return tuple(
        sorted(
            found,
            key=lambda m: (benchmarks.index(m.benchmark), m.kind is not MetricKind.PASS_AT_1),
        )
    )


def distilled_table(data: ModelsData) -> DistilledTable:
    """The R1 paper's Table 5: the distilled models and their baselines, in file order.

    The data keeps each score once: where Table 5 repeats a baseline's Table 4 score (same
    model, benchmark and metric), the cell is taken from the main table and says so."""
    columns = _paper_column_order(measures(data, BenchmarkTable.DISTILLED))
    distilled = data.scores(table=BenchmarkTable.DISTILLED)
    labels = dict.fromkeys((score.model, score.model_label) for score in distilled)
    cells: dict[tuple[str, str, str], DistilledCell] = {}
    for table in (BenchmarkTable.MAIN, BenchmarkTable.DISTILLED):  # Table 5 wins
        for score in data.scores(table=table):
            key = (score.model, score.benchmark, score.metric)
            cells[key] = DistilledCell(score.value, table)
    rows = tuple(
        DistilledRow(
            model, label, tuple(cells.get((model, m.benchmark, m.metric)) for m in columns)
        )
        for model, label in labels
    )
    decimals = tuple(
        decimals_needed(row.cells[i].value for row in rows if row.cells[i] is not None)
        for i in range(len(columns))
    )
    return DistilledTable(columns, rows, decimals)


# --- prices -----------------------------------------------------------------------------------

# One price per model: a promotion in force replaced the list price, so it comes first; then
# the ordinary request (a prompt of up to 128K tokens) before the long one.
_TIER_PREFERENCE = (
    PriceTier.PROMOTIONAL,
    PriceTier.STANDARD,
    PriceTier.PROMPT_UP_TO_128K,
    PriceTier.PROMPT_OVER_128K,
)


def in_force_on(price: ApiPrice, day: dt.date) -> bool:
    """``effective_to`` is the first day of the next price. A row without a start date is
    taken as in force at the time the January 2025 price table was read (its note says
    when it started, if known)."""
    started = price.effective_from is None or price.effective_from <= day
    return started and (price.effective_to is None or day < price.effective_to)


def price_on(data: ModelsData, model_id: str, day: dt.date = PRICE_DAY) -> ApiPrice | None:
    prices = [price for price in data.prices_of(model_id) if in_force_on(price, day)]
    prices.sort(key=lambda price: _TIER_PREFERENCE.index(price.tier))
    return prices[0] if prices else None


class Missing(str, Enum):
    NO_PRICE = "no_price"  # scored, but no price for this version on the day
    NO_SCORE = "no_score"  # priced, but not scored on this measure in the source table


@dataclass(frozen=True)
class PricePoint:
    model: Model
    score: BenchmarkScore
    price: ApiPrice


def price_points(
    data: ModelsData,
    measure: Measure,
    day: dt.date = PRICE_DAY,
    models: tuple[str, ...] = COMPARISON_MODELS,
) -> tuple[list[PricePoint], list[tuple[Model, Missing]]]:
    """The models with both a score on ``measure`` and a price on ``day`` (the same model
    version for both: the GPT-4o alias's price is not the price of the benchmarked
    gpt-4o-2024-05-13), and the models left out with why."""
    group = score_group(data, measure, models)
    points: list[PricePoint] = []
    missing: list[tuple[Model, Missing]] = []
    for entry in group.entries:
        price = price_on(data, entry.model, day)
        if entry.score is not None and price is not None:
            points.append(PricePoint(data.model(entry.model), entry.score, price))
        elif entry.score is not None:
            missing.append((data.model(entry.model), Missing.NO_PRICE))
    scored = {entry.model for entry in group.entries if entry.score is not None}
    priced = dict.fromkeys(price.model for price in data.prices if in_force_on(price, day))
    for model_id in priced:
        if model_id not in scored:
            missing.append((data.model(model_id), Missing.NO_SCORE))
    return points, missing


# --- training compute and cost ----------------------------------------------------------------


def compute_models(data: ModelsData) -> list[Model]:
    """Models with disclosed training GPU-hours, the most first."""
    known = [model for model in data.models if model.training_gpu_hours_m is not None]
    return sorted(known, key=lambda model: -(model.training_gpu_hours_m or 0.0))


@dataclass(frozen=True)
class Footnote:
    number: int
    cost: CostFigure
    is_part: bool  # a component of the footnote above it


def cost_footnotes(data: ModelsData) -> list[Footnote]:
    """Every cost figure, numbered: model by model in file order, each total followed by
    its parts, so a part is always read under the total it belongs to."""
    by_model: dict[str, list[CostFigure]] = {}
    for cost in data.costs:
        by_model.setdefault(cost.model, []).append(cost)
    ordered: list[tuple[CostFigure, bool]] = []
    for costs in by_model.values():
        for total in (cost for cost in costs if cost.component_of is None):
            ordered.append((total, False))
            ordered += [(part, True) for part in costs if part.component_of == total.id]
    return [Footnote(n, cost, part) for n, (cost, part) in enumerate(ordered, start=1)]


def footnote_numbers(footnotes: list[Footnote], model_id: str) -> list[int]:
    """The numbers of a model's cost totals (not their parts), to mark beside its bar."""
    return [f.number for f in footnotes if f.cost.model == model_id and not f.is_part]


# --- openness ---------------------------------------------------------------------------------


def openness_models(data: ModelsData, include_later: bool = False) -> list[Model]:
    """Models released by the end of January 2025, newest first; with ``include_later``
    also the later ones and those whose release date the data does not give (last)."""
    dated = [m for m in data.models if m.release_date is not None]
    if not include_later:
        dated = [m for m in dated if m.release_date <= OPENNESS_CUTOFF]
    dated.sort(key=lambda m: m.release_date, reverse=True)
    undated = [m for m in data.models if m.release_date is None] if include_later else []
    return dated + undated
