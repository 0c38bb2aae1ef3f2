"""The R1 paper's Table 5: the distilled models and their baselines, as a table to read,
sort and copy."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from explainer_core.data.models import BenchmarkTable, Model
from explainer_core.models.comparison import DistilledCell, Measure, caveats_for, distilled_table
from explainer_core.models.figures_benchmarks import benchmarks_texts
from explainer_core.models.states import BenchmarksState
from explainer_core.models.texts import exact_number, measure_text
from explainer_core.templates import fill
from ui.models.section import SectionContext
from ui.models.texts import model_tooltip, small_font, title_font
from ui.shell.source_links import sources_html
from widgets.data_table import DataTable, table_item
from widgets.deferred_work import DeferredWork


class DistilledTable(QWidget):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table_data = distilled_table(context.data)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setFont(title_font())
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = DataTable(len(self.table_data.rows), 0, self)
        self.table.setObjectName("distilledTable")
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setOpenExternalLinks(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note.setFont(small_font(0.85))
        layout.addWidget(self.note)
        self._deferred = DeferredWork(self.table)

    def update_texts(self) -> None:
        # The title of the chart's file of Table 5: the same words.
        state = BenchmarksState(table=BenchmarkTable.DISTILLED)
        self.title.setText(benchmarks_texts(self.context.writing, state, []).title)
        self.table.setAccessibleName(self.title.text())
        self._deferred.run(self._fill)
        self.note.setText(
            html.escape(
                self.tr(
                    "Bold: models distilled from DeepSeek-R1. Italic: score taken from the "
                    "paper's main table (Table 4), which the distillation table repeats for "
                    "the baselines. Source: DeepSeek-R1 paper, Table 5."
                )
            )
            + " "
            + sources_html(("mdl-deepseek-r1-paper",), self.context.sources, self.context.formatter)
        )

    def _model_tooltip(self, model: Model) -> str:
        return model_tooltip(model, self.context.language.language, self.context.sources)

    def _fill(self) -> None:
        data = self.table_data
        view = self.table
        words = self.context.language.words
        with view.filling():
            view.setColumnCount(len(data.measures) + 1)
            headers = [self.tr("Model")] + [measure_text(words, m, "\n") for m in data.measures]
            view.setHorizontalHeaderLabels(headers)
            for row, entry in enumerate(data.rows):
                model = self.context.data.model(entry.model)
                name = table_item(entry.label)
                name.setToolTip(self._model_tooltip(model))
                if model.distilled_from:
                    bold = QFont()
                    bold.setBold(True)
                    name.setFont(bold)
                view.setItem(row, 0, name)
                for column, cell in enumerate(entry.cells, start=1):
                    item = self._cell(cell, data.decimals[column - 1])
                    caveats = self._caveats(data.measures[column - 1], entry.model)
                    if caveats:
                        item.setToolTip(f"{item.toolTip()}\n{caveats}")
                    view.setItem(row, column, item)
        # Every header in full (German metric names are long); the last column takes the
        # room left, and a narrow window scrolls rather than cutting a header.
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.resizeRowsToContents()

    def _caveats(self, measure: Measure, model_id: str) -> str:
        """What other sources give for this score, as the benchmark chart's tooltips say."""
        code = self.context.language.language
        lines = []
        for alt in caveats_for(self.context.data, measure, model_id, BenchmarkTable.DISTILLED):
            other = (
                self.tr("no value")
                if alt.value is None
                else exact_number(self.context.writing, alt.value)
            )
            note = alt.note.text(code)
            lines.append(fill(self.tr("Caveat (%1 in another source): %2"), other, note))
        return "\n".join(lines)

    def _cell(self, cell: DistilledCell | None, decimals: int):
        if cell is None:
            item = table_item("—", None)
            item.setToolTip(self.tr("Not reported in the paper."))
        else:
            text = exact_number(self.context.writing, cell.value, decimals)
            item = table_item(text, cell.value)
            if cell.table is BenchmarkTable.MAIN:
                font = QFont()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("From the paper's main table (Table 4)."))
            else:
                item.setToolTip(self.tr("From the paper's table of distilled models (Table 5)."))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
