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


class IsolatableSample(ItemSample):
    """A legend sample that reports a click and leaves visibility to the legend.

    An owner whose series is no curve (a model's bars) gives the legend a subclass of its
    own: its ``item`` needs only ``opts``, ``isVisible`` and ``setVisible``, and the owner
    redraws on ``isolatedChanged``."""

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.sigClicked.emit(self.item)


class _Label(pg.LabelItem):
    """An entry's name, clickable like its sample."""

    def __init__(self, sample: IsolatableSample, *args, **kwargs) -> None:
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
        super().__init__(sampleType=IsolatableSample, **kwargs)
        self.isolated = ""  # kept by name: the owner may draw its series anew
        self.sigSampleClicked.connect(self._on_clicked)

    def addItem(self, item, name: str) -> None:
        if isinstance(item, ItemSample) and not isinstance(item, IsolatableSample):
            # A ready-made sample (a swatch standing for bars, not a series it could hide):
            # shown as pyqtgraph shows it, and never isolated.
            label = pg.LabelItem(
                name,
                color=self.opts["labelTextColor"],
                justify="left",
                size=self.opts["labelTextSize"],
            )
            self.items.append((item, label))
            self._addItemToLayout(item, label)
            self.updateSize()
            return
        sample = item if isinstance(item, IsolatableSample) else IsolatableSample(item)
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
            sample.item.setVisible(name == self.isolated)

    def isolate(self, name: str) -> None:
        """Show only the series named ``name`` ("" or an unknown name: all of them)."""
        entries = [(s, label) for s, label in self.items if isinstance(s, IsolatableSample)]
        names = [label.text for _sample, label in entries]
        self.isolated = name if name in names else ""
        for sample, label in entries:
            sample.item.setVisible(not self.isolated or label.text == self.isolated)
            sample.update()
        self.isolatedChanged.emit(self.isolated)

    def show_all(self) -> None:
        self.isolate("")

    def _on_clicked(self, item) -> None:
        name = next(
            (
                label.text
                for sample, label in self.items
                if isinstance(sample, IsolatableSample) and sample.item is item
            ),
            "",
        )
        if name:
            self.isolate("" if self.isolated else name)
