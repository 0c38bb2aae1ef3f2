"""The 17 claims of the French source article, each with its verdict and the verified facts.

``resources/data/claims.csv`` keeps the article's exact French words (``quote_fr``, with its
« » quotation marks), faithful German and English translations, the verdict, a fresh
explanation of the facts in each language, and the chart that illustrates the claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pandas as pd

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.models import (
    ModelsData,
    Translated,
    load_models,
    read_required_translations,
)
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.data.table import Column, check_source_ids, read_table, split_ids, text_columns
from explainer_core.languages import LANGUAGE_CODES

CLAIMS_FILE = "claims.csv"
CLAIM_COUNT = 17

# French typography wants a no-break space before : ; ? ! % and inside « »; a plain space
# there lets a line break strand the sign at the start of a line.
_PLAIN_SPACE_BEFORE_SIGN = re.compile(r" [:;?!%»]|« |\d%|«[^\s»]|[^\s«]»")
_TICKER = re.compile(r"\^?[A-Z][A-Z0-9.\-]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Verdict(str, Enum):
    ACCURATE = "accurate"
    IMPRECISE = "imprecise"
    MISLEADING = "misleading"
    WRONG = "wrong"
    UNVERIFIABLE = "unverifiable"


class Chart(str, Enum):
    """The charts a claim can point to; ``chart_item`` says what to highlight in it."""

    MARKET_TIMELINE = "market-timeline"  # item: a ticker, e.g. NVDA or ^IXIC
    MARKET_MOVERS = "market-movers"  # item: a ticker
    EXPORT_RULES_TIMELINE = "export-rules-timeline"  # item: an event date, YYYY-MM-DD
    CHIP_CLASSIFICATION = "chip-classification"  # item: a chip name, e.g. "H20 (HGX)"
    MODEL_BENCHMARKS = "model-benchmarks"  # item: a benchmark name, e.g. "AIME 2024"
    MODEL_COMPUTE = "model-compute"  # item: a model name, e.g. "DeepSeek-V3"
    MODEL_PRICE = "model-price"  # item: a model name


@dataclass(frozen=True)
class Claim:
    number: int  # 1..17, the order of the article
    quote: Translated  # fr: the article's exact words; de, en: faithful translations
    verdict: Verdict
    facts: Translated  # the verified facts, written fresh in each language
    chart: Chart | None
    chart_item: str | None
    sources: tuple[str, ...]


CLAIM_COLUMNS = [
    Column("id", "int"),
    *text_columns("quote", required=False),
    Column("verdict", choices=tuple(verdict.value for verdict in Verdict)),
    *text_columns("facts", required=False),
    Column("chart", required=False, choices=tuple(chart.value for chart in Chart)),
    Column("chart_item", required=False),
    Column("sources"),
]


def _line(index: Hashable) -> int:
    # Frame rows are 0-based and the header is line 1 of the file.
    return int(index) + 2


def _check_numbering(frame: pd.DataFrame, file_name: str) -> None:
    """Claims are numbered 1..17 in the article's order, with no gap."""
    for expected, (index, number) in enumerate(frame["id"].items(), start=1):
        if number != expected:
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                "id",
                str(number),
                detail=f"expected claim {expected}",
            )
    if len(frame) != CLAIM_COUNT:
        raise DataError(
            Problem.INCONSISTENT,
            file_name,
            detail=f"expected {CLAIM_COUNT} claims, found {len(frame)}",
        )


def _check_french_quotes_keep_guillemets(frame: pd.DataFrame, file_name: str) -> None:
    for index, quote in frame["quote_fr"].items():
        if "«" not in quote or "»" not in quote:
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                "quote_fr",
                detail="the article's words keep their « » quotation marks",
            )


def _check_french_typography(frame: pd.DataFrame, file_name: str) -> None:
    for index, text in frame["facts_fr"].items():
        match = _PLAIN_SPACE_BEFORE_SIGN.search(text)
        if match:
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                "facts_fr",
                match.group(),
                detail="French typography: no-break space before : ; ? ! % and inside « »",
            )


def _is_ticker(item: str) -> bool:
    return bool(_TICKER.fullmatch(item))


def _is_iso_date(item: str) -> bool:
    return bool(_ISO_DATE.fullmatch(item))


def _item_checks(models: ModelsData) -> dict[Chart, tuple[Callable[[str], bool], str]]:
    """For each chart, how to recognise an item it can highlight, and what that item is.

    Model and benchmark names are checked against the models data; tickers, dates and chip
    names belong to other datasets, so only their form is checked here.
    """
    model_names = {model.name for model in models.models}
    benchmarks = set(models.benchmark_names())
    return {
        Chart.MARKET_TIMELINE: (_is_ticker, "a ticker"),
        Chart.MARKET_MOVERS: (_is_ticker, "a ticker"),
        Chart.EXPORT_RULES_TIMELINE: (_is_iso_date, "a date (YYYY-MM-DD)"),
        Chart.CHIP_CLASSIFICATION: (bool, "a chip name"),
        Chart.MODEL_BENCHMARKS: (benchmarks.__contains__, "a benchmark of benchmarks.csv"),
        Chart.MODEL_COMPUTE: (model_names.__contains__, "a model name of models.csv"),
        Chart.MODEL_PRICE: (model_names.__contains__, "a model name of models.csv"),
    }


def _check_chart_items(frame: pd.DataFrame, models: ModelsData, file_name: str) -> None:
    checks = _item_checks(models)
    for index, row in frame.iterrows():
        chart, item = row["chart"], row["chart_item"]
        if not chart:
            if item:
                raise DataError(
                    Problem.INCONSISTENT,
                    file_name,
                    _line(index),
                    "chart_item",
                    item,
                    detail="an item to highlight needs a chart",
                )
            continue
        is_valid, what = checks[Chart(chart)]
        if item and not is_valid(item):
            raise DataError(
                Problem.BAD_CHOICE,
                file_name,
                _line(index),
                "chart_item",
                item,
                detail=f"expected {what} for the {chart} chart",
            )


ARTICLE_FILE = "claims_article.csv"
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

ARTICLE_COLUMNS = [
    Column("id"),
    Column("language", choices=LANGUAGE_CODES),
    Column("month"),  # YYYY-MM: the copy gives no day
    Column("outlet", required=False),  # empty: the copy checked does not name its outlet
    *text_columns("title"),
    *text_columns("text"),
]


@dataclass(frozen=True)
class CheckedArticle:
    """The news article the claims come from, as far as the copy checked tells.

    It is the object checked, not a source of facts: it cites nothing, and the copy has no
    public address, so it has no entry in the source registry. ``texts`` say so in each
    language, and that the outlet is unknown when ``outlet`` is None.
    """

    language: str  # the article's own language
    month: str  # YYYY-MM
    outlet: str | None  # None: the copy checked does not name it
    titles: Translated
    texts: Translated

    def title(self, language: str) -> str:
        return self.titles.text(language)

    def text(self, language: str) -> str:
        return self.texts.text(language)


def load_checked_article(data_dir: Path = DATA_DIR) -> CheckedArticle:
    """Read ``claims_article.csv`` (one row); raises ``DataError`` on the first problem."""
    path = data_dir / ARTICLE_FILE
    frame = read_table(path, ARTICLE_COLUMNS, unique=["id"])
    if len(frame) != 1:
        raise DataError(Problem.INCONSISTENT, path.name, detail="expected one article")
    row = frame.iloc[0]
    if not _MONTH.fullmatch(row["month"]):
        raise DataError(
            Problem.BAD_DATE, path.name, 2, "month", row["month"], detail="expected YYYY-MM"
        )
    return CheckedArticle(
        language=row["language"],
        month=row["month"],
        outlet=row["outlet"] or None,
        titles=Translated(**{code: row[f"title_{code}"] for code in LANGUAGE_CODES}),
        texts=Translated(**{code: row[f"text_{code}"] for code in LANGUAGE_CODES}),
    )


def load_claims(
    data_dir: Path = DATA_DIR,
    sources: SourceRegistry | None = None,
    models: ModelsData | None = None,
) -> list[Claim]:
    """Read and validate the claims; raises ``DataError`` on the first problem.

    ``sources`` defaults to the registry in ``data_dir / "sources"``; ``models`` (used to check
    the model and benchmark names a claim highlights) defaults to ``load_models(data_dir)``.
    """
    registry = sources if sources is not None else load_sources(data_dir / "sources")
    path = data_dir / CLAIMS_FILE
    name = path.name
    frame = read_table(path, CLAIM_COLUMNS, unique=["id"])
    _check_numbering(frame, name)
    quotes = read_required_translations(frame, "quote", name)
    facts = read_required_translations(frame, "facts", name)
    _check_french_quotes_keep_guillemets(frame, name)
    _check_french_typography(frame, name)
    check_source_ids(frame, "sources", registry.ids(), name)
    if models is None:
        models = load_models(data_dir, registry)
    _check_chart_items(frame, models, name)
    return [
        Claim(
            number=int(row["id"]),
            quote=quote,
            verdict=Verdict(row["verdict"]),
            facts=fact,
            chart=Chart(row["chart"]) if row["chart"] else None,
            chart_item=row["chart_item"] or None,
            sources=tuple(split_ids(row["sources"])),
        )
        for (_, row), quote, fact in zip(frame.iterrows(), quotes, facts, strict=True)
    ]
