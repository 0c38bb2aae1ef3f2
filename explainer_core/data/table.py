"""Read one CSV data file with pandas and check it against a declared schema.

Every dataset module declares its columns once (``Column``) and calls
``read_table``; the checks and the error messages live only here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from explainer_core.data.errors import DataError, Problem
from explainer_core.languages import LANGUAGE_CODES

ColumnKind = Literal["str", "int", "float", "date", "bool"]
SOURCE_SEPARATOR = ";"
_BOOL_VALUES = {"yes": True, "no": False, "true": True, "false": False}


@dataclass(frozen=True)
class Column:
    """One column of a data file: its type, whether it may be empty, its bounds."""

    name: str
    kind: ColumnKind = "str"
    required: bool = True
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None
    translated: bool = False  # one language of a text_columns() group


def text_columns(stem: str, required: bool = True) -> list[Column]:
    """The ``<stem>_fr``, ``<stem>_de`` and ``<stem>_en`` columns of a translated text."""
    return [Column(f"{stem}_{code}", "str", required, translated=True) for code in LANGUAGE_CODES]


# UTF-8, with or without the byte-order mark that spreadsheet programs add when they save a
# CSV: the mark must not become part of the first column's name.
ENCODING = "utf-8-sig"


def _line(index: int) -> int:
    # pandas rows are 0-based and the header is line 1 of the file.
    return index + 2


def _read_csv(path: Path) -> pd.DataFrame:
    name = path.name
    if not path.is_file():
        raise DataError(Problem.MISSING_FILE, name)
    try:
        raw = path.read_bytes()
        raw.decode(ENCODING)
    except UnicodeDecodeError as exc:
        detail = f"not UTF-8 at byte {exc.start}"
        raise DataError(Problem.BAD_ENCODING, name, detail=detail) from exc
    except OSError as exc:
        raise DataError(Problem.UNREADABLE, name, detail=str(exc)) from exc
    if not raw.strip():
        raise DataError(Problem.EMPTY_FILE, name)
    _check_row_lengths(raw.decode(ENCODING), name)
    try:
        frame = pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            encoding=ENCODING,
            skipinitialspace=False,
            index_col=False,  # never take a column for the index, even on a damaged row
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise DataError(Problem.UNREADABLE, name, detail=str(exc).strip()) from exc
    if frame.empty:
        raise DataError(Problem.EMPTY_FILE, name)
    return frame


def _check_row_lengths(text: str, name: str) -> None:
    """Every row has as many cells as the header.

    pandas would make the first column the index when rows have one cell too many, and
    pads a short row with empty cells: a cut or shifted row must be an error instead.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            return
        for row in reader:
            if row and len(row) != len(header):
                detail = f"{len(row)} cells instead of {len(header)}"
                raise DataError(Problem.UNREADABLE, name, reader.line_num, detail=detail)
    except csv.Error as exc:
        raise DataError(Problem.UNREADABLE, name, reader.line_num, detail=str(exc)) from exc


def _convert(frame: pd.DataFrame, column: Column, name: str) -> pd.Series:
    values = frame[column.name].str.strip()
    empty = values == ""
    if column.required and empty.any():
        index = int(empty.idxmax())
        problem = Problem.MISSING_TRANSLATION if column.translated else Problem.EMPTY_VALUE
        raise DataError(problem, name, _line(index), column.name)
    if column.kind == "str":
        if column.choices is not None:
            bad = ~empty & ~values.isin(column.choices)
            if bad.any():
                index = int(bad.idxmax())
                raise DataError(
                    Problem.BAD_CHOICE,
                    name,
                    _line(index),
                    column.name,
                    values[index],
                    detail="expected one of " + ", ".join(column.choices),
                )
        return values
    if column.kind == "bool":
        lowered = values.str.lower()
        bad = ~empty & ~lowered.isin(_BOOL_VALUES)
        if bad.any():
            index = int(bad.idxmax())
            raise DataError(
                Problem.BAD_CHOICE,
                name,
                _line(index),
                column.name,
                values[index],
                detail="expected yes or no",
            )
        return lowered.map(_BOOL_VALUES).astype("boolean")
    if column.kind == "date":
        converted = pd.to_datetime(values.where(~empty), format="%Y-%m-%d", errors="coerce")
        bad = ~empty & converted.isna()
        if bad.any():
            index = int(bad.idxmax())
            raise DataError(
                Problem.BAD_DATE,
                name,
                _line(index),
                column.name,
                values[index],
                detail="expected YYYY-MM-DD",
            )
    else:
        converted = pd.to_numeric(values.where(~empty), errors="coerce")
        # "inf" and "1e999" parse as numbers, but no figure of ours is infinite.
        bad = ~empty & (converted.isna() | converted.isin([np.inf, -np.inf]))
        if column.kind == "int":
            bad |= ~empty & converted.notna() & (converted != converted.round())
        if bad.any():
            index = int(bad.idxmax())
            raise DataError(Problem.BAD_NUMBER, name, _line(index), column.name, values[index])
        converted = converted.astype("Int64" if column.kind == "int" else "float64")
    _check_range(converted, column, name, values)
    return converted


def _check_range(converted: pd.Series, column: Column, name: str, raw: pd.Series) -> None:
    bounds = [
        (column.minimum, lambda series, bound: series < bound, "below"),
        (column.maximum, lambda series, bound: series > bound, "above"),
    ]
    for bound, outside, word in bounds:
        if bound is None:
            continue
        if column.kind == "date":
            bound = pd.Timestamp(str(bound))
        bad = outside(converted, bound).fillna(False).astype(bool)
        if bad.any():
            index = int(bad.idxmax())
            raise DataError(
                Problem.OUT_OF_RANGE,
                name,
                _line(index),
                column.name,
                raw[index],
                detail=f"{word} {bound}",
            )


# Files already read and checked, by path, modification time and size: the data never
# changes while the app runs, and several views, the Sources dialog and chart files read the
# same files. A file changed on disk (a test that damages a copy) is read again.
_READ: dict[tuple[object, ...], pd.DataFrame] = {}


def read_table(
    path: Path,
    columns: Sequence[Column],
    *,
    unique: Iterable[str] = (),
) -> pd.DataFrame:
    """Read ``path`` and return a typed frame with exactly the declared columns.

    Raises ``DataError`` naming the file, line and column of the first problem.
    ``unique`` names the columns whose combined values identify a row. Each caller gets a
    frame of its own (a copy of one read once).
    """
    try:
        stat = path.stat()
    except OSError:
        key = None  # missing: _read_csv says so
    else:
        key = (str(path), stat.st_mtime_ns, stat.st_size, tuple(columns), tuple(unique))
        if key in _READ:
            return _READ[key].copy()
    typed = _read_checked(path, columns, unique)
    if key is not None:
        _READ[key] = typed.copy()
    return typed


def _read_checked(path: Path, columns: Sequence[Column], unique: Iterable[str]) -> pd.DataFrame:
    name = path.name
    frame = _read_csv(path)
    for column in columns:
        if column.name not in frame.columns:
            raise DataError(Problem.MISSING_COLUMN, name, column=column.name)
    typed = pd.DataFrame({column.name: _convert(frame, column, name) for column in columns})
    key = list(unique)
    if key:
        duplicated = frame.duplicated(subset=key, keep="first")
        if duplicated.any():
            index = int(duplicated.idxmax())
            value = " / ".join(str(frame.at[index, k]) for k in key)
            raise DataError(Problem.DUPLICATE_ROW, name, _line(index), ", ".join(key), value)
    return typed


def split_ids(cell: str) -> list[str]:
    """The source ids of one ``sources`` cell (``"reuters-2025-01-27; cnbc-nvda"``)."""
    return [part.strip() for part in cell.split(SOURCE_SEPARATOR) if part.strip()]


def check_source_ids(frame: pd.DataFrame, column: str, known: set[str], name: str) -> None:
    """Fail on the first row that cites a source id missing from the registry, or none."""
    for index, cell in frame[column].items():
        ids = split_ids(cell)
        if not ids:
            raise DataError(Problem.EMPTY_VALUE, name, _line(index), column)
        for source_id in ids:
            if source_id not in known:
                raise DataError(Problem.UNKNOWN_SOURCE, name, _line(index), column, source_id)
