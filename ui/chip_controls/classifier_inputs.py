"""The classifier's fields: a chip to start from, the TPP (from a throughput and its bit
length, or entered directly), the die area, the two bandwidths, whether the chip is made
for datacenters; any figure may be ticked "unknown". Reads them in the interface language
and shows a message under a faulty one; checking them is the core's (``chip_form``)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_form import ChipForm, TppEntry
from explainer_core.chip_controls.rules import InputError, InputField, parse_number
from explainer_core.precision import decimals_of
from explainer_core.templates import fill
from ui.shell.language import LanguageService
from widgets.chart_theme import text_colour

ERROR_COLOUR = "#B00020"
# The fields in the order of the form (the direct TPP has its own row, see ``tpp_field``).
NUMBER_FIELDS: tuple[InputField, ...] = (
    InputField.THROUGHPUT,
    InputField.DIE_AREA_MM2,
    InputField.INTERCONNECT_GBPS,
    InputField.DRAM_BANDWIDTH_GBPS,
)
ENTRY_KEY = "tpp_entry"


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


class ClassifierInputs(QWidget):
    """``changed``: a field, a box or the way the TPP is given changed."""

    changed = Signal()

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._number_language = language.language  # the language the fields are written in
        self._presets: list[FormPreset] = []
        # Built in the order of the rows: Tab follows the order of creation.
        self.preset_box = QComboBox(self)
        self.preset_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset_box.activated.connect(self._on_preset_chosen)
        self.entry_buttons: dict[TppEntry, QRadioButton] = {}
        self.entry_group = QButtonGroup(self)
        entry_row = QWidget(self)
        entry_layout = QHBoxLayout(entry_row)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        for entry in TppEntry:
            button = QRadioButton(entry_row)
            button.toggled.connect(self._on_entry_toggled)
            self.entry_group.addButton(button)
            entry_layout.addWidget(button)
            self.entry_buttons[entry] = button
        entry_layout.addStretch(1)
        self.entry_buttons[TppEntry.FROM_THROUGHPUT].setChecked(True)

        self.fields: dict[InputField, QLineEdit] = {}
        self.unknown_boxes: dict[InputField, QCheckBox] = {}
        self.error_labels: dict[InputField, QLabel] = {}
        self._rows: dict[InputField, QWidget] = {}
        self._rows[InputField.THROUGHPUT] = self._number_row(InputField.THROUGHPUT)
        self.bit_box = self._bit_length_box()
        self._rows[InputField.BIT_LENGTH] = self._with_error(InputField.BIT_LENGTH, self.bit_box)
        self._rows[InputField.TPP] = self._number_row(InputField.TPP)
        self.tpp_field = self.fields.pop(InputField.TPP)
        for input_field in NUMBER_FIELDS[1:]:
            self._rows[input_field] = self._number_row(input_field)
        self.datacenter_box = QCheckBox(self)
        self.datacenter_box.setChecked(True)
        self.datacenter_box.toggled.connect(self.changed)
        self.datacenter_box.clicked.connect(self._forget_preset)

        self.field_labels: dict[str, QLabel] = {}
        self.layout_form = QFormLayout(self)
        form = self.layout_form
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: long labels never squeeze or clip the fields.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add_row("preset", self.preset_box)
        self._add_row(ENTRY_KEY, entry_row, buddy=self.entry_buttons[TppEntry.FROM_THROUGHPUT])
        for input_field in (
            InputField.THROUGHPUT,
            InputField.BIT_LENGTH,
            InputField.TPP,
            *NUMBER_FIELDS[1:],
        ):
            self._add_row(input_field.value, self._rows[input_field])
        form.addRow(self.datacenter_box)
        self._show_entry_rows()

    # -- building ---------------------------------------------------------------------------------
    def _number_row(self, input_field: InputField) -> QWidget:
        """The field, its "unknown" box beside it and its error line below."""
        row = QWidget(self)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(row)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self.changed)
        edit.textEdited.connect(self._forget_preset)
        unknown = QCheckBox(row)
        unknown.setObjectName(f"unknown-{input_field.value}")
        unknown.toggled.connect(lambda checked, f=input_field: self._on_unknown_toggled(f, checked))
        unknown.clicked.connect(self._forget_preset)
        line.addWidget(edit, 1)
        line.addWidget(unknown)
        self.fields[input_field] = edit
        self.unknown_boxes[input_field] = unknown
        return self._with_error(input_field, edit, line)

    def _with_error(
        self, input_field: InputField, editor: QWidget, line: QHBoxLayout | None = None
    ) -> QWidget:
        box = editor.parentWidget() if line is not None else QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        if line is not None:
            layout.addLayout(line)
        else:
            editor.setParent(box)
            layout.addWidget(editor)
        label = QLabel(box)
        label.setObjectName(f"error-{input_field.value}")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self.error_labels[input_field] = label
        box.setFocusProxy(editor)
        return box

    def _bit_length_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.editTextChanged.connect(self.changed)
        box.activated.connect(self._forget_preset)
        box.lineEdit().textEdited.connect(self._forget_preset)
        return box

    def _add_row(self, key: str, widget: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(self)
        label.setBuddy(buddy or widget.focusProxy() or widget)
        self.field_labels[key] = label
        self.layout_form.addRow(label, widget)

    # -- reading ----------------------------------------------------------------------------------
    def entry(self) -> TppEntry:
        return next(entry for entry, button in self.entry_buttons.items() if button.isChecked())

    def form(self) -> ChipForm:
        """The fields as typed, for the core to check."""
        unknown = {
            input_field
            for input_field, box in self.unknown_boxes.items()
            if box.isChecked() and input_field not in (InputField.THROUGHPUT, InputField.TPP)
        }
        if self._tpp_unknown_box().isChecked():
            unknown.add(InputField.TPP)
        return ChipForm(
            throughput=self.fields[InputField.THROUGHPUT].text(),
            bit_length=self._bit_length_input(),
            tpp=self.tpp_field.text(),
            die_area_mm2=self.fields[InputField.DIE_AREA_MM2].text(),
            interconnect_gbps=self.fields[InputField.INTERCONNECT_GBPS].text(),
            dram_bandwidth_gbps=self.fields[InputField.DRAM_BANDWIDTH_GBPS].text(),
            datacenter=self.datacenter_box.isChecked(),
            tpp_entry=self.entry(),
            unknown=frozenset(unknown),
        )

    def preset_name(self) -> str | None:
        """The chip the figures are from, while the reader has not changed them."""
        key = self.preset_box.currentData()
        return next((p.name for p in self._presets if p.key == key), None)

    def _tpp_unknown_box(self) -> QCheckBox:
        """The TPP's "unknown" box on the row that gives the TPP."""
        if self.entry() is TppEntry.DIRECT:
            return self.unknown_boxes[InputField.TPP]
        return self.unknown_boxes[InputField.THROUGHPUT]

    def _bit_length_input(self) -> object:
        """The chosen item's bit length, or the typed text for the core to judge."""
        text = self.bit_box.currentText()
        index = self.bit_box.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.bit_box.itemData(index) is not None:
            return int(self.bit_box.itemData(index))
        return text

    # -- writing ----------------------------------------------------------------------------------
    def show_errors(self, errors: dict[InputField, str]) -> None:
        """A message under each faulty field, and a red border around it."""
        for input_field, label in self.error_labels.items():
            label.setStyleSheet(f"color: {text_colour(ERROR_COLOUR)};")
            label.setText(errors.get(input_field, ""))
            label.setVisible(input_field in errors)
            editor = self._editor(input_field)
            editor.setStyleSheet(
                f"border: 1px solid {ERROR_COLOUR};" if input_field in errors else ""
            )

    def _editor(self, input_field: InputField) -> QWidget:
        if input_field is InputField.BIT_LENGTH:
            return self.bit_box
        if input_field is InputField.TPP:
            return self.tpp_field
        return self.fields[input_field]

    def set_presets(self, presets: Sequence[FormPreset]) -> None:
        self._presets = list(presets)
        self._fill_preset_box()

    def apply_preset(self, key: str) -> None:
        """The chip's figures, as the data give them (the TPP from its throughput)."""
        preset = next((p for p in self._presets if p.key == key), None)
        if preset is None:
            return
        self.set_inputs(
            self._number(preset.throughput),
            "",
            self._number(preset.die_area_mm2),
            self._number(preset.interconnect_gbps),
            self._number(preset.dram_bandwidth_gbps),
            preset.datacenter,
            emit=False,
        )
        with QSignalBlocker(self.bit_box):
            self.bit_box.setCurrentIndex(self.bit_box.findData(preset.bit_length))
        index = self.preset_box.findData(key)
        if index >= 0:
            self.preset_box.setCurrentIndex(index)
        self.changed.emit()

    def set_inputs(
        self,
        throughput: str = "",
        bit_length: str = "",
        die_area_mm2: str = "",
        interconnect_gbps: str = "",
        dram_bandwidth_gbps: str = "",
        datacenter: bool = True,
        *,
        tpp: str = "",
        tpp_entry: TppEntry = TppEntry.FROM_THROUGHPUT,
        unknown: frozenset[InputField] = frozenset(),
        emit: bool = True,
    ) -> None:
        """Fill every field as a reader would (``unknown``: the figures ticked unknown): the
        figures are then the reader's own, no longer a chip's of the list."""
        texts = {
            InputField.THROUGHPUT: throughput,
            InputField.DIE_AREA_MM2: die_area_mm2,
            InputField.INTERCONNECT_GBPS: interconnect_gbps,
            InputField.DRAM_BANDWIDTH_GBPS: dram_bandwidth_gbps,
        }
        with ExitStack() as blocked:
            for widget in self._all_inputs():
                blocked.enter_context(QSignalBlocker(widget))
            for input_field, text in texts.items():
                self.fields[input_field].setText(text)
            self.tpp_field.setText(tpp)
            self.bit_box.setEditText(bit_length)
            self.datacenter_box.setChecked(datacenter)
            self.entry_buttons[tpp_entry].setChecked(True)
            for input_field, box in self.unknown_boxes.items():
                tpp_row = input_field in (InputField.THROUGHPUT, InputField.TPP)
                box.setChecked((InputField.TPP if tpp_row else input_field) in unknown)
        self._show_entry_rows()
        self._enable_known_fields()
        self._forget_preset()
        if emit:
            self.changed.emit()

    def _all_inputs(self) -> list[QWidget]:
        return [
            *self.fields.values(),
            self.tpp_field,
            self.bit_box,
            self.datacenter_box,
            *self.entry_buttons.values(),
            *self.unknown_boxes.values(),
        ]

    def _number(self, value: float | None) -> str:
        if value is None:
            return ""
        return self.language.formatter.number(value, decimals_of(value))

    # -- behaviour --------------------------------------------------------------------------------
    def _on_entry_toggled(self, checked: bool) -> None:
        if not checked:
            return  # the other button's toggle follows
        if hasattr(self, "_rows"):
            self._sync_tpp_unknown(self._tpp_unknown_box().isChecked())
            self._show_entry_rows()
            self._enable_known_fields()
            self._forget_preset()
            self.changed.emit()

    def _on_unknown_toggled(self, input_field: InputField, checked: bool) -> None:
        if input_field in (InputField.THROUGHPUT, InputField.TPP):
            self._sync_tpp_unknown(checked)
        self._enable_known_fields()
        self.changed.emit()

    def _sync_tpp_unknown(self, checked: bool) -> None:
        """The TPP is unknown whichever way it would be given: both rows' boxes agree."""
        for input_field in (InputField.THROUGHPUT, InputField.TPP):
            with QSignalBlocker(self.unknown_boxes[input_field]):
                self.unknown_boxes[input_field].setChecked(checked)

    def _show_entry_rows(self) -> None:
        direct = self.entry() is TppEntry.DIRECT
        self.layout_form.setRowVisible(self._rows[InputField.THROUGHPUT], not direct)
        self.layout_form.setRowVisible(self._rows[InputField.BIT_LENGTH], not direct)
        self.layout_form.setRowVisible(self._rows[InputField.TPP], direct)

    def _enable_known_fields(self) -> None:
        """A figure ticked unknown cannot be typed (nor, with the TPP, its bit length)."""
        tpp_unknown = self._tpp_unknown_box().isChecked()
        self.fields[InputField.THROUGHPUT].setEnabled(not tpp_unknown)
        self.bit_box.setEnabled(not tpp_unknown)
        self.tpp_field.setEnabled(not tpp_unknown)
        for input_field in NUMBER_FIELDS[1:]:
            self.fields[input_field].setEnabled(not self.unknown_boxes[input_field].isChecked())

    def _forget_preset(self, *_args) -> None:
        """The reader changed a figure: the form no longer shows the chosen chip."""
        with QSignalBlocker(self.preset_box):
            self.preset_box.setCurrentIndex(0)

    def _on_preset_chosen(self, index: int) -> None:
        key = self.preset_box.itemData(index)
        if key is not None:
            self.apply_preset(key)

    # -- language ---------------------------------------------------------------------------------
    def update_texts(self) -> None:
        self._rewrite_numbers()
        texts = {
            "preset": QCoreApplication.translate("ChipClassifierForm", "Start from a chip:"),
            ENTRY_KEY: QCoreApplication.translate("ChipClassifierForm", "TPP:"),
            InputField.THROUGHPUT.value: QCoreApplication.translate(
                "ChipClassifierForm", "Dense peak throughput (TOPS or TFLOPS, without sparsity):"
            ),
            InputField.BIT_LENGTH.value: QCoreApplication.translate(
                "ChipClassifierForm", "Bit length of that figure:"
            ),
            InputField.TPP.value: QCoreApplication.translate(
                "ChipClassifierForm", "Total Processing Performance (TPP):"
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
        self.entry_buttons[TppEntry.FROM_THROUGHPUT].setText(
            QCoreApplication.translate("ChipClassifierForm", "from a throughput and its bit length")
        )
        self.entry_buttons[TppEntry.DIRECT].setText(
            QCoreApplication.translate("ChipClassifierForm", "entered directly")
        )
        unknown = QCoreApplication.translate("ChipClassifierForm", "unknown")
        for input_field, box in self.unknown_boxes.items():
            box.setText(unknown)
            box.setAccessibleName(
                fill(
                    QCoreApplication.translate("ChipClassifierForm", "%1 unknown"),
                    texts[input_field.value].rstrip(" :\u00a0\u202f"),
                )
            )
        self.datacenter_box.setText(
            QCoreApplication.translate("ChipClassifierForm", "Designed or marketed for datacenters")
        )
        optional = QCoreApplication.translate("ChipClassifierForm", "optional")
        for input_field in NUMBER_FIELDS[1:]:
            self.fields[input_field].setPlaceholderText(optional)
        required = QCoreApplication.translate("ChipClassifierForm", "required")
        self.fields[InputField.THROUGHPUT].setPlaceholderText(required)
        self.tpp_field.setPlaceholderText(required)
        self._fill_bit_box()
        self._fill_preset_box()

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

    def _rewrite_numbers(self) -> None:
        """After a language switch, rewrite the figures the new language's way
        (``4 800,5`` → ``4,800.5``) so that they still read as the same numbers."""
        old, new = self._number_language, self.language.language
        self._number_language = new
        if old == new or not old:
            return
        for edit in (*self.fields.values(), self.tpp_field):
            value = parse_number(edit.text(), old)
            if isinstance(value, InputError):
                continue
            with QSignalBlocker(edit):
                edit.setText(self.language.formatter.number(value, decimals_of(value)))
