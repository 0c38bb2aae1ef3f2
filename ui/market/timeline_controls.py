"""The row above the timeline: the chart mode, the log scale and the reference day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.market import MarketData
from explainer_core.market.date_input import parse_typed_date
from explainer_core.market.story import REFERENCE_DAY, ChartMode
from explainer_core.market.timeline_series import ReferenceProblem, reference_day_problem
from explainer_core.market.timeline_state import log_scale_applies
from explainer_core.templates import fill
from ui.market.reference_day_field import ReferenceDayField
from ui.shell.language import LanguageService
from widgets.chart_theme import text_colour
from widgets.palette import HIGHLIGHT_COLOUR


class TimelineControls(QWidget):
    """Shows the timeline's state (``show_state``) and asks for changes by signal. A typed
    day is read in the interface language; one that cannot be the reference is refused
    with a sentence saying why, and the previous day stays."""

    modeChosen = Signal(str)  # a ChartMode value
    logScaleToggled = Signal(bool)
    referenceDayChosen = Signal(object)  # dt.date, a trading day of the data
    problemShown = Signal(str)  # the sentence refusing a typed day

    def __init__(
        self, language: LanguageService, data: MarketData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._data = data
        self._mode = ChartMode.REBASED
        self._day = REFERENCE_DAY
        self.mode_box = QComboBox(self)
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mode_box.currentIndexChanged.connect(
            lambda i: self.modeChosen.emit(ChartMode(self.mode_box.itemData(i)).value)
        )
        self.log_box = QCheckBox(self)
        self.log_box.toggled.connect(self.logScaleToggled)
        # Shown only in price mode; its room stays, so the row does not shift.
        policy = self.log_box.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.log_box.setSizePolicy(policy)
        self.reference_label = QLabel(self)
        first, last = data.closes.index[0].date(), data.closes.index[-1].date()
        self.reference_field = ReferenceDayField(first, last, self)
        self.reference_field.textEntered.connect(self._read_typed_day)
        self.reference_field.dayPicked.connect(self._check_and_choose)
        self.reference_label.setBuddy(self.reference_field.edit)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("referenceDayProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode_box)
        row.addWidget(self.log_box)
        row.addSpacing(12)
        row.addWidget(self.reference_label)
        row.addWidget(self.reference_field)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)

    def show_state(self, mode: ChartMode, log_scale: bool, reference_day: dt.date) -> None:
        """Show the timeline's state without asking for it again."""
        self._mode = mode
        self._day = reference_day
        with QSignalBlocker(self.mode_box):
            self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        with QSignalBlocker(self.log_box):
            self.log_box.setChecked(log_scale)
        self.log_box.setVisible(log_scale_applies(mode))
        self.reference_field.show_day(reference_day, self.language.formatter.date(reference_day))

    def clear_problem(self) -> None:
        self.problem_label.hide()
        self.problem_label.clear()

    # -- reading a typed day ----------------------------------------------------------
    def _read_typed_day(self, text: str) -> None:
        day = parse_typed_date(text, self.language.language)
        if day is None:
            example = self.language.formatter.date(REFERENCE_DAY)
            self._refuse(
                fill(
                    self.tr("“%1” is not a date this field can read. Type it like %2."),
                    text,
                    example,
                )
            )
            return
        self._check_and_choose(day)

    def _check_and_choose(self, day: dt.date) -> None:
        formatter = self.language.formatter
        problem = reference_day_problem(self._data, day)
        kept = formatter.date(self._day)
        if problem is ReferenceProblem.OUT_OF_RANGE:
            first, last = self._data.closes.index[0].date(), self._data.closes.index[-1].date()
            self._refuse(
                fill(
                    self.tr("%1 is outside the price data (%2 to %3). The reference day stays %4."),
                    formatter.date(day),
                    formatter.date(first),
                    formatter.date(last),
                    kept,
                )
            )
            return
        if problem is ReferenceProblem.NOT_A_TRADING_DAY:
            self._refuse(
                fill(
                    self.tr(
                        "%1 is not a trading day in the data (the markets were closed). "
                        "The reference day stays %2."
                    ),
                    formatter.long_date(day),
                    kept,
                )
            )
            return
        self.clear_problem()
        self.referenceDayChosen.emit(day)

    def _refuse(self, sentence: str) -> None:
        self.reference_field.restore()
        self.problem_label.setText(sentence)
        self.problem_label.show()
        self.problemShown.emit(sentence)

    # -- texts ----------------------------------------------------------------------
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
        self.log_box.setToolTip(
            self.tr("Equal moves in % as equal heights; offered for prices only")
        )
        self.reference_label.setText(self.tr("Reference day:"))
        formatter = self.language.formatter
        self.reference_field.show_day(self._day, formatter.date(self._day))
        self.reference_field.set_texts(
            self.tr("Reference day:"),
            fill(
                self.tr("Type a trading day, e.g. %1, then press Enter"),
                formatter.date(REFERENCE_DAY),
            ),
            self.tr("Pick the reference day in a calendar"),
            QLocale(code),
        )
        self.clear_problem()
        self.redraw()

    def redraw(self) -> None:
        colour = text_colour(HIGHLIGHT_COLOUR)
        self.problem_label.setStyleSheet(f"color: {colour};")
