"""The one error type raised for a damaged or missing data file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Problem(str, Enum):
    """What is wrong; the UI turns each kind into a sentence in the user's language."""

    MISSING_FILE = "missing_file"
    EMPTY_FILE = "empty_file"
    BAD_ENCODING = "bad_encoding"
    UNREADABLE = "unreadable"
    MISSING_COLUMN = "missing_column"
    EMPTY_VALUE = "empty_value"
    BAD_NUMBER = "bad_number"
    BAD_DATE = "bad_date"
    BAD_CHOICE = "bad_choice"
    OUT_OF_RANGE = "out_of_range"
    DUPLICATE_ROW = "duplicate_row"
    UNKNOWN_SOURCE = "unknown_source"
    MISSING_TRANSLATION = "missing_translation"
    INCONSISTENT = "inconsistent"


@dataclass(frozen=True)
class DataError(Exception):
    """A data file failed validation.

    ``row`` is the line number in the file as a person sees it in an editor
    (the header is line 1), or ``None`` when the whole file is at fault.
    """

    problem: Problem
    file: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    detail: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", line {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        text = f"{where}: {self.problem.value.replace('_', ' ')}"
        if self.value is not None:
            text += f" ({self.value!r})"
        if self.detail:
            text += f" - {self.detail}"
        return text
