"""The classifier: the fields (``classifier_inputs``) and, live, what each rule makes of them
(``classifier_results``); the reader may plot the chip on the chip map and copy the
verdict for a report.

All arithmetic and checks are the core's (``chip_form.check_chip_form``,
``rules.classify_all``, ``verdict``); this widget passes the fields to it, shows the
messages and results, and tells the tab by signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from explainer_core.chip_controls.chart_states import YourChip
from explainer_core.chip_controls.chip_form import FormCheck, TppEntry, check_chip_form
from explainer_core.chip_controls.rules import InputField, Rule, classify_all
from explainer_core.chip_controls.texts import density_text, input_error_text, tpp_text
from explainer_core.chip_controls.verdict import verdict_for
from ui.chip_controls.classifier_inputs import ClassifierInputs, FormPreset
from ui.chip_controls.classifier_results import ClassifierResults, ClassifierResultsPanel
from ui.chip_controls.verdict_text import verdict_text
from ui.shell.language import LanguageService


class ChipClassifierForm(QWidget):
    """``resultsChanged``: after every edit (read ``results()``); ``yourChipChanged``: the
    chip to plot on the map (a ``YourChip``: its figures and the name of the chip of the
    list they come from, or None to take it off); ``statusMessage``: a line for the
    window's status bar."""

    resultsChanged = Signal()
    yourChipChanged = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._citations: dict[Rule, str] = {}
        self._results = ClassifierResults(FormCheck())  # until the fields are read
        self._plotted: YourChip | None = None
        self.inputs = ClassifierInputs(language, self)
        self.inputs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.results_panel = ClassifierResultsPanel(self)
        self.results_panel.plot_button.toggled.connect(self._on_plot_toggled)
        self.results_panel.copy_button.clicked.connect(self.copy_verdict)
        # The controls the tests and the keyboard checks reach, by their usual names.
        self.preset_box = self.inputs.preset_box
        self.fields = self.inputs.fields
        self.tpp_field = self.inputs.tpp_field
        self.bit_box = self.inputs.bit_box
        self.datacenter_box = self.inputs.datacenter_box
        self.unknown_boxes = self.inputs.unknown_boxes
        self.entry_buttons = self.inputs.entry_buttons
        self.error_labels = self.inputs.error_labels
        self.field_labels = self.inputs.field_labels
        self.figures_label = self.results_panel.figures_label
        self.summary_label = self.results_panel.summary_label
        self.rule_results = self.results_panel.rule_results
        self.plot_button = self.results_panel.plot_button
        self.copy_button = self.results_panel.copy_button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inputs, 5, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.results_panel, 6)
        self.inputs.changed.connect(self.update_results)
        self.update_texts()

    # -- input ------------------------------------------------------------------------------------
    def set_presets(self, presets: Sequence[FormPreset]) -> None:
        self.inputs.set_presets(presets)

    def apply_preset(self, key: str) -> None:
        self.inputs.apply_preset(key)

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
    ) -> None:
        """Fill every field as a reader would type it (the results follow)."""
        self.inputs.set_inputs(
            throughput,
            bit_length,
            die_area_mm2,
            interconnect_gbps,
            dram_bandwidth_gbps,
            datacenter,
            tpp=tpp,
            tpp_entry=tpp_entry,
            unknown=unknown,
        )

    def set_citations(self, citations: dict[Rule, str]) -> None:
        """Each rule's reference (``88 FR 73458``), named in a copied verdict."""
        self._citations = dict(citations)

    # -- results ----------------------------------------------------------------------------------
    def results(self) -> ClassifierResults:
        return self._results

    def update_results(self, *_args) -> None:
        formatter = self.language.formatter
        check = check_chip_form(self.inputs.form(), self.language.language)
        errors = {
            input_field: input_error_text(self.language.words, formatter, error, input_field)
            for input_field, error in check.errors.items()
        }
        self.inputs.show_errors(errors)
        if check.specs is None:
            self._results = ClassifierResults(check, errors=errors)
        else:
            specs = check.specs
            density = specs.performance_density
            self._results = ClassifierResults(
                check,
                "" if specs.tpp is None else tpp_text(formatter, specs.tpp),
                "" if density is None else density_text(formatter, density),
                classify_all(specs),
                errors,
            )
        self.results_panel.show_results(self._results, self.language.words, formatter)
        self._tell_plotted_chip()
        self.resultsChanged.emit()

    # -- plotting and copying ---------------------------------------------------------------------
    def is_plotted(self) -> bool:
        return self.plot_button.isChecked()

    def set_plotted(self, plotted: bool) -> None:
        """Plot these figures on the chip map, or take them off (the map's own button)."""
        self.plot_button.setChecked(plotted)

    def _on_plot_toggled(self, _checked: bool) -> None:
        self.results_panel.show_results(self._results, self.language.words, self.language.formatter)
        self._tell_plotted_chip()

    def _tell_plotted_chip(self) -> None:
        """The chip the map should show: these figures while plotted and placeable."""
        specs = self._results.check.specs if self.is_plotted() else None
        plotted = None
        if specs is not None and specs.tpp is not None:
            plotted = YourChip(specs, self.inputs.preset_name())
        if plotted != self._plotted:
            self._plotted = plotted
            self.yourChipChanged.emit(plotted)

    def verdict_text(self) -> str:
        """The verdict as a report gives it, or "" while a field is faulty."""
        check = self._results.check
        if check.specs is None:
            return ""
        return verdict_text(
            verdict_for(check.specs),
            check,
            self.inputs.preset_name(),
            self._citations,
            self.language.words,
            self.language.formatter,
        )

    def copy_verdict(self) -> None:
        text = self.verdict_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.statusMessage.emit(
            QCoreApplication.translate(
                "ChipClassifierForm",
                "Verdict copied to the clipboard: the figures, and each rule's status, "
                "clause and lines.",
            )
        )

    # -- language ---------------------------------------------------------------------------------
    def update_texts(self) -> None:
        self.inputs.update_texts()
        self.results_panel.update_texts(self.language.words, self.language.formatter)
        self.update_results()
