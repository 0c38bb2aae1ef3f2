"""The list of chips beside the chip map: each with its marker as drawn under the shown rule,
its status in the tooltip, in bold when the selected event names it."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from explainer_core.chip_controls.chip_map import HOLLOW_STATUSES, chip_kind
from explainer_core.chip_controls.rules import Rule
from explainer_core.chip_controls.texts import labelled, rule_name, status_name
from explainer_core.data.export_controls import Chip
from ui.chip_controls.styles import CHIP_SYMBOLS, ICON_SIZE, status_colour, symbol_icon
from ui.shell.language import LanguageService


class ChipList(QListWidget):
    """Tells which chip the reader chose (``chipChosen``: its id)."""

    chipChosen = Signal(str)

    def __init__(
        self, chips: tuple[Chip, ...], language: LanguageService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chips = chips
        self.language = language
        self.rule = Rule.OCTOBER_2023
        self.setObjectName("chipList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        for chip in chips:
            item = QListWidgetItem(chip.name, self)
            item.setData(Qt.ItemDataRole.UserRole, chip.id)
        self.currentItemChanged.connect(self._on_current_changed)

    def chip_id(self, row: int) -> str:
        return self.item(row).data(Qt.ItemDataRole.UserRole)

    def current_chip(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def set_current_chip(self, chip_id: str) -> None:
        """Show ``chip_id`` as chosen, without telling it back."""
        with QSignalBlocker(self):
            for row in range(self.count()):
                if self.chip_id(row) == chip_id:
                    self.setCurrentRow(row)

    def set_rule(self, rule: Rule) -> None:
        self.rule = rule
        self.update_texts()

    def set_bold(self, chip_ids: set[str]) -> None:
        """Bold: the chips the selected event names."""
        for row in range(self.count()):
            item = self.item(row)
            font = item.font()
            font.setBold(self.chip_id(row) in chip_ids)
            item.setFont(font)

    def update_texts(self) -> None:
        """Icons and tooltips under the shown rule (also after a change of colours)."""
        self.setAccessibleName(self.tr("Chips on the map"))
        words = self.language.words
        for row, chip in enumerate(self.chips):
            item = self.item(row)
            status = chip.status(self.rule)
            item.setIcon(
                symbol_icon(
                    CHIP_SYMBOLS[chip_kind(chip)], status_colour(status), status in HOLLOW_STATUSES
                )
            )
            verdict = labelled(words, rule_name(words, self.rule), status_name(words, status))
            item.setToolTip(f"{chip.vendor} · {verdict}")

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.chipChosen.emit(current.data(Qt.ItemDataRole.UserRole))
