"""A read-only table a reader can sort by any column and copy into a spreadsheet.

Click a header to sort (numbers and dates by their value, not their text: give each cell
its sort value with ``table_item``). Select cells and press Ctrl+C, or right-click and
choose "Copy": the cells go to the clipboard as tab-separated text with the header row,
which a spreadsheet pastes into cells. With nothing selected, the whole table is copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableWidget, QTableWidgetItem, QWidget

from widgets.refresh import follow_changes

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SortValue = float | int | str | date | None


class SortableItem(QTableWidgetItem):
    """Sorts by its sort value when it has one, else by its text; cells without a value
    ("—": not disclosed) go last in either order."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None and theirs is None:
            return self.text() < other.text()
        if mine is None or theirs is None:
            # Qt reverses the comparison for a descending sort: undo that for the blanks.
            table = self.tableWidget()
            descending = (
                table is not None
                and table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            )
            value_first = theirs is None
            return value_first != descending
        return mine < theirs


def table_item(text: str, sort_value: SortValue = None) -> QTableWidgetItem:
    """A cell showing ``text`` that sorts by ``sort_value`` (by its text when None)."""
    item = SortableItem(text)
    if sort_value is not None:
        item.setData(SORT_ROLE, sort_value)
    return item


def _cell_text(text: str) -> str:
    # A tab or a line break inside a cell would split it into two cells or two rows.
    return " ".join(text.replace("\t", " ").split())


class DataTable(QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.verticalHeader().setVisible(False)
        # No sort column until the reader clicks a header: rows keep their given order.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        # The shortcut is shown in the menu; the key itself is handled in keyPressEvent
        # (the view's own Ctrl+C would copy only the current cell).
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.triggered.connect(self.copy_to_clipboard)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_context_menu)
        # Wrapped cells need new row heights when their column gets wider or narrower; once
        # the header has settled (a stretched column is resized after the others).
        self._fit_rows_later = QTimer(self)
        self._fit_rows_later.setSingleShot(True)
        self._fit_rows_later.setInterval(0)
        self._fit_rows_later.timeout.connect(self._fit_rows)
        self.horizontalHeader().sectionResized.connect(self._fit_rows_later.start)
        self._update_texts()
        follow_changes(self, update_texts=self._update_texts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows_later.start()

    def _fit_rows(self) -> None:
        if self.wordWrap():
            self.resizeRowsToContents()

    def _update_texts(self) -> None:
        self.copy_action.setText(QCoreApplication.translate("DataTable", "Copy"))

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Fill the cells inside this block: rows do not move while they are set, and the
        reader's sort order is applied again afterwards."""
        self.setSortingEnabled(False)
        try:
            yield
        finally:
            self.setSortingEnabled(True)  # sorts by the header's current column and order

    def copied_text(self) -> str:
        """The selected cells (the whole table when none is) as tab-separated lines: the
        header row, then the rows as shown, columns as they stand."""
        ranges = self.selectedRanges()
        if ranges:
            rows = sorted({r for rng in ranges for r in range(rng.topRow(), rng.bottomRow() + 1)})
            columns = sorted(
                {c for rng in ranges for c in range(rng.leftColumn(), rng.rightColumn() + 1)}
            )
        else:
            rows, columns = list(range(self.rowCount())), list(range(self.columnCount()))
        selected = {(index.row(), index.column()) for index in self.selectedIndexes()}
        lines = ["\t".join(_cell_text(self._header_text(c)) for c in columns)]
        for row in rows:
            cells = []
            for column in columns:
                item = self.item(row, column)
                chosen = not selected or (row, column) in selected
                cells.append(_cell_text(item.text()) if item is not None and chosen else "")
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def _header_text(self, column: int) -> str:
        item = self.horizontalHeaderItem(column)
        return item.text() if item is not None else ""

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.copied_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_to_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(position))
        self.context_menu = menu  # kept for tests and until it closes
