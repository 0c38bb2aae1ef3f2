"""A legend you can query: click an entry to show only its series, click it again (or
any entry while one is isolated) to show them all.

pyqtgraph's own legend hides a series on a click, which leaves a reader unsure what is
still drawn; here the reader either sees everything or one series, and the hidden ones
keep their entry (with pyqtgraph's closed-eye mark) to bring them back.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import Qt, Signal


class _Sample(ItemSample):
    """A legend sample that reports a click and leaves visibility to the legend."""

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.sigClicked.emit(self.item)


class _Label(pg.LabelItem):
    """An entry's name, clickable like its sample."""

    def __init__(self, sample: _Sample, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._sample = sample
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._sample.sigClicked.emit(self._sample.item)


class IsolatingLegend(pg.LegendItem):
    """``isolatedChanged`` tells the name of the series shown alone ("" when all are)."""

    isolatedChanged = Signal(str)

    def __init__(self, **kwargs) -> None:
        super().__init__(sampleType=_Sample, **kwargs)
        self.isolated = ""  # kept by name: the owner may draw its series anew
        self.sigSampleClicked.connect(self._on_clicked)

    def addItem(self, item, name: str) -> None:
        sample = _Sample(item)
        label = _Label(
            sample,
            name,
            color=self.opts["labelTextColor"],
            justify="left",
            size=self.opts["labelTextSize"],
        )
        sample.sigClicked.connect(self.sigSampleClicked)
        sample.setCursor(Qt.CursorShape.PointingHandCursor)
        self.items.append((sample, label))
        self._addItemToLayout(sample, label)
        self.updateSize()
        if self.isolated:
            item.setVisible(name == self.isolated)

    def isolate(self, name: str) -> None:
        """Show only the series named ``name`` ("" or an unknown name: all of them)."""
        names = [label.text for _sample, label in self.items]
        self.isolated = name if name in names else ""
        for sample, label in self.items:
            sample.item.setVisible(not self.isolated or label.text == self.isolated)
            sample.update()
        self.isolatedChanged.emit(self.isolated)

    def show_all(self) -> None:
        self.isolate("")

    def _on_clicked(self, item) -> None:
        name = next((label.text for sample, label in self.items if sample.item is item), "")
        self.isolate("" if self.isolated else name)
