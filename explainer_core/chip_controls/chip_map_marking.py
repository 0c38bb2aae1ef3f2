"""What the chip map says of a chip besides its place (pure Python): whether an approximate
figure places it (a star beside its name), whether the app computed its status from the
thresholds because the sources state none; and the reference of the rule it is shown
under. The screen and the files mark the same chips."""

from __future__ import annotations

from explainer_core.chip_controls.chip_map import Y_QUANTITY
from explainer_core.chip_controls.rules import Quantity, Rule
from explainer_core.chip_controls.timeline import RULE_EVENT_IDS, short_citation
from explainer_core.data.export_controls import Chip, ExportControlsData, RuleEvent

UNCERTAIN_MARK = "*"  # as in a chip's details

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


def marked_name(chip: Chip, rule: Rule) -> str:
    """The chip's name on the map: starred where an uncertain figure places it."""
    mark = f"\u00a0{UNCERTAIN_MARK}" if position_is_uncertain(chip, rule) else ""
    return chip.name + mark


def status_by_the_thresholds(chip: Chip, rule: Rule) -> bool:
    """The sources state no status for the chip under the rule: the app computed it (the
    details' "by the thresholds")."""
    return chip.facts_status(rule) is None


def rule_event(data: ExportControlsData, rule: Rule) -> RuleEvent | None:
    """The timeline's event that brought the rule in."""
    return next((event for event in data.events if event.id == RULE_EVENT_IDS[rule]), None)


def rule_citation(data: ExportControlsData, rule: Rule) -> str:
    """The Federal Register reference of the rule (``88 FR 73458``)."""
    event = rule_event(data, rule)
    return short_citation(event.citation) if event is not None else ""
