"""How the chip map marks each chip, for a figure (pure Python): the colour of its status
under a rule (hollow where the rule does not concern the chip or cannot decide), the shape
of its kind, a star where an approximate figure places it, which statuses the app computed
from the thresholds; and which rule was in force on a day, with its reference.

The colours and shapes are the screen's (``ui/chip_controls``), which will read them from
here once the tab's views are moved over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from explainer_core.chip_controls.chip_map import Y_QUANTITY
from explainer_core.chip_controls.rules import Quantity, Rule, Status
from explainer_core.chip_controls.timeline import RULE_EVENT_IDS, short_citation
from explainer_core.data.export_controls import Chip, ExportControlsData, RuleEvent
from explainer_core.figure import MarkerShape
from explainer_core.figure.palette import OKABE_ITO

UNCERTAIN_MARK = "*"  # as in a chip's details on screen
NEUTRAL = "#8c8c8c"
UNDETERMINED_COLOUR = "#4d4d4d"

# How each status looks wherever it is shown (Okabe–Ito, as on screen).
STATUS_COLOURS: dict[Status, str] = {
    Status.LICENCE_REQUIRED: OKABE_ITO[0],
    Status.PRESUMPTION_OF_DENIAL: OKABE_ITO[0],
    Status.NOTIFICATION: OKABE_ITO[2],
    Status.NOT_CONTROLLED: OKABE_ITO[3],
    Status.CASE_BY_CASE: OKABE_ITO[1],
    Status.NOT_APPLICABLE: NEUTRAL,
    # Darker than "not concerned" (the screen has one grey for both), so that the two
    # hollow statuses differ in the legend.
    Status.UNDETERMINED: UNDETERMINED_COLOUR,
}
HOLLOW_STATUSES = frozenset({Status.NOT_APPLICABLE, Status.UNDETERMINED})


class ChipKind:
    """What a marker's shape tells: the kind of chip (its colour tells its status)."""

    DATACENTER = MarkerShape.CIRCLE
    NOT_DATACENTER = MarkerShape.SQUARE  # the 2023 rule's Note 2 may apply
    CHINESE = MarkerShape.TRIANGLE  # a Chinese chip, placed as if it were a US export


def chip_shape(chip: Chip) -> MarkerShape:
    if chip.domestic_chinese:
        return ChipKind.CHINESE
    return ChipKind.DATACENTER if chip.datacenter else ChipKind.NOT_DATACENTER


# The spec columns behind each quantity the map places a chip by (``Chip.uncertain_fields``).
_FIELDS_BEHIND: dict[Quantity, frozenset[str]] = {
    Quantity.TPP: frozenset({"tpp_throughput"}),
    Quantity.PERFORMANCE_DENSITY: frozenset({"tpp_throughput", "die_area_mm2"}),
    Quantity.INTERCONNECT_GBPS: frozenset({"interconnect_gbps"}),
    Quantity.DRAM_BANDWIDTH_GBPS: frozenset({"dram_bandwidth_gbps"}),
}


def position_is_uncertain(chip: Chip, rule: Rule) -> bool:
    """Whether an approximate, estimated or unconfirmed figure places the chip on the map
    (its TPP, or the rule's second figure)."""
    fields = _FIELDS_BEHIND[Quantity.TPP] | _FIELDS_BEHIND[Y_QUANTITY[rule]]
    return bool(fields & chip.uncertain_fields)


def status_by_the_thresholds(chip: Chip, rule: Rule) -> bool:
    """The sources state no status for the chip under the rule: the app computed it (the
    screen's "by the thresholds")."""
    return chip.facts_status(rule) is None


def statuses_shown(rule: Rule, chips: Iterable[Chip]) -> tuple[Status, ...]:
    """The statuses the chips get under ``rule``, in the order of ``Status`` (the legend)."""
    found = {chip.status(rule) for chip in chips}
    return tuple(status for status in Status if status in found)


def rule_in_force_on(day: dt.date, events: Sequence[RuleEvent]) -> Rule:
    """The latest of the map's rules whose event came on or before ``day`` (the first rule
    before any of them)."""
    dates = {event.id: event.date for event in events}
    in_force = Rule.OCTOBER_2022
    for rule in Rule:  # in the order the rules came
        event_date = dates.get(RULE_EVENT_IDS[rule])
        if event_date is not None and event_date <= day:
            in_force = rule
    return in_force


def rule_event(data: ExportControlsData, rule: Rule) -> RuleEvent | None:
    """The timeline's event that brought the rule in."""
    return next((event for event in data.events if event.id == RULE_EVENT_IDS[rule]), None)


def rule_citation(data: ExportControlsData, rule: Rule) -> str:
    """The Federal Register reference of the rule (``88 FR 73458``)."""
    event = rule_event(data, rule)
    return short_citation(event.citation) if event is not None else ""
