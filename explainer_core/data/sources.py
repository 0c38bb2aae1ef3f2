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
from explainer_core.data.table import Column, read_table

SOURCE_COLUMNS = [
    Column("id"),
    Column("title"),
    Column("publisher"),
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
        for index, row in frame.iterrows():
            if row["id"] in sources:
                raise DataError(Problem.DUPLICATE_ROW, path.name, int(index) + 2, "id", row["id"])
            published = None if pd.isna(row["date"]) else row["date"].date()
            sources[row["id"]] = Source(
                row["id"], row["title"], row["publisher"], published, row["url"], path.stem
            )
    return SourceRegistry(sources)
