"""Damaging copies of the shipped CSV files, for the data layer's corruption tests."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

Row = dict[str, str]


def damage(path: Path, change: Callable[[list[Row]], list[Row]], drop: str | None = None) -> None:
    """Rewrite a CSV after ``change`` edits its rows; ``drop`` removes a column."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [name for name in reader.fieldnames or [] if name != drop]
        rows = change(list(reader))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def set_cell(index: int, column: str, value: str) -> Callable[[list[Row]], list[Row]]:
    def change(rows: list[Row]) -> list[Row]:
        rows[index][column] = value
        return rows

    return change
