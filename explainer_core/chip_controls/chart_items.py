"""What a claim's "Show in chart" asks of the tab's charts (pure Python): the state that
illustrates the item, whatever state the reader left them in.

On the chip map an item names a chip (by id or name), a rule (by its code, e.g.
``october_2022``), or nothing (the chart as it opens). A chip is shown under the rule in
force on the day of the market shock: the story the app tells is that day's. On the
timeline an item names an event by id, or a day (ISO date) for the event nearest it.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.chip_controls.chip_map import DEEPSEEK_CHIP_ID, chip_for_item
from explainer_core.chip_controls.rules import Rule
from explainer_core.chip_controls.timeline import (
    RULE_EVENT_IDS,
    event_for_item,
    rule_in_force_on,
)
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.market.story import SHOCK_DAY


@dataclass(frozen=True)
class MapState:
    """The chip map as it illustrates an item: under ``rule``, the whole frame in view,
    ``chip`` selected."""

    rule: Rule
    chip: str


def story_rule(data: ExportControlsData) -> Rule:
    """The rule the chip map opens with: the one in force on the day of the shock."""
    return rule_in_force_on(SHOCK_DAY, data.events)


def opening_map_state(data: ExportControlsData) -> MapState:
    """The chip map as the tab opens: the story's rule, DeepSeek's chip selected."""
    return MapState(story_rule(data), DEEPSEEK_CHIP_ID)


def map_state_for_item(data: ExportControlsData, item: str) -> MapState | None:
    """The chip map's state for a claim's item, or ``None`` when the item names nothing
    the map shows."""
    wanted = item.strip()
    if not wanted:
        return opening_map_state(data)
    rule = next((rule for rule in Rule if rule.value == wanted.casefold()), None)
    if rule is not None:
        return MapState(rule, opening_map_state(data).chip)
    chip = chip_for_item(data.chips, wanted)
    if chip is None:
        return None
    return MapState(story_rule(data), chip.id)


def timeline_event_for_item(data: ExportControlsData, item: str) -> str | None:
    """The event the timeline selects for a claim's item: the item's, or for an empty item
    the event that brought in the story's rule; ``None`` when the item names none."""
    if not item.strip():
        return RULE_EVENT_IDS[story_rule(data)]
    event = event_for_item(data.events, item)
    return None if event is None else event.id
