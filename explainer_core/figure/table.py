"""What a chart shows, as a table: the numbers behind a figure, for the screen (a sortable
table, a screen reader's alternative to the chart), the clipboard and data files.

Values are the dataset's own (a close of 118.42 stays 118.42, a move of −16.9709… stays
exact): only the screen rounds them, to ``Column.decimals``. Headers are in the table's
language, with their unit.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import Enum

from explainer_core.figure.checks import FigureError, frozen_tuple

Value = float | int | str | dt.date | None


class ColumnKind(str, Enum):
    TEXT = "text"
    NUMBER = "number"
    PERCENT = "percent"  # a number in percent (−16.97 means −16.97 %)
    DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str  # stable, language-free: the CSV's machine name is the header, not this
    header: str  # in the table's language, unit included: "Close (US$)"
    kind: ColumnKind = ColumnKind.TEXT
    decimals: int | None = None  # shown on screen; files keep every digit


@dataclass(frozen=True)
class ChartTable:
    chart_id: str
    language: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    sources: tuple[str, ...] = ()  # one line a source: publisher, title, date, address
    notes: tuple[str, ...] = ()  # caveats: what a figure covers, adjusted closes …
    licence: str = ""

    def __post_init__(self) -> None:
        frozen_tuple(self, "columns")
        object.__setattr__(self, "rows", tuple(tuple(row) for row in self.rows))
        frozen_tuple(self, "sources")
        frozen_tuple(self, "notes")
        for number, row in enumerate(self.rows, 1):
            if len(row) != len(self.columns):
                raise FigureError(
                    f"{self.chart_id}: row {number} has {len(row)} values for "
                    f"{len(self.columns)} columns"
                )
            for value in row:
                if isinstance(value, float) and not math.isfinite(value):
                    raise FigureError(f"{self.chart_id}: row {number} has {value!r}: use None")

    def column(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    def values(self, key: str) -> list[Value]:
        index = self.column(key)
        return [row[index] for row in self.rows]
