"""A chart's numbers as a sortable table, the chart's alternative for screen readers and for
anyone who wants the figures: values formatted for the reader, sorted as numbers and dates,
copied as tab-separated text for a spreadsheet (every digit kept), with sources and notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from explainer_core.figure.table import ChartTable, ColumnKind, Value
from explainer_core.formatting import LocaleFormatter

SORT_ROLE = Qt.ItemDataRole.UserRole
ModelIndex = QModelIndex | QPersistentModelIndex


def spreadsheet_value(value: Value, decimal_separator: str = ".") -> str:
    """A value as a spreadsheet of the reader's language reads it when pasted: every digit,
    its decimal separator, a plain minus, no thousands separator; dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value).replace(".", decimal_separator)
    return str(value)


class ChartTableModel(QAbstractTableModel):
    def __init__(self, formatter: Callable[[], LocaleFormatter]) -> None:
        super().__init__()
        self._formatter = formatter
        self.table: ChartTable | None = None

    def set_table(self, table: ChartTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].header
        return str(section + 1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.table is None or not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(value, column.kind, column.decimals)
        if role == SORT_ROLE:
            # Missing values sort last; dates and numbers as themselves, not as text.
            if value is None:
                return (1, 0)
            if isinstance(value, dt.date):
                return (0, value.toordinal())
            return (0, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
            ColumnKind.NUMBER,
            ColumnKind.PERCENT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def decimal_separator(self) -> str:
        return self._formatter().locale.number_symbols["latn"]["decimal"]

    def shown(self, value: Value, kind: ColumnKind, decimals: int | None) -> str:
        formatter = self._formatter()
        if value is None:
            return "–"
        if isinstance(value, dt.date):
            return formatter.date(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            places = decimals if decimals is not None else 2
            if kind is ColumnKind.PERCENT:
                return formatter.percent(float(value), places, signed=True)
            return formatter.number(float(value), places)
        return str(value)


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:  # text against a number in one column: compare as text
            return str(a) < str(b)


class ChartTableView(QWidget):
    """The table and, under it, the sources and notes of what it shows."""

    def __init__(self, formatter: Callable[[], LocaleFormatter], parent: QWidget | None = None):
        super().__init__(parent)
        self._formatter = formatter
        self.model = ChartTableModel(formatter)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("chartTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # The builder's order (biggest fall first, by date …) until the reader sorts.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.copy_action = QAction(self.view)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.view.addAction(self.copy_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.about = QLabel(self)
        self.about.setObjectName("chartTableAbout")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.about)
        self.update_texts()

    def set_table(self, table: ChartTable | None) -> None:
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        lines = list(table.notes) if table else []
        if table and table.sources:
            # The publishers here; their titles and addresses go into the data files.
            publishers = dict.fromkeys(source.split(" · ")[0] for source in table.sources)
            label = QCoreApplication.translate("ChartTableView", "Sources: %1")
            lines.append(label.replace("%1", self._formatter().semicolon_list(publishers)))
        self.about.setText("\n".join(lines))
        self.about.setVisible(bool(lines))
        title = table.title if table else ""
        self.view.setAccessibleName(
            QCoreApplication.translate("ChartTableView", "%1, as a table").replace("%1", title)
        )

    def tab_separated(self, selected_only: bool = True) -> str:
        """The shown order of rows, the header first, every value with all its digits."""
        table = self.model.table
        if table is None:
            return ""
        columns = range(len(table.columns))
        rows = range(self.proxy.rowCount())
        selection = self.view.selectionModel().selectedIndexes() if selected_only else []
        if selection:
            columns = sorted({index.column() for index in selection})
            rows = sorted({index.row() for index in selection})
        separator = self.model.decimal_separator()
        lines = ["\t".join(table.columns[c].header for c in columns)]
        for row in rows:
            source_row = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            values = table.rows[source_row]
            lines.append("\t".join(spreadsheet_value(values[c], separator) for c in columns))
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.tab_separated())

    def update_texts(self) -> None:
        self.copy_action.setText(QCoreApplication.translate("ChartTableView", "Copy"))
        self.model.layoutChanged.emit()  # numbers and dates in the new language
