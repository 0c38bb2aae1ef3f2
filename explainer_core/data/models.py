"""The model comparison: the models, what their training cost, benchmark scores and API prices.

Five files in ``resources/data`` (pandas, no Qt):

* ``models.csv``: one row per model, with what was disclosed about its size and training;
* ``model_costs.csv``: every reported cost figure, each with what it covers and what it leaves out;
* ``benchmarks.csv``: the canonical scores (DeepSeek-R1 paper tables, V3 report, model cards);
* ``benchmarks_alt.csv``: values other sources give differently, kept apart with a note;
* ``api_prices.csv``: API prices per million tokens around January 2025.

Every row cites the source registry. A cost figure is only meaningful with its scope, so its
basis and exclusions are required texts in every interface language.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import pandas as pd

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.data.table import Column, check_source_ids, read_table, split_ids, text_columns
from explainer_core.data.texts import Translated
from explainer_core.languages import LANGUAGE_CODES

MODELS_FILE = "models.csv"
COSTS_FILE = "model_costs.csv"
BENCHMARKS_FILE = "benchmarks.csv"
BENCHMARKS_ALT_FILE = "benchmarks_alt.csv"
PRICES_FILE = "api_prices.csv"

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# A cost is "as of" a month or a day: the sources date some figures only to the month.
_AS_OF = re.compile(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")


# --- texts in every language -------------------------------------------------------------


def _line(index: Hashable) -> int:
    # Frame rows are 0-based and the header is line 1 of the file.
    return int(index) + 2


def read_translations(
    frame: pd.DataFrame, stem: str, file_name: str, *, required: bool
) -> list[Translated | None]:
    """The ``<stem>_fr/_de/_en`` texts of each row: all three, or none if the text is optional.

    Read the columns with ``text_columns(stem, required=False)``: this check then reports the
    first empty language of a row as a missing translation (for a required text too, as
    ``read_table`` does for required translated columns).
    """
    texts: list[Translated | None] = []
    for index, row in frame.iterrows():
        by_language = {code: str(row[f"{stem}_{code}"]) for code in LANGUAGE_CODES}
        if not required and not any(by_language.values()):
            texts.append(None)
            continue
        for code, text in by_language.items():
            if not text:
                raise DataError(
                    Problem.MISSING_TRANSLATION, file_name, _line(index), f"{stem}_{code}"
                )
        texts.append(Translated(**by_language))
    return texts


def read_required_translations(frame: pd.DataFrame, stem: str, file_name: str) -> list[Translated]:
    """Like ``read_translations`` for a text every row must have."""
    texts = read_translations(frame, stem, file_name, required=True)
    return [text for text in texts if text is not None]  # none is None once required


# --- small conversions from typed frame cells ----------------------------------------------


def _float_or_none(value: Any) -> float | None:
    return None if pd.isna(value) else float(value)


def _date_or_none(value: Any) -> date | None:
    return None if pd.isna(value) else value.date()


def _bool_or_none(value: object) -> bool | None:
    return None if pd.isna(value) else bool(value)


def _text_or_none(value: object) -> str | None:
    return str(value) or None


def _sources(cell: object) -> tuple[str, ...]:
    return tuple(split_ids(str(cell)))


# --- shared row checks ------------------------------------------------------------------------


def _check_slugs(frame: pd.DataFrame, column: str, file_name: str) -> None:
    for index, value in frame[column].items():
        if not _SLUG.fullmatch(value):
            raise DataError(
                Problem.BAD_CHOICE,
                file_name,
                _line(index),
                column,
                value,
                detail="expected a lowercase kebab-case id",
            )


def _check_known(
    frame: pd.DataFrame, column: str, known: set[str], file_name: str, what: str
) -> None:
    """Every non-empty cell of ``column`` names one of ``known``."""
    for index, value in frame[column].items():
        if value and value not in known:
            raise DataError(
                Problem.BAD_CHOICE, file_name, _line(index), column, value, detail=f"not {what}"
            )


def _check_unique(frame: pd.DataFrame, column: str, file_name: str) -> None:
    duplicated = frame[column].duplicated()
    if duplicated.any():
        index = duplicated.idxmax()
        raise DataError(
            Problem.DUPLICATE_ROW, file_name, _line(index), column, frame.at[index, column]
        )


def _check_sources(frame: pd.DataFrame, known: set[str], file_name: str) -> None:
    check_source_ids(frame, "sources", known, file_name)


# --- models -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """A model and what its developer disclosed; ``None`` where nothing is known."""

    id: str
    name: str
    developer: str
    release_date: date | None
    params_total_b: float | None  # billions of parameters
    params_active_b: float | None  # per token, for mixture-of-experts models
    training_tokens_t: float | None  # trillions of training tokens
    training_gpu_hours_m: float | None  # millions of GPU-hours, scope in the note
    gpu_type: str | None
    license: str | None  # in English, as the fact base gives it (see ``licence``)
    open_weights: bool | None
    base_model: str | None  # the model it was fine-tuned from, by name
    distilled_from: str | None  # id of the teacher model, for distilled models
    note: Translated | None
    sources: tuple[str, ...]
    licences: Translated | None = None  # the licence in each language; None when unknown

    def licence(self, language: str) -> str | None:
        """The licence as a reader of ``language`` reads it (``Propriétaire``, ``Proprietär``)."""
        return self.licences.text(language) if self.licences else self.license


MODEL_COLUMNS = [
    Column("id"),
    Column("name"),
    Column("developer"),
    Column("release_date", "date", required=False),
    Column("params_total_b", "float", required=False, minimum=0),
    Column("params_active_b", "float", required=False, minimum=0),
    Column("training_tokens_t", "float", required=False, minimum=0),
    Column("training_gpu_hours_m", "float", required=False, minimum=0),
    Column("gpu_type", required=False),
    Column("license", required=False),
    *text_columns("license", required=False),
    Column("open_weights", "bool", required=False),
    Column("base_model", required=False),
    Column("distilled_from", required=False),
    *text_columns("note", required=False),
    Column("sources"),
]


def _check_active_not_above_total(frame: pd.DataFrame, file_name: str) -> None:
    too_many = frame["params_active_b"] > frame["params_total_b"]
    if too_many.fillna(False).any():
        index = too_many.fillna(False).idxmax()
        raise DataError(
            Problem.INCONSISTENT,
            file_name,
            _line(index),
            "params_active_b",
            str(frame.at[index, "params_active_b"]),
            detail="more active than total parameters",
        )


def _read_models(path: Path, known_sources: set[str]) -> list[Model]:
    name = path.name
    frame = read_table(path, MODEL_COLUMNS, unique=["id"])
    notes = read_translations(frame, "note", name, required=False)
    licences = read_translations(frame, "license", name, required=False)
    _check_translations_beside(frame, "license", name)
    _check_slugs(frame, "id", name)
    _check_unique(frame, "name", name)
    _check_known(frame, "distilled_from", set(frame["id"]), name, "a model id of models.csv")
    _check_active_not_above_total(frame, name)
    _check_sources(frame, known_sources, name)
    return [
        Model(
            id=row["id"],
            name=row["name"],
            developer=row["developer"],
            release_date=_date_or_none(row["release_date"]),
            params_total_b=_float_or_none(row["params_total_b"]),
            params_active_b=_float_or_none(row["params_active_b"]),
            training_tokens_t=_float_or_none(row["training_tokens_t"]),
            training_gpu_hours_m=_float_or_none(row["training_gpu_hours_m"]),
            gpu_type=_text_or_none(row["gpu_type"]),
            license=_text_or_none(row["license"]),
            open_weights=_bool_or_none(row["open_weights"]),
            base_model=_text_or_none(row["base_model"]),
            distilled_from=_text_or_none(row["distilled_from"]),
            note=note,
            sources=_sources(row["sources"]),
            licences=licence,
        )
        for (_, row), note, licence in zip(frame.iterrows(), notes, licences, strict=True)
    ]


def _check_translations_beside(frame: pd.DataFrame, stem: str, file_name: str) -> None:
    """A translated field and its English original column are given together: the English
    one (read by older views) equals ``<stem>_en``."""
    for index, row in frame.iterrows():
        if str(row[stem]) != str(row[f"{stem}_en"]):
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                f"{stem}_en",
                str(row[f"{stem}_en"]),
                detail=f"differs from the column '{stem}'",
            )


# --- cost figures -----------------------------------------------------------------------------


class CostQualifier(str, Enum):
    """How a reported cost figure is meant."""

    EXACT = "exact"  # the figure as stated
    ABOUT = "about"  # stated as approximate ("about $294K")
    MORE_THAN = "more_than"  # a lower bound ("more than $100M")
    UNQUANTIFIED = "unquantified"  # a remark with no number ("a few $10M's"): no value


@dataclass(frozen=True)
class CostFigure:
    """One reported cost figure, never without what it covers and what it leaves out."""

    id: str
    model: str  # model id
    value_usd_m: float | None  # millions of US dollars; None only when unquantified
    qualifier: CostQualifier
    component_of: str | None  # id of the total this figure is a part of
    who_said: str
    basis: Translated  # what is included
    excludes: Translated  # what is not
    note: Translated | None
    as_of: str  # YYYY-MM or YYYY-MM-DD
    sources: tuple[str, ...]


COST_COLUMNS = [
    Column("id"),
    Column("model"),
    Column("value_usd_m", "float", required=False, minimum=0),
    Column("qualifier", choices=tuple(qualifier.value for qualifier in CostQualifier)),
    Column("component_of", required=False),
    Column("who_said"),
    *text_columns("basis", required=False),
    *text_columns("excludes", required=False),
    *text_columns("note", required=False),
    Column("as_of"),
    Column("sources"),
]


def _check_value_matches_qualifier(frame: pd.DataFrame, file_name: str) -> None:
    for index, row in frame.iterrows():
        unquantified = row["qualifier"] == CostQualifier.UNQUANTIFIED.value
        if pd.isna(row["value_usd_m"]) != unquantified:
            detail = (
                "an unquantified remark has no value"
                if unquantified
                else "a value is required unless the qualifier is unquantified"
            )
            raise DataError(
                Problem.INCONSISTENT, file_name, _line(index), "value_usd_m", detail=detail
            )


def _check_as_of(frame: pd.DataFrame, file_name: str) -> None:
    for index, value in frame["as_of"].items():
        if not _AS_OF.fullmatch(value):
            raise DataError(
                Problem.BAD_DATE,
                file_name,
                _line(index),
                "as_of",
                value,
                detail="expected YYYY-MM or YYYY-MM-DD",
            )


def _check_components(frame: pd.DataFrame, file_name: str) -> None:
    """A part names a total of the same model, and a total is not itself a part."""
    models_by_id = dict(zip(frame["id"], frame["model"], strict=True))
    parts = {part for part in frame["component_of"] if part}
    for index, row in frame.iterrows():
        total = row["component_of"]
        if not total:
            continue
        if models_by_id.get(total) != row["model"] or total == row["id"] or row["id"] in parts:
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                "component_of",
                total,
                detail="expected the id of a total figure for the same model",
            )


def _read_costs(path: Path, model_ids: set[str], known_sources: set[str]) -> list[CostFigure]:
    name = path.name
    frame = read_table(path, COST_COLUMNS, unique=["id"])
    bases = read_required_translations(frame, "basis", name)
    excludes = read_required_translations(frame, "excludes", name)
    notes = read_translations(frame, "note", name, required=False)
    _check_slugs(frame, "id", name)
    _check_known(frame, "model", model_ids, name, "a model id of models.csv")
    _check_value_matches_qualifier(frame, name)
    _check_components(frame, name)
    _check_as_of(frame, name)
    _check_sources(frame, known_sources, name)
    return [
        CostFigure(
            id=row["id"],
            model=row["model"],
            value_usd_m=_float_or_none(row["value_usd_m"]),
            qualifier=CostQualifier(row["qualifier"]),
            component_of=_text_or_none(row["component_of"]),
            who_said=row["who_said"],
            basis=basis,
            excludes=exclusion,
            note=note,
            as_of=row["as_of"],
            sources=_sources(row["sources"]),
        )
        for (_, row), basis, exclusion, note in zip(
            frame.iterrows(), bases, excludes, notes, strict=True
        )
    ]


# --- benchmark scores -------------------------------------------------------------------------


class MetricKind(str, Enum):
    """What a benchmark value measures; the source's own metric label is kept beside it."""

    PASS_AT_1 = "pass_at_1"
    CONS_AT_64 = "cons_at_64"
    EXACT_MATCH = "exact_match"
    F1 = "f1"
    ACCURACY = "accuracy"
    WIN_RATE = "win_rate"
    CORRECT = "correct"
    RESOLVED = "resolved"
    PERCENTILE = "percentile"
    RATING = "rating"  # a Codeforces-style rating, not a percentage
    UNSTATED = "unstated"  # the source gives no metric

    @property
    def bounds(self) -> tuple[float, float | None]:
        """The lowest and highest possible value (``None``: no upper bound)."""
        return (0.0, None) if self in _UNBOUNDED_KINDS else (0.0, 100.0)

    @property
    def is_percent(self) -> bool:
        return self.bounds[1] == 100.0


# A rating has no ceiling, and an unstated metric cannot be assumed to be a percentage.
_UNBOUNDED_KINDS = frozenset({MetricKind.RATING, MetricKind.UNSTATED})


class BenchmarkTable(str, Enum):
    """Which table of which document a score comes from: harnesses differ between them."""

    MAIN = "main"  # DeepSeek-R1 paper, Table 4
    DISTILLED = "distilled"  # DeepSeek-R1 paper, Table 5 (distilled models)
    R1_ZERO = "r1-zero"  # DeepSeek-R1 paper, Table 2 (R1-Zero versus o1)
    V3_REPORT = "v3-report"  # DeepSeek-V3 report and README (DeepSeek's harness, 8K output cap)
    R1_0528_CARD = "r1-0528-card"  # DeepSeek-R1-0528 model card (May 2025 re-evaluation)
    META_CARD = "meta-card"  # Meta's Llama model cards (Meta's own harness)
    R1_README = "r1-readme"  # DeepSeek-R1 README evaluation tables


@dataclass(frozen=True)
class BenchmarkScore:
    """One canonical score of one model on one benchmark."""

    benchmark: str
    metric: str  # the source's label, e.g. "Pass@1", "Percentile", "Rating"
    metric_kind: MetricKind
    model: str  # model id
    model_label: str  # the model as the source's table names it, e.g. "OpenAI-o1-1217"
    value: float
    table: BenchmarkTable
    sources: tuple[str, ...]
    metrics: Translated | None = None  # the metric label for each language (see metric_label)

    def metric_label(self, language: str) -> str:
        """The source's metric label; only our own explanations in it are translated."""
        return self.metrics.text(language) if self.metrics else self.metric


@dataclass(frozen=True)
class AltBenchmarkScore:
    """A value another source gives differently from the canonical one, with why."""

    benchmark: str
    metric: str
    metric_kind: MetricKind
    model: str
    model_label: str
    value: float | None  # None where the source shows no value ("-")
    table: BenchmarkTable
    note: Translated
    sources: tuple[str, ...]
    metrics: Translated | None = None

    def metric_label(self, language: str) -> str:
        return self.metrics.text(language) if self.metrics else self.metric


def _benchmark_columns(value_required: bool) -> list[Column]:
    return [
        Column("benchmark"),
        Column("metric"),
        *text_columns("metric"),
        Column("metric_kind", choices=tuple(kind.value for kind in MetricKind)),
        Column("model"),
        Column("model_label"),
        Column("value", "float", required=value_required),
        Column("table", choices=tuple(table.value for table in BenchmarkTable)),
    ]


BENCHMARK_COLUMNS = [*_benchmark_columns(value_required=True), Column("sources")]
BENCHMARK_ALT_COLUMNS = [
    *_benchmark_columns(value_required=False),
    *text_columns("note", required=False),
    Column("sources"),
]
_BENCHMARK_KEY = ["benchmark", "metric", "model", "table"]


def _check_values_in_metric_range(frame: pd.DataFrame, file_name: str) -> None:
    for index, row in frame.iterrows():
        value = row["value"]
        if pd.isna(value):
            continue
        low, high = MetricKind(row["metric_kind"]).bounds
        if value < low or (high is not None and value > high):
            ceiling = "" if high is None else f" to {high:g}"
            raise DataError(
                Problem.OUT_OF_RANGE,
                file_name,
                _line(index),
                "value",
                f"{value:g}",
                detail=f"a {row['metric_kind']} value ranges from {low:g}{ceiling}",
            )


def _read_benchmark_frame(
    path: Path, columns: list[Column], model_ids: set[str], known_sources: set[str]
) -> pd.DataFrame:
    frame = read_table(path, columns, unique=_BENCHMARK_KEY)
    _check_known(frame, "model", model_ids, path.name, "a model id of models.csv")
    _check_values_in_metric_range(frame, path.name)
    _check_translations_beside(frame, "metric", path.name)
    _check_sources(frame, known_sources, path.name)
    return frame


def _read_benchmarks(
    path: Path, model_ids: set[str], known_sources: set[str]
) -> list[BenchmarkScore]:
    frame = _read_benchmark_frame(path, BENCHMARK_COLUMNS, model_ids, known_sources)
    return [
        BenchmarkScore(
            benchmark=row["benchmark"],
            metric=row["metric"],
            metric_kind=MetricKind(row["metric_kind"]),
            model=row["model"],
            model_label=row["model_label"],
            value=float(row["value"]),
            table=BenchmarkTable(row["table"]),
            sources=_sources(row["sources"]),
            metrics=_texts(row, "metric"),
        )
        for _, row in frame.iterrows()
    ]


def _read_alt_benchmarks(
    path: Path, model_ids: set[str], known_sources: set[str]
) -> list[AltBenchmarkScore]:
    frame = _read_benchmark_frame(path, BENCHMARK_ALT_COLUMNS, model_ids, known_sources)
    notes = read_required_translations(frame, "note", path.name)
    return [
        AltBenchmarkScore(
            benchmark=row["benchmark"],
            metric=row["metric"],
            metric_kind=MetricKind(row["metric_kind"]),
            model=row["model"],
            model_label=row["model_label"],
            value=_float_or_none(row["value"]),
            table=BenchmarkTable(row["table"]),
            note=note,
            sources=_sources(row["sources"]),
            metrics=_texts(row, "metric"),
        )
        for (_, row), note in zip(frame.iterrows(), notes, strict=True)
    ]


def _texts(row: pd.Series, stem: str) -> Translated:
    return Translated(**{code: str(row[f"{stem}_{code}"]) for code in LANGUAGE_CODES})


# --- API prices -------------------------------------------------------------------------------


class PriceTier(str, Enum):
    STANDARD = "standard"
    PROMOTIONAL = "promotional"
    PROMPT_UP_TO_128K = "prompt-up-to-128k"
    PROMPT_OVER_128K = "prompt-over-128k"


@dataclass(frozen=True)
class ApiPrice:
    """US dollars per million tokens for one model, tier and period."""

    id: str
    model: str  # model id
    api_id: str  # the name the API is called with, e.g. "deepseek-reasoner"
    tier: PriceTier
    input_cache_hit_usd_per_m: float | None  # cached input; None where not captured
    input_cache_miss_usd_per_m: float  # uncached input: the ordinary input price
    output_usd_per_m: float
    effective_from: date | None
    effective_to: date | None  # None: still in force at the last check, or not known
    note: Translated
    sources: tuple[str, ...]


PRICE_COLUMNS = [
    Column("id"),
    Column("model"),
    Column("api_id"),
    Column("tier", choices=tuple(tier.value for tier in PriceTier)),
    Column("input_cache_hit_usd_per_m", "float", required=False, minimum=0),
    Column("input_cache_miss_usd_per_m", "float", minimum=0),
    Column("output_usd_per_m", "float", minimum=0),
    Column("effective_from", "date", required=False),
    Column("effective_to", "date", required=False),
    *text_columns("note", required=False),
    Column("sources"),
]


def _check_periods(frame: pd.DataFrame, file_name: str) -> None:
    ends_before_start = frame["effective_to"] <= frame["effective_from"]
    if ends_before_start.fillna(False).any():
        index = ends_before_start.fillna(False).idxmax()
        raise DataError(
            Problem.INCONSISTENT,
            file_name,
            _line(index),
            "effective_to",
            str(frame.at[index, "effective_to"].date()),
            detail="a price period must end after it starts",
        )


def _read_prices(path: Path, model_ids: set[str], known_sources: set[str]) -> list[ApiPrice]:
    name = path.name
    frame = read_table(path, PRICE_COLUMNS, unique=["id"])
    notes = read_required_translations(frame, "note", name)
    _check_slugs(frame, "id", name)
    _check_known(frame, "model", model_ids, name, "a model id of models.csv")
    _check_periods(frame, name)
    _check_sources(frame, known_sources, name)
    return [
        ApiPrice(
            id=row["id"],
            model=row["model"],
            api_id=row["api_id"],
            tier=PriceTier(row["tier"]),
            input_cache_hit_usd_per_m=_float_or_none(row["input_cache_hit_usd_per_m"]),
            input_cache_miss_usd_per_m=float(row["input_cache_miss_usd_per_m"]),
            output_usd_per_m=float(row["output_usd_per_m"]),
            effective_from=_date_or_none(row["effective_from"]),
            effective_to=_date_or_none(row["effective_to"]),
            note=note,
            sources=_sources(row["sources"]),
        )
        for (_, row), note in zip(frame.iterrows(), notes, strict=True)
    ]


# --- everything together ----------------------------------------------------------------------


@dataclass(frozen=True)
class ModelsData:
    models: tuple[Model, ...]
    costs: tuple[CostFigure, ...]
    benchmarks: tuple[BenchmarkScore, ...]
    benchmarks_alt: tuple[AltBenchmarkScore, ...]
    prices: tuple[ApiPrice, ...]

    def model(self, model_id: str) -> Model:
        """The model with ``model_id``; ``KeyError`` if there is none."""
        for model in self.models:
            if model.id == model_id:
                return model
        raise KeyError(model_id)

    def model_named(self, name: str) -> Model:
        """The model whose display name is ``name``; ``KeyError`` if there is none."""
        for model in self.models:
            if model.name == name:
                return model
        raise KeyError(name)

    def costs_of(self, model_id: str) -> tuple[CostFigure, ...]:
        return tuple(cost for cost in self.costs if cost.model == model_id)

    def prices_of(self, model_id: str) -> tuple[ApiPrice, ...]:
        return tuple(price for price in self.prices if price.model == model_id)

    def benchmark_names(self) -> tuple[str, ...]:
        """Each benchmark once, in file order."""
        return tuple(dict.fromkeys(score.benchmark for score in self.benchmarks))

    def scores(
        self,
        *,
        benchmark: str | None = None,
        metric: str | None = None,
        model: str | None = None,
        table: BenchmarkTable | None = None,
    ) -> tuple[BenchmarkScore, ...]:
        """The canonical scores matching every filter given."""
        key = (benchmark, metric, model, table)
        # Asked thousands of times a redraw, of data that never changes: found once each.
        found = self.__dict__.setdefault("_scores_found", {})
        if key not in found:
            wanted = {"benchmark": benchmark, "metric": metric, "model": model, "table": table}
            filters = {field: value for field, value in wanted.items() if value is not None}
            found[key] = tuple(
                score
                for score in self.benchmarks
                if all(getattr(score, field) == value for field, value in filters.items())
            )
        return found[key]


def load_models(data_dir: Path = DATA_DIR, sources: SourceRegistry | None = None) -> ModelsData:
    """Read and validate the five model files; raises ``DataError`` on the first problem.

    ``sources`` defaults to the registry in ``data_dir / "sources"``.
    """
    registry = sources if sources is not None else load_sources(data_dir / "sources")
    known_sources = registry.ids()
    models = _read_models(data_dir / MODELS_FILE, known_sources)
    model_ids = {model.id for model in models}
    return ModelsData(
        models=tuple(models),
        costs=tuple(_read_costs(data_dir / COSTS_FILE, model_ids, known_sources)),
        benchmarks=tuple(_read_benchmarks(data_dir / BENCHMARKS_FILE, model_ids, known_sources)),
        benchmarks_alt=tuple(
            _read_alt_benchmarks(data_dir / BENCHMARKS_ALT_FILE, model_ids, known_sources)
        ),
        prices=tuple(_read_prices(data_dir / PRICES_FILE, model_ids, known_sources)),
    )
