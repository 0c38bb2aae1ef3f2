"""The classifier section: a short introduction, then the form and, live, what each rule
makes of the figures entered (the form tells the tab what to plot and what to say)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explainer_core.chip_controls.chip_map import DEEPSEEK_CHIP_ID
from explainer_core.chip_controls.chip_map_marking import rule_citation
from explainer_core.chip_controls.timeline import RULE_ORDER
from explainer_core.data.export_controls import ExportControlsData
from ui.chip_controls.classifier_form import ChipClassifierForm
from ui.chip_controls.classifier_inputs import FormPreset
from ui.chip_controls.panels import scrolling, wrapped_label
from ui.shell.language import LanguageService

PAGE_MARGINS = (4, 6, 4, 4)


class ClassifierSection(QWidget):
    """``yourChipChanged``: the chip to plot on the map (``YourChip`` or None);
    ``statusMessage``: a line for the window's status bar."""

    yourChipChanged = Signal(object)
    statusMessage = Signal(str)

    def __init__(
        self, data: ExportControlsData, language: LanguageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        self.intro_label = wrapped_label(self, "classifierIntro", rich=False)
        layout.addWidget(self.intro_label)
        self.form = ChipClassifierForm(language, self)
        self.form.set_presets(
            [
                FormPreset(
                    chip.id,
                    chip.name,
                    chip.tpp_throughput,
                    chip.tpp_bits,
                    chip.die_area_mm2,
                    chip.interconnect_gbps,
                    chip.dram_bandwidth_gbps,
                    chip.datacenter,
                )
                for chip in data.chips
            ]
        )
        self.form.set_citations({rule: rule_citation(data, rule) for rule in RULE_ORDER})
        self.form.apply_preset(DEEPSEEK_CHIP_ID)
        self.form.yourChipChanged.connect(self.yourChipChanged)
        self.form.statusMessage.connect(self.statusMessage)
        layout.addWidget(scrolling(self.form, self, focusable=False), 1)

    def set_plotted(self, plotted: bool) -> None:
        """Whether the figures are plotted on the chip map (the map can take them off)."""
        self.form.set_plotted(plotted)

    def update_texts(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Try it yourself: TPP is the dense peak throughput times its bit length (or "
                "enter a TPP read in a filing), and performance density is TPP divided by the "
                "die area in mm². Enter a chip's figures, or start from a chip of the list; "
                "tick “unknown” for a figure nobody has published, and see what each rule can "
                "still decide."
            )
        )
        self.form.update_texts()
