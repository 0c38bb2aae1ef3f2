"""The classifier: a form for a chip's figures and, live, what each rule makes of them.

All arithmetic and checks are ``export_rules``' (``validate_chip_inputs``,
``classify_all``); this widget reads the fields in the interface language, shows an
inline message under a faulty field, and writes the results in plain words.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import (
    ChipInputCheck,
    Classification,
    InputError,
    InputField,
    Rule,
    classify_all,
    parse_number,
    validate_chip_inputs,
)
from explainer_core.chip_controls.timeline import RULE_ORDER
from explainer_core.precision import decimals_of
from explainer_core.templates import fill
from ui.chip_controls.styles import STATUS_COLOURS
from ui.chip_controls.texts import (
    bandwidth_text,
    clause_text,
    density_text,
    input_error_text,
    reason_text,
    rule_name,
    status_name,
    threshold_text,
    tpp_text,
)
from ui.shell.language import LanguageService
from widgets.chart_theme import text_colour

ERROR_COLOUR = "#B00020"
NUMBER_FIELDS: tuple[InputField, ...] = (
    InputField.THROUGHPUT,
    InputField.DIE_AREA_MM2,
    InputField.INTERCONNECT_GBPS,
    InputField.DRAM_BANDWIDTH_GBPS,
)


@dataclass(frozen=True)
class FormPreset:
    """A chip's figures to fill the form with (from the data, chosen by the owner)."""

    key: str
    name: str
    throughput: float
    bit_length: int
    die_area_mm2: float | None
    interconnect_gbps: float | None
    dram_bandwidth_gbps: float | None
    datacenter: bool


@dataclass(frozen=True)
class ClassifierResults:
    """What the form shows: the checked input, the figures and each rule's classification."""

    check: ChipInputCheck
    tpp_text: str = ""
    density_text: str = ""
    classifications: dict[Rule, Classification] = field(default_factory=dict)
    errors: dict[InputField, str] = field(default_factory=dict)  # the messages shown


class _RuleResult(QFrame):
    """One rule's verdict: its name, the status in bold, the reason and the clause."""

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
        self.clause_label = QLabel(self)
        self.clause_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        for label in (self.rule_label, self.status_label, self.reason_label, self.clause_label):
            layout.addWidget(label)


class ChipClassifierForm(QWidget):
    """Emits ``resultsChanged`` after every edit, with the results readable by ``results()``."""

    resultsChanged = Signal()

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._number_language = language.language  # the language the fields are written in
        self._presets: list[FormPreset] = []
        self._results = ClassifierResults(ChipInputCheck())

        self.preset_box = QComboBox(self)
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset_box.activated.connect(self._on_preset_chosen)
        self.fields: dict[InputField, QLineEdit] = {}
        for input_field in NUMBER_FIELDS:
            if input_field is NUMBER_FIELDS[1]:
                # Built here, second like its row: Tab follows the order of creation.
                self.bit_box = self._bit_length_box()
            edit = QLineEdit(self)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self.update_results)
            edit.textEdited.connect(self._forget_preset)
            self.fields[input_field] = edit
        self.datacenter_box = QCheckBox(self)
        self.datacenter_box.setChecked(True)
        self.datacenter_box.toggled.connect(self.update_results)
        self.datacenter_box.clicked.connect(self._forget_preset)
        self.error_labels: dict[InputField, QLabel] = {}
        for input_field in (*NUMBER_FIELDS, InputField.BIT_LENGTH):
            label = QLabel(self)
            label.setObjectName(f"error-{input_field.value}")
            label.setWordWrap(True)
            label.hide()
            self.error_labels[input_field] = label

        self.field_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: long labels never squeeze or clip the fields.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add_row(form, "preset", self.preset_box)
        self._add_row(form, InputField.THROUGHPUT.value, self._with_error(InputField.THROUGHPUT))
        self._add_row(form, InputField.BIT_LENGTH.value, self._with_error(InputField.BIT_LENGTH))
        self._add_row(
            form, InputField.DIE_AREA_MM2.value, self._with_error(InputField.DIE_AREA_MM2)
        )
        self._add_row(
            form,
            InputField.INTERCONNECT_GBPS.value,
            self._with_error(InputField.INTERCONNECT_GBPS),
        )
        self._add_row(
            form,
            InputField.DRAM_BANDWIDTH_GBPS.value,
            self._with_error(InputField.DRAM_BANDWIDTH_GBPS),
        )
        form.addRow(self.datacenter_box)

        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("classifierFigures")
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.rule_results: dict[Rule, _RuleResult] = {
            rule: _RuleResult(self) for rule in RULE_ORDER
        }

        self.thresholds_label = QLabel(self)
        self.thresholds_label.setObjectName("classifierThresholds")
        self.thresholds_label.setWordWrap(True)
        self.thresholds_label.setTextFormat(Qt.TextFormat.RichText)

        self.form_column = QWidget(self)
        self.form_column.setLayout(form)
        self.form_column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.results_column = QWidget(self)
        results_layout = QVBoxLayout(self.results_column)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.figures_label)
        results_layout.addWidget(self.summary_label)
        for result in self.rule_results.values():
            results_layout.addWidget(result)
        results_layout.addSpacing(8)
        results_layout.addWidget(self.thresholds_label)
        results_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_column, 5, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.results_column, 6)
        self.update_texts()

    def _bit_length_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.editTextChanged.connect(self.update_results)
        box.activated.connect(self._forget_preset)
        box.lineEdit().textEdited.connect(self._forget_preset)
        return box

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget.focusProxy() or widget)
        self.field_labels[key] = label
        form.addRow(label, widget)

    def _with_error(self, input_field: InputField) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        editor = self.bit_box if input_field is InputField.BIT_LENGTH else self.fields[input_field]
        layout.addWidget(editor)
        layout.addWidget(self.error_labels[input_field])
        box.setFocusProxy(editor)
        return box

    # -- input ------------------------------------------------------------------------------------
    def set_presets(self, presets: Sequence[FormPreset]) -> None:
        self._presets = list(presets)
        self._fill_preset_box()

    def apply_preset(self, key: str) -> None:
        preset = next((p for p in self._presets if p.key == key), None)
        if preset is None:
            return
        values = {
            InputField.THROUGHPUT: preset.throughput,
            InputField.DIE_AREA_MM2: preset.die_area_mm2,
            InputField.INTERCONNECT_GBPS: preset.interconnect_gbps,
            InputField.DRAM_BANDWIDTH_GBPS: preset.dram_bandwidth_gbps,
        }
        with QSignalBlocker(self.datacenter_box), QSignalBlocker(self.bit_box):
            for input_field, value in values.items():
                with QSignalBlocker(self.fields[input_field]):
                    self.fields[input_field].setText(self._number(value))
            self.bit_box.setCurrentIndex(self.bit_box.findData(preset.bit_length))
            self.datacenter_box.setChecked(preset.datacenter)
        index = self.preset_box.findData(key)
        if index >= 0:
            self.preset_box.setCurrentIndex(index)
        self.update_results()

    def set_inputs(
        self,
        throughput: str = "",
        bit_length: str = "",
        die_area_mm2: str = "",
        interconnect_gbps: str = "",
        dram_bandwidth_gbps: str = "",
        datacenter: bool = True,
    ) -> None:
        """Fill every field as a user would type it (the results follow)."""
        texts = {
            InputField.THROUGHPUT: throughput,
            InputField.DIE_AREA_MM2: die_area_mm2,
            InputField.INTERCONNECT_GBPS: interconnect_gbps,
            InputField.DRAM_BANDWIDTH_GBPS: dram_bandwidth_gbps,
        }
        for input_field, text in texts.items():
            with QSignalBlocker(self.fields[input_field]):
                self.fields[input_field].setText(text)
        with QSignalBlocker(self.bit_box), QSignalBlocker(self.datacenter_box):
            self.bit_box.setEditText(bit_length)
            self.datacenter_box.setChecked(datacenter)
        self.update_results()

    def _number(self, value: float | None) -> str:
        if value is None:
            return ""
        return self.language.formatter.number(value, decimals_of(value))

    def _bit_length_input(self) -> object:
        """The chosen item's bit length, or the typed text for the rules to judge."""
        text = self.bit_box.currentText()
        index = self.bit_box.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.bit_box.itemData(index) is not None:
            return int(self.bit_box.itemData(index))
        return text

    # -- results ----------------------------------------------------------------------------------
    def results(self) -> ClassifierResults:
        return self._results

    def update_results(self, *_args) -> None:
        formatter = self.language.formatter
        check = validate_chip_inputs(
            self.fields[InputField.THROUGHPUT].text(),
            self._bit_length_input(),
            self.fields[InputField.DIE_AREA_MM2].text(),
            self.fields[InputField.INTERCONNECT_GBPS].text(),
            self.fields[InputField.DRAM_BANDWIDTH_GBPS].text(),
            datacenter=self.datacenter_box.isChecked(),
            language=self.language.language,
        )
        errors = {
            input_field: input_error_text(error, input_field, formatter)
            for input_field, error in check.errors.items()
        }
        for input_field, label in self.error_labels.items():
            label.setStyleSheet(f"color: {text_colour(ERROR_COLOUR)};")
            label.setText(errors.get(input_field, ""))
            label.setVisible(input_field in errors)
            editor = (
                self.bit_box if input_field is InputField.BIT_LENGTH else self.fields[input_field]
            )
            editor.setStyleSheet(
                f"border: 1px solid {ERROR_COLOUR};" if input_field in errors else ""
            )
        if check.specs is None:
            self._results = ClassifierResults(check, errors=errors)
        else:
            specs = check.specs
            density = specs.performance_density
            self._results = ClassifierResults(
                check,
                tpp_text(formatter, specs.tpp),
                "" if density is None else density_text(formatter, density),
                classify_all(specs),
                errors,
            )
        self._show_results()
        self.resultsChanged.emit()

    def _show_results(self) -> None:
        formatter = self.language.formatter
        results = self._results
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
        density = results.density_text or QCoreApplication.translate(
            "ChipClassifierForm", "unknown (no die area)"
        )
        figures = fill(
            QCoreApplication.translate(
                "ChipClassifierForm",
                "<b>TPP %1</b> (dense throughput × bit length) · "
                "<b>performance density %2</b> (TPP ÷ die area)",
            ),
            results.tpp_text,
            density,
        )
        self.figures_label.setText(figures)
        self.summary_label.hide()
        for rule, widget in self.rule_results.items():
            classification = results.classifications[rule]
            widget.rule_label.setText(rule_name(rule))
            widget.status_label.setText(status_name(classification.status))
            colour = STATUS_COLOURS[classification.status]
            widget.status_label.setStyleSheet(f"color: {text_colour(colour)};")
            widget.reason_label.setText(reason_text(classification, formatter))
            widget.clause_label.setText(clause_text(classification))
            widget.show()

    # -- language ---------------------------------------------------------------------------------
    def update_texts(self) -> None:
        self._rewrite_numbers()
        texts = {
            "preset": QCoreApplication.translate("ChipClassifierForm", "Start from a chip:"),
            InputField.THROUGHPUT.value: QCoreApplication.translate(
                "ChipClassifierForm", "Dense peak throughput (TOPS or TFLOPS, without sparsity):"
            ),
            InputField.BIT_LENGTH.value: QCoreApplication.translate(
                "ChipClassifierForm", "Bit length of that figure:"
            ),
            InputField.DIE_AREA_MM2.value: QCoreApplication.translate(
                "ChipClassifierForm", "Applicable die area (mm², logic dies only):"
            ),
            InputField.INTERCONNECT_GBPS.value: QCoreApplication.translate(
                "ChipClassifierForm", "Chip-to-chip bandwidth (GB/s):"
            ),
            InputField.DRAM_BANDWIDTH_GBPS.value: QCoreApplication.translate(
                "ChipClassifierForm", "Memory (DRAM) bandwidth (GB/s):"
            ),
        }
        for key, text in texts.items():
            self.field_labels[key].setText(text)
            # A screen reader finds a label's buddy only among its siblings, and the fields
            # sit in boxes with their error lines: name each field after its label.
            self.field_labels[key].buddy().setAccessibleName(text.rstrip(" :\u00a0\u202f"))
        self.datacenter_box.setText(
            QCoreApplication.translate("ChipClassifierForm", "Designed or marketed for datacenters")
        )
        optional = QCoreApplication.translate("ChipClassifierForm", "optional")
        for input_field in NUMBER_FIELDS[1:]:
            self.fields[input_field].setPlaceholderText(optional)
        self.fields[InputField.THROUGHPUT].setPlaceholderText(
            QCoreApplication.translate("ChipClassifierForm", "required")
        )
        self._fill_bit_box()
        self._fill_preset_box()
        self.thresholds_label.setText(self._thresholds_html())
        self.update_results()

    def _thresholds_html(self) -> str:
        """The lines each rule draws, from the rules' constants."""
        formatter = self.language.formatter

        def n(value: float) -> str:
            return threshold_text(formatter, value)

        lines = [
            fill(
                QCoreApplication.translate(
                    "ChipClassifierForm",
                    "<b>%1</b>: licence if TPP ≥ %2 <i>and</i> chip-to-chip bandwidth ≥ %3.",
                ),
                rule_name(Rule.OCTOBER_2022),
                n(rules.TPP_THRESHOLD_2022),
                bandwidth_text(formatter, rules.INTERCONNECT_THRESHOLD_2022_GBPS),
            ),
            fill(
                QCoreApplication.translate(
                    "ChipClassifierForm",
                    "<b>%1</b>: licence (3A090.a) if TPP ≥ %2, or TPP ≥ %3 with a density ≥ %4; "
                    "notification (3A090.b) if TPP is %5 to %2 with a density of %6 to %4, or "
                    "TPP ≥ %3 with a density of %7 to %4. Chips not designed or marketed for "
                    "datacenters: outside 3A090 below TPP %2, notification above.",
                ),
                rule_name(Rule.OCTOBER_2023),
                n(rules.TPP_THRESHOLD_3A090A1),
                n(rules.TPP_FLOOR_3A090A2),
                n(rules.PD_THRESHOLD_3A090A2),
                n(rules.TPP_FLOOR_3A090B1),
                n(rules.PD_FLOOR_3A090B1),
                n(rules.PD_FLOOR_3A090B2),
            ),
            fill(
                QCoreApplication.translate(
                    "ChipClassifierForm",
                    "<b>%1</b>: for chips that need a licence, case-by-case review if TPP is "
                    "below %2 and memory bandwidth below %3.",
                ),
                rule_name(Rule.JANUARY_2026),
                n(rules.TPP_CEILING_CASE_BY_CASE_2026),
                bandwidth_text(formatter, rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS),
            ),
        ]
        heading = QCoreApplication.translate("ChipClassifierForm", "The lines of each rule")
        items = "".join(f"<p>{line}</p>" for line in lines)
        return f"<small><b>{html.escape(heading)}</b>{items}</small>"

    def _fill_bit_box(self) -> None:
        # The items keep their order in every language: keep the chosen one by its place.
        text = self.bit_box.currentText()
        index = self.bit_box.findText(text, Qt.MatchFlag.MatchFixedString)
        with QSignalBlocker(self.bit_box):
            self.bit_box.clear()
            for name, width in rules.NAMED_PRECISIONS.items():
                self.bit_box.addItem(name, width)
            for width in rules.BIT_LENGTHS:
                label = QCoreApplication.translate("ChipClassifierForm", "%1 bits")
                self.bit_box.addItem(fill(label, str(width)), width)
            if index >= 0:
                self.bit_box.setCurrentIndex(index)
            else:
                self.bit_box.setEditText(text)

    def _fill_preset_box(self) -> None:
        current = self.preset_box.currentData()
        with QSignalBlocker(self.preset_box):
            self.preset_box.clear()
            self.preset_box.addItem(
                QCoreApplication.translate("ChipClassifierForm", "(my own figures)"), None
            )
            for preset in self._presets:
                self.preset_box.addItem(preset.name, preset.key)
            index = self.preset_box.findData(current)
            self.preset_box.setCurrentIndex(max(index, 0))

    def _forget_preset(self, *_args) -> None:
        """The user changed a figure: the form no longer shows the chosen chip."""
        with QSignalBlocker(self.preset_box):
            self.preset_box.setCurrentIndex(0)

    def _on_preset_chosen(self, index: int) -> None:
        key = self.preset_box.itemData(index)
        if key is not None:
            self.apply_preset(key)

    def _rewrite_numbers(self) -> None:
        """After a language switch, rewrite the figures the new language's way
        (``4 800,5`` → ``4,800.5``) so that they still read as the same numbers."""
        old, new = self._number_language, self.language.language
        self._number_language = new
        if old == new or not old:
            return
        for edit in self.fields.values():
            value = parse_number(edit.text(), old)
            if isinstance(value, InputError):
                continue
            with QSignalBlocker(edit):
                edit.setText(self.language.formatter.number(value, decimals_of(value)))
