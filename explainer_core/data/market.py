"""The market dataset: daily prices, instruments, timeline events and headline figures.

Four files in ``resources/data/`` (see ``load_market``). Everything is checked
on load; the first problem raises ``DataError`` naming file, line and column.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.data.table import (
    Column,
    check_source_ids,
    read_table,
    split_ids,
    text_columns,
)
from explainer_core.data.texts import Translated
from explainer_core.languages import LANGUAGE_CODES

PRICES_FILE = "market_prices.csv"
INSTRUMENTS_FILE = "instruments.csv"
EVENTS_FILE = "market_events.csv"
FIGURES_FILE = "market_figures.csv"

# The price window of the reference data; events must fall inside it too.
WINDOW_START = pd.Timestamp("2024-10-01")
WINDOW_END = pd.Timestamp("2025-06-30")

PRICE_FIELDS = ("open", "high", "low", "close")
CLOSE_KINDS = ("unadjusted", "adjusted")
GROUPS = ("ai_chips", "big_tech", "power_energy", "indices_funds")
INSTRUMENT_KINDS = ("stock", "adr", "etf", "index")
EVENT_KINDS = ("deepseek", "policy", "market", "company")
UNITS = ("usd", "pct", "points")
QUALIFIERS = ("about", "almost", "more_than")
LABEL_MAX_CHARS = 18  # chart markers sit side by side on the timeline

PRICE_COLUMNS = [
    Column("date", "date"),
    Column("ticker"),
    *(Column(field, "float") for field in PRICE_FIELDS),
    Column("volume", "int", required=False, minimum=0),  # blank for ^NDX
    Column("close_kind", choices=CLOSE_KINDS),
    Column("sources"),
]
INSTRUMENT_COLUMNS = [
    Column("ticker"),
    Column("name"),
    Column("kind", choices=INSTRUMENT_KINDS),
    Column("group", choices=GROUPS),
    Column("exchange", required=False),  # for an index: its provider
    Column("currency", required=False),  # blank for an index, quoted in points
    Column("shares_outstanding", "int", required=False, minimum=1),
    *text_columns("note", required=False),
    Column("sources"),
]
EVENT_COLUMNS = [
    Column("id"),
    Column("date", "date"),
    Column("kind", choices=EVENT_KINDS),
    *text_columns("label"),
    *text_columns("title"),
    *text_columns("text"),
    Column("sources"),
]
FIGURE_COLUMNS = [
    Column("id"),
    *text_columns("label"),
    Column("value", "float", required=False),  # blank when the figure is a range
    Column("unit", choices=UNITS),
    Column("qualifier", required=False, choices=QUALIFIERS),
    Column("low", "float", required=False),
    Column("high", "float", required=False),
    Column("date", "date", required=False),  # blank when the source gives no day
    *text_columns("caveat"),
    Column("sources"),
]


@dataclass(frozen=True)
class Instrument:
    ticker: str
    name: str
    kind: str  # stock, adr, etf or index
    group: str  # ai_chips, big_tech, power_energy or indices_funds
    exchange: str | None
    currency: str | None  # None for an index (points)
    shares_outstanding: int | None  # only where a source gives it (NVDA, approximate)
    notes: Translated | None
    sources: tuple[str, ...]

    @property
    def is_index(self) -> bool:
        return self.kind == "index"

    def note(self, language: str) -> str | None:
        return self.notes.text(language) if self.notes else None


@dataclass(frozen=True)
class MarketEvent:
    id: str
    day: date
    kind: str  # deepseek, policy, market or company
    labels: Translated  # at most LABEL_MAX_CHARS characters: the chart marker
    titles: Translated
    texts: Translated
    sources: tuple[str, ...]

    def label(self, language: str) -> str:
        return self.labels.text(language)

    def title(self, language: str) -> str:
        return self.titles.text(language)

    def text(self, language: str) -> str:
        return self.texts.text(language)


@dataclass(frozen=True)
class MarketFigure:
    """A headline number with no price series behind it (e.g. Nvidia's $589-593 bn loss)."""

    id: str
    labels: Translated
    value: float | None  # None for a pure range
    unit: str  # usd (whole dollars), pct (percent) or points
    qualifier: str | None  # about, almost, more_than; None when stated plainly
    low: float | None
    high: float | None
    day: date | None
    caveats: Translated
    sources: tuple[str, ...]

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None

    def label(self, language: str) -> str:
        return self.labels.text(language)

    def caveat(self, language: str) -> str:
        return self.caveats.text(language)


@dataclass(frozen=True, eq=False)
class MarketData:
    """The loaded, validated market dataset.

    ``prices``: long table (date, ticker, open, high, low, close, volume,
    close_kind, sources), sorted by ticker then date. ``closes``: one column
    per ticker in instrument order, DatetimeIndex of trading days, NaN where
    a ticker has no row. ``close_kinds``: the same shape, whether each close is as traded
    (``unadjusted``) or dividend-adjusted (``adjusted``): the files stitch both kinds.
    """

    prices: pd.DataFrame
    closes: pd.DataFrame
    close_kinds: pd.DataFrame
    instruments: tuple[Instrument, ...]
    events: tuple[MarketEvent, ...]  # by date
    figures: tuple[MarketFigure, ...]

    def instrument(self, ticker: str) -> Instrument:
        for instrument in self.instruments:
            if instrument.ticker == ticker:
                return instrument
        raise KeyError(ticker)

    def tickers(self, group: str | None = None) -> list[str]:
        """Tickers in file order, optionally only those of one group."""
        return [i.ticker for i in self.instruments if group is None or i.group == group]

    def figure(self, figure_id: str) -> MarketFigure:
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        raise KeyError(figure_id)


def load_market(data_dir: Path = DATA_DIR, sources: SourceRegistry | None = None) -> MarketData:
    """Read and check the four market files in ``data_dir``.

    ``sources`` is the source registry every row must cite from; by default
    it is loaded from ``data_dir / "sources"``.
    """
    registry = sources if sources is not None else load_sources(data_dir / "sources")
    known = registry.ids()
    instruments = _read_instruments(data_dir / INSTRUMENTS_FILE, known)
    prices = _read_prices(data_dir / PRICES_FILE, known, instruments)
    _check_every_instrument_has_prices(instruments, prices)
    return MarketData(
        prices=prices,
        closes=_by_day(prices, instruments, "close"),
        close_kinds=_by_day(prices, instruments, "close_kind"),
        instruments=tuple(_instrument(row) for row in _records(instruments)),
        events=_read_events(data_dir / EVENTS_FILE, known),
        figures=_read_figures(data_dir / FIGURES_FILE, known),
    )


# --------------------------------------------------------------------------- files


def _read_prices(path: Path, known: set[str], instruments: pd.DataFrame) -> pd.DataFrame:
    name = path.name
    prices = read_table(path, PRICE_COLUMNS, unique=["date", "ticker"])
    for field in PRICE_FIELDS:
        _fail_on_first(
            prices[field] <= 0, Problem.OUT_OF_RANGE, name, field, prices[field], "must be above 0"
        )
    _fail_on_first(
        prices["low"] > prices[["open", "close"]].min(axis=1),
        Problem.INCONSISTENT,
        name,
        "low",
        prices["low"],
        "low is above the open or the close",
    )
    _fail_on_first(
        prices["high"] < prices[["open", "close"]].max(axis=1),
        Problem.INCONSISTENT,
        name,
        "high",
        prices["high"],
        "high is below the open or the close",
    )
    _check_window(prices, name)
    _fail_on_first(
        ~prices["ticker"].isin(instruments["ticker"]),
        Problem.INCONSISTENT,
        name,
        "ticker",
        prices["ticker"],
        f"not in {INSTRUMENTS_FILE}",
    )
    _check_sources(prices, name, known)
    return prices.sort_values(["ticker", "date"], ignore_index=True)


def _read_instruments(path: Path, known: set[str]) -> pd.DataFrame:
    instruments = read_table(path, INSTRUMENT_COLUMNS, unique=["ticker"])
    _check_complete_translation(instruments, "note", path.name)
    _check_sources(instruments, path.name, known)
    return instruments


def _read_events(path: Path, known: set[str]) -> tuple[MarketEvent, ...]:
    events = read_table(path, EVENT_COLUMNS, unique=["id"])
    _check_window(events, path.name)
    for code in LANGUAGE_CODES:
        column = f"label_{code}"
        _fail_on_first(
            events[column].str.len() > LABEL_MAX_CHARS,
            Problem.OUT_OF_RANGE,
            path.name,
            column,
            events[column],
            f"longer than {LABEL_MAX_CHARS} characters",
        )
    _check_sources(events, path.name, known)
    events = events.sort_values("date", kind="stable")
    return tuple(_event(row) for row in _records(events))


def _read_figures(path: Path, known: set[str]) -> tuple[MarketFigure, ...]:
    name = path.name
    figures = read_table(path, FIGURE_COLUMNS, unique=["id"])
    has_range = figures["low"].notna() & figures["high"].notna()
    _fail_on_first(
        figures["value"].isna() & ~has_range,
        Problem.EMPTY_VALUE,
        name,
        "value",
        figures["value"],
        "give a value, or both low and high",
    )
    _fail_on_first(
        figures["low"].notna() != figures["high"].notna(),
        Problem.INCONSISTENT,
        name,
        "high",
        figures["high"],
        "low and high go together",
    )
    _fail_on_first(
        has_range & (figures["low"] > figures["high"]),
        Problem.INCONSISTENT,
        name,
        "low",
        figures["low"],
        "low is above high",
    )
    _check_sources(figures, name, known)
    return tuple(_figure(row) for row in _records(figures))


# --------------------------------------------------------------------------- checks


def _fail_on_first(
    bad: pd.Series,
    problem: Problem,
    file: str,
    column: str,
    values: pd.Series,
    detail: str = "",
) -> None:
    """Raise ``problem`` for the first row where ``bad`` is true, if any."""
    bad = bad.fillna(False).astype(bool)
    if bad.any():
        index = int(bad.idxmax())
        # rows are 0-based and the header is line 1 of the file
        raise DataError(problem, file, index + 2, column, _shown(values[index]), detail)


def _shown(value: object) -> str:
    if isinstance(value, pd.Timestamp):
        return str(value.date())
    return str(value)


def _check_window(frame: pd.DataFrame, file: str) -> None:
    outside = (frame["date"] < WINDOW_START) | (frame["date"] > WINDOW_END)
    window = f"outside {WINDOW_START.date()}..{WINDOW_END.date()}"
    _fail_on_first(outside, Problem.OUT_OF_RANGE, file, "date", frame["date"], window)


def _check_complete_translation(frame: pd.DataFrame, stem: str, file: str) -> None:
    """An optional text is either blank in every language or present in all of them."""
    columns = [f"{stem}_{code}" for code in LANGUAGE_CODES]
    present = frame[columns] != ""
    some = present.any(axis=1)
    for column in columns:
        _fail_on_first(
            some & ~present[column],
            Problem.MISSING_TRANSLATION,
            file,
            column,
            frame[column],
        )


def _check_sources(frame: pd.DataFrame, file: str, known: set[str]) -> None:
    # Thousands of price rows share a few dozen cells: check each distinct cell
    # once, and walk the rows only to name the line of a failure.
    cells: Iterable[str] = frame["sources"].unique()
    if all(_cites_only_known(cell, known) for cell in cells):
        return
    check_source_ids(frame, "sources", known, file)


def _cites_only_known(cell: str, known: set[str]) -> bool:
    ids = split_ids(cell)
    return bool(ids) and all(source_id in known for source_id in ids)


def _check_every_instrument_has_prices(instruments: pd.DataFrame, prices: pd.DataFrame) -> None:
    _fail_on_first(
        ~instruments["ticker"].isin(prices["ticker"]),
        Problem.INCONSISTENT,
        INSTRUMENTS_FILE,
        "ticker",
        instruments["ticker"],
        f"no rows in {PRICES_FILE}",
    )


# --------------------------------------------------------------------------- building


def _by_day(prices: pd.DataFrame, instruments: pd.DataFrame, field: str) -> pd.DataFrame:
    """One of the price table's fields as a frame: a row per trading day, a column per ticker."""
    table = prices.pivot(index="date", columns="ticker", values=field)
    table = table.reindex(columns=list(instruments["ticker"]))
    table.index = pd.DatetimeIndex(table.index, name="date")
    table.columns.name = "ticker"
    return table


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return frame.to_dict("records")


def _texts(row: dict[str, Any], stem: str) -> Translated:
    return Translated(**{code: row[f"{stem}_{code}"] for code in LANGUAGE_CODES})


def _optional(value: Any) -> Any:
    """None for a blank cell (empty text, NaN, NA or NaT)."""
    if isinstance(value, str):
        return value or None
    return None if pd.isna(value) else value


def _number(value: Any) -> float | None:
    value = _optional(value)
    return None if value is None else float(value)


def _day(value: Any) -> date | None:
    value = _optional(value)
    return None if value is None else value.date()


def _ids(cell: str) -> tuple[str, ...]:
    return tuple(split_ids(cell))


def _instrument(row: dict[str, Any]) -> Instrument:
    shares = _optional(row["shares_outstanding"])
    has_note = bool(row[f"note_{LANGUAGE_CODES[0]}"])
    return Instrument(
        ticker=row["ticker"],
        name=row["name"],
        kind=row["kind"],
        group=row["group"],
        exchange=_optional(row["exchange"]),
        currency=_optional(row["currency"]),
        shares_outstanding=None if shares is None else int(shares),
        notes=_texts(row, "note") if has_note else None,
        sources=_ids(row["sources"]),
    )


def _event(row: dict[str, Any]) -> MarketEvent:
    return MarketEvent(
        id=row["id"],
        day=row["date"].date(),
        kind=row["kind"],
        labels=_texts(row, "label"),
        titles=_texts(row, "title"),
        texts=_texts(row, "text"),
        sources=_ids(row["sources"]),
    )


def _figure(row: dict[str, Any]) -> MarketFigure:
    return MarketFigure(
        id=row["id"],
        labels=_texts(row, "label"),
        value=_number(row["value"]),
        unit=row["unit"],
        qualifier=_optional(row["qualifier"]),
        low=_number(row["low"]),
        high=_number(row["high"]),
        day=_day(row["date"]),
        caveats=_texts(row, "caveat"),
        sources=_ids(row["sources"]),
    )
