"""The "Show:" box: all claims, or only those with one verdict."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from explainer_core.data.claims import Verdict
from ui.claims.verdict_look import VERDICT_STYLES, verdict_name
from widgets.verdict_badge import symbol_icon


class VerdictFilterBox(QWidget):
    """A labelled box of the verdicts; says which one the reader chose ("" for all)."""

    verdictChosen = Signal(str)  # a verdict's value, or "" for every claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict: Verdict | None = None
        self.label = QLabel(self)
        self.box = QComboBox(self)
        self.box.setObjectName("verdictFilter")
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box.currentIndexChanged.connect(self._chosen)
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _chosen(self, index: int) -> None:
        verdict = self.box.itemData(index)  # Qt hands the enum back as its plain value
        self.verdictChosen.emit(Verdict(verdict).value if verdict is not None else "")

    def set_verdict(self, verdict: Verdict | None) -> None:
        """Show ``verdict`` as chosen, without announcing it (the view chose it)."""
        self.verdict = verdict
        index = self.box.findData(verdict)
        if index >= 0 and self.box.currentIndex() != index:
            with QSignalBlocker(self.box):
                self.box.setCurrentIndex(index)

    def update_texts(self) -> None:
        self.label.setText(self.tr("&Show:"))
        with QSignalBlocker(self.box):
            # Re-adding the items (rather than renaming them) lets the box fit the new texts.
            self.box.clear()
            self.box.addItem(self.tr("All verdicts"), None)
            for verdict in Verdict:
                symbol, colour = VERDICT_STYLES[verdict]
                self.box.addItem(symbol_icon(symbol, colour), verdict_name(verdict), verdict)
            self.box.setCurrentIndex(self.box.findData(self.verdict))
        self.box.setAccessibleName(self.tr("Show the claims with this verdict"))
