"""Turn a ``DataError`` into a sentence in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explainer_core.data.errors import DataError, Problem
from explainer_core.templates import fill


def _problem_text(problem: Problem) -> str:
    # Each literal is spelled out so that lupdate finds it.
    texts = {
        Problem.MISSING_FILE: QCoreApplication.translate("DataErrorText", "the file is missing"),
        Problem.EMPTY_FILE: QCoreApplication.translate("DataErrorText", "the file is empty"),
        Problem.BAD_ENCODING: QCoreApplication.translate(
            "DataErrorText", "the file is not encoded in UTF-8"
        ),
        Problem.UNREADABLE: QCoreApplication.translate(
            "DataErrorText", "the file cannot be read as a table"
        ),
        Problem.MISSING_COLUMN: QCoreApplication.translate(
            "DataErrorText", "a required column is missing"
        ),
        Problem.EMPTY_VALUE: QCoreApplication.translate(
            "DataErrorText", "a required value is empty"
        ),
        Problem.BAD_NUMBER: QCoreApplication.translate("DataErrorText", "a value is not a number"),
        Problem.BAD_DATE: QCoreApplication.translate("DataErrorText", "a date is not valid"),
        Problem.BAD_CHOICE: QCoreApplication.translate(
            "DataErrorText", "a value is not one of the allowed ones"
        ),
        Problem.OUT_OF_RANGE: QCoreApplication.translate(
            "DataErrorText", "a value is outside its possible range"
        ),
        Problem.DUPLICATE_ROW: QCoreApplication.translate("DataErrorText", "a row appears twice"),
        Problem.UNKNOWN_SOURCE: QCoreApplication.translate(
            "DataErrorText", "a row cites a source that is not in the source list"
        ),
        Problem.MISSING_TRANSLATION: QCoreApplication.translate(
            "DataErrorText", "a text is missing in one of the languages"
        ),
        Problem.INCONSISTENT: QCoreApplication.translate(
            "DataErrorText", "a value contradicts the reference facts"
        ),
    }
    return texts[problem]


def describe_data_error(error: DataError) -> str:
    """One or two sentences naming the file, line and column, and what is wrong there."""
    if error.row is not None and error.column:
        where = fill(
            QCoreApplication.translate("DataErrorText", "In %1, line %2, column “%3”"),
            error.file,
            str(error.row),
            error.column,
        )
    elif error.row is not None:
        where = fill(
            QCoreApplication.translate("DataErrorText", "In %1, line %2"),
            error.file,
            str(error.row),
        )
    elif error.column:
        where = fill(
            QCoreApplication.translate("DataErrorText", "In %1, column “%2”"),
            error.file,
            error.column,
        )
    else:
        where = fill(QCoreApplication.translate("DataErrorText", "In %1"), error.file)
    sentence = QCoreApplication.translate("DataErrorText", "%1: %2.")
    sentence = fill(sentence, where, _problem_text(error.problem))
    if error.value is not None:
        value = QCoreApplication.translate("DataErrorText", "Value found: “%1”.")
        sentence += " " + fill(value, error.value)
    return sentence


def data_unavailable_text() -> str:
    return QCoreApplication.translate(
        "DataErrorText",
        "This view cannot show its data because a data file is damaged. The other tabs still "
        "work. Reinstalling the app restores the original files.",
    )
