"""A checkable list of instruments in groups, each with the colour swatch of its line."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

SWATCH_SIZE = 14
TICKER_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PickerEntry:
    ticker: str
    name: str
    group: str
    colour: str
    line_style: Qt.PenStyle


def swatch(colour: str, style: Qt.PenStyle) -> QIcon:
    """A small sample of the series' line: colour and dash pattern, so colour is not alone.
    Drawn at 1× and 2×, so it stays sharp on high-density screens."""
    icon = QIcon()
    for ratio in (1, 2):
        pixmap = QPixmap(SWATCH_SIZE * 2 * ratio, SWATCH_SIZE * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor(colour), 3, style))
        painter.drawLine(1, SWATCH_SIZE // 2, SWATCH_SIZE * 2 - 2, SWATCH_SIZE // 2)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class InstrumentPicker(QTreeWidget):
    """Emits ``selectionChanged`` with the checked tickers whenever the user checks one."""

    selectionChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIconSize(QSize(SWATCH_SIZE * 2, SWATCH_SIZE))
        # Checking a group checks its members one by one: tell listeners once, afterwards.
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(lambda: self.selectionChanged.emit(self.selected()))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self.itemChanged.connect(self._on_item_changed)

    def set_entries(self, entries: list[PickerEntry]) -> None:
        with QSignalBlocker(self):
            self.clear()
            self._items.clear()
            self._groups.clear()
            for entry in entries:
                group = self._groups.get(entry.group)
                if group is None:
                    group = QTreeWidgetItem(self)
                    group.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsAutoTristate
                    )
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                    self._groups[entry.group] = group
                item = QTreeWidgetItem(group)
                item.setText(0, f"{entry.name} ({entry.ticker})")
                item.setData(0, TICKER_ROLE, entry.ticker)
                item.setIcon(0, swatch(entry.colour, entry.line_style))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self._items[entry.ticker] = item
            self.expandAll()

    # A new text or tooltip is no change of selection: without the blocker, itemChanged
    # would have the chart redraw its series after every language switch.
    def set_group_titles(self, titles: dict[str, str]) -> None:
        with QSignalBlocker(self):
            for group_id, item in self._groups.items():
                item.setText(0, titles.get(group_id, group_id))

    def set_tooltips(self, tooltips: dict[str, str]) -> None:
        """Full name, ticker and caveat of each instrument, for names the column elides."""
        with QSignalBlocker(self):
            for ticker, text in tooltips.items():
                if ticker in self._items:
                    self._items[ticker].setToolTip(0, text)

    def needed_width(self) -> int:
        """The width that shows every name whole (box, swatch, text; a scroll bar's room),
        at the current font: set it as the minimum, names are never cut off."""
        style = self.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        widest = 0
        for group in self._groups.values():
            widest = max(widest, box + QFontMetrics(group.font(0)).horizontalAdvance(group.text(0)))
            for index in range(group.childCount()):
                item = group.child(index)
                text = QFontMetrics(item.font(0)).horizontalAdvance(item.text(0))
                widest = max(widest, self.indentation() + box + self.iconSize().width() + 6 + text)
        scrollbar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return widest + scrollbar + 2 * self.frameWidth() + 12

    def selected(self) -> list[str]:
        return [t for t, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_selected(self, tickers: list[str] | tuple[str, ...]) -> None:
        """Check exactly ``tickers`` (without emitting: the caller knows what it asked)."""
        wanted = set(tickers)
        with QSignalBlocker(self):
            for ticker, item in self._items.items():
                state = Qt.CheckState.Checked if ticker in wanted else Qt.CheckState.Unchecked
                item.setCheckState(0, state)

    def set_checked(self, ticker: str, checked: bool) -> None:
        """Check or uncheck one instrument as the user would: ``selectionChanged`` follows."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._items[ticker].setCheckState(0, state)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        self._emit_timer.start()
