"""Tab 2: how the US export controls decide which AI chips may be sold to China.

Three sections: the rules timeline (``timeline_section``), the chip map with the chip's
details (``chip_map_section``) and the classifier (``classifier_section``). This view only
composes them and wires their signals, which carry ids: selecting a chip rings the events
that concern it; selecting an event rings the chips it names; the three rules' events
switch the map's rule, and switching the rule selects its event. It gives each chart's
state to the files (``figure_state``): the states are the core's (``chart_states``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from explainer_core.chip_controls.chart_states import (
    ChipMapState,
    TimelineState,
    YourChip,
    default_chip_map_state,
    default_timeline_state,
    map_state_for_item,
    selected_chip,
    selected_event,
    timeline_state_for_item,
)
from explainer_core.chip_controls.rules import Rule
from explainer_core.chip_controls.timeline import RULE_EVENT_IDS, rule_of_event
from explainer_core.data.export_controls import ExportControlsData, load_export_controls
from ui import registry
from ui.chip_controls.chip_map_chart import MAP_CHART_ID
from ui.chip_controls.chip_map_section import ChipMapSection
from ui.chip_controls.classifier_form import ChipClassifierForm
from ui.chip_controls.classifier_section import ClassifierSection
from ui.chip_controls.panels import follow_link, scrolling
from ui.chip_controls.timeline_section import TIMELINE_CHART_ID, RulesTimelineSection
from ui.shell.language import LanguageService
from ui.shell.tab_view import TabView
from widgets.chart_panel import ChartPanel

SECTION_TIMELINE, SECTION_MAP, SECTION_CLASSIFIER = 0, 1, 2
# Below a useful size a section scrolls rather than crushing its chart (pixels).
MIN_TIMELINE_PAGE = (880, 520)
MIN_MAP_PAGE = (1060, 600)


class ChipControlsView(TabView):
    tab_id = registry.CHIP_CONTROLS

    chipSelected = Signal(str)
    eventSelected = Signal(str)
    ruleViewChanged = Signal(object)  # Rule

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.data: ExportControlsData | None
        layout, self.data = self.start_with_intro(
            lambda sources: load_export_controls(sources=sources)
        )
        if self.data is None:
            self.update_texts()
            return
        opening = default_chip_map_state(self.data)

        self.sections = QTabWidget(self)
        self.sections.setObjectName("exportSections")
        self.sections.setDocumentMode(True)
        self.timeline_section = RulesTimelineSection(
            self.data, self.sources, language, self.sections
        )
        self.timeline_section.setMinimumSize(*MIN_TIMELINE_PAGE)
        self.map_section = ChipMapSection(
            self.data, self.sources, language, opening.rule, self.sections
        )
        self.map_section.setMinimumSize(*MIN_MAP_PAGE)
        self.classifier_section = ClassifierSection(self.data, language, self.sections)
        self.sections.addTab(scrolling(self.timeline_section, self.sections, focusable=False), "")
        self.sections.addTab(scrolling(self.map_section, self.sections, focusable=False), "")
        self.sections.addTab(self.classifier_section, "")
        layout.addWidget(self.sections, 1)

        self.timeline_section.eventSelected.connect(self._follow_event)
        self.timeline_section.chipRequested.connect(self._open_chip)
        self.map_section.chipSelected.connect(self._follow_chip)
        self.map_section.ruleChanged.connect(self._follow_rule)
        self.map_section.eventRequested.connect(self._open_event)
        self.map_section.yourChipRemoved.connect(lambda: self.classifier_section.set_plotted(False))
        self.map_section.yourChipClicked.connect(lambda: self.show_section(SECTION_CLASSIFIER))
        self.classifier_section.yourChipChanged.connect(self._plot_your_chip)
        self.classifier_section.statusMessage.connect(self.statusMessage)

        self.update_texts()
        # Selected by the tab, not singled out by the reader: files do not ring them.
        self.select_chip(selected_chip(opening), singled_out=False)
        self.select_event(selected_event(self.data, default_timeline_state(self.data)), False)
        self.sections.setCurrentIndex(SECTION_MAP)

    # -- what the rest of the app reads -----------------------------------------------------------
    @property
    def classifier(self) -> ChipClassifierForm:
        """The classifier's form (the rest of the app and its tests fill it in)."""
        return self.classifier_section.form

    @property
    def selected_chip(self) -> str | None:
        return self.map_section.selected_chip if self.data is not None else None

    @property
    def selected_event(self) -> str | None:
        return self.timeline_section.selected_event if self.data is not None else None

    @property
    def rule_view(self) -> Rule:
        return self.map_section.rule

    def figure_state(self, chart_id: str) -> ChipMapState | TimelineState | None:
        """The chart as the reader left it, for a file of it (``chart_states``)."""
        if self.data is None:
            return None
        if chart_id == MAP_CHART_ID:
            return self.map_section.figure_state()
        if chart_id == TIMELINE_CHART_ID:
            return self.timeline_section.figure_state()
        return None

    def chart_panel(self, chart_id: str) -> ChartPanel:
        """The panel that draws ``chart_id`` (one of ``chart_ids``)."""
        if chart_id == MAP_CHART_ID:
            return self.map_section.chart
        if chart_id == TIMELINE_CHART_ID:
            return self.timeline_section.chart
        raise KeyError(chart_id)

    def show_section(self, index: int) -> None:
        self.sections.setCurrentIndex(index)

    def current_section(self) -> int:
        return self.sections.currentIndex()

    # -- behaviour --------------------------------------------------------------------------------
    def select_chip(self, chip_id: str, singled_out: bool = True) -> None:
        """Select a chip everywhere: list, map, details; ring the events that concern it.
        ``singled_out``: the reader chose it (False: the tab did, as it opens)."""
        if self.data is None:
            return
        unchanged = chip_id == self.map_section.selected_chip
        if self.map_section.select_chip(chip_id, singled_out) and unchanged:
            self._follow_chip(chip_id)

    def select_event(self, event_id: str, singled_out: bool = True) -> None:
        """Select an event: its details, its chips ringed on the map; a rule's own event
        also switches the map to that rule. ``singled_out``: the reader chose it (False:
        the tab did, as it opens or follows the map's rule)."""
        if self.data is None:
            return
        unchanged = event_id == self.timeline_section.selected_event
        if self.timeline_section.select_event(event_id, singled_out) and unchanged:
            self._follow_event(event_id)

    def set_rule_view(self, rule: Rule) -> None:
        """Show the chip map under ``rule``; the timeline selects the rule's event."""
        self.map_section.set_rule(Rule(rule))
        self.select_event(RULE_EVENT_IDS[Rule(rule)], singled_out=False)

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Put a chart in the state that illustrates a claim's item (``chart_states``),
        whatever state the reader left it in: on the chip map a chip under the story's rule,
        or a rule, the whole map in view; on the timeline an event, or the event nearest a
        date, the whole timeline in view. A chip or an event the item names is singled out
        (a file rings it, as the claim asks)."""
        if self.data is None or chart_id not in self.chart_ids:
            return False
        if chart_id == MAP_CHART_ID:
            self.show_section(SECTION_MAP)
            state = map_state_for_item(self.data, item)
            if state is None:
                return False
            self.set_rule_view(state.rule)
            self.select_chip(selected_chip(state), singled_out=state.highlighted is not None)
            self.map_section.reset_zoom()
            return True
        self.show_section(SECTION_TIMELINE)
        timeline_state = timeline_state_for_item(self.data, item)
        if timeline_state is None:
            return False
        self.select_event(
            selected_event(self.data, timeline_state),
            singled_out=timeline_state.highlighted is not None,
        )
        self.timeline_section.reset_zoom()
        return True

    def step_event(self, step: int) -> None:
        self.timeline_section.step_event(step)

    def open_link(self, href: str) -> None:
        """``chip:ID`` and ``event:ID`` select inside the tab; other links open the browser."""
        follow_link(href, self._open_chip, self._open_event)

    def _open_chip(self, chip_id: str) -> None:
        self.select_chip(chip_id)
        self.show_section(SECTION_MAP)

    def _open_event(self, event_id: str) -> None:
        self.select_event(event_id)
        self.show_section(SECTION_TIMELINE)

    # -- the sections follow each other -----------------------------------------------------------
    def _plot_your_chip(self, your_chip: YourChip | None) -> None:
        """The classifier's chip on the map; the map comes to the front as it appears."""
        newly_shown = your_chip is not None and self.map_section.your_chip is None
        self.map_section.set_your_chip(your_chip)
        if newly_shown:
            self.show_section(SECTION_MAP)

    def _follow_chip(self, chip_id: str) -> None:
        self.timeline_section.set_ringed_chip(chip_id)
        self.chipSelected.emit(chip_id)

    def _follow_event(self, event_id: str) -> None:
        self.map_section.set_highlighted_chips(set(self.data.event(event_id).chips))
        rule = rule_of_event(event_id)
        if rule is not None:
            self.map_section.set_rule(rule)
        self.eventSelected.emit(event_id)

    def _follow_rule(self, rule: Rule) -> None:
        if self.timeline_section.selected_event != RULE_EVENT_IDS[rule]:
            self.select_event(RULE_EVENT_IDS[rule], singled_out=False)
        self.ruleViewChanged.emit(rule)

    # -- texts and appearance ---------------------------------------------------------------------
    def update_texts(self) -> None:
        self.intro.set_texts(
            self.tr("Which AI chips may be sold to China?"),
            self.tr(
                "US rules decide from two or three figures of a chip whether it may be sold to "
                "China: its computing power (TPP), how densely that power is packed and, at "
                "first, how fast it talks to other chips. Nvidia answered each rule with "
                "cut-down chips; DeepSeek trained its V3 model on one of them, the H800."
            ),
        )
        if self.data is not None:
            self.when_shown(self._update_sections)

    def _update_sections(self) -> None:
        """The three sections: their texts at once, their charts when they can be seen."""
        self.sections.setTabText(SECTION_TIMELINE, self.tr("Rules timeline"))
        self.sections.setTabText(SECTION_MAP, self.tr("Chip map"))
        self.sections.setTabText(SECTION_CLASSIFIER, self.tr("Classifier"))
        self.timeline_section.update_texts()
        self.map_section.update_texts()
        self.classifier_section.update_texts()

    def redraw(self) -> None:
        if self.data is not None:
            self.timeline_section.redraw()
            self.map_section.redraw()
        super().redraw()
