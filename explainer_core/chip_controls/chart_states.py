"""What the reader chose on the tab's two charts (pure Python): one state per chart, the
screen's and the files' alike. The view gives its state (``figure_state``), the builders
draw it, and a claim's "Show in chart" asks for one.

``highlighted`` is an item the reader singled out (a chip or an event clicked, chosen in a
list, followed by a link, or named by a claim): a file rings it. What the tab selects by
itself (the H800 and the story's rule when it opens, a rule's event when the map switches
rules) only fills the details beside the charts, and is not ringed in a file.

On the chip map a claim's item names a chip (by id or name), a rule (by its code, e.g.
``october_2022``), or nothing (the chart as it opens). A chip is shown under the rule in
force on the day of the market shock: the story the app tells is that day's. On the
timeline an item names an event by id, or a day (ISO date) for the event nearest it.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.chip_controls.chip_map import DEEPSEEK_CHIP_ID, chip_for_item
from explainer_core.chip_controls.rules import ChipSpecs, Rule
from explainer_core.chip_controls.timeline import (
    RULE_EVENT_IDS,
    event_for_item,
    rule_in_force_on,
)
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.market.story import SHOCK_DAY


@dataclass(frozen=True)
class YourChip:
    """The reader's own chip, from the classifier: its figures, and the name of the chip of
    the list they were taken from while they are unchanged (None: the reader's own)."""

    specs: ChipSpecs
    name: str | None = None


@dataclass(frozen=True)
class ChipMapState:
    rule: Rule = Rule.OCTOBER_2023
    highlighted: str | None = None  # a chip id the reader singled out
    your_chip: YourChip | None = None  # plotted from the classifier (a star)


@dataclass(frozen=True)
class TimelineState:
    """The rule switch of the chip map only selects a rule's event on the timeline: a file
    of the timeline shows every event whatever the rule."""

    highlighted: str | None = None  # an event id the reader singled out


def story_rule(data: ExportControlsData) -> Rule:
    """The rule the chip map opens with: the one in force on the day of the shock."""
    return rule_in_force_on(SHOCK_DAY, data.events)


def default_chip_map_state(data: ExportControlsData) -> ChipMapState:
    """The map as the tab opens: under the story's rule, nothing singled out."""
    return ChipMapState(story_rule(data))


def default_timeline_state(_data: ExportControlsData) -> TimelineState:
    return TimelineState()


def selected_chip(state: ChipMapState) -> str:
    """The chip whose details the tab shows with ``state``: the one singled out, else
    DeepSeek's chip (the H800), which the tab selects by itself."""
    return state.highlighted or DEEPSEEK_CHIP_ID


def selected_event(data: ExportControlsData, state: TimelineState) -> str:
    """The event whose details the tab shows with ``state``: the one singled out, else the
    event that brought in the story's rule."""
    return state.highlighted or RULE_EVENT_IDS[story_rule(data)]


def map_state_for_item(data: ExportControlsData, item: str) -> ChipMapState | None:
    """The chip map's state for a claim's item, or ``None`` when the item names nothing
    the map shows."""
    wanted = item.strip()
    if not wanted:
        return default_chip_map_state(data)
    rule = next((rule for rule in Rule if rule.value == wanted.casefold()), None)
    if rule is not None:
        return ChipMapState(rule)
    chip = chip_for_item(data.chips, wanted)
    if chip is None:
        return None
    return ChipMapState(story_rule(data), chip.id)


def timeline_state_for_item(data: ExportControlsData, item: str) -> TimelineState | None:
    """The timeline's state for a claim's item: its event singled out, or for an empty item
    the timeline as it opens; ``None`` when the item names no event."""
    if not item.strip():
        return default_timeline_state(data)
    event = event_for_item(data.events, item)
    return None if event is None else TimelineState(event.id)
