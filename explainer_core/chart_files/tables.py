"""A chart's table as data files, through pandas: CSV (with a text file beside it that says
what it is) and an Excel workbook (a data sheet and an "about" sheet).

Numbers are the dataset's, every digit kept, in machine-readable form (a point for decimals,
no thousands separator); dates are ISO (2025-01-27). Headers are in the table's language.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from explainer_core.figure.table import ChartTable, ColumnKind
from explainer_core.templates import fill
from explainer_core.words import Words


def table_frame(table: ChartTable) -> pd.DataFrame:
    """The table as a DataFrame: one column a chart column, headed in the table's language."""
    frame = pd.DataFrame(list(table.rows), columns=[column.header for column in table.columns])
    for column in table.columns:
        if column.kind in (ColumnKind.NUMBER, ColumnKind.PERCENT):
            frame[column.header] = pd.to_numeric(frame[column.header], errors="coerce")
    return frame


def about_lines(table: ChartTable, words: Words, written: dt.date) -> list[tuple[str, str]]:
    """What the data is, where it comes from and its caveats: (heading, text) pairs."""
    lines = [(words.translate("DataFiles", "Title"), table.title)]
    lines += [(words.translate("DataFiles", "Note"), note) for note in table.notes]
    lines += [(words.translate("DataFiles", "Source"), source) for source in table.sources]
    if table.licence:
        lines.append((words.translate("DataFiles", "Licence"), table.licence))
    lines.append((words.translate("DataFiles", "Written on"), written.isoformat()))
    return lines


def csv_bytes(table: ChartTable) -> bytes:
    """UTF-8, comma-separated, one header row; missing values left empty."""
    return table_frame(table).to_csv(index=False, lineterminator="\n").encode("utf-8")


def about_text(table: ChartTable, words: Words, written: dt.date) -> bytes:
    """The text file written beside a CSV: title, notes, sources, licence, date."""
    line = words.translate("DataFiles", "%1: %2")  # French puts a space before the colon
    lines = [fill(line, heading, text) for heading, text in about_lines(table, words, written)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_bytes(table: ChartTable, words: Words, written: dt.date) -> bytes:
    """A workbook with the data on its first sheet and what it is on the second."""
    buffer = io.BytesIO()
    about = pd.DataFrame(about_lines(table, words, written), columns=["", ""])
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        # Excel's sheet names: 31 characters at most, no [ ] : * ? / \.
        table_frame(table).to_excel(
            writer, sheet_name=words.translate("DataFiles", "Data")[:31], index=False
        )
        about.to_excel(
            writer, sheet_name=words.translate("DataFiles", "About")[:31], index=False, header=False
        )
        for sheet in writer.sheets.values():
            for cells in sheet.columns:
                width = max(len(str(cell.value or "")) for cell in cells)
                sheet.column_dimensions[cells[0].column_letter].width = min(width + 2, 80)
    return buffer.getvalue()
