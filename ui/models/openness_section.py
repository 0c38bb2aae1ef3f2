"""Openness: what each developer made public (weights, licence, size), as a table to sort
and copy into a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from explainer_core.data.models import Model
from explainer_core.models.comparison import HIGHLIGHTED_MODEL
from explainer_core.models.openness import openness_models, parameters_of
from explainer_core.models.texts import exact_number
from explainer_core.templates import fill
from ui.models.section import ModelSection, SectionContext
from ui.models.texts import model_tooltip, small_font, title_font
from widgets.chart_theme import chart_colours
from widgets.data_table import DataTable, table_item
from widgets.deferred_work import DeferredWork

OPENNESS_COLUMNS = 6

PARAMETERS_COLUMN = 3  # Model, Developer, Released, Parameters, Open weights, Licence


class OpennessSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setFont(title_font())
        layout.addWidget(self.title)
        self.later_models_box = QCheckBox(self)
        self.later_models_box.toggled.connect(lambda _on: self._fill_table())
        layout.addWidget(self.later_models_box)
        self.table = DataTable(0, OPENNESS_COLUMNS, self)
        self.table.setObjectName("opennessTable")
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setFont(small_font(0.85))
        layout.addWidget(self.note)
        self._deferred = DeferredWork(self.table)

    def update_texts(self) -> None:
        self.title.setText(self.tr("What each developer made public"))
        self.table.setAccessibleName(self.title.text())
        self.later_models_box.setText(
            self.tr("Also show models released after January 2025 or without a known date")
        )
        self._deferred.run(self._fill_table)
        self.note.setText(
            self.tr(
                "—: not disclosed, or not in the app's data. Open weights are not open "
                "source: none of these releases includes its training data. Hover over a "
                "row for the details and sources. Click a column header to sort; select "
                "cells and press Ctrl+C to copy them for a spreadsheet."
            )
        )

    def focus_model(self, model_id: str | None) -> bool:
        """Tint a model's row and bring it into view; False when the table does not list it."""
        self.focused_model = model_id
        self._fill_table()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == model_id:
                self.table.scrollToItem(item)
                return True
        return False

    def _parameters_text(self, model: Model) -> str:
        parameters = parameters_of(model)
        if parameters is None:
            return "—"
        writing = self.writing
        total = exact_number(writing, parameters.total_b, parameters.total_decimals)
        if parameters.active_b is None:
            return fill(self.tr("%1 bn"), total)
        active = exact_number(writing, parameters.active_b, parameters.active_decimals)
        return fill(self.tr("%1 bn total, %2 bn active per token"), total, active)

    def _open_weights_text(self, model: Model) -> str:
        if model.open_weights is None:
            return "—"
        return self.tr("Yes") if model.open_weights else self.tr("No")

    def _fill_table(self) -> None:
        formatter = self.formatter()
        models = openness_models(self.data, self.later_models_box.isChecked())
        table = self.table
        tint = QBrush(QColor(chart_colours().highlight_tint))
        with table.filling():
            table.setRowCount(len(models))
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Model"),
                    self.tr("Developer"),
                    self.tr("Released"),
                    self.tr("Parameters"),
                    self.tr("Open weights"),
                    self.tr("Licence"),
                ]
            )
            for row, model in enumerate(models):
                parameters = parameters_of(model)
                cells = [
                    table_item(model.name),
                    table_item(model.developer),
                    table_item(
                        formatter.date(model.release_date) if model.release_date else "—",
                        model.release_date.isoformat() if model.release_date else None,
                    ),
                    table_item(
                        self._parameters_text(model),
                        parameters.total_b if parameters is not None else None,
                    ),
                    table_item(self._open_weights_text(model)),
                    table_item(model.licence(self.language.language) or "—"),
                ]
                cells[0].setData(Qt.ItemDataRole.UserRole, model.id)
                tooltip = model_tooltip(model, self.language.language, self.sources)
                for column, item in enumerate(cells):
                    item.setToolTip(tooltip)
                    if model.id == HIGHLIGHTED_MODEL:
                        font = QFont()
                        font.setBold(True)
                        item.setFont(font)
                    if model.id == (self.focused_model or HIGHLIGHTED_MODEL):
                        item.setBackground(tint)
                    table.setItem(row, column, item)
        header = table.horizontalHeader()
        # The two columns of phrases (parameters, licence) share the room left and wrap;
        # names, dates and yes/no keep their width.
        wrapping = (PARAMETERS_COLUMN, table.columnCount() - 1)
        for column in range(table.columnCount()):
            stretch = column in wrapping
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        table.resizeRowsToContents()
