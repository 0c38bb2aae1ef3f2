"""The row above the timeline: the chart mode, the log scale and the reference day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from explainer_core.market.story import ChartMode
from explainer_core.market.timeline import log_scale_applies
from ui.shell.language import LanguageService


class TimelineControls(QWidget):
    """Shows the timeline's state (``show_state``) and asks for changes by signal."""

    modeChosen = Signal(str)  # a ChartMode value
    logScaleToggled = Signal(bool)
    referenceDayChosen = Signal(object)  # dt.date

    def __init__(
        self,
        language: LanguageService,
        first_day: dt.date,
        last_day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._mode = ChartMode.REBASED
        self.mode_box = QComboBox(self)
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_box.currentIndexChanged.connect(
            lambda i: self.modeChosen.emit(ChartMode(self.mode_box.itemData(i)).value)
        )
        self.log_box = QCheckBox(self)
        self.log_box.toggled.connect(self.logScaleToggled)
        self.reference_label = QLabel(self)
        self.reference_edit = QDateEdit(self)
        self.reference_edit.setCalendarPopup(True)
        self.reference_edit.setDateRange(QDate(first_day), QDate(last_day))
        self.reference_edit.dateChanged.connect(
            lambda qdate: self.referenceDayChosen.emit(qdate.toPython())
        )
        self.reference_label.setBuddy(self.reference_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.log_box)
        layout.addSpacing(12)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.reference_edit)
        layout.addStretch(1)

    def show_state(self, mode: ChartMode, log_scale: bool, reference_day: dt.date) -> None:
        """Show the timeline's state without asking for it again."""
        self._mode = mode
        with QSignalBlocker(self.mode_box):
            self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        with QSignalBlocker(self.log_box):
            self.log_box.setChecked(log_scale)
        self.log_box.setEnabled(log_scale_applies(mode))
        with QSignalBlocker(self.reference_edit):
            self.reference_edit.setDate(QDate(reference_day))

    def update_texts(self) -> None:
        code = self.language.language
        mode_names = {
            ChartMode.REBASED: self.tr("Rebased index (100)"),
            ChartMode.CHANGE: self.tr("% change"),
            ChartMode.PRICE: self.tr("Price"),
        }
        with QSignalBlocker(self.mode_box):
            # Re-adding the items (rather than renaming them) lets the box fit the new texts.
            self.mode_box.clear()
            for mode in ChartMode:
                self.mode_box.addItem(mode_names[mode], mode)
            self.mode_box.setCurrentIndex(self.mode_box.findData(self._mode))
        self.mode_box.setMinimumWidth(self.mode_box.sizeHint().width())
        self.mode_box.setAccessibleName(self.tr("Chart mode"))
        self.log_box.setText(self.tr("Log scale"))
        self.reference_label.setText(self.tr("Reference day:"))
        self.reference_edit.setLocale(QLocale(code))
        self.reference_edit.setDisplayFormat(
            QLocale(code).dateFormat(QLocale.FormatType.ShortFormat)
        )
