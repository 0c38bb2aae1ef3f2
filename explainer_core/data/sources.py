"""The source registry: every data row cites its sources by id from here.

The registry is kept as one CSV per subject in ``resources/data/sources/``
(market, export controls, models, claims) so each subject's sources can be
reviewed beside its data; loaded, they form one registry with unique ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.paths import SOURCES_DIR
from explainer_core.data.table import Column, read_table, text_columns
from explainer_core.data.texts import Translated
from explainer_core.languages import LANGUAGE_CODES

# ``title`` and ``publisher`` are the English texts the views first read; ``title_fr`` … say
# the same in each language (a headline is described, not quoted; proper names stay).
SOURCE_COLUMNS = [
    Column("id"),
    Column("title"),
    *text_columns("title"),
    Column("publisher"),
    *text_columns("publisher"),
    Column("date", "date", required=False),  # empty where the source gives no date
    Column("url"),
]


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    published: date | None
    url: str
    subject: str  # the registry file it comes from: market, export_controls, models, claims
    titles: Translated | None = None
    publishers: Translated | None = None  # e.g. "Yahoo Finance (copie sur GitHub : …)"

    def title_in(self, language: str) -> str:
        """What the source is, for a reader of ``language``."""
        return self.titles.text(language) if self.titles else self.title

    def publisher_in(self, language: str) -> str:
        """Who published it (and where the copy used is), for a reader of ``language``."""
        return self.publishers.text(language) if self.publishers else self.publisher


class SourceRegistry:
    """All sources by id."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self._sources = sources

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._sources

    def __getitem__(self, source_id: str) -> Source:
        return self._sources[source_id]

    def __len__(self) -> int:
        return len(self._sources)

    def ids(self) -> set[str]:
        return set(self._sources)

    def all(self) -> list[Source]:
        return list(self._sources.values())


def load_sources(directory: Path = SOURCES_DIR) -> SourceRegistry:
    files = sorted(directory.glob("*.csv"))
    if not files:
        raise DataError(Problem.MISSING_FILE, f"{directory.name}/*.csv")
    sources: dict[str, Source] = {}
    for path in files:
        frame = read_table(path, SOURCE_COLUMNS, unique=["id"])
        for stem in ("title", "publisher"):
            _check_english_beside(frame, stem, path.name)
        # Plain column lists, not iterrows: the registry is read whenever a dataset loads.
        dates = [None if pd.isna(day) else day.date() for day in frame["date"]]
        titles = _translated(frame, "title")
        publishers = _translated(frame, "publisher")
        rows = zip(frame["id"], frame["title"], frame["publisher"], frame["url"], strict=True)
        for line, (source_id, title, publisher, url) in enumerate(rows, start=2):
            if source_id in sources:
                raise DataError(Problem.DUPLICATE_ROW, path.name, line, "id", source_id)
            sources[source_id] = Source(
                source_id,
                title,
                publisher,
                dates[line - 2],
                url,
                path.stem,
                titles=titles[line - 2],
                publishers=publishers[line - 2],
            )
    return SourceRegistry(sources)


def _check_english_beside(frame: pd.DataFrame, stem: str, name: str) -> None:
    """``title`` (read by the views) and ``title_en`` say the same; likewise the publisher."""
    differs = frame[stem] != frame[f"{stem}_en"]
    if differs.any():
        index = int(differs.idxmax())
        raise DataError(
            Problem.INCONSISTENT,
            name,
            index + 2,
            f"{stem}_en",
            frame.at[index, f"{stem}_en"],
            detail=f"differs from the column '{stem}'",
        )


def _translated(frame: pd.DataFrame, stem: str) -> list[Translated]:
    columns = [frame[f"{stem}_{code}"].tolist() for code in LANGUAGE_CODES]
    return [Translated(*texts) for texts in zip(*columns, strict=True)]
