"""Which sources the data actually cites: what Help ▸ Sources lists (pandas, no Qt).

The registry may hold sources that no row cites any more; the Sources dialog shows only
the cited ones, so every entry it lists backs a figure or a text somewhere in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from explainer_core.data.claims import Claim, load_claims
from explainer_core.data.errors import DataError
from explainer_core.data.export_controls import ExportControlsData, load_export_controls
from explainer_core.data.market import MarketData, load_market
from explainer_core.data.market_why import MarketWhy, load_market_why
from explainer_core.data.models import ModelsData, load_models
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.data.table import split_ids


def _cited_by(rows: Iterable[object]) -> set[str]:
    """The union of the ``sources`` of every row (each row is a dataclass with ``sources``)."""
    return {source_id for row in rows for source_id in row.sources}  # type: ignore[attr-defined]


def market_citations(data: MarketData) -> set[str]:
    # The price table keeps its sources as the raw cell ("a; b"), one per row.
    prices = {
        source_id for cell in data.prices["sources"].unique() for source_id in split_ids(cell)
    }
    return prices | _cited_by(data.instruments) | _cited_by(data.events) | _cited_by(data.figures)


def market_why_citations(data: MarketWhy) -> set[str]:
    return _cited_by(data.items)


def export_controls_citations(data: ExportControlsData) -> set[str]:
    return _cited_by(data.chips) | _cited_by(data.events) | _cited_by(data.hardware)


def models_citations(data: ModelsData) -> set[str]:
    rows = (data.models, data.costs, data.benchmarks, data.benchmarks_alt, data.prices)
    return set().union(*(_cited_by(table) for table in rows))


def claims_citations(claims: list[Claim]) -> set[str]:
    return _cited_by(claims)


@dataclass(frozen=True)
class Citations:
    """The ids cited by the datasets that loaded, and the errors of those that did not."""

    ids: frozenset[str]
    errors: tuple[DataError, ...]


def collect_citations(
    data_dir: Path = DATA_DIR, registry: SourceRegistry | None = None
) -> Citations:
    """Load every dataset and gather the source ids they cite.

    A damaged dataset does not hide the others' sources: its error is kept and the
    remaining datasets are still read. Raises ``DataError`` only if the registry itself
    cannot be read.
    """
    registry = registry if registry is not None else load_sources(data_dir / "sources")
    ids: set[str] = set()
    errors: list[DataError] = []
    models: ModelsData | None = None

    def gather(load: Callable[[], set[str]]) -> None:
        try:
            ids.update(load())
        except DataError as error:
            errors.append(error)

    def load_models_once() -> set[str]:
        nonlocal models
        models = load_models(data_dir, registry)
        return models_citations(models)

    gather(lambda: market_citations(load_market(data_dir, registry)))
    gather(lambda: market_why_citations(load_market_why(data_dir, registry)))
    gather(lambda: export_controls_citations(load_export_controls(data_dir, registry)))
    gather(load_models_once)
    gather(lambda: claims_citations(load_claims(data_dir, registry, models)))
    return Citations(frozenset(ids), tuple(errors))


def uncited_source_ids(registry: SourceRegistry, cited: Iterable[str]) -> set[str]:
    """Registry entries no data row cites (candidates for clean-up, not shown to users)."""
    return registry.ids() - set(cited)
