"""What each rule makes of the classifier's figures: the TPP and density worked out, then per
rule the status, the reason, the clause and what an undetermined status waits for; the
lines of each rule; and the two things an analyst does with it: plot the chip on the
chip map, copy the verdict for a report."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from explainer_core.chip_controls.chip_form import FormCheck
from explainer_core.chip_controls.reason_texts import (
    clause_text,
    missing_text,
    reason_text,
    rule_lines,
)
from explainer_core.chip_controls.rules import Classification, InputField, Quantity, Rule
from explainer_core.chip_controls.styles import STATUS_COLOURS
from explainer_core.chip_controls.texts import rule_name, status_name, unknown_value
from explainer_core.chip_controls.timeline import RULE_ORDER
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill
from explainer_core.words import Words
from widgets.chart_theme import text_colour


@dataclass(frozen=True)
class ClassifierResults:
    """What the form shows: the checked input, the figures and each rule's classification."""

    check: FormCheck
    tpp_text: str = ""  # "" when the TPP is unknown
    density_text: str = ""  # "" when the density is unknown
    classifications: dict[Rule, Classification] = field(default_factory=dict)
    errors: dict[InputField, str] = field(default_factory=dict)  # the messages shown


class _RuleResult(QFrame):
    """One rule's verdict: its name, the status in bold, the reason, the clause, and what
    an undetermined status waits for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rule_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("classifierStatus")
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("classifierMissing")
        self.missing_label.setWordWrap(True)
        self.clause_label = QLabel(self)
        self.clause_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        for label in (
            self.rule_label,
            self.status_label,
            self.reason_label,
            self.missing_label,
            self.clause_label,
        ):
            layout.addWidget(label)

    def show_classification(
        self, classification: Classification, words: Words, formatter: LocaleFormatter
    ) -> None:
        status = classification.status
        self.rule_label.setText(rule_name(words, classification.rule))
        self.status_label.setText(status_name(words, status))
        self.status_label.setStyleSheet(f"color: {text_colour(STATUS_COLOURS[status])};")
        self.reason_label.setText(reason_text(words, formatter, classification))
        missing = missing_text(words, classification)
        self.missing_label.setText(missing)
        self.missing_label.setVisible(bool(missing))
        clause = clause_text(words, classification)
        self.clause_label.setText(clause)
        self.clause_label.setVisible(bool(clause))


class ClassifierResultsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("classifierFigures")
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.rule_results: dict[Rule, _RuleResult] = {
            rule: _RuleResult(self) for rule in RULE_ORDER
        }
        actions = QHBoxLayout()
        self.plot_button = QPushButton(self)
        self.plot_button.setObjectName("plotYourChipButton")
        self.plot_button.setCheckable(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyVerdictButton")
        actions.addWidget(self.plot_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        self.thresholds_label = QLabel(self)
        self.thresholds_label.setObjectName("classifierThresholds")
        self.thresholds_label.setWordWrap(True)
        self.thresholds_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.summary_label)
        for result in self.rule_results.values():
            layout.addWidget(result)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(self.thresholds_label)
        layout.addStretch(1)

    def show_results(
        self, results: ClassifierResults, words: Words, formatter: LocaleFormatter
    ) -> None:
        specs = results.check.specs
        self.copy_button.setEnabled(specs is not None)
        plottable = specs is not None and specs.tpp is not None
        self.plot_button.setEnabled(plottable or self.plot_button.isChecked())
        self.plot_button.setToolTip(
            ""
            if plottable
            else QCoreApplication.translate(
                "ChipClassifierForm", "A chip without a known TPP has no place on the map."
            )
        )
        if not results.classifications:
            self.figures_label.setText("")
            self.summary_label.setText(
                QCoreApplication.translate(
                    "ChipClassifierForm", "Correct the marked fields to see the classification."
                )
            )
            self.summary_label.show()
            for result in self.rule_results.values():
                result.hide()
            return
        self.figures_label.setText(self._figures_html(results, words))
        self.summary_label.hide()
        for rule, widget in self.rule_results.items():
            widget.show_classification(results.classifications[rule], words, formatter)
            widget.show()

    @staticmethod
    def _figures_html(results: ClassifierResults, words: Words) -> str:
        tpp = results.tpp_text or unknown_value(words, Quantity.TPP)
        if results.density_text:
            density = results.density_text
        elif not results.tpp_text:
            density = QCoreApplication.translate("ChipClassifierForm", "unknown (no TPP)")
        else:
            density = QCoreApplication.translate("ChipClassifierForm", "unknown (no die area)")
        return fill(
            QCoreApplication.translate(
                "ChipClassifierForm",
                "<b>TPP %1</b> (dense throughput × bit length) · "
                "<b>performance density %2</b> (TPP ÷ die area)",
            ),
            html.escape(tpp),
            html.escape(density),
        )

    def update_texts(self, words: Words, formatter: LocaleFormatter) -> None:
        self.plot_button.setText(
            QCoreApplication.translate("ChipClassifierForm", "Show on the chip map")
        )
        self.plot_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ChipClassifierForm", "Plots these figures on the chip map, under each rule"
            )
        )
        self.copy_button.setText(
            QCoreApplication.translate("ChipClassifierForm", "Copy the verdict")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "ChipClassifierForm",
                "Copy the figures and what each rule makes of them, as text for a report",
            )
        )
        heading = QCoreApplication.translate("ChipClassifierForm", "The lines of each rule")
        items = "".join(f"<p>{rule_lines(words, formatter, rule)}</p>" for rule in RULE_ORDER)
        self.thresholds_label.setText(f"<small><b>{html.escape(heading)}</b>{items}</small>")
