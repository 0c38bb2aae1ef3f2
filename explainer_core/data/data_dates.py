"""How recent the data is: the "as of" date that Help ▸ About shows (pandas, no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from explainer_core.data.export_controls import ExportControlsData, load_export_controls
from explainer_core.data.market import MarketData, load_market
from explainer_core.data.models import ModelsData, load_models
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import load_sources


@dataclass(frozen=True)
class DataDates:
    as_of: dt.date  # the latest dated entry anywhere in the data
    last_price_day: dt.date  # the last trading day with market prices


def _latest(days: Iterable[dt.date | None]) -> dt.date | None:
    return max((day for day in days if day is not None), default=None)


def _as_of_day(text: str) -> dt.date:
    """A cost's ``as_of`` (``YYYY-MM`` or ``YYYY-MM-DD``); a month counts from its first day,
    so the app never claims more recent data than the source gives."""
    return dt.date.fromisoformat(text if len(text) == 10 else f"{text}-01")


def data_dates(market: MarketData, export: ExportControlsData, models: ModelsData) -> DataDates:
    """The latest price day, and the latest date of any price, event, fact, release, cost or
    price change. Publication dates of the sources are left out: they date articles, not data."""
    last_price_day = market.closes.index.max().date()
    candidates = [
        last_price_day,
        _latest(event.day for event in market.events),
        _latest(figure.day for figure in market.figures),
        _latest(event.date for event in export.events),
        _latest(fact.date for fact in export.hardware),
        _latest(model.release_date for model in models.models),
        _latest(_as_of_day(cost.as_of) for cost in models.costs),
        _latest(price.effective_from for price in models.prices),
        _latest(price.effective_to for price in models.prices),
    ]
    return DataDates(as_of=_latest(candidates) or last_price_day, last_price_day=last_price_day)


def load_data_dates(data_dir: Path = DATA_DIR) -> DataDates:
    """Load the datasets and date them; raises ``DataError`` if one cannot be read."""
    registry = load_sources(data_dir / "sources")
    return data_dates(
        load_market(data_dir, registry),
        load_export_controls(data_dir, registry),
        load_models(data_dir, registry),
    )
