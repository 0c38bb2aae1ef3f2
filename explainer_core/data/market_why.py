"""Why the markets moved: sourced explanations and quotes, placed where the market tab shows them.

``resources/data/market_why.csv`` holds one item per row: an ``explanation`` (a short text
written for the app, attributed in its own words: "Reuters reported…") or a ``quote`` (the
original words, verbatim, in their own language, with who said them and a translation into
each other interface language). Every item says where it is shown (``place``) and in which
order, and cites the source registry. Items rest only on sources rated high or medium in the
reference notes; a low-confidence claim is never shown as a fact.

``place`` is one of:

* ``section``: the short "Why did it fall?" section of the market tab;
* ``event:<id>``: the card of an event of ``market_events.csv`` (``event:nvidia-shock``);
* ``preset:<preset>``: a preset of the timeline (``preset:power_trade``), by its value in
  ``explainer_core.market.story.Preset``;
* ``mover:<ticker>``: a bar of the movers chart, by a ticker of ``instruments.csv``.

The file is read apart from the rest of the market data, so a damaged file takes away the
explanations and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

import pandas as pd

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.market import EVENTS_FILE, INSTRUMENTS_FILE, MarketData
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.data.table import Column, check_source_ids, read_table, split_ids, text_columns
from explainer_core.data.texts import Translated
from explainer_core.languages import LANGUAGE_CODES, supported_or_default

WHY_FILE = "market_why.csv"

SECTION = "section"
EVENT_PREFIX = "event:"
PRESET_PREFIX = "preset:"
MOVER_PREFIX = "mover:"
# The values of explainer_core.market.story.Preset (a test keeps the two in step; the data
# layer does not import the market story, which imports the data layer).
PRESETS = ("the_shock", "power_trade", "big_tech", "indices")

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class WhyKind(str, Enum):
    EXPLANATION = "explanation"  # the app's own words, attributed
    QUOTE = "quote"  # someone's words, verbatim, with a translation


class Topic(str, Enum):
    """What an item explains: the UI may group or filter by it."""

    CHIPS = "chips"  # chip demand and AI capital spending
    EXPORT_CONTROLS = "export_controls"  # whether the US export controls work
    POWER = "power"  # power stocks tied to AI data centres
    NVIDIA_ANSWER = "nvidia_answer"  # Nvidia's statement of 27 January 2025
    COUNTER = "counter"  # the counter-arguments (Jevons paradox, "overblown")
    REBOUND = "rebound"  # the rebound of 28 January
    SPENDING = "spending"  # Big Tech's spending plans
    LATER = "later"  # what happened next


class Confidence(str, Enum):
    """How sure the reference notes are; a low item is left out, so there is no LOW."""

    HIGH = "high"
    MEDIUM = "medium"


WHY_COLUMNS = [
    Column("id"),
    Column("place"),
    Column("order", "int", minimum=0),
    Column("kind", choices=tuple(kind.value for kind in WhyKind)),
    Column("topic", choices=tuple(topic.value for topic in Topic)),
    Column("reported", "date", required=False),  # the day the source reported it, if known
    *text_columns("title"),
    *text_columns("text"),
    Column("speaker", required=False),  # quotes: a person or an organisation, as named
    *text_columns("role", required=False),  # quotes: role or organisation, translated
    Column("quote", required=False),  # quotes: the original words, never edited
    Column("quote_language", required=False, choices=LANGUAGE_CODES),
    *text_columns("translation", required=False),  # quotes: empty in the quote's language
    Column("confidence", choices=tuple(level.value for level in Confidence)),
    Column("sources"),
]
_QUOTE_ONLY = (
    "speaker",
    "quote",
    "quote_language",
    *(f"{stem}_{code}" for stem in ("role", "translation") for code in LANGUAGE_CODES),
)


@dataclass(frozen=True)
class Quote:
    """Someone's words as they said them, and a translation for the other languages."""

    original: str
    language: str  # the language of ``original``: fr, de or en
    speaker: str  # a person or an organisation, as the source names it
    roles: Translated | None  # e.g. "analyst at Raymond James"; None when the source gives none
    translations: dict[str, str]  # by language code, for every language but ``language``

    def translation(self, language: str) -> str | None:
        """The translation for a reader of ``language``; None when they read the original."""
        code = supported_or_default(language)
        return None if code == self.language else self.translations[code]

    def role(self, language: str) -> str | None:
        return self.roles.text(language) if self.roles else None


@dataclass(frozen=True)
class WhyItem:
    id: str
    place: str
    order: int
    kind: WhyKind
    topic: Topic
    reported: date | None
    titles: Translated
    texts: Translated
    quote: Quote | None  # only for kind QUOTE
    confidence: Confidence
    sources: tuple[str, ...]

    def title(self, language: str) -> str:
        return self.titles.text(language)

    def text(self, language: str) -> str:
        return self.texts.text(language)


@dataclass(frozen=True)
class MarketWhy:
    """Every item, in file order; ``at(place)`` gives one place's items in their order."""

    items: tuple[WhyItem, ...]

    def at(self, place: str) -> tuple[WhyItem, ...]:
        return tuple(sorted((i for i in self.items if i.place == place), key=lambda i: i.order))

    def section(self) -> tuple[WhyItem, ...]:
        return self.at(SECTION)

    def for_event(self, event_id: str) -> tuple[WhyItem, ...]:
        return self.at(EVENT_PREFIX + event_id)

    def for_preset(self, preset: str) -> tuple[WhyItem, ...]:
        """``preset`` is a ``Preset`` or its value (``"power_trade"``)."""
        return self.at(PRESET_PREFIX + str(getattr(preset, "value", preset)))

    def for_mover(self, ticker: str) -> tuple[WhyItem, ...]:
        return self.at(MOVER_PREFIX + ticker)

    def places(self) -> list[str]:
        """Every place that has items, in the order they first appear in the file."""
        return list(dict.fromkeys(item.place for item in self.items))


def load_market_why(
    data_dir: Path = DATA_DIR,
    sources: SourceRegistry | None = None,
    market: MarketData | None = None,
) -> MarketWhy:
    """Read and check ``market_why.csv``; raises ``DataError`` on the first problem.

    A place must name an event, a preset or a ticker that exists: they are taken from
    ``market`` when given, else read from the events and instruments files of ``data_dir``.
    """
    registry = sources if sources is not None else load_sources(data_dir / "sources")
    events, tickers = _places_known(data_dir, market)
    path = data_dir / WHY_FILE
    name = path.name
    frame = read_table(path, WHY_COLUMNS, unique=["id"])
    _check_ids(frame, name)
    _check_places(frame, name, events, tickers)
    _check_orders(frame, name)
    check_source_ids(frame, "sources", registry.ids(), name)
    return MarketWhy(tuple(_item(row, _line(index), name) for index, row in frame.iterrows()))


# --------------------------------------------------------------------------- checks


def _line(index: Hashable) -> int:
    # Frame rows are 0-based and the header is line 1 of the file.
    return int(index) + 2


def _places_known(data_dir: Path, market: MarketData | None) -> tuple[set[str], set[str]]:
    if market is not None:
        return {event.id for event in market.events}, set(market.tickers())
    events = read_table(data_dir / EVENTS_FILE, [Column("id")])
    instruments = read_table(data_dir / INSTRUMENTS_FILE, [Column("ticker")])
    return set(events["id"]), set(instruments["ticker"])


def _check_ids(frame: pd.DataFrame, name: str) -> None:
    for index, value in frame["id"].items():
        if not _SLUG.fullmatch(value):
            raise DataError(
                Problem.BAD_CHOICE,
                name,
                _line(index),
                "id",
                value,
                detail="expected a lowercase kebab-case id",
            )


def _check_places(frame: pd.DataFrame, name: str, events: set[str], tickers: set[str]) -> None:
    for index, place in frame["place"].items():
        if _place_problem(place, events, tickers):
            raise DataError(
                Problem.BAD_CHOICE,
                name,
                _line(index),
                "place",
                place,
                detail=_place_problem(place, events, tickers),
            )


def _place_problem(place: str, events: set[str], tickers: set[str]) -> str:
    """Why ``place`` names nothing the app shows; empty when it is fine."""
    if place == SECTION:
        return ""
    for prefix, known, what in (
        (EVENT_PREFIX, events, f"an event id of {EVENTS_FILE}"),
        (PRESET_PREFIX, set(PRESETS), "a preset (" + ", ".join(PRESETS) + ")"),
        (MOVER_PREFIX, tickers, f"a ticker of {INSTRUMENTS_FILE}"),
    ):
        if place.startswith(prefix):
            return "" if place[len(prefix) :] in known else f"expected {prefix}<{what}>"
    return "expected section, event:<id>, preset:<preset> or mover:<ticker>"


def _check_orders(frame: pd.DataFrame, name: str) -> None:
    duplicated = frame.duplicated(subset=["place", "order"], keep="first")
    if duplicated.any():
        index = duplicated.idxmax()
        value = f"{frame.at[index, 'place']} / {frame.at[index, 'order']}"
        raise DataError(
            Problem.DUPLICATE_ROW,
            name,
            _line(index),
            "order",
            value,
            detail="two items share a place and an order",
        )


# --------------------------------------------------------------------------- building


def _texts(row: pd.Series, stem: str) -> Translated:
    return Translated(**{code: str(row[f"{stem}_{code}"]) for code in LANGUAGE_CODES})


def _item(row: pd.Series, line: int, name: str) -> WhyItem:
    kind = WhyKind(row["kind"])
    quote = _quote(row, line, name) if kind is WhyKind.QUOTE else None
    if quote is None:
        for column in _QUOTE_ONLY:
            if str(row[column]):
                raise DataError(
                    Problem.INCONSISTENT,
                    name,
                    line,
                    column,
                    str(row[column]),
                    detail="only a quote has a speaker, a quote and translations",
                )
    reported = row["reported"]
    return WhyItem(
        id=row["id"],
        place=row["place"],
        order=int(row["order"]),
        kind=kind,
        topic=Topic(row["topic"]),
        reported=None if pd.isna(reported) else reported.date(),
        titles=_texts(row, "title"),
        texts=_texts(row, "text"),
        quote=quote,
        confidence=Confidence(row["confidence"]),
        sources=tuple(split_ids(row["sources"])),
    )


def _quote(row: pd.Series, line: int, name: str) -> Quote:
    for column in ("quote", "speaker", "quote_language"):
        if not str(row[column]):
            raise DataError(Problem.EMPTY_VALUE, name, line, column, detail="a quote needs it")
    language = str(row["quote_language"])
    translations: dict[str, str] = {}
    for code in LANGUAGE_CODES:
        column = f"translation_{code}"
        text = str(row[column])
        if code == language and text:
            raise DataError(
                Problem.INCONSISTENT,
                name,
                line,
                column,
                text,
                detail="no translation in the quote's own language: the original is shown",
            )
        if code != language:
            if not text:
                raise DataError(Problem.MISSING_TRANSLATION, name, line, column)
            translations[code] = text
    roles = [str(row[f"role_{code}"]) for code in LANGUAGE_CODES]
    if any(roles) and not all(roles):
        code = LANGUAGE_CODES[roles.index("")]
        raise DataError(Problem.MISSING_TRANSLATION, name, line, f"role_{code}")
    return Quote(
        original=str(row["quote"]),
        language=language,
        speaker=str(row["speaker"]),
        roles=_texts(row, "role") if any(roles) else None,
        translations=translations,
    )
