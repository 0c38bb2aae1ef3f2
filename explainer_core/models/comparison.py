"""Which models and benchmarks stand side by side: no Qt, no formatting, only choices.

The figures all come from ``explainer_core.data.models``; this module decides which of
them are compared (the six models of the R1 paper's main table, R1 against o1), which
measures can share an axis, and the R1 paper's tables of scores. Prices are in
``prices``, training compute and cost in ``compute``, openness in ``openness``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from explainer_core.data.models import (
    AltBenchmarkScore,
    BenchmarkScore,
    BenchmarkTable,
    MetricKind,
    ModelsData,
)
from explainer_core.data.texts import Translated

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
# THE comparison: R1 against OpenAI's o1 (the December 2024 version the R1 paper scored as
# "OpenAI-o1-1217"). It is the model R1 was pitched against and matched on reasoning
# benchmarks, and the one whose price the January 2025 coverage set beside R1's.
REFERENCE_MODEL = "o1-2024-12-17"
# The R1 paper takes over the o1 scores that OpenAI published (models.csv, o1's note).
OPENAI_REPORTED_MODEL = "o1-2024-12-17"
MAX_DECIMALS = 3


@dataclass(frozen=True)
class Measure:
    """A benchmark with one of its metrics: Codeforces is both a percentile and a rating."""

    benchmark: str
    metric: str  # the source's label, the key's part
    kind: MetricKind
    # The source's label as each language writes it (``0-shot em (GPQA complet, …)``).
    labels: Translated | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        return f"{self.benchmark}|{self.metric}"

    def metric_label(self, language: str) -> str:
        """The source's metric label in ``language``: only our explanations in it change."""
        return self.labels.text(language) if self.labels else self.metric

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
# The benchmark R1 and o1 are compared on wherever one figure must stand for all: the
# competition mathematics both developers led with.
HEADLINE_MEASURE_KEY = "AIME 2024|Pass@1"
DEFAULT_PRICE_MEASURE_KEY = HEADLINE_MEASURE_KEY


def measures(data: ModelsData, table: BenchmarkTable = BenchmarkTable.MAIN) -> tuple[Measure, ...]:
    """Each (benchmark, metric) of ``table`` once, in file order."""
    found = dict.fromkeys(
        Measure(score.benchmark, score.metric, score.metric_kind, score.metrics)
        for score in data.benchmarks
        if score.table == table
    )
    return tuple(found)


def measures_of_benchmark(data: ModelsData, benchmark: str) -> tuple[Measure, ...]:
    """The main table's measures of ``benchmark`` (Codeforces has two), in file order."""
    return tuple(measure for measure in measures(data) if measure.benchmark == benchmark)


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


def caveats_for(
    data: ModelsData,
    measure: Measure,
    model_id: str,
    table: BenchmarkTable = BenchmarkTable.MAIN,
) -> tuple[AltBenchmarkScore, ...]:
    """Values other sources give for ``model_id``'s score on ``measure``, each with its note.

    An alternative value is matched to the metric too, unless its metric label is one the
    table does not use for that benchmark (``Pass@1`` beside Table 4's ``Pass@1-COT``): a
    README's pass@1 is not a caveat of a cons@64 score."""
    used = {score.metric for score in data.scores(benchmark=measure.benchmark, table=table)}
    return tuple(
        alt
        for alt in data.benchmarks_alt
        if alt.benchmark == measure.benchmark
        and alt.model == model_id
        and (alt.metric == measure.metric or alt.metric not in used)
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
