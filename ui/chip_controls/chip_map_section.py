"""The chip map section: the rule switch, the list of chips, the chip map, and beside it the
selected chip's details and the "What DeepSeek used" card.

Owns the shown rule, the selected chip (and whether the reader singled it out) and the
chips ringed for the selected event; gives the map's state to a file (``figure_state``);
tells the tab by signals (chip ids, rules, event ids) and never reaches into the other
sections.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explainer_core.chip_controls.chart_states import ChipMapState, YourChip
from explainer_core.chip_controls.rules import Rule
from explainer_core.chip_controls.texts import rule_name
from explainer_core.chip_controls.timeline import RULE_ORDER
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.data.sources import SourceRegistry
from ui.chip_controls.chip_details import ChipDetailsPanel
from ui.chip_controls.chip_list import ChipList
from ui.chip_controls.chip_map_chart import ChipMapChart
from ui.chip_controls.deepseek_card import DeepSeekCard
from ui.chip_controls.panels import wrapped_label
from ui.shell.language import LanguageService

PAGE_MARGINS = (4, 6, 4, 4)


class ChipMapSection(QWidget):
    """``chipSelected``: a chip was selected (by the reader or the tab); ``ruleChanged``:
    the map now shows another rule; ``eventRequested``: a link to an event was followed;
    ``yourChipClicked`` / ``yourChipRemoved``: the reader's own chip was clicked or taken
    off the map."""

    chipSelected = Signal(str)
    ruleChanged = Signal(object)  # Rule
    eventRequested = Signal(str)
    yourChipClicked = Signal()
    yourChipRemoved = Signal()

    def __init__(
        self,
        data: ExportControlsData,
        sources: SourceRegistry,
        language: LanguageService,
        rule: Rule,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.language = language
        self.rule = rule
        self.selected_chip: str | None = None
        self.chip_singled_out = False  # the reader chose the selected chip (not the tab)
        self.highlighted_chips: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        # The introduction and the rule switch share a row: the chart keeps the height.
        controls = QHBoxLayout()
        self.intro_label = wrapped_label(self, "mapIntro", rich=False)
        controls.addWidget(self.intro_label, 1)
        controls.addSpacing(12)
        self.rule_buttons_label = QLabel(self)
        controls.addWidget(self.rule_buttons_label)
        self.rule_buttons: dict[Rule, QPushButton] = {}
        self.rule_button_group = QButtonGroup(self)
        self.rule_button_group.setExclusive(True)
        for each in RULE_ORDER:
            button = QPushButton(self)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, r=each: self.set_rule(r))
            self.rule_button_group.addButton(button)
            controls.addWidget(button)
            self.rule_buttons[each] = button
        layout.addLayout(controls)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.chip_list = ChipList(data.chips, language, splitter)
        self.chip_list.chipChosen.connect(self.select_chip)
        self.chart = ChipMapChart(data, sources, language, rule, splitter)
        self.chart.chipClicked.connect(self.select_chip)
        self.chart.yourChipClicked.connect(self.yourChipClicked)
        self.chart.yourChipRemoved.connect(self.yourChipRemoved)
        side = QSplitter(Qt.Orientation.Vertical, splitter)
        self.details = ChipDetailsPanel(data, sources, language, side)
        self.details.eventRequested.connect(self.eventRequested)
        self.deepseek_card = DeepSeekCard(data, sources, language, side)
        self.deepseek_card.chipRequested.connect(self.select_chip)
        side.addWidget(self.details)
        side.addWidget(self.deepseek_card)
        side.setSizes([330, 270])
        splitter.addWidget(self.chip_list)
        splitter.addWidget(self.chart)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)  # a narrower window takes mostly from the details
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([165, 735, 360])
        layout.addWidget(splitter, 1)
        self._show_rule()

    # -- behaviour --------------------------------------------------------------------------------
    def select_chip(self, chip_id: str, singled_out: bool = True) -> bool:
        """Select a chip in the list, on the map and in the details; False if unknown.
        ``singled_out``: the reader chose it (a file of the map then rings it too); False
        for the chip the tab selects by itself."""
        if chip_id not in {chip.id for chip in self.data.chips}:
            return False
        changed = chip_id != self.selected_chip
        self.selected_chip = chip_id
        self.chip_singled_out = singled_out
        self.chip_list.set_current_chip(chip_id)
        self.chart.set_selected(chip_id)
        self.details.show_chip(chip_id)
        if changed:
            self.chipSelected.emit(chip_id)
        return True

    def set_rule(self, rule: Rule) -> None:
        """Show the chip map under ``rule``."""
        rule = Rule(rule)
        self.rule_buttons[rule].setChecked(True)
        if rule is self.rule:
            return
        self.rule = rule
        self._show_rule()
        self.ruleChanged.emit(rule)

    def set_highlighted_chips(self, chip_ids: set[str]) -> None:
        """Ring the chips the selected event names (and set them in bold in the list)."""
        self.highlighted_chips = set(chip_ids)
        self.chart.set_highlighted(self.highlighted_chips)
        self.chip_list.set_bold(self.highlighted_chips)

    @property
    def your_chip(self) -> YourChip | None:
        """The reader's chip on the map (from the classifier), if any."""
        return self.chart.your_chip

    def set_your_chip(self, your_chip: YourChip | None) -> None:
        """Plot the reader's chip from the classifier under every rule (``None``: remove)."""
        self.chart.set_your_chip(your_chip)

    def figure_state(self) -> ChipMapState:
        """The map as the reader left it: its rule, the chip they singled out, their chip."""
        highlighted = self.selected_chip if self.chip_singled_out else None
        return ChipMapState(self.rule, highlighted, self.your_chip)

    def reset_zoom(self) -> None:
        self.chart.reset_zoom()

    def _show_rule(self) -> None:
        self.rule_buttons[self.rule].setChecked(True)
        self.chart.set_rule(self.rule)
        self.chip_list.set_rule(self.rule)
        self.details.set_rule(self.rule)

    # -- texts and drawing ------------------------------------------------------------------------
    def update_texts(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Each chip sits by its computing power (TPP, across) and the second figure the "
                "rule tests (up). Switch rules to see the lines move: at first a slower link "
                "was enough to escape; since the second rule, density counts instead."
            )
        )
        self.rule_buttons_label.setText(self.tr("Rule:"))
        for rule, button in self.rule_buttons.items():
            button.setText(rule_name(self.language.words, rule))
        self.chart.update_texts()
        self.chip_list.update_texts()
        self.details.update_texts()
        self.deepseek_card.update_texts()

    def redraw(self) -> None:
        self.chart.redraw()
