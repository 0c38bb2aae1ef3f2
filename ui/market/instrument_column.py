"""The market tab's left column: the presets and the instrument picker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from explainer_core.data.market import MarketData
from explainer_core.market.story import Preset
from ui.market.series_styles import SeriesStyles
from ui.shell.language import LanguageService
from widgets.instrument_picker import InstrumentPicker, PickerEntry


class InstrumentColumn(QWidget):
    """Asks for a preset by id; tells which instruments the user checked.

    Texts follow the language through ``update_texts``, called by the tab view (as every
    section of the tab: the view defers the work while the tab is hidden).
    """

    presetChosen = Signal(str)  # a Preset value
    selectionChanged = Signal(list)  # the checked tickers, in the picker's order

    def __init__(
        self,
        language: LanguageService,
        data: MarketData,
        styles: SeriesStyles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._data = data
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.presets_label = QLabel(self)
        layout.addWidget(self.presets_label)
        presets = QGridLayout()
        self.preset_buttons: dict[Preset, QPushButton] = {}
        for index, preset in enumerate(Preset):
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, p=preset: self.presetChosen.emit(p.value))
            # One per row: two side by side would make the column as wide as the longest
            # pair of names, so the charts would change size with the language.
            presets.addWidget(button, index, 0)
            self.preset_buttons[preset] = button
        layout.addLayout(presets)
        self.picker = InstrumentPicker(self)
        self.picker.set_entries(
            [PickerEntry(i.ticker, i.name, i.group, *styles.of(i.ticker)) for i in data.instruments]
        )
        self.picker.selectionChanged.connect(self.selectionChanged)
        layout.addWidget(self.picker, 1)

    def set_selected(self, tickers: list[str] | tuple[str, ...]) -> None:
        """Check exactly ``tickers`` (no signal: the caller knows what it asked for)."""
        self.picker.set_selected(tickers)

    def preset_name(self, preset: Preset) -> str:
        names = {
            Preset.THE_SHOCK: self.tr("The shock"),
            Preset.POWER_TRADE: self.tr("The power trade"),
            Preset.BIG_TECH: self.tr("Big tech"),
            Preset.INDICES: self.tr("Indices"),
        }
        return names[preset]

    def update_texts(self) -> None:
        language = self.language.language
        self.presets_label.setText(self.tr("Presets"))
        for preset, button in self.preset_buttons.items():
            button.setText(self.preset_name(preset))
        self.picker.set_group_titles(
            {
                "ai_chips": self.tr("AI chips"),
                "big_tech": self.tr("Big tech"),
                "power_energy": self.tr("Power & energy"),
                "indices_funds": self.tr("Indices & funds"),
            }
        )
        self.picker.setAccessibleName(self.tr("Instruments shown on the chart"))
        self.picker.set_tooltips(
            {
                i.ticker: f"{i.name} ({i.ticker})"
                + (f"\n{i.note(language)}" if i.note(language) else "")
                for i in self._data.instruments
            }
        )
        self.redraw()

    def redraw(self) -> None:
        """Names whole at the current text size (the column gives way elsewhere: it is
        collapsible in the tab's splitter)."""
        self.picker.setMinimumWidth(self.picker.needed_width())
